"""The user's settings: values with defaults, their TOML form, and the file that keeps them.

The package is split by concern, each module importing only those before it:

- ``working_hours``: ``TimeRange`` and ``WorkingHours``, the parts of each
  weekday in which breaks may come;
- ``fields``: how a setting is declared (its kind, limits, label and help)
  and ``settings_fields``, which reads the table back;
- ``values``: the table itself, the settings dataclasses with every setting
  declared once; they only ever hold valid values;
- ``toml_form``: reading a parsed TOML table with fallbacks and problems,
  migrating older versions, and the table to write;
- ``store``: the file itself (``SettingsStore``).

Everything is re-exported here, so ``from hipcoach.core.settings import
Settings, SettingsStore`` works. The TOML and file modules load on first use
of one of their names: code that only needs the values (the reminder
scheduler) imports ``values`` and ``working_hours`` and never loads them.

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

from typing import TYPE_CHECKING, Any

from hipcoach.core.lazy import lazy_attribute
from hipcoach.core.settings.fields import (
    Limits,
    SettingField,
    SettingsFileText,
    SettingsPageText,
    settings_fields,
)
from hipcoach.core.settings.values import (
    DEFAULT_MOVES,
    SCHEMA,
    BreakSettings,
    BreakStyle,
    GeneralSettings,
    Settings,
    SoundSettings,
)
from hipcoach.core.settings.working_hours import (
    WEEKDAYS,
    SettingsText,
    TimeRange,
    WorkingHours,
    parse_time_range,
)

if TYPE_CHECKING:
    from hipcoach.core.settings.store import (
        SETTINGS_FILE_NAME,
        LoadResult,
        SaveResult,
        SettingsStore,
    )
    from hipcoach.core.settings.toml_form import (
        KEPT_WHILE_OFF,
        MIGRATIONS,
        Migration,
        MigrationError,
        file_schema,
        migrate,
        read_settings_table,
        settings_from_toml,
        settings_to_toml,
    )

#: Where each name re-exported from the TOML and file modules lives (imported on first use).
_LAZY = {
    "KEPT_WHILE_OFF": "toml_form",
    "MIGRATIONS": "toml_form",
    "Migration": "toml_form",
    "MigrationError": "toml_form",
    "file_schema": "toml_form",
    "migrate": "toml_form",
    "read_settings_table": "toml_form",
    "settings_from_toml": "toml_form",
    "settings_to_toml": "toml_form",
    "SETTINGS_FILE_NAME": "store",
    "LoadResult": "store",
    "SaveResult": "store",
    "SettingsStore": "store",
}


def __getattr__(name: str) -> Any:
    """Import a name of the TOML or file module on first use."""
    return lazy_attribute(__name__, _LAZY, name)


__all__ = [
    "DEFAULT_MOVES",
    "KEPT_WHILE_OFF",
    "MIGRATIONS",
    "SCHEMA",
    "SETTINGS_FILE_NAME",
    "WEEKDAYS",
    "BreakSettings",
    "BreakStyle",
    "GeneralSettings",
    "Limits",
    "LoadResult",
    "Migration",
    "MigrationError",
    "SaveResult",
    "SettingField",
    "Settings",
    "SettingsFileText",
    "SettingsPageText",
    "SettingsStore",
    "SettingsText",
    "SoundSettings",
    "TimeRange",
    "WorkingHours",
    "file_schema",
    "migrate",
    "parse_time_range",
    "read_settings_table",
    "settings_fields",
    "settings_from_toml",
    "settings_to_toml",
]
