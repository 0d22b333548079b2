"""Lock and sleep signals: real D-Bus signals emitted on a private bus, and the merging."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipcoach.platform.qtdbus import DBusCallError
from hipcoach.platform.session_watch import (
    FREEDESKTOP_SCREENSAVER,
    GNOME_SCREENSAVER,
    LOGIND_MANAGER,
    LOGIND_PATH,
    LOGIND_SERVICE,
    LOGIND_SESSION,
    SessionWatcher,
    resolve_logind_session_path,
)
from tests.platform import dbus_fixtures
from tests.platform.dbus_fixtures import FakeServices, PrivateBus, disconnect, round_trip

# Fixtures shared through dbus_fixtures (see there why not a conftest.py).
private_bus = dbus_fixtures.private_bus
bus_connection = dbus_fixtures.bus_connection
fake_services = dbus_fixtures.fake_services
fakes_connection = dbus_fixtures.fakes_connection


OUR_SESSION = "/org/freedesktop/login1/session/_32"
OTHER_SESSION = "/org/freedesktop/login1/session/_33"
TIMEOUT_MS = 10_000  # generous: a loaded CI machine can be slow to deliver
BARRIER_PATH = "/io/github/hipcoach/Barrier"
BARRIER_INTERFACE = "io.github.hipcoach.Barrier"


@dataclass
class Counts:
    """How often each watcher signal fired."""

    fired: list[str] = field(default_factory=list)

    def attach(self, watcher: SessionWatcher) -> None:
        for name in ("locked", "unlocked", "sleeping", "resumed"):
            getattr(watcher, name).connect(lambda name=name: self.fired.append(name))


@pytest.fixture
def emitter(private_bus: PrivateBus, bus_connection: QDBusConnection) -> Iterator[QDBusConnection]:
    """A second connection that owns the service names and emits their signals."""
    connection = private_bus.connect("emitter")
    for service in (FREEDESKTOP_SCREENSAVER, GNOME_SCREENSAVER, LOGIND_SERVICE):
        assert connection.registerService(service)
    yield connection
    disconnect(connection)


@pytest.fixture
def watcher(emitter: QDBusConnection, bus_connection: QDBusConnection) -> Iterator[SessionWatcher]:
    # One private bus stands in for both the session and the system bus.
    made = SessionWatcher(bus_connection, bus_connection, logind_session_path=OUR_SESSION)
    round_trip(bus_connection)
    yield made
    made.close()


class _BarrierReceiver(QObject):
    passed = Signal()

    @Slot()
    def on_barrier(self) -> None:
        self.passed.emit()


def barrier(qtbot: QtBot, listener: QDBusConnection, sender: QDBusConnection) -> None:
    """Return once a neutral signal from ``sender`` reached ``listener``.

    D-Bus keeps the order of messages from one sender to one receiver, so every
    signal ``sender`` emitted before has been handled by then.
    """
    receiver = _BarrierReceiver()
    signal = ("", BARRIER_PATH, BARRIER_INTERFACE, "Barrier")
    slot = SLOT("on_barrier()")  # PySide6 takes str at run time; its stubs say bytes
    assert listener.connect(*signal, receiver, slot)  # type: ignore[call-overload]
    round_trip(listener)
    try:
        with qtbot.waitSignal(receiver.passed, timeout=TIMEOUT_MS):
            emit(sender, BARRIER_PATH, BARRIER_INTERFACE, "Barrier")
    finally:
        listener.disconnect(*signal, receiver, slot)  # type: ignore[call-overload]


def emit(connection: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    if args:
        message.setArguments(list(args))
    assert connection.send(message)


def test_every_source_is_in_use_when_its_service_is_there(watcher: SessionWatcher) -> None:
    assert watcher.sources == (
        f"{FREEDESKTOP_SCREENSAVER}.ActiveChanged",
        f"{GNOME_SCREENSAVER}.ActiveChanged",
        f"{LOGIND_MANAGER}.PrepareForSleep",
        f"{LOGIND_SESSION}.Lock/Unlock ({OUR_SESSION})",
    )
    assert watcher.reasons == ()


def test_gnome_screensaver_locks_and_unlocks(
    qtbot: QtBot, watcher: SessionWatcher, emitter: QDBusConnection
) -> None:
    with qtbot.waitSignal(watcher.locked, timeout=TIMEOUT_MS):
        emit(emitter, "/org/gnome/ScreenSaver", GNOME_SCREENSAVER, "ActiveChanged", True)
    assert watcher.is_locked
    with qtbot.waitSignal(watcher.unlocked, timeout=TIMEOUT_MS):
        emit(emitter, "/org/gnome/ScreenSaver", GNOME_SCREENSAVER, "ActiveChanged", False)
    assert not watcher.is_locked


def test_freedesktop_screensaver_on_either_path_locks(
    qtbot: QtBot, watcher: SessionWatcher, emitter: QDBusConnection
) -> None:
    with qtbot.waitSignal(watcher.locked, timeout=TIMEOUT_MS):
        emit(emitter, "/ScreenSaver", FREEDESKTOP_SCREENSAVER, "ActiveChanged", True)
    with qtbot.waitSignal(watcher.unlocked, timeout=TIMEOUT_MS):
        emit(
            emitter, "/org/freedesktop/ScreenSaver", FREEDESKTOP_SCREENSAVER, "ActiveChanged", False
        )


def test_several_sources_reporting_one_lock_fire_once(
    qtbot: QtBot, watcher: SessionWatcher, emitter: QDBusConnection
) -> None:
    counts = Counts()
    counts.attach(watcher)
    emit(emitter, "/org/gnome/ScreenSaver", GNOME_SCREENSAVER, "ActiveChanged", True)
    emit(emitter, "/org/freedesktop/ScreenSaver", FREEDESKTOP_SCREENSAVER, "ActiveChanged", True)
    emit(emitter, OUR_SESSION, LOGIND_SESSION, "Lock")
    emit(emitter, OUR_SESSION, LOGIND_SESSION, "Unlock")
    # Signals from one sender arrive in order, so "unlocked" comes after every lock.
    with qtbot.waitSignal(watcher.unlocked, timeout=TIMEOUT_MS):
        emit(emitter, "/org/gnome/ScreenSaver", GNOME_SCREENSAVER, "ActiveChanged", False)
    assert counts.fired == ["locked", "unlocked"]


def test_logind_lock_of_another_session_is_ignored(
    qtbot: QtBot,
    watcher: SessionWatcher,
    emitter: QDBusConnection,
    bus_connection: QDBusConnection,
) -> None:
    counts = Counts()
    counts.attach(watcher)
    emit(emitter, OTHER_SESSION, LOGIND_SESSION, "Lock")
    barrier(qtbot, bus_connection, emitter)
    assert counts.fired == []
    with qtbot.waitSignal(watcher.locked, timeout=TIMEOUT_MS):
        emit(emitter, OUR_SESSION, LOGIND_SESSION, "Lock")
    emit(emitter, OTHER_SESSION, LOGIND_SESSION, "Unlock")
    barrier(qtbot, bus_connection, emitter)
    assert counts.fired == ["locked"]
    assert watcher.is_locked


def test_signals_from_a_sender_without_the_service_name_are_ignored(
    qtbot: QtBot,
    private_bus: PrivateBus,
    watcher: SessionWatcher,
    bus_connection: QDBusConnection,
) -> None:
    counts = Counts()
    counts.attach(watcher)
    impostor = private_bus.connect("impostor")
    try:
        emit(impostor, "/org/gnome/ScreenSaver", GNOME_SCREENSAVER, "ActiveChanged", True)
        emit(impostor, "/ScreenSaver", FREEDESKTOP_SCREENSAVER, "ActiveChanged", True)
        emit(impostor, OUR_SESSION, LOGIND_SESSION, "Lock")
        emit(impostor, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", True)
        barrier(qtbot, bus_connection, impostor)
    finally:
        disconnect(impostor)
    assert counts.fired == []


def test_prepare_for_sleep_reports_sleeping_then_resumed(
    qtbot: QtBot, watcher: SessionWatcher, emitter: QDBusConnection
) -> None:
    with qtbot.waitSignal(watcher.sleeping, timeout=TIMEOUT_MS):
        emit(emitter, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", True)
    assert watcher.is_sleeping
    with qtbot.waitSignal(watcher.resumed, timeout=TIMEOUT_MS):
        emit(emitter, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", False)
    assert not watcher.is_sleeping


def test_close_stops_listening(
    qtbot: QtBot, watcher: SessionWatcher, emitter: QDBusConnection, bus_connection: QDBusConnection
) -> None:
    counts = Counts()
    counts.attach(watcher)
    watcher.close()
    watcher.close()
    emit(emitter, "/org/gnome/ScreenSaver", GNOME_SCREENSAVER, "ActiveChanged", True)
    # A fresh watcher on the same bus proves the signal was delivered meanwhile.
    second = SessionWatcher(bus_connection, bus_connection, logind_session_path=OUR_SESSION)
    round_trip(bus_connection)
    try:
        with qtbot.waitSignal(second.locked, timeout=TIMEOUT_MS):
            emit(emitter, "/org/gnome/ScreenSaver", GNOME_SCREENSAVER, "ActiveChanged", True)
    finally:
        second.close()
    assert counts.fired == []


def test_missing_services_are_listed_with_reasons(bus_connection: QDBusConnection) -> None:
    watcher = SessionWatcher(bus_connection, bus_connection, logind_session_path=OUR_SESSION)
    try:
        assert watcher.sources == ()
        assert watcher.reasons == (
            f"{FREEDESKTOP_SCREENSAVER}.ActiveChanged: {FREEDESKTOP_SCREENSAVER} is not on the"
            " session bus",
            f"{GNOME_SCREENSAVER}.ActiveChanged: {GNOME_SCREENSAVER} is not on the session bus",
            f"logind: {LOGIND_SERVICE} is not on the system bus",
        )
    finally:
        watcher.close()


def test_a_screensaver_that_starts_later_is_still_heard(
    qtbot: QtBot, private_bus: PrivateBus, bus_connection: QDBusConnection
) -> None:
    watcher = SessionWatcher(bus_connection, bus_connection, logind_session_path=OUR_SESSION)
    round_trip(bus_connection)
    late = private_bus.connect("late-screensaver")
    try:
        assert late.registerService(GNOME_SCREENSAVER)
        with qtbot.waitSignal(watcher.locked, timeout=TIMEOUT_MS):
            emit(late, "/org/gnome/ScreenSaver", GNOME_SCREENSAVER, "ActiveChanged", True)
    finally:
        watcher.close()
        disconnect(late)


def test_disconnected_buses_give_reasons_not_errors(qtbot: QtBot) -> None:
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "watch-dead-bus")
    try:
        watcher = SessionWatcher(dead, dead)
        assert watcher.sources == ()
        assert len(watcher.reasons) == 2
        assert watcher.reasons[0].startswith("screen savers: no D-Bus session bus")
        assert watcher.reasons[1].startswith("logind: no D-Bus system bus")
        watcher.close()
    finally:
        disconnect(dead)


def test_the_logind_session_is_found_through_get_session(
    fake_services: FakeServices, fakes_connection: QDBusConnection
) -> None:
    expected = "/org/freedesktop/login1/session/c7"
    assert resolve_logind_session_path(fakes_connection, {"XDG_SESSION_ID": "c7"}) == expected
    assert resolve_logind_session_path(fakes_connection, {}) == expected  # asks for "auto"
    with pytest.raises(DBusCallError, match="NoSuchSession"):
        resolve_logind_session_path(fakes_connection, {"XDG_SESSION_ID": "99"})
    watcher = SessionWatcher(fakes_connection, fakes_connection, environ={"XDG_SESSION_ID": "c7"})
    try:
        assert f"{LOGIND_SESSION}.Lock/Unlock ({expected})" in watcher.sources
    finally:
        watcher.close()
    lost = SessionWatcher(fakes_connection, fakes_connection, environ={"XDG_SESSION_ID": "99"})
    try:
        assert any("no session found" in reason for reason in lost.reasons)
        assert f"{LOGIND_MANAGER}.PrepareForSleep" in lost.sources
    finally:
        lost.close()


def test_the_merging_logic_directly(qapp: QApplication) -> None:
    """The slots alone: runs even where no dbus-daemon can be started."""
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "watch-logic-bus")
    try:
        watcher = SessionWatcher(dead, dead, logind_session_path=OUR_SESSION)
        counts = Counts()
        counts.attach(watcher)
        watcher._on_screensaver_active(True)
        watcher._on_session_lock()
        watcher._on_session_unlock()
        watcher._on_screensaver_active(False)
        watcher._on_prepare_for_sleep(False)  # a resume without a suspend: nothing to report
        watcher._on_prepare_for_sleep(True)
        watcher._on_prepare_for_sleep(True)
        watcher._on_prepare_for_sleep(False)
        watcher.close()
    finally:
        disconnect(dead)
    assert counts.fired == ["locked", "unlocked", "sleeping", "resumed"]
