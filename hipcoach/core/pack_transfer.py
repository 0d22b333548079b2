"""Installing, exporting, listing and removing the user's packs.

The packs folder (``AppPaths.packs_dir``) holds one folder per pack; these
functions are the only ones that add or take away whole folders there.

- ``prepare_install`` copies a pack folder or unpacks a ``.zip`` (under the
  limits of ``core.pack_zip``) into a private folder beside the packs
  folder and checks it exactly as ``hipcoach check`` does. Nothing is in
  the packs folder yet; ``PreparedInstall.install`` then moves it in, and
  only when it has no problems.
- Moving in is a swap: the new pack is renamed to a hidden name in the packs
  folder, a pack of the same id is renamed aside, the new one takes its
  name, and only then is the old one deleted. If a step fails, the old one
  is put back. A swap cut short by a crash is finished by ``tidy``: a pack
  left aside with no pack in its place is put back.
- ``export_pack`` writes a pack as a ``.zip`` in one step; ``list_packs``
  reports every installed pack; ``remove_pack`` deletes one (never the
  bundled pack, which does not live in the packs folder).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from hipcoach.core.atomic import write_atomic
from hipcoach.core.library import (
    BUNDLED,
    REFERENCE_FOLDER,
    PackReport,
    find_user_packs,
    load_pack,
)
from hipcoach.core.pack_files import is_safe_id, slug
from hipcoach.core.pack_zip import (
    LIMITS,
    Limits,
    PackTransferError,
    PackTransferText,
    copy_tree,
    unpack_zip,
    zip_tree,
)
from hipcoach.core.paths import make_private_dirs
from hipcoach.core.problems import Problem

__all__ = [
    "InstalledPack",
    "PackTransferError",
    "PreparedInstall",
    "UnusableIdError",
    "export_pack",
    "inspect_pack",
    "installed_pack",
    "list_packs",
    "prepare_install",
    "remove_pack",
    "tidy",
]

#: How the hidden folders of an install or removal in progress begin.
STAGING_PREFIX = ".pack-install-"
INCOMING_PREFIX = ".incoming-"
REPLACED_PREFIX = ".replaced-"
REMOVING_PREFIX = ".removing-"
#: Folders a pack itself holds: an archive with only one of them at its top is a pack's content.
_PACK_FOLDERS = frozenset({"exercises", "protocols", "media", REFERENCE_FOLDER})


class UnusableIdError(PackTransferError):
    """The pack's id cannot name a folder; ``suggestion`` is one that can."""

    def __init__(self, name: str, suggestion: str) -> None:
        super().__init__(
            PackTransferText.tr(
                "'{name}' cannot name a pack folder (lower-case letters, digits and dashes);"
                " give the pack an id with --as, e.g. --as {suggestion}",
                name=name,
                suggestion=suggestion,
            )
        )
        self.suggestion = suggestion


def _rename(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target`` (one step on one file system)."""
    os.rename(source, target)


def _delete(path: Path) -> None:
    """Delete a pack folder, or only the link if it is a symbolic link; errors are ignored."""
    if path.is_symlink():
        with contextlib.suppress(OSError):
            path.unlink()
    else:
        shutil.rmtree(path, ignore_errors=True)


def _hidden_name(prefix: str, pack_id: str) -> str:
    return f"{prefix}{pack_id}-{secrets.token_hex(4)}"


def inspect_pack(folder: Path, bundled_dir: Path) -> PackReport:
    """Return the report of the pack in ``folder``, read as ``hipcoach check`` reads it.

    Its routines may use the bundled exercises; its problems are those
    ``core.library.check_paths`` gives for the folder.
    """
    bundled_ids = {e.id for e in load_pack(bundled_dir, source=BUNDLED).exercises}
    return load_pack(
        folder,
        source=str(folder),
        also_known=bundled_ids,
        with_reference=(folder / REFERENCE_FOLDER).is_dir(),
    ).report


@dataclass(frozen=True)
class InstalledPack:
    """One pack in the packs folder: its id (the folder's name) and what loading it found."""

    id: str
    report: PackReport

    def as_json(self) -> dict[str, Any]:
        """Return the pack as plain data for ``hipcoach pack list --json``."""
        return {
            "id": self.id,
            "name": self.report.name,
            "folder": str(self.report.folder),
            "exercises": self.report.exercise_count,
            "routines": self.report.routine_count,
            "problems": [str(problem) for problem in self.report.problems],
        }


def list_packs(packs_dir: Path, bundled_dir: Path) -> list[InstalledPack]:
    """Return every pack in ``packs_dir`` in name order, each checked (see ``inspect_pack``)."""
    tidy(packs_dir)
    return [
        InstalledPack(folder.name, inspect_pack(folder, bundled_dir))
        for folder in find_user_packs(packs_dir)
    ]


def installed_pack(packs_dir: Path, pack_id: str) -> Path:
    """Return the folder of the installed pack ``pack_id``.

    Raises ``PackTransferError`` for the bundled pack and for an id that is
    not a pack in ``packs_dir`` (naming those that are).
    """
    if pack_id == BUNDLED:
        raise PackTransferError(
            PackTransferText.tr("the bundled pack is part of hipcoach, not an installed pack")
        )
    folders = {folder.name: folder for folder in find_user_packs(packs_dir)}
    if pack_id not in folders:
        known = ", ".join(folders) or "-"
        raise PackTransferError(
            PackTransferText.tr(
                "no installed pack '{id}' (installed: {known})", id=pack_id, known=known
            )
        )
    return folders[pack_id]


def tidy(packs_dir: Path) -> None:
    """Finish what an install or removal cut short left in ``packs_dir``.

    A pack renamed aside during a swap goes back to its name if no pack took
    it (else it is deleted); a removal's hidden folder is deleted.
    """
    if not packs_dir.is_dir():
        return
    for path in sorted(packs_dir.iterdir()):
        name = path.name
        if name.startswith(REPLACED_PREFIX):
            pack_id = name[len(REPLACED_PREFIX) :].rsplit("-", 1)[0]
            home = packs_dir / pack_id
            if pack_id and not (home.exists() or home.is_symlink()):
                with contextlib.suppress(OSError):  # left as it is for the next try
                    _rename(path, home)
            else:
                _delete(path)
        elif name.startswith(REMOVING_PREFIX):
            _delete(path)


@dataclass
class PreparedInstall:
    """A pack copied and checked beside the packs folder, not yet installed.

    ``problems`` are what ``hipcoach check`` finds in it (named
    ``<id>/<file>``); ``replaces`` says whether a pack of that id is
    installed. Use it as a context manager, or call ``discard``, so the
    copy is deleted whatever happens.
    """

    pack_id: str
    packs_dir: Path
    folder: Path
    report: PackReport
    problems: tuple[Problem, ...]
    _staging: Path = field(repr=False)
    _made: tuple[Path, ...] = field(default=(), repr=False)

    @property
    def target(self) -> Path:
        """Return the folder the pack is installed as."""
        return self.packs_dir / self.pack_id

    @property
    def replaces(self) -> bool:
        """Return whether installing replaces a pack of the same id."""
        return self.target.exists() or self.target.is_symlink()

    def install(self) -> Path:
        """Move the pack into the packs folder, replacing one of the same id; return its folder.

        Raises ``PackTransferError`` if the pack has problems (nothing is
        written) or a step fails (the pack installed before, if any, is
        then as it was).
        """
        if self.problems:
            raise PackTransferError(
                PackTransferText.tr(
                    "the pack '{id}' has problems; nothing was installed", id=self.pack_id
                )
            )
        try:
            make_private_dirs(self.packs_dir)
            tidy(self.packs_dir)
            incoming = self.packs_dir / _hidden_name(INCOMING_PREFIX, self.pack_id)
            _move_in(self.folder, incoming)
        except OSError as error:
            raise _failed(self.pack_id, error) from None
        aside: Path | None = None
        try:
            if self.replaces:
                aside = self.packs_dir / _hidden_name(REPLACED_PREFIX, self.pack_id)
                _rename(self.target, aside)
            _rename(incoming, self.target)
        except OSError as error:
            if aside is not None and not (self.target.exists() or self.target.is_symlink()):
                with contextlib.suppress(OSError):
                    _rename(aside, self.target)
            _delete(incoming)
            raise _failed(self.pack_id, error) from None
        if aside is not None:
            _delete(aside)
        self.discard()
        return self.target

    def discard(self) -> None:
        """Delete the checked copy, and the folders made for it that are still empty."""
        _delete(self._staging)
        _remove_empty(self._made)

    def __enter__(self) -> PreparedInstall:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.discard()


def _failed(pack_id: str, error: OSError) -> PackTransferError:
    return PackTransferError(
        PackTransferText.tr(
            "installing '{id}' failed: {error}; nothing was changed",
            id=pack_id,
            error=str(error.strerror or error),
        )
    )


def _move_in(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target``, or copy it when they are on different file systems."""
    try:
        _rename(source, target)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        shutil.copytree(source, target, symlinks=True)


def prepare_install(
    source: Path,
    packs_dir: Path,
    bundled_dir: Path,
    *,
    pack_id: str | None = None,
    limits: Limits = LIMITS,
) -> PreparedInstall:
    """Copy or unpack the pack at ``source`` beside ``packs_dir`` and check it.

    ``source`` is a pack folder or a ``.zip`` holding one (its files at the
    top, or in one folder). The pack's id is ``pack_id`` if given, else the
    name of that folder (or of the archive, without ``.zip``).

    Raises ``PackTransferError`` when the source cannot be read or breaks a
    rule (a member that would land outside, a link, too many files or
    bytes), when the id cannot name a pack folder, and when it names the
    bundled pack; nothing is left behind then.
    """
    source = Path(os.path.abspath(source))
    if pack_id is not None and not is_safe_id(pack_id):
        raise UnusableIdError(pack_id, _suggest(pack_id))
    if pack_id == BUNDLED:
        raise PackTransferError(
            PackTransferText.tr("'bundled' names hipcoach's own pack; choose another id")
        )
    if not (source.is_dir() or source.is_file()):
        raise PackTransferError(
            PackTransferText.tr("{path}: no such file or folder", path=str(source))
        )
    made = _missing_folders(packs_dir.parent)
    make_private_dirs(packs_dir.parent)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=packs_dir.parent))
    try:
        folder, found_id = _stage(source, staging, limits)
        chosen = pack_id if pack_id is not None else found_id
        if not is_safe_id(chosen) or chosen == BUNDLED:
            raise UnusableIdError(chosen, _suggest(chosen))
        named = staging / chosen
        if folder != named:
            _rename(folder, named)
        report = inspect_pack(named, bundled_dir)
    except OSError as error:
        _delete(staging)
        _remove_empty(made)
        raise PackTransferError(
            PackTransferText.tr(
                "cannot read {path}: {error}", path=str(source), error=str(error.strerror or error)
            )
        ) from None
    except BaseException:
        _delete(staging)
        _remove_empty(made)
        raise
    problems = report.problems
    if not problems and not (report.exercise_count or report.routine_count):
        problems = (
            Problem(chosen, PackTransferText.tr("the pack holds no exercises or routines")),
        )
    return PreparedInstall(chosen, packs_dir, named, report, problems, staging, made)


def _missing_folders(folder: Path) -> tuple[Path, ...]:
    """Return ``folder`` and those of its parents that do not exist, deepest first."""
    missing: list[Path] = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    return tuple(missing)


def _remove_empty(folders: tuple[Path, ...]) -> None:
    """Delete each of ``folders`` (deepest first) that is empty: a refused install leaves none."""
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()


def _suggest(name: str) -> str:
    """Return an id that can name a pack folder, made from ``name``."""
    made = slug(name)
    return "my-pack" if made in (BUNDLED, "item") else made


def _stage(source: Path, staging: Path, limits: Limits) -> tuple[Path, str]:
    """Put the pack at ``source`` below ``staging``; return its folder there and its own name."""
    if source.is_dir():
        folder = staging / "copy"
        copy_tree(source, folder, limits)
        return folder, source.name
    unpacked = staging / "unpacked"
    unpacked.mkdir()
    files = unpack_zip(source, unpacked, limits)
    tops = {relative.parts[0] for relative in files}
    only = next(iter(tops)) if len(tops) == 1 else None
    if (
        only is not None
        and only not in _PACK_FOLDERS
        and all(len(relative.parts) > 1 for relative in files)
    ):
        return unpacked / only, only
    name = source.name[: -len(".zip")] if source.name.lower().endswith(".zip") else source.stem
    return unpacked, name


def export_pack(packs_dir: Path, pack_id: str, out: Path, *, limits: Limits = LIMITS) -> int:
    """Write the installed pack ``pack_id`` to the archive ``out`` in one step.

    The archive holds the pack's files (see ``core.pack_zip.zip_tree``)
    under a folder named by the id, so installing it gives the same pack.
    Returns the number of files written. Raises ``PackTransferError`` for an
    unknown id, the bundled pack, a link in the pack, a pack over the
    limits, an archive inside the pack itself, and when ``out`` cannot be
    written (it is then as it was).
    """
    folder = installed_pack(packs_dir, pack_id)
    target = Path(os.path.abspath(out))
    resolved = Path(os.path.realpath(folder))
    if target.is_relative_to(resolved) or target.is_relative_to(os.path.abspath(folder)):
        raise PackTransferError(
            PackTransferText.tr("the archive cannot be written inside the pack it holds")
        )
    if target.is_dir():
        raise PackTransferError(
            PackTransferText.tr("{path} is a folder; name the .zip file to write", path=str(out))
        )
    data = zip_tree(folder, folder.name, limits)
    try:
        write_atomic(target, data, keep_backup=False)
    except OSError as error:
        raise PackTransferError(
            PackTransferText.tr(
                "cannot write {path}: {error}", path=str(out), error=str(error.strerror or error)
            )
        ) from None
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return len(archive.infolist())


def remove_pack(packs_dir: Path, pack_id: str) -> Path:
    """Delete the installed pack ``pack_id``; return the folder it was in.

    The folder is renamed to a hidden name first, so the pack is gone at
    once even if deleting its files is cut short. A pack that is a symbolic
    link loses only the link. Raises ``PackTransferError`` for the bundled
    pack, an unknown id, and when the folder cannot be renamed.
    """
    tidy(packs_dir)
    folder = installed_pack(packs_dir, pack_id)
    aside = packs_dir / _hidden_name(REMOVING_PREFIX, slug(pack_id))
    try:
        _rename(folder, aside)
    except OSError as error:
        raise PackTransferError(
            PackTransferText.tr(
                "cannot remove '{id}': {error}", id=pack_id, error=str(error.strerror or error)
            )
        ) from None
    _delete(aside)
    return folder
