"""A setting added to the table is checked, read, written and shown, with nothing else to change.

The table here is the real one with one more entry, declared the way
docs/architecture.md's recipe says: a whole number in the ``[sound]``
section. Nothing but that declaration tells the reader, the writer and the
Settings page about it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field

import pytest
import tomli_w
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.settings import (
    Settings,
    SoundSettings,
    read_settings_table,
    settings_from_toml,
    settings_to_toml,
)
from hipcoach.core.settings.fields import Limits, SettingsPageText, whole
from hipcoach.core.settings.values import MINUTES
from hipcoach.ui.settings_page import SettingsPage


@dataclass(frozen=True)
class ChimingSound(SoundSettings):
    """The sound settings with one more: a chime every few minutes of a hold."""

    chime_minutes: int = whole(
        4,
        Limits(1, 9),
        suffix=MINUTES,
        label=SettingsPageText.tr("Ch&ime every"),
        accessible_name=SettingsPageText.tr("Time between chimes"),
        help=SettingsPageText.tr(
            "How often a chime sounds during a long hold ({low}–{high} minutes)."
        ),
    )


@dataclass(frozen=True)
class ChimingSettings(Settings):
    """The settings with the chiming sound section."""

    sound: ChimingSound = field(default_factory=ChimingSound)


def chiming(minutes: int) -> ChimingSettings:
    return ChimingSettings(sound=ChimingSound(chime_minutes=minutes))


def test_the_new_setting_is_checked_by_its_group() -> None:
    assert ChimingSettings().sound.chime_minutes == 4
    with pytest.raises(ValueError, match="chime_minutes: must be a whole number from 1 to 9"):
        ChimingSound(chime_minutes=10)


def test_the_new_setting_is_read_and_a_bad_value_falls_back_with_a_problem() -> None:
    settings, problems = read_settings_table(
        {"schema": 1, "sound": {"chime_minutes": 7, "volume": 0.5}}, shape=ChimingSettings
    )
    assert problems == []
    assert settings == ChimingSettings(sound=ChimingSound(chime_minutes=7, volume=0.5))
    settings, english = settings_from_toml({"sound": {"chime_minutes": 12}}, shape=ChimingSettings)
    assert english == ["sound.chime_minutes: must be a whole number from 1 to 9; using 4"]
    assert settings == ChimingSettings()
    # Without the entry in the table, the key is one hipcoach does not know.
    _, unknown = settings_from_toml({"sound": {"chime_minutes": 7}})
    assert unknown == ["sound.chime_minutes: unknown key"]


def test_the_new_setting_is_written_only_when_it_is_not_the_default() -> None:
    assert settings_to_toml(ChimingSettings()) == {"schema": 1}
    table = settings_to_toml(chiming(7))
    assert table == {"schema": 1, "sound": {"chime_minutes": 7}}
    text = tomli_w.dumps(table)
    assert settings_from_toml(tomllib.loads(text), shape=ChimingSettings) == (chiming(7), [])


def _top(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def test_the_new_setting_is_shown_changed_and_undone_on_the_settings_page(qtbot: QtBot) -> None:
    page = SettingsPage(ChimingSettings(), exercises={"walk-break": "Walk break"})
    qtbot.addWidget(page)
    page.resize(1100, 1400)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # access keys work in the active window
    qtbot.waitUntil(page.isActiveWindow)
    emitted: list[Settings] = []
    page.settings_changed.connect(emitted.append)

    spin = page.spin_box("sound.chime_minutes")
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1, 9, 4)
    assert spin.suffix() == " min"
    assert spin.accessibleName() == "Time between chimes"
    assert spin.toolTip() == "How often a chime sounds during a long hold (1–9 minutes)."
    # Its row sits in the Sound group, after the rows declared before it.
    spoken, login = page.check_box("sound.spoken_cues"), page.check_box("general.start_at_login")
    assert _top(spoken, page) < _top(spin, page) < _top(login, page)
    spoken.setFocus()
    qtbot.keyClick(spoken, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # its access key
    assert page.focusWidget() is spin
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert page.focusWidget() is login

    spin.setValue(6)
    assert emitted == [chiming(6)]
    assert page.undo()
    assert emitted[-1] == ChimingSettings()
    assert spin.value() == 4
    page.set_settings(chiming(9))
    assert spin.value() == 9
    assert page.defaults() == ChimingSettings()
