"""What the Library page showed, kept so the next start paints before the library loads.

A start shows the window with its list of exercises before it has read
(or even imported) the exercise library: it shows the snapshot the
previous start left, and the library itself follows on the event loop's
next turn and takes its place, row for row the same. The snapshot holds
only what that first paint shows: each row's texts, the category names
(for the width of their column), whether there is a reference (which
adds sections to the window) and the problems of skipped packs.

It is used only while the pack folders are as they were when it was
written: its stamp names the hipcoach version, the language of the texts,
and a fingerprint of every folder and file under the pack folders (path,
size and modification time; new, removed, renamed and edited files all
change it). Anything else (another version, a damaged or missing file)
means no snapshot, and that start reads the library before its first
paint instead. The file holds data only: JSON in the user's cache folder.
"""

from __future__ import annotations

import json
import logging
import os
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from hipcoach import __version__
from hipcoach.core.atomic import write_atomic

#: The snapshot's file name in the cache folder.
SNAPSHOT_FILE = "library-snapshot.json"
#: Changes when the file's layout changes.
SNAPSHOT_FORMAT = 1

log = logging.getLogger(__name__)


class SnapshotRow(NamedTuple):
    """One exercise as its row shows it (texts in the language of the snapshot)."""

    name: str
    category: str
    tooltip: str
    spoken: str
    #: From one of the user's packs (which the user may edit and delete), not bundled.
    from_pack: bool


class LibrarySnapshot(NamedTuple):
    """What the Library page shows before the library is read."""

    rows: tuple[SnapshotRow, ...]
    #: Every category's name, the longest of which sets the category column's width.
    category_names: tuple[str, ...]
    #: Whether the library has a reference (the Progress and Learn sections need it).
    has_reference: bool
    #: How many packs were skipped, and what was wrong with them, as shown.
    broken_packs: int
    problems_text: str


def fingerprint(roots: Sequence[Path]) -> str:
    """Return a fingerprint of every folder and file under ``roots`` (path, size, time).

    A missing root counts as such; a folder that cannot be read changes the
    fingerprint rather than raising.
    """
    listing: list[str] = []
    for root in roots:
        listing.append(f"root {os.fsdecode(root)}")
        pending = [os.fsdecode(root)]
        while pending:
            folder = pending.pop()
            try:
                entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
                listing.append(f"dir {folder} {os.stat(folder).st_mtime_ns}")
            except OSError as error:
                listing.append(f"unreadable {folder} {error.errno}")
                continue
            for entry in entries:
                try:
                    if entry.is_dir(follow_symlinks=True):
                        pending.append(entry.path)
                        continue
                    status = entry.stat()
                except OSError as error:
                    listing.append(f"unreadable {entry.path} {error.errno}")
                    continue
                listing.append(f"file {entry.path} {status.st_size} {status.st_mtime_ns}")
    text = "\n".join(listing).encode("utf-8", "surrogateescape")
    return f"{zlib.crc32(text):08x}-{len(listing)}-{len(text)}"


def _row(data: list[object]) -> SnapshotRow:
    """Return the row kept as ``data``; raises ``ValueError`` for anything else."""
    if not isinstance(data, list) or len(data) != len(SnapshotRow._fields):
        raise ValueError(f"not a row: {data!r}")
    name, category, tooltip, spoken, from_pack = data
    texts = (name, category, tooltip, spoken)
    if not all(isinstance(text, str) for text in texts) or not isinstance(from_pack, bool):
        raise ValueError(f"not a row: {data!r}")
    return SnapshotRow(str(name), str(category), str(tooltip), str(spoken), from_pack)


def _stamp(language: str, roots: Sequence[Path]) -> list[object]:
    return [SNAPSHOT_FORMAT, __version__, language, fingerprint(roots)]


def read_snapshot(file: Path, *, language: str, roots: Sequence[Path]) -> LibrarySnapshot | None:
    """Return the snapshot in ``file`` if it fits ``language`` and the packs under ``roots``.

    Returns ``None`` (and never raises) when there is none that fits.
    """
    try:
        data = json.loads(file.read_bytes())
    except (OSError, ValueError) as error:
        if not isinstance(error, FileNotFoundError):
            log.info("library snapshot %s ignored: %s", file, error)
        return None
    try:
        if data["stamp"] != _stamp(language, roots):
            return None
        rows = tuple(_row(row) for row in data["rows"])
        return LibrarySnapshot(
            rows=rows,
            category_names=tuple(str(name) for name in data["category_names"]),
            has_reference=bool(data["has_reference"]),
            broken_packs=int(data["broken_packs"]),
            problems_text=str(data["problems_text"]),
        )
    except (KeyError, TypeError, ValueError) as error:  # damaged: a row of the wrong length
        log.info("library snapshot %s ignored: %r", file, error)
        return None


def write_snapshot(
    file: Path, snapshot: LibrarySnapshot, *, language: str, roots: Sequence[Path]
) -> None:
    """Keep ``snapshot`` in ``file`` for the next start; a failure is logged, never raised."""
    data = {
        "stamp": _stamp(language, roots),
        "rows": [list(row) for row in snapshot.rows],
        "category_names": list(snapshot.category_names),
        "has_reference": snapshot.has_reference,
        "broken_packs": snapshot.broken_packs,
        "problems_text": snapshot.problems_text,
    }
    # ASCII: texts that name files whose names are not UTF-8 keep their \udcxx escapes.
    encoded = json.dumps(data).encode("ascii")
    try:
        if file.read_bytes() == encoded:
            return
    except OSError:
        pass
    try:
        write_atomic(file, encoded, keep_backup=False)
    except OSError as error:
        log.warning("library snapshot %s not written: %s", file, error)
