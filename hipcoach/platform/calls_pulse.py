"""The microphone through the sound server: PulseAudio, or PipeWire's PulseAudio interface.

A program records from the microphone when the server has a *recording
stream* (a source output) on a source that is not the monitor of an output
(a monitor is what screen recorders and visualisers capture). Left out as
well: level meters (streams that only detect peaks, as volume controls
open), corked (paused) streams, and hipcoach's own.

How it watches: ``pulsectl`` (a ctypes binding of libpulse) subscribes to the
server's source-output events. libpulse's own main loop runs in a thread of
this source and sleeps in ``poll(2)`` on the server's socket, so it wakes
only when the server reports a change: no timer, nothing to do at idle. On
each change it lists the streams again and calls back when the answer
changed. When the server is not there (not started yet at login, restarted)
the thread tries again after 2 s, then ever more rarely, up to every
``RETRY_MAX_SECONDS``.

``pulsectl`` and libpulse are imported on first use, only on Linux.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hipcoach.platform.calls import MICROPHONE, UnavailableCallSource

#: The index libpulse gives "no such object" (``PA_INVALID_INDEX``).
PA_INVALID_INDEX = 0xFFFFFFFF
#: How long ``start()`` waits for the first answer before going on without it.
START_WAIT_S = 1.0
RETRY_FIRST_SECONDS = 2.0
RETRY_MAX_SECONDS = 300.0

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stream:
    """A recording stream as the server lists it (the fields that matter here)."""

    source: int
    corked: bool
    resample_method: str | None
    properties: Mapping[str, str]

    @property
    def program(self) -> str:
        """The program's name, as it told the server."""
        return (
            self.properties.get("application.name")
            or self.properties.get("application.process.binary")
            or "a program"
        )


def recording_programs(
    streams: Iterable[Stream], monitor_sources: set[int], own_pid: int
) -> list[str]:
    """Return the programs recording from a microphone among ``streams`` (one per stream).

    A stream counts unless it records a monitor (``monitor_sources``), only
    measures peaks (PulseAudio's ``peaks`` resampler; PipeWire's
    ``stream.monitor`` or ``resample.peaks`` property), is corked, or
    belongs to process ``own_pid``.
    """
    programs: list[str] = []
    for stream in streams:
        properties = stream.properties
        if (
            stream.source in monitor_sources
            or stream.corked
            or stream.resample_method == "peaks"
            or properties.get("stream.monitor") == "true"
            or properties.get("resample.peaks") == "true"
            or properties.get("application.process.id") == str(own_pid)
        ):
            continue
        programs.append(stream.program)
    return programs


def _stream(info: Any) -> Stream:
    return Stream(
        source=int(info.source),
        corked=bool(getattr(info, "corked", False)),
        resample_method=getattr(info, "resample_method", None) or None,
        properties=dict(getattr(info, "proplist", {}) or {}),
    )


def server_address(environ: Mapping[str, str]) -> str | None:
    """Return the sound server to ask: ``$PULSE_SERVER``, else the one in ``$XDG_RUNTIME_DIR``."""
    if environ.get("PULSE_SERVER"):
        return environ["PULSE_SERVER"]
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime:
        return f"unix:{Path(runtime) / 'pulse' / 'native'}"
    return None


class PulseMicrophoneSource:
    """Recording streams on the PulseAudio or PipeWire server at ``server``.

    ``pulse`` is the ``pulsectl`` module (tests may pass a stand-in). The
    watching thread starts in ``start()``; ``in_use()`` is the last answer.
    """

    kind = MICROPHONE
    pushes = True

    def __init__(
        self,
        pulse: Any,
        server: str,
        *,
        own_pid: int | None = None,
        start_wait_s: float = START_WAIT_S,
        retry_first_s: float = RETRY_FIRST_SECONDS,
        retry_max_s: float = RETRY_MAX_SECONDS,
    ) -> None:
        self._pulse = pulse
        self._server = server
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._start_wait_s = start_wait_s
        self._retry_first_s = retry_first_s
        self._retry_max_s = retry_max_s
        self._state: bool | None = None
        self._programs: tuple[str, ...] = ()
        self._reason: str | None = "not started"
        self._changed: Callable[[], None] = lambda: None
        self._stopping = threading.Event()
        self._first_try = threading.Event()
        self._thread: threading.Thread | None = None
        self._client: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """The server and how it is watched."""
        return f"recording streams on the sound server at {self._server} (libpulse events)"

    @property
    def available(self) -> bool:
        """Whether the server answered and is being watched now."""
        return self._reason is None

    @property
    def reason(self) -> str | None:
        """Why the server cannot be watched right now; None when it is."""
        return self._reason

    @property
    def programs(self) -> tuple[str, ...]:
        """The programs recording from a microphone, as of the last change."""
        return self._programs

    def start(self, changed: Callable[[], None]) -> None:
        """Start the watching thread; wait up to ``start_wait_s`` for its first answer."""
        if self._thread is not None:
            return
        self._changed = changed
        self._thread = threading.Thread(target=self._run, name="hipcoach-calls", daemon=True)
        self._thread.start()
        self._first_try.wait(self._start_wait_s)

    def in_use(self) -> bool | None:
        """Return the last answer: whether a program records from a microphone."""
        return self._state

    def close(self) -> None:
        """Stop the thread and disconnect (safe to call twice)."""
        self._stopping.set()
        thread = self._thread
        if thread is None:
            return
        for _ in range(100):  # the stop request is lost if it lands before libpulse polls
            with self._lock:  # the thread frees the client under this lock
                if self._client is not None:
                    self._client.event_listen_stop()
            thread.join(0.02)
            if not thread.is_alive():
                break
        self._thread = None

    # --- the thread -------------------------------------------------------------

    def _run(self) -> None:
        delay = self._retry_first_s
        while not self._stopping.is_set():
            try:
                self._watch()
                delay = self._retry_first_s  # connected once: start over after a loss
            except Exception as error:  # any failure of the binding: say why, retry later
                was = self._reason
                self._update(None, (), self._describe(error))
                if was is None:
                    log.warning("calls: microphone: %s", self._reason)
            finally:
                self._disconnect()
                self._first_try.set()
            if self._stopping.wait(delay):
                break
            delay = min(delay * 2, self._retry_max_s)

    def _watch(self) -> None:
        pulse = self._pulse
        client = pulse.Pulse("hipcoach-calls", server=self._server, connect=False)
        with self._lock:
            self._client = client
        # Without a timeout: pulsectl's timed connect always waits out the whole timeout.
        # A local server answers or refuses at once; start() waits at most the timeout.
        client.connect(autospawn=False)
        client.event_mask_set("source_output")
        client.event_callback_set(self._on_event)
        first = True
        while not self._stopping.is_set():
            self._update(*self._look(client), None)
            if first:
                log.info("calls: watching the microphone through %s", self._server)
                self._first_try.set()
                first = False
            client.event_listen()  # returns after an event, on close() or on disconnection

    def _on_event(self, event: Any) -> None:
        raise self._pulse.PulseLoopStop

    def _look(self, client: Any) -> tuple[bool, tuple[str, ...]]:
        streams = [_stream(info) for info in client.source_output_list()]
        if not streams:
            return False, ()
        monitors = {
            int(source.index)
            for source in client.source_list()
            if int(source.monitor_of_sink) != PA_INVALID_INDEX
        }
        programs = tuple(recording_programs(streams, monitors, self._own_pid))
        return bool(programs), programs

    def _update(self, state: bool | None, programs: tuple[str, ...], reason: str | None) -> None:
        changed = state != self._state
        self._state, self._programs, self._reason = state, programs, reason
        if changed:
            if state:
                log.info("calls: microphone in use by %s", ", ".join(programs))
            self._changed()

    def _disconnect(self) -> None:
        with self._lock:
            client, self._client = self._client, None
            if client is not None:
                client.close()

    def _describe(self, error: Exception) -> str:
        if isinstance(error, self._pulse.PulseDisconnected):
            return f"the sound server at {self._server} went away; trying again later"
        return f"no sound server answers at {self._server} ({error or type(error).__name__})"


def create_pulse_source(
    environ: Mapping[str, str], *, load: Callable[[], Any] | None = None
) -> PulseMicrophoneSource | UnavailableCallSource:
    """Return the microphone source for the sound server of ``environ``, or say why there is none.

    ``load`` imports the binding (default: ``pulsectl``, which loads libpulse).
    """
    server = server_address(environ)
    if server is None:
        return UnavailableCallSource(
            MICROPHONE, "no sound server address ($PULSE_SERVER and $XDG_RUNTIME_DIR are unset)"
        )
    try:
        pulse = (load or _load_pulsectl)()
    except (ImportError, OSError) as error:
        return UnavailableCallSource(
            MICROPHONE,
            f"the sound server cannot be read: libpulse or pulsectl is missing ({error})",
        )
    return PulseMicrophoneSource(pulse, server)


def _load_pulsectl() -> Any:
    import pulsectl  # noqa: PLC0415  (loads libpulse: only when calls are watched)

    return pulsectl
