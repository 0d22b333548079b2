"""Commands between instances and pause lengths from the command line."""

from __future__ import annotations

import pytest

from hipcoach.core.commands import Command, decode, parse_pause_length


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("30m", 1800.0),
        ("1h", 3600.0),
        ("2h", 7200.0),
        ("1h30m", 5400.0),
        ("45 min", 2700.0),
        ("90", 5400.0),
        ("tomorrow", None),
        (" Tomorrow ", None),
    ],
)
def test_pause_lengths(text: str, seconds: float | None) -> None:
    assert parse_pause_length(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "1d", "0", "25h", "h", "-5m"])
def test_bad_pause_lengths_say_what_is_accepted(text: str) -> None:
    with pytest.raises(ValueError, match="pause"):
        parse_pause_length(text)


@pytest.mark.parametrize(
    "command",
    [
        Command("activate"),
        Command("break-now"),
        Command("start-session"),
        Command("resume"),
        Command("pause", 3600.0),
        Command("pause", None),
    ],
)
def test_commands_round_trip(command: Command) -> None:
    assert decode(command.encode()) == command


@pytest.mark.parametrize("line", ["", "quit", "pause", "pause -5", "pause soon", "activate now"])
def test_unknown_lines_are_refused(line: str) -> None:
    with pytest.raises(ValueError, match="not a hipcoach command"):
        decode(line)
