"""The bundle of platform pieces and its diagnostics listing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication

from hipcoach.core.paths import AppPaths
from hipcoach.platform import PieceStatus, create_platform
from hipcoach.platform.autostart import XdgAutostart
from hipcoach.platform.identity import APP_ID
from hipcoach.platform.idle import MutterIdleMonitor
from hipcoach.platform.notifier import FreedesktopNotifier
from tests.platform import dbus_fixtures
from tests.platform.dbus_fixtures import FakeServices, disconnect

# Fixtures shared through dbus_fixtures (see there why not a conftest.py).
private_bus = dbus_fixtures.private_bus
bus_connection = dbus_fixtures.bus_connection
fake_services = dbus_fixtures.fake_services
fakes_connection = dbus_fixtures.fakes_connection

COMMAND = ["/usr/bin/hipcoach"]


def test_a_desktop_with_services_gets_working_pieces(
    tmp_path: Path, fake_services: FakeServices, fakes_connection: QDBusConnection
) -> None:
    environ = {
        "DBUS_SESSION_BUS_ADDRESS": fake_services.bus.address,
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
    }
    platform = create_platform(
        AppPaths.under(tmp_path),
        COMMAND,
        environ=environ,
        platform="linux",
        session_bus=fakes_connection,
        system_bus=fakes_connection,
    )
    try:
        assert isinstance(platform.notifier, FreedesktopNotifier)
        assert isinstance(platform.idle, MutterIdleMonitor)
        assert platform.idle.idle_seconds() == 12.345
        assert isinstance(platform.autostart, XdgAutostart)
        assert platform.autostart.path == tmp_path / "xdg" / "autostart" / f"{APP_ID}.desktop"
        lines = platform.describe()
        available = {line.piece: line.detail for line in lines if line.available}
        assert "fake-notifyd" in available["notifications"]
        assert "org.gnome.Mutter.IdleMonitor" in available["idle time"]
        assert "org.freedesktop.ScreenSaver.ActiveChanged" in available["lock and sleep"]
        assert "org.freedesktop.login1.Manager.PrepareForSleep" in available["lock and sleep"]
        assert "/org/freedesktop/login1/session/c7" in available["lock and sleep"]
        assert "Inhibited" in available["full screen / do not disturb"]
        assert available["start at login"] == platform.autostart.location
        missing = [line.detail for line in lines if not line.available]
        assert any("org.gnome.ScreenSaver is not on the session bus" in m for m in missing)
    finally:
        platform.close()


def test_a_bare_machine_gets_every_piece_with_a_reason(tmp_path: Path, qapp: QApplication) -> None:
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "bundle-dead-bus")
    try:
        platform = create_platform(
            AppPaths.under(tmp_path),
            COMMAND,
            environ={"HOME": str(tmp_path)},
            platform="linux",
            session_bus=dead,
            system_bus=dead,
        )
        lines = platform.describe()
        platform.close()
        platform.close()
    finally:
        disconnect(dead)
    assert all(isinstance(line, PieceStatus) for line in lines)
    by_piece: dict[str, list[PieceStatus]] = {}
    for line in lines:
        by_piece.setdefault(line.piece, []).append(line)
    (notifications,) = by_piece["notifications"]
    assert not notifications.available
    assert "DBUS_SESSION_BUS_ADDRESS" in notifications.detail
    (idle,) = by_piece["idle time"]
    assert not idle.available
    assert "no D-Bus session bus" in idle.detail
    assert not any(line.available for line in by_piece["lock and sleep"])
    assert any("no D-Bus system bus" in line.detail for line in by_piece["lock and sleep"])
    assert not any(line.available for line in by_piece["full screen / do not disturb"])
    (autostart,) = by_piece["start at login"]
    assert autostart.available
    assert autostart.detail == str(tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop")
    assert platform.notifier.notify("x", "y") is False
    assert platform.idle.idle_seconds() is None
    assert platform.defer_check.reason() is None
