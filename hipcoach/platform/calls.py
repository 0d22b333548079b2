"""Whether the user is on a call: a microphone or a camera in use by another program.

A ``CallSource`` looks at one thing (the sound server's recording streams,
the cameras, the OS's records of microphone and webcam use) and answers
``in_use()`` with True, False or None ("cannot tell now"). Each source says
what it looks at (``name``) or why it cannot (``reason``), for the About
dialog and the log; none raises because the machine lacks something.

Two kinds of source:

- *pushing* sources (the sound server) learn of changes from events and
  call back; their ``in_use()`` is the last known answer and costs nothing.
- *polled* sources (cameras, Windows, macOS) read the OS when asked. The
  ``CallWatcher`` reads them only when its caller says the answer matters
  now (``look=True``: a break is near or held, a call is going on, or the
  user has been idle long enough to count as away) and at most every
  ``POLL_SECONDS``. Left alone with no break near, nothing is read.

``create_call_watcher()`` picks the sources for this machine:
PulseAudio or PipeWire (``calls_pulse.py``) and the cameras
(``calls_camera.py``) on Linux, the capability-access records on Windows
(``calls_windows.py``), the default input device on macOS (``calls_mac.py``).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal

#: The shortest time between two readings of a polled source.
POLL_SECONDS = 10.0
#: A polled reading older than this no longer counts when nobody looks again.
STALE_SECONDS = 90.0
#: What a source looks at: ``microphone`` or ``camera``.
MICROPHONE = "microphone"
CAMERA = "camera"

log = logging.getLogger(__name__)


class CallSource(Protocol):
    """One way of telling that a microphone or camera is in use by another program."""

    @property
    def kind(self) -> str:
        """``MICROPHONE`` or ``CAMERA``."""
        ...

    @property
    def name(self) -> str:
        """What the source looks at, for a diagnostics view."""
        ...

    @property
    def available(self) -> bool:
        """Whether the source can answer (now, for a source whose service can come and go)."""
        ...

    @property
    def reason(self) -> str | None:
        """Why it cannot answer; None when it works."""
        ...

    @property
    def pushes(self) -> bool:
        """True when the source calls back on changes and ``in_use()`` costs nothing."""
        ...

    def start(self, changed: Callable[[], None]) -> None:
        """Begin watching; a pushing source calls ``changed`` (from any thread) on a change."""
        ...

    def in_use(self) -> bool | None:
        """Return whether another program uses the device now; None when unknown (never raises)."""
        ...

    def close(self) -> None:
        """Stop watching and release what the source holds; safe to call twice."""
        ...


class UnavailableCallSource:
    """A source that cannot work here, and says why."""

    pushes = False

    def __init__(self, kind: str, reason: str) -> None:
        self._kind = kind
        self._reason = reason

    @property
    def kind(self) -> str:
        """What it would have looked at."""
        return self._kind

    @property
    def name(self) -> str:
        """Names the absence of a source."""
        return f"no {self._kind} source"

    @property
    def available(self) -> bool:
        """Always False."""
        return False

    @property
    def reason(self) -> str:
        """Why this kind of source is missing here."""
        return self._reason

    def start(self, changed: Callable[[], None]) -> None:
        """Nothing to watch."""

    def in_use(self) -> bool | None:
        """Always None: unknown."""
        return None

    def close(self) -> None:
        """Nothing to release."""


class CallWatcher(QObject):
    """Combines call sources: on a call while any of them says its device is in use.

    ``changed(bool)`` fires on the Qt thread when a pushing source's news
    changes the answer. Polled sources are read in ``in_call(look=True)``;
    ``in_call()`` without looking uses readings younger than
    ``STALE_SECONDS`` and otherwise only the pushing sources.
    """

    changed = Signal(bool)
    _poked = Signal()

    def __init__(
        self,
        sources: Sequence[CallSource],
        *,
        monotonic: Callable[[], float] = time.monotonic,
        poll_seconds: float = POLL_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sources = tuple(sources)
        self._monotonic = monotonic
        self._poll_seconds = poll_seconds
        self._readings: dict[int, tuple[float, bool | None]] = {}
        self._reported = False
        self._poked.connect(self._recheck, Qt.ConnectionType.QueuedConnection)
        for source in self._sources:
            source.start(self._poked.emit)
        self._reported = self._combined(look=False)

    @property
    def sources(self) -> tuple[CallSource, ...]:
        """Every source, working or not."""
        return self._sources

    def in_call(self, look: bool = False) -> bool:
        """Return whether a microphone or camera is in use by another program.

        With ``look``, polled sources are read again when their last reading
        is ``poll_seconds`` old or older. Unknown counts as not on a call.
        """
        result = self._combined(look)
        if result != self._reported:
            self._reported = result
            log.info("calls: %s", self._describe(result))
        return result

    def close(self) -> None:
        """Close every source (safe to call twice)."""
        for source in self._sources:
            source.close()

    def _combined(self, look: bool) -> bool:
        now = self._monotonic()
        found = False
        for index, source in enumerate(self._sources):
            answer = source.in_use() if source.pushes else self._polled(index, source, now, look)
            found = found or answer is True
        return found

    def _polled(self, index: int, source: CallSource, now: float, look: bool) -> bool | None:
        if not source.available:
            return None
        last = self._readings.get(index)
        if look and (last is None or now - last[0] >= self._poll_seconds):
            last = (now, source.in_use())
            self._readings[index] = last
        if last is None or now - last[0] >= STALE_SECONDS:
            return None
        return last[1]

    def _recheck(self) -> None:
        result = self._combined(look=False)
        if result != self._reported:
            self._reported = result
            log.info("calls: %s", self._describe(result))
            self.changed.emit(result)

    def _describe(self, on_call: bool) -> str:
        if not on_call:
            return "no call"
        using = [
            source.kind
            for index, source in enumerate(self._sources)
            if (source.in_use() if source.pushes else self._readings.get(index, (0, None))[1])
        ]
        return "on a call (" + ", ".join(sorted(set(using))) + " in use)"


def create_call_watcher(
    environ: Mapping[str, str] = os.environ,
    *,
    platform: str = sys.platform,
    parent: QObject | None = None,
) -> CallWatcher:
    """Return a watcher over every call source this machine can have."""
    return CallWatcher(call_sources(environ, platform=platform), parent=parent)


def call_sources(environ: Mapping[str, str], *, platform: str) -> list[CallSource]:
    """Return the microphone and camera sources for ``platform`` (unavailable ones say why)."""
    if platform == "win32":
        from hipcoach.platform.calls_windows import windows_sources  # noqa: PLC0415

        return windows_sources()
    if platform == "darwin":
        from hipcoach.platform.calls_mac import mac_sources  # noqa: PLC0415

        return mac_sources()
    if platform.startswith("linux"):
        from hipcoach.platform.calls_camera import create_camera_source  # noqa: PLC0415
        from hipcoach.platform.calls_pulse import create_pulse_source  # noqa: PLC0415

        return [create_pulse_source(environ), create_camera_source()]
    why = f"calls are not looked for on {platform}"
    return [UnavailableCallSource(MICROPHONE, why), UnavailableCallSource(CAMERA, why)]
