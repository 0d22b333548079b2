"""What Qt tells screen readers about every page, dialog and the break card.

The tour (``tests/a11y_tour.py``) takes one app through every stop; at each
the windows on show are checked for controls without names and labels named
by a word instead of what they show, and the pages and dialogs for a Tab
order that follows their layout. ``tests/platform/test_atspi_tree.py``
proves the same over AT-SPI, as a screen reader receives it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.countdown_speech import seconds_left
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.ui.accessible import name_by_content, name_clear_button, show_text
from hipcoach.ui.countdown_ring import CountdownRing
from hipcoach.ui.programme_calendar import ProgrammeCalendar
from hipcoach.ui.translate import render
from tests.a11y_checks import (
    focus_order_problems,
    labels_not_named_by_content,
    mnemonic_clashes,
    name_carries_content,
    unnamed_controls,
)
from tests.a11y_tour import STOPS, Tour
from tests.app_harness import AppHarness


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture
def tour(qtbot: QtBot, library: Library, tmp_path: Path) -> Iterator[Tour]:
    harness = AppHarness(library, tmp_path)
    coach = harness.start()
    coach.window.resize(1180, 760)
    yield Tour(harness, coach)
    harness.close()


def _visit_all(qtbot: QtBot, tour: Tour) -> dict[str, list[str]]:
    """Visit every stop; return the problems found at each."""
    problems: dict[str, list[str]] = {}
    for stop in STOPS:

        def check(stop: str = stop) -> None:
            found = ["the check did not finish"]
            try:
                windows = tour.windows()
                found = unnamed_controls(windows) + labels_not_named_by_content(windows)
                for window in windows:
                    found += focus_order_problems(window) + mnemonic_clashes(window)
            finally:
                problems[stop] = found
                tour.leave()

        tour.visit(stop, check)
        qtbot.waitUntil(lambda stop=stop: stop in problems, timeout=10_000)  # type: ignore[misc]
    tour.end_break()
    return problems


def test_every_stop_names_its_controls_and_content_tabs_in_order_and_has_one_alt_per_letter(
    qtbot: QtBot, tour: Tour
) -> None:
    problems = _visit_all(qtbot, tour)
    assert list(problems) == list(STOPS)
    report = "\n".join(
        f"{stop}: {line}" for stop, lines in problems.items() for line in sorted(set(lines))
    )
    assert not report, report


def test_the_running_session_says_its_content(qtbot: QtBot, tour: Tour) -> None:
    done: list[str] = []
    tour.visit("session-run", lambda: done.append("run"))
    qtbot.waitUntil(lambda: bool(done))
    run = tour.coach.player.run
    step = tour.coach.session_driver.snapshot()
    assert step is not None
    assert step.step is not None
    assert step.step.exercise is not None
    exercise = step.step.exercise.name
    assert run.exercise_label.text() == exercise
    assert run.exercise_label.accessibleName() == ""  # Qt says the text
    assert run.exercise_label.accessibleDescription() == "Exercise"
    for shown in (run.exercise_label, run.cue_label, run.counter_label, run.next_label):
        assert shown.text(), shown.accessibleDescription()
        assert name_carries_content(_name(shown), shown.text())
    assert _name(run.side_badge) in ("Left side", "Right side")
    assert step.display_seconds is not None
    assert _name(run.ring) == render(seconds_left(step.display_seconds))


def _name(widget: QWidget) -> str:
    from tests.a11y_checks import accessible_name  # noqa: PLC0415

    return accessible_name(widget)


# -- the helpers ---------------------------------------------------------------


def test_a_label_named_by_content_follows_its_text(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setAccessibleName("Cue")
    name_by_content(label, "Cue")
    label.setText("Squeeze the glute of the back leg")
    assert _name(label) == "Squeeze the glute of the back leg"
    assert label.accessibleDescription() == "Cue"
    label.setText("Keep the ribs down")
    assert _name(label) == "Keep the ribs down"


def test_show_text_can_say_the_text_in_other_words(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    show_text(label, "◀  LEFT side", spoken="Left side")
    assert (label.text(), _name(label)) == ("◀  LEFT side", "Left side")
    show_text(label, "Plain words")
    assert _name(label) == "Plain words"
    show_text(label, "", spoken="Left side")
    assert _name(label) == ""  # nothing on show: nothing to say


def test_the_clear_button_of_a_line_edit_gets_a_name(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setAccessibleName("Search")
    edit.setClearButtonEnabled(True)
    edit.setText("hip")
    edit.show()
    assert unnamed_controls([edit]), "Qt's clear button starts without a name"
    name_clear_button(edit, "Clear search")
    assert unnamed_controls([edit]) == []


def test_the_countdown_ring_is_named_by_its_spoken_reading(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    assert ring.accessibleDescription() == "Countdown"
    said = []
    for seconds in range(30, 0, -1):
        progress = (30 - seconds) / 30
        ring.set_state(
            str(seconds), "seconds", progress, paused=False, spoken=f"{seconds} seconds left"
        )
        said.append(_name(ring))
    changes = [name for before, name in pairwise(["", *said]) if name != before]
    assert changes == [
        "30 seconds left",
        "20 seconds left",
        "15 seconds left",  # halfway
        "10 seconds left",
        "3 seconds left",
        "2 seconds left",
        "1 seconds left",
    ]
    ring.set_state("12", "paused", 0.6, paused=True, spoken="12 seconds left, paused")
    assert _name(ring) == "12 seconds left, paused"


def test_the_countdown_of_a_running_hold_changes_its_name_a_few_times(
    qtbot: QtBot, tour: Tour
) -> None:
    done: list[str] = []
    tour.visit("session-hold", lambda: done.append("hold"))
    qtbot.waitUntil(lambda: bool(done))
    heard = [_name(tour.tick()) for _ in range(28)]
    changes = [name for before, name in pairwise(heard) if name != before]
    assert 2 <= len(changes) <= 7, heard
    assert tour.coach.player.run.ring.accessibleDescription() == "Countdown"


def test_the_status_line_is_named_by_its_message(tour: Tour) -> None:
    window = tour.window
    window.show_status("Settings saved.")
    bar = window.statusBar()
    assert (_name(bar), bar.accessibleDescription()) == ("Settings saved.", "Status")
    window.show_status("History cannot be saved right now.")
    assert _name(bar) == "History cannot be saved right now."
    window.show_status("")
    assert _name(bar) == ""


def test_the_calendar_says_its_marks_in_words(qtbot: QtBot) -> None:
    calendar = ProgrammeCalendar()
    qtbot.addWidget(calendar)
    calendar.setCurrentPage(2026, 1)
    calendar.show_statuses(
        {date(2026, 1, 5): "DONE", date(2026, 1, 7): "MISSED", date(2026, 1, 6): "DONE"}
    )
    days = calendar.days_view
    assert days is not None
    assert days.accessibleDescription() == "✓ done: 5, 6; missed: 7"
    calendar.show_statuses({})
    assert days.accessibleDescription() == ""
    calendar.show()
    assert unnamed_controls([calendar]) == []
