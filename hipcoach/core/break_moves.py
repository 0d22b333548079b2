"""What a movement break offers: its parts, each a short plan the runner can play.

By default a break is the guide's set (``BreakStyle.GUIDE``): the parts of
the bundled routine whose purpose is breaks (``desk-breaks``: the standing
hip-flexor stretch, 20 s on each side with the switch; 10 standing glute
squeezes, counted; then the walk), in that order, every break. The parts
that are on are the user's break moves (``BreakSettings.moves``); a move
that is on but not in the routine comes after its parts. The walk lasts the
chosen walk length. ``BreakStyle.ROTATION`` offers the one move the
scheduler chose for this break (``BreakDue.move``) instead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import assert_never

from hipcoach.core.exercises import Amount, Dosage, Exercise, Sides
from hipcoach.core.history_records import BreakPartRecord, PartOutcome
from hipcoach.core.library import Library
from hipcoach.core.plan import Plan, PlanPreferences, compile_plan
from hipcoach.core.reminders import WALK_MOVE, BreakDue
from hipcoach.core.routines import Block, Phase, Purpose, Routine
from hipcoach.core.settings.values import BreakSettings, BreakStyle

#: Seconds to stand up and get set before a break move starts.
BREAK_GET_READY_SECONDS = 3
#: The bundled routine that holds the guide's break set.
GUIDE_SET = "desk-breaks"


@dataclass(frozen=True)
class BreakPart:
    """One part of a break: its exercise (as the break doses it) and the plan that guides it."""

    exercise: Exercise
    plan: Plan

    @property
    def id(self) -> str:
        """The exercise id of the part."""
        return self.exercise.id

    @property
    def is_walk(self) -> bool:
        """Whether the part is the walk (timed by the walk length, skippable as "no time")."""
        dosage = self.exercise.dosage
        return self.exercise.id == WALK_MOVE or (
            dosage.duration_seconds is not None
            and dosage.reps is None
            and dosage.hold_seconds is None
        )


def break_exercise(exercise: Exercise, settings: BreakSettings) -> Exercise:
    """Return ``exercise`` adjusted to the user's break settings.

    A walk lasts the chosen walk length; a per-side stretch is done on one
    side only when the user turned per-side breaks off.
    """
    dosage = exercise.dosage
    if dosage.duration_seconds is not None and dosage.reps is None and dosage.hold_seconds is None:
        dosage = replace(dosage, duration_seconds=Amount.exactly(settings.walk_minutes * 60))
    sides = exercise.sides
    if sides.per_side and not sides.alternating and not settings.stretch_per_side:
        sides = Sides()
    return replace(exercise, dosage=dosage, sides=sides)


def break_plan(exercise: Exercise, settings: BreakSettings) -> Plan:
    """Return the plan of one break move: a short get-ready, then the move."""
    adjusted = break_exercise(exercise, settings)
    routine = Routine(
        id=f"break:{exercise.id}",
        name=exercise.name,
        summary=exercise.summary,
        phases=(Phase(name="Break", blocks=(Block(choices=(exercise.id,)),)),),
    )
    library = Library(exercises=(adjusted,), routines=(routine,), packs=(), reference=None)
    prefs = PlanPreferences(
        get_ready_seconds=BREAK_GET_READY_SECONDS, phase_intro_seconds=0, switch_seconds=3
    )
    return compile_plan(routine, library, prefs)


def break_part(
    exercise: Exercise, settings: BreakSettings, dosage: Dosage | None = None
) -> BreakPart:
    """Return ``exercise`` as a break part, its dosage changed by ``dosage`` (a routine's)."""
    if dosage is not None:
        exercise = replace(exercise, dosage=exercise.dosage.overridden_by(dosage))
    return BreakPart(break_exercise(exercise, settings), break_plan(exercise, settings))


def pick_move(library: Library, wanted: str, settings: BreakSettings) -> Exercise | None:
    """Return the exercise for move id ``wanted``, else the first usable chosen move."""
    for exercise_id in (wanted, *settings.moves):
        try:
            return library.exercise(exercise_id)
        except KeyError:
            continue
    return None


def guide_blocks(library: Library) -> tuple[Block, ...]:
    """Return the blocks of the guide's break set, in order (none without the routine)."""
    for routine in library.routines:
        if routine.id == GUIDE_SET and routine.purpose is Purpose.BREAKS:
            return tuple(block for phase in routine.phases for block in phase.blocks)
    return ()


def guide_set(library: Library, settings: BreakSettings) -> tuple[BreakPart, ...]:
    """Return every break move that is on, in the guide's order, dosed as the guide says.

    The set routine's blocks come first, in order, each with the routine's
    dosage (if its move is on); moves that are on and not in the routine
    follow in the order of the settings. Moves missing from the library are
    left out.
    """
    parts: list[BreakPart] = []
    placed: set[str] = set()
    for block in guide_blocks(library):
        move = block.default_choice
        if move in settings.moves and move not in placed:
            exercise = _exercise(library, move)
            if exercise is not None:
                parts.append(break_part(exercise, settings, block.dosage))
                placed.add(move)
    for move in settings.moves:
        exercise = None if move in placed else _exercise(library, move)
        if exercise is not None:
            parts.append(break_part(exercise, settings))
            placed.add(move)
    return tuple(parts)


def break_parts(library: Library, due: BreakDue, settings: BreakSettings) -> tuple[BreakPart, ...]:
    """Return the parts of break ``due`` in the user's break style (none if no move is usable)."""
    match settings.style:
        case BreakStyle.GUIDE:
            parts = guide_set(library, settings)
            if parts:
                return parts
        case BreakStyle.ROTATION:
            pass
        case _:
            assert_never(settings.style)
    exercise = pick_move(library, due.move, settings)
    if exercise is None:
        return ()
    dosage = {block.default_choice: block.dosage for block in guide_blocks(library)}
    return (break_part(exercise, settings, dosage.get(exercise.id)),)


def _exercise(library: Library, move: str) -> Exercise | None:
    try:
        return library.exercise(move)
    except KeyError:
        return None


class PartState(StrEnum):
    """How a part of a break stands on the card."""

    DONE = "done"
    SKIPPED = "skipped"
    NOW = "now"
    NEXT = "next"


class BreakProgress:
    """Which parts of a break are done, skipped or still to come, in order.

    The first part not settled is the current one (``current``); ``done``
    and ``skip`` settle it and move on. ``records`` gives what became of
    every part once the break ends, the parts not settled by then getting
    the outcome the break's answer gives them.
    """

    def __init__(self, parts: tuple[BreakPart, ...]) -> None:
        if not parts:
            raise ValueError("a break needs at least one part")
        self.parts = parts
        self._outcomes: list[PartOutcome | None] = [None] * len(parts)
        self._seconds = [0.0] * len(parts)
        self._reasons: list[str | None] = [None] * len(parts)

    @property
    def current(self) -> int | None:
        """The index of the part to do now; ``None`` once every part is settled."""
        for index, outcome in enumerate(self._outcomes):
            if outcome is None:
                return index
        return None

    @property
    def current_part(self) -> BreakPart | None:
        """The part to do now, if any."""
        index = self.current
        return None if index is None else self.parts[index]

    @property
    def finished(self) -> bool:
        """Whether every part is settled."""
        return self.current is None

    @property
    def any_done(self) -> bool:
        """Whether at least one part was done."""
        return PartOutcome.DONE in self._outcomes

    def state(self, index: int) -> PartState:
        """Return how part ``index`` stands."""
        match self._outcomes[index]:
            case PartOutcome.DONE:
                return PartState.DONE
            case PartOutcome.SKIPPED | PartOutcome.SNOOZED | PartOutcome.NOT_REACHED:
                return PartState.SKIPPED
            case None:
                return PartState.NOW if index == self.current else PartState.NEXT
            case other:
                assert_never(other)

    def done(self, seconds: float) -> None:
        """The current part was done; its countdown ran ``seconds`` of work."""
        self._settle(PartOutcome.DONE, seconds, None)

    def skip(self, seconds: float = 0.0, reason: str | None = None) -> None:
        """The current part was skipped (after ``seconds`` of work), for ``reason`` if given."""
        self._settle(PartOutcome.SKIPPED, seconds, reason)

    def records(
        self,
        current: PartOutcome,
        rest: PartOutcome,
        *,
        seconds: float = 0.0,
        reason: str | None = None,
    ) -> tuple[BreakPartRecord, ...]:
        """Return every part's record as the break ends.

        The current part (if any) gets ``current``, with ``seconds`` of work
        done, and the parts after it ``rest``; both get ``reason`` when they
        are skipped.
        """
        now = self.current
        records = []
        for index, part in enumerate(self.parts):
            outcome = self._outcomes[index]
            done, why = self._seconds[index], self._reasons[index]
            if outcome is None:
                outcome = current if index == now else rest
                done = seconds if index == now else 0.0
                why = reason if outcome is PartOutcome.SKIPPED else None
            records.append(BreakPartRecord(index, part.id, outcome, done, why))
        return tuple(records)

    def _settle(self, outcome: PartOutcome, seconds: float, reason: str | None) -> None:
        index = self.current
        if index is None:
            raise ValueError("every part of the break is settled")
        self._outcomes[index] = outcome
        self._seconds[index] = max(0.0, seconds)
        self._reasons[index] = reason
