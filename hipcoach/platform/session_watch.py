"""Signals for "the screen locked / unlocked" and "the machine goes to sleep / woke up".

``SessionWatcher`` listens on D-Bus to whichever of these exist:

* ``org.freedesktop.ScreenSaver.ActiveChanged(b)`` (KDE, Xfce, others),
* ``org.gnome.ScreenSaver.ActiveChanged(b)`` (GNOME),
* logind's ``org.freedesktop.login1.Session.Lock`` / ``Unlock`` for this
  session (system bus),
* logind's ``org.freedesktop.login1.Manager.PrepareForSleep(b)`` (system bus;
  True before suspend, False after resume).

Several sources often report the same event; the watcher merges them, so
``locked`` fires once when the session becomes locked and ``unlocked`` once
when it is unlocked again. A screen saver turning on counts as locked: either
way nobody is at the keyboard. Locked is not idle, and unknown is neither.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

from hipcoach.platform.qtdbus import DBusCallError, call, describe_bus_error, service_on_bus

FREEDESKTOP_SCREENSAVER = "org.freedesktop.ScreenSaver"
GNOME_SCREENSAVER = "org.gnome.ScreenSaver"
LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_SESSION = "org.freedesktop.login1.Session"


class _BusSignal(NamedTuple):
    """A D-Bus signal to subscribe to: sender, object path ("" = any), interface, member."""

    service: str
    path: str
    interface: str
    name: str


def resolve_logind_session_path(
    system_bus: QDBusConnection, environ: Mapping[str, str], timeout_ms: int = 1000
) -> str:
    """Return the logind object path of this login session.

    Asks ``Manager.GetSession`` for ``$XDG_SESSION_ID``, or for ``"auto"``
    (logind's name for the caller's own session) when that is unset. Raises
    ``DBusCallError`` when logind does not answer with a path.
    """
    session_id = environ.get("XDG_SESSION_ID") or "auto"
    (path,) = call(
        system_bus,
        LOGIND_SERVICE,
        LOGIND_PATH,
        LOGIND_MANAGER,
        "GetSession",
        args=[session_id],
        timeout_ms=timeout_ms,
    )
    if isinstance(path, QDBusObjectPath):
        return path.path()
    raise DBusCallError("UnexpectedReply", f"GetSession answered {path!r}")


class SessionWatcher(QObject):
    """Turns the desktop's lock and sleep signals into four Qt signals.

    ``locked`` fires when the session becomes locked (or its screen saver
    starts), ``unlocked`` when it is unlocked again; each fires once per
    change however many sources report it. ``sleeping`` fires when the
    machine is about to suspend, ``resumed`` when it has woken up.

    Sources that are missing are skipped; ``sources`` lists the ones in use
    and ``reasons`` says why each other one is not. A screen-saver service that
    is not on the bus yet is still listened to, in case it starts later.
    """

    locked = Signal()
    unlocked = Signal()
    sleeping = Signal()
    resumed = Signal()

    def __init__(
        self,
        session_bus: QDBusConnection,
        system_bus: QDBusConnection,
        *,
        logind_session_path: str | None = None,
        environ: Mapping[str, str] = os.environ,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session_bus = session_bus
        self._system_bus = system_bus
        self._is_locked = False
        self._is_sleeping = False
        self._sources: list[str] = []
        self._reasons: list[str] = []
        self._connections: list[tuple[QDBusConnection, _BusSignal, str]] = []
        self._watch_screensavers()
        self._watch_logind(logind_session_path, environ)

    @property
    def sources(self) -> tuple[str, ...]:
        """The signal sources in use, e.g. ``"org.gnome.ScreenSaver.ActiveChanged"``."""
        return tuple(self._sources)

    @property
    def reasons(self) -> tuple[str, ...]:
        """One line per source not in use, saying why."""
        return tuple(self._reasons)

    @property
    def is_locked(self) -> bool:
        """Whether the last lock signal said locked (False until one arrives)."""
        return self._is_locked

    @property
    def is_sleeping(self) -> bool:
        """Whether the machine announced a suspend and has not resumed since."""
        return self._is_sleeping

    def close(self) -> None:
        """Stop listening to every source (safe to call twice)."""
        for bus, signal, slot in self._connections:
            bus.disconnect(*signal, self, slot)  # type: ignore[call-overload]
        self._connections.clear()

    # --- wiring ---------------------------------------------------------------

    def _watch_screensavers(self) -> None:
        if not self._session_bus.isConnected():
            self._reasons.append(
                "screen savers: " + describe_bus_error(self._session_bus, "D-Bus session bus")
            )
            return
        for service, path in (
            (FREEDESKTOP_SCREENSAVER, ""),
            (GNOME_SCREENSAVER, "/org/gnome/ScreenSaver"),
        ):
            label = f"{service}.ActiveChanged"
            signal = _BusSignal(service, path, service, "ActiveChanged")
            if not self._connect(self._session_bus, signal, "_on_screensaver_active(bool)"):
                self._reasons.append(f"{label}: could not subscribe")
            elif service_on_bus(self._session_bus, service):
                self._sources.append(label)
            else:
                self._reasons.append(f"{label}: {service} is not on the session bus")

    def _watch_logind(self, session_path: str | None, environ: Mapping[str, str]) -> None:
        bus = self._system_bus
        if not bus.isConnected():
            self._reasons.append("logind: " + describe_bus_error(bus, "D-Bus system bus"))
            return
        if not service_on_bus(bus, LOGIND_SERVICE):
            self._reasons.append(f"logind: {LOGIND_SERVICE} is not on the system bus")
            return
        sleep_signal = _BusSignal(LOGIND_SERVICE, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep")
        if self._connect(bus, sleep_signal, "_on_prepare_for_sleep(bool)"):
            self._sources.append(f"{LOGIND_MANAGER}.PrepareForSleep")
        else:
            self._reasons.append(f"{LOGIND_MANAGER}.PrepareForSleep: could not subscribe")
        if session_path is None:
            try:
                session_path = resolve_logind_session_path(bus, environ)
            except DBusCallError as error:
                self._reasons.append(f"{LOGIND_SESSION}.Lock/Unlock: no session found ({error})")
                return
        subscribed = [
            self._connect(
                bus, _BusSignal(LOGIND_SERVICE, session_path, LOGIND_SESSION, member), slot
            )
            for member, slot in (("Lock", "_on_session_lock()"), ("Unlock", "_on_session_unlock()"))
        ]
        if all(subscribed):
            self._sources.append(f"{LOGIND_SESSION}.Lock/Unlock ({session_path})")
        else:
            self._reasons.append(f"{LOGIND_SESSION}.Lock/Unlock: could not subscribe")

    def _connect(self, bus: QDBusConnection, signal: _BusSignal, slot_signature: str) -> bool:
        slot = SLOT(slot_signature)
        # PySide6 6.11 takes the slot as str at run time; its stubs say bytes.
        if not bus.connect(*signal, self, slot):  # type: ignore[call-overload]
            return False
        self._connections.append((bus, signal, slot))
        return True

    # --- slots (D-Bus signals arrive here) --------------------------------------

    @Slot(bool)
    def _on_screensaver_active(self, active: bool) -> None:
        self._set_locked(bool(active))

    @Slot()
    def _on_session_lock(self) -> None:
        self._set_locked(True)

    @Slot()
    def _on_session_unlock(self) -> None:
        self._set_locked(False)

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        going_to_sleep = bool(going_to_sleep)
        if going_to_sleep == self._is_sleeping:
            return
        self._is_sleeping = going_to_sleep
        if going_to_sleep:
            self.sleeping.emit()
        else:
            self.resumed.emit()

    def _set_locked(self, now_locked: bool) -> None:
        if now_locked == self._is_locked:
            return
        self._is_locked = now_locked
        if now_locked:
            self.locked.emit()
        else:
            self.unlocked.emit()


def create_session_watcher(
    session_bus: QDBusConnection | None = None,
    system_bus: QDBusConnection | None = None,
    environ: Mapping[str, str] = os.environ,
    parent: QObject | None = None,
) -> SessionWatcher:
    """Return a watcher on the given buses (default: Qt's session and system buses)."""
    return SessionWatcher(
        session_bus if session_bus is not None else QDBusConnection.sessionBus(),
        system_bus if system_bus is not None else QDBusConnection.systemBus(),
        environ=environ,
        parent=parent,
    )
