"""Reading and writing pack archives (``.zip``) without trusting what they say.

``unpack_zip`` extracts an archive into a fresh folder and refuses, naming
the member, anything that could write elsewhere or fill the disk: a name
with ``..``, an absolute path, a drive letter or a backslash, a symbolic
link or device file, more files than ``Limits.files``, more bytes than
``Limits.total_bytes`` (or ``Limits.member_bytes`` for one file), and a
member that expands suspiciously far (``Limits.ratio``). Sizes are checked
in the archive's directory first and counted again while extracting, so an
archive that lies about its sizes is stopped all the same.

``copy_tree`` copies a pack folder under the same limits, refusing links;
``zip_tree`` writes a folder as archive bytes in a fixed order, so the same
pack always gives the same archive.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from hipcoach.core.atomic import BACKUP_SUFFIX, TEMP_SUFFIX
from hipcoach.core.messages import MessageContext, MessageError
from hipcoach.core.quarantine import CORRUPT_MARK

#: Bytes read or written at a time while copying a member.
_CHUNK = 64 * 1024
#: The date every member of an exported archive carries (the earliest a zip can hold).
_FIXED_DATE = (1980, 1, 1, 0, 0, 0)
#: Folders some archivers add beside the content; never part of a pack.
_ARCHIVER_FOLDERS = frozenset({"__MACOSX"})
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class PackTransferText(MessageContext):
    """What goes wrong while installing, exporting or removing a pack."""


class PackTransferError(MessageError):
    """A pack cannot be installed, exported or removed; the message says why."""


@dataclass(frozen=True)
class Limits:
    """How much a pack may hold; anything beyond is refused, never cut short.

    ``ratio`` is how many times larger than its compressed size a member may
    be once it is larger than ``ratio_from_bytes`` (text compresses a few
    times, a zip bomb a thousand times).
    """

    files: int = 2_000
    total_bytes: int = 20 * 1024 * 1024
    member_bytes: int = 10 * 1024 * 1024
    ratio: int = 100
    ratio_from_bytes: int = 1024 * 1024


LIMITS = Limits()


def _megabytes(count: int) -> str:
    return f"{count / (1024 * 1024):.1f}"


def left_out(relative: PurePosixPath) -> bool:
    """Return whether a file at ``relative`` in a pack is no part of it.

    Hidden files and folders, the backups and temporary files hipcoach's
    own saves leave, files moved aside as damaged, and the folders some
    archivers add are neither exported nor installed.
    """
    for part in relative.parts:
        if part.startswith(".") or part in _ARCHIVER_FOLDERS:
            return True
    name = relative.name
    return name.endswith((BACKUP_SUFFIX, TEMP_SUFFIX)) or CORRUPT_MARK in name


def member_path(name: str) -> PurePosixPath:
    """Return the path an archive member names, or raise ``PackTransferError`` if it is unsafe.

    Refused: an empty name, a backslash, an absolute path, a drive letter,
    control characters, and ``.``/``..`` or empty parts.
    """
    shown = name.encode("utf-8", "backslashreplace").decode("utf-8")
    if "\\" in name:
        raise PackTransferError(
            PackTransferText.tr("'{member}': backslashes are not allowed in names", member=shown)
        )
    if name.startswith("/") or _DRIVE.match(name):
        raise PackTransferError(
            PackTransferText.tr(
                "'{member}' is an absolute path; members must stay inside the pack", member=shown
            )
        )
    if _CONTROL.search(name):
        raise PackTransferError(
            PackTransferText.tr("'{member}': the name holds control characters", member=shown)
        )
    parts = name.rstrip("/").split("/")
    if not name.rstrip("/") or any(part in ("", ".", "..") for part in parts):
        raise PackTransferError(
            PackTransferText.tr(
                "'{member}' points outside its folder (empty, '.' or '..' in the name)",
                member=shown,
            )
        )
    return PurePosixPath(*parts)


def _kind(info: zipfile.ZipInfo) -> str:
    """Return ``dir``, ``file``, ``link`` or ``special`` for a member, from its mode bits."""
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        return "link"
    if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
        return "special"
    return "dir" if info.is_dir() or kind == stat.S_IFDIR else "file"


@dataclass(frozen=True)
class _Member:
    info: zipfile.ZipInfo
    path: PurePosixPath


def _screen(archive: zipfile.ZipFile, limits: Limits) -> list[_Member]:
    """Return the files to extract; raise on the first member the rules refuse."""
    infos = archive.infolist()
    if len(infos) > limits.files:
        raise PackTransferError(
            PackTransferText.tr(
                "the archive holds {count} entries; a pack may hold at most {limit}",
                count=len(infos),
                limit=limits.files,
            )
        )
    members: list[_Member] = []
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        path = member_path(info.filename)
        kind = _kind(info)
        if kind == "link":
            raise PackTransferError(
                PackTransferText.tr(
                    "'{member}' is a symbolic link; a pack holds plain files only",
                    member=info.filename,
                )
            )
        if kind == "special":
            raise PackTransferError(
                PackTransferText.tr(
                    "'{member}' is a device or other special file; a pack holds plain files only",
                    member=info.filename,
                )
            )
        if info.flag_bits & 0x1:
            raise PackTransferError(
                PackTransferText.tr(
                    "'{member}' is encrypted; packs cannot be password-protected",
                    member=info.filename,
                )
            )
        # Two names that differ only in case would overwrite each other on some systems.
        folded = path.as_posix().casefold()
        if folded in seen and kind != "dir":
            raise PackTransferError(
                PackTransferText.tr(
                    "'{member}' appears more than once in the archive", member=info.filename
                )
            )
        seen[folded] = kind
        if kind == "dir" or left_out(path):
            continue
        _screen_size(info, limits)
        total += info.file_size
        if total > limits.total_bytes:
            raise PackTransferError(
                PackTransferText.tr(
                    "the archive unpacks to more than {limit} MB",
                    limit=_megabytes(limits.total_bytes),
                )
            )
        members.append(_Member(info, path))
    return members


def _screen_size(info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.file_size > limits.member_bytes:
        raise PackTransferError(
            PackTransferText.tr(
                "'{member}' unpacks to {size} MB; one file may have at most {limit} MB",
                member=info.filename,
                size=_megabytes(info.file_size),
                limit=_megabytes(limits.member_bytes),
            )
        )
    if info.file_size > limits.ratio_from_bytes and info.file_size > limits.ratio * max(
        info.compress_size, 1
    ):
        raise PackTransferError(
            PackTransferText.tr(
                "'{member}' expands {ratio} times its packed size, which no pack file does"
                " (a zip bomb?)",
                member=info.filename,
                ratio=info.file_size // max(info.compress_size, 1),
            )
        )


def unpack_zip(archive_path: Path, folder: Path, limits: Limits = LIMITS) -> list[PurePosixPath]:
    """Extract the archive at ``archive_path`` into the empty ``folder``; return what it wrote.

    Files the rules leave out (``left_out``) are skipped. Raises
    ``PackTransferError`` naming the member for anything refused (see the
    module docstring) and for an archive that cannot be read; what was
    written by then stays in ``folder`` for the caller to delete.
    """
    try:
        with zipfile.ZipFile(archive_path) as archive:
            members = _screen(archive, limits)
            budget = limits.total_bytes
            for member in members:
                budget -= _extract(archive, member, folder, budget, limits)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as error:
        raise PackTransferError(
            PackTransferText.tr(
                "{file} is not a readable zip archive ({error})",
                file=str(archive_path),
                error=str(error),
            )
        ) from None
    except OSError as error:
        raise PackTransferError(
            PackTransferText.tr(
                "cannot read {file}: {error}",
                file=str(archive_path),
                error=str(error.strerror or error),
            )
        ) from None
    return [member.path for member in members]


def _extract(
    archive: zipfile.ZipFile, member: _Member, folder: Path, budget: int, limits: Limits
) -> int:
    """Write one member below ``folder``; return its size. Counted, never trusted."""
    target = folder.joinpath(*member.path.parts)
    # member_path already refused every way out; this is the second lock on the door.
    if not os.path.abspath(target).startswith(os.path.abspath(folder) + os.sep):
        raise PackTransferError(
            PackTransferText.tr("'{member}' points outside the pack", member=member.info.filename)
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    allowed = min(member.info.file_size, limits.member_bytes, budget)
    written = 0
    with archive.open(member.info) as source, open(target, "xb") as out:
        while chunk := source.read(_CHUNK):
            written += len(chunk)
            if written > allowed:
                raise PackTransferError(
                    PackTransferText.tr(
                        "'{member}' holds more than the archive says it does; refused",
                        member=member.info.filename,
                    )
                )
            out.write(chunk)
    return written


def pack_files(folder: Path, limits: Limits = LIMITS) -> list[PurePosixPath]:
    """Return the files of the pack in ``folder`` in a fixed order, checked against ``limits``.

    Left-out files (``left_out``) are skipped. Raises ``PackTransferError``
    for a symbolic link or special file anywhere in the pack (naming it),
    for too many files or too many bytes, and when ``folder`` is not a folder.
    """
    if folder.is_symlink() or not folder.is_dir():
        raise PackTransferError(
            PackTransferText.tr("{folder} is not a pack folder", folder=str(folder))
        )
    found: list[PurePosixPath] = []
    total = 0
    for path, relative in _walk(folder):
        if left_out(relative):
            continue
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            raise PackTransferError(
                PackTransferText.tr(
                    "'{member}' is a symbolic link; a pack holds plain files only",
                    member=relative.as_posix(),
                )
            )
        if stat.S_ISDIR(info.st_mode):
            continue
        if not stat.S_ISREG(info.st_mode):
            raise PackTransferError(
                PackTransferText.tr(
                    "'{member}' is a device or other special file; a pack holds plain files only",
                    member=relative.as_posix(),
                )
            )
        if info.st_size > limits.member_bytes:
            raise PackTransferError(
                PackTransferText.tr(
                    "'{member}' has {size} MB; one file may have at most {limit} MB",
                    member=relative.as_posix(),
                    size=_megabytes(info.st_size),
                    limit=_megabytes(limits.member_bytes),
                )
            )
        total += info.st_size
        found.append(relative)
        if len(found) > limits.files:
            raise PackTransferError(
                PackTransferText.tr("the pack holds more than {limit} files", limit=limits.files)
            )
        if total > limits.total_bytes:
            raise PackTransferError(
                PackTransferText.tr(
                    "the pack holds more than {limit} MB", limit=_megabytes(limits.total_bytes)
                )
            )
    return sorted(found)


def _walk(folder: Path) -> Iterator[tuple[Path, PurePosixPath]]:
    """Yield every entry below ``folder`` with its relative path, never following links."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        base = Path(root)
        dirs.sort()
        for name in sorted(dirs) + sorted(files):
            path = base / name
            yield path, PurePosixPath(path.relative_to(folder).as_posix())


def copy_tree(source: Path, target: Path, limits: Limits = LIMITS) -> list[PurePosixPath]:
    """Copy the pack in ``source`` to the new folder ``target``; return the files copied.

    The files are those ``pack_files`` returns (so links are refused and the
    limits hold); each is counted while copied, so a file that grows
    meanwhile is refused too.
    """
    files = pack_files(source, limits)
    target.mkdir(parents=False, exist_ok=False)
    for relative in files:
        destination = target.joinpath(*relative.parts)
        destination.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with open(source.joinpath(*relative.parts), "rb") as read, open(destination, "xb") as out:
            while chunk := read.read(_CHUNK):
                written += len(chunk)
                if written > limits.member_bytes:
                    raise PackTransferError(
                        PackTransferText.tr(
                            "'{member}' grew past {limit} MB while being copied",
                            member=relative.as_posix(),
                            limit=_megabytes(limits.member_bytes),
                        )
                    )
                out.write(chunk)
    return files


def zip_tree(folder: Path, top: str, limits: Limits = LIMITS) -> bytes:
    """Return the pack in ``folder`` as zip archive bytes, its files under ``top/``.

    The files are those ``pack_files`` returns, in that order, each dated
    1 January 1980 with plain read-write permissions, so the bytes depend
    only on the files' names and contents.
    """
    files = pack_files(folder, limits)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for relative in files:
            info = zipfile.ZipInfo(f"{top}/{relative.as_posix()}", date_time=_FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permission bits below are read
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, folder.joinpath(*relative.parts).read_bytes())
    return buffer.getvalue()
