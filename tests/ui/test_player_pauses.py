"""Time never runs unseen: dialogs, leaving the page and the arrow keys during a session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.library import Library
from hipcoach.core.session import RunnerState, SessionRunner
from hipcoach.ui.about_dialog import AboutDialog
from hipcoach.ui.help_dialog import HelpDialog
from hipcoach.ui.sections import Section
from tests.app_harness import AppHarness, QuietDialogs, short_plan
from tests.ui.test_player import SHORT, Rig, library_with_routines


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return library_with_routines(tmp_path, short=SHORT)


@pytest.fixture
def rig(qtbot: QtBot, library: Library) -> Rig:
    """A session of the short routine 3 s into its 12 s left hold (the ring shows 9)."""
    made = Rig(qtbot, library)
    qtbot.waitUntil(made.window.isActiveWindow, timeout=2000)  # shortcuts need it
    made.choose("short")
    made.window.sections.setFocus()  # where the focus is after clicking "Session"
    made.key(Qt.Key.Key_Return)  # Enter starts the routine
    made.wait(5 + 10 + 3)
    assert made.page.run.ring.text == "9"
    return made


def runner_of(rig: Rig) -> SessionRunner:
    runner = rig.driver.runner
    assert runner is not None
    return runner


def session_shown(rig: Rig) -> bool:
    return rig.window.pages.currentWidget() is rig.page and rig.page.isVisible()


# -- "Stop the session?" ---------------------------------------------------------------


def answer_stop_question(rig: Rig, button: QMessageBox.StandardButton, seen: list[object]) -> None:
    """While the question is open: let 30 s pass, note what the player shows, then answer."""

    def while_open() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(runner_of(rig).state)
        rig.wait(30)
        seen.append(rig.page.run.ring.text)
        box.button(button).click()

    QTimer.singleShot(0, while_open)


def test_the_stop_question_pauses_and_no_goes_on_where_it_was(rig: Rig) -> None:
    seen: list[object] = []
    answer_stop_question(rig, QMessageBox.StandardButton.No, seen)
    rig.key(Qt.Key.Key_Escape)
    assert seen == [RunnerState.PAUSED, "9"]  # nothing ran on under the question
    assert runner_of(rig).state is RunnerState.RUNNING  # "No": keep going
    rig.wait(1)
    assert rig.page.run.ring.text == "8"


def test_no_to_the_stop_question_leaves_a_paused_session_paused(rig: Rig) -> None:
    rig.key(Qt.Key.Key_Space)
    seen: list[object] = []
    answer_stop_question(rig, QMessageBox.StandardButton.No, seen)
    rig.key(Qt.Key.Key_Escape)
    assert seen == [RunnerState.PAUSED, "9"]
    assert runner_of(rig).state is RunnerState.PAUSED


def test_yes_to_the_stop_question_stops(rig: Rig) -> None:
    seen: list[object] = []
    answer_stop_question(rig, QMessageBox.StandardButton.Yes, seen)
    rig.key(Qt.Key.Key_Escape)
    assert runner_of(rig).state is RunnerState.STOPPED
    assert runner_of(rig).summary().active_seconds == 18.0  # the 30 s asking are not counted


# -- any dialog over the window ----------------------------------------------------------


def test_a_dialog_over_the_window_pauses_until_the_user_resumes(rig: Rig, qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "Note", "Something to read.", parent=rig.window)
    box.open()  # window-modal, like the About dialog
    qtbot.waitExposed(box)
    assert runner_of(rig).state is RunnerState.PAUSED
    rig.wait(20)
    box.close()
    rig.wait(20)
    assert rig.page.run.ring.text == "9"
    assert runner_of(rig).state is RunnerState.PAUSED  # resuming is the user's choice
    rig.key(Qt.Key.Key_Space)
    rig.wait(1)
    assert rig.page.run.ring.text == "8"


# -- leaving the page -------------------------------------------------------------------


def test_ctrl_1_leaves_the_page_and_pauses(rig: Rig) -> None:
    rig.key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not session_shown(rig)
    assert runner_of(rig).state is RunnerState.PAUSED
    rig.wait(60)
    rig.key(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert session_shown(rig)
    assert rig.page.run.ring.text == "9"
    assert runner_of(rig).state is RunnerState.PAUSED


def test_clicking_another_section_pauses(rig: Rig, qtbot: QtBot) -> None:
    sections = rig.window.sections
    item = sections.item(0)
    assert item is not None
    spot: QPoint = sections.visualItemRect(item).center()
    qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert sections.currentRow() == 0
    assert runner_of(rig).state is RunnerState.PAUSED


def test_minimising_the_window_pauses(rig: Rig) -> None:
    rig.window.showMinimized()
    assert runner_of(rig).state is RunnerState.PAUSED


def test_hiding_the_window_pauses(rig: Rig) -> None:
    rig.window.hide()
    assert runner_of(rig).state is RunnerState.PAUSED
    rig.wait(60)
    assert runner_of(rig).snapshot().display_seconds == 9


# -- the arrow keys ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Up, Qt.KeyboardModifier.MetaModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.MetaModifier),
    ],
)
def test_up_and_down_stay_with_the_session(
    rig: Rig, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    rig.key(key, modifier)
    rig.key(key, modifier)
    assert session_shown(rig)
    assert rig.window.sections.currentRow() == 1
    assert runner_of(rig).state is RunnerState.RUNNING


def test_the_sidebar_takes_no_focus_during_a_session(rig: Rig) -> None:
    sidebar: tuple[QWidget, ...] = (rig.window.sections, rig.window.about_button)
    assert not any(widget.hasFocus() for widget in sidebar)
    for widget in sidebar:
        assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus
    for _ in range(25):  # round the whole tab chain
        rig.key(Qt.Key.Key_Tab)
        assert rig.page.isAncestorOf(rig.window.focusWidget())
    rig.driver.command("stop")
    assert rig.page.views.currentWidget() is rig.page.summary
    for widget in sidebar:
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus


# -- the real app: F1 and the pain check after a pain stop ----------------------------------


class CountingDialogs(QuietDialogs):
    def __init__(self) -> None:
        super().__init__()
        self.moments: list[str] = []

    def pain(self, moment: str) -> None:
        self.moments.append(moment)


@pytest.fixture
def harness(library: Library, tmp_path: Path) -> Iterator[AppHarness]:
    made = AppHarness(library, tmp_path, dialogs=CountingDialogs())
    yield made
    made.close()


@pytest.mark.parametrize(
    ("modifier", "dialog_type"),
    [
        (Qt.KeyboardModifier.NoModifier, HelpDialog),
        (Qt.KeyboardModifier.ShiftModifier, AboutDialog),
    ],
    ids=["help", "about"],
)
def test_help_or_about_over_a_running_session_pauses_it(
    harness: AppHarness, qtbot: QtBot, modifier: Qt.KeyboardModifier, dialog_type: type[QWidget]
) -> None:
    coach = harness.start()
    coach.activate()
    qtbot.waitUntil(coach.window.isActiveWindow, timeout=2000)
    coach.window.show_section(Section.SESSION)
    coach.player.start(short_plan(harness.library))
    runner = coach.session_driver.runner
    assert runner is not None
    states = [runner.state]
    qtbot.keyClick(coach.window.focusWidget() or coach.window, Qt.Key.Key_F1, modifier)

    def shown() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, dialog_type)]

    qtbot.waitUntil(lambda: any(d.isVisible() for d in shown()), timeout=2000)
    states.append(runner.state)
    assert states == [RunnerState.RUNNING, RunnerState.PAUSED]
    for dialog in shown():
        dialog.close()


def test_ending_after_a_pain_stop_asks_the_pain_check(harness: AppHarness, qtbot: QtBot) -> None:
    coach = harness.start()
    coach.activate()
    coach.window.show_section(Section.SESSION)
    coach.player.start(short_plan(harness.library))
    for _ in range(40):  # into the left hold
        harness.clock.advance(0.5)
        coach.session_driver.poll()
    coach.player.run.pain_button.click()
    dialogs = harness.dialogs
    assert isinstance(dialogs, CountingDialogs)
    assert dialogs.moments == ["before"]
    with qtbot.waitSignal(coach.player.session_ended):
        coach.player.run.pain_panel.end_button.click()
    assert dialogs.moments == ["before", "after"]


def test_a_new_session_ends_the_live_one_before_it_takes_the_page(rig: Rig, qtbot: QtBot) -> None:
    first = runner_of(rig)
    plan = rig.page.setup.plan
    assert plan is not None
    with qtbot.waitSignal(rig.page.session_ended):
        rig.page.start(plan)
    assert first.state is RunnerState.STOPPED
    assert rig.page.views.currentWidget() is rig.page.run
    assert runner_of(rig) is not first
    assert runner_of(rig).state is RunnerState.RUNNING
    assert rig.window.sections.focusPolicy() == Qt.FocusPolicy.NoFocus
