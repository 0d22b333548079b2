"""Reading TOML with errors that point at the file and line.

This is the one module that reads hipcoach's files from disk.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path
from typing import Any

from hipcoach.core.messages import QT_TRANSLATE_NOOP, Message, MessageContext, english

#: Files larger than this are refused unread: no pack file needs anywhere near it.
MAX_FILE_BYTES = 2_000_000
#: Tables and lists nested deeper than this are refused (no hipcoach file needs more than 5).
MAX_NESTING = 32
#: The largest whole number a pack may hold: numbers end up in Qt, whose ints are 32-bit.
MAX_INTEGER = 2**31 - 1

_LINE_IN_MESSAGE = re.compile(r"\s*\(at line (\d+), column \d+\)$")
_END_OF_DOCUMENT = re.compile(r"\s*\(at end of document\)$")


class FileText(MessageContext):
    """Why a file could not be read (the parser's own words stay in English)."""


#: Plain-language explanations for the parser's most common complaints.
_HINTS = {
    "Illegal character '\\n'": QT_TRANSLATE_NOOP(
        "FileText", "a line ends inside text; is a closing quote missing?"
    ),
    "Unterminated string": QT_TRANSLATE_NOOP(
        "FileText", "text is not closed; is a closing quote missing?"
    ),
    "Invalid value": QT_TRANSLATE_NOOP(
        "FileText",
        "expected a value after '=': text in quotes, a number, true/false, [a list] or {a table}",
    ),
    "Expected '=' after a key in a key/value pair": QT_TRANSLATE_NOOP(
        "FileText", "expected 'key = value' (text values need quotes)"
    ),
}


def _explained(message: str, *, at_end: bool = False) -> Message:
    """Return the parser's ``message`` behind ``invalid TOML:``, with a hint when there is one."""
    hint = _HINTS.get(message)
    if hint is not None and at_end:
        return FileText.tr(
            "invalid TOML: {hint} at the end of the file ({error})", hint=hint, error=message
        )
    if hint is not None:
        return FileText.tr("invalid TOML: {hint} ({error})", hint=hint, error=message)
    if at_end:
        return FileText.tr("invalid TOML: {error} at the end of the file", error=message)
    return FileText.tr("invalid TOML: {error}", error=message)


class TomlReadError(Exception):
    """A file could not be read as TOML.

    ``line`` is the 1-based line of the problem when it is known. ``message``
    is the English text; ``text`` the translatable ``Message`` when there is one.
    """

    def __init__(self, path: Path, message: str | Message, line: int | None = None) -> None:
        super().__init__(english(message))
        self.path = path
        self.message = english(message)
        self.text = message
        self.line = line


def read_toml(path: Path, *, integer_limit: int | None = MAX_INTEGER) -> dict[str, Any]:
    """Return the parsed contents of ``path``.

    Raises ``TomlReadError`` for a missing or unreadable file, a folder or
    another non-regular file, one over ``MAX_FILE_BYTES``, bytes that are not
    UTF-8, an empty file, a TOML syntax error (with its line), lists and
    tables nested deeper than ``MAX_NESTING``, or (unless ``integer_limit``
    is None) a whole number beyond plus or minus ``integer_limit``.
    """
    raw = _read_limited(path)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        bad_line = raw[: error.start].count(b"\n") + 1
        raise TomlReadError(
            path,
            FileText.tr(
                "not valid UTF-8 (byte {byte}); save the file as UTF-8",
                byte=f"0x{raw[error.start]:02x}",
            ),
            bad_line,
        ) from error
    if not text.strip():
        raise TomlReadError(path, FileText.tr("the file is empty"))
    import tomllib  # noqa: PLC0415 - a start reads its packs from the parsed-pack cache

    try:
        table = tomllib.loads(text)
    except RecursionError:
        raise TomlReadError(
            path, FileText.tr("invalid TOML: lists or tables are nested too deeply")
        ) from None
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        line: int | None = None
        explained = FileText.tr("invalid TOML: {error}", error=message)
        match = _LINE_IN_MESSAGE.search(message)
        if match:
            line = int(match.group(1))
            explained = _explained(message[: match.start()])
        else:
            end = _END_OF_DOCUMENT.search(message)
            if end:
                line = text.count("\n") + (0 if text.endswith("\n") else 1)
                explained = _explained(message[: end.start()], at_end=True)
        raise TomlReadError(path, explained, line) from error
    if _too_deep(table):
        raise TomlReadError(
            path,
            FileText.tr(
                "lists or tables are nested more than {levels} levels deep",
                levels=str(MAX_NESTING),
            ),
        )
    if integer_limit is not None:
        huge = _huge_integer(table, integer_limit)
        if huge is not None:
            key, value = huge
            raise TomlReadError(
                path,
                FileText.tr(
                    "{key}: {value} is far too large (whole numbers go up to {limit})",
                    key=key,
                    value=str(value),
                    limit=str(integer_limit),
                ),
            )
    return table


def _read_limited(path: Path) -> bytes:
    """Return the bytes of the regular file ``path``; refuse others and huge ones.

    A file that cannot be read at all raises ``TomlReadError`` caused by an
    ``OSError`` (a folder and a FIFO count as such).
    """
    try:
        # O_NONBLOCK: a FIFO named like a pack file must not hang the app.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            mode = os.fstat(descriptor).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError(errno.EISDIR, "this is a folder, not a file")
            if not stat.S_ISREG(mode):
                raise OSError(errno.EINVAL, "this is not a regular file")
            with os.fdopen(descriptor, "rb", closefd=False) as stream:
                raw = stream.read(MAX_FILE_BYTES + 1)
        finally:
            os.close(descriptor)
    except OSError as error:
        raise TomlReadError(
            path, FileText.tr("cannot read file: {reason}", reason=str(error.strerror or error))
        ) from error
    if len(raw) > MAX_FILE_BYTES:
        raise TomlReadError(
            path,
            FileText.tr(
                "the file is larger than {size} MB; is it the right file?",
                size=str(MAX_FILE_BYTES // 1_000_000),
            ),
        )
    return raw


def _huge_integer(table: dict[str, Any], limit: int) -> tuple[str, int] | None:
    """Return the key path and value of the first whole number beyond ``limit``, if any."""
    found = huge_integers(table, limit)
    return found[0] if found else None


def huge_integers(table: dict[str, Any], limit: int) -> list[tuple[str, int]]:
    """Return the key path and value of every whole number beyond plus or minus ``limit``.

    Key paths are written as the pack messages write them: ``dosage.sets``,
    list items numbered from 1 (``phases[2].blocks[1].dosage.reps[2]``). They
    come in the order the file gives them.
    """
    found: list[tuple[str, int]] = []
    pending: list[tuple[str, object]] = [("", table)]
    while pending:
        where, value = pending.pop()
        if isinstance(value, dict):
            names = [(str(key) or '""', v) for key, v in value.items()]  # "" has a name too
            items = [(f"{where}.{name}" if where else name, v) for name, v in names]
            pending.extend(reversed(items))
        elif isinstance(value, list):
            items = [(f"{where}[{number}]", v) for number, v in enumerate(value, start=1)]
            pending.extend(reversed(items))
        elif _is_huge(value, limit):
            assert isinstance(value, int)
            found.append((where, value))
    return found


def without_huge_integers(value: Any, limit: int) -> Any:
    """Return a copy of ``value`` without its whole numbers beyond plus or minus ``limit``.

    A key holding one is left out, as if not given; a list item becomes None,
    so the items after it keep their numbers. Once the huge numbers have
    been reported on their own, the rest of a file can be checked as usual.
    """
    if isinstance(value, dict):
        return {
            key: without_huge_integers(item, limit)
            for key, item in value.items()
            if not _is_huge(item, limit)
        }
    if isinstance(value, list):
        return [
            None if _is_huge(item, limit) else without_huge_integers(item, limit) for item in value
        ]
    return value


def _is_huge(value: object, limit: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) > limit


def _too_deep(table: dict[str, Any]) -> bool:
    """Return whether ``table`` nests lists or tables more than ``MAX_NESTING`` levels."""
    pending: list[tuple[object, int]] = [(table, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_NESTING:
            return True
        if isinstance(value, dict):
            pending.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)
    return False
