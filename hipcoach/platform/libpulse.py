"""A small libpulse client for the call watcher, run from Qt's event loop without a thread.

It does three things: connect to a PulseAudio (or PipeWire) server,
subscribe to source-output events, and list the source outputs and the
sources. Everything goes through libpulse itself (``libpulse.so.0``, through
ctypes), so the wire protocol and authentication are libpulse's.

libpulse's ``pa_mainloop`` runs one iteration at a time (``prepare``,
``poll``, ``dispatch``). Its poll function is replaced
(``pa_mainloop_set_poll_func``): instead of sleeping in ``poll(2)`` it only
looks (``poll`` with no wait) and notes which descriptors libpulse waits on
and for how long. A ``QSocketNotifier`` per descriptor and one single-shot
``QTimer`` then bring the next iteration when the server writes or a
libpulse timer falls due. At idle that is a socket nobody writes to:
nothing wakes. Callbacks from libpulse only note what happened; the
``PulseEvents`` receiver hears of it after ``dispatch`` has returned, so it
may close the connection safely.

The structures below declare only the leading fields hipcoach reads;
libpulse only ever adds fields at the end (its ABI is stable), and hipcoach
never allocates them, only reads those libpulse hands over.
"""

from __future__ import annotations

import ctypes
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from hipcoach.platform.calls_pulse import STREAM_PROPERTIES, PulseEvents, Stream

LIBRARY = "libpulse.so.0"
PA_INVALID_INDEX = 0xFFFFFFFF
PA_CHANNELS_MAX = 32
PA_CONTEXT_NOAUTOSPAWN = 0x0001
PA_SUBSCRIPTION_MASK_SOURCE_OUTPUT = 0x0008
# pa_context_state_t
_READY, _FAILED, _TERMINATED = 4, 5, 6
_POLLIN, _POLLOUT = 0x001, 0x004

log = logging.getLogger(__name__)


class SampleSpec(ctypes.Structure):
    """``pa_sample_spec``."""

    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class ChannelMap(ctypes.Structure):
    """``pa_channel_map``."""

    _fields_ = [("channels", ctypes.c_uint8), ("map", ctypes.c_int * PA_CHANNELS_MAX)]


class CVolume(ctypes.Structure):
    """``pa_cvolume``."""

    _fields_ = [("channels", ctypes.c_uint8), ("values", ctypes.c_uint32 * PA_CHANNELS_MAX)]


class SourceOutputInfo(ctypes.Structure):
    """``pa_source_output_info``, up to ``corked``."""

    _fields_ = [
        ("index", ctypes.c_uint32),
        ("name", ctypes.c_char_p),
        ("owner_module", ctypes.c_uint32),
        ("client", ctypes.c_uint32),
        ("source", ctypes.c_uint32),
        ("sample_spec", SampleSpec),
        ("channel_map", ChannelMap),
        ("buffer_usec", ctypes.c_uint64),
        ("source_usec", ctypes.c_uint64),
        ("resample_method", ctypes.c_char_p),
        ("driver", ctypes.c_char_p),
        ("proplist", ctypes.c_void_p),
        ("corked", ctypes.c_int),
    ]


class SourceInfo(ctypes.Structure):
    """``pa_source_info``, up to ``monitor_of_sink``."""

    _fields_ = [
        ("name", ctypes.c_char_p),
        ("index", ctypes.c_uint32),
        ("description", ctypes.c_char_p),
        ("sample_spec", SampleSpec),
        ("channel_map", ChannelMap),
        ("owner_module", ctypes.c_uint32),
        ("volume", CVolume),
        ("mute", ctypes.c_int),
        ("monitor_of_sink", ctypes.c_uint32),
    ]


class PollFd(ctypes.Structure):
    """``struct pollfd``."""

    _fields_ = [("fd", ctypes.c_int), ("events", ctypes.c_short), ("revents", ctypes.c_short)]


_POLL_FUNC = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(PollFd), ctypes.c_ulong, ctypes.c_int, ctypes.c_void_p
)
_CONTEXT_NOTIFY = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
_CONTEXT_SUBSCRIBE = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.c_int, ctypes.c_uint32, ctypes.c_void_p
)
_CONTEXT_SUCCESS = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
_SOURCE_OUTPUT_INFO = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.POINTER(SourceOutputInfo), ctypes.c_int, ctypes.c_void_p
)
_SOURCE_INFO = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.POINTER(SourceInfo), ctypes.c_int, ctypes.c_void_p
)

_P = ctypes.c_void_p
_SIGNATURES: dict[str, tuple[Any, list[Any]]] = {
    "pa_mainloop_new": (_P, []),
    "pa_mainloop_free": (None, [_P]),
    "pa_mainloop_get_api": (_P, [_P]),
    "pa_mainloop_prepare": (ctypes.c_int, [_P, ctypes.c_int]),
    "pa_mainloop_poll": (ctypes.c_int, [_P]),
    "pa_mainloop_dispatch": (ctypes.c_int, [_P]),
    "pa_mainloop_set_poll_func": (None, [_P, _POLL_FUNC, _P]),
    "pa_context_new": (_P, [_P, ctypes.c_char_p]),
    "pa_context_unref": (None, [_P]),
    "pa_context_connect": (ctypes.c_int, [_P, ctypes.c_char_p, ctypes.c_int, _P]),
    "pa_context_disconnect": (None, [_P]),
    "pa_context_get_state": (ctypes.c_int, [_P]),
    "pa_context_errno": (ctypes.c_int, [_P]),
    "pa_context_set_state_callback": (None, [_P, _CONTEXT_NOTIFY, _P]),
    "pa_context_set_subscribe_callback": (None, [_P, _CONTEXT_SUBSCRIBE, _P]),
    "pa_context_subscribe": (_P, [_P, ctypes.c_uint32, _CONTEXT_SUCCESS, _P]),
    "pa_context_get_source_output_info_list": (_P, [_P, _SOURCE_OUTPUT_INFO, _P]),
    "pa_context_get_source_info_list": (_P, [_P, _SOURCE_INFO, _P]),
    "pa_operation_unref": (None, [_P]),
    "pa_proplist_gets": (ctypes.c_char_p, [_P, ctypes.c_char_p]),
    "pa_strerror": (ctypes.c_char_p, [ctypes.c_int]),
}


def load_libpulse(name: str = LIBRARY) -> Any:
    """Load libpulse and declare the functions used here; ``OSError`` when it is missing."""
    library = ctypes.CDLL(name)
    for function, (result, arguments) in _SIGNATURES.items():
        declared = getattr(library, function)  # AttributeError: not a libpulse
        declared.restype = result
        declared.argtypes = arguments
    return library


def client_maker(name: str = LIBRARY) -> Callable[[], LibpulseClient]:
    """Load libpulse once and return a maker of connections (``OSError`` if it is missing)."""
    try:
        library = load_libpulse(name)
    except AttributeError as error:
        raise OSError(f"{name} lacks {error}") from error
    libc = ctypes.CDLL(None)  # poll's errno must reach libpulse as poll left it
    libc.poll.restype = ctypes.c_int
    libc.poll.argtypes = [ctypes.POINTER(PollFd), ctypes.c_ulong, ctypes.c_int]
    return lambda: LibpulseClient(library, libc.poll)


def _text(value: bytes | None) -> str | None:
    return None if value is None else value.decode("utf-8", errors="replace")


class LibpulseClient(QObject):
    """One connection to a sound server on libpulse's main loop, driven by Qt (see module docs)."""

    def __init__(
        self, library: Any, poll: Callable[..., int], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pa = library
        self._poll = poll
        self._events: PulseEvents | None = None
        self._server = ""
        self._was_ready = False
        self._mainloop: int | None = library.pa_mainloop_new()
        if not self._mainloop:
            raise OSError("pa_mainloop_new failed")
        self._context: int | None = None
        self._pending: list[Callable[[], None]] = []
        self._iterating = False
        self._polled = False
        self._lost_told = False
        self._block_ms: int | None = None
        self._wanted: dict[int, int] = {}
        self._timeout_ms = -1
        self._notifiers: dict[tuple[int, QSocketNotifier.Type], QSocketNotifier] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._iterate)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._iterate)
        self._listing: tuple[list[Stream], set[int], list[bool]] | None = None
        self._list_again = False
        self.iterations = 0
        # ctypes callbacks must outlive every call libpulse may make to them.
        self._callbacks = (
            _POLL_FUNC(self._on_poll),
            _CONTEXT_NOTIFY(self._on_state),
            _CONTEXT_SUBSCRIBE(self._on_subscription),
            _CONTEXT_SUCCESS(self._on_subscribed),
            _SOURCE_OUTPUT_INFO(self._on_source_output),
            _SOURCE_INFO(self._on_source),
        )
        library.pa_mainloop_set_poll_func(self._mainloop, self._callbacks[0], None)

    # --- what the source asks ------------------------------------------------------

    def open(self, server: str, events: PulseEvents) -> None:
        """Begin connecting to ``server`` (never starting a server); report to ``events``."""
        pa, loop = self._pa, self._mainloop
        self._events, self._server = events, server
        if loop is None:
            return
        context = pa.pa_context_new(pa.pa_mainloop_get_api(loop), b"hipcoach")
        if not context:
            self._pending.append(lambda: events.lost("pa_context_new failed"))
            self._soon.start()
            return
        self._context = context
        pa.pa_context_set_state_callback(context, self._callbacks[1], None)
        pa.pa_context_set_subscribe_callback(context, self._callbacks[2], None)
        if pa.pa_context_connect(context, server.encode(), PA_CONTEXT_NOAUTOSPAWN, None) < 0:
            self._pending.append(self._lost_now)
        self._soon.start()

    def refresh(self) -> None:
        """List the source outputs and the sources; ``events.listed`` gets them."""
        pa, context = self._pa, self._context
        if context is None:
            return
        if self._listing is not None:
            self._list_again = True
            return
        self._listing = ([], set(), [False, False])
        for operation in (
            pa.pa_context_get_source_output_info_list(context, self._callbacks[4], None),
            pa.pa_context_get_source_info_list(context, self._callbacks[5], None),
        ):
            if operation:
                pa.pa_operation_unref(operation)
            else:
                self._listing = None
                self._pending.append(self._lost_now)
                break
        self._soon.start()

    def settle(self, done: Callable[[], bool], timeout_s: float) -> None:
        """Run iterations, waiting in ``poll``, until ``done()`` or ``timeout_s`` has passed."""
        deadline = time.monotonic() + timeout_s
        while self._mainloop is not None and not done():
            left = deadline - time.monotonic()
            if left <= 0:
                break
            self._block_ms = max(1, round(left * 1000))
            try:
                self._iterate()
            finally:
                self._block_ms = None

    def close(self) -> None:
        """Disconnect and free the connection and the main loop (safe to call twice)."""
        self._timer.stop()
        self._soon.stop()
        for notifier in self._notifiers.values():
            notifier.setEnabled(False)
            notifier.deleteLater()
        self._notifiers.clear()
        pa, context, loop = self._pa, self._context, self._mainloop
        self._context = self._mainloop = None
        self._pending.clear()
        if context is not None:
            pa.pa_context_set_state_callback(context, _CONTEXT_NOTIFY(), None)
            pa.pa_context_set_subscribe_callback(context, _CONTEXT_SUBSCRIBE(), None)
            pa.pa_context_disconnect(context)
            pa.pa_context_unref(context)
        if loop is not None:
            pa.pa_mainloop_free(loop)

    # --- driving libpulse's loop from Qt ----------------------------------------------

    def _iterate(self) -> None:
        self._deliver()  # what happened outside an iteration (a refused connect) comes first
        pa, loop = self._pa, self._mainloop
        if loop is None or self._iterating:
            return
        self._iterating = True
        self._polled = False
        self.iterations += 1
        try:
            if pa.pa_mainloop_prepare(loop, -1) >= 0 and pa.pa_mainloop_poll(loop) >= 0:
                pa.pa_mainloop_dispatch(loop)
        finally:
            self._iterating = False
        self._deliver()
        if self._mainloop is not None:
            self._arm()

    def _on_poll(self, fds: Any, count: int, timeout_ms: int, _data: object) -> int:
        self._polled = True
        self._wanted = {int(fds[i].fd): int(fds[i].events) for i in range(count)}
        self._timeout_ms = int(timeout_ms)
        wait = 0
        if self._block_ms is not None and not self._pending:
            wait = self._block_ms if timeout_ms < 0 else min(int(timeout_ms), self._block_ms)
        return int(self._poll(fds, count, wait))

    def _arm(self) -> None:
        if not self._polled or self._timeout_ms == 0 or self._pending:
            # libpulse has work ready (it skips polling while deferred work waits):
            # go on at the event loop's next turn.
            self._soon.start()
            return
        wanted: set[tuple[int, QSocketNotifier.Type]] = set()
        for fd, events in self._wanted.items():
            if events & _POLLIN:
                wanted.add((fd, QSocketNotifier.Type.Read))
            if events & _POLLOUT:
                wanted.add((fd, QSocketNotifier.Type.Write))
        for key in list(self._notifiers):
            if key not in wanted:
                notifier = self._notifiers.pop(key)
                notifier.setEnabled(False)
                notifier.deleteLater()
        for key in wanted:
            if key not in self._notifiers:
                notifier = QSocketNotifier(key[0], key[1], self)
                notifier.activated.connect(self._iterate)
                self._notifiers[key] = notifier
        if self._timeout_ms > 0:
            self._timer.start(max(1, self._timeout_ms))
        else:
            self._timer.stop()

    def _deliver(self) -> None:
        while self._pending and self._mainloop is not None:
            self._pending.pop(0)()

    # --- libpulse's callbacks: note, and tell the events after dispatch -----------------

    def _on_state(self, _context: object, _data: object) -> None:
        context, events = self._context, self._events
        if context is None or events is None:
            return
        state = self._pa.pa_context_get_state(context)
        if state == _READY:
            self._was_ready = True
            operation = self._pa.pa_context_subscribe(
                context, PA_SUBSCRIPTION_MASK_SOURCE_OUTPUT, self._callbacks[3], None
            )
            if operation:
                self._pa.pa_operation_unref(operation)
            else:
                self._pending.append(self._lost_now)
        elif state in (_FAILED, _TERMINATED):
            self._pending.append(self._lost_now)

    def _on_subscribed(self, _context: object, success: int, _data: object) -> None:
        events = self._events
        if events is None:
            return
        self._pending.append(events.ready if success else self._lost_now)

    def _on_subscription(self, _context: object, _kind: int, _index: int, _data: object) -> None:
        events = self._events
        if events is not None and events.changed not in self._pending:
            self._pending.append(events.changed)

    def _on_source_output(self, _context: object, info: Any, end: int, _data: object) -> None:
        listing = self._listing
        if listing is None:
            return
        if end:
            self._list_part_done(0, end)
            return
        item = info.contents
        properties: dict[str, str] = {}
        for key in STREAM_PROPERTIES:
            value = _text(self._pa.pa_proplist_gets(item.proplist, key.encode()))
            if value is not None:
                properties[key] = value
        listing[0].append(
            Stream(
                source=int(item.source),
                corked=bool(item.corked),
                resample_method=_text(item.resample_method) or None,
                properties=properties,
            )
        )

    def _on_source(self, _context: object, info: Any, end: int, _data: object) -> None:
        listing = self._listing
        if listing is None:
            return
        if end:
            self._list_part_done(1, end)
            return
        item = info.contents
        if int(item.monitor_of_sink) != PA_INVALID_INDEX:
            listing[1].add(int(item.index))

    def _list_part_done(self, part: int, end: int) -> None:
        listing = self._listing
        if listing is None:
            return
        if end < 0:
            self._listing = None
            self._pending.append(self._lost_now)
            return
        listing[2][part] = True
        if all(listing[2]):
            self._listing = None
            streams, monitors = listing[0], listing[1]
            events = self._events
            if events is not None:
                self._pending.append(lambda: events.listed(streams, monitors))
            if self._list_again:
                self._list_again = False
                self._pending.append(self.refresh)

    def _lost_now(self) -> None:
        events = self._events
        if events is not None and not self._lost_told:
            self._lost_told = True  # a refused connect is also a FAILED state: say it once
            events.lost(self._failure())

    def _failure(self) -> str:
        context = self._context
        detail = "connection failed"
        if context is not None:
            message = _text(self._pa.pa_strerror(self._pa.pa_context_errno(context)))
            detail = message or detail
        if self._was_ready:
            return f"the sound server at {self._server} went away ({detail}); trying again later"
        return f"no sound server answers at {self._server} ({detail})"
