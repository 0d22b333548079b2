"""More core sentences shown translated: figure problems, settings notices, units, search, steps."""

from __future__ import annotations

import errno
import sys
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
import tomli_w
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipcoach.app import HipCoach
from hipcoach.core.clock import ManualClock
from hipcoach.core.exercises import Category, Position
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import AppPaths, bundled_resources_dir
from hipcoach.core.plan import PlanPreferences, Side, StepKind, compile_plan
from hipcoach.core.reference import load_reference
from hipcoach.core.routines import Block, Phase, Routine
from hipcoach.core.session import RunnerState, SessionSummary, SideResult, Snapshot
from hipcoach.platform import create_platform
from hipcoach.ui.library_page import LibraryPage
from hipcoach.ui.player_run import RunView, step_heading
from hipcoach.ui.player_setup import SetupView
from hipcoach.ui.player_summary import SummaryView
from hipcoach.ui.translate import render
from tests.ui.catalogues import installed_catalogue

TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>FileText</name>
<message><source>invalid TOML: {hint} ({error})</source>
<translation>ungültiges TOML: {hint} ({error})</translation></message>
<message><source>a line ends inside text; is a closing quote missing?</source>
<translation>eine Zeile endet mitten im Text; fehlt ein Anführungszeichen?</translation></message>
</context>
<context><name>HistoryText</name>
<message><source>file is not a database</source><translation>keine Datenbank</translation></message>
<message><source>@HISTORY@</source>
<translation>Verlauf nicht lesbar ({problem}); verschoben nach {moved}.</translation></message>
</context>
<context><name>PackText</name>
<message><source>'{value}' is not a known limb; use one of {choices}</source>
<translation>'{value}' ist kein bekanntes Glied; erlaubt: {choices}</translation></message>
<message><source>ends ({end}) before it starts ({start})</source>
<translation>endet ({end}), bevor es beginnt ({start})</translation></message>
</context>
<context><name>SettingsFileText</name>
<message><source>{key}: {rule}; using {default}</source>
<translation>{key}: {rule}; es gilt {default}</translation></message>
<message><source>must be a whole number from {low} to {high}</source>
<translation>muss eine ganze Zahl von {low} bis {high} sein</translation></message>
<message><source>{key}: {problem}; {fallback}</source>
<translation>{key}: {problem}; {fallback}</translation></message>
<message><source>using {hours} on {day}</source>
<translation>am {day} gilt {hours}</translation></message>
<message><source>Tuesday</source><translation>Dienstag</translation></message>
<message><source>line {line}: {problem}</source><translation>Zeile {line}: {problem}</translation>
</message>
<message><source>@CORRUPT@</source>
<translation>Einstellungen nicht lesbar ({reason}). Sie liegen jetzt unter {moved}.</translation>
</message>
<message><source>Settings could not be saved to {path}: {reason}</source>
<translation>Die Einstellungen konnten nicht in {path} gespeichert werden: {reason}</translation>
</message>
</context>
<context><name>SettingsText</name>
<message><source>"{text}" is not a time range like "09:00-17:00"</source>
<translation>"{text}" ist kein Zeitraum wie "09:00-17:00"</translation></message>
</context>
<context><name>SummaryText</name>
<message numerus="yes"><source>{completed} of %n reps</source>
<translation><numerusform>{completed} von %n Wiederholung</numerusform>
<numerusform>{completed} von %n Wiederholungen</numerusform></translation></message>
<message numerus="yes"><source>{completed} of %n sets</source>
<translation><numerusform>{completed} von %n Satz</numerusform>
<numerusform>{completed} von %n Sätzen</numerusform></translation></message>
</context>
<context><name>Labels</name>
<message><source>Stretch</source><translation>Dehnen</translation></message>
<message><source>Lying on your back</source><translation>Rückenlage</translation></message>
</context>
<context><name>RunView</name>
<message><source>Rest</source><translation>Pause</translation></message>
<message><source>Switch to the right side</source>
<translation>Wechsel zur rechten Seite</translation></message>
<message><source>Well done</source><translation>Gut gemacht</translation></message>
</context>
<context><name>PlanText</name>
<message><source>the library has no exercise '{id}'</source>
<translation>die Bibliothek hat keine Übung '{id}'</translation></message>
</context>
<context><name>SetupView</name>
<message><source>This routine cannot be started: {error}</source>
<translation>Diese Routine kann nicht starten: {error}</translation></message>
</context>
</TS>
""".replace(
    "@CORRUPT@",
    "Your settings file could not be read ({reason}). It was moved to {moved}"
    " and the default settings are in use.",
).replace(
    "@HISTORY@",
    "Your history file could not be read ({problem}). It was moved to "
    "{moved} and a new, empty history was started.",
)


@pytest.fixture
def german(tmp_path: Path, qapp: QApplication) -> Iterator[QTranslator]:
    """Install a translator compiled from a tiny German .ts; remove it afterwards."""
    with installed_catalogue(qapp, tmp_path, TINY_TS) as translator:
        yield translator


@pytest.fixture(scope="module")
def bundled() -> Library:
    return load_library(bundled_resources_dir())


def test_a_figure_problem_shows_translated_in_the_broken_packs_list(
    german: QTranslator, qtbot: QtBot, tmp_path: Path
) -> None:
    pack = tmp_path / "mine"
    (pack / "exercises").mkdir(parents=True)
    figure: dict[str, Any] = {
        "working": ["tail"],
        "keyframes": [{"name": "a", "contact": "heel_far"}, {"name": "b", "hip_near": 20}],
    }
    table = {
        "schema": 1,
        "id": "wall-stretch",
        "name": "Wall stretch",
        "category": "stretch",
        "summary": "A supported stretch.",
        "targets": ["psoas major"],
        "position": "half-kneeling",
        "starting_position": "Kneel by a wall.",
        "steps": ["Tuck.", "Breathe."],
        "dosage": {"hold_seconds": 30},
        "figure": figure,
    }
    (pack / "exercises" / "wall.toml").write_text(tomli_w.dumps(table), encoding="utf-8")
    page = LibraryPage(load_library(bundled_resources_dir(), [pack]))
    qtbot.addWidget(page)
    problems = page.problems_text.toPlainText()
    assert (
        "mine/exercises/wall.toml: figure.working[1]: 'tail' ist kein bekanntes Glied;"
        " erlaubt: arm_near, arm_far, leg_near, leg_far, trunk"
    ) in problems
    assert "is not a known limb" not in problems


def test_a_file_that_is_not_toml_shows_its_hint_translated(
    german: QTranslator, qtbot: QtBot, tmp_path: Path
) -> None:
    pack = tmp_path / "mine"
    (pack / "exercises").mkdir(parents=True)
    (pack / "exercises" / "open.toml").write_text('schema = 1\nname = "open\n', encoding="utf-8")
    page = LibraryPage(load_library(bundled_resources_dir(), [pack]))
    qtbot.addWidget(page)
    assert (
        "mine/exercises/open.toml:2: ungültiges TOML: eine Zeile endet mitten im Text;"
        " fehlt ein Anführungszeichen? (Illegal character '\\n')"
    ) in page.problems_text.toPlainText()


def test_a_reference_data_problem_renders_translated(german: QTranslator) -> None:
    folder = bundled_resources_dir() / "reference"
    tables = {
        path.stem: tomllib.loads(path.read_text(encoding="utf-8")) for path in folder.glob("*.toml")
    }
    tables["timeline"]["stages"][0]["from_day"] = 5
    tables["timeline"]["stages"][0]["to_day"] = 2
    found: list[str] = []
    assert (
        load_reference(
            folder, lambda path: tables[path.stem], lambda _path: lambda _key, m: found.append(m)
        )
        is None
    )
    assert "endet (2), bevor es beginnt (5)" in [render(message) for message in found]


class Coaches:
    """Starts the whole app on a settings folder and closes what it started."""

    def __init__(self, home: Path) -> None:
        self.paths = AppPaths.under(home)
        self.started: list[HipCoach] = []

    def start(self) -> HipCoach:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        platform = create_platform(self.paths, [sys.executable, "-m", "hipcoach"], environ={})
        coach = HipCoach(
            app,
            paths=self.paths,
            library=load_library(bundled_resources_dir()),
            clock=ManualClock(datetime(2026, 1, 5, 9, tzinfo=UTC)),
            platform=platform,
        )
        self.started.append(coach)
        return coach

    def close(self) -> None:
        for coach in self.started:
            if not shiboken6.isValid(coach):
                continue
            if coach.ui_built:
                coach.window.close()
                coach.window.deleteLater()
            coach.break_driver.timer.stop()
            coach.close()


@pytest.fixture
def coaches(tmp_path: Path, qtbot: QtBot) -> Iterator[Coaches]:
    started = Coaches(tmp_path)
    yield started
    started.close()


def test_settings_file_problems_show_translated_at_start_up(
    german: QTranslator, coaches: Coaches
) -> None:
    path = coaches.paths.config_dir / "settings.toml"
    path.parent.mkdir(parents=True)
    path.write_text(
        'schema = 1\n[breaks]\ninterval_minutes = 5\n[breaks.working_hours]\ntue = ["9-5"]\n',
        encoding="utf-8",
    )
    coach = coaches.start()
    notice = coach.settings_page.notice_text
    assert notice is not None
    assert notice.splitlines() == [
        "breaks.interval_minutes: muss eine ganze Zahl von 10 bis 240 sein; es gilt 60",
        'breaks.working_hours.tue: "9-5" ist kein Zeitraum wie "09:00-17:00";'
        " am Dienstag gilt 09:00-17:00",
    ]


def test_a_corrupt_settings_file_notice_shows_translated(
    german: QTranslator, coaches: Coaches
) -> None:
    path = coaches.paths.config_dir / "settings.toml"
    path.parent.mkdir(parents=True)
    path.write_text('[breaks]\ninterval_minutes = "\n', encoding="utf-8")
    notice = coaches.start().settings_page.notice_text
    assert notice is not None
    (moved,) = path.parent.glob("settings.toml.corrupt-*")
    assert notice == (
        "Einstellungen nicht lesbar (Zeile 2: ungültiges TOML: eine Zeile endet"
        " mitten im Text; fehlt ein Anführungszeichen? (Illegal character '\\n'))."
        f" Sie liegen jetzt unter {moved}."
    )


def test_a_damaged_history_notice_shows_translated(german: QTranslator, coaches: Coaches) -> None:
    path = coaches.paths.data_dir / "history.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 8)
    notice = coaches.start().settings_page.notice_text
    assert notice is not None
    (moved,) = path.parent.glob("history.sqlite3.corrupt-*")
    assert notice == f"Verlauf nicht lesbar (keine Datenbank); verschoben nach {moved}."


def test_a_failed_settings_save_shows_translated(
    german: QTranslator, coaches: Coaches, monkeypatch: pytest.MonkeyPatch
) -> None:
    coach = coaches.start()
    coach.activate()

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("hipcoach.core.settings.store.write_atomic", full)
    page = coach.settings_page
    page.spin_box("breaks.interval_minutes").setValue(45)
    page.spin_box("breaks.interval_minutes").editingFinished.emit()
    assert coach.settings.breaks.interval_minutes == 45
    path = coaches.paths.config_dir / "settings.toml"
    notice = page.notice_text
    assert notice is not None
    assert notice.startswith(
        f"Die Einstellungen konnten nicht in {path} gespeichert werden: No space left on device."
    )
    assert "could not be saved" not in notice
    coach.settings_keeper.retry.stop()


def _result(unit: str, planned: int, completed: int) -> SideResult:
    return SideResult("bridge", "Glute bridge", None, unit, planned, completed, 0, 0, 30.0)


def _done_column(view: SummaryView, *results: SideResult) -> list[str]:
    view.show_summary(SessionSummary("daily", 60, 30.0, True, results))
    cells = [view.table.item(row, 2) for row in range(len(results))]
    return [cell.text() if cell is not None else "" for cell in cells]


def test_summary_units_use_the_plural_form_of_their_count(qtbot: QtBot) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    results = (_result("reps", 1, 1), _result("reps", 10, 8), _result("sets", 1, 0))
    assert _done_column(view, *results, _result("sets", 3, 3)) == [
        "1 of 1 rep",
        "8 of 10 reps",
        "0 of 1 set",
        "3 of 3 sets",
    ]


def test_summary_units_show_translated(german: QTranslator, qtbot: QtBot) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    results = (_result("reps", 1, 1), _result("reps", 10, 8), _result("sets", 1, 0))
    assert _done_column(view, *results, _result("sets", 3, 3)) == [
        "1 von 1 Wiederholung",
        "8 von 10 Wiederholungen",
        "0 von 1 Satz",
        "3 von 3 Sätzen",
    ]


def test_the_library_search_finds_words_in_the_users_language(
    german: QTranslator, qtbot: QtBot, bundled: Library
) -> None:
    page = LibraryPage(bundled)
    qtbot.addWidget(page)
    stretches = {e.id for e in bundled.exercises if e.category is Category.STRETCH}
    assert stretches
    page.search.setText("Dehnen")
    assert {e.id for e in page.visible_exercises()} == stretches
    page.search.setText("rückenlage")
    lying = {e.id for e in bundled.exercises if e.position is Position.SUPINE}
    assert lying
    assert {e.id for e in page.visible_exercises()} == lying
    page.search.setText("stretch")  # the English names still match
    assert stretches <= {e.id for e in page.visible_exercises()}


def test_the_library_search_does_not_match_words_no_one_shows(
    qtbot: QtBot, bundled: Library
) -> None:
    page = LibraryPage(bundled)
    qtbot.addWidget(page)
    page.search.setText("Dehnen")  # no German translation installed
    assert page.visible_exercises() == []


def test_rest_switch_and_done_headings_show_translated(
    german: QTranslator, qtbot: QtBot, bundled: Library
) -> None:
    plan = compile_plan(bundled.routine("daily"), bundled, PlanPreferences(first_side=Side.LEFT))
    kinds = {step.kind: step for step in plan.steps}
    assert step_heading(kinds[StepKind.REST]) == "Pause"
    switch = next(s for s in plan.steps if s.kind is StepKind.SWITCH_SIDE and s.side is Side.RIGHT)
    assert step_heading(switch) == "Wechsel zur rechten Seite"
    view = RunView()
    qtbot.addWidget(view)
    view.plan = plan
    done = len(plan.steps) - 1
    view.show_snapshot(Snapshot(RunnerState.FINISHED, done, plan.steps[done], 0.0, 0, 1.0, 1.0))
    assert view.heading_label.text() == view.exercise_label.text() == "Gut gemacht"


def test_a_routine_that_cannot_be_planned_says_why_translated(
    german: QTranslator, qtbot: QtBot, bundled: Library
) -> None:
    broken = Routine(
        "broken", "Broken", "Names a missing exercise.", (Phase("Main", (Block(("ghost",)),)),)
    )
    view = SetupView(Library(bundled.exercises, (broken,), (), bundled.reference))
    qtbot.addWidget(view)
    assert view.error_label.text() == (
        "Diese Routine kann nicht starten: die Bibliothek hat keine Übung 'ghost'"
    )
