"""Desktop notifications: the small pop-ups a desktop shows outside any app window.

``create_notifier()`` returns a ``FreedesktopNotifier`` when a notification
service (``org.freedesktop.Notifications``) is on the D-Bus session bus, and
a ``NullNotifier`` saying why not otherwise. The in-app break card stays the
guaranteed path; a notification is a courtesy on top of it.

The Notify call needs exact D-Bus types (``susssasa{sv}i``), which PySide6's
QtDBus cannot send, so it goes through jeepney: a short blocking connection
per call, with the signature spelled out.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg

from hipcoach.platform.identity import APP_ID, NOTIFICATION_APP_NAME

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
NOTIFICATIONS_INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"

_URGENCY_NORMAL = 1
_DEFAULT_EXPIRY = -1
MESSAGE_BUS = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
_NOTIFICATIONS = DBusAddress(NOTIFICATIONS_PATH, NOTIFICATIONS_SERVICE, NOTIFICATIONS_INTERFACE)


class BusError(Exception):
    """A D-Bus call could not be made or did not succeed."""


class RemoteError(BusError):
    """The called service (or the bus) answered with a D-Bus error; ``name`` is its name."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}" if message else name)
        self.name = name


def session_bus_address(environ: Mapping[str, str]) -> str | None:
    """Return the session bus address, or None when there is none to find.

    ``$DBUS_SESSION_BUS_ADDRESS`` wins; without it the systemd user bus
    ``$XDG_RUNTIME_DIR/bus`` is used when that socket exists.
    """
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return address
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime, "bus").is_socket():
        return f"unix:path={Path(runtime, 'bus')}"
    return None


def call(
    address: str,
    target: DBusAddress,
    member: str,
    signature: str = "",
    body: Sequence[object] = (),
    *,
    timeout_s: float = 2.0,
) -> tuple[object, ...]:
    """Call ``member`` on ``target`` over a connection of its own to the bus at ``address``.

    Returns the reply's values. Raises ``RemoteError`` for an error reply,
    ``BusError`` when the bus cannot be reached or does not answer within
    ``timeout_s``, and ``ValueError`` for text that D-Bus cannot carry.
    """
    for value in body:
        if isinstance(value, str) and "\0" in value:
            raise ValueError(f"D-Bus text cannot hold a NUL character: {value!r}")
    message = new_method_call(target, member, signature or None, tuple(body))
    try:
        connection = open_dbus_connection(address, auth_timeout=timeout_s)
    except (OSError, RuntimeError, ValueError) as error:  # unreachable, refused, no unix address
        raise BusError(f"cannot reach the D-Bus session bus at {address}: {error}") from error
    try:
        reply = connection.send_and_get_reply(message, timeout=timeout_s)
        return tuple(unwrap_msg(reply))
    except DBusErrorResponse as error:
        data = error.data[0] if error.data and isinstance(error.data[0], str) else ""
        raise RemoteError(str(error.name), data) from error
    except OSError as error:  # a timeout or a broken connection
        raise BusError(f"the D-Bus call {member} failed: {error or 'no answer in time'}") from error
    finally:
        connection.close()


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
            "desktop-entry": ("s", self._desktop_entry),
            "urgency": ("y", _URGENCY_NORMAL),
        }
        args = [self._app_name, self._last_id, self._desktop_entry, title, body, [], hints]
        try:
            reply = call(
                self._address,
                _NOTIFICATIONS,
                "Notify",
                NOTIFY_SIGNATURE,
                [*args, _DEFAULT_EXPIRY],
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
        with contextlib.suppress(BusError):
            call(
                self._address,
                _NOTIFICATIONS,
                "CloseNotification",
                "u",
                [notification_id],
                timeout_s=self._timeout_s,
            )


def probe_notification_service(address: str, timeout_s: float = 2.0) -> str:
    """Return the notification server's name and version ("" if it does not say).

    Raises ``BusError`` with a readable message when the bus cannot be reached
    or has no notification service (running or startable on demand).
    """
    (owned,) = call(
        address, MESSAGE_BUS, "NameHasOwner", "s", [NOTIFICATIONS_SERVICE], timeout_s=timeout_s
    )
    if not owned:
        (activatable,) = call(address, MESSAGE_BUS, "ListActivatableNames", timeout_s=timeout_s)
        if not isinstance(activatable, list) or NOTIFICATIONS_SERVICE not in activatable:
            raise BusError(f"no notification service ({NOTIFICATIONS_SERVICE}) on the bus")
    try:
        info = call(address, _NOTIFICATIONS, "GetServerInformation", timeout_s=timeout_s)
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
