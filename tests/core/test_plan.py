"""Compiling routines into steps: routine in, list of steps out."""

from __future__ import annotations

import json
from typing import Any

import pytest

from hipcoach.core.exercises import Amount, Dosage
from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import (
    Plan,
    PlanError,
    PlanPreferences,
    Side,
    StepKind,
    compile_plan,
)
from tests.core.factories import exercise, hold, library_of, paced, routine

FAST = PlanPreferences(get_ready_seconds=10, phase_intro_seconds=5, switch_seconds=5)


def rows(plan: Plan) -> list[tuple[Any, ...]]:
    """Return each step as (kind, exercise, side, set, rep, part, seconds)."""
    return [
        (
            step.kind.value,
            step.exercise.id if step.exercise else None,
            step.side.value if step.side else None,
            step.set,
            step.rep,
            step.part.value if step.part else None,
            step.seconds,
        )
        for step in plan.steps
    ]


def test_per_side_hold_with_two_sets_and_rest() -> None:
    stretch = exercise("kneel", dosage=hold(45, sets=2, rest=15), per_side=True, switch_seconds=8)
    plan = compile_plan(routine(("Stretch", ["kneel"])), library_of(stretch), FAST)
    assert rows(plan) == [
        ("phase-intro", None, None, None, None, None, 5),
        ("get-ready", "kneel", "left", None, None, None, 10),
        ("work", "kneel", "left", 1, None, None, 45),
        ("switch-side", "kneel", "right", 1, None, None, 8),
        ("work", "kneel", "right", 1, None, None, 45),
        ("rest", "kneel", "left", 2, None, None, 15),
        ("work", "kneel", "left", 2, None, None, 45),
        ("switch-side", "kneel", "right", 2, None, None, 8),
        ("work", "kneel", "right", 2, None, None, 45),
        ("done", None, None, None, None, None, 0),
    ]
    assert plan.work_seconds == 180
    assert plan.total_seconds == 5 + 10 + 45 * 4 + 8 * 2 + 15


def test_tempo_reps_become_timed_parts() -> None:
    bridge = exercise("bridge", dosage=paced(2, lift=2, top=5, lower=3))
    plan = compile_plan(routine(("Strengthen", ["bridge"])), library_of(bridge), FAST)
    assert rows(plan)[2:-1] == [
        ("work", "bridge", None, 1, 1, "lift", 2),
        ("work", "bridge", None, 1, 1, "hold", 5),
        ("work", "bridge", None, 1, 1, "lower", 3),
        ("work", "bridge", None, 1, 2, "lift", 2),
        ("work", "bridge", None, 1, 2, "hold", 5),
        ("work", "bridge", None, 1, 2, "lower", 3),
    ]


def test_alternating_sides_alternate_within_the_set() -> None:
    bug = exercise("bug", dosage=paced(2, lift=2, lower=2), per_side=True, alternating=True)
    plan = compile_plan(routine(("Core", ["bug"])), library_of(bug), FAST)
    work = [(row[2], row[4], row[5]) for row in rows(plan) if row[0] == "work"]
    assert work == [
        ("left", 1, "lift"),
        ("left", 1, "lower"),
        ("right", 1, "lift"),
        ("right", 1, "lower"),
        ("left", 2, "lift"),
        ("left", 2, "lower"),
        ("right", 2, "lift"),
        ("right", 2, "lower"),
    ]
    assert not any(row[0] == "switch-side" for row in rows(plan))


def test_reps_without_tempo_wait_for_the_user() -> None:
    free = exercise("free", dosage=Dosage(reps=Amount.exactly(10)))
    plan = compile_plan(routine(("P", ["free"])), library_of(free), FAST)
    (work,) = [step for step in plan.steps if step.kind is StepKind.WORK]
    assert work.seconds is None
    assert work.reps == 10
    assert plan.phases[0].paced_steps == 1


def test_first_side_choice_and_amount_choice_within_range() -> None:
    stretch = exercise(
        "couch", dosage=Dosage(hold_seconds=Amount(60, 90, 60)), per_side=True, switch_seconds=15
    )
    prefs = PlanPreferences(first_side=Side.RIGHT, amounts={("couch", "hold_seconds"): 500})
    plan = compile_plan(routine(("S", ["couch"])), library_of(stretch), prefs)
    work = [(step.side, step.seconds) for step in plan.steps if step.is_work]
    assert work == [(Side.RIGHT, 90), (Side.LEFT, 90)]  # 500 clamped to the range's top


def test_choice_block_uses_the_users_pick() -> None:
    couch = exercise("couch", dosage=hold(60), per_side=True)
    supine = exercise("supine", dosage=hold(60), per_side=True)
    lib = library_of(couch, supine)
    chooser = routine(("S", [("couch", "supine")]))
    assert {s.exercise.id for s in compile_plan(chooser, lib).steps if s.exercise} == {"couch"}
    picked = compile_plan(chooser, lib, PlanPreferences(choices={"couch": "supine"}))
    assert {s.exercise.id for s in picked.steps if s.exercise} == {"supine"}
    with pytest.raises(PlanError, match="not one of"):
        compile_plan(chooser, lib, PlanPreferences(choices={"couch": "other"}))


def test_missing_exercise_is_a_plan_error() -> None:
    with pytest.raises(PlanError, match="no exercise 'ghost'"):
        compile_plan(routine(("P", ["ghost"])), library_of())


def test_phase_budget_against_planned_time() -> None:
    a = exercise("a", dosage=hold(100))
    plan = compile_plan(routine(("P", ["a"]), budget=90), library_of(a), FAST)
    (phase,) = plan.phases
    assert (phase.budget_seconds, phase.planned_seconds) == (90, 5 + 10 + 100)


def test_daily_routine_compiles_with_the_texts_dosages() -> None:
    library = load_library(bundled_resources_dir())
    plan = compile_plan(library.routine("daily"), library)
    work: dict[tuple[str, str | None], int] = {}
    for step in plan.steps:
        if step.is_work and step.exercise:
            key = (step.exercise.id, step.side.value if step.side else None)
            work[key] = work.get(key, 0) + (step.seconds or 0)
    assert work[("foam-roll-quads", "left")] == work[("foam-roll-quads", "right")] == 120
    assert work[("psoas-ball-release", "left")] == 60
    assert work[("half-kneeling-hip-flexor", "right")] == 45
    assert work[("couch-stretch", "left")] == 60
    assert work[("low-lunge-side-reach", "left")] == 30
    bridge_reps = {
        (s.set, s.rep) for s in plan.steps if s.exercise and s.exercise.id == "glute-bridge-hold"
    }
    assert len([r for r in bridge_reps if r[1] is not None]) == 3 * 12
    bridge_holds = [
        s.seconds
        for s in plan.steps
        if s.exercise and s.exercise.id == "glute-bridge-hold" and s.part and s.part == "hold"
    ]
    assert set(bridge_holds) == {5}
    assert len(bridge_holds) == 36
    dead_bug_sides = {
        (s.side, s.rep) for s in plan.steps if s.exercise and s.exercise.id == "dead-bug"
    }
    assert {side for side, rep in dead_bug_sides if rep} == {Side.LEFT, Side.RIGHT}
    bird_sets = {s.set for s in plan.steps if s.exercise and s.exercise.id == "bird-dog"}
    assert bird_sets - {None} == {1, 2}
    names = [phase.name for phase in plan.phases]
    assert names == ["Release", "Stretch", "Strengthen"]
    # the text's budgets and dosages do not add up: both are reported
    assert plan.phases[0].budget_seconds == 300
    assert plan.phases[0].planned_seconds > 300


def test_plan_json_shape_is_stable() -> None:
    library = load_library(bundled_resources_dir())
    data = json.loads(json.dumps(compile_plan(library.routine("gentle"), library).as_json()))
    assert set(data) >= {"protocol", "total_seconds", "phases", "steps"}
    assert data["protocol"] == "gentle"
    assert all(set(p) >= {"name", "budget_seconds", "planned_seconds"} for p in data["phases"])
    required = {"kind", "exercise", "side", "set", "sets", "rep", "reps", "seconds"}
    assert all(set(step) >= required for step in data["steps"])
    assert data["total_seconds"] == sum(step["seconds"] or 0 for step in data["steps"])


def test_get_ready_states_the_amounts_the_plan_uses_not_the_ranges() -> None:
    release = exercise(
        "ball",
        dosage=Dosage(
            duration_seconds=Amount(60, 120, 60),
            sets=Amount(2, 3, 3),
            pressure_hold_seconds=Amount(30, 60, 30),
        ),
        per_side=True,
    )
    plan = compile_plan(routine(("Release", ["ball"])), library_of(release), FAST)
    ready = next(step for step in plan.steps if step.kind is StepKind.GET_READY)
    assert str(ready.cue) == "3 sets × 1 min per side"
    chosen = PlanPreferences(amounts={("ball", "sets"): 2, ("ball", "duration_seconds"): 90})
    plan = compile_plan(routine(("Release", ["ball"])), library_of(release), chosen)
    ready = next(step for step in plan.steps if step.kind is StepKind.GET_READY)
    assert str(ready.cue) == "2 sets × 1 min 30 s per side"
