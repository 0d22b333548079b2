"""Sitting spans: the stretches of unbroken sitting the reminder scheduler saw.

A span begins when the user is at the computer inside working hours and ends
when they get up (a break done, "I stood up", a long enough idle pause, a
lock, a sleep), when working hours end, or when hipcoach stops. A short idle
pause (reading, listening on a call) and a skipped or snoozed break do not
end it: the person is still sitting. ``ReminderScheduler`` keeps the spans;
the history stores each one as it ends (``HistoryStore.record_sitting``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum


class SittingEnd(StrEnum):
    """What ended a span of sitting (``SittingSpan.ended_by``); the values are stored."""

    BREAK = "break"
    """A movement break done, or an exercise session finished."""
    STOOD_UP = "stood-up"
    """The user said they stood up."""
    ABSENCE = "absence"
    """No input for the absence time, or time hipcoach did not see (a frozen process)."""
    LOCK = "lock"
    """The screen was locked."""
    SLEEP = "sleep"
    """The machine went to sleep."""
    HOURS = "hours"
    """Working hours ended."""
    QUIT = "quit"
    """hipcoach stopped."""

    @property
    def stood_up(self) -> bool:
        """Whether the user got up (rather than the day or hipcoach ending the span)."""
        return self not in (SittingEnd.HOURS, SittingEnd.QUIT)


@dataclass(frozen=True)
class SittingSpan:
    """One stretch of unbroken sitting from ``start`` to ``end`` (aware, ``end`` not earlier).

    ``ended_by`` is a ``SittingEnd`` (its stored string is accepted and made
    the enum); ``id`` is None until stored. Bad values raise ``ValueError``.
    """

    start: datetime
    end: datetime
    ended_by: SittingEnd
    id: int | None = field(default=None, kw_only=True)

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if value.tzinfo is None or value.utcoffset() is None:
                raise ValueError(f"{name} must be an aware datetime, got {value!r}")
        if self.end.astimezone(UTC) < self.start.astimezone(UTC):
            raise ValueError(f"a span cannot end ({self.end}) before it starts ({self.start})")
        if self.ended_by not in tuple(SittingEnd):
            raise ValueError(f"ended_by must be one of {', '.join(SittingEnd)}")
        object.__setattr__(self, "ended_by", SittingEnd(self.ended_by))

    @property
    def length(self) -> timedelta:
        """How long the span lasted (real time, whatever the clocks said)."""
        return self.end.astimezone(UTC) - self.start.astimezone(UTC)
