"""The parsed library kept between starts, so a start does not parse every pack file again.

``load_user_library_cached`` returns what ``library.load_user_library``
returns. The cache file (in the cache folder) holds the library with a key
made of everything it was parsed from: hipcoach's version, the Python
version, the language, and for every pack folder the name, size,
modification time and CRC-32 of each of its TOML files. Any change to any of
them (a pack added, removed or edited, even within the same second) gives a
different key, and the packs are parsed again and the cache rewritten. A
cache that cannot be read, is damaged or was written by another version is
ignored the same way. The file is the user's own (0600, in the user's
cache folder): it is only ever read back by the same user.
"""

from __future__ import annotations

import logging
import os
import pickle
import stat
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path

from hipcoach import __version__
from hipcoach.core.atomic import write_atomic
from hipcoach.core.fileio import MAX_FILE_BYTES
from hipcoach.core.library import Library, find_user_packs, load_library
from hipcoach.core.paths import AppPaths, bundled_resources_dir

#: The cache file's name in the cache folder.
CACHE_FILE = "library.pickle"
#: Changes when the cache file's layout changes.
CACHE_FORMAT = 1

log = logging.getLogger(__name__)


def source_key(folders: Sequence[Path], *, language: str | None) -> bytes:
    """Return the key of a library parsed from ``folders`` in ``language``.

    Made of the versions, the language and each folder's TOML files: name,
    size, modification time and CRC-32 of the contents.
    """
    parts: list[str] = [__version__, f"{sys.version_info[:2]}", language or ""]
    for folder in folders:
        parts.append(f"folder {os.path.abspath(folder)}")
        files = [folder] if folder.is_file() else sorted(folder.rglob("*.toml"))
        for path in files:
            parts.append(f"{path} {_file_key(path)}")
    return "\n".join(parts).encode("utf-8", errors="surrogateescape")


def _file_key(path: Path) -> str:
    """Return size, time and CRC-32 of a regular pack file; kind and size of anything else.

    A FIFO, a device or a file larger than any pack file may be is never read
    (the loader refuses those too), so making the key cannot hang.
    """
    try:
        status = path.stat()
    except OSError as error:
        return f"unreadable {error.errno}"
    if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_FILE_BYTES:
        return f"kind {stat.S_IFMT(status.st_mode):o} {status.st_size} {status.st_mtime_ns}"
    try:
        checksum = zlib.crc32(path.read_bytes())
    except OSError as error:
        return f"unreadable {error.errno}"
    return f"{status.st_size} {status.st_mtime_ns} {checksum:08x}"


def read_cache(cache_file: Path, key: bytes) -> Library | None:
    """Return the library kept in ``cache_file`` under ``key``; None if none fits."""
    try:
        data = cache_file.read_bytes()
    except OSError:
        return None
    try:
        layout, stored_key, library = pickle.loads(data)  # the user's own file
    except Exception as error:  # whatever a damaged file raises: parse again
        log.info("library cache %s ignored: %s", cache_file, error)
        return None
    if layout != CACHE_FORMAT or stored_key != key or not isinstance(library, Library):
        return None
    return library


def write_cache(cache_file: Path, key: bytes, library: Library) -> None:
    """Keep ``library`` in ``cache_file`` under ``key``; a failure is logged, never raised."""
    try:
        data = pickle.dumps((CACHE_FORMAT, key, library), protocol=pickle.HIGHEST_PROTOCOL)
        write_atomic(cache_file, data, keep_backup=False)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as error:
        log.warning("library cache %s not written: %s", cache_file, error)


def load_user_library_cached(
    paths: AppPaths, extra_packs: Sequence[Path] = (), *, language: str | None = None
) -> Library:
    """Return what ``load_user_library`` would, from the cache when it is current."""
    user_packs = [*find_user_packs(paths.packs_dir), *extra_packs]
    bundled = bundled_resources_dir()
    key = source_key([bundled, *user_packs], language=language)
    cache_file = paths.cache_dir / CACHE_FILE
    library = read_cache(cache_file, key)
    if library is None:
        library = load_library(bundled, user_packs, language=language)
        write_cache(cache_file, key, library)
    return library
