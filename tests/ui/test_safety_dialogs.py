"""The red-flag and pain dialogs answer as a user would click them."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

import pytest
from pytestqt.qtbot import QtBot

from hipcoach.core.history_records import PainMoment
from hipcoach.core.library import load_library
from hipcoach.core.messages import Message
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.reference import Reference
from hipcoach.core.safety import recommendation
from hipcoach.ui.pain_dialog import PainDialog
from hipcoach.ui.red_flag_dialog import CONTINUE, GENTLE, STOP, RedFlagDialog
from hipcoach.ui.safety_dialogs import caution_box


@pytest.fixture(scope="module")
def reference() -> Reference:
    loaded = load_library(bundled_resources_dir()).reference
    assert loaded is not None
    return loaded


def advice_for(reference: Reference) -> Callable[[Mapping[str, bool]], Message | None]:
    def advise(answers: Mapping[str, bool]) -> Message | None:
        found = recommendation(answers, reference)
        return None if found is None else found.text

    return advise


def test_all_no_continues_at_once(qtbot: QtBot, reference: Reference) -> None:
    dialog = RedFlagDialog(reference.red_flags, advice_for(reference))
    qtbot.addWidget(dialog)
    assert not dialog.next_button.isEnabled()
    for flag in reference.red_flags:
        dialog.answer(flag.id, yes=False)
    assert dialog.next_button.isEnabled()
    dialog.next_button.click()
    assert dialog.choice == CONTINUE
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not any(dialog.answers().values())


@pytest.mark.parametrize(
    ("button", "choice"),
    [("stop_button", STOP), ("gentle_button", GENTLE), ("continue_button", CONTINUE)],
)
def test_a_yes_shows_advice_and_offers_three_ways(
    qtbot: QtBot, reference: Reference, button: str, choice: str
) -> None:
    dialog = RedFlagDialog(reference.red_flags, advice_for(reference))
    qtbot.addWidget(dialog)
    for flag in reference.red_flags:
        dialog.answer(flag.id, yes=flag.id == "altered-walking")
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 1
    advice = dialog.advice_text.text()
    assert "change the way you walk" in advice
    assert "physiotherapist" in advice
    getattr(dialog, button).click()
    assert dialog.choice == choice


def test_pain_dialog_one_tap_per_answer(qtbot: QtBot) -> None:
    dialog = PainDialog(PainMoment.AFTER)
    qtbot.addWidget(dialog)
    assert dialog.answers().empty
    dialog.pain.buttons[6].click()
    dialog.area_checks["lower-back"].click()
    dialog.stiffness.buttons[3].click()
    dialog.tight_left.buttons[7].click()
    dialog.tight_right.buttons[2].click()
    dialog.tight_right.buttons[2].click()  # a second tap clears
    answers = dialog.answers()
    assert (answers.pain, answers.areas, answers.stiffness) == (6, ("lower-back",), 3)
    assert (answers.tight_left, answers.tight_right) == (7, None)
    assert not answers.empty


def test_before_a_session_there_is_no_tightness_question(qtbot: QtBot) -> None:
    dialog = PainDialog(PainMoment.BEFORE)
    qtbot.addWidget(dialog)
    assert dialog.tight_left.isHidden()
    dialog.tight_left.buttons[5].click()
    assert dialog.answers().tight_left is None


def test_the_caution_box_names_the_exercise_and_lists_every_caution(qtbot: QtBot) -> None:
    exercise = load_library(bundled_resources_dir()).exercise("couch-stretch")
    box, understood = caution_box(exercise, None)
    qtbot.addWidget(box)
    assert box.windowTitle() == "Before you start"
    assert exercise.name in box.text()
    for caution in exercise.cautions + exercise.contraindications:
        assert html.escape(caution) in box.informativeText()
    assert understood.text() == "I understand"
    assert [b.text() for b in box.buttons()].count("Skip this exercise") == 1
