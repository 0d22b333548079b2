"""Compiling a routine into a flat plan of timed steps.

``compile_plan`` expands phases, blocks, sets, sides, reps, tempo, rests and
side switches into a tuple of ``Step`` values. The session runner only walks
that tuple; it never needs to know what a side or a set is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from hipcoach.core.describe import dosage_lines
from hipcoach.core.exercises import Amount, Dosage, Exercise
from hipcoach.core.library import Library
from hipcoach.core.messages import QT_TRANSLATE_NOOP, Message, MessageContext, MessageError
from hipcoach.core.routines import Routine


class StepKind(StrEnum):
    """What a step asks of the user."""

    PHASE_INTRO = "phase-intro"
    GET_READY = "get-ready"
    WORK = "work"
    REST = "rest"
    SWITCH_SIDE = "switch-side"
    DONE = "done"


class Side(StrEnum):
    """The side of the body being worked."""

    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        """Return the opposite side."""
        return Side.RIGHT if self is Side.LEFT else Side.LEFT

    @property
    def label(self) -> str:
        """Return the name shown to the user, in English (the command line)."""
        return self.label_message.english()

    @property
    def label_message(self) -> Message:
        """Return the name shown to the user, translatable (what the interface shows)."""
        if self is Side.LEFT:
            return QT_TRANSLATE_NOOP("Labels", "Left")
        return QT_TRANSLATE_NOOP("Labels", "Right")


class TempoPart(StrEnum):
    """One part of a paced repetition."""

    LIFT = "lift"
    HOLD = "hold"
    LOWER = "lower"


@dataclass(frozen=True)
class Step:
    """One timed (or user-paced) moment of a session.

    ``seconds`` is ``None`` for a step that waits for the user to say it is
    done. ``set``/``sets`` and ``rep``/``reps`` count from 1 and are ``None``
    where they do not apply. ``exercise_index`` numbers the exercises of the
    plan from 0, so steps of one exercise can be found together.
    """

    kind: StepKind
    seconds: int | None
    phase: str
    phase_index: int
    title: str
    exercise: Exercise | None = None
    exercise_index: int | None = None
    side: Side | None = None
    set: int | None = None
    sets: int | None = None
    rep: int | None = None
    reps: int | None = None
    part: TempoPart | None = None
    cue: str | Message | None = None

    @property
    def is_work(self) -> bool:
        """Return whether this step is exercise work (not a transition)."""
        return self.kind is StepKind.WORK

    def as_json(self) -> dict[str, object]:
        """Return the stable JSON shape used by ``hipcoach plan --json``."""
        return {
            "kind": self.kind.value,
            "exercise": self.exercise.id if self.exercise else None,
            "side": self.side.value if self.side else None,
            "set": self.set,
            "sets": self.sets,
            "rep": self.rep,
            "reps": self.reps,
            "seconds": self.seconds,
            "part": self.part.value if self.part else None,
            "phase": self.phase,
            "title": self.title,
        }


@dataclass(frozen=True)
class PhasePlan:
    """A phase's time as the routine budgets it and as the plan adds up."""

    name: str
    budget_seconds: int | None
    planned_seconds: int
    paced_steps: int

    def as_json(self) -> dict[str, object]:
        """Return the JSON shape used by ``hipcoach plan --json``."""
        return {
            "name": self.name,
            "budget_seconds": self.budget_seconds,
            "planned_seconds": self.planned_seconds,
            "paced_steps": self.paced_steps,
        }


@dataclass(frozen=True)
class Plan:
    """A compiled session: the steps in order, and what they add up to."""

    routine_id: str
    routine_name: str
    steps: tuple[Step, ...]
    phases: tuple[PhasePlan, ...]

    @property
    def total_seconds(self) -> int:
        """Return the time of every timed step (user-paced steps count as 0)."""
        return sum(step.seconds or 0 for step in self.steps)

    @property
    def work_seconds(self) -> int:
        """Return the time of the timed work steps."""
        return sum(step.seconds or 0 for step in self.steps if step.is_work)

    def as_json(self) -> dict[str, object]:
        """Return the stable JSON shape of ``hipcoach plan --json``."""
        return {
            "protocol": self.routine_id,
            "name": self.routine_name,
            "total_seconds": self.total_seconds,
            "phases": [phase.as_json() for phase in self.phases],
            "steps": [step.as_json() for step in self.steps],
        }


@dataclass(frozen=True)
class PlanPreferences:
    """The user's choices for compiling a plan.

    ``choices`` maps a choice block's default exercise id to the id picked
    instead (``{"couch-stretch": "supine-hip-flexor-stretch"}``).
    ``amounts`` maps ``(exercise id, dosage field)`` to a chosen value,
    which is kept inside the dosage's range. A zero ``get_ready_seconds`` or
    ``phase_intro_seconds`` leaves those steps out.
    """

    choices: Mapping[str, str] = field(default_factory=dict)
    amounts: Mapping[tuple[str, str], int] = field(default_factory=dict)
    first_side: Side = Side.LEFT
    get_ready_seconds: int = 10
    phase_intro_seconds: int = 5
    switch_seconds: int = 5
    rest_seconds: int = 20


class PlanText(MessageContext):
    """Why a routine cannot be compiled into a plan."""


class PlanError(MessageError):
    """The routine cannot be compiled (e.g. it names a missing exercise)."""


def chosen_amount(
    amount: Amount | None, exercise_id: str, name: str, prefs: PlanPreferences
) -> int:
    """Return the value of dosage field ``name`` the plan uses (0 when the dosage lacks it).

    That is the user's amount from ``prefs`` kept inside the range, or the
    amount's default.
    """
    if amount is None:
        return 0
    wanted = prefs.amounts.get((exercise_id, name), amount.default)
    return max(amount.low, min(amount.high, wanted))


_PLANNED_FIELDS = ("sets", "reps", "hold_seconds", "duration_seconds", "rest_seconds")
"""The dosage fields whose chosen value the plan uses as it is (the rest stay as written)."""


def _as_planned(exercise: Exercise, dosage: Dosage, prefs: PlanPreferences) -> Dosage:
    """Return ``dosage`` with each range the plan resolves replaced by the value it uses."""
    changes: dict[str, Any] = {
        name: Amount.exactly(chosen_amount(amount, exercise.id, name, prefs))
        for name in _PLANNED_FIELDS
        if (amount := getattr(dosage, name)) is not None and amount.is_range
    }
    return replace(dosage, **changes)


@dataclass
class _Builder:
    prefs: PlanPreferences
    steps: list[Step] = field(default_factory=list)
    phase: str = ""
    phase_index: int = 0
    exercise_index: int = -1

    def add(self, kind: StepKind, seconds: int | None, title: str, **details: object) -> None:
        self.steps.append(
            Step(
                kind=kind,
                seconds=seconds,
                phase=self.phase,
                phase_index=self.phase_index,
                title=title,
                **details,  # type: ignore[arg-type]
            )
        )


def _cue_for(exercise: Exercise, index: int) -> str | None:
    if exercise.cues:
        return exercise.cues[index % len(exercise.cues)]
    return None


def _work_steps(
    builder: _Builder, exercise: Exercise, dosage: Dosage, side: Side | None, set_number: int
) -> None:
    prefs, sets = builder.prefs, chosen_amount(dosage.sets, exercise.id, "sets", builder.prefs) or 1
    common: dict[str, object] = {
        "exercise": exercise,
        "exercise_index": builder.exercise_index,
        "set": set_number,
        "sets": sets,
    }
    reps = chosen_amount(dosage.reps, exercise.id, "reps", prefs)
    hold = chosen_amount(dosage.hold_seconds, exercise.id, "hold_seconds", prefs)
    duration = chosen_amount(dosage.duration_seconds, exercise.id, "duration_seconds", prefs)
    if reps:
        alternating = exercise.sides.alternating
        order: list[tuple[int, Side | None]] = []
        for rep in range(1, reps + 1):
            if alternating:
                order += [(rep, prefs.first_side), (rep, prefs.first_side.other)]
            else:
                order.append((rep, side))
        tempo = dosage.tempo
        parts = (
            [
                (TempoPart.LIFT, tempo.lift_seconds, "Up"),
                (TempoPart.HOLD, tempo.hold_seconds, "Hold"),
                (TempoPart.LOWER, tempo.lower_seconds, "Down"),
            ]
            if tempo
            else []
        )
        parts = [(part, seconds, title) for part, seconds, title in parts if seconds]
        if not parts:
            builder.add(
                StepKind.WORK,
                None,
                f"{reps} reps",
                side=side,
                rep=None,
                reps=reps,
                cue=_cue_for(exercise, set_number - 1),
                **common,
            )
            return
        for count, (rep, rep_side) in enumerate(order):
            for part, seconds, title in parts:
                builder.add(
                    StepKind.WORK,
                    seconds,
                    title,
                    side=rep_side,
                    rep=rep,
                    reps=reps,
                    part=part,
                    cue=_cue_for(exercise, count),
                    **common,
                )
        return
    seconds = hold or duration
    if not seconds:
        raise PlanError(
            PlanText.tr("exercise '{id}' has no reps, hold or duration", id=exercise.id)
        )
    builder.add(
        StepKind.WORK,
        seconds,
        "Hold" if hold else "Work",
        side=side,
        cue=_cue_for(exercise, set_number - 1),
        **common,
    )


def _exercise_steps(builder: _Builder, exercise: Exercise, dosage: Dosage) -> None:
    prefs = builder.prefs
    builder.exercise_index += 1
    sets = chosen_amount(dosage.sets, exercise.id, "sets", prefs) or 1
    rest = (
        chosen_amount(dosage.rest_seconds, exercise.id, "rest_seconds", prefs) or prefs.rest_seconds
    )
    per_side = exercise.sides.per_side and not exercise.sides.alternating
    switch = exercise.sides.switch_seconds or prefs.switch_seconds
    lines = dosage_lines(_as_planned(exercise, dosage, prefs), per_side=exercise.per_side)
    if prefs.get_ready_seconds:
        builder.add(
            StepKind.GET_READY,
            prefs.get_ready_seconds,
            exercise.name,
            exercise=exercise,
            exercise_index=builder.exercise_index,
            side=prefs.first_side if exercise.per_side else None,
            sets=sets,
            cue=lines[0] if lines else None,
        )
    for set_number in range(1, sets + 1):
        if set_number > 1:
            builder.add(
                StepKind.REST,
                rest,
                "Rest",
                exercise=exercise,
                exercise_index=builder.exercise_index,
                set=set_number,
                sets=sets,
                side=prefs.first_side if per_side else None,
            )
        if per_side:
            _work_steps(builder, exercise, dosage, prefs.first_side, set_number)
            other = prefs.first_side.other
            builder.add(
                StepKind.SWITCH_SIDE,
                switch,
                f"Switch to the {other.value} side",
                exercise=exercise,
                exercise_index=builder.exercise_index,
                side=other,
                set=set_number,
                sets=sets,
            )
            _work_steps(builder, exercise, dosage, other, set_number)
        else:
            _work_steps(builder, exercise, dosage, None, set_number)


def compile_plan(routine: Routine, library: Library, prefs: PlanPreferences | None = None) -> Plan:
    """Return the plan for ``routine`` with the user's ``prefs`` applied.

    Raises ``PlanError`` when the routine names an exercise the library
    lacks or a choice that is not one of the block's options.
    """
    prefs = prefs or PlanPreferences()
    builder = _Builder(prefs)
    phases: list[PhasePlan] = []
    for phase_index, phase in enumerate(routine.phases):
        builder.phase, builder.phase_index = phase.name, phase_index
        first = len(builder.steps)
        if prefs.phase_intro_seconds:
            builder.add(
                StepKind.PHASE_INTRO, prefs.phase_intro_seconds, phase.name, cue=phase.intro
            )
        for block in phase.blocks:
            chosen = prefs.choices.get(block.default_choice, block.default_choice)
            if chosen not in block.choices:
                raise PlanError(
                    PlanText.tr(
                        "'{chosen}' is not one of {choices}",
                        chosen=chosen,
                        choices=", ".join(block.choices),
                    )
                )
            try:
                exercise = library.exercise(chosen)
            except KeyError:
                raise PlanError(
                    PlanText.tr("the library has no exercise '{id}'", id=chosen)
                ) from None
            _exercise_steps(builder, exercise, exercise.dosage.overridden_by(block.dosage))
        phase_steps = builder.steps[first:]
        phases.append(
            PhasePlan(
                name=phase.name,
                budget_seconds=phase.budget_seconds,
                planned_seconds=sum(step.seconds or 0 for step in phase_steps),
                paced_steps=sum(1 for step in phase_steps if step.seconds is None),
            )
        )
    builder.phase = routine.phases[-1].name if routine.phases else ""
    builder.add(StepKind.DONE, 0, "Well done")
    return Plan(routine.id, routine.name, tuple(builder.steps), tuple(phases))
