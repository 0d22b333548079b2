"""Today's sitting figures and timeline pieces: stored spans, the sit in progress, breaks."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hipcoach.core.history_records import BreakAction, BreakRecord
from hipcoach.core.settings import WorkingHours, parse_time_range
from hipcoach.core.sitting import SittingEnd, SittingSpan
from hipcoach.core.sitting_day import BreakMark, MarkKind, sitting_day

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2026, 1, 5, tzinfo=BERLIN)
HOURS = WorkingHours(mon=(parse_time_range("09:00-17:00"),))


def at(hhmm: str, *, days: int = 0) -> datetime:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return MONDAY.replace(hour=hour, minute=minute) + timedelta(days=days)


def span(start: str, end: str, ended_by: SittingEnd = SittingEnd.BREAK) -> SittingSpan:
    """A stored span of today from ``start`` to ``end`` (``HH:MM``)."""
    return SittingSpan(at(start), at(end), ended_by)


def shown(when: str, action: BreakAction, answered: str | None = None) -> BreakRecord:
    """A break of today shown at ``when`` and answered ``action`` at ``answered``."""
    return BreakRecord(
        due_at=at(when),
        shown_at=at(when),
        answered_at=None if answered is None else at(answered),
        action=action,
        reason=None,
        move="walk-break",
        deferred=False,
    )


def minutes(value: timedelta) -> float:
    return value.total_seconds() / 60


def test_a_morning_with_a_break_done_one_skipped_and_a_lock() -> None:
    day = sitting_day(
        at("12:10"),
        spans=[
            span("09:00", "10:02", SittingEnd.BREAK),
            span("10:06", "11:30", SittingEnd.LOCK),
        ],
        sat_down_at=at("11:40"),
        breaks=[
            shown("10:00", BreakAction.DONE, "10:02"),
            shown("11:06", BreakAction.SKIPPED, "11:07"),
        ],
        hours=HOURS,
    )
    assert minutes(day.sat) == 62 + 84 + 30
    assert minutes(day.longest) == 84
    assert (day.done, day.skipped, day.due) == (1, 1, 0)
    assert day.marks == (
        BreakMark(at("10:02"), MarkKind.DONE),
        BreakMark(at("11:07"), MarkKind.SKIPPED),
    )
    assert day.current == (at("11:40"), at("12:10"))
    assert day.sits[-1] == day.current
    assert (day.start, day.end) == (at("09:00"), at("17:00"))
    assert day.hours == ((at("09:00"), at("17:00")),)


def test_a_break_left_unanswered_while_the_user_kept_sitting_is_due() -> None:
    day = sitting_day(
        at("11:30"),
        spans=[],
        sat_down_at=at("09:00"),
        breaks=[shown("10:00", BreakAction.SNOOZED, "10:01"), shown("10:06", BreakAction.SHOWN)],
        hours=HOURS,
    )
    assert (day.done, day.skipped, day.due) == (0, 0, 1)
    assert day.marks == (BreakMark(at("10:06"), MarkKind.DUE),)
    assert minutes(day.longest) == minutes(day.sat) == 150


def test_a_break_the_user_walked_away_from_is_not_due() -> None:
    day = sitting_day(
        at("11:30"),
        spans=[span("09:00", "10:03", SittingEnd.ABSENCE)],
        sat_down_at=at("10:15"),
        breaks=[shown("10:00", BreakAction.SHOWN)],
        hours=HOURS,
    )
    assert day.due == 0
    assert day.marks == ()


def test_spans_are_clipped_to_the_day_and_to_now() -> None:
    day = sitting_day(
        at("09:30"),
        spans=[SittingSpan(at("23:00", days=-1), at("00:30"), SittingEnd.SLEEP)],
        sat_down_at=None,
        breaks=[],
        hours=HOURS,
    )
    assert day.sits == ((at("00:00"), at("00:30")),)
    assert minutes(day.sat) == 30
    assert day.current is None
    assert day.start == at("00:00")


def test_a_restart_of_the_app_does_not_break_the_longest_sit() -> None:
    day = sitting_day(
        at("11:00"),
        spans=[span("09:00", "09:40", SittingEnd.QUIT)],
        sat_down_at=at("09:40"),
        breaks=[],
        hours=HOURS,
    )
    assert minutes(day.longest) == 120
    stood = sitting_day(
        at("11:00"),
        spans=[span("09:00", "09:40", SittingEnd.STOOD_UP)],
        sat_down_at=at("09:40"),
        breaks=[],
        hours=HOURS,
    )
    assert minutes(stood.longest) == 80  # 09:40 to 11:00


def test_a_stored_span_the_sit_in_progress_overlaps_is_left_out() -> None:
    day = sitting_day(
        at("10:00"),
        spans=[span("09:00", "09:50", SittingEnd.QUIT)],
        sat_down_at=at("09:30"),
        breaks=[],
        hours=HOURS,
    )
    assert day.sits == ((at("09:30"), at("10:00")),)


def test_a_day_without_hours_or_sitting_has_no_timeline() -> None:
    saturday = at("10:00", days=5)
    day = sitting_day(saturday, spans=[], sat_down_at=None, breaks=[], hours=HOURS)
    assert (day.start, day.end) == (None, None)
    assert (day.sat, day.longest, day.done, day.skipped, day.due) == (timedelta(0),) * 2 + (0,) * 3


def test_sitting_outside_working_hours_widens_the_timeline() -> None:
    day = sitting_day(
        at("18:30"),
        spans=[span("08:00", "08:45", SittingEnd.HOURS)],
        sat_down_at=at("18:00"),
        breaks=[],
        hours=HOURS,
    )
    assert (day.start, day.end) == (at("08:00"), at("18:30"))


def test_lengths_are_real_time_across_a_daylight_saving_change() -> None:
    spring = datetime(2026, 3, 29, 4, 0, tzinfo=BERLIN)
    day = sitting_day(
        spring,
        spans=[
            SittingSpan(
                datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN),
                datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN),
                SittingEnd.BREAK,
            )
        ],
        sat_down_at=None,
        breaks=[],
        hours=WorkingHours(),
    )
    assert minutes(day.sat) == 60
