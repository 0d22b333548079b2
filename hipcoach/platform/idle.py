"""How long the user has not touched keyboard or mouse.

Every monitor answers ``idle_seconds()`` with a number of seconds, or None
when it cannot tell right now. None means "don't know": callers must never
read it as "active". ``create_idle_monitor()`` picks the first source that
answers on this machine, else an ``UnknownIdleMonitor`` that says why.

Sources: GNOME's Mutter (X11 and Wayland), the X11 screen-saver extension
(``libXss``; not under Wayland, where it only sees X clients), the
``org.freedesktop.ScreenSaver`` service (KDE on X11, Xfce), Windows
``GetLastInputInfo`` and macOS ``CGEventSourceSecondsSinceLastEventType``.
"""

from __future__ import annotations

import ctypes
import math
import os
import sys
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtDBus import QDBusConnection

from hipcoach.platform.desktop_env import is_kde, is_wayland_session
from hipcoach.platform.qtdbus import DBusCallError, call, service_on_bus
from hipcoach.platform.xlib import XDisplay, XlibUnavailableError, load_library

MUTTER_SERVICE = "org.gnome.Mutter.IdleMonitor"
MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
MUTTER_INTERFACE = "org.gnome.Mutter.IdleMonitor"
SCREENSAVER_SERVICE = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"
SCREENSAVER_INTERFACE = "org.freedesktop.ScreenSaver"

_TICK_MASK = 0xFFFFFFFF


class IdleMonitor(Protocol):
    """Reports the time since the last keyboard or mouse input."""

    @property
    def name(self) -> str:
        """Where the answer comes from, for a diagnostics view."""
        ...

    @property
    def available(self) -> bool:
        """Whether this monitor can answer at all."""
        ...

    @property
    def reason(self) -> str | None:
        """Why it cannot answer (or why its last answer was None); None when it works."""
        ...

    def idle_seconds(self) -> float | None:
        """Return seconds since the last input, or None when unknown (never raises)."""
        ...

    def close(self) -> None:
        """Release what the monitor holds open (an X connection); safe to call twice."""
        ...


class UnknownIdleMonitor:
    """The monitor for places where idle time cannot be read: always None."""

    def __init__(self, reason: str) -> None:
        self._reason = reason

    @property
    def name(self) -> str:
        """Names the absence of an idle source."""
        return "no idle-time source"

    @property
    def available(self) -> bool:
        """Always False."""
        return False

    @property
    def reason(self) -> str:
        """Why idle time is unknown here."""
        return self._reason

    def idle_seconds(self) -> float | None:
        """Always None: unknown."""
        return None

    def close(self) -> None:
        """Nothing to release."""


class _FunctionMonitor:
    """Shared plumbing: turn a raw reading (or an exception) into seconds or None."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._reason: str | None = None

    @property
    def name(self) -> str:
        """Where the answer comes from."""
        return self._name

    @property
    def available(self) -> bool:
        """True: the source answered when the monitor was made."""
        return True

    @property
    def reason(self) -> str | None:
        """Why the last reading failed, or None."""
        return self._reason

    def idle_seconds(self) -> float | None:
        """Return seconds since the last input, or None when the source failed."""
        try:
            seconds = self._read()
        except (OSError, ValueError, ArithmeticError) as error:
            self._reason = f"{self._name}: {error}"
            return None
        self._reason = None
        return seconds

    def _read(self) -> float:
        raise NotImplementedError

    def close(self) -> None:
        """Nothing to release by default."""


# --- X11 ----------------------------------------------------------------------


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("eventMask", ctypes.c_ulong),
    ]


class X11IdleMonitor(_FunctionMonitor):
    """Reads the X server's idle time through the MIT-SCREEN-SAVER extension (``libXss``).

    Owns its X connection: ``close()`` closes it.
    """

    def __init__(self, display: XDisplay, xss: ctypes.CDLL) -> None:
        super().__init__(f"X11 screen-saver extension on {display.name}")
        self._display = display
        self._xss = xss
        self._info = xss.XScreenSaverAllocInfo()
        if not self._info:
            raise XlibUnavailableError("XScreenSaverAllocInfo failed")

    @classmethod
    def open(cls, display_name: str) -> X11IdleMonitor:
        """Open ``display_name`` and check the extension.

        Raises ``XlibUnavailableError`` when libX11/libXss are missing, the display
        cannot be opened or the server lacks the extension.
        """
        xss = load_library("libXss.so.1", "Xss")
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        xss.XScreenSaverQueryExtension.restype = ctypes.c_int
        xss.XScreenSaverAllocInfo.argtypes = []
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        ]
        xss.XScreenSaverQueryInfo.restype = ctypes.c_int
        display = XDisplay.open(display_name)
        try:
            event_base, error_base = ctypes.c_int(), ctypes.c_int()
            if not xss.XScreenSaverQueryExtension(
                display.handle, ctypes.byref(event_base), ctypes.byref(error_base)
            ):
                raise XlibUnavailableError(f"the X server {display_name!r} lacks MIT-SCREEN-SAVER")
            return cls(display, xss)
        except BaseException:
            display.close()
            raise

    def _read(self) -> float:
        display = self._display.handle
        with self._display.trap_errors() as failed:
            status = self._xss.XScreenSaverQueryInfo(display, self._display.root, self._info)
        if failed() or not status:
            raise OSError("XScreenSaverQueryInfo failed")
        return int(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        """Free the query buffer and close the X connection (once)."""
        if not self._display.closed:
            self._display.lib.XFree(ctypes.cast(self._info, ctypes.c_void_p))
            self._display.close()


# --- D-Bus (GNOME, KDE, Xfce) -------------------------------------------------


class MutterIdleMonitor(_FunctionMonitor):
    """GNOME Shell's idle time: ``org.gnome.Mutter.IdleMonitor.GetIdletime`` (milliseconds)."""

    def __init__(self, bus: QDBusConnection, timeout_ms: int = 500) -> None:
        super().__init__(f"{MUTTER_SERVICE} (GNOME)")
        self._bus = bus
        self._timeout_ms = timeout_ms

    def _read(self) -> float:
        try:
            (milliseconds,) = call(
                self._bus,
                MUTTER_SERVICE,
                MUTTER_PATH,
                MUTTER_INTERFACE,
                "GetIdletime",
                timeout_ms=self._timeout_ms,
            )
        except (DBusCallError, ValueError) as error:
            raise OSError(str(error)) from error
        return _non_negative(milliseconds) / 1000.0


class ScreenSaverIdleMonitor(_FunctionMonitor):
    """``org.freedesktop.ScreenSaver.GetSessionIdleTime``.

    The interface was never standardised: KDE answers in milliseconds (it
    returns KIdleTime's value), Xfce and others in seconds; ``milliseconds``
    says which. KDE refuses the call under Wayland.
    """

    def __init__(self, bus: QDBusConnection, *, milliseconds: bool, timeout_ms: int = 500) -> None:
        super().__init__(f"{SCREENSAVER_SERVICE}")
        self._bus = bus
        self._scale = 1000.0 if milliseconds else 1.0
        self._timeout_ms = timeout_ms

    def _read(self) -> float:
        try:
            (value,) = call(
                self._bus,
                SCREENSAVER_SERVICE,
                SCREENSAVER_PATH,
                SCREENSAVER_INTERFACE,
                "GetSessionIdleTime",
                timeout_ms=self._timeout_ms,
            )
        except (DBusCallError, ValueError) as error:
            raise OSError(str(error)) from error
        return _non_negative(value) / self._scale


def _non_negative(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"unexpected idle time {value!r}")
    return value


# --- Windows ------------------------------------------------------------------


def tick_difference_ms(now_tick: int, last_input_tick: int) -> int:
    """Return milliseconds from ``last_input_tick`` to ``now_tick`` on a 32-bit tick counter.

    Windows' ``GetTickCount`` wraps to 0 after 2**32 ms (49.7 days); masking
    the difference keeps the answer right across the wrap.
    """
    return (now_tick - last_input_tick) & _TICK_MASK


class WindowsIdleMonitor(_FunctionMonitor):
    """Windows' ``GetLastInputInfo`` compared with ``GetTickCount`` (both 32-bit ms ticks)."""

    def __init__(self, last_input_tick: Callable[[], int], tick_count: Callable[[], int]) -> None:
        super().__init__("Windows GetLastInputInfo")
        self._last_input_tick = last_input_tick
        self._tick_count = tick_count

    def _read(self) -> float:
        last = self._last_input_tick()
        return tick_difference_ms(self._tick_count(), last) / 1000.0


class LastInputInfo(ctypes.Structure):
    """Windows' ``LASTINPUTINFO``: the struct size, then the tick of the last input."""

    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32)]


def windows_tick_functions(
    user32: Any = None, kernel32: Any = None
) -> tuple[Callable[[], int], Callable[[], int]]:
    """Return (last input tick, current tick) readers over user32 and kernel32.

    The libraries default to the real ones, which exist only on Windows
    (``OSError`` elsewhere); tests pass stand-ins.
    """
    if user32 is None or kernel32 is None:
        user32, kernel32 = _windows_libraries()
    user32.GetLastInputInfo.argtypes = [ctypes.POINTER(LastInputInfo)]
    user32.GetLastInputInfo.restype = ctypes.c_int
    kernel32.GetTickCount.argtypes = []
    kernel32.GetTickCount.restype = ctypes.c_uint32

    def last_input_tick() -> int:
        info = LastInputInfo(ctypes.sizeof(LastInputInfo), 0)
        if not user32.GetLastInputInfo(ctypes.byref(info)):
            raise OSError("GetLastInputInfo failed")
        return int(info.dwTime)

    def tick_count() -> int:
        return int(kernel32.GetTickCount())

    return last_input_tick, tick_count


def _windows_libraries() -> tuple[Any, Any]:
    if sys.platform == "win32":
        return ctypes.WinDLL("user32"), ctypes.WinDLL("kernel32")
    raise OSError("GetLastInputInfo exists only on Windows")


# --- macOS --------------------------------------------------------------------

_CG_COMBINED_SESSION_STATE = 0
_CG_ANY_INPUT_EVENT_TYPE = 0xFFFFFFFF
_CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"


class MacIdleMonitor(_FunctionMonitor):
    """macOS' ``CGEventSourceSecondsSinceLastEventType`` for any input event."""

    def __init__(self, seconds_since_last_event: Callable[[], float]) -> None:
        super().__init__("macOS CGEventSourceSecondsSinceLastEventType")
        self._seconds_since_last_event = seconds_since_last_event

    def _read(self) -> float:
        seconds = float(self._seconds_since_last_event())
        if math.isnan(seconds) or seconds < 0:
            raise ValueError(f"unexpected idle time {seconds!r}")
        return seconds


def _core_graphics_library() -> Any:
    if sys.platform == "darwin":
        return ctypes.CDLL(_CORE_GRAPHICS)
    raise OSError("CoreGraphics exists only on macOS")


def mac_idle_function(core_graphics: Any = None) -> Callable[[], float]:
    """Return a reader of seconds since any input, from CoreGraphics.

    The library defaults to the real framework, which exists only on macOS
    (``OSError`` elsewhere); tests pass a stand-in.
    """
    if core_graphics is None:
        core_graphics = _core_graphics_library()
    function = core_graphics.CGEventSourceSecondsSinceLastEventType
    function.argtypes = [ctypes.c_int32, ctypes.c_uint32]
    function.restype = ctypes.c_double

    def seconds_since_last_event() -> float:
        return float(function(_CG_COMBINED_SESSION_STATE, _CG_ANY_INPUT_EVENT_TYPE))

    return seconds_since_last_event


# --- choosing -----------------------------------------------------------------


def create_idle_monitor(
    session_bus: QDBusConnection | None = None,
    environ: Mapping[str, str] = os.environ,
    *,
    platform: str = sys.platform,
) -> IdleMonitor:
    """Return the first idle monitor that answers here, else an ``UnknownIdleMonitor``.

    ``session_bus`` is the D-Bus session connection to ask (default: Qt's
    session bus). A candidate counts only if it returns a number now.
    """
    problems: list[str] = []
    for make in _candidates(session_bus, environ, platform, problems):
        try:
            monitor = make()
        except (OSError, ValueError) as error:
            problems.append(str(error))
            continue
        if monitor.idle_seconds() is not None:
            return monitor
        problems.append(monitor.reason or f"{monitor.name} gave no answer")
        monitor.close()
    return UnknownIdleMonitor("; ".join(problems) or "no idle-time source on this system")


def _candidates(
    session_bus: QDBusConnection | None,
    environ: Mapping[str, str],
    platform: str,
    problems: list[str],
) -> list[Callable[[], IdleMonitor]]:
    if platform == "win32":
        return [lambda: WindowsIdleMonitor(*windows_tick_functions())]
    if platform == "darwin":
        return [lambda: MacIdleMonitor(mac_idle_function())]
    candidates: list[Callable[[], IdleMonitor]] = []
    bus = session_bus if session_bus is not None else _default_session_bus()
    on_bus = bus.isConnected()
    if not on_bus:
        problems.append("no D-Bus session bus")
    elif service_on_bus(bus, MUTTER_SERVICE):
        candidates.append(lambda: MutterIdleMonitor(bus))
    else:
        problems.append(f"{MUTTER_SERVICE} is not on the session bus")
    if is_wayland_session(environ):
        problems.append("X11 idle time is not used in a Wayland session")
    elif environ.get("DISPLAY"):
        candidates.append(lambda: X11IdleMonitor.open(environ["DISPLAY"]))
    else:
        problems.append("no X display ($DISPLAY is not set)")
    if on_bus and service_on_bus(bus, SCREENSAVER_SERVICE):
        candidates.append(lambda: ScreenSaverIdleMonitor(bus, milliseconds=is_kde(environ)))
    elif on_bus:
        problems.append(f"{SCREENSAVER_SERVICE} is not on the session bus")
    return candidates


def _default_session_bus() -> QDBusConnection:
    return QDBusConnection.sessionBus()
