"""Break moves become short plans that follow the user's break settings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hipcoach.core.break_moves import break_plan, pick_move
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import Side, StepKind
from hipcoach.core.settings import BreakSettings


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


def kinds(plan_steps: tuple[object, ...]) -> list[str]:
    return [step.kind.value for step in plan_steps]  # type: ignore[attr-defined]


def test_standing_stretch_is_20_seconds_per_side_with_a_switch(library: Library) -> None:
    plan = break_plan(library.exercise("standing-hip-flexor-stretch"), BreakSettings())
    assert kinds(plan.steps) == ["get-ready", "work", "switch-side", "work", "done"]
    work = [(s.side, s.seconds) for s in plan.steps if s.kind is StepKind.WORK]
    assert work == [(Side.LEFT, 20), (Side.RIGHT, 20)]


def test_per_side_off_gives_one_hold(library: Library) -> None:
    settings = replace(BreakSettings(), stretch_per_side=False)
    plan = break_plan(library.exercise("standing-hip-flexor-stretch"), settings)
    work = [(s.side, s.seconds) for s in plan.steps if s.kind is StepKind.WORK]
    assert work == [(None, 20)]


def test_ten_squeezes_are_counted_at_a_steady_pace(library: Library) -> None:
    plan = break_plan(library.exercise("standing-glute-squeezes"), BreakSettings())
    reps = {s.rep for s in plan.steps if s.kind is StepKind.WORK}
    assert reps == set(range(1, 11))
    assert plan.work_seconds == 10 * 4


@pytest.mark.parametrize("minutes", [2, 3, 5])
def test_walk_lasts_the_chosen_length(library: Library, minutes: int) -> None:
    settings = replace(BreakSettings(), walk_minutes=minutes)
    plan = break_plan(library.exercise("walk-break"), settings)
    assert plan.work_seconds == minutes * 60
    assert plan.steps[0].kind is StepKind.GET_READY


def test_pick_move_falls_back_to_a_chosen_move(library: Library) -> None:
    settings = BreakSettings()
    picked = pick_move(library, "no-such-move", settings)
    assert picked is not None
    assert picked.id == settings.moves[0]
    found = pick_move(library, "walk-break", settings)
    assert found is not None
    assert found.id == "walk-break"
