"""The parsed library kept between starts: used when current, never when anything changed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hipcoach.core import library_cache
from hipcoach.core.library import Library, load_user_library
from hipcoach.core.paths import AppPaths
from tests.test_cli import write_pack


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "home")


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the times the packs are really parsed."""
    counted: list[int] = []
    real = library_cache.load_library  # type: ignore[attr-defined]

    def counting(*args: object, **kwargs: object) -> object:
        counted.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(library_cache, "load_library", counting)
    return counted


def cached(paths: AppPaths, language: str | None = None) -> Library:
    return library_cache.load_user_library_cached(paths, language=language)


def test_the_second_start_reads_the_cache_and_gets_the_same_library(
    paths: AppPaths, parses: list[int]
) -> None:
    first = cached(paths)
    cache_file = paths.cache_dir / library_cache.CACHE_FILE
    assert cache_file.is_file()
    assert stat.S_IMODE(cache_file.stat().st_mode) == 0o600
    second = cached(paths)
    assert len(parses) == 1
    assert second == first == load_user_library(paths)


def test_a_pack_edited_within_the_same_moment_and_size_is_parsed_again(
    paths: AppPaths, parses: list[int]
) -> None:
    exercise = write_pack(paths.packs_dir / "mine")
    before = cached(paths)
    status = exercise.stat()
    text = exercise.read_text(encoding="utf-8")
    exercise.write_text(text.replace("My stretch", "My strotch"), encoding="utf-8")
    os.utime(exercise, ns=(status.st_atime_ns, status.st_mtime_ns))  # same time, same size
    after = cached(paths)
    assert len(parses) == 2
    names = {item.name for item in after.exercises}
    assert "My strotch" in names
    assert after != before


def test_a_pack_added_or_removed_and_another_language_are_parsed_again(
    paths: AppPaths, parses: list[int]
) -> None:
    cached(paths)
    write_pack(paths.packs_dir / "mine")
    added = cached(paths)
    assert "my-stretch" in {item.id for item in added.exercises}
    cached(paths, language="de_DE")
    assert len(parses) == 3
    cached(paths, language="de_DE")
    assert len(parses) == 3


def test_a_damaged_cache_or_one_of_another_version_is_ignored_and_replaced(
    paths: AppPaths, parses: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    cached(paths)
    cache_file = paths.cache_dir / library_cache.CACHE_FILE
    cache_file.write_bytes(b"\x80\x05 not a pickle at all")
    good = cached(paths)
    assert good == load_user_library(paths)
    assert len(parses) == 2
    monkeypatch.setattr(library_cache, "__version__", "0.0.0-other")
    cached(paths)
    assert len(parses) == 3
    cached(paths)
    assert len(parses) == 3  # rewritten for this version


def test_an_unwritable_cache_folder_still_gives_the_library(tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "cache").write_text("in the way", encoding="utf-8")
    paths = AppPaths.under(tmp_path / "home")
    assert library_cache.load_user_library_cached(paths) == load_user_library(paths)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_like_a_pack_file_is_not_read(paths: AppPaths, parses: list[int]) -> None:
    write_pack(paths.packs_dir / "mine")
    os.mkfifo(paths.packs_dir / "mine" / "exercises" / "pipe.toml")
    first = cached(paths)  # returns: the key does not wait for a writer
    assert cached(paths) == first
    assert len(parses) == 1
