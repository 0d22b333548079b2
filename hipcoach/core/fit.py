"""Fitting a routine into the time the user has.

``fit_plan(routine, library, prefs, minutes)`` compiles a shortened copy of
the routine whose timed steps take at most ``minutes``, and says what it
left out and where the result is short. What is given up, in order:

1. **Sets**, down to the lower end of the block's ``sets`` range (a routine
   that writes ``sets = [2, 3]`` with a default of 3 may lose one set).
2. **Whole exercises**, by the block's ``priority`` (1 is kept longest; see
   ``Block``).

What is never given up:

- a hold or a bout of release work is never shortened: each runs for the
  routine's own amount, and a routine amount below the exercise's own
  minimum (the lower end of its dosage, which is the guide's) is reported,
  not hidden;
- the phases keep their order, and each keeps at least its best-ranked
  exercise: release comes before stretching, and strengthening is what keeps
  the gains;
- both sides get the same work, since every set and every exercise is kept,
  or dropped, for both.

How the choice is made: the best-ranked exercise of every phase goes in
with its fewest sets; if even that does not fit, ``FitError`` says so and
how long that shortest version takes. Then the other exercises, best-ranked
first, each with its fewest sets, as long as the plan still fits; then the
sets come back, best-ranked exercise first, while it fits. Steps the user
finishes at their own pace count as no time, as in ``Plan.total_seconds``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from hipcoach.core.describe import format_seconds
from hipcoach.core.exercises import Amount, Category, Dosage, Exercise
from hipcoach.core.library import Library
from hipcoach.core.messages import Message, MessageContext, MessageError, joined
from hipcoach.core.plan import Plan, PlanPreferences, chosen_amount, compile_plan
from hipcoach.core.routines import Block, Routine

HELD_CATEGORIES = frozenset({Category.RELEASE, Category.STRETCH})
"""The kinds of work whose hold or bout must last at least the exercise's own minimum."""


class FitText(MessageContext):
    """What a fitted routine leaves out, and where it is shorter than asked."""


class LeftOut(StrEnum):
    """What a fitted plan gave up of one exercise."""

    EXERCISE = "exercise"  # the whole exercise
    SETS = "sets"  # some of its sets


@dataclass(frozen=True)
class Omission:
    """Something of the routine that the fitted plan leaves out, and why.

    ``sets_kept`` is 0 when the whole exercise is left out.
    """

    kind: LeftOut
    phase: str
    exercise: Exercise
    sets_planned: int
    sets_kept: int

    @property
    def message(self) -> Message:
        """Return what was left out, in plain words."""
        if self.kind is LeftOut.EXERCISE:
            return FitText.tr(
                "{exercise} ({phase}) is left out to fit the time.",
                exercise=self.exercise.name,
                phase=self.phase,
            )
        return FitText.tr(
            "{exercise}: %n sets instead of {planned}, to fit the time.",
            "",
            self.sets_kept,
            exercise=self.exercise.name,
            planned=self.sets_planned,
        ).one("{exercise}: %n set instead of {planned}, to fit the time.")

    def as_json(self) -> dict[str, object]:
        """Return the JSON shape used by ``hipcoach plan --fit --json``."""
        return {
            "left_out": self.kind.value,
            "exercise": self.exercise.id,
            "phase": self.phase,
            "sets_planned": self.sets_planned,
            "sets_kept": self.sets_kept,
            "reason": self.message.english(),
        }


class ShortKind(StrEnum):
    """What a note about a short part of a plan is about."""

    PHASE = "phase"  # a phase the fit made shorter than the routine's time for it
    HOLD = "hold"  # a hold or release bout below the exercise's own minimum


@dataclass(frozen=True)
class ShortNote:
    """A part of the plan that is shorter than asked for.

    For ``PHASE``, ``seconds`` is the phase's planned time and ``wanted``
    the time the routine sets aside for it. For ``HOLD``, ``seconds`` is
    one hold or bout (per side for a sided exercise) and ``wanted`` the
    exercise's own minimum.
    """

    kind: ShortKind
    phase: str
    seconds: int
    wanted: int
    exercise: Exercise | None = None

    @property
    def message(self) -> Message:
        """Return the note in plain words."""
        seconds, wanted = format_seconds(self.seconds), format_seconds(self.wanted)
        if self.exercise is None:
            return FitText.tr(
                "The {phase} phase gets {seconds}, less than the {wanted} the routine sets"
                " aside for it.",
                phase=self.phase,
                seconds=seconds,
                wanted=wanted,
            )
        if self.exercise.per_side:
            return FitText.tr(
                "{exercise} lasts {seconds} per side in this routine, less than the"
                " exercise's own minimum of {wanted}.",
                exercise=self.exercise.name,
                seconds=seconds,
                wanted=wanted,
            )
        return FitText.tr(
            "{exercise} lasts {seconds} in this routine, less than the exercise's own"
            " minimum of {wanted}.",
            exercise=self.exercise.name,
            seconds=seconds,
            wanted=wanted,
        )

    def as_json(self) -> dict[str, object]:
        """Return the JSON shape used by ``hipcoach plan --fit --json``."""
        return {
            "kind": self.kind.value,
            "phase": self.phase,
            "exercise": self.exercise.id if self.exercise else None,
            "seconds": self.seconds,
            "wanted_seconds": self.wanted,
            "text": self.message.english(),
        }


@dataclass(frozen=True)
class FittedPlan:
    """A plan for the time the user has, with what it left out and where it is short.

    ``minutes`` is the time asked for (``None``: the whole routine); the
    plan's ``total_seconds`` is at most ``minutes`` × 60.
    """

    plan: Plan
    minutes: int | None
    omissions: tuple[Omission, ...] = ()
    notes: tuple[ShortNote, ...] = ()

    @property
    def shortened(self) -> bool:
        """Return whether the plan leaves out part of the routine."""
        return bool(self.omissions)

    def as_json(self) -> dict[str, object]:
        """Return ``hipcoach plan --json``'s shape plus the fit, the omissions and the notes."""
        data = self.plan.as_json()
        data["fit_minutes"] = self.minutes
        data["omissions"] = [omission.as_json() for omission in self.omissions]
        data["notes"] = [note.as_json() for note in self.notes]
        return data


def omission_lines(omissions: tuple[Omission, ...]) -> tuple[Message, ...]:
    """Return the omissions in at most two sentences: exercises left out, then fewer sets."""
    lines: list[Message] = []
    dropped = [
        FitText.tr("{exercise} ({phase})", exercise=o.exercise.name, phase=o.phase)
        for o in omissions
        if o.kind is LeftOut.EXERCISE
    ]
    if dropped:
        lines.append(FitText.tr("Left out to fit the time: {list}.", list=joined(dropped)))
    fewer = [
        FitText.tr(
            "{exercise} ({kept} of {planned})",
            exercise=o.exercise.name,
            kept=o.sets_kept,
            planned=o.sets_planned,
        )
        for o in omissions
        if o.kind is LeftOut.SETS
    ]
    if fewer:
        lines.append(FitText.tr("Fewer sets to fit the time: {list}.", list=joined(fewer)))
    return tuple(lines)


def note_lines(notes: tuple[ShortNote, ...]) -> tuple[Message, ...]:
    """Return the notes in few sentences: the short phases together, then each short hold."""
    lines: list[Message] = []
    phases = [
        FitText.tr(
            "{phase} {seconds} of {wanted}",
            phase=note.phase,
            seconds=format_seconds(note.seconds),
            wanted=format_seconds(note.wanted),
        )
        for note in notes
        if note.kind is ShortKind.PHASE
    ]
    if phases:
        lines.append(
            FitText.tr("Shorter than the routine sets aside: {list}.", list=joined(phases))
        )
    lines += [note.message for note in notes if note.kind is ShortKind.HOLD]
    return tuple(lines)


class FitError(MessageError):
    """Even the shortest fair version of the routine does not fit the time.

    ``shortest_seconds`` is how long that version (the best-ranked exercise
    of each phase with its fewest sets) takes.
    """

    def __init__(self, message: Message, *, minutes: int, shortest_seconds: int) -> None:
        super().__init__(message)
        self.minutes = minutes
        self.shortest_seconds = shortest_seconds


@dataclass(frozen=True)
class _Unit:
    """One block of the routine as the fitter weighs it."""

    order: int
    phase_index: int
    block: Block
    exercise: Exercise
    dosage: Dosage
    fewest_sets: int
    planned_sets: int

    @property
    def rank(self) -> tuple[bool, int, int]:
        """Return the sort key: ranked blocks first, by priority, then in routine order."""
        return (self.block.priority is None, self.block.priority or 0, self.order)


def _units(routine: Routine, library: Library, prefs: PlanPreferences) -> list[_Unit]:
    """Return every block of ``routine`` (already known to compile) with its sets."""
    units: list[_Unit] = []
    for phase_index, phase in enumerate(routine.phases):
        for block in phase.blocks:
            exercise = library.exercise(
                prefs.choices.get(block.default_choice, block.default_choice)
            )
            dosage = exercise.dosage.overridden_by(block.dosage)
            planned = chosen_amount(dosage.sets, exercise.id, "sets", prefs) or 1
            fewest = min(dosage.sets.low, planned) if dosage.sets else planned
            units.append(_Unit(len(units), phase_index, block, exercise, dosage, fewest, planned))
    return units


def _shortened(routine: Routine, units: list[_Unit], sets: Mapping[int, int]) -> Routine:
    """Return ``routine`` holding only the blocks in ``sets``, each with that many sets."""
    phases = []
    for phase_index, phase in enumerate(routine.phases):
        blocks = []
        for unit in units:
            if unit.phase_index != phase_index or unit.order not in sets:
                continue
            count = sets[unit.order]
            if count == unit.planned_sets:
                blocks.append(unit.block)
            else:
                dosage = replace(unit.block.dosage, sets=Amount.exactly(count))
                blocks.append(replace(unit.block, dosage=dosage))
        phases.append(replace(phase, blocks=tuple(blocks)))
    return replace(routine, phases=tuple(phases))


def _hold_notes(
    units: list[_Unit], kept: Mapping[int, int], prefs: PlanPreferences, routine: Routine
) -> list[ShortNote]:
    """Return a note for each kept hold or release bout below its exercise's own minimum."""
    notes: list[ShortNote] = []
    for unit in units:
        if unit.order not in kept or unit.exercise.category not in HELD_CATEGORIES:
            continue
        name = "hold_seconds" if unit.dosage.hold_seconds is not None else "duration_seconds"
        own: Amount | None = getattr(unit.exercise.dosage, name)
        seconds = chosen_amount(getattr(unit.dosage, name), unit.exercise.id, name, prefs)
        if own is not None and 0 < seconds < own.low:
            phase = routine.phases[unit.phase_index].name
            notes.append(ShortNote(ShortKind.HOLD, phase, seconds, own.low, unit.exercise))
    return notes


def _phase_notes(full: Plan, fitted: Plan) -> list[ShortNote]:
    """Return a note for each phase the fit made shorter than the routine's time for it."""
    notes: list[ShortNote] = []
    for before, after in zip(full.phases, fitted.phases, strict=True):
        budget = after.budget_seconds
        if budget is not None and after.planned_seconds < min(budget, before.planned_seconds):
            notes.append(ShortNote(ShortKind.PHASE, after.name, after.planned_seconds, budget))
    return notes


def fit_plan(
    routine: Routine,
    library: Library,
    prefs: PlanPreferences | None = None,
    minutes: int | None = None,
) -> FittedPlan:
    """Return the plan of ``routine`` fitted into ``minutes`` (``None``: the whole routine).

    Raises ``PlanError`` as ``compile_plan`` does, ``FitError`` when even the
    shortest fair version takes longer than ``minutes``, and ``ValueError``
    for fewer than one minute.
    """
    if minutes is not None and minutes < 1:
        raise ValueError(f"minutes must be at least 1, not {minutes}")
    prefs = prefs or PlanPreferences()
    full = compile_plan(routine, library, prefs)
    units = _units(routine, library, prefs)
    everything = {unit.order: unit.planned_sets for unit in units}
    if minutes is None or full.total_seconds <= minutes * 60:
        notes = _hold_notes(units, everything, prefs, routine)
        return FittedPlan(full, minutes, (), tuple(notes))

    budget = minutes * 60

    def fits(sets: Mapping[int, int]) -> bool:
        return (
            compile_plan(_shortened(routine, units, sets), library, prefs).total_seconds <= budget
        )

    ranked = sorted(units, key=lambda unit: unit.rank)
    best_of_phase: dict[int, _Unit] = {}
    for unit in ranked:
        best_of_phase.setdefault(unit.phase_index, unit)
    kept = {unit.order: unit.fewest_sets for unit in best_of_phase.values()}
    if not fits(kept):
        shortest = compile_plan(_shortened(routine, units, kept), library, prefs).total_seconds
        raise FitError(
            FitText.tr(
                "{minutes} min is too short for this routine done properly: even its shortest"
                " version (one exercise from each phase, the fewest sets, no hold shortened)"
                " takes {shortest}.",
                minutes=minutes,
                shortest=format_seconds(shortest),
            ),
            minutes=minutes,
            shortest_seconds=shortest,
        )
    for unit in ranked:
        if unit.order not in kept and fits({**kept, unit.order: unit.fewest_sets}):
            kept[unit.order] = unit.fewest_sets
    for unit in ranked:
        while unit.order in kept and kept[unit.order] < unit.planned_sets:
            more = {**kept, unit.order: kept[unit.order] + 1}
            if not fits(more):
                break
            kept = more

    plan = compile_plan(_shortened(routine, units, kept), library, prefs)
    omissions = []
    for unit in units:
        phase = routine.phases[unit.phase_index].name
        if unit.order not in kept:
            omissions.append(Omission(LeftOut.EXERCISE, phase, unit.exercise, unit.planned_sets, 0))
        elif kept[unit.order] < unit.planned_sets:
            omissions.append(
                Omission(LeftOut.SETS, phase, unit.exercise, unit.planned_sets, kept[unit.order])
            )
    notes = [*_phase_notes(full, plan), *_hold_notes(units, kept, prefs, routine)]
    return FittedPlan(plan, minutes, tuple(omissions), tuple(notes))
