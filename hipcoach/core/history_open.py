"""Finding, checking and opening the history file, whatever state it is in.

``open_history_file`` decides what happens to the file at a path before the
store uses it: a missing file (and its folders) is created private to the
user; an existing one is first looked at without being changed (its
header, ``PRAGMA quick_check``, the application id, the layout version). A
damaged file, or one that is not a hipcoach history, is moved aside with
its ``-wal`` and ``-shm`` (``hipcoach.core.quarantine``) and a new history
started; a file from a newer hipcoach is opened read-only; a current or
older one is opened for writing and upgraded (``hipcoach.core.history_schema``).
``HistoryStore.open`` wraps the result in the store. ``open_history_for_reading``
opens an existing, current file read-only and changes nothing at all.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hipcoach.core.clock import WallClock
from hipcoach.core.history_records import HistoryError, HistoryText
from hipcoach.core.history_schema import (
    APPLICATION_ID,
    MIGRATIONS,
    Migration,
    _user_version,
    migrate,
)
from hipcoach.core.messages import Message
from hipcoach.core.paths import PRIVATE_FILE_MODE, AppPaths, make_private_dirs
from hipcoach.core.quarantine import move_aside

#: The history file's name inside the data folder.
HISTORY_FILE_NAME = "history.sqlite3"

_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_SQLITE_HEADER = b"SQLite format 3\x00"


def history_path(paths: AppPaths) -> Path:
    """Return where the user's history file lives."""
    return paths.data_dir / HISTORY_FILE_NAME


@dataclass(frozen=True)
class OpenedFile:
    """An open connection to the history file, and what the user must be told about it.

    ``read_only`` is set for a file from a newer hipcoach; ``notice`` says why
    the file was moved aside or is read-only (None when all is well);
    ``moved_to`` is where an unreadable file went (None if none was moved).
    """

    connection: sqlite3.Connection
    read_only: bool
    notice: Message | None = None
    moved_to: Path | None = None


@dataclass(frozen=True)
class _Found:
    version: int = 0
    problem: Message | str | None = None


def _could_not(path: Path, error: object) -> HistoryError:
    return HistoryError(
        HistoryText.tr(
            "The history file {path} could not be opened: {error}", path=str(path), error=str(error)
        )
    )


def _is_corruption(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def _read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def _inspect(path: Path) -> _Found:
    """Look at an existing file without changing it: its version, or what is wrong with it.

    SQLite may rebuild the ``-shm`` index of a damaged database while looking;
    the file itself and its ``-wal`` are only read.
    """
    try:
        with path.open("rb") as stream:
            header = stream.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise _could_not(path, error) from error
    if header and header != _SQLITE_HEADER:
        return _Found(problem=HistoryText.tr("file is not a database"))
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        raise _could_not(path, error) from error
    try:
        checks = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
        version = _user_version(connection)
        application = int(connection.execute("PRAGMA application_id").fetchone()[0])
        tables = int(connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    except sqlite3.DatabaseError as error:
        if _is_corruption(error):
            return _Found(problem=str(error))
        raise HistoryError(
            HistoryText.tr(
                "The history file {path} could not be read: {error}",
                path=str(path),
                error=str(error),
            )
        ) from error
    finally:
        connection.close()
    if checks != ["ok"]:
        return _Found(
            problem=HistoryText.tr(
                "the integrity check failed: {checks}", checks="; ".join(checks[:3])
            )
        )
    if (version > 0 or tables > 0) and application != APPLICATION_ID:
        return _Found(problem=HistoryText.tr("it is not a hipcoach history"))
    return _Found(version=version)


#: The files SQLite keeps beside the history, which move aside with it.
_COMPANIONS = ("-wal", "-shm")


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        connection = sqlite3.connect(_read_only_uri(path), uri=True, isolation_level=None)
    else:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def open_history_file(
    path: Path,
    *,
    clock: WallClock,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> OpenedFile:
    """Open (creating it and its folders if needed) the history file at ``path``.

    ``clock`` dates a file that has to be moved aside. ``migrations`` is the
    upgrade chain (only tests pass another). Raises ``HistoryError`` when
    the file exists but cannot be opened for a reason other than damage
    (permissions, a folder in the way), cannot be moved aside, or cannot be
    upgraded; the file is then left as it was.
    """
    try:
        make_private_dirs(path.parent)
    except OSError as error:
        raise HistoryError(
            HistoryText.tr(
                "The folder {folder} for the history could not be created: {reason}",
                folder=str(path.parent),
                reason=str(error.strerror or error),
            )
        ) from error
    target = len(migrations)
    found = _inspect(path) if path.exists() else _Found()
    notice: Message | None = None
    moved: Path | None = None
    if found.problem is not None:
        try:
            moved = move_aside(path, clock=clock, companions=_COMPANIONS)
        except OSError as error:
            raise HistoryError(
                HistoryText.tr(
                    "The history file {path} could not be read ({problem}) "
                    "nor moved aside ({reason}).",
                    path=str(path),
                    problem=found.problem,
                    reason=str(error.strerror or error),
                )
            ) from error
        notice = HistoryText.tr(
            "Your history file could not be read ({problem}). It was moved to "
            "{moved} and a new, empty history was started.",
            problem=found.problem,
            moved=str(moved),
        )
    elif found.version > target:
        notice = HistoryText.tr(
            "{path} was written by a newer version of hipcoach (history version "
            "{version}; this version knows up to {target}). Your history is "
            "shown as far as possible, but nothing new will be recorded, so the file "
            "stays as it is.",
            path=str(path),
            version=str(found.version),
            target=str(target),
        )
        return OpenedFile(_connect(path, read_only=True), read_only=True, notice=notice)
    if not path.exists():
        # SQLite gives its -wal and -shm files the permissions of this one.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        except OSError as error:
            raise HistoryError(
                HistoryText.tr(
                    "The history file {path} could not be created: {reason}",
                    path=str(path),
                    reason=str(error.strerror or error),
                )
            ) from error
    connection = _connect(path, read_only=False)
    try:
        migrate(connection, migrations)
    except Exception as error:
        connection.close()
        raise HistoryError(
            HistoryText.tr(
                "The history file {path} could not be upgraded to version {target}: "
                "{error}. It was left as it was.",
                path=str(path),
                target=str(target),
                error=str(error),
            )
        ) from error
    return OpenedFile(connection, read_only=False, notice=notice, moved_to=moved)


def open_history_for_reading(path: Path) -> sqlite3.Connection:
    """Open the existing history file at ``path`` read-only: nothing is created or changed.

    Unlike ``open_history_file`` it never creates, moves aside or upgrades a
    file. Raises ``HistoryError`` when there is no file, it is damaged or
    not a hipcoach history, or it is older than this version reads
    (hipcoach upgrades it when it next starts).
    """
    if not path.is_file():
        raise HistoryError(HistoryText.tr("There is no history at {path} yet.", path=str(path)))
    found = _inspect(path)
    if found.problem is not None:
        raise HistoryError(
            HistoryText.tr(
                "The history file {path} could not be read: {error}",
                path=str(path),
                error=found.problem,
            )
        )
    if found.version < len(MIGRATIONS):
        raise HistoryError(
            HistoryText.tr(
                "The history file {path} is from an older hipcoach; it is upgraded"
                " when hipcoach next starts.",
                path=str(path),
            )
        )
    try:
        return _connect(path, read_only=True)
    except sqlite3.Error as error:
        raise _could_not(path, error) from error
