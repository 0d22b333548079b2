"""The user's settings: values with defaults, their TOML form, and the file that keeps them.

The dataclasses here only ever hold valid values (constructors raise
``ValueError`` otherwise). Reading a file is forgiving: each bad key falls
back to its default and becomes a problem like
``breaks.interval_minutes: must be a whole number from 10 to 240; using 60``,
unknown keys are reported and ignored, and the rest still loads. Writing
stores only what differs from the defaults, so a default that improves in a
later release reaches everyone who never changed it.

``kept_while_off`` holds the hours of a day that was turned off, to bring
back when it is turned on again. It came later than ``schema = 1`` without a
new number: an older hipcoach reads such a file the same (the day stays off),
only noting the table it does not know.

The file layout (``schema = 1``)::

    schema = 1
    [breaks]
    interval_minutes = 45
    [breaks.working_hours]
    mon = ["09:00-12:30", "13:30-17:00"]
    fri = []
    [breaks.working_hours.kept_while_off]
    fri = ["09:00-15:00"]
    [sound]
    volume = 0.5
    [general]
    protocol = "gentle"
    [general.choices]
    stretch = "couch-stretch"
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import time
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType
from typing import Any, ClassVar, NamedTuple

import tomli_w

from hipcoach.core.atomic import remove_leftovers, write_atomic
from hipcoach.core.clock import WallClock
from hipcoach.core.fileio import TomlReadError, read_toml
from hipcoach.core.messages import QT_TRANSLATE_NOOP, Message, MessageContext, MessageError
from hipcoach.core.paths import AppPaths, make_private
from hipcoach.core.problems import TableReader, is_integer, toml_value
from hipcoach.core.schema import ID_PATTERN

#: The settings format this version writes; files with a higher number are never overwritten.
SCHEMA = 1
SETTINGS_FILE_NAME = "settings.toml"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The key, within ``[breaks.working_hours]``, of the hours kept for days that are off.
KEPT_WHILE_OFF = "kept_while_off"
_WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("SettingsFileText", "Monday"),
    QT_TRANSLATE_NOOP("SettingsFileText", "Tuesday"),
    QT_TRANSLATE_NOOP("SettingsFileText", "Wednesday"),
    QT_TRANSLATE_NOOP("SettingsFileText", "Thursday"),
    QT_TRANSLATE_NOOP("SettingsFileText", "Friday"),
    QT_TRANSLATE_NOOP("SettingsFileText", "Saturday"),
    QT_TRANSLATE_NOOP("SettingsFileText", "Sunday"),
)


class Limits(NamedTuple):
    """The inclusive range a number setting must lie in (for validation and spin boxes)."""

    low: int
    high: int

    def __contains__(self, value: object) -> bool:
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and self.low <= value <= self.high
        )


INTERVAL_MINUTES = Limits(10, 240)
SNOOZE_MINUTES = Limits(1, 60)
SNOOZE_LIMIT = Limits(0, 10)
ABSENCE_MINUTES = Limits(1, 30)
WALK_MINUTES = Limits(2, 5)
#: 0 means a full-screen app or do-not-disturb never holds a break back.
DEFER_CAP_MINUTES = Limits(0, 120)
#: 0 means a call never holds a break back ("Never hold").
CALL_HOLD_MINUTES = Limits(0, 240)


# --------------------------------------------------------------------------- working hours


class SettingsText(MessageContext):
    """Why working hours are not valid (shown while editing them)."""


class SettingsFileText(MessageContext):
    """What was wrong with the settings file, or saving it (shown at start-up and after saving)."""


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


def _check_day(ranges: tuple[TimeRange, ...]) -> tuple[TimeRange, ...]:
    """Return ``ranges`` sorted; raise ``ValueError`` if any is empty or two overlap."""
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
        return _check_day(tuple(TimeRange(*item) for item in ranges))
    except MessageError as error:
        raise MessageError(
            SettingsText.tr("{where}: {error}", where=where, error=error.message)
        ) from None


# --------------------------------------------------------------------------- dataclasses

DEFAULT_MOVES = ("standing-hip-flexor-stretch", "standing-glute-squeezes", "walk-break")


def _require(name: str, ok: bool, rule: Message) -> None:
    if not ok:
        raise ValueError(f"{name}: {rule}")


def _whole_rule(limits: Limits) -> Message:
    return SettingsFileText.tr(
        "must be a whole number from {low} to {high}", low=str(limits.low), high=str(limits.high)
    )


_MOVES_RULE = QT_TRANSLATE_NOOP(
    "SettingsFileText", 'must be a list of one or more exercise ids like "walk-break"'
)
_ID_RULE = QT_TRANSLATE_NOOP(
    "SettingsFileText", 'must be an id like "daily" (lower-case letters, digits and "-")'
)
_VOLUME_RULE = QT_TRANSLATE_NOOP("SettingsFileText", "must be a number from 0.0 to 1.0")
_BOOL_RULE = QT_TRANSLATE_NOOP("SettingsFileText", "must be true or false")


def _is_id(value: object) -> bool:
    return isinstance(value, str) and bool(ID_PATTERN.match(value))


@dataclass(frozen=True)
class BreakSettings:
    """Movement-break reminders: how often, when, and what to do."""

    interval_minutes: int = 60
    working_hours: WorkingHours = field(default_factory=WorkingHours)
    snooze_minutes: int = 5
    #: Snoozes allowed per break.
    snooze_limit: int = 3
    #: Idle or locked at least this long counts as a break already taken.
    absence_minutes: int = 2
    #: Exercise ids that take turns as the suggested move.
    moves: tuple[str, ...] = DEFAULT_MOVES
    stretch_per_side: bool = True
    walk_minutes: int = 3
    #: How long a full-screen app or do-not-disturb may hold a due break back.
    defer_cap_minutes: int = 30
    #: How long a call (microphone or camera in use) may hold a due break back; 0: never.
    call_hold_minutes: int = 60
    enabled: bool = True

    LIMITS: ClassVar[Mapping[str, Limits]] = MappingProxyType(
        {
            "interval_minutes": INTERVAL_MINUTES,
            "snooze_minutes": SNOOZE_MINUTES,
            "snooze_limit": SNOOZE_LIMIT,
            "absence_minutes": ABSENCE_MINUTES,
            "walk_minutes": WALK_MINUTES,
            "defer_cap_minutes": DEFER_CAP_MINUTES,
            "call_hold_minutes": CALL_HOLD_MINUTES,
        }
    )

    def __post_init__(self) -> None:
        for name, limits in self.LIMITS.items():
            _require(name, getattr(self, name) in limits, _whole_rule(limits))
        for name in ("stretch_per_side", "enabled"):
            _require(name, isinstance(getattr(self, name), bool), _BOOL_RULE)
        moves = tuple(self.moves)
        _require("moves", bool(moves) and all(_is_id(move) for move in moves), _MOVES_RULE)
        object.__setattr__(self, "moves", moves)


@dataclass(frozen=True)
class SoundSettings:
    """Sound cues during breaks and sessions."""

    enabled: bool = True
    volume: float = 0.7
    spoken_cues: bool = False

    def __post_init__(self) -> None:
        for name in ("enabled", "spoken_cues"):
            _require(name, isinstance(getattr(self, name), bool), _BOOL_RULE)
        _require("volume", _is_volume(self.volume), _VOLUME_RULE)
        object.__setattr__(self, "volume", float(self.volume))


def _is_volume(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0.0 <= value <= 1.0


@dataclass(frozen=True)
class GeneralSettings:
    """Everything else: start-up, the session protocol and the user's exercise choices.

    ``choices`` maps a block of the protocol that offers a choice (named by
    the caller, e.g. ``"daily/stretch-2"``) to the exercise id the user picked.
    It is a read-only mapping; settings are compared with ``==``, not hashed.
    """

    start_at_login: bool = False
    protocol: str = "daily"
    choices: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        _require("start_at_login", isinstance(self.start_at_login, bool), _BOOL_RULE)
        _require("protocol", _is_id(self.protocol), _ID_RULE)
        choices = dict(self.choices)
        for block, exercise in choices.items():
            _require(f"choices.{block}", bool(block.strip()) and _is_id(exercise), _ID_RULE)
        object.__setattr__(self, "choices", MappingProxyType(choices))


@dataclass(frozen=True)
class Settings:
    """All settings of one user."""

    breaks: BreakSettings = field(default_factory=BreakSettings)
    sound: SoundSettings = field(default_factory=SoundSettings)
    general: GeneralSettings = field(default_factory=GeneralSettings)

    schema: ClassVar[int] = SCHEMA


# --------------------------------------------------------------------------- migrations

Migration = Callable[[dict[str, Any]], dict[str, Any]]
"""Turns a settings table of version N into version N + 1 (may change its argument)."""

#: Version N -> the step to N + 1. Version 1 is the first; nothing to migrate yet.
MIGRATIONS: Mapping[int, Migration] = MappingProxyType({})


class MigrationError(MessageError):
    """A settings table is of a version no migration starts from."""


def migrate(
    table: Mapping[str, Any],
    *,
    migrations: Mapping[int, Migration] = MIGRATIONS,
    target: int = SCHEMA,
) -> dict[str, Any]:
    """Return ``table`` upgraded to version ``target``, leaving ``table`` itself unchanged.

    The version is ``table["schema"]`` (a missing or non-integer one counts as
    ``target``). Each step ``migrations[n]`` turns version n into n + 1 and the
    result is stamped with the new number. A table of ``target`` or newer is
    returned as a copy, unchanged. Raises ``MigrationError`` when a step is
    missing.
    """
    result = copy.deepcopy(dict(table))
    version = result.get("schema", target)
    if not is_integer(version):
        return result
    while version < target:
        step = migrations.get(version)
        if step is None:
            raise MigrationError(
                SettingsFileText.tr(
                    "settings version {version} cannot be upgraded", version=str(version)
                )
            )
        result = step(result)
        version += 1
        result["schema"] = version
    return result


def file_schema(table: Mapping[str, Any]) -> int | None:
    """Return the ``schema`` number of a settings table, or ``None`` if it has none or a bad one."""
    version = table.get("schema")
    if isinstance(version, int) and not isinstance(version, bool):
        return version
    return None


# --------------------------------------------------------------------------- reading


class _Reader:
    """Reads one section of the settings table, falling back to defaults with a problem."""

    def __init__(self, reader: TableReader, problems: list[Message]) -> None:
        self.tables = reader
        self._problems = problems

    def fallback(self, key: str, rule: Message, default: str) -> None:
        self._problems.append(
            SettingsFileText.tr(
                "{key}: {rule}; using {default}",
                key=self.tables.path(key),
                rule=rule,
                default=default,
            )
        )

    def whole(self, key: str, default: int, limits: Limits) -> int:
        value = self.tables.raw(key)
        if value is None:
            return default
        if value not in limits:
            self.fallback(key, _whole_rule(limits), str(default))
            return default
        return int(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self.tables.raw(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fallback(key, _BOOL_RULE, toml_value(default))
            return default
        return value

    def identifier(self, key: str, default: str) -> str:
        value = self.tables.raw(key)
        if value is None:
            return default
        if not _is_id(value):
            self.fallback(key, _ID_RULE, toml_value(default))
            return default
        return str(value)


def _key_problem(key: str, problem: Message | str) -> Message:
    """Return ``key: problem``, the way each problem of the file is shown."""
    return SettingsFileText.tr("{key}: {problem}", key=key, problem=problem)


def _reporter(problems: list[Message]) -> Callable[[str, Any], None]:
    """Return a ``TableReader`` report that adds each problem to ``problems``."""
    return lambda path, message: problems.append(_key_problem(path, message))


def _section(
    table: Mapping[str, Any], key: str, problems: list[Message]
) -> tuple[TableReader, _Reader]:
    """Return readers for ``table[key]``; a non-table is reported and read as empty."""
    value = table.get(key, {})
    if not isinstance(value, dict):
        problems.append(
            SettingsFileText.tr("{key}: must be a table ([{key}]); using the defaults", key=key)
        )
        value = {}
    reader = TableReader(value, key, _reporter(problems))
    return reader, _Reader(reader, problems)


def _describe_day(ranges: tuple[TimeRange, ...]) -> Message | str:
    if not ranges:
        return SettingsFileText.tr("no hours (no breaks that day)")
    return ", ".join(str(item) for item in ranges)


def _read_day(
    days: TableReader, day: str, fallback: Message, problems: list[Message]
) -> tuple[TimeRange, ...] | None:
    """Return the ranges listed under ``day`` in ``days``; ``None`` (reported) if they are bad."""
    raw = days.raw(day)
    if raw is None:
        return None
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        problems.append(
            SettingsFileText.tr(
                '{key}: must be a list of time ranges like ["09:00-17:00"]; {fallback}',
                key=days.path(day),
                fallback=fallback,
            )
        )
        return None
    ranges: list[TimeRange] = []
    errors: list[Message] = []
    for item in items:
        try:
            ranges.append(parse_time_range(item))
        except MessageError as error:
            errors.append(error.message)
    if not errors:
        try:
            return _check_day(tuple(ranges))
        except MessageError as error:
            errors.append(error.message)
    problems.extend(
        SettingsFileText.tr(
            "{key}: {problem}; {fallback}", key=days.path(day), problem=message, fallback=fallback
        )
        for message in errors
    )
    return None


def _read_kept_hours(
    days: TableReader, problems: list[Message]
) -> dict[str, tuple[TimeRange, ...]]:
    value = days.raw(KEPT_WHILE_OFF)
    if value is None:
        return {}
    path = days.path(KEPT_WHILE_OFF)
    if not isinstance(value, dict):
        problems.append(
            SettingsFileText.tr(
                '{key}: must be a table of weekdays like mon = ["09:00-17:00"]; ignored', key=path
            )
        )
        return {}
    kept_days = TableReader(value, path, _reporter(problems))
    kept: dict[str, tuple[TimeRange, ...]] = {}
    for day in WEEKDAYS:
        ranges = _read_day(kept_days, day, SettingsFileText.tr("ignored"), problems)
        if ranges is not None:
            kept[day] = ranges
    kept_days.finish()
    return kept


def _read_working_hours(section: _Reader, problems: list[Message]) -> WorkingHours:
    defaults = WorkingHours()
    value = section.tables.raw("working_hours")
    if value is None:
        return defaults
    path = section.tables.path("working_hours")
    if not isinstance(value, dict):
        problems.append(
            SettingsFileText.tr(
                '{key}: must be a table of weekdays like mon = ["09:00-17:00"]; '
                "using the default hours",
                key=path,
            )
        )
        return defaults
    days = TableReader(value, path, _reporter(problems))
    chosen: dict[str, tuple[TimeRange, ...]] = {}
    for index, day in enumerate(WEEKDAYS):
        fallback = SettingsFileText.tr(
            "using {hours} on {day}",
            hours=_describe_day(defaults.on(index)),
            day=_WEEKDAY_NAMES[index],
        )
        ranges = _read_day(days, day, fallback, problems)
        if ranges is not None:
            chosen[day] = ranges
    kept = _read_kept_hours(days, problems)
    days.finish()
    return WorkingHours(**chosen, kept_while_off=kept)


def _read_moves(section: _Reader) -> tuple[str, ...]:
    value = section.tables.raw("moves")
    if value is None:
        return DEFAULT_MOVES
    if not isinstance(value, list) or not value or not all(_is_id(item) for item in value):
        section.fallback("moves", _MOVES_RULE, toml_value(list(DEFAULT_MOVES)))
        return DEFAULT_MOVES
    return tuple(value)


def _read_breaks(table: Mapping[str, Any], problems: list[Message]) -> BreakSettings:
    tables, section = _section(table, "breaks", problems)
    defaults = BreakSettings()
    values: dict[str, Any] = {
        name: section.whole(name, getattr(defaults, name), limits)
        for name, limits in BreakSettings.LIMITS.items()
    }
    values["working_hours"] = _read_working_hours(section, problems)
    values["moves"] = _read_moves(section)
    for name in ("stretch_per_side", "enabled"):
        values[name] = section.boolean(name, getattr(defaults, name))
    tables.finish()
    return BreakSettings(**values)


def _read_sound(table: Mapping[str, Any], problems: list[Message]) -> SoundSettings:
    tables, section = _section(table, "sound", problems)
    defaults = SoundSettings()
    volume = tables.raw("volume")
    if volume is None:
        volume = defaults.volume
    elif not _is_volume(volume):
        section.fallback("volume", _VOLUME_RULE, str(defaults.volume))
        volume = defaults.volume
    result = SoundSettings(
        enabled=section.boolean("enabled", defaults.enabled),
        volume=volume,
        spoken_cues=section.boolean("spoken_cues", defaults.spoken_cues),
    )
    tables.finish()
    return result


def _read_general(table: Mapping[str, Any], problems: list[Message]) -> GeneralSettings:
    tables, section = _section(table, "general", problems)
    defaults = GeneralSettings()
    choices: dict[str, str] = {}
    raw_choices = tables.raw("choices")
    if raw_choices is not None and not isinstance(raw_choices, dict):
        problems.append(
            SettingsFileText.tr(
                "general.choices: must be a table like [general.choices]"
                ' with stretch = "couch-stretch"; using no choices'
            )
        )
    elif raw_choices is not None:
        for block, exercise in raw_choices.items():
            if block.strip() and _is_id(exercise):
                choices[block] = exercise
            else:
                problems.append(
                    SettingsFileText.tr(
                        'general.choices.{block}: must be an exercise id like "couch-stretch";'
                        " ignored",
                        block=block,
                    )
                )
    result = GeneralSettings(
        start_at_login=section.boolean("start_at_login", defaults.start_at_login),
        protocol=section.identifier("protocol", defaults.protocol),
        choices=choices,
    )
    tables.finish()
    return result


def settings_from_toml(
    table: Mapping[str, Any], *, migrations: Mapping[int, Migration] = MIGRATIONS
) -> tuple[Settings, list[str]]:
    """Return the settings in a parsed TOML table and the problems found, in English.

    The same as ``read_settings_table``, with each problem as its English text.
    """
    settings, problems = read_settings_table(table, migrations=migrations)
    return settings, [problem.english() for problem in problems]


def read_settings_table(
    table: Mapping[str, Any], *, migrations: Mapping[int, Migration] = MIGRATIONS
) -> tuple[Settings, list[Message]]:
    """Return the settings in a parsed TOML table and the problems found, section by section.

    Never raises for bad content: older versions are migrated first; a bad
    value falls back to its default; unknown keys are ignored; both are
    reported. A table from a newer version is read as far as this version
    understands it (and reported; see ``file_schema`` to refuse saving over it).
    """
    problems: list[Message] = []
    version = table.get("schema", SCHEMA)
    if not is_integer(version):
        problems.append(
            SettingsFileText.tr(
                "schema: must be a whole number; reading as version {version}",
                version=str(SCHEMA),
            )
        )
    elif version > SCHEMA:
        problems.append(
            SettingsFileText.tr(
                "schema: written by a newer hipcoach (settings version {version}, "
                "this one reads {ours}); reading what this version understands",
                version=str(version),
                ours=str(SCHEMA),
            )
        )
    elif version < SCHEMA:
        try:
            table = migrate(table, migrations=migrations)
        except MigrationError as error:
            problems.append(
                SettingsFileText.tr(
                    "schema: {error}; reading it as version {version}",
                    error=error.message,
                    version=str(SCHEMA),
                )
            )
    top = TableReader(table, "", _reporter(problems))
    top.raw("schema")
    for name in ("breaks", "sound", "general"):
        top.raw(name)
    settings = Settings(
        breaks=_read_breaks(table, problems),
        sound=_read_sound(table, problems),
        general=_read_general(table, problems),
    )
    top.finish()
    return settings, problems


# --------------------------------------------------------------------------- writing


def _changed(value: Any, default: Any) -> dict[str, Any]:
    """Return the fields of dataclass ``value`` that differ from ``default``, in TOML form."""
    result: dict[str, Any] = {}
    for item in fields(value):
        current = getattr(value, item.name)
        if current == getattr(default, item.name):
            continue
        if isinstance(current, WorkingHours):
            result[item.name] = _working_hours_table(current, default.working_hours)
        elif isinstance(current, tuple):
            result[item.name] = list(current)
        elif isinstance(current, Mapping):
            result[item.name] = dict(current)
        else:
            result[item.name] = current
    return result


def _working_hours_table(hours: WorkingHours, default: WorkingHours) -> dict[str, Any]:
    """Return the days of ``hours`` that differ from ``default``, and the hours kept while off."""
    table: dict[str, Any] = {
        day: [str(part) for part in getattr(hours, day)]
        for day in WEEKDAYS
        if getattr(hours, day) != getattr(default, day)
    }
    if hours.kept_while_off:
        table[KEPT_WHILE_OFF] = {
            day: [str(part) for part in hours.kept_while_off[day]]
            for day in WEEKDAYS
            if day in hours.kept_while_off
        }
    return table


def settings_to_toml(settings: Settings) -> dict[str, Any]:
    """Return the TOML table for ``settings``: ``schema`` plus only non-default values."""
    result: dict[str, Any] = {"schema": SCHEMA}
    defaults = Settings()
    for name in ("breaks", "sound", "general"):
        changed = _changed(getattr(settings, name), getattr(defaults, name))
        if changed:
            result[name] = changed
    return result


# --------------------------------------------------------------------------- the file


@dataclass(frozen=True)
class LoadResult:
    """What ``SettingsStore.load`` found.

    ``problem_messages`` lists bad or unknown keys (each fell back or was
    ignored); ``notice_message`` is a sentence for the user when the file as a
    whole could not be used or will not be saved over (``None`` when all is
    well). Both are translatable; ``problems`` and ``notice`` give the English.
    """

    settings: Settings
    problem_messages: tuple[Message, ...] = ()
    notice_message: Message | None = None

    @property
    def problems(self) -> tuple[str, ...]:
        """The problems in English."""
        return tuple(problem.english() for problem in self.problem_messages)

    @property
    def notice(self) -> str | None:
        """The notice in English, or ``None``."""
        return None if self.notice_message is None else self.notice_message.english()


@dataclass(frozen=True)
class SaveResult:
    """Whether ``SettingsStore.save`` wrote the file; true in a boolean context when it did.

    ``notice_message`` says why it did not (translatable; ``notice`` is the English).
    """

    saved: bool
    notice_message: Message | None = None

    @property
    def notice(self) -> str | None:
        """Why the file was not saved, in English, or ``None``."""
        return None if self.notice_message is None else self.notice_message.english()

    def __bool__(self) -> bool:
        return self.saved


class SettingsStore:
    """The settings file: load with fallbacks, save atomically, never destroy what it cannot read.

    - A missing (or blank) file gives the defaults, silently.
    - A file that is not TOML or not UTF-8 is renamed to
      ``settings.toml.corrupt-<YYYYmmdd-HHMMSS>`` (time from ``clock``), the
      defaults load and the notice says where the file went.
    - A file written by a newer version (higher ``schema``), or one that
      cannot be read at all (permissions), makes the store read-only: what
      can be read is used, and ``save`` refuses, so the file stays as it is.
    - ``save`` writes only non-default values, atomically, keeping the
      previous file as ``settings.toml.bak``.
    """

    def __init__(self, path: Path, *, clock: WallClock) -> None:
        self._path = path
        self._clock = clock
        self._loaded = False
        self._read_only_reason: Message | None = None

    @classmethod
    def for_paths(cls, paths: AppPaths, *, clock: WallClock) -> SettingsStore:
        """Return the store for ``settings.toml`` in the user's config folder."""
        return cls(paths.config_dir / SETTINGS_FILE_NAME, clock=clock)

    @property
    def path(self) -> Path:
        """The settings file."""
        return self._path

    @property
    def read_only(self) -> bool:
        """Whether ``save`` refuses to write (set by ``load``)."""
        return self._read_only_reason is not None

    def load(self) -> LoadResult:
        """Read the settings file; see the class description for what happens to bad files."""
        self._loaded = True
        self._read_only_reason = None
        remove_leftovers(self._path)  # a save killed half-way leaves its temporary file
        if not self._path.exists() and not self._path.is_symlink():
            return LoadResult(Settings())
        try:
            table = read_toml(self._path, integer_limit=None)  # each key checks its range
        except TomlReadError as error:
            return self._unreadable(error)
        settings, problems = read_settings_table(table)
        version = file_schema(table)
        notice = None
        if version is not None and version > SCHEMA:
            notice = SettingsFileText.tr(
                "{path} was written by a newer version of hipcoach "
                "(settings version {version}). The settings this version understands "
                "are in use; changes will not be saved, so the file stays as it is.",
                path=str(self._path),
                version=str(version),
            )
            self._read_only_reason = notice
        return LoadResult(settings, tuple(problems), notice)

    def _unreadable(self, error: TomlReadError) -> LoadResult:
        if isinstance(error.__cause__, OSError):
            notice = SettingsFileText.tr(
                "{path} could not be read ({reason}). The default settings "
                "are in use; changes will not be saved, so the file stays as it is.",
                path=str(self._path),
                reason=error.text,
            )
            self._read_only_reason = notice
            return LoadResult(Settings(), (), notice)
        if self._is_blank():
            return LoadResult(Settings())
        reason: Message | str = error.text
        if error.line is not None:
            reason = SettingsFileText.tr(
                "line {line}: {problem}", line=str(error.line), problem=error.text
            )
        try:
            moved = self._move_aside()
        except OSError as move_error:
            notice = SettingsFileText.tr(
                "{path} could not be read ({reason}) nor moved aside "
                "({error}). The default settings are in use; "
                "changes will not be saved, so the file stays as it is.",
                path=str(self._path),
                reason=reason,
                error=str(move_error.strerror or move_error),
            )
            self._read_only_reason = notice
            return LoadResult(Settings(), (), notice)
        notice = SettingsFileText.tr(
            "Your settings file could not be read ({reason}). It was moved to {moved} "
            "and the default settings are in use.",
            reason=reason,
            moved=str(moved),
        )
        return LoadResult(Settings(), (), notice)

    def _is_blank(self) -> bool:
        try:
            return not self._path.read_bytes().strip()
        except OSError:
            return False

    def _move_aside(self) -> Path:
        stamp = self._clock.now().strftime("%Y%m%d-%H%M%S")
        base = f"{self._path.name}.corrupt-{stamp}"
        candidate = self._path.with_name(base)
        number = 2
        while candidate.exists() or candidate.is_symlink():
            candidate = self._path.with_name(f"{base}-{number}")
            number += 1
        self._path.rename(candidate)
        make_private(candidate)
        return candidate

    def save(self, settings: Settings) -> SaveResult:
        """Write ``settings``; refuse (``saved`` false, with the reason) when read-only.

        Loads first if ``load`` was never called, so a newer file is never
        overwritten unseen. A write error is returned as a notice, not raised.
        """
        if not self._loaded:
            self.load()
        if self._read_only_reason is not None:
            return SaveResult(False, self._read_only_reason)
        data = tomli_w.dumps(settings_to_toml(settings)).encode("utf-8")
        try:
            write_atomic(self._path, data, keep_backup=True)
        except OSError as error:
            return SaveResult(
                False,
                SettingsFileText.tr(
                    "Settings could not be saved to {path}: {reason}",
                    path=str(self._path),
                    reason=str(error.strerror or error),
                ),
            )
        return SaveResult(True)
