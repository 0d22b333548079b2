"""One instance per profile: lock, hand-over of messages, recovery from a killed instance."""

from __future__ import annotations

import logging
import os
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLockFile, QSysInfo
from pytestqt.qtbot import QtBot

from hipcoach.platform import single_instance
from hipcoach.platform.identity import APP_ID
from hipcoach.platform.single_instance import (
    MAX_SOCKET_PATH_BYTES,
    InstanceSilentError,
    SingleInstance,
    runtime_folder,
    socket_path,
)

TIMEOUT_MS = 10_000  # generous: a loaded CI machine can be slow to deliver


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A folder with a short path, so that a socket fits beside the lock."""
    with tempfile.TemporaryDirectory(prefix="hc-", dir="/tmp") as folder:
        yield Path(folder)


@pytest.fixture
def run_dir(short_dir: Path) -> Path:
    """A runtime folder of the test's own, for sockets whose path would be too long."""
    folder = short_dir / "run"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def instances(run_dir: Path) -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.release()


def make(
    instances: list[SingleInstance],
    folder: Path,
    run_dir: Path | None = None,
    *,
    pipe: bool = False,
) -> SingleInstance:
    environ = {"XDG_RUNTIME_DIR": str(run_dir)} if run_dir else {}
    instance = SingleInstance(APP_ID, folder, environ=environ, pipe=pipe)
    instances.append(instance)
    return instance


@pytest.mark.parametrize("pipe", [False, True], ids=["unix-socket", "named-pipe"])
def test_the_second_instance_hands_its_messages_to_the_first(
    qtbot: QtBot, tmp_path: Path, instances: list[SingleInstance], pipe: bool
) -> None:
    # The named pipe (QLocalServer) is what Windows uses; it works here too.
    first = make(instances, tmp_path, pipe=pipe)
    assert first.acquire()
    assert first.is_primary
    assert first.listening, first.reason
    second = make(instances, tmp_path, pipe=pipe)
    assert not second.acquire()
    assert not second.is_primary
    received: list[str] = []
    first.message_received.connect(received.append)
    with qtbot.waitSignal(first.message_received, timeout=TIMEOUT_MS) as blocker:
        assert second.send("break-now")
    assert blocker.args == ["break-now"]
    for message in ("pause 3600", "resume", "start-session", "activate"):
        assert second.send(message)
    qtbot.waitUntil(lambda: len(received) == 5, timeout=TIMEOUT_MS)
    assert received == ["break-now", "pause 3600", "resume", "start-session", "activate"]


def test_sending_with_nobody_listening_fails_quickly(tmp_path: Path) -> None:
    lonely = SingleInstance(APP_ID, tmp_path)
    assert lonely.send("activate", timeout_ms=200) is False


def test_messages_must_be_single_short_lines(tmp_path: Path) -> None:
    instance = SingleInstance(APP_ID, tmp_path)
    for bad in ("two\nlines", "carriage\rreturn", "x" * 2000):
        with pytest.raises(ValueError, match="one short line"):
            instance.send(bad)


def test_release_lets_the_next_start_become_first(
    short_dir: Path, instances: list[SingleInstance]
) -> None:
    first = make(instances, short_dir)
    assert first.acquire()
    assert first.acquire()  # asking again changes nothing
    assert first.socket_path.is_socket()
    first.release()
    assert not first.lock_path.exists()
    assert not first.socket_path.exists()
    assert not first.listening
    again = make(instances, short_dir)
    assert again.acquire()
    assert again.listening


def test_a_lock_left_by_a_dead_process_is_taken_over(
    tmp_path: Path, instances: list[SingleInstance]
) -> None:
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(finished.stdout)
    lock_path = tmp_path / f"{APP_ID}.lock"
    # QLockFile's own format: pid, application name, host, machine id, boot id.
    lock_path.write_bytes(
        b"%d\n%s\n%s\n%s\n%s\n"
        % (
            dead_pid,
            QCoreApplication.applicationName().encode(),
            QSysInfo.machineHostName().encode(),
            bytes(QSysInfo.machineUniqueId().data()),
            bytes(QSysInfo.bootUniqueId().data()),
        )
    )
    held = QLockFile(str(lock_path))
    assert held.getLockInfo()[0] == dead_pid
    instance = make(instances, tmp_path)
    assert instance.acquire()
    assert instance.listening
    assert QLockFile(str(lock_path)).getLockInfo()[0] == os.getpid()


def test_a_killed_first_instance_does_not_block_the_next_start(
    qtbot: QtBot, tmp_path: Path, run_dir: Path, instances: list[SingleInstance]
) -> None:
    child_code = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from hipcoach.platform.single_instance import SingleInstance
        app = QCoreApplication([])
        instance = SingleInstance({APP_ID!r}, Path({str(tmp_path)!r}))
        print("first" if instance.acquire() else "second", flush=True)
        time.sleep(60)
        """
    )
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(run_dir))
    child = subprocess.Popen(
        [sys.executable, "-c", child_code], stdout=subprocess.PIPE, text=True, env=environment
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "first"
        blocked = make(instances, tmp_path)
        assert not blocked.acquire()  # the child is alive and holds the lock
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=5)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=5)
        if child.stdout is not None:
            child.stdout.close()
    assert (tmp_path / f"{APP_ID}.lock").exists()  # killed: nobody cleaned up
    assert blocked.socket_path.is_socket()  # ... and its socket is still there
    assert blocked.send("activate", timeout_ms=500) is False  # but nobody listens
    successor = make(instances, tmp_path)
    assert successor.acquire()
    assert successor.listening, successor.reason
    messenger = make(instances, tmp_path)
    with qtbot.waitSignal(successor.message_received, timeout=TIMEOUT_MS) as blocker:
        assert messenger.send("activate")
    assert blocker.args == ["activate"]


def test_the_socket_sits_beside_the_lock_readable_by_the_user_only(
    short_dir: Path, instances: list[SingleInstance]
) -> None:
    first = make(instances, short_dir / "profile")
    assert first.acquire()
    assert first.socket_path == short_dir / "profile" / f"{APP_ID}.socket"
    assert first.socket_path.is_socket()
    assert stat.S_IMODE(first.socket_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(first.lock_path.parent.stat().st_mode) == 0o700


def test_a_socket_path_too_long_moves_to_the_runtime_folder_keyed_by_the_lock(
    qtbot: QtBot, tmp_path: Path, run_dir: Path, instances: list[SingleInstance]
) -> None:
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    other = tmp_path / ("d" * 60) / ("f" * 60)
    first = make(instances, deep, run_dir)
    assert first.acquire()
    assert first.listening, first.reason
    path = first.socket_path
    assert path.parent == run_dir / "hipcoach"
    assert len(os.fsencode(path)) <= MAX_SOCKET_PATH_BYTES
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert socket_path(other / f"{APP_ID}.lock", {"XDG_RUNTIME_DIR": str(run_dir)}) != path
    second = make(instances, deep, run_dir)
    assert not second.acquire()
    with qtbot.waitSignal(first.message_received, timeout=TIMEOUT_MS) as blocker:
        assert second.send("start-session")
    assert blocker.args == ["start-session"]


def test_the_runtime_folder_is_the_sessions_else_one_per_user_in_temp() -> None:
    assert runtime_folder({"XDG_RUNTIME_DIR": "/run/user/1000"}) == Path("/run/user/1000/hipcoach")
    fallback = runtime_folder({})
    assert fallback.name == f"hipcoach-{os.getuid()}"
    assert runtime_folder({"XDG_RUNTIME_DIR": "relative"}) == fallback
    long_runtime = {"XDG_RUNTIME_DIR": "/run/" + "r" * 90}
    assert socket_path(Path("/" + "x" * 100) / "a.lock", long_runtime).parent == fallback


def test_a_runtime_folder_of_another_user_is_not_used(
    tmp_path: Path, instances: list[SingleInstance], monkeypatch: pytest.MonkeyPatch
) -> None:
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    run_dir = tmp_path / "shared-run"
    (run_dir / "hipcoach").mkdir(parents=True)
    real_getuid = os.getuid
    monkeypatch.setattr(os, "getuid", lambda: real_getuid() + 1)
    first = make(instances, deep, run_dir)
    assert first.acquire()  # the lock still makes it the first instance ...
    assert not first.listening  # ... but it does not listen in a stranger's folder
    assert first.reason is not None
    assert "not a folder of this user" in first.reason


def test_a_file_in_the_sockets_place_is_left_alone(
    short_dir: Path, instances: list[SingleInstance]
) -> None:
    short_dir.joinpath(f"{APP_ID}.socket").write_text("not a socket", encoding="utf-8")
    first = make(instances, short_dir)
    assert first.acquire()
    assert not first.listening
    assert first.reason is not None
    assert "cannot listen" in first.reason
    assert short_dir.joinpath(f"{APP_ID}.socket").read_text(encoding="utf-8") == "not a socket"


def test_two_profiles_each_get_their_own_first_instance(
    qtbot: QtBot, tmp_path: Path, instances: list[SingleInstance]
) -> None:
    alice = make(instances, tmp_path / "alice")
    bob = make(instances, tmp_path / "bob")
    assert alice.acquire()
    assert bob.acquire()
    bobs_second = make(instances, tmp_path / "bob")
    assert not bobs_second.acquire()
    alice_heard: list[str] = []
    alice.message_received.connect(alice_heard.append)
    with qtbot.waitSignal(bob.message_received, timeout=TIMEOUT_MS) as blocker:
        assert bobs_second.send("resume")
    assert blocker.args == ["resume"]
    assert alice_heard == []


def test_an_unwritable_lock_folder_falls_back_to_asking_the_server(
    qtbot: QtBot, tmp_path: Path, run_dir: Path, instances: list[SingleInstance]
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("in the way", encoding="utf-8")
    first = make(instances, not_a_folder, run_dir)
    assert first.acquire()  # nobody answers: carry on as the first instance
    assert first.is_primary
    assert first.listening
    assert first.reason is not None
    assert "cannot" in first.reason
    assert first.socket_path.parent == run_dir / "hipcoach"  # the socket cannot sit beside it
    second = make(instances, not_a_folder, run_dir)
    assert not second.acquire()  # the first one's server answers
    with qtbot.waitSignal(first.message_received, timeout=TIMEOUT_MS) as blocker:
        assert second.send("activate")
    assert blocker.args == ["activate"]


ANSWERING_CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from hipcoach.platform.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1], Path(sys.argv[2]))
assert instance.acquire()
if sys.argv[3] == "holds":
    # Like the app while it starts: nothing can answer for the first moment.
    from PySide6.QtCore import QTimer
    instance.hold()
    QTimer.singleShot(700, instance.serve)
if sys.argv[3] in ("answers", "holds"):
    asked = []
    instance.answer("status", lambda: asked.append(1) or f'{{"asked": {len(asked)}}}')
instance.message_received.connect(lambda line: print("message", line, flush=True))
print("ready", flush=True)
app.exec()
"""


@pytest.fixture
def first_in_a_child(
    tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[subprocess.Popen[str]]:
    mode = getattr(request, "param", "answers")
    child = subprocess.Popen(
        [sys.executable, "-c", ANSWERING_CHILD, APP_ID, str(tmp_path), mode],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        yield child
    finally:
        child.kill()
        child.wait(timeout=5)
        if child.stdout is not None:
            child.stdout.close()


def test_a_question_gets_its_answer_back_on_the_same_connection(
    tmp_path: Path, first_in_a_child: subprocess.Popen[str]
) -> None:
    asking = SingleInstance(APP_ID, tmp_path)
    assert asking.ask("status", timeout_ms=TIMEOUT_MS) == '{"asked": 1}'
    assert asking.ask("status", timeout_ms=TIMEOUT_MS) == '{"asked": 2}'
    assert asking.send("activate")  # commands still arrive as messages
    assert first_in_a_child.stdout is not None
    assert first_in_a_child.stdout.readline().strip() == "message activate"


@pytest.mark.parametrize("first_in_a_child", ["holds"], indirect=True)
def test_what_arrives_while_the_first_instance_holds_is_carried_out_when_it_serves(
    tmp_path: Path, first_in_a_child: subprocess.Popen[str]
) -> None:
    later = SingleInstance(APP_ID, tmp_path)
    assert later.send("pause 600")  # written at once: the socket keeps it
    assert later.ask("status", timeout_ms=TIMEOUT_MS) == '{"asked": 1}'  # answered once served
    assert later.send("activate")
    assert first_in_a_child.stdout is not None
    assert first_in_a_child.stdout.readline().strip() == "message pause 600"
    assert first_in_a_child.stdout.readline().strip() == "message activate"


def test_held_messages_are_delivered_in_order_and_stop_at_the_limit(
    qtbot: QtBot,
    tmp_path: Path,
    instances: list[SingleInstance],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(single_instance, "MAX_HELD_MESSAGES", 3)
    first = make(instances, tmp_path)
    assert first.acquire()
    first.hold()
    received: list[str] = []
    first.message_received.connect(received.append)
    later = make(instances, tmp_path)
    with caplog.at_level(logging.WARNING, logger="hipcoach.platform.single_instance"):
        for number in range(5):
            assert later.send(f"pause {number + 60}")
        # Every line has arrived once the two over the limit were dropped.
        qtbot.waitUntil(lambda: caplog.text.count("3 are waiting") == 2, timeout=TIMEOUT_MS)
    assert received == []
    first.serve()
    assert received == ["pause 60", "pause 61", "pause 62"]
    assert later.send("resume")
    qtbot.waitUntil(lambda: received[-1:] == ["resume"], timeout=TIMEOUT_MS)


@pytest.mark.parametrize("first_in_a_child", ["silent"], indirect=True)
def test_a_first_instance_that_does_not_answer_is_reported(
    tmp_path: Path, first_in_a_child: subprocess.Popen[str]
) -> None:
    asking = SingleInstance(APP_ID, tmp_path)
    with pytest.raises(InstanceSilentError, match="did not answer 'status'"):
        asking.ask("status", timeout_ms=300)
    assert first_in_a_child.stdout is not None
    assert first_in_a_child.stdout.readline().strip() == "message status"


def test_asking_with_nobody_listening_answers_none(tmp_path: Path) -> None:
    assert SingleInstance(APP_ID, tmp_path).ask("status", timeout_ms=200) is None
