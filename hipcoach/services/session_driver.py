"""Runs a SessionRunner on the Qt event loop with one single-shot timer."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from hipcoach.core.clock import Clock, WallClock
from hipcoach.core.plan import Plan
from hipcoach.core.session import (
    Event,
    RunnerState,
    SessionEnded,
    SessionRunner,
    SessionSummary,
    Snapshot,
)

#: While nothing is on screen the driver still wakes at least this often, so
#: the runner's sleep detection never mistakes a quiet stretch for a sleep.
HIDDEN_WAKE_CAP_SECONDS = 20.0
#: A wall clock that moved this much further than the monotonic clock
#: between two wake-ups means the machine slept in between.
SLEEP_SKEW_SECONDS = 5.0


class SessionDriver(QObject):
    """Owns the runner of the session on screen and keeps it in time.

    ``started`` fires with the ``Plan`` when a session starts, before its
    first events. ``snapshot_changed`` fires after every wake-up and command with the new
    ``Snapshot``; ``runner_event`` fires once for each runner event, in order;
    ``ended`` fires with the ``SessionSummary`` when the session finishes
    or is stopped. The one timer is armed only while a session runs.
    """

    started = Signal(Plan)
    snapshot_changed = Signal(Snapshot)
    # An Event is a union of the runner's event classes, which a Signal cannot name.
    runner_event = Signal(object)
    ended = Signal(SessionSummary)

    def __init__(self, clock: Clock, wall: WallClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._wall = wall
        self._runner: SessionRunner | None = None
        self._visible = True
        self._last_wall: datetime | None = None
        self._last_mono = 0.0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.poll)
        self.wakeups = 0

    @property
    def runner(self) -> SessionRunner | None:
        """Return the runner of the current (or last) session."""
        return self._runner

    def start(self, plan: Plan) -> None:
        """Start a new session of ``plan``, ending any session still running."""
        if self._runner is not None and self._runner.state in (
            RunnerState.RUNNING,
            RunnerState.PAUSED,
        ):
            self._handle(self._runner.stop())
        self._runner = SessionRunner(plan, self._clock)
        self._mark_seen()
        self.started.emit(plan)
        self._handle(self._runner.start())

    def set_visible(self, visible: bool) -> None:
        """Say whether the session is on screen; when hidden, only step ends wake it."""
        self._visible = visible
        self._rearm()

    def poll(self) -> None:
        """Wake-up: catch the runner up with the clock and re-arm the timer."""
        self.wakeups += 1
        runner = self._runner
        if runner is None:
            return
        if self._slept_since_last_wake():
            self._handle(runner.suspended())
        else:
            self._handle(runner.advance(self._clock.monotonic()))
        self._mark_seen()

    def command(self, name: str) -> None:
        """Run a runner command by name (``pause``, ``skip``, ``back`` …)."""
        runner = self._runner
        if runner is None:
            return
        self._handle(getattr(runner, name)())
        self._mark_seen()

    def snapshot(self) -> Snapshot | None:
        """Return the current snapshot, if a session exists."""
        return None if self._runner is None else self._runner.snapshot(self._clock.monotonic())

    def _mark_seen(self) -> None:
        self._last_wall = self._wall.now()
        self._last_mono = self._clock.monotonic()

    def _slept_since_last_wake(self) -> bool:
        if self._last_wall is None:
            return False
        wall_moved = (self._wall.now() - self._last_wall).total_seconds()
        mono_moved = self._clock.monotonic() - self._last_mono
        return wall_moved - mono_moved > SLEEP_SKEW_SECONDS

    def _handle(self, events: list[Event]) -> None:
        runner = self._runner
        for item in events:
            self.runner_event.emit(item)
            if isinstance(item, SessionEnded):
                self.ended.emit(item.summary)
        if runner is not None:
            self.snapshot_changed.emit(runner.snapshot(self._clock.monotonic()))
        self._rearm()

    def _rearm(self) -> None:
        runner = self._runner
        now = self._clock.monotonic()
        wake = runner.next_wakeup(now) if runner is not None else None
        if wake is None:
            self.timer.stop()
            return
        if not self._visible:
            # Off screen the countdown need not tick; wake for cues and step ends.
            assert runner is not None
            upcoming = runner.next_event_time(now)
            wake = min(upcoming if upcoming is not None else wake, now + HIDDEN_WAKE_CAP_SECONDS)
        self.timer.start(max(0, round((wake - now) * 1000)))
