"""Private D-Bus buses, stand-in desktop services, and the fixtures built on them.

The fixtures are bound by name in each test module that uses them
(``private_bus = dbus_fixtures.private_bus``): a ``conftest.py`` in this folder
would clash with ``tests/conftest.py`` as mypy's module ``conftest``.

``PrivateBus.start()`` runs its own ``dbus-daemon`` with a minimal
configuration (no service activation, so nothing real is ever started) and
``stop()`` ends it by process id. ``FakeServices`` runs
``fake_dbus_services.py`` in a child process: a separate process, because
QtDBus blocking calls do not serve objects of the calling process.
"""

from __future__ import annotations

import itertools
import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication

from hipcoach.platform.qtdbus import call
from tests.platform.fake_dbus_services import CONTROL_INTERFACE, CONTROL_PATH, CONTROL_SERVICE

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

_connection_numbers = itertools.count()


def dbus_daemon_missing() -> str | None:
    """Return why a private bus cannot be started here, or None when it can."""
    if shutil.which("dbus-daemon") is None:
        return "dbus-daemon is not installed (Debian package dbus-daemon)"
    return None


def read_line(process: subprocess.Popen[str], timeout_s: float) -> str:
    """Return the next stdout line of ``process``; raise ``TimeoutError`` after ``timeout_s``."""
    assert process.stdout is not None
    deadline = time.monotonic() + timeout_s
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"no output from {process.args!r} in {timeout_s} s")
        ready, _, _ = select.select([process.stdout], [], [], remaining)
        if ready:
            line = process.stdout.readline()
            if not line:
                raise RuntimeError(f"{process.args!r} ended early (status {process.poll()})")
            return line.strip()


def start_xvfb(processes: list[subprocess.Popen[str]]) -> str:
    """Start an Xvfb on a free display, add it to ``processes``; return the display (":N")."""
    # Xvfb picks a free display itself and writes its number once it listens.
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    processes.append(xvfb)
    return ":" + read_line(xvfb, 5.0)


def stop_process(process: subprocess.Popen[str]) -> None:
    """End ``process`` (terminate, then kill) and reap it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=3)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=3)
    for stream in (process.stdout, process.stderr, process.stdin):
        if stream is not None:
            stream.close()


@dataclass
class PrivateBus:
    """A ``dbus-daemon`` of our own; ``address`` is its ``unix:path=`` address."""

    process: subprocess.Popen[str]
    address: str

    @classmethod
    def start(cls, folder: Path) -> PrivateBus:
        """Start a bus whose socket and configuration live in ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        config = folder / "bus.conf"
        config.write_text(BUS_CONFIG.format(socket=folder / "bus"), encoding="utf-8")
        process = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            address = read_line(process, 5.0)
        except BaseException:
            stop_process(process)
            raise
        return cls(process, address)

    def connect(self, prefix: str = "test") -> QDBusConnection:
        """Open a new, separately named Qt connection to this bus."""
        name = f"{prefix}-{os.getpid()}-{next(_connection_numbers)}"
        return QDBusConnection.connectToBus(self.address, name)

    def stop(self) -> None:
        """End the daemon."""
        stop_process(self.process)


def round_trip(connection: QDBusConnection) -> None:
    """Return once the bus daemon has handled everything ``connection`` sent before.

    Qt sends the ``AddMatch`` rules behind a signal subscription without
    waiting for them; a signal another connection emits before the daemon has
    handled them is never delivered. The daemon handles one connection's
    messages in order, so the reply to a blocking call means it has.
    """
    call(
        connection,
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        "GetId",
        timeout_ms=10_000,
    )


def disconnect(connection: QDBusConnection) -> None:
    """Close a connection opened with ``PrivateBus.connect``."""
    QDBusConnection.disconnectFromBus(connection.name())


@dataclass
class FakeServices:
    """The child process that serves the stand-in services on a private bus."""

    process: subprocess.Popen[str]
    bus: PrivateBus

    @classmethod
    def start(cls, bus: PrivateBus, config: dict[str, object]) -> FakeServices:
        """Start the services described by ``config`` and wait until they are on the bus."""
        script = Path(__file__).with_name("fake_dbus_services.py")
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        process = subprocess.Popen(
            [sys.executable, str(script), bus.address, json.dumps(config)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        )
        try:
            line = read_line(process, 15.0)
        except BaseException:
            stop_process(process)
            raise
        if line != "ready":
            stop_process(process)
            raise RuntimeError(f"fake services did not start: {line}")
        return cls(process, bus)

    def stop(self) -> None:
        """End the child process."""
        stop_process(self.process)


def set_fake(connection: QDBusConnection, key: str, value: object) -> None:
    """Change one value the stand-in services answer with."""
    call(
        connection,
        CONTROL_SERVICE,
        CONTROL_PATH,
        CONTROL_INTERFACE,
        "Set",
        args=[key, json.dumps(value)],
    )


def recorded_calls(connection: QDBusConnection, member: str) -> list[dict[str, object]]:
    """Return the calls of ``member`` the stand-in services received so far."""
    (text,) = call(connection, CONTROL_SERVICE, CONTROL_PATH, CONTROL_INTERFACE, "Calls")
    calls = json.loads(str(text))
    return [entry for entry in calls if entry["member"] == member]


# --- fixtures -----------------------------------------------------------------

FAKE_CONFIG: dict[str, object] = {
    "mutter_idle_ms": 12345,
    "screensaver_idle": 42,
    "notifications": "fake-notifyd",
    "logind_session": "/org/freedesktop/login1/session/c7",
}


@pytest.fixture
def private_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateBus]:
    """A fresh, empty D-Bus bus for one test."""
    missing = dbus_daemon_missing()
    if missing:
        pytest.skip(missing)
    bus = PrivateBus.start(tmp_path_factory.mktemp("bus"))
    yield bus
    bus.stop()


@pytest.fixture
def bus_connection(qapp: QApplication, private_bus: PrivateBus) -> Iterator[QDBusConnection]:
    """A Qt connection to ``private_bus``."""
    connection = private_bus.connect()
    assert connection.isConnected(), connection.lastError().message()
    yield connection
    disconnect(connection)


@pytest.fixture(scope="module")
def fake_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeServices]:
    """Stand-ins for Mutter, the screen saver, a notification server and logind."""
    missing = dbus_daemon_missing()
    if missing:
        pytest.skip(missing)
    bus = PrivateBus.start(tmp_path_factory.mktemp("fakes"))
    try:
        services = FakeServices.start(bus, FAKE_CONFIG)
    except BaseException:
        bus.stop()
        raise
    yield services
    services.stop()
    bus.stop()


@pytest.fixture
def fakes_connection(qapp: QApplication, fake_services: FakeServices) -> Iterator[QDBusConnection]:
    """A Qt connection to the bus the stand-in services are on."""
    connection = fake_services.bus.connect("fakes-client")
    assert connection.isConnected(), connection.lastError().message()
    yield connection
    set_fake(connection, "inhibited", False)
    set_fake(connection, "paused", False)
    disconnect(connection)
