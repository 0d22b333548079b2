"""The microphone through the sound server: PulseAudio, or PipeWire's PulseAudio interface.

A program records from the microphone when the server has a *recording
stream* (a source output) on a source that is not the monitor of an output
(a monitor is what screen recorders and visualisers capture). Left out as
well: level meters (streams that only detect peaks, as volume controls
open), corked (paused) streams, and hipcoach's own.

How it watches: libpulse's own event subscription (``pa_context_subscribe``
to source-output events), with libpulse's main loop driven from Qt's event
loop (``libpulse.py``): the server's socket sits under a socket notifier, so
hipcoach runs no thread and no timer for it and does nothing until the
server reports a change. On each change it lists the streams again and calls
back when the answer changed. When the server is not there (not started yet
at login, restarted) the source tries again after 2 s, then ever more
rarely, up to every ``RETRY_MAX_SECONDS``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QTimer

from hipcoach.platform.calls import MICROPHONE, UnavailableCallSource

#: How long ``start()`` waits for the server's first answer before going on without it.
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


#: The stream properties ``recording_programs`` reads.
STREAM_PROPERTIES = (
    "application.name",
    "application.process.binary",
    "application.process.id",
    "stream.monitor",
    "resample.peaks",
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


def server_address(environ: Mapping[str, str]) -> str | None:
    """Return the sound server to ask: ``$PULSE_SERVER``, else the one in ``$XDG_RUNTIME_DIR``."""
    if environ.get("PULSE_SERVER"):
        return environ["PULSE_SERVER"]
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime:
        return f"unix:{Path(runtime) / 'pulse' / 'native'}"
    return None


class PulseEvents(Protocol):
    """What a sound-server connection reports (always on the Qt thread, outside libpulse)."""

    def ready(self) -> None:
        """The connection is up and subscribed to stream events."""

    def lost(self, reason: str) -> None:
        """The connection failed or ended; ``reason`` says why."""

    def changed(self) -> None:
        """A recording stream came, changed or went."""

    def listed(self, streams: list[Stream], monitors: set[int]) -> None:
        """The answer to ``refresh()``: every recording stream, and the monitor sources."""


class PulseClient(Protocol):
    """A connection to a sound server (``libpulse.LibpulseClient``; stand-ins in tests)."""

    def open(self, server: str, events: PulseEvents) -> None:
        """Begin connecting to ``server``; report through ``events``."""

    def refresh(self) -> None:
        """Ask for the recording streams and the sources; ``events.listed`` answers."""

    def settle(self, done: Callable[[], bool], timeout_s: float) -> None:
        """Work the connection until ``done()`` or ``timeout_s`` passes (blocks: start-up only)."""

    def close(self) -> None:
        """Disconnect and free everything; safe to call twice."""


class PulseMicrophoneSource:
    """Recording streams on the PulseAudio or PipeWire server at ``server``.

    ``make_client`` makes a new connection for each attempt. ``in_use()``
    is the last answer; the source calls back (``start``'s ``changed``)
    when it changes.
    """

    kind = MICROPHONE
    pushes = True

    def __init__(
        self,
        make_client: Callable[[], PulseClient],
        server: str,
        *,
        own_pid: int | None = None,
        start_wait_s: float = START_WAIT_S,
        retry_first_s: float = RETRY_FIRST_SECONDS,
        retry_max_s: float = RETRY_MAX_SECONDS,
    ) -> None:
        self._make_client = make_client
        self._server = server
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._start_wait_s = start_wait_s
        self._retry_first_s = retry_first_s
        self._retry_max_s = retry_max_s
        self._delay_s = retry_first_s
        self._state: bool | None = None
        self._programs: tuple[str, ...] = ()
        self._reason: str | None = "not started"
        self._changed: Callable[[], None] = lambda: None
        self._client: PulseClient | None = None
        self._answered = False
        self._retry = QTimer()
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)

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
        """Connect; wait up to ``start_wait_s`` for the server's first answer."""
        if self._client is not None:
            return
        self._changed = changed
        client = self._connect()
        if client is not None:
            client.settle(lambda: self._answered, self._start_wait_s)

    def in_use(self) -> bool | None:
        """Return the last answer: whether a program records from a microphone."""
        return self._state

    def close(self) -> None:
        """Disconnect and stop trying again (safe to call twice)."""
        self._retry.stop()
        client, self._client = self._client, None
        if client is not None:
            client.close()

    # --- what the connection reports ------------------------------------------------

    def ready(self) -> None:
        """Subscribed: list the streams."""
        if self._client is not None:
            self._client.refresh()

    def changed(self) -> None:
        """A stream came, changed or went: list them again."""
        if self._client is not None:
            self._client.refresh()

    def listed(self, streams: list[Stream], monitors: set[int]) -> None:
        """Take the server's list as the answer."""
        if self._reason is not None:
            log.info("calls: watching the microphone through %s", self._server)
        self._answered = True
        self._delay_s = self._retry_first_s
        programs = tuple(recording_programs(streams, monitors, self._own_pid))
        self._update(bool(programs), programs, None)

    def lost(self, reason: str) -> None:
        """The connection failed or ended: unknown until it is back; try again later."""
        if self._reason is None:
            log.warning("calls: microphone: %s", reason)
        self._answered = True
        self._update(None, (), reason)
        client, self._client = self._client, None
        if client is not None:
            client.close()
        self._retry.start(round(self._delay_s * 1000))
        self._delay_s = min(self._delay_s * 2, self._retry_max_s)

    # --- internals -------------------------------------------------------------------

    def _connect(self) -> PulseClient | None:
        """Make a connection and start it; return it (None if it could not be made)."""
        if self._client is not None:
            return self._client
        try:
            client = self._make_client()
        except OSError as error:
            self.lost(f"libpulse cannot be used: {error}")
            return None
        self._client = client
        client.open(self._server, self)
        return client

    def _update(self, state: bool | None, programs: tuple[str, ...], reason: str | None) -> None:
        changed = state != self._state
        self._state, self._programs, self._reason = state, programs, reason
        if changed:
            if state:
                log.info("calls: microphone in use by %s", ", ".join(programs))
            self._changed()


def create_pulse_source(
    environ: Mapping[str, str], *, load: Callable[[], Callable[[], PulseClient]] | None = None
) -> PulseMicrophoneSource | UnavailableCallSource:
    """Return the microphone source for the sound server of ``environ``, or say why there is none.

    ``load`` loads libpulse and returns a maker of connections (default:
    ``libpulse.client_maker``); it raises ``OSError`` when libpulse is missing.
    """
    server = server_address(environ)
    if server is None:
        return UnavailableCallSource(
            MICROPHONE, "no sound server address ($PULSE_SERVER and $XDG_RUNTIME_DIR are unset)"
        )
    if load is None:
        from hipcoach.platform.libpulse import client_maker  # noqa: PLC0415  (loads libpulse)

        load = client_maker
    try:
        make_client = load()
    except OSError as error:
        return UnavailableCallSource(
            MICROPHONE, f"the sound server cannot be read: libpulse is missing ({error})"
        )
    return PulseMicrophoneSource(make_client, server)
