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
from types import MappingProxyType
from typing import Any

from hipcoach.core.messages import QT_TRANSLATE_NOOP, Message, MessageError
from hipcoach.core.problems import TableReader, is_integer, toml_value
from hipcoach.core.settings.fields import (
    Choices,
    Flag,
    Fraction,
    Hours,
    Identifier,
    Identifiers,
    Kind,
    OneOf,
    SettingField,
    SettingsFileText,
    SettingsGroup,
    Whole,
    group_fields,
    is_id,
    settings_sections,
)
from hipcoach.core.settings.values import SCHEMA, Settings
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
        self.problems = problems

    def fallback(self, key: str, rule: Message, default: str) -> None:
        self.problems.append(
            SettingsFileText.tr(
                "{key}: {rule}; using {default}",
                key=self.tables.path(key),
                rule=rule,
                default=default,
            )
        )

    def value(self, item: SettingField) -> Any:
        """Return ``item``'s value in this section: its default when absent or (reported) bad."""
        match item.kind:
            case Hours():
                return _read_working_hours(self, item)
            case Choices():
                return _read_choices(self, item)
            case _:
                raw = self.tables.raw(item.key)
                if raw is None:
                    return item.default
                raised = item.kind.raised(raw) if isinstance(item.kind, Whole) else None
                if raised is not None:
                    self.problems.append(
                        SettingsFileText.tr(
                            "{key}: {value} is below the least allowed now; using {low}",
                            key=self.tables.path(item.key),
                            value=str(raw),
                            low=str(raised),
                        )
                    )
                    return raised
                try:
                    return item.kind.checked(item.key, raw)
                except ValueError:
                    default = toml_value(_toml_form(item.kind, item.default, item.default))
                    self.fallback(item.key, item.kind.rule, default)
                    return item.default


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


def _read_working_hours(section: _Reader, item: SettingField) -> WorkingHours:
    defaults: WorkingHours = item.default
    problems = section.problems
    value = section.tables.raw(item.key)
    if value is None:
        return defaults
    path = section.tables.path(item.key)
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


def _read_choices(section: _Reader, item: SettingField) -> dict[str, str]:
    """Return the choices that are valid; each bad one is dropped with a problem."""
    choices: dict[str, str] = {}
    value = section.tables.raw(item.key)
    if value is None:
        return choices
    if not isinstance(value, dict):
        section.problems.append(
            SettingsFileText.tr(
                "general.choices: must be a table like [general.choices]"
                ' with stretch = "couch-stretch"; using no choices'
            )
        )
        return choices
    for block, exercise in value.items():
        if block.strip() and is_id(exercise):
            choices[block] = exercise
        else:
            section.problems.append(
                SettingsFileText.tr(
                    'general.choices.{block}: must be an exercise id like "couch-stretch"; ignored',
                    block=block,
                )
            )
    return choices


def _read_group(
    table: Mapping[str, Any], name: str, group: type[SettingsGroup], problems: list[Message]
) -> SettingsGroup:
    """Return the section ``name`` of ``table`` read as ``group``, setting by setting."""
    tables, section = _section(table, name, problems)
    values = {item.key: section.value(item) for item in group_fields(group, name)}
    tables.finish()
    return group(**values)


def settings_from_toml(
    table: Mapping[str, Any],
    *,
    migrations: Mapping[int, Migration] = MIGRATIONS,
    shape: type[Settings] = Settings,
) -> tuple[Settings, list[str]]:
    """Return the settings in a parsed TOML table and the problems found, in English.

    The same as ``read_settings_table``, with each problem as its English text.
    """
    settings, problems = read_settings_table(table, migrations=migrations, shape=shape)
    return settings, [problem.english() for problem in problems]


def read_settings_table(
    table: Mapping[str, Any],
    *,
    migrations: Mapping[int, Migration] = MIGRATIONS,
    shape: type[Settings] = Settings,
) -> tuple[Settings, list[Message]]:
    """Return the settings in a parsed TOML table and the problems found, section by section.

    Never raises for bad content: older versions are migrated first; a bad
    value falls back to its default; unknown keys are ignored; both are
    reported. A table from a newer version is read as far as this version
    understands it (and reported; see ``file_schema`` to refuse saving over it).
    ``shape`` is the class to read into: its table of settings says which
    keys there are and what each may be.
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
    sections = settings_sections(shape)
    for name, _ in sections:
        top.raw(name)
    groups: dict[str, Any] = {
        name: _read_group(table, name, group, problems) for name, group in sections
    }
    settings = shape(**groups)
    top.finish()
    return settings, problems


# --------------------------------------------------------------------------- writing


def _toml_form(kind: Kind, value: Any, default: Any) -> Any:
    """Return ``value`` of a setting of ``kind`` as the file holds it (``default`` for hours)."""
    match kind:
        case Hours():
            return _working_hours_table(value, default)
        case Identifiers():
            return list(value)
        case Choices():
            return dict(value)
        case OneOf():
            return str(value)
        case Whole() | Flag() | Fraction() | Identifier():
            return value


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
    for name, group in settings_sections(type(settings)):
        changed = {
            item.key: _toml_form(item.kind, item.get(settings), item.default)
            for item in group_fields(group, name)
            if item.get(settings) != item.default
        }
        if changed:
            result[name] = changed
    return result
