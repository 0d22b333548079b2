"""The snapshot of the Library page kept between starts: used only while the packs are unchanged."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from hipcoach.core import library_snapshot
from hipcoach.core.library_snapshot import (
    LibrarySnapshot,
    SnapshotRow,
    fingerprint,
    read_snapshot,
    write_snapshot,
)

SNAPSHOT = LibrarySnapshot(
    rows=(
        SnapshotRow(
            "Couch stretch",
            "Stretch",
            "Opens the front of the hip.",
            "Couch stretch, Stretch",
            False,
        ),
        SnapshotRow(
            "My lunge  ★",
            "Stretch",
            "Mine.\n(From your pack.)",
            "My lunge, Stretch, from your pack",
            True,
        ),
    ),
    category_names=("Release", "Stretch", "Strengthen", "Movement snack"),
    has_reference=True,
    broken_packs=1,
    problems_text="Broken (/packs/broken):\n  exercises/x.toml: no name",
)


@pytest.fixture
def packs(tmp_path: Path) -> list[Path]:
    """Two pack roots: one with an exercise file in a sub-folder, one missing."""
    root = tmp_path / "packs"
    (root / "mine" / "exercises").mkdir(parents=True)
    (root / "mine" / "exercises" / "lunge.toml").write_text('name = "My lunge"\n')
    return [root, tmp_path / "not-there"]


def test_a_snapshot_comes_back_as_it_was_kept(tmp_path: Path, packs: list[Path]) -> None:
    file = tmp_path / "cache" / "snapshot.json"
    write_snapshot(file, SNAPSHOT, language="de_DE", roots=packs)
    assert read_snapshot(file, language="de_DE", roots=packs) == SNAPSHOT
    assert file.stat().st_mode & 0o077 == 0  # in the user's own cache, readable by them only


def test_a_snapshot_is_not_used_in_another_language_or_version(
    tmp_path: Path, packs: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "snapshot.json"
    write_snapshot(file, SNAPSHOT, language="de_DE", roots=packs)
    assert read_snapshot(file, language="en_US", roots=packs) is None
    monkeypatch.setattr(library_snapshot, "__version__", "99.0")
    assert read_snapshot(file, language="de_DE", roots=packs) is None


@pytest.mark.parametrize("change", ["edit", "add", "remove", "rename", "new pack", "root appears"])
def test_any_change_under_the_pack_folders_retires_the_snapshot(
    tmp_path: Path, packs: list[Path], change: str
) -> None:
    file = tmp_path / "snapshot.json"
    write_snapshot(file, SNAPSHOT, language="en", roots=packs)
    exercise = packs[0] / "mine" / "exercises" / "lunge.toml"
    if change == "edit":
        exercise.write_text('name = "My lunge!"\n')  # one byte more
    elif change == "add":
        (exercise.parent / "bridge.toml").write_text('name = "Bridge"\n')
    elif change == "remove":
        exercise.unlink()
    elif change == "rename":
        exercise.rename(exercise.with_name("lunge2.toml"))
    elif change == "new pack":
        (packs[0] / "other").mkdir()
    else:
        packs[1].mkdir()
    assert read_snapshot(file, language="en", roots=packs) is None


def test_a_file_edited_within_the_same_size_changes_the_fingerprint(packs: list[Path]) -> None:
    exercise = packs[0] / "mine" / "exercises" / "lunge.toml"
    before = fingerprint(packs)
    exercise.write_text('name = "My lungE"\n')
    status = exercise.stat()
    os.utime(exercise, ns=(status.st_atime_ns, status.st_mtime_ns + 1))
    assert fingerprint(packs) != before
    assert fingerprint(packs) == fingerprint(packs)  # and it is stable


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not json",
        b"[1, 2]",
        b'{"stamp": null}',
        "wrong row length",
        "a row of numbers",
    ],
)
def test_a_damaged_snapshot_is_ignored(
    tmp_path: Path, packs: list[Path], damage: bytes | str, caplog: pytest.LogCaptureFixture
) -> None:
    file = tmp_path / "snapshot.json"
    write_snapshot(file, SNAPSHOT, language="en", roots=packs)
    if isinstance(damage, bytes):
        file.write_bytes(damage)
    else:
        data = json.loads(file.read_bytes())
        data["rows"][0] = data["rows"][0][:3] if damage == "wrong row length" else [1, 2, 3, 4, 5]
        file.write_text(json.dumps(data))
    with caplog.at_level(logging.INFO):
        assert read_snapshot(file, language="en", roots=packs) is None


def test_no_snapshot_yet_is_no_snapshot(tmp_path: Path, packs: list[Path]) -> None:
    assert read_snapshot(tmp_path / "none.json", language="en", roots=packs) is None


def test_an_unchanged_snapshot_is_not_written_again(tmp_path: Path, packs: list[Path]) -> None:
    file = tmp_path / "snapshot.json"
    write_snapshot(file, SNAPSHOT, language="en", roots=packs)
    os.utime(file, ns=(0, 0))
    write_snapshot(file, SNAPSHOT, language="en", roots=packs)
    assert file.stat().st_mtime_ns == 0
    write_snapshot(file, SNAPSHOT._replace(has_reference=False), language="en", roots=packs)
    assert file.stat().st_mtime_ns != 0


def test_a_snapshot_that_cannot_be_written_is_logged_not_raised(
    tmp_path: Path, packs: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    with caplog.at_level(logging.WARNING):
        write_snapshot(blocker / "snapshot.json", SNAPSHOT, language="en", roots=packs)
    assert "not written" in caplog.text


def test_texts_naming_files_that_are_not_utf8_survive(tmp_path: Path, packs: list[Path]) -> None:
    odd = os.fsdecode(b"caf\xe9.toml")  # a surrogate escape
    snapshot = SNAPSHOT._replace(problems_text=f"Broken:\n  {odd}: no name")
    file = tmp_path / "snapshot.json"
    write_snapshot(file, snapshot, language="en", roots=packs)
    assert read_snapshot(file, language="en", roots=packs) == snapshot
