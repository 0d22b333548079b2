"""What ``hipcoach status`` reports: breaks right now, and the day so far, for panels and scripts.

A ``StatusReport`` is built by the running hipcoach (``live`` from its
reminder scheduler, ``from_history`` from its history) and sent as one line
of JSON through the single-instance channel in answer to ``STATUS_REQUEST``
(``hipcoach.core.commands``); with no hipcoach running, the command builds
one from the files alone (``running`` false, the live fields empty).
``as_json`` gives the documented keys; ``summary`` one short line for people
("sitting 42 min · next break 14:05"). English only, like the rest of the
command line.

The JSON keys::

    running          true when a hipcoach answered
    sitting_seconds  seconds sat since the current interval began (null: not running)
    next_break_at    when the next break comes, ISO 8601 with offset (null: none coming,
                     held back, or not running)
    paused_until     ISO 8601 with offset, or null
    break_active     a break card is on screen
    held_because     null, "call", "fullscreen" or "do-not-disturb": a due break waits
    in_call          a microphone or camera is in use by another program (null: not running)
    breaks_today     {"done": n, "skipped": n, "snoozed": n}: today's answers
    last_session     the date of the last session that counted, YYYY-MM-DD, or null
    streak_days      days in a row on track with the programme (0 before the first session)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from hipcoach.core.history import HistoryStore
from hipcoach.core.period_summary import break_summary
from hipcoach.core.programme import streak
from hipcoach.core.reminders import ReminderScheduler

_T = TypeVar("_T")


@dataclass(frozen=True)
class BreaksToday:
    """How the user answered today's break cards."""

    done: int = 0
    skipped: int = 0
    snoozed: int = 0


@dataclass(frozen=True)
class HistoryFacts:
    """What the history says about today and the programme."""

    breaks_today: BreaksToday = field(default_factory=BreaksToday)
    last_session: date | None = None
    streak_days: int = 0


@dataclass(frozen=True)
class StatusReport:
    """The state of the movement breaks and of the day, as ``hipcoach status`` prints it."""

    running: bool
    history: HistoryFacts = field(default_factory=HistoryFacts)
    sitting_seconds: int | None = None
    next_break_at: datetime | None = None
    paused_until: datetime | None = None
    break_active: bool = False
    held_because: str | None = None
    in_call: bool | None = None

    def as_json(self) -> dict[str, Any]:
        """Return the report as the documented JSON object (see the module docs)."""
        today = self.history.breaks_today
        return {
            "running": self.running,
            "sitting_seconds": self.sitting_seconds,
            "next_break_at": _iso(self.next_break_at),
            "paused_until": _iso(self.paused_until),
            "break_active": self.break_active,
            "held_because": self.held_because,
            "in_call": self.in_call,
            "breaks_today": {
                "done": today.done,
                "skipped": today.skipped,
                "snoozed": today.snoozed,
            },
            "last_session": _iso_date(self.history.last_session),
            "streak_days": self.history.streak_days,
        }

    @classmethod
    def from_json(cls, data: object) -> StatusReport:
        """Return the report in ``data`` (as ``as_json`` wrote it); ``ValueError`` if it is not."""
        if not isinstance(data, dict):
            raise ValueError("a status report is a JSON object")
        try:
            today = data["breaks_today"]
            return cls(
                running=_typed(data["running"], bool),
                history=HistoryFacts(
                    breaks_today=BreaksToday(
                        done=_typed(today["done"], int),
                        skipped=_typed(today["skipped"], int),
                        snoozed=_typed(today["snoozed"], int),
                    ),
                    last_session=_date_or_none(data["last_session"]),
                    streak_days=_typed(data["streak_days"], int),
                ),
                sitting_seconds=_optional(data["sitting_seconds"], int),
                next_break_at=_datetime_or_none(data["next_break_at"]),
                paused_until=_datetime_or_none(data["paused_until"]),
                break_active=_typed(data["break_active"], bool),
                held_because=_optional(data["held_because"], str),
                in_call=_optional(data["in_call"], bool),
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"not a status report: {error}") from error

    def summary(self, now: datetime) -> str:
        """Return one short line for people, e.g. ``sitting 42 min · next break 14:05``."""
        parts: list[str] = []
        if not self.running:
            parts.append("hipcoach is not running")
        else:
            parts.append(f"sitting {(self.sitting_seconds or 0) // 60} min")
            if self.break_active:
                parts.append("break now")
            elif self.held_because is not None:
                parts.append(f"break held ({_HELD_WORDS.get(self.held_because, 'held')})")
            elif self.paused_until is not None:
                parts.append(f"paused until {_clock(self.paused_until, now)}")
            elif self.next_break_at is not None:
                parts.append(f"next break {_clock(self.next_break_at, now)}")
            else:
                parts.append("no break coming")
            if self.in_call and self.held_because != "call":
                parts.append("on a call")
        today = self.history.breaks_today
        if today.done:
            parts.append(f"{today.done} break{'s' if today.done != 1 else ''} done today")
        if self.history.streak_days:
            parts.append(f"{self.history.streak_days}-day streak")
        return " · ".join(parts)


_HELD_WORDS = {"call": "on a call", "fullscreen": "full screen", "do-not-disturb": "do not disturb"}


def live(
    scheduler: ReminderScheduler,
    now: datetime,
    *,
    history: HistoryFacts,
    break_active: bool,
    enabled: bool,
) -> StatusReport:
    """Return the running app's report: the scheduler's state at ``now`` and ``history``."""
    sitting = scheduler.sitting(now)
    held = scheduler.held_because if enabled else None
    next_due = scheduler.next_due(now) if enabled and held is None else None
    return StatusReport(
        running=True,
        history=history,
        sitting_seconds=int(sitting.total_seconds()),
        next_break_at=next_due,
        paused_until=scheduler.paused_until,
        break_active=break_active,
        held_because=held,
        in_call=scheduler.in_call,
    )


def from_history(store: HistoryStore | None, now: datetime) -> HistoryFacts:
    """Return today's break answers, the last session that counted and the streak at ``now``."""
    if store is None:
        return HistoryFacts()
    zone = now.tzinfo
    if zone is None:
        raise ValueError("the status needs an aware datetime")
    today = now.date()
    midnight = datetime.combine(today, time(), tzinfo=zone)
    tally = break_summary(
        store.breaks(midnight, datetime.combine(today + timedelta(days=1), time(), tzinfo=zone))
    ).total
    breaks_today = BreaksToday(done=tally.done, skipped=tally.skipped, snoozed=tally.snoozed)
    start = store.first_session_date(zone)
    if start is None:
        return HistoryFacts(breaks_today=breaks_today)
    activity = store.day_activity(start, max(start, today), zone)
    counted = [
        day
        for day, seen in activity.items()
        if seen.sessions_completed + seen.sessions_partial > 0 and day <= today
    ]
    return HistoryFacts(
        breaks_today=breaks_today,
        last_session=max(counted, default=None),
        streak_days=streak(start, today, activity),
    )


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _iso_date(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _clock(moment: datetime, now: datetime) -> str:
    local = moment.astimezone(now.tzinfo)
    days = (local.date() - now.date()).days
    if days == 0:
        return f"{local:%H:%M}"
    if days == 1:
        return f"tomorrow {local:%H:%M}"
    return f"{local:%a %H:%M}"


def _typed(value: object, kind: type[_T]) -> _T:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"{value!r} is not {kind.__name__}")
    return value


def _optional(value: object, kind: type[_T]) -> _T | None:
    return None if value is None else _typed(value, kind)


def _datetime_or_none(value: object) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(_typed(value, str))
    if moment.tzinfo is None:
        raise TypeError(f"{value!r} has no UTC offset")
    return moment


def _date_or_none(value: object) -> date | None:
    return None if value is None else date.fromisoformat(_typed(value, str))
