"""The platform layer on a real X desktop: Xvfb, a private session bus and dunst.

Evidence that the pieces work against real programs, not only stand-ins:
the X11 idle time moves with real (XTEST) input, dunst accepts and replaces
our notifications, the full-screen check reads real window properties, and
dunst's pause switch reads as do-not-disturb. Skipped when the programs are
missing (Debian: xvfb xdotool dunst dbus-daemon x11-utils libxss1).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipcoach.platform.fullscreen import (
    DO_NOT_DISTURB,
    FULL_SCREEN,
    X11FullscreenCheck,
    create_defer_check,
)
from hipcoach.platform.idle import X11IdleMonitor, create_idle_monitor
from hipcoach.platform.notifier import MESSAGE_BUS, FreedesktopNotifier, call, create_notifier
from hipcoach.platform.xlib import XA_ATOM, XA_WINDOW, XDisplay
from tests.platform.dbus_fixtures import (
    PrivateBus,
    disconnect,
    start_xvfb,
    stop_process,
)

pytestmark = [pytest.mark.desktop]

PROGRAMS = {
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "dunst": "dunst",
    "dunstctl": "dunst",
    "xdpyinfo": "x11-utils",
    "dbus-daemon": "dbus-daemon",
    "trayer": "trayer",
}
DUNST_CONFIG = """[global]
    font = Monospace 8
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
"""


def missing_pieces() -> str | None:
    """Return what this machine lacks for the desktop tests, naming the Debian packages."""
    missing = {package for program, package in PROGRAMS.items() if not shutil.which(program)}
    if ctypes.util.find_library("Xss") is None:
        missing.add("libxss1")
    if missing:
        return "real-desktop test needs the Debian packages: " + " ".join(sorted(missing))
    return None


@dataclass
class Desktop:
    """A running Xvfb + session bus + dunst, and the environment that points at them."""

    display: str
    bus: PrivateBus
    environ: dict[str, str]

    def run(self, *command: str) -> str:
        """Run a desktop tool (xdotool, dunstctl) against this desktop; return its output."""
        result = subprocess.run(
            command, capture_output=True, text=True, env=self.environ, timeout=5, check=True
        )
        return result.stdout


def wait_for(condition: object, what: str, timeout_s: float = 5.0) -> None:
    """Poll ``condition()`` every 50 ms until it is true; fail after ``timeout_s``."""
    assert callable(condition)
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not happen within {timeout_s} s")
        time.sleep(0.05)


def _x_ready(environ: dict[str, str]) -> bool:
    probe = subprocess.run(["xdpyinfo"], capture_output=True, env=environ, check=False)
    return probe.returncode == 0


def _notifications_owned(address: str) -> bool:
    (owned,) = call(
        address, MESSAGE_BUS, "NameHasOwner", "s", ["org.freedesktop.Notifications"], timeout_s=1.0
    )
    return bool(owned)


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    missing = missing_pieces()
    if missing:
        pytest.skip(missing)
    folder = tmp_path_factory.mktemp("desktop")
    processes: list[subprocess.Popen[str]] = []
    bus: PrivateBus | None = None
    try:
        display = start_xvfb(processes)
        environ = {**os.environ, "DISPLAY": display}
        environ.pop("WAYLAND_DISPLAY", None)
        wait_for(lambda: _x_ready(environ), f"Xvfb on {display} answering xdpyinfo")
        bus = PrivateBus.start(folder / "bus")
        environ["DBUS_SESSION_BUS_ADDRESS"] = bus.address
        (folder / "dunstrc").write_text(DUNST_CONFIG, encoding="utf-8")
        dunst = subprocess.Popen(
            ["dunst", "-config", str(folder / "dunstrc")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
            env=environ,
        )
        processes.append(dunst)
        trayer = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
            env=environ,
        )
        processes.append(trayer)
        address = bus.address
        wait_for(
            lambda: _notifications_owned(address), "dunst owning org.freedesktop.Notifications"
        )
        yield Desktop(display, bus, environ)
    finally:
        for process in reversed(processes):
            stop_process(process)
        if bus is not None:
            bus.stop()


@pytest.fixture
def session_bus(qapp: QApplication, desktop: Desktop) -> Iterator[QDBusConnection]:
    connection = desktop.bus.connect("desktop")
    assert connection.isConnected()
    yield connection
    disconnect(connection)


# --- (a) idle time ------------------------------------------------------------


def test_x11_idle_time_grows_when_untouched_and_resets_on_input(
    qtbot: QtBot, desktop: Desktop, session_bus: QDBusConnection
) -> None:
    # The private bus has no Mutter or screen saver, so X11 is the first that works.
    monitor = create_idle_monitor(session_bus, {"DISPLAY": desktop.display})
    assert isinstance(monitor, X11IdleMonitor), monitor.reason
    try:
        desktop.run("xdotool", "mousemove", "10", "10")
        start = monitor.idle_seconds()
        assert start is not None
        assert start < 1.0
        qtbot.waitUntil(lambda: (monitor.idle_seconds() or 0.0) >= 1.0, timeout=2500)
        desktop.run("xdotool", "mousemove", "200", "150")
        after_move = monitor.idle_seconds()
        assert after_move is not None
        assert after_move < 1.0
        qtbot.waitUntil(lambda: (monitor.idle_seconds() or 0.0) >= 0.4, timeout=1500)
        desktop.run("xdotool", "key", "shift")
        after_key = monitor.idle_seconds()
        assert after_key is not None
        assert after_key < 0.4
    finally:
        monitor.close()
    assert monitor.idle_seconds() is None  # closed: unknown, never a stale number


# --- (b), (c) notifications ---------------------------------------------------


def _history_summaries(desktop: Desktop) -> list[str]:
    history = json.loads(desktop.run("dunstctl", "history"))
    return [entry["summary"]["data"] for group in history["data"] for entry in group]


def _displayed(desktop: Desktop) -> int:
    return int(desktop.run("dunstctl", "count", "displayed"))


def test_dunst_shows_replaces_and_closes_our_notification(
    desktop: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus.address)
    desktop.run("dunstctl", "close-all")
    notifier = create_notifier()
    assert isinstance(notifier, FreedesktopNotifier), notifier.reason
    assert notifier.name.startswith("org.freedesktop.Notifications on the session bus (dunst")

    first_title = "Time to stand — 1"
    assert notifier.notify(first_title, "A 20 s standing hip-flexor stretch"), notifier.reason
    wait_for(lambda: _displayed(desktop) == 1, "the notification being displayed", 3.0)
    first_id = notifier.last_id

    second_title = "Time to stand — \"hip\" 'flexor' <2> & more"
    assert notifier.notify(second_title, "10 standing glute squeezes"), notifier.reason
    assert notifier.last_id == first_id  # dunst kept the id: it replaced, not added
    assert _displayed(desktop) == 1
    assert int(desktop.run("dunstctl", "count", "waiting")) == 0

    notifier.close()
    wait_for(lambda: _displayed(desktop) == 0, "the notification closing", 3.0)
    summaries = _history_summaries(desktop)
    assert second_title in summaries  # exactly as sent: quotes, dash, markup characters
    assert first_title not in summaries  # replaced, so never closed on its own


# --- full screen and do-not-disturb -------------------------------------------


class _XWindows:
    """Creates windows and sets EWMH properties as a window manager would."""

    def __init__(self, display: XDisplay) -> None:
        self.display = display
        lib = display.lib
        lib.XCreateSimpleWindow.argtypes = [
            ctypes.c_void_p,  # Display*
            ctypes.c_ulong,  # parent
            ctypes.c_int,  # x
            ctypes.c_int,  # y
            ctypes.c_uint,  # width
            ctypes.c_uint,  # height
            ctypes.c_uint,  # border width
            ctypes.c_ulong,  # border pixel
            ctypes.c_ulong,  # background pixel
        ]
        lib.XCreateSimpleWindow.restype = ctypes.c_ulong
        lib.XChangeProperty.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_void_p,
            ctypes.c_int,
        ]
        lib.XDestroyWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        lib.XFlush.argtypes = [ctypes.c_void_p]

    def create(self) -> int:
        window = self.display.lib.XCreateSimpleWindow(
            self.display.handle, self.display.root, 0, 0, 100, 100, 0, 0, 0
        )
        return int(window)

    def set_list(self, window: int, name: str, kind: int, values: list[int]) -> None:
        data = (ctypes.c_ulong * max(len(values), 1))(*values)
        self.display.lib.XChangeProperty(
            self.display.handle,
            window,
            self.display.intern_atom(name),
            kind,
            32,
            0,  # PropModeReplace
            ctypes.cast(data, ctypes.c_void_p),
            len(values),
        )
        self.display.lib.XFlush(self.display.handle)

    def destroy(self, window: int) -> None:
        self.display.lib.XDestroyWindow(self.display.handle, window)
        self.display.lib.XFlush(self.display.handle)


def test_a_full_screen_active_window_defers_and_a_vanished_one_does_not_crash(
    desktop: Desktop,
) -> None:
    check = X11FullscreenCheck(XDisplay.open(desktop.display))
    helper_display = XDisplay.open(desktop.display)
    windows = _XWindows(helper_display)
    try:
        assert check.reason() is None  # no window manager yet: no active window
        window = windows.create()
        fullscreen = helper_display.intern_atom("_NET_WM_STATE_FULLSCREEN")
        above = helper_display.intern_atom("_NET_WM_STATE_ABOVE")
        windows.set_list(helper_display.root, "_NET_ACTIVE_WINDOW", XA_WINDOW, [window])
        windows.set_list(window, "_NET_WM_STATE", XA_ATOM, [above])
        assert check.reason() is None
        windows.set_list(window, "_NET_WM_STATE", XA_ATOM, [above, fullscreen])
        assert check.reason() == FULL_SCREEN
        windows.destroy(window)  # the active-window property now names a dead window
        assert check.reason() is None
        assert check.reason() is None  # and the X error did not end the process
    finally:
        helper_display.close()
        check.close()
    assert check.reason() is None  # closed: no answer, no crash


def test_dunst_paused_counts_as_do_not_disturb(
    desktop: Desktop, session_bus: QDBusConnection
) -> None:
    check = create_defer_check(session_bus, {"DISPLAY": desktop.display})
    try:
        assert "org.dunstproject.cmd0.paused on org.freedesktop.Notifications" in check.sources
        assert any(source.startswith("X11 active window") for source in check.sources)
        assert check.reason() is None
        desktop.run("dunstctl", "set-paused", "true")
        assert check.reason() == DO_NOT_DISTURB
        desktop.run("dunstctl", "set-paused", "false")
        assert check.reason() is None
    finally:
        desktop.run("dunstctl", "set-paused", "false")
        check.close()


# --- (e) the tray icon ---------------------------------------------------------

TRAY_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from hipcoach.ui.tray import TrayController
app = QApplication(sys.argv)
tray = TrayController()
def report():
    icon = tray.icon
    geometry = icon.geometry() if icon is not None else None
    print(tray.try_show(), icon is not None and icon.isVisible(),
          geometry.width() if geometry else 0, geometry.height() if geometry else 0)
    app.quit()
tray.try_show()
QTimer.singleShot(1500, report)
app.exec()
"""


def test_the_tray_icon_is_embedded_in_a_real_tray(desktop: Desktop) -> None:
    environ = {**desktop.environ, "QT_QPA_PLATFORM": "xcb"}
    deadline = time.monotonic() + 10
    while True:  # the panel may need a moment to claim the tray selection
        result = subprocess.run(
            [sys.executable, "-c", TRAY_PROBE],
            capture_output=True,
            text=True,
            env=environ,
            timeout=20,
            check=True,
        )
        shown, visible, width, height = result.stdout.split()
        if shown == "True" or time.monotonic() > deadline:
            break
    assert (shown, visible) == ("True", "True"), result.stderr
    assert int(width) > 0
    assert int(height) > 0
