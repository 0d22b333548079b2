"""Problems found in a pack, and a reader that collects them while parsing."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from hipcoach.core.messages import QT_TRANSLATE_NOOP, Message, MessageContext, english


class PackText(MessageContext):
    """What is wrong in an exercise pack."""


@dataclass(frozen=True, init=False)
class Problem:
    """One thing wrong with one file.

    Built with the message as plain English text or as a translatable
    ``Message``: ``message`` is always the English text (what the command
    line prints), ``translatable`` the ``Message`` when there is one (shown
    translated in the interface; ``text`` gives whichever to show).
    ``str(problem)`` is ``file:line: message`` when the line is known,
    ``file: key.path: message`` when a key is to blame, else ``file: message``.
    """

    file: str
    message: str
    line: int | None = None
    key: str | None = None
    translatable: Message | None = field(default=None, init=False, compare=False, repr=False)

    def __init__(
        self, file: str, message: str | Message, line: int | None = None, key: str | None = None
    ) -> None:
        object.__setattr__(self, "file", file)
        object.__setattr__(self, "message", english(message))
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "translatable", message if isinstance(message, Message) else None)

    @property
    def text(self) -> Message | str:
        """Return the message to show: the translatable one, else the plain text."""
        return self.translatable if self.translatable is not None else self.message

    @property
    def location(self) -> str:
        """Return ``file:line``, ``file: key.path`` or ``file``: what goes before the message."""
        if self.line is not None:
            return f"{self.file}:{self.line}"
        if self.key:
            return f"{self.file}: {self.key}"
        return self.file

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


Report = Callable[[str, Any], None]
"""Called with (key path, message) for each problem a reader finds.

The message is a ``Message`` or plain text (``str | Message``; typed ``Any`` so
that reporters written for plain text keep working: ``str()`` gives English).
"""


def type_name(value: object) -> Message:
    """Return how a TOML user would name the type of ``value``."""
    if isinstance(value, bool):
        return QT_TRANSLATE_NOOP("PackText", "true/false")
    if isinstance(value, int):
        return QT_TRANSLATE_NOOP("PackText", "an integer")
    if isinstance(value, float):
        return QT_TRANSLATE_NOOP("PackText", "a decimal number")
    if isinstance(value, str):
        return QT_TRANSLATE_NOOP("PackText", "text")
    if isinstance(value, list):
        return QT_TRANSLATE_NOOP("PackText", "a list")
    if isinstance(value, dict):
        return QT_TRANSLATE_NOOP("PackText", "a table")
    return QT_TRANSLATE_NOOP("PackText", "a date or time")


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
    return prefixes[:1] or close_matches(key, known, n=1, cutoff=0.7)


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

    def problem(self, key: str, message: str | Message) -> None:
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
                self.problem(key, PackText.tr("required key is missing"))
            return None
        return self._table[key]

    def text(self, key: str, *, required: bool = True) -> str | None:
        """Return a non-blank string, or ``None``."""
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(key, PackText.tr("must be text, not {type}", type=type_name(value)))
            return None
        if not value.strip():
            self.problem(key, PackText.tr("must not be blank"))
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
            hint = [alias] if alias else close_matches(value, allowed, n=1)
            choices = ", ".join(allowed)
            if hint:
                self.problem(
                    key,
                    PackText.tr(
                        "'{value}' is not one of {choices} (did you mean '{hint}'?)",
                        value=value,
                        choices=choices,
                        hint=hint[0],
                    ),
                )
            else:
                self.problem(
                    key,
                    PackText.tr("'{value}' is not one of {choices}", value=value, choices=choices),
                )
            return None
        return value

    def text_list(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        """Return a tuple of non-blank strings (empty when absent or wrong)."""
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(
                key, PackText.tr("must be a list of text, not {type}", type=type_name(value))
            )
            return ()
        items: list[str] = []
        for index, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip():
                self.problem(f"{key}[{index}]", PackText.tr("must be non-blank text"))
                continue
            items.append(item.strip())
        if required and not value:
            self.problem(key, PackText.tr("must list at least one item"))
        return tuple(items)

    def boolean(self, key: str, *, default: bool) -> bool:
        """Return a true/false value, or ``default`` when absent or wrong."""
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(
                key, PackText.tr("must be true or false, not {type}", type=type_name(value))
            )
            return default
        return value

    def integer(self, key: str, *, minimum: int, required: bool = False) -> int | None:
        """Return an integer >= ``minimum``, or ``None``."""
        value = self._get(key, required)
        if value is None:
            return None
        if not is_integer(value) or value < minimum:
            self.problem(
                key,
                PackText.tr(
                    "must be an integer >= {minimum}, not {value}",
                    minimum=minimum,
                    value=toml_value(value),
                ),
            )
            return None
        return int(value)

    def table(self, key: str, *, required: bool = False) -> TableReader | None:
        """Return a reader for the sub-table ``key``, or ``None``."""
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(key, PackText.tr("must be a table, not {type}", type=type_name(value)))
            return None
        return TableReader(value, self.path(key), self._report)

    def tables(self, key: str, *, required: bool = False) -> list[TableReader]:
        """Return readers for an array of tables (``[[key]]``), numbered from 1."""
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.problem(
                key,
                PackText.tr(
                    "must be a list of tables ([[{key}]]), not {type}",
                    key=key,
                    type=type_name(value),
                ),
            )
            return []
        if required and not value:
            self.problem(key, PackText.tr("must have at least one entry"))
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
            name = key or '""'  # an empty name would mean the table itself
            if hint:
                self.problem(
                    name, PackText.tr("unknown key (did you mean '{hint}'?)", hint=hint[0])
                )
            else:
                self.problem(name, PackText.tr("unknown key"))


def close_matches(
    word: str, possibilities: Sequence[str], n: int = 1, cutoff: float = 0.6
) -> list[str]:
    """Return up to ``n`` of ``possibilities`` close enough to ``word``, the closest first.

    The same as ``difflib.get_close_matches``; difflib loads only when a pack
    has a misspelt key or value.
    """
    import difflib  # noqa: PLC0415 - only when a pack has a misspelt key or value

    return difflib.get_close_matches(word, possibilities, n=n, cutoff=cutoff)
