"""The history rows of one session: one per unit of work, each time it ends.

A unit of work is a set, or one repetition on one side (see
``hipcoach.core.session.unit_steps``). ``WorkLog`` turns the runner's events
into ``StepRecord`` rows as they happen, so a session cut short by a crash
keeps what was done:

- a set ends with its step; a paced repetition (lift, hold, lower) ends with
  its last part, or when the session moves to a step outside it, and is one
  row with the time of all its parts. A part started again within the same
  repetition replaces its earlier run.
- a unit the user goes back to gets a row again each time it ends.
- when the session ends, every planned unit still without a row gets one
  with what happened to it: ``skipped`` (passed over with "next exercise"),
  ``stopped-for-pain`` (the rest of an exercise stopped for sharp pain) or
  ``not-reached`` (the session was stopped before it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from hipcoach.core.adherence import planned_step_seconds
from hipcoach.core.history import StepRecord
from hipcoach.core.plan import Plan
from hipcoach.core.session import (
    Event,
    Outcome,
    SessionEnded,
    StepEnded,
    StepStarted,
    WorkUnit,
    unit_steps,
)

#: When parts of one repetition ended differently, the row names the first of these found.
_WORST_FIRST = (Outcome.PAIN, Outcome.STOPPED, Outcome.SKIPPED)


@dataclass
class _OpenRep:
    """A paced repetition some of whose parts have ended: the latest ending of each."""

    first_index: int
    parts: dict[int, tuple[Outcome, float]] = field(default_factory=dict)


class WorkLog:
    """Turns one session's runner events into its history rows (see the module docstring)."""

    def __init__(self, plan: Plan, session_id: int) -> None:
        self._plan = plan
        self._session_id = session_id
        self._units = unit_steps(plan)
        self._unit_of = {index: first for first, steps in self._units.items() for index in steps}
        self._written: set[int] = set()
        self._open: _OpenRep | None = None

    def rows(self, event: Event, ended_at: datetime) -> list[StepRecord]:
        """Return the rows that ``event`` completes, stamped ``ended_at``, in order."""
        if isinstance(event, StepEnded) and event.index in self._unit_of:
            return self._ended(event, ended_at)
        if isinstance(event, StepStarted):
            return self._started(event.index, ended_at)
        if isinstance(event, SessionEnded):
            return self._close(ended_at) + [
                self._left_behind(unit, ended_at)
                for unit in event.summary.units
                if unit.first_index not in self._written
            ]
        return []

    def _ended(self, event: StepEnded, ended_at: datetime) -> list[StepRecord]:
        first = self._unit_of[event.index]
        steps = self._units[first]
        if len(steps) == 1:
            return [self._row(first, event.outcome, event.active_seconds, ended_at)]
        rows = []
        if self._open is not None and self._open.first_index != first:
            rows += self._close(ended_at)
        if self._open is None:
            self._open = _OpenRep(first)
        self._open.parts[event.index] = (event.outcome, event.active_seconds)
        if event.index == steps[-1]:
            rows += self._close(ended_at)
        return rows

    def _started(self, index: int, ended_at: datetime) -> list[StepRecord]:
        """A step began: a repetition left for a step outside it has ended."""
        if self._open is not None and self._unit_of.get(index) != self._open.first_index:
            return self._close(ended_at)
        return []

    def _close(self, ended_at: datetime) -> list[StepRecord]:
        """Return the row of the open repetition, if there is one, and close it."""
        rep, self._open = self._open, None
        if rep is None:
            return []
        outcomes = [outcome for outcome, _ in rep.parts.values()]
        outcome = next((worst for worst in _WORST_FIRST if worst in outcomes), Outcome.COMPLETED)
        if outcome is Outcome.COMPLETED and len(rep.parts) < len(self._units[rep.first_index]):
            outcome = Outcome.SKIPPED  # some of its parts never ended
        active = sum(seconds for _, seconds in rep.parts.values())
        return [self._row(rep.first_index, outcome, active, ended_at)]

    def _left_behind(self, unit: WorkUnit, ended_at: datetime) -> StepRecord:
        return self._row(unit.first_index, unit.outcome, unit.active_seconds, ended_at)

    def _row(self, first: int, outcome: Outcome, active: float, ended_at: datetime) -> StepRecord:
        self._written.add(first)
        step = self._plan.steps[first]
        assert step.exercise is not None
        return StepRecord(
            session_id=self._session_id,
            step_index=first,
            exercise_id=step.exercise.id,
            side=None if step.side is None else step.side.value,
            set=step.set,
            rep=step.rep,
            outcome=outcome.value,
            active_seconds=max(0.0, active),
            ended_at=ended_at,
            planned_seconds=float(
                sum(planned_step_seconds(self._plan.steps[index]) for index in self._units[first])
            ),
        )
