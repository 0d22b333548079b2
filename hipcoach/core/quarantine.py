"""Moving a file that cannot be read out of the way, so that nothing is lost.

A store that finds its file damaged does not overwrite it: it renames it to
``<name>.corrupt-<YYYYmmdd-HHMMSS>`` beside it (the time from the store's
wall clock; ``-2``, ``-3`` … appended when that name is taken), starts
afresh and tells the user where the old file went. The settings file and
the history both go through ``move_aside``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from hipcoach.core.clock import WallClock
from hipcoach.core.paths import make_private

#: What a moved file's name gets after its own name, before the time.
CORRUPT_MARK = ".corrupt-"
#: How the time is written into the new name (local time, to the second).
STAMP_FORMAT = "%Y%m%d-%H%M%S"


def _exists(path: Path) -> bool:
    """Return whether anything, even a dangling symbolic link, has this name."""
    return path.exists() or path.is_symlink()


def _with_companions(path: Path, companions: Sequence[str]) -> tuple[Path, ...]:
    return (path, *(path.with_name(path.name + suffix) for suffix in companions))


def move_aside(path: Path, *, clock: WallClock, companions: Sequence[str] = ()) -> Path:
    """Rename ``path`` to the first free ``.corrupt-<time>`` name beside it; return that name.

    ``companions`` are the suffixes of files that belong with ``path`` (the
    ``-wal`` and ``-shm`` files SQLite keeps beside a database): each
    ``<name><suffix>`` that exists moves to ``<new name><suffix>``, so the
    pieces stay together. A name is free only when neither it nor any of its
    companion names exists, so a file already there is never overwritten.
    The moved files are made private to the user (``0600``).

    Raises ``OSError`` when a rename fails, ``FileNotFoundError`` when
    ``path`` itself is missing (a companion renamed before a failure stays
    renamed; nothing is ever deleted).
    """
    base = f"{path.name}{CORRUPT_MARK}{clock.now().strftime(STAMP_FORMAT)}"
    target = path.with_name(base)
    number = 2
    while any(_exists(item) for item in _with_companions(target, companions)):
        target = path.with_name(f"{base}-{number}")
        number += 1
    path.rename(target)
    make_private(target)
    for suffix in companions:
        source, destination = (item.with_name(item.name + suffix) for item in (path, target))
        if _exists(source):
            source.rename(destination)
            make_private(destination)
    return target
