"""The single instance over a named pipe (``QLocalServer``), where there are no Unix sockets.

Used on Windows only (``single_instance.HAS_UNIX_SOCKETS``); it loads Qt's
network module, which the Unix socket does not need. The pipe is named by
a digest of the lock file's path, so each profile has its own, and only
the user who made it may connect (``UserAccessOption``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

if TYPE_CHECKING:
    from pathlib import Path

    from hipcoach.platform.single_instance import Peer


def pipe_name(lock_path: Path) -> str:
    """Return the pipe's name for the instance that holds ``lock_path``."""
    key = os.fsencode(os.path.abspath(lock_path))
    return f"hipcoach-{hashlib.sha256(key).hexdigest()[:24]}"


class _PipePeer:
    """An accepted pipe connection."""

    def __init__(self, socket: QLocalSocket, on_ready: Callable[[_PipePeer], None]) -> None:
        self.socket = socket
        socket.readyRead.connect(lambda: on_ready(self))
        socket.disconnected.connect(lambda: on_ready(self))

    def read(self) -> tuple[bytes, bool]:
        """Return what arrived and whether the other end has gone."""
        data = bytes(self.socket.readAll().data())
        closed = self.socket.state() == QLocalSocket.LocalSocketState.UnconnectedState
        return data, closed

    def write(self, data: bytes) -> None:
        """Send a short answer."""
        self.socket.write(data)
        self.socket.flush()

    def close(self) -> None:
        """Close the connection."""
        self.socket.abort()
        self.socket.deleteLater()


class _PipeClient:
    """A later start's blocking connection to the pipe."""

    def __init__(self, socket: QLocalSocket) -> None:
        self.socket = socket

    def send(self, data: bytes, timeout_ms: int) -> bool:
        """Write ``data`` within ``timeout_ms``."""
        self.socket.write(data)
        while self.socket.bytesToWrite() > 0:
            if not self.socket.waitForBytesWritten(timeout_ms):
                return False
        return True

    def read_line(self, timeout_ms: int) -> bytes | None:
        """Return one line, or None when none came within ``timeout_ms``."""
        received = bytearray()
        while b"\n" not in received:
            if not self.socket.waitForReadyRead(timeout_ms) and self.socket.bytesAvailable() == 0:
                return None
            received += bytes(self.socket.readAll().data())
        return bytes(received).partition(b"\n")[0]

    def close(self) -> None:
        """Close the connection."""
        self.socket.disconnectFromServer()
        if self.socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            self.socket.waitForDisconnected(1000)


def connect_pipe(name: str, timeout_ms: int) -> _PipeClient | None:
    """Connect to the pipe ``name``; None when nobody listens there."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        socket.abort()
        return None
    return _PipeClient(socket)


def listen_pipe(
    name: str,
    accept: Callable[[Peer, int], None],
    reader: Callable[[Peer], None],
) -> tuple[QObject | None, str | None]:
    """Listen on the pipe ``name``; return the server, or None and why not."""
    server = QLocalServer()  # Python's own: closed and dropped by ``release``, never deleteLater
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    QLocalServer.removeServer(name)  # what a killed instance left behind

    def pending() -> None:
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            accept(_PipePeer(socket, reader), -1)

    if not server.listen(name):
        return None, f"cannot listen as {name!r}: {server.errorString()}"
    server.newConnection.connect(pending)
    return server, None
