"""A small, blocking D-Bus client for method calls whose argument types must be exact.

PySide6's QtDBus cannot send some argument types: a Python ``int`` always
goes out as ``i`` (or ``x``), an empty list as ``av``, and ``QDBusArgument``'s
``<<`` picks the wrong C++ overload (``ushort`` for every number). So a call
such as ``org.freedesktop.Notifications.Notify`` (``susssasa{sv}i``) is
refused by the service. This module speaks the D-Bus wire protocol itself for
those few calls: it connects to a ``unix:`` bus address, authenticates with
``EXTERNAL``, marshals the arguments from an explicit signature and waits for
the reply. No Qt, no threads, no dependencies.

Python values by D-Bus type: integers (``y n q i u x t``) are ``int``, ``b`` is
``bool``, ``d`` is ``float``, ``s o g`` are ``str``, an array is a ``list``
(``a{..}`` a ``dict``), a struct a ``tuple`` and a variant a ``Variant``.
"""

from __future__ import annotations

import os
import socket
import struct
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote_to_bytes

BUS_SERVICE = "org.freedesktop.DBus"
BUS_PATH = "/org/freedesktop/DBus"
BUS_INTERFACE = "org.freedesktop.DBus"

#: The largest message the D-Bus specification allows (128 MiB).
MAX_MESSAGE_BYTES = 128 * 1024 * 1024

METHOD_CALL = 1
METHOD_RETURN = 2
ERROR = 3
SIGNAL = 4

_FIELD_PATH = 1
_FIELD_INTERFACE = 2
_FIELD_MEMBER = 3
_FIELD_ERROR_NAME = 4
_FIELD_REPLY_SERIAL = 5
_FIELD_DESTINATION = 6
_FIELD_SIGNATURE = 8

# Fixed-size types: struct format and size (which is also the alignment).
_FIXED: dict[str, tuple[str, int]] = {
    "y": ("B", 1),
    "b": ("I", 4),
    "n": ("h", 2),
    "q": ("H", 2),
    "i": ("i", 4),
    "u": ("I", 4),
    "x": ("q", 8),
    "t": ("Q", 8),
    "d": ("d", 8),
}
_ALIGNMENT = {"s": 4, "o": 4, "g": 1, "a": 4, "(": 8, "{": 8, "v": 1}


class Variant(NamedTuple):
    """A D-Bus variant: a value together with its (single complete type) signature."""

    signature: str
    value: object


class BusError(Exception):
    """A D-Bus call could not be made or did not succeed."""


class BusUnavailableError(BusError):
    """The bus cannot be reached, refused us, broke the protocol or did not answer in time."""


class RemoteError(BusError):
    """The called service (or the bus) answered with a D-Bus error."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}" if message else name)
        self.name = name
        self.message = message


class SignatureError(ValueError):
    """A signature is malformed, or a value does not fit its type."""


# --- signatures ---------------------------------------------------------------


def _type_end(signature: str, start: int) -> int:
    """Return the index just past the complete type that begins at ``start``."""
    if start >= len(signature):
        raise SignatureError(f"signature {signature!r} ends too early")
    code = signature[start]
    if code in _FIXED or code in "sogv":
        return start + 1
    if code == "a":
        return _type_end(signature, start + 1)
    if code in "({":
        closing = ")" if code == "(" else "}"
        position = start + 1
        count = 0
        while position < len(signature) and signature[position] != closing:
            position = _type_end(signature, position)
            count += 1
        if position >= len(signature):
            raise SignatureError(f"signature {signature!r} misses a {closing!r}")
        if code == "(" and count == 0:
            raise SignatureError(f"signature {signature!r} has an empty struct")
        if code == "{" and count != 2:
            raise SignatureError(f"signature {signature!r}: a dict entry needs a key and a value")
        return position + 1
    raise SignatureError(f"signature {signature!r}: unsupported type code {code!r}")


def split_signature(signature: str) -> list[str]:
    """Split a signature into its complete types (``"sa{sv}i"`` → ``["s", "a{sv}", "i"]``)."""
    types = []
    position = 0
    while position < len(signature):
        end = _type_end(signature, position)
        types.append(signature[position:end])
        position = end
    return types


# --- marshalling --------------------------------------------------------------


@dataclass
class _Writer:
    order: str = "<"
    data: bytearray = field(default_factory=bytearray)

    def align(self, boundary: int) -> None:
        self.data.extend(b"\0" * (-len(self.data) % boundary))

    def write(self, type_code: str, value: object) -> None:
        code = type_code[0]
        if code in _FIXED:
            self._write_fixed(code, value)
        elif code in "so":
            if not isinstance(value, str):
                raise SignatureError(f"type {code!r} needs a str, got {value!r}")
            encoded = _encode_text(value)
            self.align(4)
            self.data += struct.pack(self.order + "I", len(encoded)) + encoded + b"\0"
        elif code == "g":
            if not isinstance(value, str):
                raise SignatureError(f"type 'g' needs a str, got {value!r}")
            split_signature(value)
            encoded = value.encode("ascii")
            self.data += bytes([len(encoded)]) + encoded + b"\0"
        elif code == "v":
            if not isinstance(value, Variant):
                raise SignatureError(f"type 'v' needs a Variant, got {value!r}")
            if len(split_signature(value.signature)) != 1:
                raise SignatureError(f"a variant holds one complete type, not {value.signature!r}")
            self.write("g", value.signature)
            self.write(value.signature, value.value)
        elif code == "a":
            self._write_array(type_code[1:], value)
        else:  # "(": struct
            members = split_signature(type_code[1:-1])
            if not isinstance(value, Sequence) or len(value) != len(members):
                raise SignatureError(
                    f"type {type_code!r} needs {len(members)} values, got {value!r}"
                )
            self.align(8)
            for member, item in zip(members, value, strict=True):
                self.write(member, item)

    def _write_fixed(self, code: str, value: object) -> None:
        fmt, size = _FIXED[code]
        if code == "b":
            if not isinstance(value, bool):
                raise SignatureError(f"type 'b' needs a bool, got {value!r}")
            value = int(value)
        elif code == "d":
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise SignatureError(f"type 'd' needs a number, got {value!r}")
            value = float(value)
        elif not isinstance(value, int) or isinstance(value, bool):
            raise SignatureError(f"type {code!r} needs an int, got {value!r}")
        self.align(size)
        try:
            self.data += struct.pack(self.order + fmt, value)
        except struct.error as error:
            raise SignatureError(f"{value!r} does not fit D-Bus type {code!r}") from error

    def _write_array(self, element: str, value: object) -> None:
        items: Iterator[object]
        if element.startswith("{"):
            if not isinstance(value, Mapping):
                raise SignatureError(f"type 'a{element}' needs a dict, got {value!r}")
            items = iter(value.items())
        elif isinstance(value, Sequence) and not isinstance(value, str | bytes):
            items = iter(value)
        else:
            raise SignatureError(f"type 'a{element}' needs a list, got {value!r}")
        self.align(4)
        length_at = len(self.data)
        self.data += b"\0\0\0\0"
        self.align(_alignment(element))
        start = len(self.data)
        for item in items:
            if element.startswith("{"):
                self.align(8)
                key_type, value_type = split_signature(element[1:-1])
                assert isinstance(item, tuple)
                self.write(key_type, item[0])
                self.write(value_type, item[1])
            else:
                self.write(element, item)
        struct.pack_into(self.order + "I", self.data, length_at, len(self.data) - start)


def _encode_text(value: str) -> bytes:
    """Return ``value`` as D-Bus string bytes: UTF-8 without NUL characters."""
    if "\0" in value:
        raise SignatureError(f"a D-Bus string cannot contain NUL: {value!r}")
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise SignatureError(f"{value!r} is not valid Unicode text: {error}") from error


def _alignment(type_code: str) -> int:
    code = type_code[0]
    return _FIXED[code][1] if code in _FIXED else _ALIGNMENT[code]


def marshal(signature: str, values: Sequence[object], order: str = "<") -> bytes:
    """Encode ``values`` as the body of a message with ``signature``.

    ``order`` is ``"<"`` (little-endian) or ``">"``. Raises ``SignatureError``
    when the signature is malformed or a value does not fit its type.
    """
    types = split_signature(signature)
    if len(types) != len(values):
        raise SignatureError(
            f"signature {signature!r} needs {len(types)} values, got {len(values)}"
        )
    writer = _Writer(order)
    for type_code, value in zip(types, values, strict=True):
        writer.write(type_code, value)
    return bytes(writer.data)


# --- unmarshalling ------------------------------------------------------------


@dataclass
class _Reader:
    data: bytes
    order: str = "<"
    position: int = 0

    def align(self, boundary: int) -> None:
        self.position += -self.position % boundary

    def take(self, count: int) -> bytes:
        end = self.position + count
        if end > len(self.data):
            raise BusUnavailableError("malformed D-Bus message: data ends too early")
        chunk = self.data[self.position : end]
        self.position = end
        return chunk

    def read(self, type_code: str) -> object:
        code = type_code[0]
        if code in _FIXED:
            fmt, size = _FIXED[code]
            self.align(size)
            (value,) = struct.unpack(self.order + fmt, self.take(size))
            return bool(value) if code == "b" else value
        if code in "so":
            self.align(4)
            (length,) = struct.unpack(self.order + "I", self.take(4))
            text = self.take(length + 1)[:-1]
            return text.decode("utf-8", errors="replace")
        if code == "g":
            length = self.take(1)[0]
            return self.take(length + 1)[:-1].decode("ascii", errors="replace")
        if code == "v":
            signature = str(self.read("g"))
            try:
                split_signature(signature)
            except SignatureError as error:
                raise BusUnavailableError(f"malformed D-Bus message: {error}") from error
            return Variant(signature, self.read(signature))
        if code == "a":
            return self._read_array(type_code[1:])
        self.align(8)
        return tuple(self.read(member) for member in split_signature(type_code[1:-1]))

    def _read_array(self, element: str) -> object:
        self.align(4)
        (length,) = struct.unpack(self.order + "I", self.take(4))
        self.align(_alignment(element))
        end = self.position + length
        if end > len(self.data):
            raise BusUnavailableError("malformed D-Bus message: an array runs past the end")
        if element.startswith("{"):
            key_type, value_type = split_signature(element[1:-1])
            mapping: dict[object, object] = {}
            while self.position < end:
                self.align(8)
                key = self.read(key_type)
                mapping[key] = self.read(value_type)
            return mapping
        items = []
        while self.position < end:
            items.append(self.read(element))
        return items


def unmarshal(signature: str, data: bytes, order: str = "<") -> tuple[object, ...]:
    """Decode a message body with ``signature``; the inverse of ``marshal``."""
    reader = _Reader(data, order)
    return tuple(reader.read(type_code) for type_code in split_signature(signature))


# --- messages -----------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    """One D-Bus message, as sent or received."""

    type: int
    serial: int
    fields: Mapping[int, object]
    signature: str = ""
    body: tuple[object, ...] = ()
    flags: int = 0

    @property
    def reply_serial(self) -> int | None:
        """The serial of the call this message answers, if it is a reply or an error."""
        value = self.fields.get(_FIELD_REPLY_SERIAL)
        return value if isinstance(value, int) else None

    @property
    def error_name(self) -> str:
        """The D-Bus error name of an error message ("" for other messages)."""
        value = self.fields.get(_FIELD_ERROR_NAME)
        return value if isinstance(value, str) else ""


_FIELD_TYPES = {
    _FIELD_PATH: "o",
    _FIELD_INTERFACE: "s",
    _FIELD_MEMBER: "s",
    _FIELD_ERROR_NAME: "s",
    _FIELD_REPLY_SERIAL: "u",
    _FIELD_DESTINATION: "s",
    _FIELD_SIGNATURE: "g",
}
_HEADER_SIGNATURE = "yyyyuua(yv)"


def encode_message(message: Message) -> bytes:
    """Return the bytes of ``message`` in little-endian order."""
    body = marshal(message.signature, message.body)
    fields = dict(message.fields)
    if message.signature:
        fields[_FIELD_SIGNATURE] = message.signature
    header_fields = [(code, Variant(_FIELD_TYPES[code], value)) for code, value in fields.items()]
    writer = _Writer("<")
    for type_code, value in zip(
        split_signature(_HEADER_SIGNATURE),
        (ord("l"), message.type, message.flags, 1, len(body), message.serial, header_fields),
        strict=True,
    ):
        writer.write(type_code, value)
    writer.align(8)
    return bytes(writer.data) + body


def message_length(prefix: bytes) -> int:
    """Return the total length of the message whose first 16 bytes are ``prefix``."""
    order = _byte_order(prefix[0])
    body_length, fields_length = struct.unpack(order + "I4xI", prefix[4:16])
    header_length = 16 + fields_length
    total = header_length + (-header_length % 8) + body_length
    if total > MAX_MESSAGE_BYTES:
        raise BusUnavailableError(
            f"D-Bus message of {total} bytes is larger than the protocol allows"
        )
    return int(total)


def decode_message(data: bytes) -> Message:
    """Parse one complete message (as many bytes as ``message_length`` said).

    Raises ``BusUnavailableError`` when the bytes are not a well-formed message.
    """
    try:
        return _decode_message(data)
    except (SignatureError, struct.error, TypeError, ValueError) as error:
        raise BusUnavailableError(f"malformed D-Bus message: {error}") from error


def _decode_message(data: bytes) -> Message:
    order = _byte_order(data[0])
    reader = _Reader(data, order)
    header = [reader.read(type_code) for type_code in split_signature(_HEADER_SIGNATURE)]
    _, message_type, flags, version, body_length, serial, raw_fields = header
    if version != 1:
        raise BusUnavailableError(f"unsupported D-Bus protocol version {version}")
    if not (
        isinstance(message_type, int)
        and isinstance(flags, int)
        and isinstance(body_length, int)
        and isinstance(serial, int)
        and isinstance(raw_fields, list)
    ):
        raise BusUnavailableError("malformed D-Bus message header")
    fields: dict[int, object] = {code: variant.value for code, variant in raw_fields}
    reader.align(8)
    signature = fields.get(_FIELD_SIGNATURE, "")
    if not isinstance(signature, str):
        raise BusUnavailableError("malformed D-Bus message: the signature field is not a string")
    body_bytes = reader.take(body_length)
    body = unmarshal(signature, body_bytes, order) if signature else ()
    return Message(message_type, serial, fields, signature, body, flags)


def _byte_order(marker: int) -> str:
    if marker == ord("l"):
        return "<"
    if marker == ord("B"):
        return ">"
    raise BusUnavailableError(f"malformed D-Bus message: unknown byte order {marker!r}")


# --- addresses ----------------------------------------------------------------


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


def socket_addresses(address: str) -> list[str | bytes]:
    """Return the Unix socket addresses an address string names, in order of preference.

    A filesystem socket is a ``str`` path, an abstract one ``bytes`` starting
    with NUL. Entries of other transports (``tcp:``, ``launchd:``) are skipped.
    """
    sockets: list[str | bytes] = []
    for entry in address.split(";"):
        transport, _, rest = entry.partition(":")
        if transport != "unix":
            continue
        keys = {}
        for pair in rest.split(","):
            key, _, value = pair.partition("=")
            keys[key] = unquote_to_bytes(value)
        if "path" in keys:
            sockets.append(keys["path"].decode("utf-8", errors="surrogateescape"))
        elif "abstract" in keys:
            sockets.append(b"\0" + keys["abstract"])
    return sockets


# --- connection ---------------------------------------------------------------


class BusConnection:
    """One authenticated connection to a bus, for blocking method calls.

    Use as a context manager, or call ``close()``. Not thread-safe.
    """

    def __init__(self, sock: socket.socket, unique_name: str = "") -> None:
        self._socket = sock
        self._buffer = bytearray()
        self._serial = 0
        self.unique_name = unique_name

    @classmethod
    def open(cls, address: str, timeout_s: float = 2.0) -> BusConnection:
        """Connect to the bus at ``address``, authenticate and say Hello.

        Raises ``BusUnavailableError`` when no entry of the address can be reached
        or the bus refuses us within ``timeout_s`` seconds.
        """
        targets = socket_addresses(address)
        if not targets:
            raise BusUnavailableError(f"no unix: socket in the bus address {address!r}")
        getuid = getattr(os, "getuid", None)
        if getuid is None:
            raise BusUnavailableError("this system has no Unix user id to authenticate with")
        problems = []
        for target in targets:
            deadline = time.monotonic() + timeout_s
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            connection = cls(sock)
            try:
                sock.settimeout(timeout_s)
                sock.connect(target)
                connection._authenticate(int(getuid()), deadline)
                (name,) = connection.call(
                    BUS_SERVICE, BUS_PATH, BUS_INTERFACE, "Hello", timeout_s=timeout_s
                )
            except (OSError, BusError) as error:
                connection.close()
                problems.append(f"{_describe_target(target)}: {error}")
                continue
            connection.unique_name = str(name)
            return connection
        raise BusUnavailableError("; ".join(problems))

    def _authenticate(self, uid: int, deadline: float) -> None:
        self._socket.sendall(
            b"\0AUTH EXTERNAL " + str(uid).encode("ascii").hex().encode() + b"\r\n"
        )
        line = self._read_line(deadline)
        if not line.startswith(b"OK "):
            raise BusUnavailableError(f"the bus refused EXTERNAL authentication ({line!r})")
        self._socket.sendall(b"BEGIN\r\n")

    def call(
        self,
        destination: str,
        path: str,
        interface: str,
        member: str,
        *,
        signature: str = "",
        args: Sequence[object] = (),
        timeout_s: float = 2.0,
    ) -> tuple[object, ...]:
        """Call a method and return the reply's values.

        Raises ``RemoteError`` when the service answers with an error,
        ``BusUnavailableError`` when the bus breaks or no reply comes within
        ``timeout_s`` seconds, and ``SignatureError`` when ``args`` do not fit
        ``signature`` (before anything is sent).
        """
        self._serial += 1
        serial = self._serial
        fields: dict[int, object] = {
            _FIELD_PATH: path,
            _FIELD_MEMBER: member,
            _FIELD_DESTINATION: destination,
        }
        if interface:
            fields[_FIELD_INTERFACE] = interface
        data = encode_message(Message(METHOD_CALL, serial, fields, signature, tuple(args)))
        deadline = time.monotonic() + timeout_s
        try:
            self._socket.settimeout(max(timeout_s, 0.001))
            self._socket.sendall(data)
        except OSError as error:
            raise BusUnavailableError(f"could not send {interface}.{member}: {error}") from error
        while True:
            reply = self._read_message(deadline)
            if reply.reply_serial != serial or reply.type not in (METHOD_RETURN, ERROR):
                continue  # a signal (NameAcquired) or an unrelated message
            if reply.type == ERROR:
                text = reply.body[0] if reply.body and isinstance(reply.body[0], str) else ""
                raise RemoteError(reply.error_name, text)
            return reply.body

    def close(self) -> None:
        """Close the connection; later calls raise ``BusUnavailableError``."""
        self._socket.close()

    def __enter__(self) -> BusConnection:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _receive(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise BusUnavailableError("no answer from the bus in time")
        try:
            self._socket.settimeout(remaining)
            chunk = self._socket.recv(65536)
        except TimeoutError as error:
            raise BusUnavailableError("no answer from the bus in time") from error
        except OSError as error:
            raise BusUnavailableError(f"the bus connection broke: {error}") from error
        if not chunk:
            raise BusUnavailableError("the bus closed the connection")
        self._buffer += chunk

    def _read_line(self, deadline: float) -> bytes:
        while b"\r\n" not in self._buffer:
            if len(self._buffer) > 4096:
                raise BusUnavailableError("the bus sent an overlong authentication line")
            self._receive(deadline)
        line, _, rest = bytes(self._buffer).partition(b"\r\n")
        self._buffer = bytearray(rest)
        return line

    def _read_message(self, deadline: float) -> Message:
        while len(self._buffer) < 16:
            self._receive(deadline)
        total = message_length(bytes(self._buffer[:16]))
        while len(self._buffer) < total:
            self._receive(deadline)
        data = bytes(self._buffer[:total])
        del self._buffer[:total]
        return decode_message(data)


def _describe_target(target: str | bytes) -> str:
    if isinstance(target, bytes):
        return "abstract socket " + target[1:].decode("utf-8", errors="replace")
    return target
