"""One instance per user: lock, hand-over of messages, recovery from a killed instance."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLockFile, QSysInfo
from pytestqt.qtbot import QtBot

from hipcoach.platform.identity import APP_ID
from hipcoach.platform.single_instance import (
    InstanceSilentError,
    SingleInstance,
    current_user,
    profile_user,
    server_name,
)

TIMEOUT_MS = 10_000  # generous: a loaded CI machine can be slow to deliver


@pytest.fixture
def user(request: pytest.FixtureRequest) -> str:
    # A user per test keeps server names apart even if a test leaves one listening.
    return f"tester-{os.getpid()}-{request.node.name}"


@pytest.fixture
def instances(tmp_path: Path, user: str) -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.release()


def make(
    instances: list[SingleInstance], folder: Path, user: str, platform: str = sys.platform
) -> SingleInstance:
    instance = SingleInstance(APP_ID, folder, user=user, platform=platform)
    instances.append(instance)
    return instance


def test_the_second_instance_hands_its_messages_to_the_first(
    qtbot: QtBot, tmp_path: Path, user: str, instances: list[SingleInstance]
) -> None:
    first = make(instances, tmp_path, user)
    assert first.acquire()
    assert first.is_primary
    assert first.listening
    second = make(instances, tmp_path, user)
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


def test_sending_with_nobody_listening_fails_quickly(tmp_path: Path, user: str) -> None:
    lonely = SingleInstance(APP_ID, tmp_path, user=user)
    assert lonely.send("activate", timeout_ms=200) is False


def test_messages_must_be_single_short_lines(tmp_path: Path, user: str) -> None:
    instance = SingleInstance(APP_ID, tmp_path, user=user)
    for bad in ("two\nlines", "carriage\rreturn", "x" * 2000):
        with pytest.raises(ValueError, match="one short line"):
            instance.send(bad)


def test_release_lets_the_next_start_become_first(
    tmp_path: Path, user: str, instances: list[SingleInstance]
) -> None:
    first = make(instances, tmp_path, user)
    assert first.acquire()
    assert first.acquire()  # asking again changes nothing
    first.release()
    assert not first.lock_path.exists()
    assert not first.listening
    again = make(instances, tmp_path, user)
    assert again.acquire()
    assert again.listening


def test_a_lock_left_by_a_dead_process_is_taken_over(
    tmp_path: Path, user: str, instances: list[SingleInstance]
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
    instance = make(instances, tmp_path, user)
    assert instance.acquire()
    assert instance.listening
    assert QLockFile(str(lock_path)).getLockInfo()[0] == os.getpid()


def test_a_killed_first_instance_does_not_block_the_next_start(
    qtbot: QtBot, tmp_path: Path, user: str, instances: list[SingleInstance]
) -> None:
    child_code = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from hipcoach.platform.single_instance import SingleInstance
        app = QCoreApplication([])
        instance = SingleInstance({APP_ID!r}, Path({str(tmp_path)!r}), user={user!r})
        print("first" if instance.acquire() else "second", flush=True)
        time.sleep(60)
        """
    )
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", child_code], stdout=subprocess.PIPE, text=True, env=environment
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "first"
        blocked = make(instances, tmp_path, user)
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
    successor = make(instances, tmp_path, user)
    assert successor.acquire()
    assert successor.listening
    messenger = make(instances, tmp_path, user)
    with qtbot.waitSignal(successor.message_received, timeout=TIMEOUT_MS) as blocker:
        assert messenger.send("activate")
    assert blocker.args == ["activate"]


def test_server_names_differ_per_user_and_stay_stable() -> None:
    alice = server_name(APP_ID, "uid1000")
    bob = server_name(APP_ID, "uid1001")
    assert alice != bob
    assert alice == server_name(APP_ID, "uid1000")
    assert alice.startswith(APP_ID)
    assert len(alice) < 100
    assert all(char.isalnum() or char in ".-" for char in alice)
    assert current_user() == f"uid{os.getuid()}"


def test_two_users_each_get_their_own_first_instance(
    qtbot: QtBot, tmp_path: Path, user: str, instances: list[SingleInstance]
) -> None:
    alice = make(instances, tmp_path / "alice", user + "-alice")
    bob = make(instances, tmp_path / "bob", user + "-bob")
    assert alice.acquire()
    assert bob.acquire()
    bobs_second = make(instances, tmp_path / "bob", user + "-bob")
    assert not bobs_second.acquire()
    alice_heard: list[str] = []
    alice.message_received.connect(alice_heard.append)
    with qtbot.waitSignal(bob.message_received, timeout=TIMEOUT_MS) as blocker:
        assert bobs_second.send("resume")
    assert blocker.args == ["resume"]
    assert alice_heard == []


def test_without_the_abstract_namespace_a_socket_file_works_too(
    qtbot: QtBot, tmp_path: Path, user: str, instances: list[SingleInstance]
) -> None:
    # The macOS / BSD path: a socket file, removed first in case a crash left one.
    first = make(instances, tmp_path, user, platform="darwin")
    assert first.acquire()
    second = make(instances, tmp_path, user, platform="darwin")
    assert not second.acquire()
    with qtbot.waitSignal(first.message_received, timeout=TIMEOUT_MS) as blocker:
        assert second.send("start-session")
    assert blocker.args == ["start-session"]


def test_an_unwritable_lock_folder_falls_back_to_asking_the_server(
    qtbot: QtBot, tmp_path: Path, user: str, instances: list[SingleInstance]
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("in the way", encoding="utf-8")
    first = make(instances, not_a_folder, user)
    assert first.acquire()  # nobody answers: carry on as the first instance
    assert first.is_primary
    assert first.listening
    assert first.reason is not None
    assert "cannot" in first.reason
    second = make(instances, not_a_folder, user)
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
instance = SingleInstance(sys.argv[1], Path(sys.argv[2]), user=sys.argv[3])
assert instance.acquire()
if sys.argv[4] == "answers":
    asked = []
    instance.answer("status", lambda: asked.append(1) or f'{{"asked": {len(asked)}}}')
instance.message_received.connect(lambda line: print("message", line, flush=True))
print("ready", flush=True)
app.exec()
"""


@pytest.fixture
def first_in_a_child(
    tmp_path: Path, user: str, request: pytest.FixtureRequest
) -> Iterator[subprocess.Popen[str]]:
    mode = getattr(request, "param", "answers")
    child = subprocess.Popen(
        [sys.executable, "-c", ANSWERING_CHILD, APP_ID, str(tmp_path), user, mode],
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
    tmp_path: Path, user: str, first_in_a_child: subprocess.Popen[str]
) -> None:
    asking = SingleInstance(APP_ID, tmp_path, user=user)
    assert asking.ask("status", timeout_ms=TIMEOUT_MS) == '{"asked": 1}'
    assert asking.ask("status", timeout_ms=TIMEOUT_MS) == '{"asked": 2}'
    assert asking.send("activate")  # commands still arrive as messages
    assert first_in_a_child.stdout is not None
    assert first_in_a_child.stdout.readline().strip() == "message activate"


@pytest.mark.parametrize("first_in_a_child", ["silent"], indirect=True)
def test_a_first_instance_that_does_not_answer_is_reported(
    tmp_path: Path, user: str, first_in_a_child: subprocess.Popen[str]
) -> None:
    asking = SingleInstance(APP_ID, tmp_path, user=user)
    with pytest.raises(InstanceSilentError, match="did not answer 'status'"):
        asking.ask("status", timeout_ms=300)
    assert first_in_a_child.stdout is not None
    assert first_in_a_child.stdout.readline().strip() == "message status"


def test_asking_with_nobody_listening_answers_none(tmp_path: Path, user: str) -> None:
    assert SingleInstance(APP_ID, tmp_path, user=user).ask("status", timeout_ms=200) is None


def test_a_profile_of_its_own_is_an_instance_of_its_own(tmp_path: Path) -> None:
    assert profile_user({}) == current_user()
    one = profile_user({"HIPCOACH_HOME": str(tmp_path / "one")})
    two = profile_user({"HIPCOACH_HOME": str(tmp_path / "two")})
    assert len({current_user(), one, two}) == 3
    assert one.startswith(current_user())
    assert server_name(APP_ID, one) != server_name(APP_ID, two)
