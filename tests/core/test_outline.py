"""The overview of a plan, exercise by exercise, is worked out from its steps."""

from __future__ import annotations

from hipcoach.core.exercises import Amount, Dosage
from hipcoach.core.outline import SideMode, outline
from hipcoach.core.plan import PlanPreferences, Side, compile_plan
from hipcoach.core.routines import Block, Phase, Routine
from tests.core.factories import exercise, hold, library_of, paced, routine

PREFS = PlanPreferences(get_ready_seconds=10, phase_intro_seconds=5, switch_seconds=5)


def test_sides_amounts_and_times_come_from_the_steps() -> None:
    kneel = exercise("kneel", dosage=hold(45, sets=2, rest=15), per_side=True)
    bridge = exercise("bridge", dosage=paced(12, sets=3, lift=2, top=5, lower=3))
    bug = exercise("bug", dosage=paced(8, sets=1, lift=2, lower=2), per_side=True, alternating=True)
    plan = compile_plan(
        routine(("Stretch", ["kneel"]), ("Strengthen", ["bridge", "bug"])),
        library_of(kneel, bridge, bug),
        PREFS,
    )
    stretch, strengthen = outline(plan)
    assert [e.exercise.id for e in strengthen.exercises] == ["bridge", "bug"]
    (kneeling,) = stretch.exercises
    assert (kneeling.sides, kneeling.first_side) == (SideMode.EACH, Side.LEFT)
    assert str(kneeling.amount()) == "2 sets × hold 45 s per side"
    # ready 10, per set 45 + switch 5 + 45, one rest of 15 between the sets
    assert kneeling.seconds == 10 + 2 * (45 + 5 + 45) + 15
    assert stretch.seconds == 5 + kneeling.seconds
    bridging, bugging = strengthen.exercises
    assert bridging.sides is SideMode.NONE
    assert str(bridging.amount()) == "3 sets × 12 reps"
    assert bridging.seconds == 10 + 3 * 12 * (2 + 5 + 3) + 2 * 20  # default rests of 20 s
    assert bugging.sides is SideMode.ALTERNATING
    assert str(bugging.amount()) == "1 set × 8 reps per side"
    assert bugging.seconds == 10 + 8 * 2 * (2 + 2)
    assert sum(phase.seconds for phase in (stretch, strengthen)) == plan.total_seconds
    assert not any(phase.paced for phase in (stretch, strengthen))


def test_the_chosen_amount_is_shown_not_the_range() -> None:
    ball = exercise(
        "ball",
        dosage=Dosage(duration_seconds=Amount(60, 120, 60)),
        per_side=True,
    )
    plan = compile_plan(routine(("Release", ["ball"])), library_of(ball), PREFS)
    ((rolling,),) = (phase.exercises for phase in outline(plan))
    assert str(rolling.amount()) == "1 min per side"


def test_reps_at_your_own_pace_are_marked_paced() -> None:
    squeeze = exercise("squeeze", dosage=Dosage(reps=Amount.exactly(10)))
    plan = compile_plan(
        Routine(
            id="p",
            name="P",
            summary="S.",
            phases=(Phase(name="Break", blocks=(Block(choices=("squeeze",)),)),),
        ),
        library_of(squeeze),
        PREFS,
    )
    (phase,) = outline(plan)
    (only,) = phase.exercises
    assert only.paced
    assert phase.paced
    assert only.seconds == 10  # only getting ready is timed
    assert str(only.amount()) == "1 set × 10 reps"
