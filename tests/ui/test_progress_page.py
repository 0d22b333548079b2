"""The Progress page against a real history store on a manual clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QChart, QChartView, QLineSeries
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.adherence import WorkTally
from hipcoach.core.clock import ManualClock
from hipcoach.core.history import HistoryStore, PainEntry
from hipcoach.core.history_records import PainMoment
from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.reference import Reference
from hipcoach.services.break_driver import BreakStatus
from hipcoach.ui.progress_page import CHART_WEEKS, REPORT_BUTTON, ProgressPage
from tests.a11y_checks import accessible_name

START = date(2026, 1, 5)  # a Monday: programme day 1
MISSED = date(2026, 1, 14)  # day 10, in the daily phase
TODAY = datetime(2026, 1, 26, 18, 0, tzinfo=UTC)  # day 22, maintenance week 4


@pytest.fixture(scope="module")
def reference() -> Reference:
    found = load_library(bundled_resources_dir()).reference
    assert found is not None
    return found


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path / "history.sqlite3", clock=ManualClock(TODAY)).store
    yield opened
    opened.close()


def session_on(store: HistoryStore, day: date, *, pain: int | None = None) -> None:
    """Record a complete session at 08:00 on ``day``, with a pain rating before it."""
    at = datetime.combine(day, time(8, 0), tzinfo=UTC)
    session_id = store.start_session("daily", at)
    if pain is not None:
        store.add_pain(
            PainEntry(
                at, PainMoment.BEFORE, pain=pain, stiffness=max(0, pain - 1), session_id=session_id
            )
        )
    store.finish_session(session_id, at + timedelta(minutes=12), 700.0, WorkTally(600, 600))


def three_weeks(store: HistoryStore, *, rising: bool = False) -> int:
    """Seed days 1–21: daily sessions but day 10, then every other day. Return pain entries."""
    entries = 0
    for offset in range(21):
        day = START + timedelta(days=offset)
        if day == MISSED or (offset >= 14 and offset % 2 == 1):
            continue
        pain = min(10, 3 + offset // 3) if rising else max(1, 6 - offset // 4)
        session_on(store, day, pain=pain)
        entries += 1
    return entries


def make_page(
    qtbot: QtBot,
    store: HistoryStore | None,
    reference: Reference,
    now: datetime = TODAY,
    **options: object,
) -> ProgressPage:
    page = ProgressPage(store, reference, ManualClock(now), **options)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    return page


def series_named(view: QChartView, name: str) -> QLineSeries:
    for series in view.chart().series():
        if isinstance(series, QLineSeries) and series.name() == name:
            return series
    raise AssertionError(f"no line series {name!r}")


def test_without_a_history_the_page_shows_the_problem(qtbot: QtBot, reference: Reference) -> None:
    page = make_page(qtbot, None, reference, problem="The history file is locked.")
    page.refresh()
    assert page.message_label.text() == "The history file is locked."
    assert not page.message_label.isHidden()
    assert page.body.isHidden()
    assert page.actions_row.isHidden()
    page.save_report()  # nothing to report: does nothing, raises nothing


def test_before_the_first_session_it_explains_when_the_programme_starts(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    page = make_page(qtbot, store, reference)
    assert "starts with your first session" in page.message_label.text()
    assert page.body.isHidden()
    assert not page.actions_row.isHidden()  # logging pain works before the start


def test_calendar_streak_and_today_after_three_weeks(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    three_weeks(store)
    page = make_page(qtbot, store, reference)
    assert not page.body.isHidden()
    assert (page.calendar.yearShown(), page.calendar.monthShown()) == (2026, 1)
    assert page.calendar.status_on(START) == "DONE"
    assert page.calendar.status_on(MISSED) == "MISSED"
    assert page.calendar.status_on(date(2026, 1, 20)) == "REST"  # 2 of 3 done so far
    assert page.calendar.status_on(date(2026, 1, 26)) == "DUE_TODAY"
    assert page.calendar.status_on(date(2026, 1, 4)) is None  # before the start
    assert page.streak_label.text() == "11-day streak"  # since the missed day 10
    assert "Rest days count too" in page.streak_note.text()
    assert page.today_label.text().startswith("Maintenance: no sessions yet this week")
    assert page.timeline_label.text().startswith("Day 22 (Weeks 2–4)")
    assert page.break_label.isHidden()


def test_the_next_break_is_shown_when_known(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    session_on(store, START)
    status = BreakStatus(
        sitting_minutes=20,
        next_due=TODAY + timedelta(minutes=40),
        paused_until=None,
        outstanding=None,
        snoozes_left=2,
        enabled=True,
    )
    page = make_page(qtbot, store, reference, break_status=lambda: status)
    assert not page.break_label.isHidden()
    assert page.break_label.text() == (
        "Movement breaks: Sitting 20 min · next break in 40 min (18:40)"
    )


def test_paging_months_recomputes_the_marks(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    three_weeks(store)
    page = make_page(qtbot, store, reference, now=datetime(2026, 2, 3, 9, tzinfo=UTC))
    assert page.calendar.monthShown() == 2
    assert page.calendar.status_on(MISSED) is None
    page.calendar.showPreviousMonth()
    assert page.calendar.status_on(MISSED) == "MISSED"
    assert page.calendar.status_on(START) == "DONE"
    page.calendar.showNextMonth()
    assert page.calendar.status_on(START) is None
    # Week 4 (26 Jan – 1 Feb) ended with no session: its last three days are misses.
    assert page.calendar.status_on(date(2026, 2, 1)) == "MISSED"


def test_the_trend_banner_is_neutral_when_pain_eases(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    three_weeks(store)
    page = make_page(qtbot, store, reference)
    assert not page.trend_banner.isHidden()
    assert page.trend_banner.text().startswith("Your pain is easing")
    assert page.trend_banner.property("warning") is False


def test_rising_pain_shows_a_warning_with_professional_advice(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    three_weeks(store, rising=True)
    page = make_page(qtbot, store, reference)
    assert not page.trend_banner.isHidden()
    text = page.trend_banner.text()
    assert text.startswith("Your pain has gone up")
    assert "physiotherapist or doctor" in text
    assert REPORT_BUTTON.rstrip("…") in text
    assert page.trend_banner.property("warning") is True
    assert "#fef3c7" in page.trend_banner.styleSheet()


def test_the_trend_banner_is_hidden_in_the_first_week(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    for offset in range(3):
        session_on(store, START + timedelta(days=offset), pain=5)
    page = make_page(qtbot, store, reference, now=datetime(2026, 1, 7, 18, tzinfo=UTC))
    assert page.trend_banner.isHidden()


def test_charts_hold_every_rating_and_the_last_weeks(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    entries = three_weeks(store)
    store.add_pain(
        PainEntry(TODAY - timedelta(hours=1), PainMoment.QUICK, stiffness=2)
    )  # no pain given
    page = make_page(qtbot, store, reference)
    assert isinstance(page.pain_view, QChartView)
    assert series_named(page.pain_view, "Pain").count() == entries
    assert series_named(page.pain_view, "Stiffness getting up").count() == entries + 1
    assert isinstance(page.adherence_view, QChartView)
    bars = [s for s in page.adherence_view.chart().series() if isinstance(s, QBarSeries)]
    done, target = bars[0].barSets()
    assert done.count() == 4  # weeks 1–4 so far
    assert [done.at(i) for i in range(4)] == [7, 6, 4, 0]
    assert [target.at(i) for i in range(4)] == [7, 7, 3, 3]


def test_the_adherence_chart_shows_at_most_eight_weeks(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    for offset in range(0, 120, 2):
        session_on(store, START + timedelta(days=offset))
    page = make_page(qtbot, store, reference, now=TODAY + timedelta(days=100))
    assert isinstance(page.adherence_view, QChartView)
    bars = [s for s in page.adherence_view.chart().series() if isinstance(s, QBarSeries)]
    assert bars[0].barSets()[0].count() == CHART_WEEKS


def test_refresh_picks_up_new_sessions(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    page = make_page(qtbot, store, reference, now=datetime(2026, 1, 5, 18, tzinfo=UTC))
    assert page.body.isHidden()
    session_on(store, START)
    page.refresh()
    assert not page.body.isHidden()
    assert page.calendar.status_on(START) == "DONE"
    assert page.streak_label.text() == "1-day streak"


def test_a_dark_palette_redraws_the_charts_dark(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    three_weeks(store)
    page = make_page(qtbot, store, reference)
    assert isinstance(page.pain_view, QChartView)
    assert page.pain_view.chart().theme() == QChart.ChartTheme.ChartThemeLight
    page.setPalette(QPalette(QColor("#202124")))
    assert isinstance(page.pain_view, QChartView)
    assert page.pain_view.chart().theme() == QChart.ChartTheme.ChartThemeDark


def test_buttons_emit_their_requests(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    session_on(store, START)
    page = make_page(qtbot, store, reference)
    for button, signal, name in (
        (page.pain_button, page.pain_requested, "Log how it feels"),
        (page.safety_button, page.safety_requested, "Safety check"),
        (page.export_button, page.export_requested, "Export CSV…"),
    ):
        assert button.accessibleName() == name
        with qtbot.waitSignal(signal, timeout=1000):
            button.click()
    assert page.report_button.accessibleName() == REPORT_BUTTON


def test_the_report_button_writes_the_pdf_where_chosen(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    three_weeks(store)
    page = make_page(qtbot, store, reference)
    assert page.report_from.date().toString("yyyy-MM-dd") == "2026-01-05"
    assert page.report_until.date().toString("yyyy-MM-dd") == "2026-01-26"
    target = tmp_path / "for-my-physio.pdf"
    page.choose_report_path = lambda: target
    page.report_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert page.report_status.text() == f"Report saved to {target}"
    assert accessible_name(page.report_status) == page.report_status.text()
    assert not page.report_status.isHidden()


def test_a_report_can_be_saved_before_any_session_counts(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    """Sessions tapped through start no programme, yet the report shows them."""
    at = datetime.combine(START, time(8, 0), tzinfo=UTC)
    session_id = store.start_session("daily", at)
    store.finish_session(session_id, at + timedelta(minutes=1), 40.0, WorkTally(600, 0))
    page = make_page(qtbot, store, reference)
    page.refresh()
    target = tmp_path / "early.pdf"
    page.choose_report_path = lambda: target
    page.report_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert page.report_status.text() == f"Report saved to {target}"


def test_a_saved_report_can_be_opened_or_its_folder_shown(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    three_weeks(store)
    opened: list[QUrl] = []

    def opener(url: QUrl) -> bool:
        opened.append(url)
        return True

    page = make_page(qtbot, store, reference, open_url=opener)
    assert page.open_report_button.isHidden()
    target = tmp_path / "for-my-physio.pdf"
    page.choose_report_path = lambda: target
    page.report_button.click()
    assert not page.open_report_button.isHidden()
    assert not page.open_folder_button.isHidden()
    assert page.open_report_button.accessibleName() == "Open the report"
    assert page.open_folder_button.accessibleName() == "Open the report's folder"
    assert opened == []  # nothing opens by itself
    page.open_report_button.click()
    page.open_folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(target), str(tmp_path)]


def test_the_page_scrolls_to_the_saved_message_and_its_buttons(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    three_weeks(store)
    page = make_page(qtbot, store, reference, open_url=lambda url: True)
    page.resize(1200, 500)  # wide enough that nothing restacks once shown
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    viewport = page.scroll_area.viewport()

    def in_view(widget: QWidget) -> bool:
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
        return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)

    assert not in_view(page.report_button)  # below the fold at first
    page.choose_report_path = lambda: tmp_path / "report.pdf"
    page.report_button.click()
    qtbot.waitUntil(lambda: in_view(page.open_folder_button))
    assert in_view(page.report_status)
    assert in_view(page.open_report_button)
    assert page.focusWidget() is page.open_report_button


def test_when_nothing_can_open_the_report_it_says_where_it_is(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    session_on(store, START)
    page = make_page(qtbot, store, reference, open_url=lambda url: False)
    target = tmp_path / "report.pdf"
    page.choose_report_path = lambda: target
    page.report_button.click()
    page.open_report_button.click()
    text = page.report_status.text()
    assert text == f"Nothing on this computer could open {target}. The report is saved at {target}."
    assert page.report_status.property("ok") is False
    assert not page.open_folder_button.isHidden()  # the folder may still open


def test_a_failed_report_offers_nothing_to_open(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    session_on(store, START)
    page = make_page(qtbot, store, reference, open_url=lambda url: True)
    page.choose_report_path = lambda: tmp_path / "report.pdf"
    page.report_button.click()
    page.choose_report_path = lambda: tmp_path / "no-such-folder" / "report.pdf"
    page.report_button.click()
    assert page.open_report_button.isHidden()
    assert page.open_folder_button.isHidden()


def test_pain_entries_open_from_the_page_and_changes_show_at_once(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    three_weeks(store, rising=True)
    page = make_page(qtbot, store, reference)
    assert page.pain_entries_button.accessibleName() == "Pain entries…"
    assert "Your pain has gone up" in page.trend_banner.text()
    page.pain_entries_button.click()
    dialog = page.pain_entries_dialog
    assert dialog is not None
    assert dialog.model.rowCount() == len(store.pain_entries())
    page.pain_entries_button.click()  # a second click brings the same dialog forward
    assert page.pain_entries_dialog is dialog
    dialog.confirm_delete = lambda entry: True
    for _ in range(dialog.model.rowCount()):
        dialog.delete_selected()
    assert store.pain_entries() == []
    assert isinstance(page.pain_view, QChartView)
    assert series_named(page.pain_view, "Pain").count() == 0  # the page followed
    dialog.close()
    qtbot.waitUntil(lambda: page.pain_entries_dialog is None)


def test_pain_entries_can_be_reached_before_the_first_session(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    store.add_pain(PainEntry(TODAY - timedelta(hours=2), PainMoment.QUICK, pain=3))
    page = make_page(qtbot, store, reference)
    assert page.body.isHidden()
    assert not page.actions_row.isHidden()
    page.pain_entries_button.click()
    assert page.pain_entries_dialog is not None
    assert page.pain_entries_dialog.model.rowCount() == 1


def test_cancelling_the_report_writes_nothing(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    session_on(store, START)
    page = make_page(qtbot, store, reference)
    asked: list[bool] = []

    def cancel() -> Path | None:
        asked.append(True)
        return None

    page.choose_report_path = cancel
    page.report_button.click()
    assert asked == [True]
    assert page.report_status.isHidden()
    assert not list(tmp_path.glob("*.pdf"))


def test_a_report_that_cannot_be_written_says_why(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    session_on(store, START)
    page = make_page(qtbot, store, reference)
    page.choose_report_path = lambda: tmp_path / "no-such-folder" / "report.pdf"
    page.report_button.click()
    assert page.report_status.text().startswith("The report could not be saved:")
    assert page.report_status.property("ok") is False


def test_a_changed_report_period_survives_refresh(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    three_weeks(store)
    page = make_page(qtbot, store, reference)
    page.report_from.setDate(page.report_from.date().addDays(7))
    page.refresh()
    assert page.report_from.date().toString("yyyy-MM-dd") == "2026-01-12"


def test_long_histories_are_charted_as_weekly_averages(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    for offset in range(280):  # 40 weeks of daily ratings
        session_on(store, START + timedelta(days=offset), pain=offset % 2 * 4)
    page = make_page(qtbot, store, reference, now=TODAY + timedelta(days=300))
    assert isinstance(page.pain_view, QChartView)
    assert "weekly averages" in page.pain_view.chart().title()
    pain = series_named(page.pain_view, "Pain")
    assert pain.count() == 40
    assert {pain.at(i).y() for i in range(1, 39)} <= {12 / 7, 16 / 7}
