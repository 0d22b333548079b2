"""The movement-break pieces: the platform, the history and the services that use them.

They are built after the window's first paint (D-Bus, SQLite and the
safety checks load with them), by ``build_break_pieces``, which connects
them to each other; ``hipcoach.app`` connects them to the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from hipcoach.core.break_moves import BreakPart
from hipcoach.core.clock import Clock, Clocks, WallClock
from hipcoach.core.history import HistoryError, HistoryStore, history_path
from hipcoach.core.library import Library
from hipcoach.core.paths import AppPaths
from hipcoach.core.reminders import BreakDue, ReminderScheduler
from hipcoach.core.settings import BreakSettings
from hipcoach.platform import Platform
from hipcoach.services.break_coordinator import BreakCoordinator
from hipcoach.services.break_driver import BreakDriver
from hipcoach.services.history_recorder import HistoryRecorder
from hipcoach.services.safety_flow import Dialogs, SafetyFlow
from hipcoach.services.session_driver import SessionDriver
from hipcoach.services.sound import CuePlayer
from hipcoach.ui.safety_dialogs import WindowDialogs
from hipcoach.ui.translate import render, translate

if TYPE_CHECKING:
    from hipcoach.ui.break_card import BreakCard


@dataclass(frozen=True)
class BreakPieces:
    """What the movement breaks need, connected to each other."""

    platform: Platform
    scheduler: ReminderScheduler
    driver: BreakDriver
    coordinator: BreakCoordinator
    #: The history, or None if it cannot be opened (``history_problem`` says why).
    history: HistoryStore | None
    history_problem: str | None
    safety: SafetyFlow
    #: What records sessions and breaks; None without a writable history.
    recorder: HistoryRecorder | None

    def close(self) -> None:
        """End the sit in progress (recorded), close the history, release the platform pieces."""
        self.driver.closing()
        if self.history is not None:
            self.history.close()
        self.platform.close()


def build_break_pieces(
    *,
    platform: Platform,
    library: Library,
    paths: AppPaths,
    clock: Clocks,
    breaks: BreakSettings,
    sitting_since: datetime,
    session_driver: SessionDriver,
    cue_player: Callable[[], CuePlayer | None],
    dialogs: Dialogs | None,
    window: Callable[[], QWidget | None],
    parent: QObject,
) -> BreakPieces:
    """Build and connect the break pieces; sitting time counts from ``sitting_since``.

    The safety questions are asked with ``dialogs``, or in real dialogs over
    ``window()``; the sessions ``session_driver`` runs are recorded.
    """
    scheduler = ReminderScheduler(breaks, sitting_since)
    driver = BreakDriver(
        scheduler,
        clock,
        idle_seconds=platform.idle.idle_seconds,
        defer_reason=platform.defer_check.reason,
        in_call=platform.calls.in_call,
        parent=parent,
    )
    platform.calls.changed.connect(driver.call_changed)
    coordinator = BreakCoordinator(
        driver,
        library,
        card_factory=_break_card,
        clock=clock,
        wall=clock,
        notify=platform.notifier.notify,
        cue_player=cue_player,
        parent=parent,
    )
    history, history_problem = _open_history(paths, clock)
    asked = dialogs or WindowDialogs(window)
    safety = SafetyFlow(history, library.reference, library, wall=clock, dialogs=asked)
    recorder: HistoryRecorder | None = None
    if history is not None and not history.read_only:
        recorder = HistoryRecorder(history, clock, parent)
        recorder.session_recorded.connect(safety.session_started)
        session_driver.started.connect(recorder.session_started)
        session_driver.runner_event.connect(recorder.session_event)
        coordinator.card_shown.connect(recorder.break_shown)
        driver.answered.connect(recorder.break_answered)
        driver.sitting_ended.connect(recorder.sitting_ended)
    watcher = platform.watcher
    watcher.locked.connect(driver.screen_locked)
    watcher.unlocked.connect(driver.screen_unlocked)
    watcher.sleeping.connect(driver.sleeping)
    watcher.resumed.connect(driver.resumed)
    return BreakPieces(
        platform=platform,
        scheduler=scheduler,
        driver=driver,
        coordinator=coordinator,
        history=history,
        history_problem=history_problem,
        safety=safety,
        recorder=recorder,
    )


def _open_history(paths: AppPaths, clock: WallClock) -> tuple[HistoryStore | None, str | None]:
    """Open the history; return it (or None) and a message for the user, if any."""
    try:
        opened = HistoryStore.open(history_path(paths), clock=clock)
    except HistoryError as error:
        return None, translate(
            "HipCoach", "Your history cannot be opened, so this run keeps none: {error}"
        ).format(error=render(error.message))
    return opened.store, render(opened.notice_message) if opened.notice_message else None


def _break_card(
    due: BreakDue,
    parts: tuple[BreakPart, ...],
    *,
    clock: Clock,
    wall: WallClock,
    cue_player: CuePlayer | None,
    snoozes_left: int,
    snooze_minutes: int,
) -> BreakCard:
    """Return a new break card (its module loads with the first card)."""
    from hipcoach.ui.break_card import BreakCard  # noqa: PLC0415

    return BreakCard(
        due,
        parts,
        clock=clock,
        wall=wall,
        cue_player=cue_player,
        snoozes_left=snoozes_left,
        snooze_minutes=snooze_minutes,
    )
