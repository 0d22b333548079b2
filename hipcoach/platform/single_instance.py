"""One hipcoach per profile: a second start hands its request to the running one and exits.

The first instance holds a ``QLockFile`` in the profile's folder (stale time
0: a lock whose process is gone is taken over at once, so a killed instance
never blocks the next start) and listens on a local socket that belongs to
the same place. A later start fails to take the lock and sends a short text
line (``activate``, ``break-now``, ``pause 3600``, ``resume``,
``start-session``) to that socket.

A few lines are questions instead (``status``): the first instance
registers an answer for them (``answer()``), and a client that ``ask()``s
gets one line back on the same connection.

Where the socket is (``socket_path``): a Unix socket file beside the lock
file; when that path is too long for a socket, or the lock folder cannot be
made, a file named after the lock's path in a private runtime folder
(``$XDG_RUNTIME_DIR/hipcoach``, else ``hipcoach-<uid>`` in the temporary
folder). Either way two profiles (``HIPCOACH_HOME``, or other
``XDG_CACHE_HOME``/``XDG_RUNTIME_DIR``) never reach each other's instance,
and two users never share one: the folders are the user's own, the socket
file is readable by the user only, and on Linux a connection from another
user is refused as well. Python's sockets do the work, watched by a
``QSocketNotifier``: no Qt network module is loaded. Where Python has no
Unix sockets (Windows), a named pipe through ``QLocalServer`` does the same
(``single_instance_pipe``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket as pysocket
import stat
import struct
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier, QTimer, Signal

from hipcoach.core.paths import make_private_dirs

#: Longest message line accepted (bytes, without the newline); longer ones are dropped.
MAX_MESSAGE_BYTES = 1024
#: The most messages kept between ``hold()`` and ``serve()``; later ones are dropped.
MAX_HELD_MESSAGES = 100
#: How long a connection may stay open (ms); a client that sends nothing is cut off then.
CONNECTION_TIMEOUT_MS = 5000
#: Longest answer a client reads (bytes); an answer is one short line of JSON.
MAX_ANSWER_BYTES = 64 * 1024
#: Longest socket path used (bytes); the OS limit is 104 (macOS) or 108 (Linux) with the NUL.
MAX_SOCKET_PATH_BYTES = 100
#: Whether Unix-domain sockets are used here (not on Windows, whose AF_UNIX, where a
#: Python offers it, has no socket permissions).
HAS_UNIX_SOCKETS = hasattr(pysocket, "AF_UNIX") and sys.platform != "win32"

log = logging.getLogger(__name__)


class InstanceSilentError(OSError):
    """The running instance took the question but sent no answer in time."""


def runtime_folder(environ: Mapping[str, str] = os.environ) -> Path:
    """Return the user's private folder for hipcoach's sockets (not created here).

    ``$XDG_RUNTIME_DIR/hipcoach`` where the session has a runtime folder,
    else ``hipcoach-<uid>`` in the temporary folder.
    """
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime):
        return Path(runtime) / "hipcoach"
    import tempfile  # noqa: PLC0415 - only without a runtime folder

    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"hipcoach-{uid}"


def socket_path(lock_path: Path, environ: Mapping[str, str] = os.environ) -> Path:
    """Return where the instance that holds ``lock_path`` listens.

    Beside the lock (``<name>.socket``) when the folder exists and the path
    is short enough; else in ``runtime_folder()`` (or, should that path be
    too long, the temporary folder's), named by a digest of the lock's full
    path, so it still belongs to that lock alone.
    """
    beside = lock_path.with_suffix(".socket")
    if lock_path.parent.is_dir() and len(os.fsencode(beside)) <= MAX_SOCKET_PATH_BYTES:
        return beside
    import hashlib  # noqa: PLC0415 - only for long paths: it loads OpenSSL's libcrypto

    name = hashlib.sha256(os.fsencode(os.path.abspath(lock_path))).hexdigest()[:16] + ".socket"
    runtime = runtime_folder(environ) / name
    if len(os.fsencode(runtime)) <= MAX_SOCKET_PATH_BYTES:
        return runtime
    return runtime_folder({}) / name


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


class Peer(Protocol):
    """One accepted connection, as the server sees it."""

    def read(self) -> tuple[bytes, bool]:
        """Return what arrived since the last read, and whether the peer has closed."""
        ...

    def write(self, data: bytes) -> None:
        """Send ``data`` (a short answer) back."""
        ...

    def close(self) -> None:
        """Close the connection and stop watching it."""
        ...


class Client(Protocol):
    """A connection to the running instance, as a later start sees it."""

    def send(self, data: bytes, timeout_ms: int) -> bool:
        """Write ``data``; return True once it is written."""
        ...

    def read_line(self, timeout_ms: int) -> bytes | None:
        """Return one line (without the newline), or None if none came within ``timeout_ms``."""
        ...

    def close(self) -> None:
        """Close the connection."""
        ...


class SingleInstance(QObject):
    """Makes sure one instance runs per profile and carries messages to it.

    ``app_id`` names the lock file in ``lock_dir``; the socket follows the
    lock (``socket_path``). ``acquire()`` decides whether this process is the
    first instance; if so it listens, and every line another instance
    ``send()``s arrives through ``message_received(str)`` (once per line,
    without the newline, in order).

    Anything else that reaches the socket is logged and dropped: bytes that
    are not UTF-8 text, a line longer than ``MAX_MESSAGE_BYTES`` (the
    connection is closed), a client that keeps its connection open for
    more than ``connection_timeout_ms`` (closed then), and, where the OS
    tells, a client run by another user (refused). None of it disturbs the
    messages of other clients.

    Between ``hold()`` and ``serve()`` the lines that arrive are kept (up to
    ``MAX_HELD_MESSAGES``) and questions wait for their answer: the app
    holds while it starts, before anything can carry out a command.
    """

    message_received = Signal(str)

    def __init__(
        self,
        app_id: str,
        lock_dir: Path,
        *,
        environ: Mapping[str, str] = os.environ,
        pipe: bool = not HAS_UNIX_SOCKETS,
        connection_timeout_ms: int = CONNECTION_TIMEOUT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.connection_timeout_ms = connection_timeout_ms
        self.lock_path = lock_dir / f"{app_id}.lock"
        self._environ = environ
        self._pipe = pipe  # a QLocalServer named pipe instead of a Unix socket
        self._lock: QLockFile | None = None
        self._primary = False
        self._server: _UnixServer | QObject | None = None
        self._buffers: dict[Peer, bytearray] = {}
        self._deadlines: dict[Peer, QTimer] = {}
        # Closed connections and their timers, freed later: never inside their own signal.
        self._retired: list[object] = []
        self._answers: dict[str, Callable[[], str]] = {}
        self._serving = True
        self._held: list[tuple[bytes, Peer]] = []
        self.reason: str | None = None

    @property
    def socket_path(self) -> Path:
        """Where the first instance of this profile listens (see ``socket_path``)."""
        if self._pipe:
            from hipcoach.platform.single_instance_pipe import pipe_name  # noqa: PLC0415

            return Path(pipe_name(self.lock_path))
        return socket_path(self.lock_path, self._environ)

    @property
    def is_primary(self) -> bool:
        """Whether ``acquire()`` made this the first instance."""
        return self._primary

    @property
    def listening(self) -> bool:
        """Whether the first instance's server is up and can receive messages."""
        return self._server is not None

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
        client = self._connect(timeout_ms)
        if client is None:
            return False
        try:
            return client.send(data + b"\n", timeout_ms)
        finally:
            client.close()

    def hold(self) -> None:
        """Keep the messages and questions that arrive from now on until ``serve()``."""
        self._serving = False

    def serve(self) -> None:
        """Deliver (and answer) what was held, in order, and every message from now on."""
        if self._serving:
            return
        self._serving = True
        held, self._held = self._held, []
        for line, peer in held:
            self._deliver(line, peer)

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
        client = self._connect(timeout_ms)
        if client is None:
            return None
        try:
            line = None
            if client.send(question.encode("utf-8") + b"\n", timeout_ms):
                line = client.read_line(timeout_ms)
            if line is None:
                raise InstanceSilentError(
                    f"the running hipcoach did not answer {question!r} within {timeout_ms} ms"
                )
            return line.decode("utf-8", errors="replace")
        finally:
            client.close()

    def release(self) -> None:
        """Stop listening and give up the lock (also safe when never acquired)."""
        for peer in list(self._buffers):
            self._drop(peer)
        self._retired.clear()
        server, self._server = self._server, None
        if server is not None:
            server.close()  # type: ignore[union-attr]
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self._primary = False

    # -- the two ends ---------------------------------------------------------------

    def _connect(self, timeout_ms: int) -> Client | None:
        if self._pipe:
            from hipcoach.platform.single_instance_pipe import connect_pipe  # noqa: PLC0415

            return connect_pipe(str(self.socket_path), timeout_ms)
        return _UnixClient.connect(self.socket_path, timeout_ms)

    def _server_answers(self) -> bool:
        client = self._connect(200)
        if client is None:
            return False
        client.close()
        return True

    def _listen(self) -> None:
        if self._pipe:
            from hipcoach.platform.single_instance_pipe import listen_pipe  # noqa: PLC0415

            server: _UnixServer | QObject | None
            server, problem = listen_pipe(str(self.socket_path), self._accept, self._read)
        else:
            path = self.socket_path
            if path.parent != self.lock_path.parent:
                problem = _private_runtime_folder(path.parent)
                if problem:
                    self.reason = problem
                    return
            server, problem = _UnixServer.listen(path, self._accept, self._read)
        if server is None:
            self.reason = problem
            return
        self._server = server

    # -- the server's side of a connection ---------------------------------------

    def _accept(self, peer: Peer, descriptor: int) -> None:
        self._retired.clear()  # called from the server's notifier: none of theirs is running
        uid = peer_uid(descriptor)
        if uid is not None and uid != os.getuid():
            log.warning("single instance: refused a connection from user id %d", uid)
            peer.close()
            self._retired.append(peer)
            return
        self._buffers[peer] = bytearray()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(lambda: self._timed_out(peer))
        deadline.start(self.connection_timeout_ms)
        self._deadlines[peer] = deadline
        self._read(peer)

    def _read(self, peer: Peer) -> None:
        buffer = self._buffers.get(peer)
        if buffer is None:
            return
        data, closed = peer.read()
        buffer += data
        while b"\n" in buffer:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            self._deliver(line, peer)
        if len(buffer) > MAX_MESSAGE_BYTES:
            # Not one of ours: nobody sends lines that long.
            log.warning(
                "single instance: a message longer than %d bytes arrived; connection closed",
                MAX_MESSAGE_BYTES,
            )
            self._drop(peer)
        elif closed:
            if buffer:
                log.warning("single instance: a message without its closing newline was dropped")
            self._drop(peer)

    def _timed_out(self, peer: Peer) -> None:
        if peer not in self._buffers:
            return
        self._read(peer)  # lines that arrived but were not read yet still count
        if peer not in self._buffers:
            return
        log.warning(
            "single instance: a client sent no complete message within %d ms; connection closed",
            self.connection_timeout_ms,
        )
        self._drop(peer)

    def _drop(self, peer: Peer) -> None:
        self._buffers.pop(peer, None)
        deadline = self._deadlines.pop(peer, None)
        if deadline is not None:
            deadline.stop()
            self._retired.append(deadline)
        peer.close()
        self._retired.append(peer)

    def _deliver(self, line: bytes, peer: Peer) -> None:
        if not self._serving:
            if len(self._held) < MAX_HELD_MESSAGES:
                self._held.append((line, peer))
            else:
                log.warning("single instance: dropped a message: %d are waiting", len(self._held))
            return
        try:
            text = line.decode("utf-8").strip()
        except UnicodeDecodeError:
            log.warning("single instance: dropped a message that is not UTF-8 text: %r", line[:80])
            return
        if len(line) > MAX_MESSAGE_BYTES:
            log.warning("single instance: dropped a message of %d bytes", len(line))
        elif text in self._answers:
            if peer not in self._buffers:
                return  # the question was held, and its asker has gone since
            reply = self._answers[text]().replace("\n", " ")
            peer.write(reply.encode("utf-8") + b"\n")
        elif text:
            self.message_received.emit(text)


def _private_runtime_folder(folder: Path) -> str | None:
    """Make ``folder`` (the user's own, 0700) if needed; return why it cannot be used, or None."""
    try:
        make_private_dirs(folder)
        status = folder.lstat()
    except OSError as error:
        return f"cannot create {folder}: {error}"
    if not stat.S_ISDIR(status.st_mode) or status.st_uid != os.getuid():
        return f"{folder} is not a folder of this user; commands from later starts cannot arrive"
    if status.st_mode & 0o077:
        folder.chmod(0o700)
    return None


class _UnixPeer:
    """An accepted Unix-socket connection, read when its ``QSocketNotifier`` fires."""

    def __init__(self, sock: pysocket.socket, on_ready: Callable[[_UnixPeer], None]) -> None:
        sock.setblocking(False)
        self.sock = sock
        self.notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(lambda: on_ready(self))

    def read(self) -> tuple[bytes, bool]:
        """Return what arrived (up to a few kB more than the longest line) and whether it ended."""
        received = bytearray()
        while len(received) <= MAX_MESSAGE_BYTES * 4:
            try:
                chunk = self.sock.recv(4096)
            except (BlockingIOError, InterruptedError):
                return bytes(received), False
            except OSError:
                return bytes(received), True
            if not chunk:
                return bytes(received), True
            received += chunk
        return bytes(received), False

    def write(self, data: bytes) -> None:
        """Send a short answer; one the peer does not take at once is dropped and logged."""
        try:
            self.sock.sendall(data)
        except OSError as error:
            log.warning("single instance: an answer could not be sent: %s", error)

    def close(self) -> None:
        """Close the connection (safe to call twice); the notifier goes with this object."""
        self.notifier.setEnabled(False)
        self.sock.close()


class _UnixServer:
    """A listening Unix socket at ``path`` (mode 0600), accepted from a ``QSocketNotifier``."""

    def __init__(
        self,
        sock: pysocket.socket,
        path: Path,
        accept: Callable[[Peer, int], None],
        reader: Callable[[Peer], None],
    ) -> None:
        self.sock = sock
        self.path = path
        self.inode = path.stat().st_ino
        self._accept = accept
        self._reader = reader
        self.notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self._pending)

    @classmethod
    def listen(
        cls,
        path: Path,
        accept: Callable[[Peer, int], None],
        reader: Callable[[Peer], None],
    ) -> tuple[_UnixServer | None, str | None]:
        """Listen at ``path``, replacing a socket left there by a killed instance."""
        try:
            if stat.S_ISSOCK(path.lstat().st_mode):
                path.unlink()  # whoever made it is gone: we hold the lock
        except FileNotFoundError:
            pass
        except OSError as error:
            return None, f"cannot replace the old socket {path}: {error}"
        sock = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
        try:
            sock.bind(os.fspath(path))
            path.chmod(0o600)
            sock.listen(16)
            sock.setblocking(False)
        except OSError as error:
            sock.close()
            return None, f"cannot listen at {path}: {error}"
        return cls(sock, path, accept, reader), None

    def _pending(self) -> None:
        while True:
            try:
                sock, _ = self.sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:
                log.warning("single instance: accepting a connection failed: %s", error)
                return
            peer = _UnixPeer(sock, self._reader)
            self._accept(peer, sock.fileno())

    def close(self) -> None:
        """Stop listening and remove the socket file (if it is still ours)."""
        self.notifier.setEnabled(False)
        self.sock.close()
        with contextlib.suppress(OSError):
            if self.path.stat().st_ino == self.inode:
                self.path.unlink()


class _UnixClient:
    """A later start's blocking connection to the first instance's Unix socket."""

    def __init__(self, sock: pysocket.socket) -> None:
        self.sock = sock

    @classmethod
    def connect(cls, path: Path, timeout_ms: int) -> _UnixClient | None:
        """Connect within ``timeout_ms``; None when nobody listens at ``path``."""
        sock = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
        sock.settimeout(timeout_ms / 1000)
        try:
            sock.connect(os.fspath(path))
        except OSError:  # no file, a stale file (refused), too long a path, a timeout
            sock.close()
            return None
        return cls(sock)

    def send(self, data: bytes, timeout_ms: int) -> bool:
        """Write ``data`` within ``timeout_ms``."""
        self.sock.settimeout(timeout_ms / 1000)
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        return True

    def read_line(self, timeout_ms: int) -> bytes | None:
        """Return one line, or None after ``timeout_ms`` or when the other end closes first."""
        deadline = time.monotonic() + timeout_ms / 1000
        received = bytearray()
        while b"\n" not in received and len(received) <= MAX_ANSWER_BYTES:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(4096)
            except OSError:
                return None
            if not chunk:
                return None
            received += chunk
        return bytes(received).partition(b"\n")[0]

    def close(self) -> None:
        """Close the connection."""
        self.sock.close()
