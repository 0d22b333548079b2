"""Working hours: the parts of each weekday in which movement breaks may come.

Pure values, shared by the reminder scheduler, the Settings page and the
settings file: a ``TimeRange`` is part of one day, ``WorkingHours`` holds
the sorted, non-overlapping ranges of each weekday plus the hours kept for
days that are off. Constructors refuse what is not valid with a
``MessageError`` the Settings page can show.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import time
from itertools import pairwise
from types import MappingProxyType
from typing import Any, NamedTuple

from hipcoach.core.messages import MessageContext, MessageError

#: The weekdays, as ``date.weekday()`` numbers them, by the names the settings use.
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class SettingsText(MessageContext):
    """Why working hours are not valid (shown while editing them)."""


class TimeRange(NamedTuple):
    """Part of a day, from ``start`` (included) to ``end`` (excluded), within one day."""

    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


_RANGE_PATTERN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_time_range(text: str) -> TimeRange:
    """Return the range written as ``"09:00-17:00"`` (24-hour clock, within one day).

    Raises ``ValueError`` with a message for the user when ``text`` is not such
    a range, a time does not exist, or the range ends before it starts.
    """
    match = _RANGE_PATTERN.match(text)
    if not match:
        raise MessageError(
            SettingsText.tr('"{text}" is not a time range like "09:00-17:00"', text=text)
        )
    start_hour, start_minute, end_hour, end_minute = (int(part) for part in match.groups())
    try:
        start = time(start_hour, start_minute)
        end = time(end_hour, end_minute)
    except ValueError:
        raise MessageError(
            SettingsText.tr('"{text}" has a time that does not exist (00:00 to 23:59)', text=text)
        ) from None
    if end <= start:
        raise MessageError(
            SettingsText.tr(
                '"{text}" ends before it starts (a range cannot cross midnight;'
                " split it over two days)",
                text=text,
            )
        )
    return TimeRange(start, end)


def check_day(ranges: tuple[TimeRange, ...]) -> tuple[TimeRange, ...]:
    """Return ``ranges`` sorted; raise ``MessageError`` if any is empty or two overlap."""
    ordered = tuple(sorted(ranges))
    for item in ordered:
        if item.end <= item.start:
            raise MessageError(SettingsText.tr('"{range}" ends before it starts', range=str(item)))
    for before, after in pairwise(ordered):
        if after.start < before.end:
            raise MessageError(
                SettingsText.tr(
                    '"{before}" and "{after}" overlap', before=str(before), after=str(after)
                )
            )
    return ordered


_NINE_TO_FIVE = (TimeRange(time(9), time(17)),)


@dataclass(frozen=True)
class WorkingHours:
    """When breaks may be suggested, per weekday; a day with no ranges has no breaks.

    Each day's ranges are kept sorted and never overlap (ranges that touch,
    like 09:00-12:00 and 12:00-17:00, are allowed).
    """

    mon: tuple[TimeRange, ...] = _NINE_TO_FIVE
    tue: tuple[TimeRange, ...] = _NINE_TO_FIVE
    wed: tuple[TimeRange, ...] = _NINE_TO_FIVE
    thu: tuple[TimeRange, ...] = _NINE_TO_FIVE
    fri: tuple[TimeRange, ...] = _NINE_TO_FIVE
    sat: tuple[TimeRange, ...] = ()
    sun: tuple[TimeRange, ...] = ()
    #: The hours of days that are off, kept to bring back when a day is turned on
    #: again (see ``turned_off``). They never count as working hours; a day that
    #: is on keeps none. A read-only mapping: hours are compared, not hashed.
    kept_while_off: Mapping[str, tuple[TimeRange, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def __post_init__(self) -> None:
        for day in WEEKDAYS:
            object.__setattr__(self, day, _checked_day(f"working_hours.{day}", getattr(self, day)))
        kept: dict[str, tuple[TimeRange, ...]] = {}
        for day, ranges in self.kept_while_off.items():
            if day not in WEEKDAYS:
                raise MessageError(
                    SettingsText.tr("working_hours.kept_while_off: {day} is no weekday", day=day)
                )
            checked = _checked_day(f"working_hours.kept_while_off.{day}", ranges)
            if checked and not getattr(self, day):
                kept[day] = checked
        object.__setattr__(self, "kept_while_off", MappingProxyType(kept))

    @classmethod
    def every_day(cls, *ranges: TimeRange) -> WorkingHours:
        """Return the same ``ranges`` on all seven days."""
        days: dict[str, Any] = dict.fromkeys(WEEKDAYS, ranges)
        return cls(**days)

    def on(self, weekday: int) -> tuple[TimeRange, ...]:
        """Return the ranges of ``weekday`` (0 = Monday, as ``date.weekday()``)."""
        ranges: tuple[TimeRange, ...] = getattr(self, WEEKDAYS[weekday])
        return ranges

    def turned_off(self, day: str) -> WorkingHours:
        """Return these hours with ``day`` (``"mon"`` … ``"sun"``) off, its ranges kept."""
        ranges: tuple[TimeRange, ...] = getattr(self, day)
        kept = dict(self.kept_while_off)
        if ranges:
            kept[day] = ranges
        return replace(self, **{day: ()}, kept_while_off=kept)

    def with_day(self, day: str, ranges: tuple[TimeRange, ...]) -> WorkingHours:
        """Return these hours with ``day``'s ranges set (no ranges turns it off, keeping them)."""
        if not ranges:
            return self.turned_off(day)
        changes: dict[str, Any] = {day: ranges}
        return replace(self, **changes)


def _checked_day(where: str, ranges: tuple[TimeRange, ...]) -> tuple[TimeRange, ...]:
    """Return ``ranges`` sorted; raise ``MessageError`` naming ``where`` if they are not valid."""
    try:
        return check_day(tuple(TimeRange(*item) for item in ranges))
    except MessageError as error:
        raise MessageError(
            SettingsText.tr("{where}: {error}", where=where, error=error.message)
        ) from None
