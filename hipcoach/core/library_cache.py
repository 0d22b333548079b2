"""The parsed pack files kept between starts, so a start does not parse every TOML file again.

``load_user_library_cached`` returns what ``library.load_user_library``
returns; only the step from a file's bytes to its table is remembered.
Parsing TOML is most of the time it takes to load the library; a table
read back from JSON (which the cache file is) takes a tenth of it.

Each file's table is kept with its key: the file's size, modification time
and CRC-32 of its contents. A file whose key differs (edited, even within
the same second), a file that is not a regular file, one over the size limit
and one that does not parse are read from the file as before; its problems
are found as before. The whole cache is dropped when it was written by
another hipcoach or Python version, cannot be read, or is damaged. The cache
holds data only, nothing that runs: JSON, in the user's own cache folder,
readable by the user only.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hipcoach import __version__
from hipcoach.core.atomic import write_atomic
from hipcoach.core.fileio import MAX_FILE_BYTES, read_toml
from hipcoach.core.library import Library, find_user_packs, load_library
from hipcoach.core.paths import AppPaths, bundled_resources_dir

#: The cache file's name in the cache folder.
CACHE_FILE = "parsed-packs.json"
#: Changes when the cache file's layout changes.
CACHE_FORMAT = 1

log = logging.getLogger(__name__)


def file_key(path: Path) -> str | None:
    """Return size, time and CRC-32 of a regular pack file; None for anything else.

    A FIFO, a device or a file larger than any pack file may be is never read
    here (the loader refuses those itself), so making the key cannot hang.
    """
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_FILE_BYTES:
            return None
        checksum = zlib.crc32(path.read_bytes())
    except OSError:
        return None
    return f"{status.st_size} {status.st_mtime_ns} {checksum:08x}"


class ParsedTables:
    """The tables of pack files, kept in ``cache_file`` by path and key."""

    def __init__(self, cache_file: Path) -> None:
        self.cache_file = cache_file
        self._stamp = [CACHE_FORMAT, __version__, list(sys.version_info[:2])]
        self._kept: dict[str, list[str]] = self._read()
        self._used: dict[str, list[str]] = {}
        #: Files parsed from their TOML this time (the rest came from the cache).
        self.parsed: list[Path] = []

    def _read(self) -> dict[str, list[str]]:
        try:
            data = json.loads(self.cache_file.read_bytes())
        except (OSError, ValueError) as error:  # missing, unreadable, not JSON
            if not isinstance(error, FileNotFoundError):
                log.info("pack cache %s ignored: %s", self.cache_file, error)
            return {}
        if not isinstance(data, dict) or data.get("stamp") != self._stamp:
            return {}
        files = data.get("files")
        if not isinstance(files, dict):
            return {}
        return {
            path: entry
            for path, entry in files.items()
            if isinstance(entry, list)
            and len(entry) == 2
            and all(isinstance(x, str) for x in entry)
        }

    def parse(self, path: Path) -> dict[str, Any]:
        """Return the table of ``path``, from the cache when its key still fits.

        Raises what ``read_toml`` raises for a file that cannot be read.
        """
        name = os.path.abspath(path)
        key = file_key(path)
        entry = self._kept.get(name)
        if key is not None and entry is not None and entry[0] == key:
            try:
                table = json.loads(entry[1])
            except ValueError:
                table = None
            if isinstance(table, dict):
                self._used[name] = entry
                return table
        table = read_toml(path, integer_limit=None)
        self.parsed.append(path)
        if key is not None:
            with contextlib.suppress(TypeError, ValueError):  # dates and times: not kept
                self._used[name] = [key, json.dumps(table)]
        return table

    def save(self) -> None:
        """Keep the tables of the files read this time; a failure is logged, never raised."""
        if self._used == self._kept:
            return
        data = {"stamp": self._stamp, "files": self._used}
        try:
            # ASCII: file names that are not UTF-8 survive as \udcxx escapes.
            write_atomic(self.cache_file, json.dumps(data).encode("ascii"), keep_backup=False)
        except OSError as error:
            log.warning("pack cache %s not written: %s", self.cache_file, error)


def load_user_library_cached(
    paths: AppPaths, extra_packs: Sequence[Path] = (), *, language: str | None = None
) -> Library:
    """Return what ``load_user_library`` would, reading unchanged files' tables from the cache."""
    tables = ParsedTables(paths.cache_dir / CACHE_FILE)
    user_packs = [*find_user_packs(paths.packs_dir), *extra_packs]
    library = load_library(
        bundled_resources_dir(), user_packs, language=language, parse=tables.parse
    )
    tables.save()
    return library
