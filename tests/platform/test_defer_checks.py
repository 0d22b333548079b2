"""Reasons to hold a reminder back: do-not-disturb sources and how checks combine.

The X11 full-screen check runs against a real X server in test_desktop_x11.py.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication

from hipcoach.platform.fullscreen import (
    DO_NOT_DISTURB,
    DUNST_INTERFACE,
    FULL_SCREEN,
    NOTIFICATIONS_SERVICE,
    BusPropertyCheck,
    CombinedDeferCheck,
    GnomeBannersCheck,
    NullDeferCheck,
    create_defer_check,
    run_command,
)
from tests.platform import dbus_fixtures
from tests.platform.dbus_fixtures import disconnect, set_fake

# Fixtures shared through dbus_fixtures (see there why not a conftest.py).
private_bus = dbus_fixtures.private_bus
bus_connection = dbus_fixtures.bus_connection
fake_services = dbus_fixtures.fake_services
fakes_connection = dbus_fixtures.fakes_connection


class FixedCheck:
    """A check that answers what it is told and counts the questions."""

    def __init__(self, answer: str | None) -> None:
        self.answer = answer
        self.asked = 0
        self.closed = False

    @property
    def sources(self) -> tuple[str, ...]:
        return (f"fixed {self.answer}",)

    @property
    def skipped(self) -> tuple[str, ...]:
        return ()

    def reason(self) -> str | None:
        self.asked += 1
        return self.answer

    def close(self) -> None:
        self.closed = True


def test_null_check_never_defers() -> None:
    check = NullDeferCheck("nothing here")
    assert check.reason() is None
    assert check.sources == ()
    assert check.skipped == ("nothing here",)


def test_combined_check_returns_the_first_reason_and_stops_asking() -> None:
    quiet, busy, later = FixedCheck(None), FixedCheck(FULL_SCREEN), FixedCheck(DO_NOT_DISTURB)
    combined = CombinedDeferCheck([quiet, busy, later], skipped=["x: not here"])
    assert combined.reason() == FULL_SCREEN
    assert (quiet.asked, busy.asked, later.asked) == (1, 1, 0)
    busy.answer = None
    assert combined.reason() == DO_NOT_DISTURB
    later.answer = None
    assert combined.reason() is None
    assert combined.sources == ("fixed None", "fixed None", "fixed None")
    assert combined.skipped == ("x: not here",)
    combined.close()
    assert quiet.closed
    assert busy.closed
    assert later.closed


@pytest.mark.parametrize(
    ("output", "expected"),
    [("false\n", DO_NOT_DISTURB), ("true\n", None), (None, None), ("", None)],
)
def test_gnome_banners_off_means_do_not_disturb(output: str | None, expected: str | None) -> None:
    commands: list[Sequence[str]] = []

    def run(command: Sequence[str]) -> str | None:
        commands.append(command)
        return output

    assert GnomeBannersCheck(run).reason() == expected
    assert commands == [("gsettings", "get", "org.gnome.desktop.notifications", "show-banners")]


def test_run_command_returns_output_or_none() -> None:
    assert run_command(["echo", "false"]) == "false\n"
    assert run_command(["sh", "-c", "exit 3"]) is None
    assert run_command(["no-such-command-hipcoach"]) is None
    assert run_command(["sleep", "5"], timeout_s=0.1) is None


def test_kde_inhibited_and_dunst_paused_mean_do_not_disturb(
    fakes_connection: QDBusConnection,
) -> None:
    inhibited = BusPropertyCheck(fakes_connection, NOTIFICATIONS_SERVICE, "Inhibited")
    paused = BusPropertyCheck(fakes_connection, DUNST_INTERFACE, "paused")
    assert inhibited.readable()
    assert paused.readable()
    assert inhibited.reason() is None
    set_fake(fakes_connection, "inhibited", True)
    assert inhibited.reason() == DO_NOT_DISTURB
    assert paused.reason() is None
    set_fake(fakes_connection, "inhibited", False)
    set_fake(fakes_connection, "paused", True)
    assert inhibited.reason() is None
    assert paused.reason() == DO_NOT_DISTURB


def test_a_property_the_server_lacks_is_not_readable_and_never_defers(
    fakes_connection: QDBusConnection,
) -> None:
    missing = BusPropertyCheck(fakes_connection, NOTIFICATIONS_SERVICE, "NoSuchProperty")
    assert not missing.readable()
    assert missing.reason() is None


def test_the_factory_uses_the_notification_server_properties(
    fakes_connection: QDBusConnection,
) -> None:
    check = create_defer_check(fakes_connection, {})
    assert check.sources == (
        f"{NOTIFICATIONS_SERVICE}.Inhibited on {NOTIFICATIONS_SERVICE}",
        f"{DUNST_INTERFACE}.paused on {NOTIFICATIONS_SERVICE}",
    )
    assert "full-screen: no X display ($DISPLAY is not set)" in check.skipped
    assert "GNOME show-banners: not a GNOME session" in check.skipped
    assert check.reason() is None
    set_fake(fakes_connection, "paused", True)
    assert check.reason() == DO_NOT_DISTURB
    check.close()


def test_the_factory_adds_gnome_banners_only_in_gnome_with_gsettings(
    bus_connection: QDBusConnection,
) -> None:
    gnome = {"XDG_CURRENT_DESKTOP": "ubuntu:GNOME", "WAYLAND_DISPLAY": "wayland-0"}
    without_tool = create_defer_check(bus_connection, gnome, which=lambda name: None)
    assert isinstance(without_tool, NullDeferCheck)
    assert "GNOME show-banners: gsettings is not installed" in without_tool.skipped[0]
    assert "Wayland" in without_tool.skipped[0]

    with_tool = create_defer_check(
        bus_connection, gnome, run=lambda command: "false\n", which=lambda name: "/usr/bin/" + name
    )
    assert with_tool.sources == ("GNOME org.gnome.desktop.notifications show-banners",)
    assert with_tool.reason() == DO_NOT_DISTURB


def test_nothing_to_look_at_gives_a_null_check_with_reasons(qapp: QApplication) -> None:
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "defer-dead-bus")
    try:
        check = create_defer_check(dead, {"DISPLAY": ":999"})
    finally:
        disconnect(dead)
    assert isinstance(check, NullDeferCheck)
    assert check.reason() is None
    (why,) = check.skipped
    assert "cannot open the X display ':999'" in why
    assert f"{NOTIFICATIONS_SERVICE} is not on the session bus" in why
