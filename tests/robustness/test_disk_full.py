"""A full disk or a read-only folder never costs settings or history, and the user is told.

Tests probably run as root, where permissions do not stop a write, so the
failure is injected where files are written: ``os.fsync`` failing with ENOSPC
or ``os.replace`` with EROFS inside ``hipcoach.core.atomic`` (the one module
that replaces files), and SQLite's own "database or disk is full" through
``PRAGMA max_page_count``. A real ``chmod`` is tried too when not root.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hipcoach.app import HipCoach
from hipcoach.core import atomic
from hipcoach.core.clock import ManualClock
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.settings import BreakSettings, Settings, SettingsStore
from hipcoach.ui.break_card import BreakCard
from tests.app_harness import AppHarness, short_plan


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture
def harness(qtbot: QtBot, library: Library, tmp_path: Path) -> Iterator[AppHarness]:
    h = AppHarness(library, tmp_path)
    yield h
    h.close()


class FailingOs:
    """``os`` as ``hipcoach.core.atomic`` sees it, with one call failing while ``failing``."""

    def __init__(self, call: str, code: int) -> None:
        self.call = call
        self.code = code
        self.failing = True

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name != self.call:
            return real

        def fail(*args: Any, **kwargs: Any) -> Any:
            if self.failing:
                raise OSError(self.code, os.strerror(self.code))
            return real(*args, **kwargs)

        return fail


FAULTS = [("fsync", errno.ENOSPC), ("replace", errno.EROFS), ("fsync", errno.EIO)]


def set_interval(coach: HipCoach, minutes: int) -> None:
    """Change the interval on the Settings page as a user would."""
    spin = coach.settings_page.spin_box("breaks.interval_minutes")
    spin.setValue(minutes)
    spin.editingFinished.emit()


def status_line(coach: HipCoach) -> str:
    return coach.window.statusBar().currentMessage()


def unsaved(coach: HipCoach) -> bool:
    return coach.settings_keeper.unsaved


def leftovers(folder: Path) -> list[str]:
    return sorted(item.name for item in folder.iterdir() if item.name.endswith(".tmp"))


@pytest.mark.parametrize(("call", "code"), FAULTS)
def test_a_failed_settings_save_is_reported_and_retried(
    harness: AppHarness, monkeypatch: pytest.MonkeyPatch, call: str, code: int
) -> None:
    coach = harness.start()
    coach.activate()
    set_interval(coach, 45)
    path = harness.paths.config_dir / "settings.toml"
    before = path.read_bytes()
    backup = path.with_name("settings.toml.bak")
    backup_before = backup.read_bytes() if backup.exists() else None

    fault = FailingOs(call, code)
    monkeypatch.setattr(atomic, "os", fault)
    set_interval(coach, 50)

    # The app goes on with the new value ...
    assert coach.settings.breaks.interval_minutes == 50
    assert coach.pieces.scheduler.settings.interval_minutes == 50
    # ... the user reads why it was not saved, and which file ...
    notice = coach.settings_page.notice_text
    assert notice is not None
    assert str(path) in notice
    assert os.strerror(code) in notice
    assert unsaved(coach)
    assert coach.settings_keeper.retry.isActive()
    # The status line says so on every page.
    coach.open_session()
    assert "Settings cannot be saved" in status_line(coach)
    # ... and nothing on disk changed or was left behind.
    assert path.read_bytes() == before
    assert (backup.read_bytes() if backup.exists() else None) == backup_before
    assert leftovers(path.parent) == []

    # Another change while the disk is still full: still in use, still unsaved.
    set_interval(coach, 55)
    assert path.read_bytes() == before
    assert coach.settings.breaks.interval_minutes == 55

    # Room again: the next retry saves what is in use and says so.
    fault.failing = False
    coach.settings_keeper.retry.timeout.emit()
    assert SettingsStore(path, clock=ManualClock()).load().settings.breaks.interval_minutes == 55
    assert not unsaved(coach)
    assert not coach.settings_keeper.retry.isActive()
    assert coach.settings_page.notice_text == "Your settings are saved again."
    assert status_line(coach) == "Settings saved."
    assert leftovers(path.parent) == []


def test_unsaved_settings_are_saved_on_quit_once_possible(
    harness: AppHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    coach = harness.start()
    fault = FailingOs("fsync", errno.ENOSPC)
    monkeypatch.setattr(atomic, "os", fault)
    coach.apply_settings(Settings(breaks=BreakSettings(interval_minutes=90)))
    path = harness.paths.config_dir / "settings.toml"
    assert not path.exists()
    assert unsaved(coach)
    fault.failing = False
    coach.close()
    assert "interval_minutes = 90" in path.read_text()
    harness.coaches.remove(coach)


def test_a_failure_before_the_window_opens_is_shown_when_it_does(
    harness: AppHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    coach = harness.start()
    monkeypatch.setattr(atomic, "os", FailingOs("replace", errno.EROFS))
    coach.apply_settings(Settings(breaks=BreakSettings(interval_minutes=90)))
    assert not coach.ui_built
    coach.activate()
    notice = coach.settings_page.notice_text
    assert notice is not None
    assert "settings.toml" in notice
    assert os.strerror(errno.EROFS) in notice


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anyway")
def test_a_really_read_only_config_folder(harness: AppHarness) -> None:
    coach = harness.start()
    coach.activate()
    set_interval(coach, 45)
    folder = harness.paths.config_dir
    before = (folder / "settings.toml").read_bytes()
    folder.chmod(0o500)
    try:
        set_interval(coach, 50)
        notice = coach.settings_page.notice_text
        assert notice is not None
        assert "settings.toml" in notice
        assert (folder / "settings.toml").read_bytes() == before
    finally:
        folder.chmod(0o700)
    coach.settings_keeper.retry.timeout.emit()
    assert "interval_minutes = 50" in (folder / "settings.toml").read_text()


class FullDatabase:
    """The history's SQLite connection as on a full disk: every change fails like SQLITE_FULL."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.failing = True

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        if self.failing and sql.lstrip().split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}:
            raise sqlite3.OperationalError("database or disk is full")
        return self.connection.execute(sql, parameters)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.connection, name)


def _fill_history(coach: HipCoach, monkeypatch: pytest.MonkeyPatch) -> FullDatabase:
    """Make every history write fail as on a full disk; return the switch."""
    history = coach.history
    assert history is not None
    full = FullDatabase(history._connection)  # where SQLite errors come from
    monkeypatch.setattr(history, "_connection", full)
    return full


def take_breaks(coach: HipCoach, count: int) -> None:
    for _ in range(count):
        coach.break_driver.break_now()
        card = coach.coordinator.card
        assert isinstance(card, BreakCard)
        card.not_now_buttons["In a meeting"].click()


def test_a_full_history_never_stops_a_session_or_a_break(
    harness: AppHarness, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    coach = harness.start()
    coach.activate()
    coach.break_driver.start()
    take_breaks(coach, 1)
    history = coach.history
    assert history is not None
    assert [b.action for b in history.breaks()] == ["snoozed"]

    full = _fill_history(coach, monkeypatch)
    take_breaks(coach, 3)
    ended: list[object] = []
    coach.player.session_ended.connect(ended.append)
    harness.run_session(coach, short_plan(library))
    assert len(ended) == 1  # the session ran to its end

    assert "History cannot be saved" in status_line(coach)
    notice = coach.settings_page.notice_text
    assert notice is not None
    assert "History could not be" in notice
    assert str(history.path) in notice
    assert "disk is full" in notice
    # What was committed before stays; nothing half-written appeared.
    assert [b.action for b in history.breaks()] == ["snoozed"]
    assert history.sessions() == []

    # Room again: the next session is recorded, and a later failure is reported again.
    full.failing = False
    coach.settings_page.dismiss_notice()
    harness.run_session(coach, short_plan(library))
    (session,) = history.sessions()
    assert session.completed
    assert len(history.steps(session.id)) == 2
    assert coach.settings_page.notice_text is None
    full.failing = True
    take_breaks(coach, 1)
    assert coach.settings_page.notice_text is not None


def test_the_app_starts_when_its_folders_and_files_are_not_what_they_should_be(
    harness: AppHarness,
) -> None:
    root = harness.paths.data_dir.parent
    root.mkdir(parents=True, exist_ok=True)
    harness.paths.data_dir.write_bytes(b"")  # a file where the data folder should be
    harness.paths.config_dir.mkdir(parents=True)
    os.mkfifo(harness.paths.config_dir / "settings.toml")  # would block a plain read
    coach = harness.start()
    assert coach.history is None
    coach.activate()
    notice = coach.settings_page.notice_text
    assert notice is not None
    assert "not a regular file" in notice
    assert f"{harness.paths.data_dir} is a file, not a folder" in notice
    assert coach.settings_keeper.store.read_only  # the FIFO is left as it is
    coach.break_driver.start()
    coach.break_driver.break_now()  # breaks still work without a history
    card = coach.coordinator.card
    assert isinstance(card, BreakCard)
    card.done_button.click()
    assert coach.coordinator.card is None
