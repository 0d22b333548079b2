"""Commands one hipcoach process sends to the one already running.

A command is one short line of text: ``activate``, ``break-now``,
``start-session``, ``resume``, ``pause <seconds>`` or ``pause tomorrow``.
``status`` is a question instead: the running instance answers it with one
line of JSON (``hipcoach.core.status_report``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ACTIVATE = "activate"
BREAK_NOW = "break-now"
START_SESSION = "start-session"
RESUME = "resume"
PAUSE = "pause"
UNTIL_TOMORROW = "tomorrow"
#: The question ``hipcoach status`` asks the running instance (not a command).
STATUS_REQUEST = "status"

_SIMPLE = (ACTIVATE, BREAK_NOW, START_SESSION, RESUME)
_DURATION = re.compile(r"^(?:(?P<h>\d+)\s*h)?\s*(?:(?P<m>\d+)\s*m(?:in)?)?$")


@dataclass(frozen=True)
class Command:
    """A request for the running instance.

    For ``pause``, ``seconds`` is the length, or ``None`` for "until tomorrow".
    """

    name: str
    seconds: float | None = None

    def encode(self) -> str:
        """Return the command as one line of text."""
        if self.name != PAUSE:
            return self.name
        return f"{PAUSE} {UNTIL_TOMORROW if self.seconds is None else round(self.seconds)}"


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
    if len(words) == 1 and words[0] in _SIMPLE:
        return Command(words[0])
    if len(words) == 2 and words[0] == PAUSE:
        if words[1] == UNTIL_TOMORROW:
            return Command(PAUSE, None)
        if words[1].isdigit() and int(words[1]) > 0:
            return Command(PAUSE, float(words[1]))
    raise ValueError(f"not a hipcoach command: {line.strip()!r}")
