"""Tells a start-up benchmark, from outside the process, when hipcoach is ready.

Off unless ``HIPCOACH_STARTUP_PROBE`` is set. Then hipcoach writes one line
to stderr when its window has first been painted (with the library in it) or
when its tray icon is up, and with the value ``exit`` it quits right after::

    hipcoach-startup: window-shown 12345.678901 exercises=17

The number is the system's monotonic clock (``SystemClock.monotonic``, that
is ``time.monotonic()``), a clock shared by every process on Linux and
macOS, so the benchmark can subtract the moment it started the process.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from hipcoach.core.clock import Clock, SystemClock

ENV = "HIPCOACH_STARTUP_PROBE"
PREFIX = "hipcoach-startup:"


class StartupProbe(QObject):
    """Reports the first paint of a window, or a ready tray, once, stamped with ``clock``."""

    def __init__(
        self,
        *,
        exit_after: bool,
        quit: Callable[[], None] = QCoreApplication.quit,
        stream: TextIO | None = None,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.exit_after = exit_after
        self._quit = quit
        self._stream = stream
        self._clock = clock
        self._watched: QWidget | None = None
        self._details = ""
        self.reported: str | None = None

    def watch_window(self, window: QWidget, details: str = "") -> None:
        """Report ``window-shown`` once ``window`` has painted for the first time."""
        self._watched = window
        self._details = details
        window.installEventFilter(self)

    def tray_ready(self, details: str = "") -> None:
        """Report ``tray-ready`` as soon as the event loop runs."""
        QTimer.singleShot(0, lambda: self._report("tray-ready", details))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._watched = None
            # Report once the whole window has painted (children paint after it).
            QTimer.singleShot(0, lambda: self._report("window-shown", self._details))
        return False

    def _report(self, event: str, details: str) -> None:
        if self.reported is not None:
            return
        self.reported = event
        stream = self._stream or sys.stderr
        stream.write(f"{PREFIX} {event} {self._clock.monotonic():.6f} {details}".rstrip() + "\n")
        stream.flush()
        if self.exit_after:
            self._quit()


def probe_from_environment(
    quit: Callable[[], None],
    environ: Mapping[str, str] = os.environ,
    parent: QObject | None = None,
) -> StartupProbe | None:
    """Return a probe when ``HIPCOACH_STARTUP_PROBE`` asks for one.

    With the value ``exit`` the probe calls ``quit`` (the app's own way out)
    once it has reported.
    """
    value = environ.get(ENV, "").strip()
    if not value:
        return None
    # Always the system's clock: the benchmark in another process reads the same one.
    return StartupProbe(exit_after=value == "exit", quit=quit, clock=SystemClock(), parent=parent)
