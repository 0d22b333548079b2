"""The parts the composition root hands its jobs to, each on its own.

The notice board, the settings keeper, the cue sounds and start at login;
the whole app uses them in ``tests/ui/test_app_wiring.py`` and
``tests/robustness/test_disk_full.py``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hipcoach.core.clock import ManualClock
from hipcoach.core.settings import Settings, SettingsStore, SoundSettings
from hipcoach.services import sound
from hipcoach.services.cue_sounds import CueSounds
from hipcoach.services.notices import NoticeBoard
from hipcoach.services.settings_keeper import SettingsKeeper
from hipcoach.services.sound import SilentCuePlayer
from hipcoach.services.start_at_login import switch_start_at_login


class Banner:
    """Stands in for the Settings page's notice banner."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, bool]] = []

    def show_notice(self, text: str, *, warning: bool = True) -> None:
        self.shown.append((text, warning))


# -- the notice board --------------------------------------------------------------


def test_notices_wait_for_the_page_and_arrive_as_one() -> None:
    board = NoticeBoard(["The settings file was moved aside.", ""])
    board.post("Your history cannot be opened.")
    assert board.waiting == ("The settings file was moved aside.", "Your history cannot be opened.")
    banner = Banner()
    board.attach(banner)
    assert banner.shown == [
        ("The settings file was moved aside.\nYour history cannot be opened.", True)
    ]
    assert not board.waiting


def test_after_the_page_is_there_each_notice_goes_straight_to_it() -> None:
    board = NoticeBoard()
    banner = Banner()
    board.attach(banner)
    assert banner.shown == []  # nothing waited, nothing shown
    board.post("Your settings are saved again.", warning=False)
    board.post("The export failed.")
    assert banner.shown == [("Your settings are saved again.", False), ("The export failed.", True)]


def test_waiting_notices_are_a_warning_if_any_of_them_is() -> None:
    calm = NoticeBoard()
    calm.post("Saved again.", warning=False)
    banner = Banner()
    calm.attach(banner)
    assert banner.shown == [("Saved again.", False)]

    mixed = NoticeBoard()
    mixed.post("Saved again.", warning=False)
    mixed.post("Cannot be saved.")
    banner = Banner()
    mixed.attach(banner)
    assert banner.shown == [("Saved again.\nCannot be saved.", True)]


# -- the settings keeper -----------------------------------------------------------


def test_the_keeper_says_what_changed_and_saves_what_is_in_use(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = SettingsStore(tmp_path / "settings.toml", clock=ManualClock())
    keeper = SettingsKeeper(store)
    assert keeper.settings == Settings()
    assert keeper.load_notices == []
    changes: list[tuple[Settings, Settings]] = []
    keeper.changed.connect(lambda previous, current: changes.append((previous, current)))
    quieter = replace(Settings(), sound=SoundSettings(volume=0.2))
    assert keeper.use(quieter) == Settings()
    assert changes == [(Settings(), quieter)]
    assert not (tmp_path / "settings.toml").exists()  # used, not saved yet
    assert keeper.save()
    assert SettingsStore(tmp_path / "settings.toml", clock=ManualClock()).load().settings == quieter
    assert not keeper.unsaved
    assert not keeper.retry.isActive()


def test_the_keeper_reports_a_damaged_file_it_moved_aside(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_bytes(b"\xff not toml")
    keeper = SettingsKeeper(SettingsStore(tmp_path / "settings.toml", clock=ManualClock()))
    assert keeper.settings == Settings()
    assert len(keeper.load_notices) == 1
    assert "corrupt" in keeper.load_notices[0]


def test_the_keeper_logs_what_loading_changed_and_shows_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "settings.toml").write_text("schema = 1\n[breaks]\nabsence_minutes = 2\n")
    with caplog.at_level("WARNING"):
        keeper = SettingsKeeper(SettingsStore(tmp_path / "settings.toml", clock=ManualClock()))
    assert keeper.settings.breaks.absence_minutes == 3
    assert keeper.load_notices == [
        "breaks.absence_minutes: 2 is below the least allowed now; using 3"
    ]
    assert "breaks.absence_minutes: 2 is below the least allowed now; using 3" in caplog.text
    assert str(tmp_path / "settings.toml") in caplog.text


# -- the cue sounds ------------------------------------------------------------------


def test_the_cue_player_loads_on_first_use_as_the_settings_say_then(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    made: list[SilentCuePlayer] = []

    def create(sounds_dir: Path) -> SilentCuePlayer:
        assert sounds_dir == tmp_path
        made.append(SilentCuePlayer())
        return made[-1]

    monkeypatch.setattr(sound, "create_cue_player", create)
    cues = CueSounds(tmp_path, SoundSettings(volume=0.5))
    cues.use(SoundSettings(enabled=False, volume=0.3))
    assert made == []  # no audio loaded for a change of settings
    assert cues.player() is cues.player()
    (player,) = made
    assert (player.muted, player.volume) == (True, 0.3)
    cues.use(SoundSettings(volume=0.9))
    assert (player.muted, player.volume) == (False, 0.9)


# -- start at login ----------------------------------------------------------------


class LoginEntry:
    """An autostart entry that works, or fails with ``error``."""

    def __init__(self, error: OSError | None = None) -> None:
        self.error = error
        self.enabled = False

    def is_enabled(self) -> bool:
        return self.enabled

    def enable(self) -> None:
        if self.error is not None:
            raise self.error
        self.enabled = True

    def disable(self) -> None:
        if self.error is not None:
            raise self.error
        self.enabled = False


def test_switching_start_at_login_says_nothing_when_it_works() -> None:
    entry = LoginEntry()
    assert switch_start_at_login(entry, True) is None
    assert entry.is_enabled()
    assert switch_start_at_login(entry, False) is None
    assert not entry.is_enabled()


def test_switching_start_at_login_says_why_it_failed() -> None:
    entry = LoginEntry(PermissionError(13, "Permission denied"))
    problem = switch_start_at_login(entry, True)
    assert problem is not None
    assert problem.startswith("Could not change start at login:")
    assert "Permission denied" in problem
    assert not entry.is_enabled()
