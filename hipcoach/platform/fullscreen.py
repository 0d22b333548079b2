"""Reasons to hold a break reminder back for now: a full-screen app, or do-not-disturb.

A ``DeferCheck`` answers ``reason()`` with a short name (``"fullscreen"``,
``"do-not-disturb"``: the scheduler's ``Hold`` values, which ``hipcoach
status`` reports) when a reminder should wait, or None when nothing speaks
against it. Checks are cheap enough to run before each
reminder, never raise, and answer None when they cannot tell.

Sources: the X11 active window's ``_NET_WM_STATE_FULLSCREEN`` (through
Xlib, not under Wayland), the ``Inhibited`` property of
``org.freedesktop.Notifications`` (KDE's do-not-disturb), dunst's ``paused``
property, and GNOME's ``show-banners`` setting (through ``gsettings``, only
in a GNOME session where that tool exists).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from PySide6.QtDBus import QDBusConnection

from hipcoach.platform.desktop_env import is_gnome, is_wayland_session
from hipcoach.platform.qtdbus import DBusCallError, get_property, service_on_bus
from hipcoach.platform.xlib import XA_ATOM, XA_WINDOW, XDisplay, XlibUnavailableError

FULL_SCREEN = "fullscreen"
DO_NOT_DISTURB = "do-not-disturb"

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
DUNST_INTERFACE = "org.dunstproject.cmd0"

#: Runs a command and returns its standard output, or None when it failed.
CommandRunner = Callable[[Sequence[str]], str | None]


class DeferCheck(Protocol):
    """Says whether a reminder should wait, and why."""

    @property
    def sources(self) -> tuple[str, ...]:
        """What the check looks at, for a diagnostics view."""
        ...

    @property
    def skipped(self) -> tuple[str, ...]:
        """Sources that are not looked at here, each with the reason."""
        ...

    def reason(self) -> str | None:
        """Return why a reminder should wait now, or None (never raises)."""
        ...

    def close(self) -> None:
        """Release what the check holds open; safe to call twice."""
        ...


class NullDeferCheck:
    """Never defers: for places with nothing to look at."""

    def __init__(self, why: str = "no full-screen or do-not-disturb source here") -> None:
        self._why = why

    @property
    def sources(self) -> tuple[str, ...]:
        """None."""
        return ()

    @property
    def skipped(self) -> tuple[str, ...]:
        """Why nothing is checked."""
        return (self._why,)

    def reason(self) -> str | None:
        """Always None."""
        return None

    def close(self) -> None:
        """Nothing to release."""


class X11FullscreenCheck:
    """``"fullscreen"`` while the X11 active window is in full-screen state.

    Reads the window manager's ``_NET_ACTIVE_WINDOW`` on the root window and
    that window's ``_NET_WM_STATE``. Owns its X connection.
    """

    def __init__(self, display: XDisplay) -> None:
        self._display = display
        self._active_window = display.intern_atom("_NET_ACTIVE_WINDOW")
        self._wm_state = display.intern_atom("_NET_WM_STATE")
        self._fullscreen = display.intern_atom("_NET_WM_STATE_FULLSCREEN")

    @property
    def sources(self) -> tuple[str, ...]:
        """The X display looked at."""
        return (f"X11 active window on {self._display.name} (_NET_WM_STATE_FULLSCREEN)",)

    @property
    def skipped(self) -> tuple[str, ...]:
        """Nothing."""
        return ()

    def reason(self) -> str | None:
        """Return ``FULL_SCREEN`` when the active window is full screen, else None."""
        if self._display.closed:
            return None
        active = self._display.cardinal_property(self._display.root, self._active_window, XA_WINDOW)
        if not active or not active[0]:
            return None
        states = self._display.cardinal_property(active[0], self._wm_state, XA_ATOM)
        return FULL_SCREEN if states and self._fullscreen in states else None

    def close(self) -> None:
        """Close the X connection."""
        self._display.close()


class BusPropertyCheck:
    """``"do-not-disturb"`` while a boolean D-Bus property is True.

    Used for KDE's ``org.freedesktop.Notifications.Inhibited`` and dunst's
    ``org.dunstproject.cmd0.paused``. A failed read answers None.
    """

    def __init__(
        self,
        bus: QDBusConnection,
        interface: str,
        name: str,
        *,
        service: str = NOTIFICATIONS_SERVICE,
        path: str = NOTIFICATIONS_PATH,
        timeout_ms: int = 300,
    ) -> None:
        self._bus = bus
        self._service = service
        self._path = path
        self._interface = interface
        self._name = name
        self._timeout_ms = timeout_ms

    @property
    def sources(self) -> tuple[str, ...]:
        """The property looked at."""
        return (f"{self._interface}.{self._name} on {self._service}",)

    @property
    def skipped(self) -> tuple[str, ...]:
        """Nothing."""
        return ()

    def readable(self) -> bool:
        """Return True when the property exists and can be read now."""
        try:
            self._read()
        except DBusCallError:
            return False
        return True

    def reason(self) -> str | None:
        """Return ``DO_NOT_DISTURB`` when the property is True, else None."""
        try:
            value = self._read()
        except DBusCallError:
            return None
        return DO_NOT_DISTURB if value is True else None

    def _read(self) -> object:
        return get_property(
            self._bus,
            self._service,
            self._path,
            self._interface,
            self._name,
            timeout_ms=self._timeout_ms,
        )

    def close(self) -> None:
        """Nothing to release."""


class GnomeBannersCheck:
    """``"do-not-disturb"`` while GNOME's ``show-banners`` setting is false."""

    COMMAND = ("gsettings", "get", "org.gnome.desktop.notifications", "show-banners")

    def __init__(self, run: CommandRunner) -> None:
        self._run = run

    @property
    def sources(self) -> tuple[str, ...]:
        """The setting looked at."""
        return ("GNOME org.gnome.desktop.notifications show-banners",)

    @property
    def skipped(self) -> tuple[str, ...]:
        """Nothing."""
        return ()

    def reason(self) -> str | None:
        """Return ``DO_NOT_DISTURB`` when banners are off, else None."""
        output = self._run(self.COMMAND)
        return DO_NOT_DISTURB if output is not None and output.strip() == "false" else None

    def close(self) -> None:
        """Nothing to release."""


def run_command(command: Sequence[str], timeout_s: float = 1.0) -> str | None:
    """Run ``command`` and return its output, or None when it fails or takes too long."""
    try:
        result = subprocess.run(
            list(command), capture_output=True, text=True, timeout=timeout_s, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


class CombinedDeferCheck:
    """Asks several checks in order; the first reason wins."""

    def __init__(self, checks: Sequence[DeferCheck], skipped: Sequence[str] = ()) -> None:
        self._checks = tuple(checks)
        self._skipped = tuple(skipped)

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source of every check."""
        return tuple(source for check in self._checks for source in check.sources)

    @property
    def skipped(self) -> tuple[str, ...]:
        """Sources left out when the checks were chosen, and those the checks skip."""
        return self._skipped + tuple(item for check in self._checks for item in check.skipped)

    def reason(self) -> str | None:
        """Return the first check's reason that is not None."""
        for check in self._checks:
            found = check.reason()
            if found is not None:
                return found
        return None

    def close(self) -> None:
        """Close every check."""
        for check in self._checks:
            check.close()


def create_defer_check(
    session_bus: QDBusConnection | None = None,
    environ: Mapping[str, str] = os.environ,
    *,
    run: CommandRunner = run_command,
    which: Callable[[str], str | None] = shutil.which,
) -> DeferCheck:
    """Return a check over every full-screen and do-not-disturb source found here."""
    checks: list[DeferCheck] = []
    skipped: list[str] = []
    _add_x11_check(environ, checks, skipped)
    bus = session_bus if session_bus is not None else QDBusConnection.sessionBus()
    _add_notification_server_checks(bus, checks, skipped)
    if not is_gnome(environ):
        skipped.append("GNOME show-banners: not a GNOME session")
    elif which("gsettings") is None:
        skipped.append("GNOME show-banners: gsettings is not installed")
    else:
        checks.append(GnomeBannersCheck(run))
    if not checks:
        return NullDeferCheck("; ".join(skipped))
    return CombinedDeferCheck(checks, skipped)


def _add_x11_check(
    environ: Mapping[str, str], checks: list[DeferCheck], skipped: list[str]
) -> None:
    if is_wayland_session(environ):
        skipped.append("full-screen: X11 windows are not looked at in a Wayland session")
    elif not environ.get("DISPLAY"):
        skipped.append("full-screen: no X display ($DISPLAY is not set)")
    else:
        try:
            checks.append(X11FullscreenCheck(XDisplay.open(environ["DISPLAY"])))
        except XlibUnavailableError as error:
            skipped.append(f"full-screen: {error}")


def _add_notification_server_checks(
    bus: QDBusConnection, checks: list[DeferCheck], skipped: list[str]
) -> None:
    if not (bus.isConnected() and service_on_bus(bus, NOTIFICATIONS_SERVICE)):
        skipped.append(f"do not disturb: {NOTIFICATIONS_SERVICE} is not on the session bus")
        return
    for interface, name in ((NOTIFICATIONS_SERVICE, "Inhibited"), (DUNST_INTERFACE, "paused")):
        check = BusPropertyCheck(bus, interface, name)
        if check.readable():
            checks.append(check)
        else:
            skipped.append(f"do not disturb: the notification server has no {interface}.{name}")
