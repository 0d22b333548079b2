"""Time as a dependency: the only module that reads the system clocks.

Everything else receives a ``Clock`` (monotonic seconds, for countdowns) and
a ``WallClock`` (aware datetimes, for schedules). ``ManualClock`` provides
both under the caller's control, moving them separately the way a real
machine does when it sleeps or its clock is set.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    """A monotonic clock: seconds that never go backwards and ignore clock setting."""

    def monotonic(self) -> float:
        """Return the current monotonic time in seconds."""
        ...


class WallClock(Protocol):
    """The calendar clock: what a person reads on the wall."""

    def now(self) -> datetime:
        """Return the current local time as an aware datetime."""
        ...


class Clocks(Clock, WallClock, Protocol):
    """Both clocks from one object (``SystemClock`` and ``ManualClock`` are)."""


class SystemClock:
    """The machine's own clocks."""

    def monotonic(self) -> float:
        """Return ``time.monotonic()``: it stops while the machine sleeps on Linux."""
        return time.monotonic()

    def now(self) -> datetime:
        """Return the local time with the local UTC offset attached."""
        return datetime.now().astimezone()


class ManualClock:
    """A clock that moves only when told to; for tests, benchmarks and replays.

    ``advance`` moves both clocks (time passing while awake); ``suspend``
    moves only the wall clock (a machine asleep); ``set_wall`` steps the wall
    clock to any instant (a manual change or a network time correction).
    """

    def __init__(
        self,
        wall: datetime | None = None,
        *,
        zone: tzinfo = UTC,
        monotonic: float = 1000.0,
    ) -> None:
        start = wall or datetime(2026, 1, 5, 9, 0, tzinfo=zone)
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._instant = start.astimezone(UTC)
        self._zone = zone
        self._monotonic = monotonic

    def monotonic(self) -> float:
        """Return the monotonic time in seconds."""
        return self._monotonic

    def now(self) -> datetime:
        """Return the wall time in the clock's zone."""
        return self._instant.astimezone(self._zone)

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass on both clocks."""
        if seconds < 0:
            raise ValueError("time passing cannot be negative")
        self._monotonic += seconds
        self._instant += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        """Sleep the machine for ``seconds``: the wall clock moves, monotonic does not."""
        if seconds < 0:
            raise ValueError("a sleep cannot be negative")
        self._instant += timedelta(seconds=seconds)

    def set_wall(self, wall: datetime) -> None:
        """Step the wall clock to ``wall`` (aware); monotonic time is untouched."""
        if wall.tzinfo is None:
            raise ValueError("set_wall needs an aware datetime")
        self._instant = wall.astimezone(UTC)
