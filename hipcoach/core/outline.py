"""A compiled plan read back exercise by exercise: what a session holds before it starts.

Everything here is worked out from the plan's steps (the amounts the user
will actually be asked for and the time each step takes), never from a
routine's descriptive text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hipcoach.core.describe import dosage_lines
from hipcoach.core.exercises import Amount, Dosage, Exercise
from hipcoach.core.messages import Message
from hipcoach.core.plan import Plan, Side, Step, StepKind


class SideMode(StrEnum):
    """How an exercise deals with the two sides of the body."""

    NONE = "none"  # not done per side
    EACH = "each"  # all of one side, then all of the other
    ALTERNATING = "alternating"  # the sides take turns, rep by rep


@dataclass(frozen=True)
class ExerciseOutline:
    """One exercise of a plan.

    ``sets`` and ``reps`` (per set, per side when sided) or ``work_seconds``
    (one timed hold or bout, per side when sided) are what the plan asks
    for. ``seconds`` is the time of all the exercise's timed steps: getting
    into position, the work, rests and side switches. ``paced`` says some
    step waits for the user, so its time is not in ``seconds``.
    """

    exercise: Exercise
    sides: SideMode
    first_side: Side | None
    sets: int
    reps: int | None
    work_seconds: int | None
    held: bool
    seconds: int
    paced: bool

    def amount(self) -> Message | str:
        """Return the amount on one line, e.g. ``3 sets × 12 reps`` or ``2 min per side``."""
        timed = Amount.exactly(self.work_seconds) if self.work_seconds else None
        dosage = Dosage(
            # A single bout of timed work reads better without "1 set".
            sets=None if self.sets == 1 and timed and not self.held else Amount.exactly(self.sets),
            reps=Amount.exactly(self.reps) if self.reps else None,
            hold_seconds=timed if self.held else None,
            duration_seconds=None if self.held else timed,
        )
        lines = dosage_lines(dosage, per_side=self.sides is not SideMode.NONE)
        return lines[0] if lines else ""


@dataclass(frozen=True)
class PhaseOutline:
    """One phase of a plan: its exercises in order and the time all its steps take."""

    name: str
    seconds: int
    paced: bool
    exercises: tuple[ExerciseOutline, ...]


def _exercise_outline(steps: list[Step]) -> ExerciseOutline:
    exercise = steps[0].exercise
    assert exercise is not None
    work = [step for step in steps if step.is_work]
    sided = [step.side for step in work if step.side is not None]
    if not sided:
        sides = SideMode.NONE
    elif any(step.kind is StepKind.SWITCH_SIDE for step in steps):
        sides = SideMode.EACH
    else:
        sides = SideMode.ALTERNATING
    first = work[0] if work else steps[0]
    timed = first.seconds if first.rep is None and first.reps is None else None
    return ExerciseOutline(
        exercise=exercise,
        sides=sides,
        first_side=sided[0] if sided else None,
        sets=first.sets or 1,
        reps=first.reps,
        work_seconds=timed,
        held=first.title == "Hold" and first.part is None,
        seconds=sum(step.seconds or 0 for step in steps),
        paced=any(step.seconds is None for step in steps),
    )


def outline(plan: Plan) -> tuple[PhaseOutline, ...]:
    """Return ``plan`` phase by phase, each with its exercises in the order they come."""
    phases: list[PhaseOutline] = []
    for phase_index, phase in enumerate(plan.phases):
        steps = [step for step in plan.steps if step.phase_index == phase_index]
        groups: dict[int, list[Step]] = {}
        for step in steps:
            if step.exercise_index is not None and step.kind is not StepKind.DONE:
                groups.setdefault(step.exercise_index, []).append(step)
        phases.append(
            PhaseOutline(
                name=phase.name,
                seconds=sum(step.seconds or 0 for step in steps),
                paced=any(step.seconds is None for step in steps),
                exercises=tuple(_exercise_outline(group) for group in groups.values()),
            )
        )
    return tuple(phases)
