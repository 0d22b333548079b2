"""Desktop notifications against a stand-in notification server on a private bus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from hipcoach.platform.identity import APP_ID
from hipcoach.platform.notifier import (
    NOTIFY_SIGNATURE,
    FreedesktopNotifier,
    NullNotifier,
    create_notifier,
)
from tests.platform import dbus_fixtures
from tests.platform.dbus_fixtures import FakeServices, PrivateBus, recorded_calls

# Fixtures shared through dbus_fixtures (see there why not a conftest.py).
private_bus = dbus_fixtures.private_bus
bus_connection = dbus_fixtures.bus_connection
fake_services = dbus_fixtures.fake_services
fakes_connection = dbus_fixtures.fakes_connection


@pytest.fixture
def notifier(fake_services: FakeServices) -> FreedesktopNotifier:
    made = create_notifier({"DBUS_SESSION_BUS_ADDRESS": fake_services.bus.address})
    assert isinstance(made, FreedesktopNotifier), made.reason
    return made


def test_the_factory_finds_the_server_and_names_it(notifier: FreedesktopNotifier) -> None:
    assert notifier.available
    assert notifier.reason is None
    assert "fake-notifyd 0.1" in notifier.name


def test_notify_sends_exactly_typed_arguments(
    notifier: FreedesktopNotifier, fakes_connection: QDBusConnection
) -> None:
    before = len(recorded_calls(fakes_connection, "Notify"))
    assert notifier.notify("Time to stand", "A 20 s hip-flexor stretch")
    call = recorded_calls(fakes_connection, "Notify")[before]
    assert call["signature"] == NOTIFY_SIGNATURE == "susssasa{sv}i"
    args = call["args"]
    assert isinstance(args, list)
    app_name, replaces_id, icon, title, body, actions, _hints, expiry = args
    assert (app_name, replaces_id, icon, title, body) == (
        "hipcoach",
        0,
        APP_ID,
        "Time to stand",
        "A 20 s hip-flexor stretch",
    )
    assert (actions, expiry) == ([], -1)


def test_a_second_notification_replaces_the_first_and_close_withdraws_it(
    notifier: FreedesktopNotifier, fakes_connection: QDBusConnection
) -> None:
    before = len(recorded_calls(fakes_connection, "Notify"))
    assert notifier.notify("First", "one")
    first_id = notifier.last_id
    assert first_id > 0
    assert notifier.notify("Second", "two")
    sent = recorded_calls(fakes_connection, "Notify")[before:]
    assert [entry["args"][1] for entry in sent] == [0, first_id]  # type: ignore[index]
    assert notifier.last_id == first_id
    notifier.close()
    closes = recorded_calls(fakes_connection, "CloseNotification")
    assert closes[-1]["args"] == [first_id]
    assert closes[-1]["signature"] == "u"
    assert notifier.last_id == 0
    notifier.close()  # nothing left to close: no call, no error
    assert len(recorded_calls(fakes_connection, "CloseNotification")) == len(closes)


def test_a_bus_without_a_notification_server_gives_a_null_notifier(
    private_bus: PrivateBus,
) -> None:
    made = create_notifier({"DBUS_SESSION_BUS_ADDRESS": private_bus.address})
    assert isinstance(made, NullNotifier)
    assert not made.available
    assert "no notification service" in made.reason
    assert made.notify("x", "y") is False


def test_no_session_bus_gives_a_null_notifier_with_the_reason(tmp_path: Path) -> None:
    made = create_notifier({"XDG_RUNTIME_DIR": str(tmp_path)})
    assert not made.available
    assert made.reason is not None
    assert "DBUS_SESSION_BUS_ADDRESS" in made.reason
    unreachable = create_notifier({"DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/none"})
    assert not unreachable.available
    assert "none" in (unreachable.reason or "")


def test_windows_and_macos_use_no_d_bus_notifications() -> None:
    for platform in ("win32", "darwin"):
        made = create_notifier({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}, platform=platform)
        assert not made.available
        assert platform in (made.reason or "")


def test_a_server_that_went_away_makes_notify_return_false(tmp_path: Path) -> None:
    gone = FreedesktopNotifier(f"unix:path={tmp_path}/gone", timeout_s=0.5)
    assert gone.notify("x", "y") is False
    assert gone.reason is not None
    assert "not shown" in gone.reason
    gone.close()  # never raises


def test_a_bus_without_the_service_makes_notify_return_false(private_bus: PrivateBus) -> None:
    notifier = FreedesktopNotifier(private_bus.address, timeout_s=1.0)
    assert notifier.notify("x", "y") is False
    assert "ServiceUnknown" in (notifier.reason or "")


def test_text_d_bus_cannot_carry_fails_softly(notifier: FreedesktopNotifier) -> None:
    assert notifier.notify("bad\0title", "body") is False
    assert "NUL" in (notifier.reason or "")
    assert notifier.notify("fine again", "body")
    assert notifier.reason is None
