"""Today's sitting at a glance: time sat, the longest unbroken sit, and what became of the breaks.

``sitting_day`` joins what the history holds for the day (the sitting spans
that ended, ``hipcoach.core.sitting``; the breaks shown, ``BreakRecord``) with
the sit in progress, and gives the figures and the pieces of the Breaks
page's day timeline. Everything is clipped to the local calendar day of
``now``; lengths are real time (UTC), whatever the clocks said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import assert_never

from hipcoach.core.history_records import BreakAction, BreakRecord
from hipcoach.core.settings.working_hours import WorkingHours
from hipcoach.core.sitting import SittingEnd, SittingSpan

_ZERO = timedelta(0)
#: A span that hipcoach's stopping (or the day's hours) ended and one that began this soon
#: after it are one unbroken sit: the user did not get up in between.
JOIN_WITHIN = timedelta(minutes=1)


class MarkKind(StrEnum):
    """What became of a break that fell due."""

    DONE = "done"
    SKIPPED = "skipped"
    DUE = "due"
    """Shown and neither done nor skipped, and the user kept sitting after it."""


@dataclass(frozen=True)
class BreakMark:
    """A break on the timeline: when it was answered (or shown, if it never was), and how."""

    at: datetime
    kind: MarkKind


@dataclass(frozen=True)
class SittingDay:
    """One day's sitting, as of ``now``.

    ``sits`` are the day's spans of sitting in order, clipped to the day;
    the one in progress (if any) is last, as ``current`` too, ending at
    ``now``. ``hours`` are the day's working hours. ``start`` and ``end``
    frame the day's timeline (the working hours, widened to every sit and
    mark); both are None when there is nothing to show.
    """

    now: datetime
    sits: tuple[tuple[datetime, datetime], ...]
    current: tuple[datetime, datetime] | None
    marks: tuple[BreakMark, ...]
    hours: tuple[tuple[datetime, datetime], ...]
    start: datetime | None
    end: datetime | None
    sat: timedelta
    longest: timedelta
    done: int
    skipped: int
    due: int

    @property
    def day(self) -> date:
        """The local calendar day."""
        return self.now.date()


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def _midnight(day: date, like: datetime) -> datetime:
    return datetime.combine(day, time(), tzinfo=like.tzinfo)


def _clip(
    start: datetime, end: datetime, low: datetime, high: datetime
) -> tuple[datetime, datetime] | None:
    """Return ``start``–``end`` cut to ``low``–``high`` (local times), or None if none is left."""
    begin = max(_utc(start), _utc(low))
    finish = min(_utc(end), _utc(high))
    if finish <= begin:
        return None
    zone = low.tzinfo
    return begin.astimezone(zone), finish.astimezone(zone)


def _length(span: tuple[datetime, datetime]) -> timedelta:
    return _utc(span[1]) - _utc(span[0])


def _longest(pieces: Sequence[tuple[datetime, datetime, SittingEnd | None]]) -> timedelta:
    """Return the longest unbroken sit, joining spans split only by a restart or the hours."""
    longest = run = _ZERO
    previous: tuple[datetime, SittingEnd | None] | None = None
    for start, end, ended_by in pieces:
        joined = (
            previous is not None
            and previous[1] is not None
            and not previous[1].stood_up
            and _utc(start) - _utc(previous[0]) <= JOIN_WITHIN
        )
        run = (run if joined else _ZERO) + _length((start, end))
        longest = max(longest, run)
        previous = (end, ended_by)
    return longest


def _marks(
    breaks: Iterable[BreakRecord],
    ups: Sequence[datetime],
    now: datetime,
) -> list[BreakMark]:
    """Return a mark per break that fell due (a snoozed one comes again, so is not one).

    A break left unanswered counts as due unless the user got up (``ups``:
    when sits ended by getting up) before the next break was shown.
    """
    shown = sorted(breaks, key=lambda record: _utc(record.shown_at))
    marks: list[BreakMark] = []
    for index, record in enumerate(shown):
        match record.action:
            case BreakAction.DONE:
                marks.append(BreakMark(record.answered_at or record.shown_at, MarkKind.DONE))
            case BreakAction.SKIPPED:
                marks.append(BreakMark(record.answered_at or record.shown_at, MarkKind.SKIPPED))
            case BreakAction.SNOOZED:
                pass
            case BreakAction.SHOWN:
                until = shown[index + 1].shown_at if index + 1 < len(shown) else now
                low, high = _utc(record.shown_at), _utc(until)
                if not any(low <= _utc(up) <= high for up in ups):
                    marks.append(BreakMark(record.shown_at, MarkKind.DUE))
            case _:
                assert_never(record.action)
    return marks


def sitting_day(
    now: datetime,
    *,
    spans: Iterable[SittingSpan],
    sat_down_at: datetime | None,
    breaks: Iterable[BreakRecord],
    hours: WorkingHours,
) -> SittingDay:
    """Return the sitting of ``now``'s local day up to ``now``.

    ``spans`` are the stored spans (any that touch the day), ``sat_down_at``
    the start of the sit in progress (None when not sitting), ``breaks`` the
    breaks shown that day and ``hours`` the working hours.
    """
    midnight = _midnight(now.date(), now)
    tomorrow = _midnight(now.date() + timedelta(days=1), now)
    pieces: list[tuple[datetime, datetime, SittingEnd | None]] = []
    for span in sorted(spans, key=lambda item: _utc(item.start)):
        clipped = _clip(span.start, span.end, midnight, now)
        if clipped is not None:
            pieces.append((*clipped, span.ended_by))
    current = None if sat_down_at is None else _clip(sat_down_at, now, midnight, now)
    if current is not None:
        pieces = [piece for piece in pieces if _utc(piece[1]) <= _utc(current[0])]
        pieces.append((*current, None))
    ups = [end for _, end, ended_by in pieces if ended_by is not None and ended_by.stood_up]
    marks = _marks(breaks, ups, now)
    day_hours = tuple(
        (_at(now, item.start), _at(now, item.end)) for item in hours.on(now.weekday())
    )
    edges = [moment for pair in day_hours for moment in pair]
    edges += [moment for start, end, _ in pieces for moment in (start, end)]
    edges += [mark.at for mark in marks]
    start = min(edges, key=_utc) if edges else None
    end = max(edges, key=_utc) if edges else None
    if start is not None and end is not None and _utc(end) <= _utc(start):
        end = min(_utc(start) + timedelta(hours=1), _utc(tomorrow)).astimezone(now.tzinfo)
    sits = tuple((begin, finish) for begin, finish, _ in pieces)
    return SittingDay(
        now=now,
        sits=sits,
        current=current,
        marks=tuple(marks),
        hours=day_hours,
        start=start,
        end=end,
        sat=sum((_length(sit) for sit in sits), _ZERO),
        longest=_longest(pieces),
        done=sum(mark.kind is MarkKind.DONE for mark in marks),
        skipped=sum(mark.kind is MarkKind.SKIPPED for mark in marks),
        due=sum(mark.kind is MarkKind.DUE for mark in marks),
    )


def _at(now: datetime, moment: time) -> datetime:
    """Return ``moment`` on ``now``'s local day."""
    return datetime.combine(now.date(), moment, tzinfo=now.tzinfo)
