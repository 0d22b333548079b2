"""Desktop notifications: the small pop-ups a desktop shows outside any app window.

``create_notifier()`` returns a ``FreedesktopNotifier`` when a notification
service (``org.freedesktop.Notifications``) is on the D-Bus session bus, and
a ``NullNotifier`` saying why not otherwise. The in-app break card stays the
guaranteed path; a notification is a courtesy on top of it.

The Notify call needs exact D-Bus types (``susssasa{sv}i``), which PySide6's
QtDBus cannot send, so it goes through ``dbus_wire``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Protocol

from hipcoach.platform.dbus_wire import (
    BUS_INTERFACE,
    BUS_PATH,
    BUS_SERVICE,
    BusConnection,
    BusError,
    RemoteError,
    Variant,
    session_bus_address,
)
from hipcoach.platform.identity import APP_ID, NOTIFICATION_APP_NAME

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
NOTIFICATIONS_INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"

_URGENCY_NORMAL = 1
_DEFAULT_EXPIRY = -1


class Notifier(Protocol):
    """Shows one desktop notification at a time."""

    @property
    def available(self) -> bool:
        """Whether notifications can be shown here at all."""
        ...

    @property
    def reason(self) -> str | None:
        """Why notifications are unavailable or the last one failed; None when all is well."""
        ...

    @property
    def name(self) -> str:
        """What shows the notifications, for a diagnostics view."""
        ...

    def notify(self, title: str, body: str) -> bool:
        """Show a notification, replacing the one this notifier showed before.

        Returns True when the desktop accepted it, False otherwise (never raises).
        """
        ...

    def close(self) -> None:
        """Withdraw the notification shown last, if it is still there (never raises)."""
        ...


class NullNotifier:
    """A notifier for places without desktop notifications: shows nothing, says why."""

    def __init__(self, reason: str) -> None:
        self._reason = reason

    @property
    def available(self) -> bool:
        """Always False."""
        return False

    @property
    def reason(self) -> str:
        """Why there are no desktop notifications here."""
        return self._reason

    @property
    def name(self) -> str:
        """Names the absence of a notification service."""
        return "no desktop notifications"

    def notify(self, title: str, body: str) -> bool:
        """Show nothing; always returns False."""
        return False

    def close(self) -> None:
        """Do nothing."""


class FreedesktopNotifier:
    """Sends notifications to ``org.freedesktop.Notifications`` on a D-Bus session bus.

    Each call opens a short connection to the bus at ``address`` (reminders
    are minutes apart), waits at most ``timeout_s`` seconds for the answer and
    closes it. A notification replaces the previous one (``replaces_id``), so
    repeated reminders never pile up.
    """

    def __init__(
        self,
        address: str,
        *,
        server: str = "",
        app_name: str = NOTIFICATION_APP_NAME,
        desktop_entry: str = APP_ID,
        timeout_s: float = 2.0,
    ) -> None:
        self._address = address
        self._server = server
        self._app_name = app_name
        self._desktop_entry = desktop_entry
        self._timeout_s = timeout_s
        self._last_id = 0
        self._reason: str | None = None

    @property
    def available(self) -> bool:
        """True: a notification service was on the bus when this notifier was made."""
        return True

    @property
    def reason(self) -> str | None:
        """Why the last ``notify()`` failed, or None after a success."""
        return self._reason

    @property
    def name(self) -> str:
        """The notification service, with its server name when it told us."""
        suffix = f" ({self._server})" if self._server else ""
        return f"{NOTIFICATIONS_SERVICE} on the session bus{suffix}"

    @property
    def last_id(self) -> int:
        """The id the service gave the notification shown last (0: none shown)."""
        return self._last_id

    def notify(self, title: str, body: str) -> bool:
        """Show ``title`` and ``body``, replacing this notifier's previous notification.

        Returns True when the service accepted it; on failure returns False
        and ``reason`` says why.
        """
        hints = {
            "desktop-entry": Variant("s", self._desktop_entry),
            "urgency": Variant("y", _URGENCY_NORMAL),
        }
        args = [self._app_name, self._last_id, self._desktop_entry, title, body, [], hints]
        try:
            with BusConnection.open(self._address, self._timeout_s) as bus:
                reply = bus.call(
                    NOTIFICATIONS_SERVICE,
                    NOTIFICATIONS_PATH,
                    NOTIFICATIONS_INTERFACE,
                    "Notify",
                    signature=NOTIFY_SIGNATURE,
                    args=[*args, _DEFAULT_EXPIRY],
                    timeout_s=self._timeout_s,
                )
        except (BusError, ValueError) as error:  # ValueError: text D-Bus cannot carry
            self._reason = f"the notification was not shown: {error}"
            return False
        notification_id = reply[0] if reply else None
        if not isinstance(notification_id, int) or isinstance(notification_id, bool):
            self._reason = f"the notification service answered {reply!r} instead of an id"
            return False
        self._last_id = notification_id
        self._reason = None
        return True

    def close(self) -> None:
        """Withdraw the last notification; errors (it is already gone) are ignored."""
        if not self._last_id:
            return
        notification_id, self._last_id = self._last_id, 0
        try:
            with BusConnection.open(self._address, self._timeout_s) as bus:
                bus.call(
                    NOTIFICATIONS_SERVICE,
                    NOTIFICATIONS_PATH,
                    NOTIFICATIONS_INTERFACE,
                    "CloseNotification",
                    signature="u",
                    args=[notification_id],
                    timeout_s=self._timeout_s,
                )
        except BusError:
            pass


def probe_notification_service(address: str, timeout_s: float = 2.0) -> str:
    """Return the notification server's name and version ("" if it does not say).

    Raises ``BusError`` with a readable message when the bus cannot be reached
    or has no notification service (running or startable on demand).
    """
    with BusConnection.open(address, timeout_s) as bus:
        (owned,) = bus.call(
            BUS_SERVICE,
            BUS_PATH,
            BUS_INTERFACE,
            "NameHasOwner",
            signature="s",
            args=[NOTIFICATIONS_SERVICE],
        )
        if not owned:
            (activatable,) = bus.call(BUS_SERVICE, BUS_PATH, BUS_INTERFACE, "ListActivatableNames")
            if not isinstance(activatable, list) or NOTIFICATIONS_SERVICE not in activatable:
                raise BusError(f"no notification service ({NOTIFICATIONS_SERVICE}) on the bus")
        try:
            info = bus.call(
                NOTIFICATIONS_SERVICE,
                NOTIFICATIONS_PATH,
                NOTIFICATIONS_INTERFACE,
                "GetServerInformation",
                timeout_s=timeout_s,
            )
        except RemoteError:
            return ""
        return " ".join(str(part) for part in info[:1] + info[2:3] if part)


def create_notifier(
    environ: Mapping[str, str] = os.environ,
    *,
    platform: str = sys.platform,
    timeout_s: float = 2.0,
) -> Notifier:
    """Return a notifier for this desktop: freedesktop when its service is on the bus, else Null."""
    if platform in ("win32", "darwin"):
        return NullNotifier(f"desktop notifications through D-Bus are not used on {platform}")
    address = session_bus_address(environ)
    if address is None:
        return NullNotifier("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
    try:
        server = probe_notification_service(address, timeout_s)
    except BusError as error:
        return NullNotifier(str(error))
    return FreedesktopNotifier(address, server=server, timeout_s=timeout_s)
