"""Commands between instances and pause lengths from the command line."""

from __future__ import annotations

import pytest

from hipcoach.core.commands import Command, CommandName, decode, dispatch, parse_pause_length


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
        Command(CommandName.ACTIVATE),
        Command(CommandName.BREAK_NOW),
        Command(CommandName.START_SESSION),
        Command(CommandName.RESUME),
        Command(CommandName.PAUSE, 3600.0),
        Command(CommandName.PAUSE, None),
    ],
)
def test_commands_round_trip(command: Command) -> None:
    assert decode(command.encode()) == command


@pytest.mark.parametrize("line", ["", "quit", "pause", "pause -5", "pause soon", "activate now"])
def test_unknown_lines_are_refused(line: str) -> None:
    with pytest.raises(ValueError, match="not a hipcoach command"):
        decode(line)


def test_the_wire_words_are_unchanged() -> None:
    # Another hipcoach, older or newer, speaks these lines over the single-instance socket.
    assert [name.value for name in CommandName] == [
        "activate",
        "break-now",
        "start-session",
        "resume",
        "pause",
    ]
    assert Command(CommandName.PAUSE, 1800.0).encode() == "pause 1800"
    assert Command(CommandName.PAUSE, None).encode() == "pause tomorrow"
    assert decode("break-now") == Command(CommandName.BREAK_NOW)


class Recorder:
    """Notes which handler method each command reached, and with what."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def activate(self) -> None:
        self.calls.append(("activate", None))

    def break_now(self) -> None:
        self.calls.append(("break_now", None))

    def open_session(self) -> None:
        self.calls.append(("open_session", None))

    def resume(self) -> None:
        self.calls.append(("resume", None))

    def pause(self, seconds: float | None) -> None:
        self.calls.append(("pause", seconds))


@pytest.mark.parametrize(
    ("command", "call"),
    [
        (Command(CommandName.ACTIVATE), ("activate", None)),
        (Command(CommandName.BREAK_NOW), ("break_now", None)),
        (Command(CommandName.START_SESSION), ("open_session", None)),
        (Command(CommandName.RESUME), ("resume", None)),
        (Command(CommandName.PAUSE, 600.0), ("pause", 600.0)),
        (Command(CommandName.PAUSE, None), ("pause", None)),
    ],
)
def test_each_command_reaches_its_one_handler_method(
    command: Command, call: tuple[str, object]
) -> None:
    handler = Recorder()
    dispatch(command, handler)
    assert handler.calls == [call]


def test_every_command_name_is_dispatched() -> None:
    for name in CommandName:
        handler = Recorder()
        dispatch(Command(name), handler)  # a name without a case would fail here
        assert len(handler.calls) == 1
