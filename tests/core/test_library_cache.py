"""The parsed pack files kept between starts: used when unchanged, never when anything changed."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from hipcoach.core import library_cache
from hipcoach.core.library import Library, load_user_library
from hipcoach.core.paths import AppPaths
from tests.test_cli import write_pack


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "home")


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files really parsed from TOML, in order."""
    files: list[Path] = []
    real = library_cache.read_toml  # type: ignore[attr-defined]

    def counting(path: Path, **options: Any) -> dict[str, Any]:
        files.append(path)
        return real(path, **options)

    monkeypatch.setattr(library_cache, "read_toml", counting)
    return files


def cached(paths: AppPaths, language: str | None = None) -> Library:
    return library_cache.load_user_library_cached(paths, language=language)


def cache_file(paths: AppPaths) -> Path:
    return paths.cache_dir / library_cache.CACHE_FILE


def test_the_second_start_parses_nothing_and_gets_the_same_library(
    paths: AppPaths, parsed: list[Path]
) -> None:
    first = cached(paths)
    assert len(parsed) > 20  # every bundled file, the first time
    assert stat.S_IMODE(cache_file(paths).stat().st_mode) == 0o600
    parsed.clear()
    second = cached(paths)
    assert parsed == []
    assert second == first == load_user_library(paths)
    assert cached(paths, language="de_DE") == load_user_library(paths, language="de_DE")
    assert parsed == []  # the tables do not depend on the language


def test_a_file_edited_within_the_same_moment_and_size_is_parsed_again(
    paths: AppPaths, parsed: list[Path]
) -> None:
    exercise = write_pack(paths.packs_dir / "mine")
    cached(paths)
    status = exercise.stat()
    text = exercise.read_text(encoding="utf-8")
    exercise.write_text(text.replace("My stretch", "My strotch"), encoding="utf-8")
    os.utime(exercise, ns=(status.st_atime_ns, status.st_mtime_ns))  # same time, same size
    parsed.clear()
    after = cached(paths)
    assert parsed == [exercise]
    assert "My strotch" in {item.name for item in after.exercises}
    assert after == load_user_library(paths)


def test_files_added_are_parsed_and_files_removed_are_forgotten(
    paths: AppPaths, parsed: list[Path]
) -> None:
    cached(paths)
    exercise = write_pack(paths.packs_dir / "mine")
    parsed.clear()
    added = cached(paths)
    assert parsed == [exercise]
    assert "my-stretch" in {item.id for item in added.exercises}
    exercise.unlink()
    assert cached(paths) == load_user_library(paths)
    kept = json.loads(cache_file(paths).read_text(encoding="ascii"))["files"]
    assert str(exercise) not in kept


def test_a_damaged_cache_or_one_of_another_version_is_ignored_and_replaced(
    paths: AppPaths, parsed: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cached(paths)
    everything = len(parsed)
    for damage in (b"{not json", b'{"stamp": 1, "files": []}', b'"files"', b"\xff\xfe"):
        cache_file(paths).write_bytes(damage)
        parsed.clear()
        assert cached(paths) == load_user_library(paths)
        assert len(parsed) == everything
    data = json.loads(cache_file(paths).read_text(encoding="ascii"))
    for entry in data["files"].values():
        entry[1] = "[1, 2, 3]"  # a table that is not a table
    cache_file(paths).write_text(json.dumps(data), encoding="ascii")
    parsed.clear()
    assert cached(paths) == load_user_library(paths)
    assert len(parsed) == everything
    monkeypatch.setattr(library_cache, "__version__", "0.0.0-other")
    parsed.clear()
    cached(paths)
    assert len(parsed) == everything


def test_a_file_that_does_not_parse_is_reported_every_time(
    paths: AppPaths, parsed: list[Path]
) -> None:
    exercise = write_pack(paths.packs_dir / "mine")
    exercise.write_text("id = [unclosed\n", encoding="utf-8")
    cached(paths)  # the bundled files are kept from here on
    for _ in range(2):
        parsed.clear()
        library = cached(paths)
        assert parsed == [exercise]
        assert library.broken_packs
        assert library == load_user_library(paths)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_like_a_pack_file_is_not_waited_for(paths: AppPaths) -> None:
    write_pack(paths.packs_dir / "mine")
    os.mkfifo(paths.packs_dir / "mine" / "exercises" / "pipe.toml")
    first = cached(paths)  # returns: nothing waits for a writer
    assert first.broken_packs
    assert cached(paths) == first


def test_an_unwritable_cache_folder_still_gives_the_library(tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "cache").write_text("in the way", encoding="utf-8")
    paths = AppPaths.under(tmp_path / "home")
    assert library_cache.load_user_library_cached(paths) == load_user_library(paths)
