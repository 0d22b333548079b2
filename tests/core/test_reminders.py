"""The break scheduler, driven the way the app drives it: a poll every minute of test time.

``Desk`` owns a ``ManualClock`` and a scheduler. ``sit`` lets minutes pass
awake and polls once a minute; ``sleep`` suspends the machine (only the wall
clock moves); every break handed out is recorded with the wall and the
monotonic time it appeared at, so tests can check both what the user saw on
the clock and how much real time lay between two reminders.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, tzinfo
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hipcoach.core.clock import ManualClock
from hipcoach.core.reminders import BreakDue, ReminderScheduler
from hipcoach.core.settings import (
    WEEKDAYS,
    BreakSettings,
    TimeRange,
    WorkingHours,
    parse_time_range,
)

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
STRETCH, SQUEEZES, WALK = "standing-hip-flexor-stretch", "standing-glute-squeezes", "walk-break"

Respond = Callable[[ReminderScheduler, datetime, BreakDue], None]


def done(scheduler: ReminderScheduler, now: datetime, due: BreakDue) -> None:
    """A user who takes every break as soon as it is shown."""
    scheduler.break_done(now)


def hours(*ranges: str, days: str = "mon tue wed thu fri") -> WorkingHours:
    """Return working hours with ``ranges`` on ``days`` and none on the others."""
    parsed = tuple(parse_time_range(text) for text in ranges)
    chosen: dict[str, Any] = {day: parsed if day in days.split() else () for day in WEEKDAYS}
    return WorkingHours(**chosen)


ALL_DAY = WorkingHours.every_day(TimeRange(time(0), time(23, 59)))


@dataclass
class Shown:
    """One break as the user saw it."""

    wall: datetime
    monotonic: float
    due: BreakDue

    @property
    def hhmm(self) -> str:
        return f"{self.wall:%H:%M}"


@dataclass
class Desk:
    """A user at a computer running the scheduler, with a driver polling every minute."""

    settings: BreakSettings = field(default_factory=BreakSettings)
    start: datetime = MONDAY
    zone: tzinfo = UTC
    respond: Respond | None = None

    def __post_init__(self) -> None:
        self.clock = ManualClock(self.start, zone=self.zone)
        self.scheduler = ReminderScheduler(self.settings, self.clock.now())
        self.shown: list[Shown] = []

    @property
    def now(self) -> datetime:
        return self.clock.now()

    def at(self, hour: int, minute: int = 0, *, days: int = 0) -> datetime:
        """Return ``hour:minute`` local time, ``days`` after today."""
        day = self.now.date() + timedelta(days=days)
        return datetime.combine(day, time(hour, minute), tzinfo=self.zone)

    def poll(self) -> BreakDue | None:
        due = self.scheduler.poll(self.now)
        if due is not None:
            self.shown.append(Shown(self.now, self.clock.monotonic(), due))
            if self.respond is not None:
                self.respond(self.scheduler, self.now, due)
        return due

    def sit(self, minutes: float, *, every: float = 60) -> list[Shown]:
        """Let ``minutes`` pass awake, polling every ``every`` seconds; return what was shown."""
        first = len(self.shown)
        remaining = minutes * 60
        while remaining > 0:
            step = min(every, remaining)
            self.clock.advance(step)
            remaining -= step
            self.poll()
        return self.shown[first:]

    def sit_until(self, moment: datetime) -> list[Shown]:
        return self.sit((moment - self.now.astimezone(UTC)).total_seconds() / 60)

    def sleep(self, minutes: float, *, tell: bool = True) -> BreakDue | None:
        """Suspend for ``minutes`` (signalled when ``tell``), then poll once on waking."""
        if tell:
            self.scheduler.suspended(self.now)
        self.clock.suspend(minutes * 60)
        if tell:
            self.scheduler.resumed(self.now)
        return self.poll()

    def sleep_until(self, moment: datetime, *, tell: bool = True) -> BreakDue | None:
        return self.sleep((moment - self.now.astimezone(UTC)).total_seconds() / 60, tell=tell)

    def times(self, shown: list[Shown] | None = None) -> list[str]:
        return [item.hhmm for item in (self.shown if shown is None else shown)]


def gaps_minutes(shown: list[Shown]) -> list[float]:
    """Return the real (monotonic) minutes between consecutive reminders."""
    return [(b.monotonic - a.monotonic) / 60 for a, b in pairwise(shown)]


# ---------------------------------------------------------------------- the basic rhythm


def test_a_break_every_interval_of_sitting_when_each_is_taken() -> None:
    desk = Desk(respond=done)
    desk.sit_until(desk.at(12, 30))
    assert desk.times() == ["10:00", "11:00", "12:00"]
    first = desk.shown[0].due
    assert first.due == desk.at(10)
    assert first.sitting == timedelta(minutes=60)
    assert (first.snoozes, first.deferred, first.requested) == (0, False, False)


def test_moves_rotate_and_each_due_moment_is_returned_once() -> None:
    desk = Desk(respond=done)
    desk.sit_until(desk.at(13, 0))
    assert [item.due.move for item in desk.shown] == [STRETCH, SQUEEZES, WALK, STRETCH]
    # Polling many times at the same moment hands out nothing more.
    assert all(desk.scheduler.poll(desk.now) is None for _ in range(5))


def test_an_unanswered_break_comes_back_one_interval_later_as_a_walk() -> None:
    desk = Desk()
    desk.sit_until(desk.at(11, 30))
    assert desk.times() == ["10:00", "11:00"]
    assert desk.shown[0].due.move == STRETCH
    assert desk.shown[1].due.move == WALK
    assert desk.shown[1].due.sitting == timedelta(minutes=120)
    assert desk.scheduler.outstanding == desk.shown[1].due


def test_no_walk_override_when_the_walk_is_not_among_the_moves() -> None:
    desk = Desk(BreakSettings(moves=(STRETCH, SQUEEZES)))
    desk.sit_until(desk.at(12, 30))
    assert [item.due.move for item in desk.shown] == [STRETCH, SQUEEZES, STRETCH]


def test_sitting_time_and_start_for_the_tooltip() -> None:
    desk = Desk()
    desk.sit(25)
    assert desk.scheduler.sitting_minutes(desk.now) == 25
    assert desk.scheduler.sitting_since == desk.at(9)
    desk.scheduler.break_done(desk.now)
    assert desk.scheduler.sitting_minutes(desk.now) == 0
    desk.sit_until(desk.at(18))
    assert desk.scheduler.sitting_minutes(desk.now) == 0
    assert desk.scheduler.sitting_since is None


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        ReminderScheduler(BreakSettings(), datetime(2026, 1, 5, 9))
    scheduler = ReminderScheduler(BreakSettings(), MONDAY)
    with pytest.raises(ValueError, match="aware"):
        scheduler.poll(datetime(2026, 1, 5, 9, 5))


# ---------------------------------------------------------------------- working hours


def test_no_break_after_working_hours_even_when_due_soon_after() -> None:
    desk = Desk(start=datetime(2026, 1, 5, 16, 5, tzinfo=UTC))
    assert desk.scheduler.next_due(desk.now) == desk.at(10, days=1)
    desk.sit_until(desk.at(23, 0))
    assert desk.shown == []
    desk.sit_until(desk.at(10, 30, days=1))
    assert [item.wall for item in desk.shown] == [desk.at(10)]


def test_no_breaks_at_the_weekend() -> None:
    desk = Desk(start=datetime(2026, 1, 10, 8, 0, tzinfo=UTC))  # Saturday
    desk.sit_until(desk.at(10, 30, days=2))
    assert [item.wall for item in desk.shown] == [datetime(2026, 1, 12, 10, 0, tzinfo=UTC)]


def test_the_interval_restarts_after_a_lunch_gap() -> None:
    desk = Desk(BreakSettings(working_hours=hours("09:00-12:30", "13:30-17:00")), respond=done)
    desk.sit_until(desk.at(17, 30))
    assert desk.times() == ["10:00", "11:00", "12:00", "14:30", "15:30", "16:30"]


def test_touching_ranges_count_as_one_span() -> None:
    desk = Desk(BreakSettings(working_hours=hours("09:00-12:15", "12:15-17:00")))
    desk.sit_until(desk.at(13, 30))
    assert desk.times() == ["10:00", "11:00", "12:00", "13:00"]


def test_next_due_skips_gaps_weekends_and_pauses() -> None:
    split = BreakSettings(working_hours=hours("09:00-12:30", "13:30-17:00"))
    lunch = Desk(split, start=datetime(2026, 1, 5, 12, 0, tzinfo=UTC))
    assert lunch.scheduler.next_due(lunch.now) == lunch.at(14, 30)
    friday = Desk(start=datetime(2026, 1, 9, 16, 30, tzinfo=UTC))
    assert friday.scheduler.next_due(friday.now) == datetime(2026, 1, 12, 10, 0, tzinfo=UTC)
    desk = Desk()
    assert desk.scheduler.next_due(desk.now) == desk.at(10)
    desk.scheduler.pause(desk.now, desk.at(10, 40))
    assert desk.scheduler.next_due(desk.now) == desk.at(10, 40)
    nowhere = Desk(BreakSettings(working_hours=hours(days="")))
    assert nowhere.scheduler.next_due(nowhere.now) is None
    nowhere.sit(24 * 60)
    assert nowhere.shown == []


# ---------------------------------------------------------------------- suspend


@pytest.mark.parametrize("tell", [True, False], ids=["signalled", "unsignalled"])
def test_overnight_sleep_with_a_break_nearly_due(tell: bool) -> None:
    desk = Desk(BreakSettings(working_hours=hours("09:00-18:00")), respond=done)
    desk.sit_until(desk.at(16, 35))
    desk.scheduler.break_done(desk.now)
    desk.sit_until(desk.at(17, 30))
    assert desk.times()[-1] == "16:00"  # nothing since the break at 16:35
    assert desk.scheduler.next_due(desk.now) == desk.at(17, 35)
    assert desk.sleep_until(desk.at(8, 55, days=1), tell=tell) is None
    assert desk.scheduler.next_due(desk.now) == desk.at(10)
    first = len(desk.shown)
    desk.sit_until(desk.at(11, 5))
    assert desk.times(desk.shown[first:]) == ["10:00", "11:00"]


@pytest.mark.parametrize("tell", [True, False], ids=["signalled", "unsignalled"])
def test_waking_inside_working_hours_shows_nothing_and_restarts_the_interval(tell: bool) -> None:
    desk = Desk(BreakSettings(working_hours=hours("09:00-18:00")))
    desk.sit_until(desk.at(17, 30))
    assert desk.sleep_until(desk.at(9, 30, days=1), tell=tell) is None
    first = len(desk.shown)
    desk.sit_until(desk.at(10, 45))
    assert desk.times(desk.shown[first:]) == ["10:30"]


@pytest.mark.parametrize("tell", [True, False], ids=["signalled", "unsignalled"])
def test_a_twenty_minute_sleep_is_a_break(tell: bool) -> None:
    desk = Desk()
    desk.sit(30)
    assert desk.sleep(20, tell=tell) is None
    assert desk.scheduler.sitting_minutes(desk.now) == 0
    desk.sit_until(desk.at(11, 0))
    assert desk.times() == ["10:50"]


def test_only_a_signalled_sleep_shorter_than_a_poll_gap_counts_as_away() -> None:
    told = Desk()
    told.sit(30)
    assert told.sleep(2.5, tell=True) is None
    assert told.scheduler.sitting_minutes(told.now) == 0
    told.sit_until(told.at(11))
    assert [item.wall for item in told.shown] == [told.at(10, 32) + timedelta(seconds=30)]
    # Without the signal, 2.5 silent minutes cannot be told from a late poll.
    untold = Desk()
    untold.sit(30)
    untold.sleep(2.5, tell=False)
    assert untold.scheduler.sitting_minutes(untold.now) == 32
    untold.sit_until(untold.at(10, 30))
    assert untold.times() == ["10:00"]


def test_a_twenty_minute_sleep_clears_an_unanswered_break() -> None:
    desk = Desk()
    desk.sit_until(desk.at(10, 5))
    unanswered = desk.scheduler.outstanding
    assert desk.sleep(20) is None
    assert (unanswered, desk.scheduler.outstanding) == (desk.shown[0].due, None)
    first = len(desk.shown)
    desk.sit_until(desk.at(11, 30))
    assert desk.times(desk.shown[first:]) == ["11:25"]


def test_an_unsignalled_gap_shorter_than_an_absence_shows_the_due_break_once() -> None:
    desk = Desk(BreakSettings(absence_minutes=30))
    desk.sit_until(desk.at(9, 50))
    woke = desk.sleep(20, tell=False)
    assert woke is not None
    assert woke.due == desk.at(10)
    assert woke.sitting == timedelta(minutes=70)
    desk.sit_until(desk.at(11, 0))
    assert desk.times() == ["10:10"]


def test_a_signalled_sleep_shorter_than_an_absence_still_restarts_the_interval() -> None:
    desk = Desk(BreakSettings(absence_minutes=30))
    desk.sit_until(desk.at(9, 50))
    assert desk.sleep(20) is None
    assert desk.scheduler.sitting_minutes(desk.now) == 0
    desk.sit_until(desk.at(11, 30))
    assert desk.times() == ["11:10"]


# ---------------------------------------------------------------------- clock changes


def test_spring_forward_keeps_sixty_real_minutes_between_breaks() -> None:
    start = datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN)
    desk = Desk(BreakSettings(working_hours=ALL_DAY), start=start, zone=BERLIN, respond=done)
    desk.sit_until(datetime(2026, 3, 29, 5, 0, tzinfo=BERLIN))
    assert desk.times() == ["01:30", "03:30", "04:30"]
    assert [item.wall.utcoffset() for item in desk.shown] == [
        timedelta(hours=1),
        timedelta(hours=2),
        timedelta(hours=2),
    ]
    assert gaps_minutes(desk.shown) == [60, 60]


def test_fall_back_keeps_sixty_real_minutes_between_breaks() -> None:
    start = datetime(2026, 10, 25, 0, 30, tzinfo=BERLIN)
    desk = Desk(BreakSettings(working_hours=ALL_DAY), start=start, zone=BERLIN, respond=done)
    desk.sit(4 * 60 + 30)
    assert desk.times() == ["01:30", "02:30", "02:30", "03:30"]
    assert [item.wall.fold for item in desk.shown] == [0, 0, 1, 0]
    assert gaps_minutes(desk.shown) == [60, 60, 60]


def test_next_due_across_spring_forward_is_one_real_hour_away() -> None:
    start = datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN)
    desk = Desk(BreakSettings(working_hours=ALL_DAY), start=start, zone=BERLIN)
    due = desk.scheduler.next_due(desk.now)
    assert due is not None
    assert due - desk.now.astimezone(UTC) == timedelta(hours=1)
    assert f"{due:%H:%M}" == "03:30"


def test_a_clock_step_back_neither_delays_nor_repeats_the_break() -> None:
    desk = Desk(respond=done)
    desk.sit_until(desk.at(10, 30))
    assert desk.times() == ["10:00"]
    desk.clock.set_wall(desk.now - timedelta(hours=1))
    assert desk.poll() is None
    desk.sit(150)
    # The wall clock now reads an hour less, but the breaks keep real time.
    assert desk.times() == ["10:00", "10:00", "11:00", "12:00"]
    assert gaps_minutes(desk.shown) == [60, 60, 60]


def test_a_big_clock_step_forward_fires_no_burst() -> None:
    desk = Desk()
    desk.sit_until(desk.at(10, 30))
    assert desk.times() == ["10:00"]  # left unanswered
    desk.clock.set_wall(desk.now + timedelta(hours=3))
    assert desk.poll() is None
    desk.sit(90)
    assert desk.times() == ["10:00", "14:30"]


def test_a_small_clock_step_forward_counts_as_time_passing() -> None:
    desk = Desk()
    desk.sit(30)
    desk.clock.set_wall(desk.now + timedelta(minutes=2))
    desk.sit(40)
    assert desk.times() == ["10:00"]
    assert desk.shown[0].monotonic - 1000.0 == 58 * 60


def test_a_pause_is_not_stretched_by_a_clock_step_back() -> None:
    desk = Desk(start=datetime(2026, 1, 5, 11, 0, tzinfo=UTC))
    desk.sit(45)
    desk.scheduler.pause(desk.now, desk.at(12, 15))
    desk.sit(5)
    desk.clock.set_wall(desk.now - timedelta(hours=1))
    assert desk.poll() is None
    assert desk.scheduler.paused_until == desk.at(11, 15)
    desk.sit(40)
    assert desk.times() == ["11:15"]
    assert desk.shown[0].monotonic - 1000.0 == 75 * 60


# ---------------------------------------------------------------------- presence


def test_a_three_minute_lock_is_a_break_counted_from_the_unlock() -> None:
    desk = Desk()
    desk.sit(40)
    desk.scheduler.screen_locked(desk.now)
    desk.sit(3)
    desk.scheduler.screen_unlocked(desk.now)
    desk.sit_until(desk.at(11, 0))
    assert desk.times() == ["10:43"]


def test_a_one_minute_lock_is_a_break_too() -> None:
    desk = Desk()
    desk.sit(40)
    desk.scheduler.screen_locked(desk.now)
    desk.sit(1)
    desk.scheduler.screen_unlocked(desk.now)
    assert desk.scheduler.sitting_minutes(desk.now) == 0
    desk.sit_until(desk.at(11, 0))
    assert desk.times() == ["10:41"]


def test_no_break_while_locked_and_none_held_over_the_lock() -> None:
    desk = Desk(BreakSettings(absence_minutes=10))
    desk.sit(58)
    desk.scheduler.screen_locked(desk.now)
    assert desk.sit(5) == []
    assert desk.scheduler.next_due(desk.now) is None
    desk.scheduler.screen_unlocked(desk.now)
    assert desk.poll() is None
    desk.sit(70)
    assert desk.times() == ["11:03"]


def test_a_ten_minute_lock_clears_the_due_break() -> None:
    desk = Desk()
    desk.sit(58)
    desk.scheduler.screen_locked(desk.now)
    assert desk.sit(10) == []
    desk.scheduler.screen_unlocked(desk.now)
    desk.sit_until(desk.at(11, 30))
    assert desk.times() == ["11:08"]


def idle_for(desk: Desk, minutes: int) -> list[Shown]:
    """The user walks away for ``minutes``; the driver reports idle time before each poll."""
    first = len(desk.shown)
    for minute in range(1, minutes + 1):
        desk.clock.advance(60)
        desk.scheduler.user_idle(desk.now, minute * 60.0)
        desk.poll()
    return desk.shown[first:]


def test_being_away_is_a_break_from_the_moment_input_resumed() -> None:
    desk = Desk()
    desk.sit(30)
    assert idle_for(desk, 5) == []
    away = desk.scheduler.away
    desk.scheduler.user_idle(desk.now, 5.0)
    assert (away, desk.scheduler.away) == (True, False)
    desk.sit_until(desk.at(11, 0))
    assert desk.times() == ["10:35"]
    assert desk.shown[0].due.due == desk.at(10, 35) - timedelta(seconds=5)


def test_a_short_idle_is_still_sitting() -> None:
    desk = Desk()
    desk.sit(30)
    idle_for(desk, 1)
    assert not desk.scheduler.away
    desk.scheduler.user_idle(desk.now, 0.0)
    desk.sit_until(desk.at(10, 30))
    assert desk.times() == ["10:00"]


def test_no_break_while_away() -> None:
    desk = Desk()
    desk.sit(55)
    assert idle_for(desk, 15) == []
    assert desk.scheduler.next_due(desk.now) is None
    desk.scheduler.user_idle(desk.now, 0.0)
    desk.sit_until(desk.at(11, 30))
    assert desk.times() == ["11:10"]


def test_unknown_idle_time_is_neither_away_nor_present() -> None:
    desk = Desk()
    desk.sit(30)
    for _ in range(40):
        desk.clock.advance(60)
        desk.scheduler.user_idle(desk.now, None)
        desk.poll()
    assert desk.times() == ["10:00"]
    # While away, unknown does not end the absence either.
    idle_for(desk, 5)
    desk.scheduler.user_idle(desk.now, None)
    assert desk.scheduler.away


def test_unlocking_or_answering_a_card_ends_an_idle_absence() -> None:
    desk = Desk()
    desk.sit(30)
    idle_for(desk, 5)
    desk.scheduler.screen_locked(desk.now)
    desk.sit(1)
    desk.scheduler.screen_unlocked(desk.now)
    assert not desk.scheduler.away
    assert desk.scheduler.sitting_minutes(desk.now) == 0


# ---------------------------------------------------------------------- user actions


def test_snoozing_up_to_the_limit() -> None:
    desk = Desk()
    desk.sit_until(desk.at(10, 0))
    assert desk.scheduler.snoozes_left == 3
    for expected in ("10:05", "10:10", "10:15"):
        assert desk.scheduler.snooze(desk.now)
        assert desk.poll() is None
        desk.sit(5)
        assert desk.shown[-1].hhmm == expected
    assert [item.due.snoozes for item in desk.shown] == [0, 1, 2, 3]
    assert [item.due.move for item in desk.shown] == [STRETCH, WALK, WALK, WALK]
    assert desk.scheduler.snoozes_left == 0
    assert not desk.scheduler.snooze(desk.now)
    desk.sit_until(desk.at(11, 30))
    assert desk.times()[4:] == ["11:15"]
    desk.scheduler.break_done(desk.now)
    assert desk.scheduler.snoozes_left == 3


def test_snooze_needs_a_break_to_snooze() -> None:
    desk = Desk()
    desk.sit(30)
    assert not desk.scheduler.snooze(desk.now)
    desk.sit_until(desk.at(10, 1))
    assert desk.times() == ["10:00"]
    no_snoozing = Desk(BreakSettings(snooze_limit=0))
    no_snoozing.sit(60)
    assert not no_snoozing.scheduler.snooze(no_snoozing.now)


def test_skip_restarts_the_interval_and_moves_on() -> None:
    desk = Desk(respond=lambda scheduler, now, due: scheduler.skip(now))
    desk.sit_until(desk.at(11, 30))
    assert desk.times() == ["10:00", "11:00"]
    assert [item.due.move for item in desk.shown] == [STRETCH, SQUEEZES]


def test_session_completed_counts_as_a_break() -> None:
    desk = Desk()
    desk.sit(40)
    desk.scheduler.session_completed(desk.now)
    desk.sit_until(desk.at(11, 0))
    assert desk.times() == ["10:40"]


def test_break_now_works_any_time_and_is_marked_requested() -> None:
    desk = Desk(start=datetime(2026, 1, 10, 11, 0, tzinfo=UTC))  # Saturday
    due = desk.scheduler.break_now(desk.now)
    assert (due.requested, due.due, due.move) == (True, desk.now, STRETCH)
    weekday = Desk()
    weekday.sit(20)
    assert weekday.scheduler.break_now(weekday.now).requested
    weekday.scheduler.break_done(weekday.now)
    weekday.sit_until(weekday.at(11, 0))
    assert weekday.times() == ["10:20"]
    assert weekday.shown[0].due.move == SQUEEZES


def test_a_thirty_minute_pause_holds_the_break_until_it_ends() -> None:
    desk = Desk()
    desk.sit(45)
    desk.scheduler.pause(desk.now, desk.at(10, 15))
    assert desk.scheduler.paused_until == desk.at(10, 15)
    desk.sit_until(desk.at(10, 45))
    assert desk.times() == ["10:15"]
    assert desk.shown[0].due.due == desk.at(10)
    assert desk.scheduler.paused_until is None


def test_pause_until_tomorrow() -> None:
    desk = Desk(respond=done)
    desk.sit_until(desk.at(10, 30))
    desk.scheduler.pause(desk.now, desk.at(0, 0, days=1))
    desk.sit_until(desk.at(10, 30, days=1))
    assert [item.wall for item in desk.shown] == [desk.at(10, days=-1), desk.at(10)]


def test_resume_ends_a_pause_early() -> None:
    desk = Desk()
    desk.sit(45)
    desk.scheduler.pause(desk.now, desk.at(12, 0))
    desk.sit(25)
    desk.scheduler.resume(desk.now)
    assert desk.poll() is not None
    assert desk.times() == ["10:10"]


def test_disabled_reminders_never_fire_but_break_now_still_works() -> None:
    desk = Desk(BreakSettings(enabled=False))
    desk.sit(180)
    assert desk.shown == []
    assert desk.scheduler.next_due(desk.now) is None
    assert desk.scheduler.break_now(desk.now).requested


def test_new_settings_apply_to_the_running_interval() -> None:
    desk = Desk()
    desk.sit(20)
    desk.scheduler.update_settings(desk.now, BreakSettings(interval_minutes=30))
    desk.sit_until(desk.at(10, 15))
    assert desk.times() == ["09:30", "10:00"]


# ---------------------------------------------------------------------- full screen, do not disturb


def test_a_deferred_break_is_shown_right_after_the_deferral_ends() -> None:
    desk = Desk()
    desk.sit(50)
    desk.scheduler.set_deferred(desk.now, "full-screen")
    assert desk.sit(10) == []
    desk.scheduler.set_deferred(desk.now, None)
    held = desk.poll()
    assert held is not None
    assert (held.deferred, held.due) == (True, desk.at(10))
    desk.sit(50)
    assert desk.times() == ["10:00"]


def test_a_deferral_holds_a_break_at_most_the_cap() -> None:
    desk = Desk(BreakSettings(defer_cap_minutes=30))
    desk.scheduler.set_deferred(desk.now, "do-not-disturb")
    desk.sit_until(desk.at(12, 15))
    # The unanswered break falls due again at 11:30 and is held again.
    assert desk.times() == ["10:30", "12:00"]
    assert [item.due.deferred for item in desk.shown] == [True, True]
    assert [item.due.due for item in desk.shown] == [desk.at(10), desk.at(11, 30)]


def test_a_zero_cap_means_never_deferred() -> None:
    desk = Desk(BreakSettings(defer_cap_minutes=0))
    desk.scheduler.set_deferred(desk.now, "full-screen")
    desk.sit(61)
    assert desk.times() == ["10:00"]
    assert not desk.shown[0].due.deferred


# ---------------------------------------------------------------------- properties


@dataclass
class Harness:
    """Random user and machine behaviour, with the contract checked at every reminder."""

    desk: Desk
    real_seconds: float = 0.0
    forward_steps: float = 0.0
    locked: bool = False
    away: bool = False
    in_call: bool = False
    last: tuple[float, float] | None = None  # (real seconds, forward steps) at the last reminder

    def poll(self) -> None:
        if self.desk.poll() is None:
            return
        interval = self.desk.settings.interval_minutes * 60
        local = self.desk.shown[-1].wall
        ranges = self.desk.settings.working_hours.on(local.weekday())
        moment = local.time()
        assert any(r.start <= moment < r.end for r in ranges), f"outside hours: {local}"
        assert not self.locked, f"while locked: {local}"
        assert not self.away, f"while away: {local}"
        if self.last is not None:
            real, steps = self.last
            apart = self.real_seconds - real + (self.forward_steps - steps)
            assert apart >= interval, f"{apart / 60:.1f} min apart at {local}"
        self.last = (self.real_seconds, self.forward_steps)

    def sit(self, minutes: int) -> None:
        for _ in range(minutes):
            self.desk.clock.advance(60)
            self.real_seconds += 60
            self.poll()

    def idle(self, minutes: int, *, back: bool) -> None:
        """No input for ``minutes``, then input again (``back``) or the idle source falls silent."""
        scheduler = self.desk.scheduler
        for minute in range(1, minutes + 1):
            self.desk.clock.advance(60)
            self.real_seconds += 60
            scheduler.user_idle(self.desk.now, minute * 60.0)
            # Each report decides: long enough idle is away, less is back;
            # on a call idle input is not time away.
            self.away = not self.in_call and minute >= self.desk.settings.absence_minutes
            self.poll()
        # Back at the keyboard (reported), or the idle source has gone quiet.
        scheduler.user_idle(self.desk.now, 1.0 if back else None)
        self.away = self.away and not back
        self.poll()

    def call(self, minutes: int, *, ended: bool) -> None:
        """A call of ``minutes`` (still going on unless ``ended``)."""
        self.desk.scheduler.set_in_call(self.desk.now, True)
        self.in_call, self.away = True, False  # a call starting ends an idle absence
        self.sit(minutes)
        if ended:
            self.desk.scheduler.set_in_call(self.desk.now, False)
            self.in_call = False
            self.poll()

    def run(self, event: tuple[str, int, bool]) -> None:
        kind, amount, flag = event
        scheduler, now = self.desk.scheduler, self.desk.now
        if kind == "sit":
            self.sit(amount)
        elif kind == "sleep":
            if flag:
                scheduler.suspended(now)
            self.desk.clock.suspend(amount * 60)
            self.real_seconds += amount * 60
            if flag:
                scheduler.resumed(self.desk.now)
            self.poll()
        elif kind == "step":
            # The clock is set by ``amount - 120`` minutes of real time (in UTC: wall-time
            # arithmetic would land in a daylight-saving gap and really step the other way).
            before = now.astimezone(UTC)
            after = before + timedelta(minutes=amount - 120)
            self.desk.clock.set_wall(after.astimezone(now.tzinfo))
            self.forward_steps += max(0.0, (after - before).total_seconds())
            self.poll()
        elif kind == "lock":
            scheduler.screen_locked(now)
            self.locked = True
            self.sit(amount)
            self.locked = self.away = False
            scheduler.screen_unlocked(self.desk.now)
            self.poll()
        elif kind == "idle":
            self.idle(amount, back=flag)
        elif kind == "call":
            self.call(amount, ended=flag)
        elif kind == "answer":
            self.away = False
            if flag:
                scheduler.break_done(now)
            elif scheduler.snooze(now):
                self.last = None
        elif kind == "break-now":
            self.away = False
            scheduler.break_now(now)
            self.last = None


EVENTS = st.one_of(
    st.tuples(st.just("sit"), st.integers(1, 150), st.booleans()),
    st.tuples(st.just("sleep"), st.integers(1, 16 * 60), st.booleans()),
    st.tuples(st.just("step"), st.integers(0, 240), st.booleans()),
    st.tuples(st.just("lock"), st.integers(0, 15), st.booleans()),
    st.tuples(st.just("idle"), st.integers(0, 15), st.booleans()),
    st.tuples(st.just("call"), st.integers(0, 120), st.booleans()),
    st.tuples(st.just("answer"), st.just(0), st.booleans()),
    st.tuples(st.just("break-now"), st.just(0), st.booleans()),
)
STARTS = st.sampled_from(
    [
        (datetime(2026, 1, 5, 8, 30, tzinfo=UTC), UTC),
        (datetime(2026, 3, 28, 22, 0, tzinfo=BERLIN), BERLIN),
        (datetime(2026, 10, 24, 23, 0, tzinfo=BERLIN), BERLIN),
    ]
)
HOURS = st.sampled_from(
    [
        WorkingHours(),
        ALL_DAY,
        hours("08:00-12:00", "12:00-12:30", "13:00-18:30", days="mon tue sat"),
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    start=STARTS,
    working_hours=HOURS,
    interval=st.sampled_from([10, 30, 60]),
    absence=st.sampled_from([3, 5, 10, 30]),
    events=st.lists(EVENTS, min_size=3, max_size=25),
)
@example(  # a clock set back 51 minutes into the spring-forward gap is 9 minutes forward
    start=(datetime(2026, 3, 28, 22, 0, tzinfo=BERLIN), BERLIN),
    working_hours=ALL_DAY,
    interval=10,
    absence=10,
    events=[("sit", 241, False), ("step", 69, False)],
)
def test_reminders_keep_their_promises_whatever_happens(
    start: tuple[datetime, tzinfo],
    working_hours: WorkingHours,
    interval: int,
    absence: int,
    events: list[tuple[str, int, bool]],
) -> None:
    """Never off hours, locked or away; never closer than an interval (of real time plus
    forward clock steps, which wall time cannot tell from time passing) unless snoozed or
    asked for."""
    rules = BreakSettings(
        interval_minutes=interval, absence_minutes=absence, working_hours=working_hours
    )
    harness = Harness(Desk(rules, start=start[0], zone=start[1]))
    for event in events:
        harness.run(event)


def test_the_property_checks_catch_a_scheduler_that_ignores_locks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ReminderScheduler, "_may_remind", lambda self: True)
    with pytest.raises(AssertionError, match="while locked"):
        Harness(Desk()).run(("lock", 70, False))


def test_the_property_checks_catch_reminders_too_close_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    deliver = ReminderScheduler._deliver

    def nagging(self: ReminderScheduler, due: datetime, *, requested: bool) -> BreakDue:
        result = deliver(self, due, requested=requested)
        self._due_at = self._sat + timedelta(minutes=1)
        return result

    monkeypatch.setattr(ReminderScheduler, "_deliver", nagging)
    with pytest.raises(AssertionError, match="min apart"):
        Harness(Desk()).run(("sit", 70, False))


# -------------------------------------------------------------- a due break does come


def roomy_span_start(working_hours: WorkingHours, after: datetime, room: timedelta) -> datetime:
    """Return the start of the first working span after ``after`` that lasts ``room``.

    Touching ranges count as one span, as the scheduler counts them; the
    length is real time (a span across a daylight-saving change is an hour
    shorter or longer than its clock times say).
    """
    zone = after.tzinfo
    for days in range(9):
        day = (after + timedelta(days=days)).date()
        spans: list[list[time]] = []
        for item in working_hours.on(day.weekday()):
            if spans and spans[-1][1] == item.start:
                spans[-1][1] = item.end
            else:
                spans.append([item.start, item.end])
        for start_time, end_time in spans:
            start = datetime.combine(day, start_time, tzinfo=zone)
            end = datetime.combine(day, end_time, tzinfo=zone)
            if start > after and end.astimezone(UTC) - start.astimezone(UTC) >= room:
                return start
    raise AssertionError(f"no working span of {room} in the week after {after}")


def check_a_due_break_comes_once(desk: Desk, gaps: list[int]) -> None:
    """From a fresh interval inside working hours, the first poll at or after the due
    moment hands out the break, and no other poll does until another interval has passed.

    The machine sleeps (and says so) until the next working span long enough for two
    intervals; there the user is present, takes a break (so the interval starts then),
    nothing is paused, locked, deferred or on a call, and the driver polls ``gaps`` seconds apart
    (in turn, each no longer than the scheduler's poll gap).
    """
    interval = timedelta(minutes=desk.settings.interval_minutes)
    room = 2 * interval + timedelta(minutes=5)
    start = roomy_span_start(desk.settings.working_hours, desk.now, room)
    desk.scheduler.suspended(desk.now)
    desk.clock.suspend((start.astimezone(UTC) - desk.now.astimezone(UTC)).total_seconds() + 60)
    scheduler, began = desk.scheduler, desk.now
    scheduler.resumed(began)
    scheduler.screen_unlocked(began)
    scheduler.resume(began)
    scheduler.set_deferred(began, None)
    scheduler.set_in_call(began, False)
    scheduler.break_done(began)
    due = began.astimezone(UTC) + interval
    handed_out: list[tuple[datetime, BreakDue]] = []
    # Unanswered, the break comes back one interval after it fell due: stop short of that.
    for turn in itertools.count():
        gap = gaps[turn % len(gaps)]
        if desk.now.astimezone(UTC) + timedelta(seconds=gap) >= due + interval:
            break
        desk.clock.advance(gap)
        answer = scheduler.poll(desk.now)
        if answer is not None:
            assert desk.now.astimezone(UTC) >= due, f"shown at {desk.now}, due at {due}"
            handed_out.append((desk.now, answer))
        elif not handed_out:
            assert desk.now.astimezone(UTC) < due, f"no break at {desk.now}, due at {due}"
    assert len(handed_out) == 1, f"{len(handed_out)} breaks between {began} and {desk.now}"
    ((_, answer),) = handed_out
    assert answer.due.astimezone(UTC) == due
    assert not answer.requested
    assert not answer.deferred


RULES = st.builds(
    BreakSettings,
    interval_minutes=st.sampled_from([10, 30, 60]),
    absence_minutes=st.sampled_from([3, 5, 10, 30]),
    working_hours=HOURS,
)


@settings(max_examples=100, deadline=None)
@given(
    start=STARTS,
    rules=RULES,
    events=st.lists(EVENTS, max_size=10),
    gaps=st.lists(st.integers(5, 180), min_size=1, max_size=8),
)
def test_a_due_break_comes_exactly_once_whatever_came_before(
    start: tuple[datetime, tzinfo],
    rules: BreakSettings,
    events: list[tuple[str, int, bool]],
    gaps: list[int],
) -> None:
    """Whatever the user and the machine did before, an interval of sitting in working
    hours (present, not paused, locked or deferred) ends in one break at the first poll
    at or after its due moment."""
    harness = Harness(Desk(rules, start=start[0], zone=start[1]))
    for event in events:
        harness.run(event)
    check_a_due_break_comes_once(harness.desk, gaps)


def test_the_check_catches_a_scheduler_that_never_reminds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ReminderScheduler, "_may_remind", lambda self: False)
    with pytest.raises(AssertionError, match="no break at"):
        check_a_due_break_comes_once(Desk(), [60])


def test_the_check_catches_a_break_handed_out_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    deliver = ReminderScheduler._deliver

    def repeating(self: ReminderScheduler, due: datetime, *, requested: bool) -> BreakDue:
        result = deliver(self, due, requested=requested)
        self._due_at = self._sat  # due again at once
        return result

    monkeypatch.setattr(ReminderScheduler, "_deliver", repeating)
    with pytest.raises(AssertionError, match="breaks between"):
        check_a_due_break_comes_once(Desk(), [60])


def test_the_check_catches_a_break_handed_out_early(monkeypatch: pytest.MonkeyPatch) -> None:
    restart = ReminderScheduler._restart

    def hasty(self: ReminderScheduler, sat: timedelta) -> None:
        restart(self, sat)
        self._due_at -= timedelta(minutes=5)

    monkeypatch.setattr(ReminderScheduler, "_restart", hasty)
    with pytest.raises(AssertionError, match="shown at"):
        check_a_due_break_comes_once(Desk(), [60])
