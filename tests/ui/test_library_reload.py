"""Changed packs come into use everywhere without a restart (``HipCoach.reload_library``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hipcoach.app import HipCoach
from hipcoach.core.exercise_draft import ExerciseDraft, delete_exercise_file
from hipcoach.core.library import Library, load_library, load_user_library
from hipcoach.core.pack_files import ensure_pack
from hipcoach.core.paths import AppPaths, bundled_resources_dir
from hipcoach.core.session import RunnerState
from hipcoach.ui.break_card import BreakCard
from hipcoach.ui.sections import Section
from tests.app_harness import AppHarness, short_plan

ROUTINE = """\
schema = 1
id = "my-evening"
name = "My evening"
summary = "One stretch before bed."

[[phases]]
name = "Stretch"

[[phases.blocks]]
exercise = "my-wall-stretch"
"""


def _table() -> dict[str, Any]:
    return {
        "schema": 1,
        "id": "my-wall-stretch",
        "name": "My wall stretch",
        "category": "snack",
        "summary": "A stretch at the wall.",
        "targets": ["psoas major"],
        "position": "standing",
        "starting_position": "Stand by a wall.",
        "steps": ["Lean in.", "Breathe."],
        "dosage": {"hold_seconds": 30},
    }


@pytest.fixture(scope="module")
def bundled() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture
def coach(qtbot: QtBot, bundled: Library, tmp_path: Path) -> Iterator[HipCoach]:
    def loader(paths: AppPaths) -> Library:
        return load_user_library(paths)

    harness = AppHarness(bundled, tmp_path, loader=loader)
    coach = harness.start()
    yield coach
    harness.close()


def _pack(coach: HipCoach) -> Path:
    return ensure_pack(coach.paths.packs_dir)


def _waiting(coach: HipCoach) -> bool:
    return coach.reload_waiting


def _ids(coach: HipCoach) -> list[str]:
    return [e.id for e in coach.ui.library.visible_exercises()]


def test_a_saved_exercise_appears_in_the_library_and_the_selection_stays(coach: HipCoach) -> None:
    page = coach.ui.library
    assert page.show_exercise("couch-stretch")
    ExerciseDraft(_table(), pack_dir=_pack(coach)).save()
    assert "my-wall-stretch" not in _ids(coach)
    assert coach.reload_library()
    assert "my-wall-stretch" in _ids(coach)
    assert coach.library.exercise("my-wall-stretch").name == "My wall stretch"
    current = page.current_exercise()
    assert current is not None
    assert current.id == "couch-stretch"
    assert page.detail.exercise is not None
    assert page.detail.exercise.id == "couch-stretch"


def test_an_edited_exercise_shows_its_new_text_in_the_detail(coach: HipCoach) -> None:
    draft = ExerciseDraft(_table(), pack_dir=_pack(coach))
    draft.save()
    coach.reload_library()
    page = coach.ui.library
    assert page.show_exercise("my-wall-stretch")
    draft.set(("summary",), "A calmer stretch at the wall.")
    draft.save()
    coach.reload_library()
    assert page.detail.exercise is not None
    assert page.detail.exercise.summary == "A calmer stretch at the wall."
    assert "A calmer stretch" in page.detail.toPlainText()


def test_a_deleted_exercise_disappears_and_the_first_is_selected(coach: HipCoach) -> None:
    path = ExerciseDraft(_table(), pack_dir=_pack(coach)).save()
    coach.reload_library()
    page = coach.ui.library
    assert page.show_exercise("my-wall-stretch")
    delete_exercise_file(path)
    coach.reload_library()
    assert "my-wall-stretch" not in _ids(coach)
    current = page.current_exercise()
    assert current is not None
    assert current.id == _ids(coach)[0]


def test_the_session_learn_pages_and_breaks_use_the_new_library(coach: HipCoach) -> None:
    learn = coach.ui.learn
    assert learn is not None
    assert learn.show_entry("muscle/psoas-major")
    player = coach.player
    box = player.setup.routine_box
    routines = [box.itemData(i) for i in range(box.count())]
    chosen = player.setup.routine
    pack = _pack(coach)
    ExerciseDraft(_table(), pack_dir=pack).save()
    (pack / "protocols").mkdir()
    (pack / "protocols" / "my-evening.toml").write_text(ROUTINE, encoding="utf-8")
    coach.reload_library()
    assert [box.itemData(i) for i in range(box.count())] == [*routines, "my-evening"]
    assert chosen is not None
    assert player.setup.routine == coach.library.routine(chosen.id), "the routine stays chosen"
    assert "My wall stretch" in learn.text.toPlainText()
    box.setCurrentIndex(box.findData("my-evening"))
    assert player.setup.plan is not None
    assert player.setup.plan.steps
    breaks = replace(coach.settings.breaks, moves=("my-wall-stretch",))
    coach.apply_settings(replace(coach.settings, breaks=breaks))
    coach.break_driver.break_now()  # the coordinator picks from the new library
    card = coach.coordinator.card
    assert isinstance(card, BreakCard)
    assert card.exercise.id == "my-wall-stretch"
    card.dismiss()


def test_no_reload_while_a_session_runs_it_waits_for_the_end(coach: HipCoach) -> None:
    coach.window.show_section(Section.SESSION)
    coach.player.start(short_plan(coach.library))
    assert coach.session_running
    ExerciseDraft(_table(), pack_dir=_pack(coach)).save()
    assert not coach.reload_library()
    assert _waiting(coach)
    assert "my-wall-stretch" not in _ids(coach)
    coach.session_driver.command("stop")
    runner = coach.session_driver.runner
    assert runner is not None
    assert runner.state is RunnerState.STOPPED
    assert not _waiting(coach)
    assert "my-wall-stretch" in _ids(coach)


def test_the_settings_page_offers_a_new_movement_snack_as_a_break_move(coach: HipCoach) -> None:
    page = coach.settings_page  # built before the snack exists
    assert "my-wall-stretch" not in page.move_checks
    path = ExerciseDraft(_table(), pack_dir=_pack(coach)).save()
    coach.reload_library()
    box = page.move_checks["my-wall-stretch"]
    assert box.text() == "My wall stretch"
    assert not box.isChecked()  # offered, not chosen
    box.click()
    assert "my-wall-stretch" in coach.settings.breaks.moves

    delete_exercise_file(path)
    coach.reload_library()
    assert page.move_checks["my-wall-stretch"].text() == "my-wall-stretch (not in the library)"
