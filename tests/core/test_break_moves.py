"""Break moves become short plans that follow the user's break settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from hipcoach.core.break_moves import (
    GUIDE_SET,
    BreakProgress,
    break_parts,
    break_plan,
    guide_blocks,
    pick_move,
)
from hipcoach.core.history_records import PartOutcome
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import Side, StepKind
from hipcoach.core.reminders import BreakDue, ReminderScheduler
from hipcoach.core.routines import Purpose
from hipcoach.core.settings import BreakSettings, BreakStyle


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


# ---------------------------------------------------------------------- the break's parts

GUIDE_ORDER = ["standing-hip-flexor-stretch", "standing-glute-squeezes", "walk-break"]


def due(move: str = "walk-break") -> BreakDue:
    return BreakDue(datetime(2026, 1, 5, 10, tzinfo=UTC), move, timedelta(hours=1))


def test_the_guide_s_set_is_every_part_in_order_with_the_guide_s_dosage(library: Library) -> None:
    parts = break_parts(library, due("standing-glute-squeezes"), BreakSettings())
    assert [part.id for part in parts] == GUIDE_ORDER
    stretch, squeezes, walk = (part.plan for part in parts)
    assert [(s.side, s.seconds) for s in stretch.steps if s.kind is StepKind.WORK] == [
        (Side.LEFT, 20),
        (Side.RIGHT, 20),
    ]
    assert kinds(stretch.steps) == ["get-ready", "work", "switch-side", "work", "done"]
    assert sorted({s.rep or 0 for s in squeezes.steps if s.kind is StepKind.WORK}) == list(
        range(1, 11)
    )
    assert walk.work_seconds == 3 * 60
    assert [part.is_walk for part in parts] == [False, False, True]


def test_the_set_follows_the_desk_breaks_routine(library: Library) -> None:
    routine = library.routine(GUIDE_SET)
    assert routine.purpose is Purpose.BREAKS
    assert [block.default_choice for block in guide_blocks(library)] == GUIDE_ORDER


@pytest.mark.parametrize("minutes", [2, 5])
def test_the_set_s_walk_lasts_the_chosen_length(library: Library, minutes: int) -> None:
    parts = break_parts(library, due(), replace(BreakSettings(), walk_minutes=minutes))
    assert parts[-1].plan.work_seconds == minutes * 60


def test_parts_that_are_off_are_left_out_and_the_order_stays(library: Library) -> None:
    settings = replace(BreakSettings(), moves=("walk-break", "standing-hip-flexor-stretch"))
    parts = break_parts(library, due(), settings)
    assert [part.id for part in parts] == ["standing-hip-flexor-stretch", "walk-break"]


def test_a_chosen_move_outside_the_set_comes_after_it(library: Library) -> None:
    settings = replace(BreakSettings(), moves=("couch-stretch", *GUIDE_ORDER, "no-such-move"))
    parts = break_parts(library, due(), settings)
    assert [part.id for part in parts] == [*GUIDE_ORDER, "couch-stretch"]


def test_rotation_offers_the_one_move_the_scheduler_chose(library: Library) -> None:
    settings = replace(BreakSettings(), style=BreakStyle.ROTATION)
    for move in GUIDE_ORDER:
        parts = break_parts(library, due(move), settings)
        assert [part.id for part in parts] == [move]
    assert break_parts(library, due("walk-break"), settings)[0].plan.work_seconds == 180


def test_rotation_still_takes_turns() -> None:
    settings = replace(BreakSettings(), style=BreakStyle.ROTATION)
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    scheduler = ReminderScheduler(settings, start)
    moves = [scheduler.break_now(start + timedelta(minutes=n)).move for n in range(3)]
    assert moves == GUIDE_ORDER


def test_without_the_set_routine_the_moves_come_in_the_settings_order(library: Library) -> None:
    bare = Library(
        exercises=library.exercises,
        routines=tuple(r for r in library.routines if r.id != GUIDE_SET),
        packs=(),
        reference=None,
    )
    parts = break_parts(bare, due(), BreakSettings())
    assert [part.id for part in parts] == GUIDE_ORDER


def test_no_usable_move_gives_no_parts(library: Library) -> None:
    settings = replace(BreakSettings(), moves=("no-such-move",))
    assert break_parts(library, due("no-such-move"), settings) == ()


# ---------------------------------------------------------------------- progress through a break


def test_progress_goes_part_by_part_and_says_each_part_s_state(library: Library) -> None:
    progress = BreakProgress(break_parts(library, due(), BreakSettings()))
    assert [progress.state(i) for i in range(3)] == ["now", "next", "next"]
    progress.done(40.0)
    progress.done(40.0)
    assert progress.current == 2
    assert progress.current_part is not None
    assert progress.current_part.is_walk
    progress.skip(12.5, "no-time")
    assert progress.finished
    assert progress.any_done
    assert [progress.state(i) for i in range(3)] == ["done", "done", "skipped"]
    records = progress.records(PartOutcome.DONE, PartOutcome.DONE)
    assert [(r.position, r.exercise_id, r.outcome, r.seconds_done, r.reason) for r in records] == [
        (0, "standing-hip-flexor-stretch", "done", 40.0, None),
        (1, "standing-glute-squeezes", "done", 40.0, None),
        (2, "walk-break", "skipped", 12.5, "no-time"),
    ]
    with pytest.raises(ValueError, match="settled"):
        progress.done(1.0)


def test_the_break_s_answer_settles_the_parts_not_done(library: Library) -> None:
    progress = BreakProgress(break_parts(library, due(), BreakSettings()))
    progress.done(40.0)
    records = progress.records(PartOutcome.SKIPPED, PartOutcome.SKIPPED, seconds=7.0, reason="pain")
    assert [(r.outcome, r.seconds_done, r.reason) for r in records] == [
        ("done", 40.0, None),
        ("skipped", 7.0, "pain"),
        ("skipped", 0.0, "pain"),
    ]
    walked_away = progress.records(PartOutcome.DONE, PartOutcome.NOT_REACHED)
    assert [r.outcome for r in walked_away] == ["done", "done", "not-reached"]


def test_a_break_needs_a_part() -> None:
    with pytest.raises(ValueError, match="at least one part"):
        BreakProgress(())
