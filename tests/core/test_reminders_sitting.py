"""Sitting measured honestly: what counts as getting up, and the sitting spans the scheduler keeps.

The scenarios drive the scheduler the way the app does (``Desk`` from
``test_reminders``: a poll every minute of manual-clock time).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hipcoach.core.settings import BreakSettings
from hipcoach.core.sitting import SittingEnd, SittingSpan
from tests.core.test_reminders import (
    EVENTS,
    HOURS,
    STARTS,
    Desk,
    Harness,
    Shown,
    done,
    hours,
)


def read(desk: Desk, minutes: int, *, back_for: float = 0.0) -> list[Shown]:
    """No input for ``minutes`` (reading, or away), then typing again for ``back_for`` seconds."""
    first = len(desk.shown)
    for minute in range(1, minutes + 1):
        desk.clock.advance(60)
        desk.scheduler.user_idle(desk.now, minute * 60.0)
        desk.poll()
    desk.scheduler.user_idle(desk.now, back_for)
    return desk.shown[first:]


def spans(desk: Desk) -> list[tuple[str, str, SittingEnd]]:
    """Return the sitting spans ended so far as (start, end, what ended it), clock times."""
    return [
        (f"{span.start:%H:%M:%S}", f"{span.end:%H:%M:%S}", span.ended_by)
        for span in desk.scheduler.take_sitting_spans()
    ]


# ---------------------------------------------------------------------- what counts as getting up


def test_three_minute_reading_pauses_every_forty_minutes_still_give_a_break_each_hour() -> None:
    desk = Desk(respond=done)
    for _ in range(5):  # 09:00 to 12:20
        desk.sit(37)
        read(desk, 3)
    assert desk.times() == ["10:00", "11:00", "12:00"]
    assert [item.due.sitting for item in desk.shown] == [timedelta(hours=1)] * 3
    # The pauses were sitting too: one unbroken span per break.
    assert spans(desk) == [
        ("09:00:00", "10:00:00", SittingEnd.BREAK),
        ("10:00:00", "11:00:00", SittingEnd.BREAK),
        ("11:00:00", "12:00:00", SittingEnd.BREAK),
    ]


def test_a_four_minute_pause_is_still_sitting() -> None:
    desk = Desk()
    desk.sit(30)
    read(desk, 4)
    assert desk.scheduler.sitting_minutes(desk.now) == 34
    assert desk.scheduler.sat_down_at == desk.at(9)


def test_a_six_minute_absence_restarts_the_interval() -> None:
    desk = Desk()
    desk.sit(30)
    read(desk, 6, back_for=10.0)
    assert desk.scheduler.sitting(desk.now) == timedelta(seconds=10)
    desk.sit_until(desk.at(11, 30))
    assert desk.times() == ["10:36"]
    assert desk.shown[0].due.due == desk.at(10, 36) - timedelta(seconds=10)
    # The span ended at the last input; the next began when typing resumed.
    assert spans(desk) == [("09:00:00", "09:30:00", SittingEnd.ABSENCE)]
    assert desk.scheduler.sat_down_at == desk.at(9, 36) - timedelta(seconds=10)


def test_a_ten_second_lock_restarts_the_interval() -> None:
    desk = Desk()
    desk.sit(40)
    desk.scheduler.screen_locked(desk.now)
    desk.clock.advance(10)
    desk.scheduler.screen_unlocked(desk.now)
    assert desk.scheduler.sitting_minutes(desk.now) == 0
    desk.sit_until(desk.at(11, 0))
    assert [f"{item.wall:%H:%M:%S}" for item in desk.shown] == ["10:40:10"]
    assert spans(desk) == [("09:00:00", "09:40:00", SittingEnd.LOCK)]


def test_a_lock_clears_a_break_that_was_due() -> None:
    desk = Desk()
    desk.sit_until(desk.at(10, 2))
    assert desk.times() == ["10:00"]
    desk.scheduler.screen_locked(desk.now)
    desk.clock.advance(20)
    desk.scheduler.screen_unlocked(desk.now)
    assert desk.scheduler.outstanding is None
    assert desk.sit(59) == []


@pytest.mark.parametrize("tell", [True, False], ids=["signalled", "unsignalled"])
def test_nothing_piles_up_after_a_long_sleep(tell: bool) -> None:
    desk = Desk(BreakSettings(working_hours=hours("08:00-18:00")))
    desk.sit_until(desk.at(10, 30))
    assert desk.times() == ["10:00"]  # left unanswered
    assert desk.sleep(5 * 60, tell=tell) is None  # 10:30-15:30
    assert desk.scheduler.outstanding is None
    after = desk.sit(59)
    assert after == []
    assert desk.times(desk.sit(2)) == ["16:30"]
    assert desk.sleep(30, tell=tell) is None
    assert len(desk.sit(59)) == 0


def test_a_one_minute_sleep_restarts_the_interval() -> None:
    desk = Desk()
    desk.sit(50)
    assert desk.sleep(1) is None
    assert desk.scheduler.sitting_minutes(desk.now) == 0
    assert spans(desk) == [("09:00:00", "09:50:00", SittingEnd.SLEEP)]
    assert desk.scheduler.sat_down_at == desk.at(9, 51)


def test_stood_up_restarts_the_interval() -> None:
    desk = Desk()
    desk.sit(50)
    desk.scheduler.stood_up(desk.now)
    assert desk.scheduler.sitting_minutes(desk.now) == 0
    desk.sit_until(desk.at(11, 0))
    assert desk.times() == ["10:50"]
    assert spans(desk) == [("09:00:00", "09:50:00", SittingEnd.STOOD_UP)]


def test_stood_up_settles_an_outstanding_break() -> None:
    desk = Desk()
    desk.sit_until(desk.at(10, 5))
    assert desk.times() == ["10:00"]  # unanswered
    desk.scheduler.stood_up(desk.now)
    assert desk.scheduler.outstanding is None
    assert desk.scheduler.snoozes_left == desk.settings.snooze_limit
    desk.sit_until(desk.at(12, 0))
    assert desk.times() == ["10:00", "11:05"]


def test_stood_up_ends_an_absence_the_computer_noticed() -> None:
    desk = Desk()
    desk.sit(30)
    for minute in range(1, 9):  # away, and no input since
        desk.clock.advance(60)
        desk.scheduler.user_idle(desk.now, minute * 60.0)
    was_away = desk.scheduler.away
    desk.scheduler.stood_up(desk.now)
    assert (was_away, desk.scheduler.away) == (True, False)
    assert desk.scheduler.sat_down_at == desk.now


# ---------------------------------------------------------------------- the spans


def test_skipping_or_snoozing_a_break_does_not_end_the_sit() -> None:
    desk = Desk()
    desk.sit_until(desk.at(10, 1))
    assert desk.scheduler.snooze(desk.now)
    desk.sit(10)
    desk.scheduler.skip(desk.now)
    desk.sit(30)
    assert spans(desk) == []
    assert desk.scheduler.sat_down_at == desk.at(9)
    assert desk.scheduler.sitting_minutes(desk.now) == 30  # the reminders restarted


def test_a_session_counts_as_a_break_and_ends_the_sit() -> None:
    desk = Desk()
    desk.sit(20)
    desk.scheduler.session_completed(desk.now)
    assert spans(desk) == [("09:00:00", "09:20:00", SittingEnd.BREAK)]


def test_the_end_of_working_hours_ends_the_sit_and_the_next_span_starts_with_them() -> None:
    desk = Desk(BreakSettings(working_hours=hours("09:00-12:00", "13:00-17:00")), respond=done)
    desk.sit_until(desk.at(12, 30))
    assert desk.scheduler.sat_down_at is None
    desk.sit_until(desk.at(13, 40))
    assert spans(desk) == [
        ("09:00:00", "10:00:00", SittingEnd.BREAK),
        ("10:00:00", "11:00:00", SittingEnd.BREAK),
        ("11:00:00", "12:00:00", SittingEnd.HOURS),
    ]
    assert desk.scheduler.sat_down_at == desk.at(13)


def test_time_the_app_did_not_see_ends_the_sit_where_it_was_last_seen() -> None:
    desk = Desk()
    desk.sit(20)
    desk.clock.suspend(30 * 60)  # frozen, or asleep without saying so
    desk.poll()
    assert spans(desk) == [("09:00:00", "09:20:00", SittingEnd.ABSENCE)]
    assert desk.scheduler.sat_down_at == desk.at(9, 50)


def test_closing_ends_the_sit_and_no_other_begins() -> None:
    desk = Desk()
    desk.sit(25)
    desk.scheduler.closing(desk.now)
    assert spans(desk) == [("09:00:00", "09:25:00", SittingEnd.QUIT)]
    desk.sit(5)
    assert desk.scheduler.sat_down_at is None
    assert spans(desk) == []


def test_spans_are_handed_out_once() -> None:
    desk = Desk()
    desk.sit(10)
    desk.scheduler.stood_up(desk.now)
    assert len(desk.scheduler.take_sitting_spans()) == 1
    assert desk.scheduler.take_sitting_spans() == ()


def test_a_span_checks_its_values() -> None:
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    with pytest.raises(ValueError, match="before it starts"):
        SittingSpan(start, start - timedelta(seconds=1), SittingEnd.LOCK)
    with pytest.raises(ValueError, match="aware"):
        SittingSpan(start.replace(tzinfo=None), start, SittingEnd.LOCK)
    with pytest.raises(ValueError, match="ended_by"):
        SittingSpan(start, start, "nap")  # type: ignore[arg-type]
    assert SittingSpan(start, start, "lock").ended_by is SittingEnd.LOCK  # type: ignore[arg-type]


def forward(event: tuple[str, int, bool]) -> bool:
    """Whether ``event`` keeps the wall clock going forward (it is no step back)."""
    kind, amount, _ = event
    return kind != "step" or amount >= 120


@settings(max_examples=150, deadline=None)
@given(
    start=STARTS,
    working_hours=HOURS,
    events=st.lists(EVENTS.filter(forward), min_size=1, max_size=20),
)
def test_spans_never_overlap_whatever_happens(
    start: tuple[datetime, object], working_hours: object, events: list[tuple[str, int, bool]]
) -> None:
    """Whatever the user and the machine do, the spans come in order and never overlap.

    (A clock set back makes wall times overlap whatever is done: then only a valid
    span is promised, which ``SittingSpan`` checks when made.)
    """
    rules = BreakSettings(working_hours=working_hours)  # type: ignore[arg-type]
    harness = Harness(Desk(rules, start=start[0], zone=start[1]))  # type: ignore[arg-type]
    ended: list[SittingSpan] = []
    for event in events:
        harness.run(event)
        ended.extend(harness.desk.scheduler.take_sitting_spans())
    harness.desk.scheduler.closing(harness.desk.now)
    ended.extend(harness.desk.scheduler.take_sitting_spans())
    instants = [(span.start.astimezone(UTC), span.end.astimezone(UTC)) for span in ended]
    for (_, end), (next_start, _) in pairwise(instants):
        assert end <= next_start
    assert all(begin < end for begin, end in instants)
