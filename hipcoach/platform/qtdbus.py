"""Small helpers over PySide6's QtDBus for calls whose arguments it marshals correctly.

Strings, booleans and string lists go out with the right D-Bus types; numbers
do not (``notifier`` sends those through jeepney). Every helper here takes the connection to use, so
tests can pass one to a private bus.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusVariant

PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"


class DBusCallError(Exception):
    """A QtDBus call failed; ``name`` is the D-Bus error name."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}" if message else name)
        self.name = name


def call(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    member: str,
    *,
    args: Sequence[object] = (),
    timeout_ms: int = 1000,
) -> list[object]:
    """Call a method and block (without an event loop) until its reply.

    Returns the reply's arguments; raises ``DBusCallError`` for an error
    reply, a timeout or a disconnected bus.
    """
    if not bus.isConnected():
        error = bus.lastError()
        raise DBusCallError(error.name() or "NotConnected", error.message() or "not connected")
    message = QDBusMessage.createMethodCall(service, path, interface, member)
    if args:
        message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        raise DBusCallError(reply.errorName(), reply.errorMessage())
    return list(reply.arguments())


def get_property(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    name: str,
    *,
    timeout_ms: int = 1000,
) -> object:
    """Return the value of a D-Bus property; raises ``DBusCallError`` on failure."""
    (value,) = call(
        bus,
        service,
        path,
        PROPERTIES_INTERFACE,
        "Get",
        args=[interface, name],
        timeout_ms=timeout_ms,
    )
    return value.variant() if isinstance(value, QDBusVariant) else value


def service_on_bus(bus: QDBusConnection, service: str) -> bool:
    """Return True when ``service`` currently has an owner on ``bus``."""
    if not bus.isConnected():
        return False
    reply = bus.interface().isServiceRegistered(service)
    return bool(reply.isValid() and reply.value())


def describe_bus_error(bus: QDBusConnection, what: str) -> str:
    """Return why ``bus`` is not connected, as a sentence fragment naming ``what``."""
    message = bus.lastError().message()
    return f"no {what}" + (f" ({message})" if message else "")
