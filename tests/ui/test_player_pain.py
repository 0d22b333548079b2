"""Sharp pain on the real widgets: the session waits, says what to do, then goes on or ends."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hipcoach.core.exercises import Category
from hipcoach.core.library import Library
from hipcoach.core.session import RunnerState, SessionSummary
from hipcoach.ui.player_pain import pain_advice
from tests.ui.test_player import Rig, library_with_routines

STRENGTH = """\
schema = 1
id = "strength"
name = "Stretch then strengthen"
summary = "A stretch, then a bridge and a dead bug."

[[phases]]
name = "Stretch"

[[phases.blocks]]
exercise = "half-kneeling-hip-flexor"
[phases.blocks.dosage]
hold_seconds = 12
sets = 1

[[phases]]
name = "Strengthen"

[[phases.blocks]]
exercise = "glute-bridge-hold"
[phases.blocks.dosage]
sets = 1
reps = 2

[[phases.blocks]]
exercise = "dead-bug"
[phases.blocks.dosage]
sets = 1
reps = 1
"""
#: Seconds from the start to 3 s into the bridge's first rep (1.5 s into its squeeze):
#: stretch intro 5, ready 10, holds 12 + 10 switch + 12, strengthen intro 5, ready 10.
INTO_THE_BRIDGE = 5 + 10 + 12 + 10 + 12 + 5 + 10 + 3.5


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return library_with_routines(tmp_path, strength=STRENGTH)


@pytest.fixture
def rig(qtbot: QtBot, library: Library) -> Rig:
    made = Rig(qtbot, library)
    made.choose("strength")
    made.page.setup.start_button.click()
    return made


def test_pain_in_the_bridge_waits_on_the_bridge_with_strengthening_advice(rig: Rig) -> None:
    run, panel = rig.page.run, rig.page.run.pain_panel
    rig.wait(INTO_THE_BRIDGE)
    assert run.exercise_label.text() == "Glute bridge with hold"
    assert run.heading_label.text() == "Hold"
    run.pain_button.click()

    assert run.showing_pain_stop
    assert panel.isVisible()
    assert not run.ring.isVisible()  # nothing counts down on screen
    assert not run.pause_button.isVisible()
    assert "Glute bridge with hold" in panel.title_label.text()
    assert panel.advice_label.text() == pain_advice(Category.STRENGTHEN)
    assert "stretch" not in panel.advice_label.text().lower()
    assert panel.gentler_button.isVisible()
    assert "Standing glute squeezes" in panel.gentler_button.text()
    assert panel.continue_button.isVisible()
    assert "Dead bug" in panel.continue_button.text()
    assert panel.end_button.hasFocus()  # the safe choice is the one Enter presses
    for widget in (panel.gentler_button, panel.continue_button, panel.end_button):
        assert widget.accessibleName() == widget.text()
    runner = rig.driver.runner
    assert runner is not None
    assert runner.state is RunnerState.PAUSED
    assert runner.awaiting_pain_choice
    assert not rig.driver.timer.isActive()
    waiting_at = (runner.index, runner.snapshot().remaining, runner.snapshot().active_seconds)

    rig.wait(120)  # two minutes reading: nothing counts down, no step moves
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_R):
        rig.key(key)
    assert (runner.index, runner.snapshot().remaining, runner.snapshot().active_seconds) == (
        waiting_at
    )
    assert run.exercise_label.text() == "Glute bridge with hold"
    assert run.showing_pain_stop


def test_the_gentler_button_shows_the_gentler_exercise(rig: Rig, qtbot: QtBot) -> None:
    rig.wait(INTO_THE_BRIDGE)
    rig.page.run.pain_button.click()
    rig.page.run.pain_panel.gentler_button.click()
    dialog = rig.page.gentler_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    exercise = dialog.detail.exercise
    assert exercise is not None
    assert exercise.id == "standing-glute-squeezes"
    assert dialog.accessibleName() == "Standing glute squeezes"
    dialog.reject()
    runner = rig.driver.runner
    assert runner is not None
    assert runner.awaiting_pain_choice  # reading it changed nothing


def test_continue_starts_the_next_exercise_and_the_message_goes(rig: Rig) -> None:
    run, panel = rig.page.run, rig.page.run.pain_panel
    rig.wait(INTO_THE_BRIDGE)
    run.pain_button.click()
    rig.wait(30)
    panel.continue_button.click()
    assert not run.showing_pain_stop
    assert not panel.isVisible()
    assert run.ring.isVisible()
    assert run.exercise_label.text() == "Dead bug"
    assert run.heading_label.text() == "Get into position"
    assert run.ring.text == "10"
    assert "sharp" not in run.notice_label.text().lower()
    rig.wait(3)
    assert run.ring.text == "7"  # the next exercise runs
    rig.key(Qt.Key.Key_Space)  # and the keys work again
    runner = rig.driver.runner
    assert runner is not None
    assert runner.state is RunnerState.PAUSED


def test_end_the_session_after_pain_in_the_last_exercise(rig: Rig, qtbot: QtBot) -> None:
    run, panel = rig.page.run, rig.page.run.pain_panel
    rig.wait(INTO_THE_BRIDGE)
    rig.key(Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # on to the dead bug
    assert run.exercise_label.text() == "Dead bug"
    run.pain_button.click()
    assert panel.advice_label.text() == pain_advice(Category.STRENGTHEN)
    assert not panel.gentler_button.isVisible()
    assert "no gentler version" in panel.gentler_label.text()
    assert not panel.continue_button.isVisible()  # nothing comes after it
    assert "last exercise" in panel.choice_label.text()
    with qtbot.waitSignal(rig.page.session_ended) as ended:
        qtbot.keyClick(panel.end_button, Qt.Key.Key_Space)  # the keyboard presses the choice
    summary = ended.args[0]
    assert isinstance(summary, SessionSummary)
    assert not summary.finished
    bug = next(r for r in summary.results if r.exercise_id == "dead-bug")
    assert bug.pain == bug.planned == 1
    assert rig.page.views.currentWidget() is rig.page.summary


def test_pain_in_a_stretch_gets_stretch_advice_and_the_lying_stretch(rig: Rig) -> None:
    panel = rig.page.run.pain_panel
    rig.wait(5 + 10 + 4)
    rig.page.run.pain_button.click()
    assert panel.advice_label.text() == pain_advice(Category.STRETCH)
    assert "Supine hip flexor stretch" in panel.gentler_button.text()
    assert "Glute bridge with hold" in panel.continue_button.text()


def test_pain_cannot_be_pressed_outside_an_exercise(rig: Rig) -> None:
    assert rig.page.run.heading_label.text() == "Stretch phase"
    assert not rig.page.run.pain_button.isEnabled()
    rig.wait(5)
    assert rig.page.run.pain_button.isEnabled()
