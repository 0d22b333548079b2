"""What the history holds, as values: sessions, steps, breaks, pain entries, red-flag check-ins.

Each record checks its own fields when made (a bad value raises
``ValueError``); the store (``hipcoach.core.history``) writes and reads them.
The errors the store raises live here too, so that every history module can
name them, and so do the words a record is made of (``BreakAction``,
``PartOutcome``, ``PainMoment``, ``RedFlagTrigger``): enums whose values are the strings
stored in the file and written to the CSV export, so neither changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from types import MappingProxyType

from hipcoach.core.adherence import (
    SESSION_STATUSES,
    SessionStatus,
    done_step_seconds,
    planned_step_seconds,
)
from hipcoach.core.messages import MessageContext, MessageError
from hipcoach.core.session import Outcome, StepEnded


class BreakAction(StrEnum):
    """What became of a movement break that was shown (``BreakRecord.action``)."""

    SHOWN = "shown"
    """On screen, not answered (yet): the card was closed or is still open."""
    DONE = "done"
    """The user did the break."""
    SNOOZED = "snoozed"
    """Put off for the snooze time."""
    SKIPPED = "skipped"
    """Skipped, with or without a reason."""


class PartOutcome(StrEnum):
    """What became of one part of a movement break (``BreakPartRecord.outcome``)."""

    DONE = "done"
    """Done: its countdown ran to the end, or the user said the break was done."""
    SKIPPED = "skipped"
    """Skipped on its own ("no time to walk now"), or with the whole break."""
    SNOOZED = "snoozed"
    """Put off with the whole break."""
    NOT_REACHED = "not-reached"
    """The break ended before it came (the user stood up, or walked away)."""


class PainMoment(StrEnum):
    """When a pain-journal entry was taken (``PainEntry.moment``)."""

    BEFORE = "before"
    """Before a session (the entry names it)."""
    AFTER = "after"
    """After a session (the entry names it)."""
    QUICK = "quick"
    """At any time, outside a session."""


class RedFlagTrigger(StrEnum):
    """What asked for a red-flag check-in (``RedFlagCheckIn.trigger``)."""

    FIRST_SESSION = "first-session"
    """Never asked, and no session done yet."""
    FORTNIGHTLY = "fortnightly"
    """Two weeks since the last check-in (or never asked although sessions were done)."""
    SHARP_PAIN = "sharp-pain"
    """An exercise was stopped for sharp pain since the last check-in."""
    MANUAL = "manual"
    """The user asked for it."""
    FOLLOW_UP = "follow-up"
    """The last check-in had a "yes": asked again until every answer is "no"."""


PAIN_AREAS = ("front-of-hip", "lower-back", "outer-hip", "front-of-thigh")
STEP_OUTCOMES = tuple(outcome.value for outcome in Outcome)
SIDES = ("left", "right")

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_LOWEST, _HIGHEST = -(2**63), 2**63 - 1


# --------------------------------------------------------------------------- errors


class HistoryText(MessageContext):
    """Why the history file cannot be used, and what was done about it."""


class HistoryError(MessageError):
    """The history file cannot be opened or upgraded; the message says why, for the user."""


class HistoryReadOnlyError(HistoryError):
    """A write to a store opened read-only (its file comes from a newer hipcoach)."""


# --------------------------------------------------------------------------- times and checks


def _aware(name: str, value: datetime | None) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValueError(f"{name} must be an aware datetime, got {value!r}")


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_iso(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _micros(value: datetime) -> int:
    """Return the instant ``value`` as whole microseconds since the Unix epoch."""
    return (value - _EPOCH) // _MICROSECOND


def _local_date(micros: int, tz: tzinfo) -> date:
    return (_EPOCH + timedelta(microseconds=micros)).astimezone(tz).date()


def _local_midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=tz)


def _bounds(since: datetime | None, until: datetime | None) -> tuple[int, int]:
    _aware("since", since)
    _aware("until", until)
    return (
        _LOWEST if since is None else _micros(since),
        _HIGHEST if until is None else _micros(until),
    )


def _one_of(name: str, value: object, allowed: Sequence[str], *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")


def _whole(name: str, value: object, minimum: int, maximum: int | None = None) -> None:
    """Check that ``value`` is None or an int (not a bool) in ``minimum..maximum``."""
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{name} must be a whole number; got {value!r}")
    if value < minimum or (maximum is not None and value > maximum):
        upper = "" if maximum is None else f"–{maximum}"
        raise ValueError(f"{name} must be in {minimum}{upper}; got {value}")


def _text(name: str, value: object) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string; got {value!r}")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class SessionRecord:
    """A session as stored: ``ended_at`` is None until ``finish_session`` (or if it never came).

    ``status`` is what the session counts as (``hipcoach.core.adherence``),
    kept up to date as its work is recorded, so a session cut short by a
    crash still counts for what it holds. ``work_planned_seconds`` is None
    for sessions recorded before the plan was (history version 1); their
    status was estimated when the history was upgraded (see docs/records.md).
    """

    id: int
    protocol_id: str
    started_at: datetime
    ended_at: datetime | None
    active_seconds: float
    status: SessionStatus = SessionStatus.ABANDONED
    work_done_seconds: float = 0.0
    work_planned_seconds: float | None = None
    work_pain_seconds: float = 0.0

    def __post_init__(self) -> None:
        _aware("started_at", self.started_at)
        _aware("ended_at", self.ended_at)
        _one_of("status", self.status, SESSION_STATUSES)
        object.__setattr__(self, "status", SessionStatus(self.status))

    @property
    def completed(self) -> bool:
        """Return whether the session counts as complete."""
        return self.status is SessionStatus.COMPLETE


@dataclass(frozen=True)
class StepRecord:
    """One unit of exercise work in a session (a set, or one repetition on one side).

    ``step_index`` is the index in the session's plan of the unit's first
    step; ``side``, ``set`` and ``rep`` are None where they do not apply. A
    unit the user went back to is recorded once per time it ended; planned
    units the session never got to are recorded when it ends (see
    ``hipcoach.core.work_log``). ``planned_seconds`` is the unit's planned
    work (None in rows recorded before history version 2).
    """

    session_id: int
    step_index: int
    exercise_id: str
    side: str | None
    set: int | None
    rep: int | None
    outcome: str
    active_seconds: float
    ended_at: datetime
    planned_seconds: float | None = None

    def __post_init__(self) -> None:
        _whole("step_index", self.step_index, 0)
        _text("exercise_id", self.exercise_id)
        _one_of("side", self.side, SIDES, optional=True)
        _whole("set", self.set, 1)
        _whole("rep", self.rep, 1)
        _one_of("outcome", self.outcome, STEP_OUTCOMES)
        if not self.active_seconds >= 0:
            raise ValueError(f"active_seconds must be >= 0; got {self.active_seconds!r}")
        if self.planned_seconds is not None and not self.planned_seconds >= 0:
            raise ValueError(f"planned_seconds must be >= 0; got {self.planned_seconds!r}")
        _aware("ended_at", self.ended_at)

    @property
    def done_seconds(self) -> float:
        """Return the work this row counts as done (0 without a planned time)."""
        if self.planned_seconds is None:
            return 0.0
        return done_step_seconds(
            self.planned_seconds,
            self.active_seconds,
            completed=self.outcome == Outcome.COMPLETED.value,
        )

    @property
    def pain_stopped_seconds(self) -> float:
        """Return the planned work of this row that a sharp-pain stop cut off."""
        if self.planned_seconds is None or self.outcome != Outcome.PAIN.value:
            return 0.0
        return self.planned_seconds - self.done_seconds


def step_record(session_id: int, event: StepEnded, ended_at: datetime) -> StepRecord | None:
    """Return a row for the runner's ``event`` alone, or None when it is not exercise work.

    Intros, get-ready steps, rests and side switches are not recorded; each
    timed part of a paced rep (lift, hold, lower) would be its own row. The
    app records whole units of work instead (``hipcoach.core.work_log``).
    """
    step = event.step
    if not step.is_work or step.exercise is None:
        return None
    return StepRecord(
        session_id=session_id,
        step_index=event.index,
        exercise_id=step.exercise.id,
        side=None if step.side is None else step.side.value,
        set=step.set,
        rep=step.rep,
        outcome=event.outcome.value,
        active_seconds=event.active_seconds,
        ended_at=ended_at,
        planned_seconds=planned_step_seconds(step),
    )


@dataclass(frozen=True)
class BreakRecord:
    """A movement break that was shown.

    ``action`` is ``BreakAction.SHOWN`` until the user answers (then
    ``DONE``, ``SNOOZED`` or ``SKIPPED``, with ``answered_at``; the stored
    string is accepted too and made the enum); ``reason`` is the
    one-click reason given, if any; ``move`` is the suggested exercise id;
    ``deferred`` says a call, a full-screen app or do-not-disturb held it back. ``id``
    is None until stored.
    """

    due_at: datetime
    shown_at: datetime
    answered_at: datetime | None
    action: BreakAction
    reason: str | None
    move: str
    deferred: bool
    id: int | None = field(default=None, kw_only=True)

    def __post_init__(self) -> None:
        _aware("due_at", self.due_at)
        _aware("shown_at", self.shown_at)
        _aware("answered_at", self.answered_at)
        _one_of("action", self.action, tuple(BreakAction))
        object.__setattr__(self, "action", BreakAction(self.action))
        _text("move", self.move)


@dataclass(frozen=True)
class BreakPartRecord:
    """One part of a movement break (a move of the guide's set) and what became of it.

    ``position`` is its place in the break (0 first); ``exercise_id`` its
    move; ``outcome`` a ``PartOutcome`` (or its stored string, made the
    enum); ``seconds_done`` the time its countdown ran (0 when it never
    started); ``reason`` why it was skipped, if a reason was given
    (``no-time`` for the walk). ``break_id`` names the break (None until
    stored).
    """

    position: int
    exercise_id: str
    outcome: PartOutcome
    seconds_done: float = 0.0
    reason: str | None = None
    break_id: int | None = field(default=None, kw_only=True)

    def __post_init__(self) -> None:
        _whole("position", self.position, 0)
        _text("exercise_id", self.exercise_id)
        _one_of("outcome", self.outcome, tuple(PartOutcome))
        object.__setattr__(self, "outcome", PartOutcome(self.outcome))
        if not self.seconds_done >= 0:
            raise ValueError(f"seconds_done must be >= 0; got {self.seconds_done!r}")


@dataclass(frozen=True)
class PainEntry:
    """One entry of the pain journal; every rating is 0–10 or None (not asked or not given).

    ``moment`` (a ``PainMoment``, or its stored string) says whether it was
    taken before or after a session (then ``session_id`` names it) or as a
    quick check. ``areas`` are
    from ``PAIN_AREAS``, each at most once. ``id`` is None until stored.
    Invalid values raise ``ValueError``.
    """

    at: datetime
    moment: PainMoment
    pain: int | None = None
    areas: tuple[str, ...] = ()
    stiffness: int | None = None
    tight_left: int | None = None
    tight_right: int | None = None
    session_id: int | None = None
    note: str | None = None
    id: int | None = field(default=None, kw_only=True)

    def __post_init__(self) -> None:
        _aware("at", self.at)
        _one_of("moment", self.moment, tuple(PainMoment))
        object.__setattr__(self, "moment", PainMoment(self.moment))
        for name in ("pain", "stiffness", "tight_left", "tight_right"):
            _whole(name, getattr(self, name), 0, 10)
        object.__setattr__(self, "areas", tuple(self.areas))
        for area in self.areas:
            _one_of("areas", area, PAIN_AREAS)
        if len(set(self.areas)) != len(self.areas):
            raise ValueError(f"areas must not repeat; got {self.areas!r}")


@dataclass(frozen=True)
class RedFlagCheckIn:
    """The answers to the red-flag questions (ids from ``red-flags.toml``) at one moment.

    ``trigger`` (a ``RedFlagTrigger``, or its stored string) says what asked
    for it. ``answers`` is read-only; ``id`` is None until stored.
    """

    at: datetime
    trigger: RedFlagTrigger
    answers: Mapping[str, bool] = field(hash=False)
    id: int | None = field(default=None, kw_only=True)

    def __post_init__(self) -> None:
        _aware("at", self.at)
        _one_of("trigger", self.trigger, tuple(RedFlagTrigger))
        object.__setattr__(self, "trigger", RedFlagTrigger(self.trigger))
        for flag, answer in self.answers.items():
            _text("red flag id", flag)
            if not isinstance(answer, bool):
                raise ValueError(f"the answer for {flag} must be true or false; got {answer!r}")
        object.__setattr__(self, "answers", MappingProxyType(dict(self.answers)))

    @property
    def any_yes(self) -> bool:
        """Return whether any red flag was answered yes."""
        return any(self.answers.values())
