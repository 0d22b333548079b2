"""A routine fitted into the time the user has: what it keeps, drops, and says."""

from __future__ import annotations

from collections import Counter

import pytest

from hipcoach.core.exercises import Amount, Category, Dosage
from hipcoach.core.fit import (
    FitError,
    FittedPlan,
    LeftOut,
    ShortKind,
    fit_plan,
    note_lines,
    omission_lines,
)
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import PlanError, PlanPreferences, Side, StepKind
from hipcoach.core.routines import Block, Phase, Routine
from tests.core.factories import exercise, hold, library_of, paced

FAST = PlanPreferences(get_ready_seconds=10, phase_intro_seconds=5, switch_seconds=5)


@pytest.fixture(scope="module")
def bundled() -> Library:
    return load_library(bundled_resources_dir())


def _work_by_exercise(fitted: FittedPlan) -> dict[str, list[int]]:
    """Return each exercise's timed work steps' seconds, in order."""
    work: dict[str, list[int]] = {}
    for step in fitted.plan.steps:
        if step.is_work and step.exercise is not None and step.seconds is not None:
            work.setdefault(step.exercise.id, []).append(step.seconds)
    return work


def _sets(fitted: FittedPlan) -> dict[str, int]:
    return {
        step.exercise.id: step.sets or 1
        for step in fitted.plan.steps
        if step.is_work and step.exercise is not None
    }


# --- the bundled daily routine, as the Session page offers it ---------------------------

DAILY = "daily"
RELEASE = ["foam-roll-quads", "psoas-ball-release"]
STRETCH = ["half-kneeling-hip-flexor", "couch-stretch", "low-lunge-side-reach"]
STRENGTHEN = ["glute-bridge-hold", "dead-bug", "bird-dog"]


@pytest.mark.parametrize(
    ("minutes", "kept", "sets", "left_out"),
    [
        pytest.param(
            None,
            RELEASE + STRETCH + STRENGTHEN,
            {"glute-bridge-hold": 3, "dead-bug": 3, "bird-dog": 2},
            [],
            id="full",
        ),
        pytest.param(
            20,
            ["psoas-ball-release", *STRETCH, "glute-bridge-hold", "dead-bug"],
            {"glute-bridge-hold": 3, "dead-bug": 2},
            ["foam-roll-quads", "bird-dog"],
            id="20-min",
        ),
        pytest.param(
            15,
            ["psoas-ball-release", "half-kneeling-hip-flexor", "couch-stretch", *STRENGTHEN[:2]],
            {"glute-bridge-hold": 2, "dead-bug": 2},
            ["foam-roll-quads", "low-lunge-side-reach", "bird-dog"],
            id="15-min",
        ),
        pytest.param(
            10,
            ["psoas-ball-release", "half-kneeling-hip-flexor", "glute-bridge-hold"],
            {"glute-bridge-hold": 2},
            ["foam-roll-quads", "couch-stretch", "low-lunge-side-reach", "dead-bug", "bird-dog"],
            id="10-min",
        ),
    ],
)
def test_daily_routine_fitted_to_each_offered_time(
    bundled: Library,
    minutes: int | None,
    kept: list[str],
    sets: dict[str, int],
    left_out: list[str],
) -> None:
    fitted = fit_plan(bundled.routine(DAILY), bundled, None, minutes)

    if minutes is not None:
        assert fitted.plan.total_seconds <= minutes * 60
    assert list(_work_by_exercise(fitted)) == kept  # in the routine's order
    assert {key: _sets(fitted)[key] for key in sets} == sets
    assert [o.exercise.id for o in fitted.omissions if o.kind is LeftOut.EXERCISE] == left_out
    # the phases keep their order and each keeps an exercise
    assert [phase.name for phase in fitted.plan.phases] == ["Release", "Stretch", "Strengthen"]
    categories = [s.exercise.category for s in fitted.plan.steps if s.is_work and s.exercise]
    assert categories == sorted(categories, key=list(Category).index)
    assert {Category.RELEASE, Category.STRETCH, Category.STRENGTHEN} <= set(categories)


@pytest.mark.parametrize("minutes", [None, 25, 20, 15, 10])
def test_a_fitted_plan_never_shortens_a_hold_and_keeps_both_sides_equal(
    bundled: Library, minutes: int | None
) -> None:
    full = fit_plan(bundled.routine(DAILY), bundled)
    fitted = fit_plan(bundled.routine(DAILY), bundled, None, minutes)
    full_work = _work_by_exercise(full)
    for exercise_id, seconds in _work_by_exercise(fitted).items():
        exercise = bundled.exercise(exercise_id)
        if exercise.category in (Category.RELEASE, Category.STRETCH):
            own = exercise.dosage.hold_seconds or exercise.dosage.duration_seconds
            assert own is not None
            assert min(seconds) >= own.low, exercise_id  # never below the guide's minimum
            assert set(seconds) == set(full_work[exercise_id])  # the routine's own hold
    per_side = Counter(
        (step.exercise.id, step.side)
        for step in fitted.plan.steps
        if step.is_work and step.exercise is not None and step.side is not None
    )
    for (exercise_id, side), count in per_side.items():
        assert per_side[(exercise_id, Side(side).other)] == count, exercise_id


def test_the_omissions_and_the_short_phases_are_said(bundled: Library) -> None:
    fitted = fit_plan(bundled.routine(DAILY), bundled, None, 15)

    assert [str(o.message) for o in fitted.omissions] == [
        "Foam roll the quads (Release) is left out to fit the time.",
        "Low lunge with side reach (Stretch) is left out to fit the time.",
        "Glute bridge with hold: 2 sets instead of 3, to fit the time.",
        "Dead bug: 2 sets instead of 3, to fit the time.",
        "Bird dog (Strengthen) is left out to fit the time.",
    ]
    assert [str(line) for line in omission_lines(fitted.omissions)] == [
        "Left out to fit the time: Foam roll the quads (Release),"
        " Low lunge with side reach (Stretch), Bird dog (Strengthen).",
        "Fewer sets to fit the time: Glute bridge with hold (2 of 3), Dead bug (2 of 3).",
    ]
    assert [(n.kind, n.phase) for n in fitted.notes] == [
        (ShortKind.PHASE, "Release"),
        (ShortKind.PHASE, "Stretch"),
        (ShortKind.PHASE, "Strengthen"),
    ]
    assert str(fitted.notes[0].message) == (
        "The Release phase gets 2 min 30 s, less than the 5 min the routine sets aside for it."
    )
    assert [str(line) for line in note_lines(fitted.notes)] == [
        "Shorter than the routine sets aside: Release 2 min 30 s of 5 min,"
        " Stretch 4 min 20 s of 5 min, Strengthen 7 min 48 s of 10 min."
    ]


def test_the_whole_routine_leaves_nothing_out_and_claims_nothing(bundled: Library) -> None:
    full = fit_plan(bundled.routine(DAILY), bundled)
    assert (full.omissions, full.notes, full.shortened) == ((), (), False)
    roomy = fit_plan(bundled.routine(DAILY), bundled, None, 40)
    assert roomy.plan == full.plan
    assert roomy.omissions == ()


@pytest.mark.parametrize("minutes", [1, 2, 5, 9])
def test_a_time_too_short_for_the_routine_says_what_cannot_fit(
    bundled: Library, minutes: int
) -> None:
    with pytest.raises(FitError) as raised:
        fit_plan(bundled.routine(DAILY), bundled, None, minutes)

    # the shortest fair version: the psoas release, the half-kneeling stretch, two sets of bridges
    assert raised.value.shortest_seconds == 9 * 60 + 25
    assert raised.value.minutes == minutes
    assert str(raised.value) == (
        f"{minutes} min is too short for this routine done properly: even its shortest"
        " version (one exercise from each phase, the fewest sets, no hold shortened)"
        " takes 9 min 25 s."
    )


def test_the_stretch_choice_is_fitted_too(bundled: Library) -> None:
    prefs = PlanPreferences(choices={"couch-stretch": "supine-hip-flexor-stretch"})
    fitted = fit_plan(bundled.routine(DAILY), bundled, prefs, 15)
    assert "supine-hip-flexor-stretch" in _work_by_exercise(fitted)
    assert fitted.plan.total_seconds <= 15 * 60


def test_gentle_routine_says_where_it_is_shorter_than_the_exercise_asks(
    bundled: Library,
) -> None:
    gentle = fit_plan(bundled.routine("gentle"), bundled)
    assert [(n.kind, n.exercise.id if n.exercise else None) for n in gentle.notes] == [
        (ShortKind.HOLD, "foam-roll-quads")
    ]
    assert str(gentle.notes[0].message) == (
        "Foam roll the quads lasts 1 min per side in this routine, less than the"
        " exercise's own minimum of 2 min."
    )
    assert note_lines(gentle.notes) == (gentle.notes[0].message,)
    ten = fit_plan(bundled.routine("gentle"), bundled, None, 10)
    assert ten.plan.total_seconds <= 600
    assert [(o.exercise.id, o.kind, o.sets_kept) for o in ten.omissions] == [
        ("supine-hip-flexor-stretch", LeftOut.SETS, 1),
        ("dead-bug", LeftOut.EXERCISE, 0),
    ]
    assert str(ten.omissions[0].message) == (
        "Supine hip flexor stretch: 1 set instead of 2, to fit the time."
    )


# --- the rules, on small routines built in code -----------------------------------------


def _sets_range(low: int, high: int) -> Dosage:
    return Dosage(sets=Amount(low, high, high))


def _routine(*phases: tuple[str, list[tuple[str, int | None, Dosage]]]) -> Routine:
    """Return a routine; each phase is (name, [(exercise id, priority, block dosage)])."""
    return Routine(
        id="test",
        name="Test",
        summary="For tests.",
        phases=tuple(
            Phase(
                name=name,
                budget_seconds=600,
                blocks=tuple(
                    Block(choices=(exercise_id,), dosage=dosage, priority=priority)
                    for exercise_id, priority, dosage in blocks
                ),
            )
            for name, blocks in phases
        ),
    )


RELEASE_A = exercise("release-a", dosage=hold(60), category=Category.RELEASE)
STRETCH_A = exercise("stretch-a", dosage=hold(30), per_side=True, category=Category.STRETCH)
STRETCH_B = exercise("stretch-b", dosage=hold(30), per_side=True, category=Category.STRETCH)
STRONG_A = exercise("strong-a", dosage=paced(10, sets=3), category=Category.STRENGTHEN)
LIBRARY = library_of(RELEASE_A, STRETCH_A, STRETCH_B, STRONG_A)


def test_sets_go_before_whole_exercises_and_from_the_lowest_priority_first() -> None:
    routine = _routine(
        ("Stretch", [("stretch-a", 1, Dosage()), ("stretch-b", 2, Dosage())]),
        ("Strengthen", [("strong-a", 3, _sets_range(1, 3))]),
    )
    full = fit_plan(routine, LIBRARY, FAST)
    # each strong-a set is 10 reps of 4 s, with a 20 s rest between sets
    assert full.plan.total_seconds == 5 + (10 + 30 + 5 + 30) * 2 + 5 + 10 + 3 * 40 + 2 * 20
    fitted = fit_plan(routine, LIBRARY, FAST, 5)  # 300 of 330 s: one set of strong-a goes
    assert _sets(fitted)["strong-a"] == 2
    assert list(_work_by_exercise(fitted)) == ["stretch-a", "stretch-b", "strong-a"]
    assert [(o.kind, o.sets_kept, o.sets_planned) for o in fitted.omissions] == [
        (LeftOut.SETS, 2, 3)
    ]


def test_a_whole_exercise_goes_by_priority_not_by_position() -> None:
    routine = _routine(
        ("Stretch", [("stretch-a", 2, Dosage()), ("stretch-b", 1, Dosage())]),
        ("Strengthen", [("strong-a", 3, _sets_range(1, 3))]),
    )
    # stretch-b (priority 1) and strong-a's one set, and no time for stretch-a
    fitted = fit_plan(routine, LIBRARY, FAST, 3)
    assert list(_work_by_exercise(fitted)) == ["stretch-b", "strong-a"]
    assert fitted.plan.total_seconds == (5 + 10 + 30 + 5 + 30) + (5 + 10 + 40)
    assert [o.exercise.id for o in fitted.omissions if o.kind is LeftOut.EXERCISE] == ["stretch-a"]


def test_a_block_without_priority_goes_before_any_with_one() -> None:
    routine = _routine(
        ("Stretch", [("stretch-a", None, Dosage()), ("stretch-b", 5, Dosage())]),
        ("Strengthen", [("strong-a", 1, _sets_range(1, 3))]),
    )
    fitted = fit_plan(routine, LIBRARY, FAST, 3)
    assert list(_work_by_exercise(fitted)) == ["stretch-b", "strong-a"]


def test_every_phase_keeps_an_exercise_or_the_fit_is_refused() -> None:
    routine = _routine(
        ("Release", [("release-a", 9, Dosage())]),
        ("Stretch", [("stretch-a", 1, Dosage())]),
    )
    # release-a alone takes 5 + 10 + 60 s: with the stretch, more than a minute and a half
    with pytest.raises(FitError) as raised:
        fit_plan(routine, LIBRARY, FAST, 2)
    assert raised.value.shortest_seconds == (5 + 10 + 60) + (5 + 10 + 30 + 5 + 30)


def test_fewer_than_one_minute_is_refused_and_plan_errors_pass_through() -> None:
    routine = _routine(("Stretch", [("stretch-a", 1, Dosage())]))
    with pytest.raises(ValueError, match="at least 1"):
        fit_plan(routine, LIBRARY, FAST, 0)
    missing = _routine(("Stretch", [("no-such-exercise", 1, Dosage())]))
    with pytest.raises(PlanError):
        fit_plan(missing, LIBRARY, FAST, 10)


def test_the_json_is_the_plans_shape_plus_the_fit(bundled: Library) -> None:
    fitted = fit_plan(bundled.routine(DAILY), bundled, None, 10)
    data = fitted.as_json()
    plan_keys = set(fitted.plan.as_json())
    assert set(data) == plan_keys | {"fit_minutes", "omissions", "notes"}
    assert data["fit_minutes"] == 10
    assert data["total_seconds"] == fitted.plan.total_seconds
    omissions = data["omissions"]
    assert isinstance(omissions, list)
    assert omissions[0] == {
        "left_out": "exercise",
        "exercise": "foam-roll-quads",
        "phase": "Release",
        "sets_planned": 1,
        "sets_kept": 0,
        "reason": "Foam roll the quads (Release) is left out to fit the time.",
    }
    assert fitted.plan.steps[-1].kind is StepKind.DONE
