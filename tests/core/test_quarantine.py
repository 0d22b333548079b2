"""A damaged file moves aside under a dated name, with its companions, never over another file."""

from __future__ import annotations

import stat
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hipcoach.core.clock import ManualClock
from hipcoach.core.history import HistoryStore
from hipcoach.core.quarantine import move_aside
from hipcoach.core.settings import SettingsStore

BERLIN = ZoneInfo("Europe/Berlin")
#: 08:30:05 UTC: the name carries the clock's local time.
CLOCK = ManualClock(datetime(2026, 3, 5, 9, 30, 5, tzinfo=BERLIN), zone=BERLIN)
STAMP = "20260305-093005"
SQLITE = ("-wal", "-shm")


def test_the_file_gets_its_name_the_mark_and_the_local_time(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"= damaged")
    path.chmod(0o644)
    moved = move_aside(path, clock=CLOCK)
    assert moved == tmp_path / f"settings.toml.corrupt-{STAMP}"
    assert moved.read_bytes() == b"= damaged"
    assert stat.S_IMODE(moved.stat().st_mode) == 0o600
    assert not path.exists()


def test_a_taken_name_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    first, second = (tmp_path / f"settings.toml.corrupt-{STAMP}{end}" for end in ("", "-2"))
    first.write_bytes(b"first")
    second.write_bytes(b"second")
    path.write_bytes(b"third")
    assert move_aside(path, clock=CLOCK) == tmp_path / f"settings.toml.corrupt-{STAMP}-3"
    assert (first.read_bytes(), second.read_bytes()) == (b"first", b"second")


def test_a_dangling_link_takes_a_name_too(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"damaged")
    (tmp_path / f"settings.toml.corrupt-{STAMP}").symlink_to(tmp_path / "nowhere")
    assert move_aside(path, clock=CLOCK).name == f"settings.toml.corrupt-{STAMP}-2"
    assert (tmp_path / f"settings.toml.corrupt-{STAMP}").is_symlink()


def test_companions_move_with_the_file_and_only_those_that_exist(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"main")
    (tmp_path / "history.sqlite3-wal").write_bytes(b"wal")
    moved = move_aside(path, clock=CLOCK, companions=SQLITE)
    assert moved == tmp_path / f"history.sqlite3.corrupt-{STAMP}"
    assert (tmp_path / f"history.sqlite3.corrupt-{STAMP}-wal").read_bytes() == b"wal"
    assert not (tmp_path / f"history.sqlite3.corrupt-{STAMP}-shm").exists()
    assert sorted(item.name for item in tmp_path.iterdir()) == [
        f"history.sqlite3.corrupt-{STAMP}",
        f"history.sqlite3.corrupt-{STAMP}-wal",
    ]


def test_a_name_whose_companion_is_taken_is_skipped_whole(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"main")
    (tmp_path / "history.sqlite3-shm").write_bytes(b"shm")
    left = tmp_path / f"history.sqlite3.corrupt-{STAMP}-shm"  # from an earlier move
    left.write_bytes(b"earlier shm")
    moved = move_aside(path, clock=CLOCK, companions=SQLITE)
    assert moved == tmp_path / f"history.sqlite3.corrupt-{STAMP}-2"
    assert left.read_bytes() == b"earlier shm"
    assert (tmp_path / f"history.sqlite3.corrupt-{STAMP}-2-shm").read_bytes() == b"shm"


def test_a_missing_file_cannot_be_moved(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        move_aside(tmp_path / "settings.toml", clock=CLOCK)
    assert list(tmp_path.iterdir()) == []


def test_both_stores_move_their_files_the_same_way(tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_bytes(b"= damaged")
    (tmp_path / f"settings.toml.corrupt-{STAMP}").write_bytes(b"taken")
    assert "settings.toml.corrupt-" + STAMP + "-2" in str(
        SettingsStore(settings, clock=CLOCK).load().notice
    )
    history = tmp_path / "history.sqlite3"
    history.write_bytes(b"not a database at all")
    (tmp_path / "history.sqlite3-wal").write_bytes(b"wal")
    (tmp_path / f"history.sqlite3.corrupt-{STAMP}-wal").write_bytes(b"taken")
    opened = HistoryStore.open(history, clock=CLOCK)
    opened.store.close()
    moved = tmp_path / f"history.sqlite3.corrupt-{STAMP}-2"
    assert opened.moved_to == moved
    assert moved.read_bytes() == b"not a database at all"
    assert (tmp_path / f"history.sqlite3.corrupt-{STAMP}-2-wal").read_bytes() == b"wal"
