"""Sentences built by the core show translated, and dates the locale's way, in the real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipcoach.core.adherence import WorkTally
from hipcoach.core.clock import ManualClock
from hipcoach.core.history import HistoryStore
from hipcoach.core.library import Library, load_library
from hipcoach.core.messages import Message, MessageContext, Number
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import Side, StepKind, compile_plan
from hipcoach.core.programme import today_card
from hipcoach.core.reference import Reference
from hipcoach.core.safety import recommendation
from hipcoach.core.session import (
    Outcome,
    RunnerState,
    SessionSummary,
    SideResult,
    Snapshot,
    WorkUnit,
)
from hipcoach.services.break_driver import BreakStatus
from hipcoach.ui.library_page import LibraryPage
from hipcoach.ui.player_run import RunView
from hipcoach.ui.player_summary import SummaryView
from hipcoach.ui.progress_page import ProgressPage
from hipcoach.ui.red_flag_dialog import RedFlagDialog
from hipcoach.ui.translate import format_date, format_time, render
from hipcoach.ui.tray import describe_status
from hipcoach.ui.working_hours_editor import WorkingHoursEditor
from tests.ui.catalogues import installed_catalogue

START = date(2026, 1, 5)

GENTLE = (
    "If you want to keep moving in the meantime, the gentle routine is still"
    " here for you. Go easy and stop anything that causes sharp pain."
)
GENTLE_DE = "Wenn du in Bewegung bleiben willst, ist die sanfte Routine weiter für dich da."

TINY_TS = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>ProgrammeText</name>
<message><source>Day {{day}} of your first two weeks: today's session is due.</source>
<translation>Tag {{day}} deiner ersten zwei Wochen: Heute ist eine Einheit dran.</translation>
</message>
<message><source>Day {{day}} ({{stage}}). {{expect}}</source>
<translation>Tag {{day}} ({{stage}}). {{expect}}</translation></message>
<message numerus="yes"><source>Your programme starts in %n days.</source>
<translation><numerusform>Dein Programm beginnt in %n Tag.</numerusform>
<numerusform>Dein Programm beginnt in %n Tagen.</numerusform></translation></message>
</context>
<context><name>DosageText</name>
<message><source>{{minutes}} min {{seconds}} s</source>
<translation>{{minutes}} Min. {{seconds}} Sek.</translation></message>
<message><source>{{duration}} per side</source>
<translation>{{duration}} je Seite</translation></message>
</context>
<context><name>Labels</name>
<message><source>Stretch</source><translation>Dehnen</translation></message>
<message><source>Lying on your back</source><translation>Rückenlage</translation></message>
<message><source>Left</source><translation>Links</translation></message>
</context>
<context><name>PackText</name>
<message><source>unknown key</source><translation>unbekannter Schlüssel</translation></message>
</context>
<context><name>SafetyText</name>
<message><source>{GENTLE}</source><translation>{GENTLE_DE}</translation></message>
</context>
<context><name>SettingsText</name>
<message><source>"{{text}}" is not a time range like "09:00-17:00"</source>
<translation>"{{text}}" ist kein Zeitraum wie "09:00-17:00"</translation></message>
<message><source>"{{before}}" and "{{after}}" overlap</source>
<translation>"{{before}}" und "{{after}}" überschneiden sich</translation></message>
</context>
<context><name>SampleText</name>
<message><source>{{value}} on {{day}}</source><translation>{{value}} am {{day}}</translation>
</message>
<message><source>Hold</source><comment>a verb</comment><translation>Halten</translation>
</message>
<message><source>broken {{</source><translation>kaputt {{ {{missing}}</translation></message>
</context>
</TS>
"""


class SampleText(MessageContext):
    """A context for these tests."""


@pytest.fixture
def german(tmp_path: Path, qapp: QApplication) -> Iterator[QTranslator]:
    """Install a translator compiled from a tiny German .ts; remove it afterwards."""
    with installed_catalogue(qapp, tmp_path, TINY_TS) as translator:
        yield translator


@pytest.fixture
def german_locale() -> Iterator[QLocale]:
    """Make German the default locale for the test; restore the previous one afterwards."""
    before = QLocale()
    locale = QLocale("de_DE")
    QLocale.setDefault(locale)
    try:
        yield locale
    finally:
        QLocale.setDefault(before)


@pytest.fixture(scope="module")
def bundled() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture(scope="module")
def reference(bundled: Library) -> Reference:
    assert bundled.reference is not None
    return bundled.reference


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(
        tmp_path / "history.sqlite3", clock=ManualClock(datetime(2026, 1, 5, tzinfo=UTC))
    ).store
    yield opened
    opened.close()


def test_without_a_translator_render_gives_the_english(reference: Reference) -> None:
    card = today_card(START, START - timedelta(days=1), {})
    assert render(card.message) == "Your programme starts tomorrow."
    assert render("plain text") == "plain text"


def test_plural_forms_come_from_the_translation(german: QTranslator) -> None:
    one = today_card(START, START - timedelta(days=1), {}).message
    three = today_card(START, START - timedelta(days=3), {}).message
    assert render(one) == "Dein Programm beginnt in 1 Tag."
    assert render(three) == "Dein Programm beginnt in 3 Tagen."


def test_the_today_card_and_timeline_show_translated_on_the_progress_page(
    german: QTranslator, qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    at = datetime.combine(START, time(8), tzinfo=UTC)
    session = store.start_session("daily", at)
    store.finish_session(session, at + timedelta(minutes=12), 700.0, WorkTally(600, 600))
    now = datetime.combine(START + timedelta(days=2), time(18), tzinfo=UTC)
    page = ProgressPage(store, reference, ManualClock(now))
    qtbot.addWidget(page)
    assert page.today_label.text() == (
        "Tag 3 deiner ersten zwei Wochen: Heute ist eine Einheit dran."
    )
    assert page.timeline_label.text().startswith("Tag 3 (")


def test_library_filters_detail_and_broken_packs_show_translated(
    german: QTranslator, qtbot: QtBot, tmp_path: Path
) -> None:
    pack = tmp_path / "mine"
    (pack / "exercises").mkdir(parents=True)
    (pack / "exercises" / "x.toml").write_text("schema = 1\ncolour = 3\n", encoding="utf-8")
    page = LibraryPage(load_library(bundled_resources_dir(), [pack]))
    qtbot.addWidget(page)
    categories = [page.category_box.itemText(i) for i in range(page.category_box.count())]
    assert "Dehnen" in categories
    assert "Stretch" not in categories
    positions = [page.position_box.itemText(i) for i in range(page.position_box.count())]
    assert "Rückenlage" in positions
    assert page.select_exercise("psoas-ball-release")
    assert "1–2 min je Seite" in page.detail.toPlainText()
    assert page.select_exercise("couch-stretch")
    row = page.view.currentIndex().row()
    assert page.view.model().index(row, 1).data() == "Dehnen"  # the category column
    problems = page.problems_text.toPlainText()
    assert "mine/exercises/x.toml: colour: unbekannter Schlüssel" in problems
    assert "unknown key" not in problems


def test_red_flag_advice_shows_translated_in_the_safety_dialog(
    german: QTranslator, qtbot: QtBot, reference: Reference
) -> None:
    def advice(answers: dict[str, bool]) -> Message | None:
        found = recommendation(answers, reference)
        return None if found is None else found.text

    dialog = RedFlagDialog(reference.red_flags, advice)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    for number, flag in enumerate(reference.red_flags):
        dialog.answer(flag.id, yes=number == 0)
    dialog.next_button.click()
    shown = dialog.advice_text.text()
    assert GENTLE_DE in shown
    assert GENTLE not in shown
    assert reference.red_flags[0].text in shown  # the reference's own words stay as they are


def test_dates_and_numbers_follow_the_locale(german_locale: QLocale, german: QTranslator) -> None:
    assert format_date(date(2026, 3, 5)) == "5. März 2026"
    assert format_date(date(2026, 3, 5), short_month=True, year=False).startswith("5. März")
    assert format_time(datetime(2026, 3, 5, 14, 7)) == "14:07"
    message = SampleText.tr("{value} on {day}", value=Number(2.5, 1), day=date(2026, 3, 5))
    assert render(message) == "2,5 am 5. März 2026"
    assert str(message) == "2.5 on 5 March 2026"
    english = QLocale("en_US")
    assert format_date(date(2026, 3, 5), locale=english) == "March 5, 2026"
    assert render(SampleText.tr("{value} on {day}", value=3, day=date(2026, 3, 5)), english) == (
        "3 am March 5, 2026"
    )


def test_a_disambiguation_is_part_of_the_key(german: QTranslator) -> None:
    assert render(SampleText.tr("Hold", "a verb")) == "Halten"
    assert SampleText.tr("Hold", "a verb").disambiguation == "a verb"
    assert str(SampleText.tr("Hold", "a verb")) == "Hold"


def test_a_translation_with_a_stray_brace_still_renders(german: QTranslator) -> None:
    assert render(SampleText.tr("broken {")) == "kaputt { {missing}"


def test_the_adherence_chart_names_weeks_in_the_locale(
    german_locale: QLocale, qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    start = date(2026, 3, 2)
    at = datetime.combine(start, time(8), tzinfo=UTC)
    session = store.start_session("daily", at)
    store.finish_session(session, at + timedelta(minutes=12), 700.0, WorkTally(600, 600))
    now = datetime.combine(start + timedelta(days=9), time(18), tzinfo=UTC)
    page = ProgressPage(store, reference, ManualClock(now))
    qtbot.addWidget(page)
    assert isinstance(page.adherence_view, QChartView)
    axes = page.adherence_view.chart().axes(Qt.Orientation.Horizontal)
    categories = next(axis for axis in axes if isinstance(axis, QBarCategoryAxis)).categories()
    assert categories == ["2. März", "9. März"]


def test_working_hours_errors_show_translated_in_the_editor(
    german: QTranslator, qtbot: QtBot
) -> None:
    editor = WorkingHoursEditor()
    qtbot.addWidget(editor)
    editor.day_edits["mon"].setText("soon")
    editor.day_edits["tue"].setText("09:00-12:00, 11:00-13:00")
    assert editor.errors() == {
        "mon": '"soon" ist kein Zeitraum wie "09:00-17:00"',
        "tue": '"09:00-12:00" und "11:00-13:00" überschneiden sich',
    }


def test_the_get_ready_step_shows_its_dosage_line_translated(
    german: QTranslator, qtbot: QtBot, bundled: Library
) -> None:
    plan = compile_plan(bundled.routine("daily"), bundled)
    index, step = next(
        (number, step)
        for number, step in enumerate(plan.steps)
        if step.kind is StepKind.GET_READY and str(step.cue).endswith(" min per side")
    )
    assert isinstance(step.cue, Message)
    view = RunView()
    qtbot.addWidget(view)
    view.plan = plan
    view.show_snapshot(Snapshot(RunnerState.RUNNING, index, step, 5.0, 5, 0.0, 0.0))
    assert view.cue_label.text() == str(step.cue).replace(" per side", " je Seite")


def test_the_break_status_names_the_weekday_and_time_the_locale_way(
    german_locale: QLocale,
) -> None:
    monday = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    status = BreakStatus(
        sitting_minutes=5,
        next_due=monday + timedelta(days=3, minutes=5),
        paused_until=None,
        outstanding=None,
        snoozes_left=3,
        enabled=True,
    )
    assert describe_status(status, monday) == "Sitting 5 min · next break on Donnerstag at 09:05"
    american = QLocale("en_US")
    QLocale.setDefault(american)
    assert describe_status(status, monday).endswith("on Thursday at 9:05\u202fAM")


def test_the_session_summary_shows_side_and_durations_translated(
    german: QTranslator, qtbot: QtBot
) -> None:
    result = SideResult("bridge", "Glute bridge", Side.LEFT, "reps", 10, 10, 0, 0, 95.0)
    view = SummaryView()
    qtbot.addWidget(view)
    unit = WorkUnit(0, "bridge", Side.LEFT, 1, 1, Outcome.SKIPPED, 130.0, 95.0, 95.0)
    view.show_summary(SessionSummary("daily", 130, 95.0, True, (result,), (unit,)))
    side, time_spent = view.table.item(0, 1), view.table.item(0, 4)
    assert side is not None
    assert time_spent is not None
    assert (side.text(), time_spent.text()) == ("Links", "1 Min. 35 Sek.")
    assert "1 Min. 35 Sek." in view.time_label.text()
    assert "2 Min. 10 Sek." in view.time_label.text()
