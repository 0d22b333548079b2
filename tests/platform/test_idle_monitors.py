"""Idle-time monitors: arithmetic with fakes, D-Bus ones against stand-in services."""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable
from types import SimpleNamespace

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication

from hipcoach.platform.idle import (
    LastInputInfo,
    MacIdleMonitor,
    MutterIdleMonitor,
    ScreenSaverIdleMonitor,
    UnknownIdleMonitor,
    WindowsIdleMonitor,
    X11IdleMonitor,
    create_idle_monitor,
    mac_idle_function,
    tick_difference_ms,
    windows_tick_functions,
)
from hipcoach.platform.xlib import XlibUnavailableError
from tests.platform import dbus_fixtures
from tests.platform.dbus_fixtures import FakeServices, PrivateBus, disconnect

# Fixtures shared through dbus_fixtures (see there why not a conftest.py).
private_bus = dbus_fixtures.private_bus
bus_connection = dbus_fixtures.bus_connection
fake_services = dbus_fixtures.fake_services
fakes_connection = dbus_fixtures.fakes_connection


WRAP = 2**32


def test_tick_difference_is_plain_subtraction_between_wraps() -> None:
    assert tick_difference_ms(61_000, 1_000) == 60_000
    assert tick_difference_ms(5, 5) == 0


def test_tick_difference_survives_the_49_7_day_wrap() -> None:
    # Last input 10 ms before the counter wrapped, now 5 ms after it.
    assert tick_difference_ms(5, WRAP - 10) == 15
    # Python ints never overflow, so an unmasked subtraction would be negative here.
    assert 5 - (WRAP - 10) < 0


def test_windows_monitor_reports_seconds_from_its_tick_readers() -> None:
    ticks = {"last": WRAP - 2_000, "now": 3_000}
    monitor = WindowsIdleMonitor(lambda: ticks["last"], lambda: ticks["now"])
    assert monitor.idle_seconds() == 5.0
    ticks["last"] = 2_500
    assert monitor.idle_seconds() == 0.5
    assert monitor.available
    assert monitor.reason is None


def test_windows_monitor_answers_unknown_when_the_call_fails() -> None:
    def failing() -> int:
        raise OSError("GetLastInputInfo failed")

    monitor = WindowsIdleMonitor(failing, lambda: 0)
    assert monitor.idle_seconds() is None
    assert "GetLastInputInfo failed" in (monitor.reason or "")


def test_mac_monitor_passes_seconds_through_and_rejects_nonsense() -> None:
    reading = {"value": 12.5}
    monitor = MacIdleMonitor(lambda: reading["value"])
    assert monitor.idle_seconds() == 12.5
    for bad in (math.nan, -1.0):
        reading["value"] = bad
        assert monitor.idle_seconds() is None
        assert monitor.reason is not None
    reading["value"] = 3.0
    assert monitor.idle_seconds() == 3.0
    assert monitor.reason is None


class FakeFunction:
    """Stands in for a ctypes foreign function: records argtypes/restype and calls."""

    def __init__(self, behaviour: Callable[..., object]) -> None:
        self.behaviour = behaviour
        self.argtypes: object = None
        self.restype: object = None
        self.calls: list[tuple[object, ...]] = []

    def __call__(self, *args: object) -> object:
        self.calls.append(args)
        return self.behaviour(*args)


def test_windows_glue_fills_lastinputinfo_and_masks_the_wrap() -> None:
    seen_sizes: list[int] = []

    def get_last_input_info(pointer: object) -> int:
        info = pointer._obj  # type: ignore[attr-defined]  # what ctypes.byref wraps
        assert isinstance(info, LastInputInfo)
        seen_sizes.append(info.cbSize)
        info.dwTime = WRAP - 1_000  # the last input came 1 s before the counter wrapped
        return 1

    user32 = SimpleNamespace(GetLastInputInfo=FakeFunction(get_last_input_info))
    kernel32 = SimpleNamespace(GetTickCount=FakeFunction(lambda: 500))
    monitor = WindowsIdleMonitor(*windows_tick_functions(user32, kernel32))
    assert monitor.idle_seconds() == 1.5
    assert seen_sizes == [ctypes.sizeof(LastInputInfo)] == [8]  # cbSize must be set first
    assert kernel32.GetTickCount.restype is ctypes.c_uint32  # no sign trouble above 2**31
    user32.GetLastInputInfo.behaviour = lambda pointer: 0  # the call reports failure
    assert monitor.idle_seconds() is None
    assert monitor.reason == "Windows GetLastInputInfo: GetLastInputInfo failed"


def test_mac_glue_asks_for_any_input_in_the_combined_session() -> None:
    function = FakeFunction(lambda state, event_type: 42.5)
    core_graphics = SimpleNamespace(CGEventSourceSecondsSinceLastEventType=function)
    monitor = MacIdleMonitor(mac_idle_function(core_graphics))
    assert monitor.idle_seconds() == 42.5
    assert function.calls == [(0, 0xFFFFFFFF)]  # combined session state, any input event
    assert function.restype is ctypes.c_double


def test_platform_loaders_refuse_to_run_elsewhere() -> None:
    with pytest.raises(OSError, match="only on Windows"):
        windows_tick_functions()
    with pytest.raises(OSError, match="only on macOS"):
        mac_idle_function()


def test_unknown_monitor_never_pretends_the_user_is_active() -> None:
    monitor = UnknownIdleMonitor("nothing to ask")
    assert monitor.idle_seconds() is None
    assert not monitor.available
    assert monitor.reason == "nothing to ask"


def test_mutter_monitor_converts_milliseconds(fakes_connection: QDBusConnection) -> None:
    monitor = MutterIdleMonitor(fakes_connection)
    assert monitor.idle_seconds() == pytest.approx(12.345)


@pytest.mark.parametrize(("milliseconds", "expected"), [(True, 0.042), (False, 42.0)])
def test_screensaver_monitor_uses_the_desktops_unit(
    fakes_connection: QDBusConnection, milliseconds: bool, expected: float
) -> None:
    monitor = ScreenSaverIdleMonitor(fakes_connection, milliseconds=milliseconds)
    assert monitor.idle_seconds() == pytest.approx(expected)


def test_a_d_bus_monitor_whose_service_is_gone_answers_unknown(
    bus_connection: QDBusConnection,
) -> None:
    monitor = MutterIdleMonitor(bus_connection)
    assert monitor.idle_seconds() is None
    assert "ServiceUnknown" in (monitor.reason or "")


def test_the_factory_prefers_mutter_when_gnome_is_there(fakes_connection: QDBusConnection) -> None:
    monitor = create_idle_monitor(fakes_connection, {})
    assert isinstance(monitor, MutterIdleMonitor)
    assert monitor.idle_seconds() == pytest.approx(12.345)


@pytest.mark.parametrize(("desktop", "expected"), [("KDE", 4.2), ("XFCE", 4200.0)])
def test_without_mutter_the_factory_falls_back_to_the_screensaver(
    private_bus: PrivateBus, bus_connection: QDBusConnection, desktop: str, expected: float
) -> None:
    services = FakeServices.start(private_bus, {"screensaver_idle": 4200})
    try:
        monitor = create_idle_monitor(
            bus_connection, {"XDG_CURRENT_DESKTOP": desktop, "WAYLAND_DISPLAY": "wayland-0"}
        )
        assert isinstance(monitor, ScreenSaverIdleMonitor)
        assert monitor.idle_seconds() == pytest.approx(expected)
    finally:
        services.stop()


def test_without_any_source_the_factory_says_why(bus_connection: QDBusConnection) -> None:
    monitor = create_idle_monitor(bus_connection, {"WAYLAND_DISPLAY": "wayland-0"})
    assert isinstance(monitor, UnknownIdleMonitor)
    assert monitor.idle_seconds() is None
    assert "org.gnome.Mutter.IdleMonitor is not on the session bus" in monitor.reason
    assert "Wayland" in monitor.reason
    assert "org.freedesktop.ScreenSaver is not on the session bus" in monitor.reason


def test_a_missing_x_display_is_a_reason_not_a_crash(qapp: QApplication) -> None:
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "idle-dead-bus")
    try:
        monitor = create_idle_monitor(dead, {"DISPLAY": ":999"})
        assert isinstance(monitor, UnknownIdleMonitor)
        assert "no D-Bus session bus" in monitor.reason
        assert "cannot open the X display ':999'" in monitor.reason
    finally:
        disconnect(dead)
    with pytest.raises(XlibUnavailableError):
        X11IdleMonitor.open("")


def test_windows_and_macos_factories_fall_back_to_unknown_off_their_platform() -> None:
    for platform, words in (("win32", "only on Windows"), ("darwin", "only on macOS")):
        monitor = create_idle_monitor(None, {}, platform=platform)
        assert isinstance(monitor, UnknownIdleMonitor)
        assert words in monitor.reason
