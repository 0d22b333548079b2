"""What a period of the history adds up to: each exercise's outcomes and the movement breaks.

Both summaries count from the rows the history stores, so they show what
was recorded, not what was planned:

- **Exercises** are counted in the units the session player counts: reps
  for exercises done in repetitions, sets (holds, rounds) for the others,
  each side separately. A unit is done only when every recorded part of it
  was; a part stopped for pain makes it *stopped for pain*, a skipped part
  makes it *skipped*; anything else (the session ended on it, or an
  outcome this version does not know) counts as *stopped*. When a step was
  recorded more than once (the user went back to it), its last row counts.
- **Breaks** are counted per suggested move and in total: each card shown,
  and how it was answered (done, snoozed, skipped, or not answered). A
  break of several parts (the guide's set) counts under ``SET_MOVE``, not
  under its first move; its parts are counted per move as well
  (``part_summary``): done, skipped, snoozed or not reached.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import assert_never

from hipcoach.core.history import BreakAction, BreakRecord, StepRecord
from hipcoach.core.history_records import BreakPartRecord, PartOutcome
from hipcoach.core.session import Outcome

#: The ``BreakTally.move`` of breaks that offered several parts (the guide's set).
SET_MOVE = "set"
#: Units an exercise is counted in.
UNITS = ("reps", "sets")


@dataclass(frozen=True)
class ExerciseOutcome:
    """How the recorded units (``unit``: reps or sets) of one exercise ended over a period."""

    exercise_id: str
    unit: str
    done: int
    skipped: int
    stopped: int
    pain: int

    @property
    def recorded(self) -> int:
        """Return how many units were recorded, however they ended."""
        return self.done + self.skipped + self.stopped + self.pain


def _unit_outcome(outcomes: list[str]) -> str:
    if Outcome.PAIN.value in outcomes:
        return Outcome.PAIN.value
    if Outcome.SKIPPED.value in outcomes:
        return Outcome.SKIPPED.value
    if all(outcome == Outcome.COMPLETED.value for outcome in outcomes):
        return Outcome.COMPLETED.value
    return Outcome.STOPPED.value


def exercise_outcomes(steps: Iterable[StepRecord]) -> tuple[ExerciseOutcome, ...]:
    """Return each exercise's outcomes from ``steps`` (in the order they were recorded).

    Exercises come in the order they first appear; see the module
    description for how units are counted.
    """
    latest: dict[tuple[int, int], StepRecord] = {}
    for step in steps:
        latest[(step.session_id, step.step_index)] = step
    units: dict[str, dict[tuple[object, ...], list[str]]] = {}
    by_reps: dict[str, bool] = {}
    for step in latest.values():
        key = (step.session_id, step.side, step.set, step.rep)
        units.setdefault(step.exercise_id, {}).setdefault(key, []).append(step.outcome)
        by_reps[step.exercise_id] = by_reps.get(step.exercise_id, False) or step.rep is not None
    results = []
    for exercise_id, parts in units.items():
        ended = [_unit_outcome(outcomes) for outcomes in parts.values()]
        results.append(
            ExerciseOutcome(
                exercise_id=exercise_id,
                unit="reps" if by_reps[exercise_id] else "sets",
                done=ended.count(Outcome.COMPLETED.value),
                skipped=ended.count(Outcome.SKIPPED.value),
                stopped=ended.count(Outcome.STOPPED.value),
                pain=ended.count(Outcome.PAIN.value),
            )
        )
    return tuple(results)


@dataclass(frozen=True)
class BreakTally:
    """Movement breaks shown and how they were answered; ``move`` is None for all moves."""

    move: str | None
    shown: int = 0
    done: int = 0
    snoozed: int = 0
    skipped: int = 0

    @property
    def unanswered(self) -> int:
        """Return how many cards were closed or left without an answer."""
        return self.shown - self.done - self.snoozed - self.skipped


@dataclass(frozen=True)
class BreakSummary:
    """The breaks of a period: one tally per suggested move (first shown first) and the total."""

    by_move: tuple[BreakTally, ...]
    total: BreakTally


def _counted(tally: BreakTally, action: BreakAction) -> BreakTally:
    shown = replace(tally, shown=tally.shown + 1)
    match action:
        case BreakAction.DONE:
            return replace(shown, done=shown.done + 1)
        case BreakAction.SNOOZED:
            return replace(shown, snoozed=shown.snoozed + 1)
        case BreakAction.SKIPPED:
            return replace(shown, skipped=shown.skipped + 1)
        case BreakAction.SHOWN:
            return shown  # not answered
        case _:
            assert_never(action)


def break_summary(
    breaks: Iterable[BreakRecord],
    parts: Mapping[int, Sequence[BreakPartRecord]] | None = None,
) -> BreakSummary:
    """Return the tallies of ``breaks``: every card shown, and what the user answered.

    ``parts`` (by break id, as ``HistoryStore.break_parts`` gives them) tells
    which breaks offered several parts: those count under ``SET_MOVE``.
    """
    parts = parts or {}
    moves: dict[str, BreakTally] = {}
    total = BreakTally(None)
    for record in breaks:
        several = record.id is not None and len(parts.get(record.id, ())) > 1
        move = SET_MOVE if several else record.move
        tally = moves.get(move, BreakTally(move))
        moves[move] = _counted(tally, record.action)
        total = _counted(total, record.action)
    return BreakSummary(tuple(moves.values()), total)


@dataclass(frozen=True)
class PartTally:
    """How often one move, as a part of breaks, was done, skipped, snoozed or not reached."""

    move: str
    done: int = 0
    skipped: int = 0
    snoozed: int = 0
    not_reached: int = 0


def part_summary(parts: Mapping[int, Sequence[BreakPartRecord]]) -> tuple[PartTally, ...]:
    """Return one tally per move that was a part of a break, in the order first met."""
    fields = {
        PartOutcome.DONE: "done",
        PartOutcome.SKIPPED: "skipped",
        PartOutcome.SNOOZED: "snoozed",
        PartOutcome.NOT_REACHED: "not_reached",
    }
    tallies: dict[str, PartTally] = {}
    for break_parts in parts.values():
        for part in break_parts:
            tally = tallies.get(part.exercise_id, PartTally(part.exercise_id))
            field = fields[PartOutcome(part.outcome)]
            tallies[part.exercise_id] = replace(tally, **{field: getattr(tally, field) + 1})
    return tuple(tallies.values())


__all__ = [
    "SET_MOVE",
    "UNITS",
    "BreakSummary",
    "BreakTally",
    "ExerciseOutcome",
    "PartTally",
    "break_summary",
    "exercise_outcomes",
    "part_summary",
]
