"""Atomic file replacement: new bytes in full, or the old file untouched."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from hipcoach.core.atomic import backup_path, write_atomic


def _leftovers(folder: Path) -> list[str]:
    """Return the temporary files ``write_atomic`` would leave in ``folder``."""
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".tmp"))


def test_writes_a_new_file_without_a_backup(tmp_path: Path) -> None:
    target = tmp_path / "settings.toml"
    write_atomic(target, b"schema = 1\n")
    assert target.read_bytes() == b"schema = 1\n"
    assert not backup_path(target).exists()
    assert _leftovers(tmp_path) == []


def test_replaces_the_content_and_keeps_the_previous_one_as_bak(tmp_path: Path) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert backup_path(target) == tmp_path / "settings.toml.bak"
    assert backup_path(target).read_bytes() == b"old"
    write_atomic(target, b"newer")
    assert backup_path(target).read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


def test_no_backup_when_not_asked(tmp_path: Path) -> None:
    target = tmp_path / "data.bin"
    target.write_bytes(b"old")
    write_atomic(target, b"new", keep_backup=False)
    assert target.read_bytes() == b"new"
    assert not backup_path(target).exists()


def test_creates_missing_parent_folders(tmp_path: Path) -> None:
    target = tmp_path / "config" / "hipcoach" / "settings.toml"
    write_atomic(target, b"x = 1\n")
    assert target.read_bytes() == b"x = 1\n"


def test_a_failing_rename_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"old")
    real_replace = os.replace

    def failing_replace(source: Any, destination: Any) -> None:
        if Path(destination) == target:
            raise OSError(28, "No space left on device")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []
    # The backup was refreshed before the failure: it still matches the file.
    assert backup_path(target).read_bytes() == b"old"


def test_a_failing_write_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"old")

    def failing_fsync(descriptor: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="Input/output"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["settings.toml"]


def test_an_interrupt_mid_write_also_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"old")

    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_failing_backup_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"old")
    real_replace = os.replace

    def failing_backup(source: Any, destination: Any) -> None:
        if Path(destination) == backup_path(target):
            raise PermissionError(13, "Permission denied")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", failing_backup)
    with pytest.raises(PermissionError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_follows_a_symlink_and_keeps_it(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "settings.toml"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "settings.toml"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert backup_path(real).read_bytes() == b"old"


def test_keeps_the_permission_bits_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "shared.toml"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.toml"
    write_atomic(fresh, b"x")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
