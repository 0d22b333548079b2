"""Packs and archives for the pack transfer tests: good ones, and hostile ones."""

from __future__ import annotations

import stat
import struct
import zipfile
from pathlib import Path

EXERCISE = """\
schema = 1
id = "{id}"
name = "{name}"
category = "stretch"
summary = "A test stretch."
targets = ["psoas major"]
position = "standing"
starting_position = "Stand tall."
steps = ["Tuck the pelvis.", "Breathe."]

[dosage]
hold_seconds = [30, 40]
"""

ROUTINE = """\
schema = 1
id = "{id}"
name = "A short routine"
summary = "One stretch."

[[phases]]
name = "Stretch"

[[phases.blocks]]
exercise = "{exercise}"
"""

#: A file with a problem ``hipcoach check`` reports with its line: TOML cut short.
BROKEN = 'schema = 1\nid = "broken"\nname = "Broken\n'


def exercise_text(exercise_id: str = "my-stretch", name: str = "My stretch") -> str:
    """Return a valid exercise file's text."""
    return EXERCISE.format(id=exercise_id, name=name)


def write_pack(folder: Path, *, name: str | None = None, routine: bool = True) -> Path:
    """Write a small valid pack into ``folder`` (one exercise, one routine); return ``folder``."""
    (folder / "exercises").mkdir(parents=True)
    (folder / "exercises" / "my-stretch.toml").write_text(exercise_text(), encoding="utf-8")
    if routine:
        (folder / "protocols").mkdir()
        (folder / "protocols" / "short.toml").write_text(
            ROUTINE.format(id="short-one", exercise="my-stretch"), encoding="utf-8"
        )
    if name is not None:
        (folder / "pack.toml").write_text(f'schema = 1\nname = "{name}"\n', encoding="utf-8")
    (folder / "media").mkdir()
    (folder / "media" / "note.txt").write_bytes(b"\x00\x01 not text at all \xff")
    return folder


def folder_files(folder: Path) -> dict[str, bytes]:
    """Return every file below ``folder`` by its relative path, with its bytes."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def make_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """Write an archive holding ``entries`` (names kept exactly as given); return ``path``."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = name if isinstance(name, zipfile.ZipInfo) else zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return path


def special_member(name: str, kind: int, data: bytes = b"") -> zipfile.ZipInfo:
    """Return a member whose Unix mode says it is a link, device … (``stat.S_IF*``)."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (kind | 0o777) << 16
    return info


def symlink_member(name: str) -> tuple[zipfile.ZipInfo, bytes]:
    """Return a member that unpacks as a symbolic link to ``/etc/passwd``."""
    return special_member(name, stat.S_IFLNK), b"/etc/passwd"


def understate_sizes(path: Path, declared: int) -> None:
    """Rewrite every member's uncompressed size in ``path`` as ``declared`` bytes (a lie)."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (found := data.find(signature, start)) != -1:
            struct.pack_into("<I", data, found + offset, declared)
            start = found + 4
    path.write_bytes(bytes(data))


def mark_encrypted(path: Path) -> None:
    """Set the "encrypted" flag of every member in ``path`` (the data stays as it is)."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (found := data.find(signature, start)) != -1:
            data[found + offset] |= 0x1
            start = found + 4
    path.write_bytes(bytes(data))
