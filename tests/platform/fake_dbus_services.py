"""Stand-ins for desktop D-Bus services, run as a child process by the platform tests.

Usage: ``python fake_dbus_services.py BUS_ADDRESS CONFIG_JSON``; prints
``ready`` once every service is on the bus, then serves until terminated.

CONFIG_JSON keys (each optional; a missing key leaves that service out):
``mutter_idle_ms``, ``screensaver_idle``, ``notifications`` (server name),
``logind_session`` (object path that ``GetSession`` answers). The test
controls the services through ``io.github.hipcoach.TestControl``: ``Calls()``
returns every recorded call as JSON, ``Set(key, json_value)`` changes a
value (e.g. ``inhibited``, ``paused``).

Replies carry Python values, so integers go out as ``i`` (real services send
``u`` or ``t``); the code under test accepts any integer type.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import (
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusVariant,
    QDBusVirtualObject,
)

CONTROL_SERVICE = "io.github.hipcoach.TestControl"
CONTROL_PATH = "/io/github/hipcoach/TestControl"
CONTROL_INTERFACE = "io.github.hipcoach.TestControl"


def plain(value: object) -> object:
    """Turn what QtDBus hands over into JSON-friendly Python values."""
    if isinstance(value, QDBusVariant):
        return plain(value.variant())
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, QDBusObjectPath):
        return value.path()
    if isinstance(value, QDBusArgument):
        return f"<QDBusArgument {value.currentSignature()}>"
    return value


def reply_with(message: QDBusMessage, values: list[object]) -> QDBusMessage:
    """Return a reply carrying ``values`` as separate arguments.

    (``createReply([...])`` would pick the one-argument overload and send a
    single ``av``.)
    """
    reply = message.createReply()
    reply.setArguments(values)
    return reply


class Services(QDBusVirtualObject):
    """Answers every stand-in object path from one place."""

    def __init__(self, config: dict[str, object]) -> None:
        super().__init__()
        self.config = dict(config)
        self.config.setdefault("inhibited", False)
        self.config.setdefault("paused", False)
        self.calls: list[dict[str, object]] = []
        self.next_id = 1

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        key = (message.interface(), message.member())
        args = list(message.arguments())
        self.calls.append(
            {
                "path": message.path(),
                "interface": message.interface(),
                "member": message.member(),
                "signature": message.signature(),
                "args": plain(args),
            }
        )
        reply = self.answer(key, args, message)
        if reply is not None:
            connection.send(reply)
        return True

    def answer(
        self, key: tuple[str, str], args: list[object], message: QDBusMessage
    ) -> QDBusMessage | None:
        if key == ("org.gnome.Mutter.IdleMonitor", "GetIdletime"):
            return reply_with(message, [self.config["mutter_idle_ms"]])
        if key == ("org.freedesktop.ScreenSaver", "GetSessionIdleTime"):
            return reply_with(message, [self.config["screensaver_idle"]])
        if key == ("org.freedesktop.Notifications", "Notify"):
            replaces = args[1] if len(args) > 1 and isinstance(args[1], int) else 0
            notification_id = replaces or self.next_id
            self.next_id += 0 if replaces else 1
            return reply_with(message, [notification_id])
        if key == ("org.freedesktop.Notifications", "CloseNotification"):
            return reply_with(message, [])
        if key == ("org.freedesktop.Notifications", "GetServerInformation"):
            return reply_with(message, [str(self.config["notifications"]), "tests", "0.1", "1.2"])
        if key == ("org.freedesktop.DBus.Properties", "Get"):
            return self.property_reply(args, message)
        if key == ("org.freedesktop.login1.Manager", "GetSession"):
            if args and args[0] in ("auto", "c7"):
                path = QDBusObjectPath(str(self.config["logind_session"]))
                return reply_with(message, [path])
            return message.createErrorReply(
                "org.freedesktop.login1.NoSuchSession", f"No session {args!r}"
            )
        if key == (CONTROL_INTERFACE, "Calls"):
            return reply_with(message, [json.dumps(self.calls[:-1])])
        if key == (CONTROL_INTERFACE, "Set"):
            name, value = str(args[0]), json.loads(str(args[1]))
            self.config[name] = value
            return reply_with(message, [])
        if key == (CONTROL_INTERFACE, "Hang"):
            return None  # never answers: lets a test see its timeout
        return message.createErrorReply(
            "org.freedesktop.DBus.Error.UnknownMethod", f"no method {key[0]}.{key[1]}"
        )

    def property_reply(self, args: list[object], message: QDBusMessage) -> QDBusMessage:
        wanted = (str(args[0]), str(args[1])) if len(args) == 2 else ("", "")
        known = {
            ("org.freedesktop.Notifications", "Inhibited"): "inhibited",
            ("org.dunstproject.cmd0", "paused"): "paused",
        }
        if wanted in known and "notifications" in self.config:
            return reply_with(message, [QDBusVariant(bool(self.config[known[wanted]]))])
        return message.createErrorReply(
            "org.freedesktop.DBus.Error.InvalidArgs", f"No such property {wanted[1]!r}"
        )


SERVICES = {
    "mutter_idle_ms": [("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core")],
    "screensaver_idle": [("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")],
    "notifications": [("org.freedesktop.Notifications", "/org/freedesktop/Notifications")],
    "logind_session": [("org.freedesktop.login1", "/org/freedesktop/login1")],
}


def main() -> int:
    address, config_json = sys.argv[1], sys.argv[2]
    config = json.loads(config_json)
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "fake-services")
    if not bus.isConnected():
        print(f"cannot connect: {bus.lastError().message()}", flush=True)
        return 1
    services = Services(config)
    registrations = [(CONTROL_SERVICE, CONTROL_PATH)]
    for key, entries in SERVICES.items():
        if key in config:
            registrations.extend(entries)
    for service, path in registrations:
        if not bus.registerService(service) or not bus.registerVirtualObject(path, services):
            print(f"cannot register {service} {path}", flush=True)
            return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
