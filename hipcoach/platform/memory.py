"""Giving memory back once start-up is over, for a long and quiet stay in the tray.

Start-up leaves garbage behind that a process idle for hours does not need:
PySide6 reads the source of every module imported after it (to see whether
the module uses Qt's "feature" switches), and Python's ``linecache`` keeps
those lines, several megabytes; and the C heap keeps the pages freed after
start-up. ``give_back_memory()`` drops the cached lines, collects garbage
and, with glibc, hands free heap pages back to the OS (``malloc_trim``).
Nothing here changes what the app does: the cached lines are read again if
a traceback needs them.
"""

from __future__ import annotations

import gc
import linecache
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)
_collection_held = False


def hold_collection() -> None:
    """Pause Python's cyclic garbage collector for start-up, until ``release_collection``.

    Start-up makes a few hundred thousand objects (modules, classes, PySide6's
    enums), hardly any of them garbage, and the collector would walk them
    again and again while they are made: about 15 ms of a start. Collection
    resumes once the window or the tray icon is up, and ``give_back_memory``
    collects everything a few seconds later. A collector already paused
    stays as it was.
    """
    global _collection_held  # noqa: PLW0603 - one collector per process
    if gc.isenabled():
        gc.disable()
        _collection_held = True


def release_collection() -> None:
    """Resume the collector if ``hold_collection`` paused it (safe to call again)."""
    global _collection_held  # noqa: PLW0603 - one collector per process
    if _collection_held:
        _collection_held = False
        gc.enable()


def _malloc_trim(platform: str) -> Callable[[int], int] | None:
    """Return glibc's ``malloc_trim``, or None where there is none (musl, macOS, Windows)."""
    if not platform.startswith("linux"):
        return None
    import ctypes  # noqa: PLC0415 - not needed before the first paint
    import ctypes.util  # noqa: PLC0415

    name = ctypes.util.find_library("c") or "libc.so.6"
    try:
        libc = ctypes.CDLL(name)
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def drop_source_lines() -> None:
    """Forget the module sources read while importing (they are read again when needed).

    Called at a few points during start-up, so that the memory they take is
    reused by what comes next instead of adding to the peak.
    """
    linecache.clearcache()


def give_back_memory(platform: str = sys.platform) -> bool:
    """Drop start-up garbage and return free heap pages to the OS.

    Returns True when the C heap was trimmed as well (glibc only).
    """
    drop_source_lines()
    gc.collect()
    trim = _malloc_trim(platform)
    if trim is None:
        return False
    trim(0)
    log.debug("gave free heap pages back to the system after start-up")
    return True
