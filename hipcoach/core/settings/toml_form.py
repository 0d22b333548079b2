"""The settings in TOML form: reading with fallbacks, migrating older versions, writing.

Reading is forgiving: each bad key falls back to its default and becomes a
problem like ``breaks.interval_minutes: must be a whole number from 10 to
240; using 60``, unknown keys are reported and ignored, and the rest still
loads. Writing gives only what differs from the defaults, so a default that
improves in a later release reaches everyone who never changed it. These
functions work on parsed tables (dicts); ``store.py`` reads and writes the
file.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import fields
from types import MappingProxyType
from typing import Any

from hipcoach.core.messages import QT_TRANSLATE_NOOP, Message, MessageError
from hipcoach.core.problems import TableReader, is_integer, toml_value
from hipcoach.core.settings.values import (
    BOOL_RULE,
    DEFAULT_MOVES,
    ID_RULE,
    MOVES_RULE,
    SCHEMA,
    VOLUME_RULE,
    BreakSettings,
    GeneralSettings,
    Limits,
    Settings,
    SettingsFileText,
    SoundSettings,
    is_id,
    is_volume,
    whole_rule,
)
from hipcoach.core.settings.working_hours import (
    WEEKDAYS,
    TimeRange,
    WorkingHours,
    check_day,
    parse_time_range,
)

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
            self.fallback(key, whole_rule(limits), str(default))
            return default
        return int(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self.tables.raw(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fallback(key, BOOL_RULE, toml_value(default))
            return default
        return value

    def identifier(self, key: str, default: str) -> str:
        value = self.tables.raw(key)
        if value is None:
            return default
        if not is_id(value):
            self.fallback(key, ID_RULE, toml_value(default))
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
            return check_day(tuple(ranges))
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
    if not isinstance(value, list) or not value or not all(is_id(item) for item in value):
        section.fallback("moves", MOVES_RULE, toml_value(list(DEFAULT_MOVES)))
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
    elif not is_volume(volume):
        section.fallback("volume", VOLUME_RULE, str(defaults.volume))
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
            if block.strip() and is_id(exercise):
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
