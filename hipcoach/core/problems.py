"""Problems found in a pack, and a reader that collects them while parsing."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file.

    ``str(problem)`` is ``file:line: message`` when the line is known,
    ``file: key.path: message`` when a key is to blame, else ``file: message``.
    """

    file: str
    message: str
    line: int | None = None
    key: str | None = None

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.file}:{self.line}: {self.message}"
        if self.key:
            return f"{self.file}: {self.key}: {self.message}"
        return f"{self.file}: {self.message}"


Report = Callable[[str, str], None]
"""Called with (key path, message) for each problem a reader finds."""


def type_name(value: object) -> str:
    """Return how a TOML user would name the type of ``value``."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


def toml_value(value: object) -> str:
    """Return ``value`` written the way it would appear in a TOML file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, int | float):
        return repr(value)
    return str(value)


def is_integer(value: object) -> bool:
    """Return whether ``value`` is a TOML integer (true/false does not count)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _suggestion(key: str, known: list[str]) -> list[str]:
    """Return the known key that ``key`` most likely meant (a prefix or a near spelling)."""
    prefixes = [name for name in known if key.startswith(name) or name.startswith(key)]
    return prefixes[:1] or difflib.get_close_matches(key, known, n=1, cutoff=0.7)


class TableReader:
    """Reads typed values from one TOML table and reports what is wrong.

    Every getter returns ``None`` (or an empty value) after reporting a
    problem, so parsing goes on and all problems of a file are collected.
    ``finish()`` reports the keys that no getter asked for as unknown.
    """

    def __init__(self, table: Mapping[str, Any], prefix: str, report: Report) -> None:
        self._table = table
        self._prefix = prefix
        self._report = report
        self._known: set[str] = set()

    def path(self, key: str) -> str:
        """Return the full key path of ``key`` in this table (the table's own for "")."""
        if not key:
            return self._prefix
        return f"{self._prefix}.{key}" if self._prefix else key

    def problem(self, key: str, message: str) -> None:
        """Report ``message`` against ``key`` of this table."""
        self._report(self.path(key), message)

    def has(self, key: str) -> bool:
        """Return whether ``key`` is present (and mark it as known)."""
        self._known.add(key)
        return key in self._table

    def _get(self, key: str, required: bool) -> Any:
        self._known.add(key)
        if key not in self._table:
            if required:
                self.problem(key, "required key is missing")
            return None
        return self._table[key]

    def text(self, key: str, *, required: bool = True) -> str | None:
        """Return a non-blank string, or ``None``."""
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(key, f"must be text, not {type_name(value)}")
            return None
        if not value.strip():
            self.problem(key, "must not be blank")
            return None
        return value.strip()

    def choice(
        self,
        key: str,
        allowed: tuple[str, ...],
        *,
        required: bool = True,
        aliases: Mapping[str, str] | None = None,
    ) -> str | None:
        """Return one of ``allowed``, or ``None``.

        ``aliases`` maps everyday words to allowed values; they are only
        used to suggest the right value in the message.
        """
        value = self.text(key, required=required)
        if value is None:
            return None
        if value not in allowed:
            alias = (aliases or {}).get(value.casefold())
            hint = [alias] if alias else difflib.get_close_matches(value, allowed, n=1)
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
            self.problem(key, f"'{value}' is not one of {', '.join(allowed)}{suggestion}")
            return None
        return value

    def text_list(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        """Return a tuple of non-blank strings (empty when absent or wrong)."""
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(key, f"must be a list of text, not {type_name(value)}")
            return ()
        items: list[str] = []
        for index, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip():
                self.problem(f"{key}[{index}]", "must be non-blank text")
                continue
            items.append(item.strip())
        if required and not value:
            self.problem(key, "must list at least one item")
        return tuple(items)

    def boolean(self, key: str, *, default: bool) -> bool:
        """Return a true/false value, or ``default`` when absent or wrong."""
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(key, f"must be true or false, not {type_name(value)}")
            return default
        return value

    def integer(self, key: str, *, minimum: int, required: bool = False) -> int | None:
        """Return an integer >= ``minimum``, or ``None``."""
        value = self._get(key, required)
        if value is None:
            return None
        if not is_integer(value) or value < minimum:
            self.problem(key, f"must be an integer >= {minimum}, not {toml_value(value)}")
            return None
        return int(value)

    def table(self, key: str, *, required: bool = False) -> TableReader | None:
        """Return a reader for the sub-table ``key``, or ``None``."""
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(key, f"must be a table, not {type_name(value)}")
            return None
        return TableReader(value, self.path(key), self._report)

    def tables(self, key: str, *, required: bool = False) -> list[TableReader]:
        """Return readers for an array of tables (``[[key]]``), numbered from 1."""
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.problem(key, f"must be a list of tables ([[{key}]]), not {type_name(value)}")
            return []
        if required and not value:
            self.problem(key, "must have at least one entry")
        return [
            TableReader(item, f"{self.path(key)}[{index}]", self._report)
            for index, item in enumerate(value, start=1)
        ]

    def raw(self, key: str) -> Any:
        """Return the value of ``key`` unchecked (``None`` when absent)."""
        return self._get(key, False)

    def finish(self) -> None:
        """Report every key of the table that no getter asked for."""
        for key in self._table:
            if key in self._known:
                continue
            hint = _suggestion(key, sorted(self._known))
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
            self.problem(key or '""', f"unknown key{suggestion}")  # "" would mean the table
