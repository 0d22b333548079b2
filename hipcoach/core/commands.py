"""Commands one hipcoach process sends to the one already running.

A command is one short line of text: ``activate``, ``break-now``,
``start-session``, ``resume``, ``pause <seconds>`` or ``pause tomorrow``.
``status`` is a question instead: the running instance answers it with one
line of JSON (``hipcoach.core.status_report``).
``dispatch`` hands a command to whatever carries it out, one method per
command, with a ``match`` that type checking proves covers them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, assert_never

#: The word after ``pause`` that means "until tomorrow".
UNTIL_TOMORROW = "tomorrow"
#: The question ``hipcoach status`` asks the running instance (not a command).
STATUS_REQUEST = "status"

_DURATION = re.compile(r"^(?:(?P<h>\d+)\s*h)?\s*(?:(?P<m>\d+)\s*m(?:in)?)?$")


class CommandName(StrEnum):
    """What a command asks for; each value is the command's first word on the wire."""

    ACTIVATE = "activate"
    BREAK_NOW = "break-now"
    START_SESSION = "start-session"
    RESUME = "resume"
    PAUSE = "pause"


@dataclass(frozen=True)
class Command:
    """A request for the running instance.

    For ``PAUSE``, ``seconds`` is the length, or ``None`` for "until tomorrow".
    """

    name: CommandName
    seconds: float | None = None

    def encode(self) -> str:
        """Return the command as one line of text."""
        if self.name is not CommandName.PAUSE:
            return self.name.value
        length = UNTIL_TOMORROW if self.seconds is None else round(self.seconds)
        return f"{CommandName.PAUSE.value} {length}"


class CommandHandler(Protocol):
    """What carries the commands out: one method per command."""

    def activate(self) -> None:
        """Bring the main window to the front."""
        ...

    def break_now(self) -> None:
        """Start a movement break now."""
        ...

    def open_session(self) -> None:
        """Show the Session page, ready to start."""
        ...

    def resume(self) -> None:
        """Resume movement breaks."""
        ...

    def pause(self, seconds: float | None) -> None:
        """Pause movement breaks for ``seconds``, or until tomorrow (``None``)."""
        ...


def dispatch(command: Command, handler: CommandHandler) -> None:
    """Carry out ``command`` with the one ``handler`` method that belongs to it."""
    match command.name:
        case CommandName.ACTIVATE:
            handler.activate()
        case CommandName.BREAK_NOW:
            handler.break_now()
        case CommandName.START_SESSION:
            handler.open_session()
        case CommandName.RESUME:
            handler.resume()
        case CommandName.PAUSE:
            handler.pause(command.seconds)
        case _:
            assert_never(command.name)


def parse_pause_length(text: str) -> float | None:
    """Return seconds for ``30m``, ``1h``, ``2h``, ``1h30m`` or ``90`` (minutes).

    ``tomorrow`` gives ``None`` (until tomorrow). Raises ``ValueError`` with
    a message a user can act on.
    """
    cleaned = text.strip().lower()
    if cleaned in (UNTIL_TOMORROW, "rest-of-day", "today"):
        return None
    if cleaned.isdigit():
        minutes = int(cleaned)
    else:
        match = _DURATION.match(cleaned)
        if not cleaned or match is None or not (match["h"] or match["m"]):
            raise ValueError(f"'{text}' is not a pause length; use e.g. 30m, 1h, 2h or tomorrow")
        minutes = int(match["h"] or 0) * 60 + int(match["m"] or 0)
    if not 1 <= minutes <= 24 * 60:
        raise ValueError(f"'{text}': a pause must last from 1 minute to 24 hours")
    return float(minutes * 60)


def decode(line: str) -> Command:
    """Return the command in ``line``; raise ``ValueError`` if it is not one."""
    words = line.strip().split()
    name = _name(words[0]) if words else None
    if len(words) == 1 and name is not None and name is not CommandName.PAUSE:
        return Command(name)
    if len(words) == 2 and name is CommandName.PAUSE:
        if words[1] == UNTIL_TOMORROW:
            return Command(name, None)
        if words[1].isdigit() and int(words[1]) > 0:
            return Command(name, float(words[1]))
    raise ValueError(f"not a hipcoach command: {line.strip()!r}")


def _name(word: str) -> CommandName | None:
    try:
        return CommandName(word)
    except ValueError:
        return None
