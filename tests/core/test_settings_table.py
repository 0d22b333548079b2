"""The settings table: each setting declared once, and everything else read from it."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import pytest

from hipcoach.core.messages import Message
from hipcoach.core.settings import BreakSettings, Settings, SoundSettings
from hipcoach.core.settings.fields import (
    Flag,
    Limits,
    Place,
    SettingsGroup,
    Whole,
    group_fields,
    settings_fields,
    whole,
)


def test_the_table_lists_every_field_of_every_group_in_declaration_order() -> None:
    paths = [item.path for item in settings_fields(Settings)]
    assert paths == [
        f"{section}.{field.name}"
        for section in ("breaks", "sound", "general")
        for field in dataclasses.fields(getattr(Settings(), section))
    ]
    assert paths[:3] == ["breaks.enabled", "breaks.interval_minutes", "breaks.working_hours"]


def test_each_entry_holds_the_default_its_dataclass_starts_with() -> None:
    defaults = Settings()
    for item in settings_fields(Settings):
        assert item.get(defaults) == item.default, item.path


def test_only_the_routine_and_its_choices_are_not_on_the_settings_page() -> None:
    hidden = [item.path for item in settings_fields(Settings) if item.shown is None]
    assert hidden == ["general.protocol", "general.choices"]


def test_every_ordinary_control_has_a_label_with_an_access_key_a_name_and_help() -> None:
    ordinary = [item for item in settings_fields(Settings) if isinstance(item.kind, Whole | Flag)]
    assert ordinary
    keys: list[str] = []
    for item in ordinary:
        shown = item.shown
        assert shown is not None, item.path
        texts = (shown.label, shown.accessible_name, shown.help)
        assert all(isinstance(text, Message) for text in texts), item.path
        assert {text.context for text in texts if text is not None} == {"SettingsPageText"}
        access = re.search(r"&(\w)", shown.label.source)
        assert access is not None, item.path
        keys.append(access.group(1).lower())
    assert len(set(keys)) == len(keys), keys  # each key moves to one control


def test_a_number_s_help_names_the_limits_it_is_checked_against() -> None:
    numbers = [item for item in settings_fields(Settings) if isinstance(item.kind, Whole)]
    assert numbers
    for item in numbers:
        assert isinstance(item.kind, Whole)
        assert item.shown is not None
        assert item.shown.help is not None
        low, high = item.kind.limits
        assert f"{low}–{high}" in item.shown.help.english(), item.path
        assert low <= item.default <= high
    interval = next(item for item in numbers if item.key == "interval_minutes")
    assert interval.shown is not None
    assert interval.shown.help is not None
    assert interval.shown.help.english() == (
        "How long you may sit before a break is suggested (10–240 minutes). "
        "Getting up or finishing a session starts the count again."
    )


def test_places_on_the_page() -> None:
    places = {
        item.path: item.shown.place for item in settings_fields(Settings) if item.shown is not None
    }
    assert places["breaks.enabled"] is Place.SWITCH
    assert places["breaks.stretch_per_side"] is Place.FIELD
    assert places["sound.spoken_cues"] is Place.WIDE
    volume = next(item for item in group_fields(SoundSettings, "sound") if item.key == "volume")
    assert volume.shown is not None
    assert volume.shown.needs == "enabled"


def test_set_changes_one_setting_and_its_group_checks_it() -> None:
    interval = next(item for item in settings_fields(Settings) if item.key == "interval_minutes")
    assert interval.set(Settings(), 45) == Settings(breaks=BreakSettings(interval_minutes=45))
    with pytest.raises(ValueError, match="interval_minutes: must be a whole number from 10 to"):
        interval.set(Settings(), 9)


def test_a_field_not_declared_through_the_table_is_refused() -> None:
    @dataclass(frozen=True)
    class Loose(SettingsGroup):
        """A group with a field declared the plain way."""

        ok: int = whole(
            1,
            Limits(0, 2),
            label=Message("SettingsPageText", "&Ok"),
            accessible_name=Message("SettingsPageText", "Ok"),
            help=Message("SettingsPageText", "Ok ({low}–{high})"),
        )
        plain: int = 3

    with pytest.raises(TypeError, match=r"Loose\.plain is not declared"):
        Loose()
