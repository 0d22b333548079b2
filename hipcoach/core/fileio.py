"""Reading TOML with errors that point at the file and line.

This is the one module that reads hipcoach's files from disk.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

_LINE_IN_MESSAGE = re.compile(r"\s*\(at line (\d+), column \d+\)$")
_END_OF_DOCUMENT = re.compile(r"\s*\(at end of document\)$")

#: Plain-language explanations for the parser's most common complaints.
_HINTS = {
    "Illegal character '\\n'": "a line ends inside text; is a closing quote missing?",
    "Unterminated string": "text is not closed; is a closing quote missing?",
    "Invalid value": (
        "expected a value after '=': text in quotes, a number, true/false, [a list] or {a table}"
    ),
    "Expected '=' after a key in a key/value pair": (
        "expected 'key = value' (text values need quotes)"
    ),
}


def _explained(message: str, where: str = "") -> str:
    hint = _HINTS.get(message)
    return f"{hint}{where} ({message})" if hint else f"{message}{where}"


class TomlReadError(Exception):
    """A file could not be read as TOML.

    ``line`` is the 1-based line of the problem when it is known.
    """

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line


def read_toml(path: Path) -> dict[str, Any]:
    """Return the parsed contents of ``path``.

    Raises ``TomlReadError`` for a missing or unreadable file, bytes that are
    not UTF-8, an empty file, or a TOML syntax error (with its line).
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise TomlReadError(path, f"cannot read file: {error.strerror or error}") from error
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        bad_line = raw[: error.start].count(b"\n") + 1
        raise TomlReadError(
            path,
            f"not valid UTF-8 (byte 0x{raw[error.start]:02x}); save the file as UTF-8",
            bad_line,
        ) from error
    if not text.strip():
        raise TomlReadError(path, "the file is empty")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        line: int | None = None
        match = _LINE_IN_MESSAGE.search(message)
        if match:
            line = int(match.group(1))
            message = _explained(message[: match.start()])
        else:
            end = _END_OF_DOCUMENT.search(message)
            if end:
                line = text.count("\n") + (0 if text.endswith("\n") else 1)
                message = _explained(message[: end.start()], " at the end of the file")
        raise TomlReadError(path, f"invalid TOML: {message}", line) from error
