"""What a session counts as: complete, partial or abandoned, by the share of its work done.

This is the one definition the calendar, the streak, the programme day, the
Progress page, the session summary, the report and the CSV export all use;
``docs/records.md`` explains it for users.

Work
    A session's *planned work* is the time of its exercise work: every hold,
    timed set and paced repetition of the plan (not the intros, get-ready
    steps, rests or side switches). A set done at the user's own pace has no
    planned time, so it is counted as ``PACED_REP_SECONDS`` per repetition.
    *Work done* is, for each work step, its whole planned time when it was
    completed, else the time actually spent on it (never more than planned).

Sharp pain
    Stopping an exercise for sharp pain is what the app asks the user to do,
    so the work it cut off is left out of the plan the session is measured
    against, but at most ``PAIN_ALLOWANCE_SHARE`` of the plan: a session
    stopped for pain in every exercise still has to show real work.

Status
    ``COMPLETE`` from ``COMPLETE_SHARE`` of the (pain-adjusted) planned work,
    ``PARTIAL`` from ``PARTIAL_SHARE``, ``ABANDONED`` below that (and for a
    session with no planned work at all).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hipcoach.core.plan import Plan, Step

COMPLETE_SHARE = 0.9
"""A session is complete from this share of its planned work.

Nine tenths forgive a cut-short hold, a skipped set or one short stretch, but
not leaving out a whole part of the routine such as the strengthening work.
"""

PARTIAL_SHARE = 0.2
"""A session is partial from this share of its planned work.

A fifth is about five minutes of the daily routine's work, enough for the
release phase: a real piece of practice, unlike tapping through the steps.
"""

PAIN_ALLOWANCE_SHARE = 0.5
"""At most this share of the plan may be left out for sharp-pain stops."""

PACED_REP_SECONDS = 3
"""The time a repetition done at the user's own pace counts for."""


class SessionStatus(StrEnum):
    """What a session counts as (rules in the module docstring)."""

    COMPLETE = "complete"
    PARTIAL = "partial"
    ABANDONED = "abandoned"

    @property
    def counts(self) -> bool:
        """Return whether the session shows on the calendar (complete or partial)."""
        return self is not SessionStatus.ABANDONED


SESSION_STATUSES = tuple(status.value for status in SessionStatus)


def planned_step_seconds(step: Step) -> int:
    """Return the planned work time of a work ``step`` (a paced set by its repetitions)."""
    if step.seconds is not None:
        return step.seconds
    return (step.reps or 1) * PACED_REP_SECONDS


def done_step_seconds(planned: float, active: float, *, completed: bool) -> float:
    """Return the work done on a step of ``planned`` seconds run for ``active`` seconds."""
    return float(planned) if completed else max(0.0, min(float(planned), active))


def planned_work_seconds(plan: Plan) -> int:
    """Return the planned work of ``plan`` in seconds."""
    return sum(planned_step_seconds(step) for step in plan.steps if step.is_work)


@dataclass(frozen=True)
class WorkTally:
    """A session's work in seconds: planned, done, and cut off by sharp-pain stops."""

    planned_seconds: float
    done_seconds: float
    pain_stopped_seconds: float = 0.0

    @property
    def measured_against(self) -> float:
        """Return the planned work less what sharp-pain stops may leave out."""
        allowance = min(self.pain_stopped_seconds, self.planned_seconds * PAIN_ALLOWANCE_SHARE)
        return self.planned_seconds - max(0.0, allowance)

    @property
    def share(self) -> float:
        """Return the share of the work done, from 0 to 1 (0 with nothing planned)."""
        base = self.measured_against
        if base <= 0:
            return 0.0
        return max(0.0, min(1.0, self.done_seconds / base))

    @property
    def status(self) -> SessionStatus:
        """Return what the session counts as."""
        # A little slack, so that 0.9 of a plan is not lost to rounding.
        share = self.share + 1e-9
        if share >= COMPLETE_SHARE:
            return SessionStatus.COMPLETE
        if share >= PARTIAL_SHARE:
            return SessionStatus.PARTIAL
        return SessionStatus.ABANDONED


def estimated_status(done: float, reference: float, *, pain_stop: bool) -> SessionStatus:
    """Return the status of a session recorded before its plan was, by comparison.

    ``reference`` stands in for the planned work (the most work any session
    of the same routine recorded); with a ``pain_stop`` the work missing is
    taken to be what the stop cut off, within the usual allowance.
    """
    missing = max(0.0, reference - done) if pain_stop else 0.0
    return WorkTally(reference, done, missing).status
