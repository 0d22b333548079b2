"""Replacing a file so that a crash or a full disk never leaves it half written.

``write_atomic`` promises: after it returns, the file holds exactly the new
bytes (and they are on disk); if it raises, the file is exactly as it was and
no temporary file is left behind. Readers never see a partial file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from hipcoach.core.paths import make_private_dirs

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"


def backup_path(path: Path) -> Path:
    """Return where ``write_atomic`` keeps the previous version of ``path``."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Replace the contents of ``path`` with ``data`` in one step.

    The bytes go to a temporary file in the same folder, are flushed and
    synced, and the temporary file is then renamed over ``path``; the folder
    is synced too where the platform allows it. With ``keep_backup`` the
    current file (if any) is first copied, also atomically, to
    ``<name>.bak``. Missing parent folders are created, readable by the
    owner only. A symbolic link is
    followed, so the file it points to is replaced and the link kept. An
    existing file's permission bits carry over to the new one; a new file is
    readable by its owner only.

    Raises ``OSError`` when the file cannot be written; ``path`` is then
    untouched and the temporary file removed.
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    make_private_dirs(folder)
    descriptor, temp_name = tempfile.mkstemp(
        dir=folder, prefix=temp_prefix(target), suffix=TEMP_SUFFIX
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            shutil.copymode(target, temp)
            if keep_backup:
                write_atomic(backup_path(target), target.read_bytes(), keep_backup=False)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_folder(folder)


def temp_prefix(path: Path) -> str:
    """Return how the names of ``write_atomic``'s temporary files for ``path`` begin."""
    return f".{path.name}."


def remove_leftovers(path: Path) -> list[Path]:
    """Delete temporary files that a killed ``write_atomic`` of ``path`` left; return them.

    Covers the temporary files of ``path`` and of its ``.bak``. Call it only
    when no other process writes ``path`` (hipcoach runs once per user). A
    file that cannot be deleted is left alone.
    """
    import glob  # noqa: PLC0415 - only for its escape, and only when cleaning up

    target = Path(os.path.realpath(path))
    removed: list[Path] = []
    try:
        candidates = list(target.parent.glob(f"{glob.escape(temp_prefix(target))}*{TEMP_SUFFIX}"))
    except OSError:
        return removed
    for candidate in candidates:
        try:
            candidate.unlink()
        except OSError:
            continue
        removed.append(candidate)
    return removed


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable; a no-op where folders cannot be opened."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
