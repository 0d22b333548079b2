"""Bad command lines and junk on the single-instance socket are refused, with a message.

The command line: unknown options, bad values and conflicting requests stop
with status 2 and a message, before any window opens. The socket: bytes that
are not text, unknown commands, a line far too long, a line cut off, a
client that connects and sends nothing, and one run by another user are each
logged and dropped; the running app then still carries out a valid command.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket as socket_module
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

import hipcoach.start
from hipcoach.cli import main as cli_main
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.platform import single_instance
from hipcoach.platform.single_instance import MAX_MESSAGE_BYTES, SingleInstance
from tests.app_harness import AppHarness

APP_ID = "io.github.hipcoach.HostileTest"


# --------------------------------------------------------------------------- command line


@pytest.fixture
def no_app(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise AssertionError("the app must not start for a bad command line")

    monkeypatch.setattr(hipcoach.start, "run_app", refuse)


BAD_COMMAND_LINES = [
    (["--frobnicate"], "unrecognized arguments: --frobnicate"),
    (["--pause"], "expected one argument"),
    (["--pause", "soon"], "'soon' is not a pause length"),
    (["--pause", "0m"], "from 1 minute to 24 hours"),
    (["--pause", "99999"], "from 1 minute to 24 hours"),
    (["--pause", "-5"], "'-5' is not a pause length"),
    (["--pause", "1h\n--resume"], "is not a pause length"),
    (["--break-now", "--resume"], "not allowed with argument"),
    (["--start-session", "--pause", "1h"], "not allowed with argument"),
    (["library", "--language", "12"], "'12' is not a language code"),
    (["library", "--json", "extra"], "unrecognized arguments: extra"),
    (["export"], "the following arguments are required: --csv"),
    (["plan"], "the following arguments are required: ROUTINE_ID"),
    (["check"], "the following arguments are required: PATH"),
    (["no-such-command"], "invalid choice: 'no-such-command'"),
    (["install-desktop", "--user", "--system"], "not allowed with argument"),
]


@pytest.mark.parametrize(("argv", "message"), BAD_COMMAND_LINES)
def test_bad_command_lines_stop_with_a_message(
    argv: list[str], message: str, no_app: None, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        status = cli_main(argv)
    except SystemExit as stop:
        status = stop.code  # type: ignore[assignment]
    assert status == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_check_of_paths_that_are_not_packs_reports_and_fails(
    tmp_path: Path, no_app: None, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "garbage.toml").write_bytes(b"\xff\xfe\x00\x00junk")
    status = cli_main(["check", str(tmp_path / "missing"), str(tmp_path / "garbage.toml")])
    out = capsys.readouterr()
    assert status == 1
    assert "missing: no such file or folder" in out.out + out.err
    assert "garbage.toml" in out.out + out.err
    assert "Traceback" not in out.out + out.err


# --------------------------------------------------------------------------- the socket


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture
def run_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="hc-", dir="/tmp") as folder:
        Path(folder).chmod(0o700)
        yield Path(folder)


@pytest.fixture
def running(
    qtbot: QtBot, library: Library, tmp_path: Path, run_dir: Path
) -> Iterator[tuple[AppHarness, SingleInstance]]:
    harness = AppHarness(library, tmp_path)
    coach = harness.start()
    coach.break_driver.start()
    first = SingleInstance(
        APP_ID,
        tmp_path / "lock",
        environ={"XDG_RUNTIME_DIR": str(run_dir)},
        connection_timeout_ms=1000,
        parent=coach,
    )
    assert first.acquire()
    first.message_received.connect(coach.handle_message)
    yield harness, first
    first.release()
    harness.close()


def raw_client(path: Path) -> socket_module.socket:
    client = socket_module.socket(socket_module.AF_UNIX, socket_module.SOCK_STREAM)
    client.settimeout(2)
    client.connect(os.fspath(path))
    return client


def send_raw(path: Path, data: bytes, *, close: bool = True) -> socket_module.socket:
    client = raw_client(path)
    # The server may cut off a line far too long while it is still being written.
    with contextlib.suppress(BrokenPipeError):
        client.sendall(data)
    if close:
        client.close()
    return client


def cut_off(client: socket_module.socket) -> bool:
    """Return whether the server has closed its end of ``client``'s connection."""
    client.setblocking(False)
    try:
        return client.recv(1) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


def current_card(harness: AppHarness) -> object:
    return harness.coaches[0].coordinator.card


def valid_command_still_works(harness: AppHarness, first: SingleInstance, qtbot: QtBot) -> None:
    coach = harness.coaches[0]
    assert current_card(harness) is None
    second = SingleInstance(
        APP_ID,
        first.lock_path.parent,
        environ={"XDG_RUNTIME_DIR": str(first.socket_path.parent.parent)},
    )
    assert not second.acquire()
    with qtbot.waitSignal(first.message_received, timeout=5000):
        assert second.send("break-now", timeout_ms=2000)
    card = coach.coordinator.card
    assert card is not None
    card.dismiss()
    qtbot.waitUntil(lambda: not shiboken6.isValid(card), timeout=2000)


JUNK = [
    (b"\xff\xfe\x00\x81garbage\n", "not UTF-8 text"),
    (b"launch-missiles\n", "not a hipcoach command: 'launch-missiles'"),
    (b"pause -5\n", "not a hipcoach command: 'pause -5'"),
    (b"pause 1h; rm -rf ~\n", "not a hipcoach command"),
    (b"\x00\x01\x02\x03\n", "not a hipcoach command"),
    (b"x" * (MAX_MESSAGE_BYTES * 8), f"longer than {MAX_MESSAGE_BYTES} bytes"),
    (b"break-now", "without its closing newline"),
    (b"y" * (MAX_MESSAGE_BYTES + 500) + b"\n", " bytes"),  # dropped whole, or cut off
]


@pytest.mark.parametrize(("data", "logged"), JUNK)
def test_junk_on_the_socket_is_logged_and_dropped(
    running: tuple[AppHarness, SingleInstance],
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
    data: bytes,
    logged: str,
) -> None:
    harness, first = running
    caplog.set_level(logging.WARNING, logger="hipcoach")
    received: list[str] = []
    first.message_received.connect(received.append)
    send_raw(first.socket_path, data)
    qtbot.waitUntil(lambda: logged in caplog.text, timeout=3000)
    assert current_card(harness) is None  # nothing was carried out
    valid_command_still_works(harness, first, qtbot)
    assert received[-1:] == ["break-now"]


def test_a_client_that_never_sends_is_cut_off(
    running: tuple[AppHarness, SingleInstance], qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    harness, first = running
    caplog.set_level(logging.WARNING, logger="hipcoach")
    silent = raw_client(first.socket_path)
    slow = send_raw(first.socket_path, b"brea", close=False)  # starts, then stalls
    valid_command_still_works(harness, first, qtbot)  # not blocked by either
    qtbot.waitUntil(lambda: cut_off(silent) and cut_off(slow), timeout=5000)
    silent.close()
    slow.close()
    assert caplog.text.count("sent no complete message within 1000 ms") == 2
    valid_command_still_works(harness, first, qtbot)


def test_many_lines_in_one_connection_each_count(
    running: tuple[AppHarness, SingleInstance], qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    harness, first = running
    received: list[str] = []
    first.message_received.connect(received.append)
    send_raw(first.socket_path, b"nonsense\npause 3600\n\xff\nresume\n")
    qtbot.waitUntil(lambda: received == ["nonsense", "pause 3600", "resume"], timeout=3000)
    assert harness.coaches[0].break_driver.status().paused_until is None


@pytest.mark.skipif(not hasattr(socket_module, "SO_PEERCRED"), reason="needs SO_PEERCRED")
def test_the_server_knows_who_is_calling(
    running: tuple[AppHarness, SingleInstance], qtbot: QtBot
) -> None:
    _, first = running
    seen: list[int | None] = []
    real = single_instance.peer_uid

    def spy(descriptor: int) -> int | None:
        seen.append(real(descriptor))
        return seen[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(single_instance, "peer_uid", spy)
        client = raw_client(first.socket_path)
        qtbot.waitUntil(lambda: bool(seen), timeout=3000)
        client.close()
    assert seen == [os.getuid()]


def test_another_users_connection_is_refused(
    running: tuple[AppHarness, SingleInstance],
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    harness, first = running
    caplog.set_level(logging.WARNING, logger="hipcoach")
    other = os.getuid() + 1
    monkeypatch.setattr(single_instance, "peer_uid", lambda descriptor: other)
    client = send_raw(first.socket_path, b"break-now\n", close=False)
    qtbot.waitUntil(
        lambda: f"refused a connection from user id {other}" in caplog.text, timeout=3000
    )
    qtbot.waitUntil(lambda: cut_off(client), timeout=3000)
    client.close()
    assert current_card(harness) is None
    monkeypatch.undo()
    valid_command_still_works(harness, first, qtbot)
