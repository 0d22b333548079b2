"""Keeps the break scheduler in step with time, presence and the user's answers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from hipcoach.core.clock import WallClock
from hipcoach.core.history_records import BreakAction, BreakPartRecord
from hipcoach.core.reminders import BreakDue, ReminderScheduler
from hipcoach.core.settings import BreakSettings
from hipcoach.core.sitting import SittingSpan

#: The longest the driver sleeps between two looks at the scheduler.
POLL_SECONDS = 60.0
#: How often the driver looks while a due break is held back (a call, a full-screen app).
HELD_POLL_SECONDS = 10.0
#: A break due this soon is near: sources of calls that must be read are read.
NEAR_SECONDS = 90.0
#: The reason a break counts as done when the user says they stood up while it was out.
STOOD_UP_REASON = "stood-up"


class BreakChoice(StrEnum):
    """What the user chose on a break card (a snooze over the limit becomes a skip)."""

    DONE = "done"
    SNOOZE = "snooze"
    SKIP = "skip"


@dataclass(frozen=True)
class BreakAnswer:
    """What the user did with a break, and why: ``action`` is done, snoozed or skipped.

    ``parts`` says what became of each part of the break (empty when the
    card did not say). Raises ``ValueError`` for ``BreakAction.SHOWN``,
    which is no answer.
    """

    due: BreakDue
    action: BreakAction
    reason: str | None
    at: datetime
    parts: tuple[BreakPartRecord, ...] = ()

    def __post_init__(self) -> None:
        if self.action is BreakAction.SHOWN:
            raise ValueError("a break is answered done, snoozed or skipped, not shown")


@dataclass(frozen=True)
class BreakStatus:
    """What the tray and the Breaks page show about breaks right now."""

    sitting_minutes: int
    next_due: datetime | None
    paused_until: datetime | None
    outstanding: BreakDue | None
    snoozes_left: int
    enabled: bool
    #: What holds a due break back (``Hold`` values: ``call``, ``fullscreen`` …), or None.
    held_because: str | None = None
    in_call: bool = False
    #: When the user sat down for the sit in progress; None when not sitting (away, off hours).
    sat_down_at: datetime | None = None


class BreakDriver(QObject):
    """Polls the scheduler at most once a minute (sooner when a break is near).

    While a due break is held back it looks every ``HELD_POLL_SECONDS``.
    ``in_call(look)`` says whether a call is going on; ``look`` is True when
    the answer matters now (a break is near or held, a call is on, or the
    user has been idle long enough to count as away), so sources that must
    be read are read only then. ``call_changed`` takes news of a call from
    sources that report it.

    ``break_due`` fires with a ``BreakDue`` when a card should appear;
    ``break_cleared`` fires when an outstanding break went away without an
    answer on its card (the user took a natural break, or said they stood
    up); ``answered`` fires with a ``BreakAnswer`` for every Done / Snooze /
    Skip (and a Done for "I stood up" while a break was out);
    ``sitting_ended`` fires with each ``SittingSpan`` that ended;
    ``status_changed`` fires with a ``BreakStatus`` after every poll and action.
    """

    break_due = Signal(BreakDue)
    break_cleared = Signal()
    answered = Signal(BreakAnswer)
    sitting_ended = Signal(SittingSpan)
    status_changed = Signal(BreakStatus)

    def __init__(
        self,
        scheduler: ReminderScheduler,
        wall: WallClock,
        *,
        idle_seconds: Callable[[], float | None] = lambda: None,
        defer_reason: Callable[[], str | None] = lambda: None,
        in_call: Callable[[bool], bool] = lambda look: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self._wall = wall
        self._idle_seconds = idle_seconds
        self._defer_reason = defer_reason
        self._in_call = in_call
        self._enabled = scheduler.settings.enabled
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.timer.timeout.connect(self.poll)
        self.polls = 0

    def start(self) -> None:
        """Begin polling."""
        self.poll()

    def status(self) -> BreakStatus:
        """Return the break status at the wall clock's now."""
        now = self._wall.now()
        scheduler = self.scheduler
        return BreakStatus(
            sitting_minutes=scheduler.sitting_minutes(now),
            next_due=scheduler.next_due(now) if self._enabled else None,
            paused_until=scheduler.paused_until,
            outstanding=scheduler.outstanding,
            snoozes_left=scheduler.snoozes_left,
            enabled=self._enabled,
            held_because=scheduler.held_because if self._enabled else None,
            in_call=scheduler.in_call,
            sat_down_at=scheduler.sat_down_at,
        )

    def poll(self) -> None:
        """Feed presence to the scheduler, deliver a due break, and re-arm."""
        self.polls += 1
        now = self._wall.now()
        scheduler = self.scheduler
        had_outstanding = scheduler.outstanding is not None
        idle = self._idle_seconds()
        scheduler.set_in_call(now, self._in_call(self._calls_matter(now, idle)))
        scheduler.user_idle(now, idle)
        scheduler.set_deferred(now, self._defer_reason())
        due = scheduler.poll(now) if self._enabled else None
        if due is not None:
            self.break_due.emit(due)
        elif had_outstanding and scheduler.outstanding is None:
            self.break_cleared.emit()
        self._after_change(now)

    # -- user actions --------------------------------------------------------

    def done(self, reason: str | None = None, *, parts: tuple[BreakPartRecord, ...] = ()) -> None:
        """The user did the break (``reason`` notes how, e.g. a walk away from the desk)."""
        self._answer(BreakAction.DONE, reason, self.scheduler.break_done, parts)

    def skip(self, reason: str | None = None, *, parts: tuple[BreakPartRecord, ...] = ()) -> None:
        """The user skipped the break, optionally saying why."""
        self._answer(BreakAction.SKIPPED, reason, self.scheduler.skip, parts)

    def closing(self) -> None:
        """hipcoach stops: the sit in progress ends now (``sitting_ended``); polling stops."""
        self.timer.stop()
        self.scheduler.closing(self._wall.now())
        self._report_sitting()

    def snooze(self, reason: str | None = None, *, parts: tuple[BreakPartRecord, ...] = ()) -> bool:
        """Put the break off for the snooze time; False when the limit is reached."""
        outstanding = self.scheduler.outstanding
        now = self._wall.now()
        if not self.scheduler.snooze(now):
            return False
        if outstanding is not None:
            self.answered.emit(BreakAnswer(outstanding, BreakAction.SNOOZED, reason, now, parts))
        self._after_change(now)
        return True

    def stood_up(self, parts: tuple[BreakPartRecord, ...] = ()) -> None:
        """The user says they stood up without the computer noticing: sitting counts from now.

        A break that was out counts as done (``STOOD_UP_REASON``, with what
        became of its ``parts``) and its card goes (``break_cleared``).
        """
        had_outstanding = self.scheduler.outstanding is not None
        self._answer(BreakAction.DONE, STOOD_UP_REASON, self.scheduler.stood_up, parts)
        if had_outstanding:
            self.break_cleared.emit()

    def break_now(self) -> None:
        """Show a break card right away."""
        now = self._wall.now()
        self.break_due.emit(self.scheduler.break_now(now))
        self._after_change(now)

    def pause_for(self, seconds: float) -> None:
        """Hold breaks for ``seconds``."""
        now = self._wall.now()
        self.scheduler.pause(now, now + timedelta(seconds=seconds))
        self._after_change(now)

    def pause_until_tomorrow(self) -> None:
        """Hold breaks until the start of tomorrow (local time)."""
        now = self._wall.now()
        tomorrow = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        self.scheduler.pause(now, tomorrow)
        self._after_change(now)

    def resume(self) -> None:
        """End a pause."""
        now = self._wall.now()
        self.scheduler.resume(now)
        self.poll()

    def session_completed(self) -> None:
        """A full session counts as a break."""
        now = self._wall.now()
        self.scheduler.session_completed(now)
        self._after_change(now)

    def update_settings(self, settings: BreakSettings) -> None:
        """Apply new break settings at once."""
        now = self._wall.now()
        self._enabled = settings.enabled
        self.scheduler.update_settings(now, settings)
        self.poll()

    # -- presence ------------------------------------------------------------

    def call_changed(self, _on_call: bool = False) -> None:
        """A source reported that a call began or ended: look at once."""
        self.poll()

    def screen_locked(self) -> None:
        """The screen was locked: no reminders until it is unlocked."""
        self.scheduler.screen_locked(self._wall.now())
        self._after_change(self._wall.now())

    def screen_unlocked(self) -> None:
        """The screen was unlocked."""
        self.scheduler.screen_unlocked(self._wall.now())
        self.poll()

    def sleeping(self) -> None:
        """The machine is about to sleep."""
        self.scheduler.suspended(self._wall.now())
        self._report_sitting()

    def resumed(self) -> None:
        """The machine woke up."""
        self.scheduler.resumed(self._wall.now())
        self.poll()

    # -- internals -----------------------------------------------------------

    def _answer(
        self,
        action: BreakAction,
        reason: str | None,
        apply: Callable[[datetime], None],
        parts: tuple[BreakPartRecord, ...] = (),
    ) -> None:
        outstanding = self.scheduler.outstanding
        now = self._wall.now()
        apply(now)
        if outstanding is not None:
            self.answered.emit(BreakAnswer(outstanding, action, reason, now, parts))
        self._after_change(now)

    def _calls_matter(self, now: datetime, idle: float | None) -> bool:
        """Whether a call changes anything now (see the class docs)."""
        scheduler = self.scheduler
        if not self._enabled:
            return False
        if scheduler.in_call or scheduler.held_because is not None:
            return True
        absence = scheduler.settings.absence_minutes * 60
        if idle is not None and idle >= absence and not scheduler.away:
            return True
        next_due = scheduler.next_due(now)
        return next_due is not None and (next_due - now).total_seconds() <= NEAR_SECONDS

    def _report_sitting(self) -> None:
        for span in self.scheduler.take_sitting_spans():
            self.sitting_ended.emit(span)

    def _after_change(self, now: datetime) -> None:
        status = self.status()
        self._report_sitting()
        self.status_changed.emit(status)
        wait = POLL_SECONDS
        next_due = self.scheduler.next_due(now) if self._enabled else None
        if self._enabled and self.scheduler.held_because is not None:
            wait = HELD_POLL_SECONDS
        elif next_due is not None:
            wait = min(wait, max(1.0, (next_due - now).total_seconds()))
        self.timer.start(round(wait * 1000))
