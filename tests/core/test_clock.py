"""The manual clock moves its two clocks the way a real machine does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hipcoach.core.clock import ManualClock, SystemClock


def test_advance_moves_both_clocks() -> None:
    clock = ManualClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC), monotonic=50.0)
    clock.advance(90.5)
    assert clock.monotonic() == 140.5
    assert clock.now() == datetime(2026, 3, 2, 9, 1, 30, 500000, tzinfo=UTC)


def test_suspend_moves_only_the_wall_clock() -> None:
    clock = ManualClock(monotonic=10.0)
    before = clock.now()
    clock.suspend(3600)
    assert clock.monotonic() == 10.0
    assert clock.now() - before == timedelta(hours=1)


def test_set_wall_steps_back_without_touching_monotonic() -> None:
    clock = ManualClock(monotonic=5.0)
    earlier = clock.now() - timedelta(hours=1)
    clock.set_wall(earlier)
    assert clock.now() == earlier
    assert clock.monotonic() == 5.0


def test_now_follows_daylight_saving_in_the_zone() -> None:
    zone = ZoneInfo("Europe/Berlin")
    clock = ManualClock(datetime(2026, 3, 29, 1, 59, tzinfo=zone), zone=zone)
    clock.advance(120)
    assert (clock.now().hour, clock.now().minute) == (3, 1)
    assert clock.now().utcoffset() == timedelta(hours=2)


def test_rejects_naive_times_and_negative_durations() -> None:
    with pytest.raises(ValueError, match="aware"):
        ManualClock(datetime(2026, 1, 1))
    clock = ManualClock()
    with pytest.raises(ValueError, match="negative"):
        clock.advance(-1)
    with pytest.raises(ValueError, match="negative"):
        clock.suspend(-1)


def test_system_clock_gives_aware_local_time_and_increasing_monotonic() -> None:
    clock = SystemClock()
    first = clock.monotonic()
    assert clock.now().tzinfo is not None
    assert clock.monotonic() >= first
