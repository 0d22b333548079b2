"""One hipcoach per user: a second start hands its request to the running one and exits.

The first instance holds a ``QLockFile`` (stale time 0: a lock whose process
is gone is taken over at once, so a killed instance never blocks the next
start) and listens on a ``QLocalServer``. A later start fails to take the
lock and sends a short text line (``activate``, ``break-now``,
``pause 3600``, ``resume``, ``start-session``) to that server.

A few lines are questions instead (``status``): the first instance
registers an answer for them (``answer()``), and a client that ``ask()``s
gets one line back on the same connection.

The server name is made from the app id and the user, so two users on one
machine each get their own instance; a profile of its own (``HIPCOACH_HOME``)
gets its own instance too. On Linux it lives in the abstract socket namespace
(no file to clean up after a crash).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import socket as pysocket
import struct
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from hipcoach.core.paths import HOME_OVERRIDE_VARIABLE, make_private_dirs

#: Longest message line accepted (bytes, without the newline); longer ones are dropped.
MAX_MESSAGE_BYTES = 1024
#: How long a connection may stay open (ms); a client that sends nothing is cut off then.
CONNECTION_TIMEOUT_MS = 5000
#: Longest answer a client reads (bytes); an answer is one short line of JSON.
MAX_ANSWER_BYTES = 64 * 1024

log = logging.getLogger(__name__)


def current_user() -> str:
    """Return something that tells this user apart from others on the machine."""
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        return f"uid{getuid()}"
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "user"


def profile_user(environ: Mapping[str, str] = os.environ) -> str:
    """Return ``current_user()``, told apart by the profile folder when ``HIPCOACH_HOME`` is set.

    Each profile is its own instance: a portable install (or a test) beside
    the usual one neither reaches nor blocks it.
    """
    home = environ.get(HOME_OVERRIDE_VARIABLE)
    if not home:
        return current_user()
    return f"{current_user()}:{Path(home).resolve()}"


class InstanceSilentError(OSError):
    """The running instance took the question but sent no answer in time."""


def server_name(app_id: str, user: str) -> str:
    """Return the local-server name for ``app_id`` and ``user``.

    Short (well inside the 107-byte socket path limit), made of safe
    characters, and different for every user.
    """
    digest = hashlib.sha256(user.encode("utf-8")).hexdigest()[:16]
    return f"{app_id}-{digest}"


def peer_uid(descriptor: int) -> int | None:
    """Return the user id of the process at the other end of a local socket, if the OS says.

    Linux reports it (``SO_PEERCRED``); elsewhere, or when the descriptor is
    not a unix socket, the result is None.
    """
    option = getattr(pysocket, "SO_PEERCRED", None)
    if option is None or descriptor < 0:
        return None
    try:
        with pysocket.socket(pysocket.AF_UNIX, fileno=os.dup(descriptor)) as peer:
            credentials = peer.getsockopt(pysocket.SOL_SOCKET, option, struct.calcsize("3i"))
    except OSError:
        return None
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return int(uid)


class SingleInstance(QObject):
    """Makes sure one instance runs per user and carries messages to it.

    ``app_id`` names the lock file (in ``lock_dir``) and, with the user, the
    server. ``acquire()`` decides whether this process is the first instance; if so
    it listens, and every line another instance ``send()``s arrives through
    ``message_received(str)`` (once per line, without the newline, in order).

    Anything else that reaches the server is logged and dropped: bytes that
    are not UTF-8 text, a line longer than ``MAX_MESSAGE_BYTES`` (the
    connection is closed), a client that keeps its connection open for
    more than ``connection_timeout_ms`` (closed then), and, where the OS
    tells, a client run by another user (refused). None of it disturbs the
    messages of other clients.
    """

    message_received = Signal(str)

    def __init__(
        self,
        app_id: str,
        lock_dir: Path,
        *,
        user: str | None = None,
        platform: str = sys.platform,
        connection_timeout_ms: int = CONNECTION_TIMEOUT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.connection_timeout_ms = connection_timeout_ms
        self.lock_path = lock_dir / f"{app_id}.lock"
        self.name = server_name(app_id, user if user is not None else current_user())
        # Linux has an abstract socket namespace: no socket file, nothing stale to remove.
        self._abstract = platform.startswith("linux")
        self._lock: QLockFile | None = None
        self._primary = False
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}
        self._answers: dict[str, Callable[[], str]] = {}
        self.reason: str | None = None

    @property
    def is_primary(self) -> bool:
        """Whether ``acquire()`` made this the first instance."""
        return self._primary

    @property
    def listening(self) -> bool:
        """Whether the first instance's server is up and can receive messages."""
        return self._server is not None and self._server.isListening()

    def acquire(self) -> bool:
        """Try to become the first instance.

        Returns True when this process now holds the lock and listens (or, if
        listening failed, holds the lock: ``reason`` says why no messages can
        arrive); False when another live instance holds it. A lock left by a
        process that no longer runs is taken over. When the lock folder cannot
        be written, the running server decides: False if one answers, else True.
        """
        if self._primary:
            return True
        try:
            make_private_dirs(self.lock_path.parent)
        except OSError as error:
            self.reason = f"cannot create {self.lock_path.parent}: {error}"
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return False
            self.reason = f"cannot write the lock file {self.lock_path} ({lock.error().name})"
            if self._server_answers():
                return False
        else:
            self._lock = lock
        self._primary = True
        self._listen()
        return True

    def send(self, message: str, timeout_ms: int = 1000) -> bool:
        """Deliver one line to the running instance; return True once it is written.

        The message must be one line of text. Returns False when no instance
        listens or the write does not finish within ``timeout_ms``.
        """
        data = message.encode("utf-8")
        if b"\n" in data or b"\r" in data or len(data) > MAX_MESSAGE_BYTES:
            raise ValueError(f"a single-instance message is one short line, not {message!r}")
        socket = self._client_socket()
        socket.connectToServer(self.name)
        try:
            if not socket.waitForConnected(timeout_ms):
                return False
            socket.write(data + b"\n")
            while socket.bytesToWrite() > 0:
                if not socket.waitForBytesWritten(timeout_ms):
                    return False
            return True
        finally:
            socket.disconnectFromServer()
            if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                socket.waitForDisconnected(timeout_ms)

    def answer(self, question: str, reply: Callable[[], str]) -> None:
        """Answer ``question`` (one word, e.g. ``status``) with ``reply()``: one line of text.

        The line goes back on the asking connection; the question is not
        emitted through ``message_received``.
        """
        self._answers[question] = reply

    def ask(self, question: str, timeout_ms: int = 3000) -> str | None:
        """Ask the running instance ``question``; return its one-line answer.

        Returns None when no instance listens. Raises ``InstanceSilentError``
        when one took the question but did not answer within ``timeout_ms``
        (an older hipcoach that does not know the question, or a busy one).
        """
        socket = self._client_socket()
        socket.connectToServer(self.name)
        try:
            if not socket.waitForConnected(timeout_ms):
                return None
            socket.write(question.encode("utf-8") + b"\n")
            received = bytearray()
            while b"\n" not in received and len(received) <= MAX_ANSWER_BYTES:
                if not socket.waitForReadyRead(timeout_ms) and socket.bytesAvailable() == 0:
                    raise InstanceSilentError(
                        f"the running hipcoach did not answer {question!r} within {timeout_ms} ms"
                    )
                received += bytes(socket.readAll().data())
            line, _, _ = bytes(received).partition(b"\n")
            return line.decode("utf-8", errors="replace")
        finally:
            socket.abort()

    def release(self) -> None:
        """Stop listening and give up the lock (also safe when never acquired)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self._primary = False

    def _server_answers(self) -> bool:
        probe = self._client_socket()
        probe.connectToServer(self.name)
        answered = probe.waitForConnected(200)
        probe.abort()
        return bool(answered)

    def _client_socket(self) -> QLocalSocket:
        socket = QLocalSocket()
        if self._abstract:
            socket.setSocketOptions(QLocalSocket.SocketOption.AbstractNamespaceOption)
        return socket

    def _listen(self) -> None:
        server = QLocalServer(self)
        if self._abstract:
            server.setSocketOptions(QLocalServer.SocketOption.AbstractNamespaceOption)
        else:
            server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            QLocalServer.removeServer(self.name)  # a socket file left by a killed instance
        if not server.listen(self.name):
            self.reason = f"cannot listen as {self.name!r}: {server.errorString()}"
            server.deleteLater()
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            uid = peer_uid(int(socket.socketDescriptor()))
            if uid is not None and uid != os.getuid():
                # Linux's abstract sockets have no file permissions: check who is calling.
                log.warning("single instance: refused a connection from user id %d", uid)
                socket.abort()
                socket.deleteLater()
                continue
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(lambda socket=socket: self._closed(socket))
            deadline = QTimer(socket)
            deadline.setSingleShot(True)
            deadline.timeout.connect(lambda socket=socket: self._timed_out(socket))
            deadline.start(self.connection_timeout_ms)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        while b"\n" in buffer:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            self._deliver(line, socket)
        if len(buffer) > MAX_MESSAGE_BYTES:
            # Not one of ours: nobody sends lines that long.
            log.warning(
                "single instance: a message longer than %d bytes arrived; connection closed",
                MAX_MESSAGE_BYTES,
            )
            self._drop(socket)

    def _timed_out(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        self._read(socket)  # lines that arrived but were not read yet still count
        if socket not in self._buffers:
            return
        log.warning(
            "single instance: a client sent no complete message within %d ms; connection closed",
            self.connection_timeout_ms,
        )
        self._drop(socket)

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.abort()
        socket.deleteLater()

    def _closed(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        self._read(socket)
        if self._buffers.pop(socket, None):
            log.warning("single instance: a message without its closing newline was dropped")
        socket.deleteLater()

    def _deliver(self, line: bytes, socket: QLocalSocket) -> None:
        try:
            text = line.decode("utf-8").strip()
        except UnicodeDecodeError:
            log.warning("single instance: dropped a message that is not UTF-8 text: %r", line[:80])
            return
        if len(line) > MAX_MESSAGE_BYTES:
            log.warning("single instance: dropped a message of %d bytes", len(line))
        elif text in self._answers:
            reply = self._answers[text]().replace("\n", " ")
            socket.write(reply.encode("utf-8") + b"\n")
            socket.flush()
        elif text:
            self.message_received.emit(text)
