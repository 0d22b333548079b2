"""Sentences built by the core, kept translatable: a template plus its arguments.

The core never finishes a sentence the app shows. It returns a ``Message``:
a translation context, an English source template with ``{name}``
placeholders (``%n`` for a count), the named arguments and, for plural
forms, the count. The interface translates the template with Qt and
formats the arguments for the user's language (``hipcoach.ui.translate``);
the command line, CSV and JSON use the plain English rendering,
``message.english()`` (also what ``str(message)`` returns).

Templates are written where they are used, through a context class, so
``pyside6-lupdate`` extracts them into the ``.ts`` file (it reads calls of a
method named ``tr`` and takes the name before the dot as the context)::

    class DosageText(MessageContext):
        '''Dosage lines.'''

    DosageText.tr("Rest {duration} between sets", duration=...)
    DosageText.tr("{count} sets", "", sets.high, count=...).one("{count} set")

The class name is the context; a count is the third positional argument
(lupdate marks only that as a plural), and ``one`` gives the English
singular. Labels kept in module constants use ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeAlias

__all__ = [
    "QT_TRANSLATE_NOOP",
    "Arg",
    "Message",
    "MessageContext",
    "MessageError",
    "Number",
    "english",
    "english_date",
    "fill",
    "joined",
]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Number:
    """A decimal number shown with a fixed number of decimals (``2.5`` in English)."""

    value: float
    decimals: int = 1

    def english(self) -> str:
        """Return the number written the English way."""
        return f"{self.value:.{self.decimals}f}"


Arg: TypeAlias = "Message | str | int | Number | date"
"""What a message argument may be: text shown as it is, a number, a date or another message."""


def english_date(day: date) -> str:
    """Return ``day`` as ``26 November 2026`` (independent of the C library's locale)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _english_arg(value: Arg) -> str:
    if isinstance(value, Message):
        return value.english()
    if isinstance(value, Number):
        return value.english()
    if isinstance(value, date):
        return english_date(value)
    return str(value)


@dataclass(frozen=True)
class Message:
    """A translatable sentence: ``context`` and ``source`` are the translation key.

    ``args`` holds the named arguments in order; ``n`` is the count of a
    plural message (``%n`` in the template), and ``singular`` the English
    template used when it is 1. ``disambiguation`` tells apart two messages
    with the same context and source (part of the key when not empty).
    """

    context: str
    source: str
    args: tuple[tuple[str, Arg], ...] = ()
    n: int | None = None
    singular: str | None = None
    disambiguation: str = ""

    @property
    def arguments(self) -> Mapping[str, Arg]:
        """Return the named arguments as a mapping."""
        return dict(self.args)

    def one(self, singular: str) -> Message:
        """Return this plural message with ``singular`` as its English text for a count of 1."""
        return replace(self, singular=singular)

    def template(self) -> str:
        """Return the English template for this message's count, with ``%n`` filled in."""
        text = self.singular if self.n == 1 and self.singular is not None else self.source
        return text if self.n is None else text.replace("%n", str(self.n))

    def english(self) -> str:
        """Return the sentence in English, arguments included."""
        return fill(self.template(), {name: _english_arg(value) for name, value in self.args})

    def __str__(self) -> str:
        return self.english()

    def __format__(self, spec: str) -> str:
        return format(self.english(), spec)


def fill(template: str, values: Mapping[str, str]) -> str:
    """Return ``template`` with each ``{name}`` replaced by its value.

    Only the named placeholders are replaced; any other brace is left as
    it is, so a stray brace in a translation cannot break the sentence.
    """
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), template)


class MessageContext:
    """Base of the classes whose name is a translation context (see the module docstring)."""

    @classmethod
    def tr(
        cls, source: str, disambiguation: str = "", n: int | None = None, /, **args: Arg
    ) -> Message:
        """Return a message in this class's context; ``n`` is the count of a plural."""
        return Message(cls.__name__, source, tuple(args.items()), n, None, disambiguation)


class ListText(MessageContext):
    """Lists inside sentences."""


def joined(items: Sequence[Message]) -> Message | str:
    """Return ``items`` as one comma-separated list (``""`` for none)."""
    if not items:
        return ""
    result = items[0]
    for item in items[1:]:
        result = ListText.tr("{list}, {item}", list=result, item=item)
    return result


def QT_TRANSLATE_NOOP(context: str, source: str) -> Message:  # noqa: N802 - the name lupdate knows
    """Return a message without arguments (for labels kept in module constants)."""
    return Message(context, source)


class MessageError(ValueError):
    """A ``ValueError`` whose text is a ``Message``; ``str(error)`` is the English."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


def english(text: Message | str) -> str:
    """Return ``text`` in English: a message rendered, a plain string as it is."""
    return text.english() if isinstance(text, Message) else text
