"""Every file hipcoach keeps about the user is readable by the user only.

Settings, their backup, the history database with its ``-wal`` and ``-shm``,
the log and its rotated copies, CSV exports, the PDF report and files moved
aside as corrupt are created 0600; the folders hipcoach creates for them are 0700. The tests run
with a umask of 0, so nothing depends on the user's umask being strict.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from hipcoach.core.clock import ManualClock
from hipcoach.core.history import HistoryStore, StepRecord
from hipcoach.core.history_export import export_csv
from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.settings import BreakSettings, Settings, SettingsStore
from hipcoach.logs import LOGGER_NAME, reset_logging, setup_logging
from hipcoach.platform.single_instance import SingleInstance
from hipcoach.ui.report import write_report

NOW = datetime(2026, 1, 5, 9, tzinfo=UTC)
FILE, FOLDER = 0o600, 0o700


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """Let everything through the umask, as the laxest user set-up would."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def test_settings_and_their_backup(tmp_path: Path) -> None:
    path = tmp_path / "config" / "hipcoach" / "settings.toml"
    store = SettingsStore(path, clock=ManualClock(NOW))
    assert store.save(Settings(breaks=BreakSettings(interval_minutes=45)))
    assert store.save(Settings(breaks=BreakSettings(interval_minutes=50)))
    assert mode(path) == FILE
    assert mode(path.with_name("settings.toml.bak")) == FILE
    assert mode(path.parent) == FOLDER
    assert mode(path.parent.parent) == FOLDER  # every folder it had to create


def test_a_corrupt_settings_file_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"[breaks\n")
    path.chmod(0o644)
    loaded = SettingsStore(path, clock=ManualClock(NOW)).load()
    assert loaded.notice is not None
    (moved,) = tmp_path.glob("settings.toml.corrupt-*")
    assert mode(moved) == FILE


def test_an_existing_folder_keeps_its_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    assert SettingsStore(folder / "settings.toml", clock=ManualClock(NOW)).save(Settings())
    assert mode(folder) == 0o755  # the user's own choice stays
    assert mode(folder / "settings.toml") == FILE


def _history_with_a_step(path: Path) -> HistoryStore:
    store = HistoryStore.open(path, clock=ManualClock(NOW)).store
    session = store.start_session("daily", NOW)
    store.record_step(StepRecord(session, 0, "couch-stretch", None, 1, None, "completed", 1, NOW))
    return store


def test_history_and_its_wal_and_shm(tmp_path: Path) -> None:
    path = tmp_path / "data" / "hipcoach" / "history.sqlite3"
    with _history_with_a_step(path):
        companions = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
        assert all(item.exists() for item in companions)
        assert [mode(item) for item in companions] == [FILE] * 3
    assert mode(path.parent) == FOLDER
    assert mode(path.parent.parent) == FOLDER


def test_a_corrupt_history_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"not a database at all" * 50)
    path.chmod(0o644)
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"junk")
    wal.chmod(0o666)
    result = HistoryStore.open(path, clock=ManualClock(NOW))
    result.store.close()
    assert result.moved_to is not None
    assert mode(result.moved_to) == FILE
    assert mode(result.moved_to.with_name(result.moved_to.name + "-wal")) == FILE
    assert mode(path) == FILE  # the new, empty history


def test_the_log_and_its_rotated_copies(tmp_path: Path) -> None:
    log_dir = tmp_path / "log" / "hipcoach"
    try:
        log_file = setup_logging(log_dir, max_bytes=200, backup_count=2)
        assert log_file is not None
        logger = logging.getLogger(LOGGER_NAME)
        for number in range(20):
            logger.info("line %d of the log, long enough to roll the file over", number)
    finally:
        reset_logging()
    files = sorted(log_dir.iterdir())
    assert [item.name for item in files] == ["hipcoach.log", "hipcoach.log.1", "hipcoach.log.2"]
    assert [mode(item) for item in files] == [FILE] * 3
    assert mode(log_dir) == FOLDER
    assert mode(log_dir.parent) == FOLDER


def test_csv_exports(tmp_path: Path) -> None:
    with _history_with_a_step(tmp_path / "history.sqlite3") as store:
        written = export_csv(store, tmp_path / "export" / "here")
    assert written
    assert {mode(item) for item in written} == {FILE}
    assert mode(tmp_path / "export" / "here") == FOLDER


def test_the_single_instance_lock_folder_and_socket(tmp_path: Path, qapp: object) -> None:
    lock_dir = tmp_path / "cache" / "hipcoach"
    run_dir = tmp_path / "run"
    instance = SingleInstance(
        "io.github.hipcoach.PermTest", lock_dir, environ={"XDG_RUNTIME_DIR": str(run_dir)}
    )
    try:
        assert instance.acquire()
        assert instance.listening, instance.reason
        assert mode(instance.socket_path) == FILE
        assert mode(instance.socket_path.parent) == FOLDER
    finally:
        instance.release()
    assert mode(lock_dir) == FOLDER
    assert mode(lock_dir.parent) == FOLDER


def test_a_file_in_the_way_of_a_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "config").write_bytes(b"")
    store = SettingsStore(tmp_path / "config" / "settings.toml", clock=ManualClock(NOW))
    result = store.save(Settings(breaks=BreakSettings(interval_minutes=45)))
    assert not result
    assert result.notice is not None
    assert f"{tmp_path / 'config'} is a file, not a folder" in result.notice


def test_the_pdf_report(tmp_path: Path, qapp: object) -> None:
    reference = load_library(bundled_resources_dir()).reference
    assert reference is not None
    with _history_with_a_step(tmp_path / "history.sqlite3") as store:
        target = write_report(
            tmp_path / "report.pdf",
            store,
            reference,
            since=date(2026, 1, 1),
            until=date(2026, 1, 31),
            tz=UTC,
            printed=NOW.date(),
        )
    assert target.read_bytes().startswith(b"%PDF")
    assert mode(target) == FILE
