"""Writes what sessions and breaks produce into the history store, as it happens."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from hipcoach.core.adherence import planned_work_seconds
from hipcoach.core.clock import WallClock
from hipcoach.core.history import BreakAction, BreakRecord, HistoryError, HistoryStore
from hipcoach.core.plan import Plan
from hipcoach.core.reminders import BreakDue
from hipcoach.core.session import Event, SessionEnded
from hipcoach.core.sitting import SittingSpan
from hipcoach.core.work_log import WorkLog
from hipcoach.services.break_coordinator import Card
from hipcoach.services.break_driver import BreakAnswer
from hipcoach.ui.translate import error_text

T = TypeVar("T")


class HistoryRecorder(QObject):
    """Records sessions unit of work by unit of work, breaks as shown and answered, and sitting.

    Each unit of work (a set, or one repetition on one side) is committed as
    it ends; when the session ends, every planned unit it left behind gets
    its row too, and the session its work and status (``hipcoach.core.work_log``).
    A write that fails (a full disk, a read-only history) is reported through
    ``problem`` (once until a write works again) and never interrupts the session.
    """

    problem = Signal(str)
    #: A session began: its id in the history, or None if it could not be recorded.
    # object, not int: a Signal(int) would turn None into 0.
    session_recorded = Signal(object)

    def __init__(self, store: HistoryStore, wall: WallClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._wall = wall
        self._session_id: int | None = None
        self._log: WorkLog | None = None
        self._breaks: dict[tuple[datetime, str], int] = {}
        self._reported = False

    # -- sessions ------------------------------------------------------------

    def session_started(self, plan: Plan) -> None:
        """A session of ``plan`` began."""
        planned = planned_work_seconds(plan)
        self._session_id = self._write(
            lambda: self.store.start_session(
                plan.routine_id, self._wall.now(), work_planned_seconds=planned
            )
        )
        self._log = None if self._session_id is None else WorkLog(plan, self._session_id)
        self.session_recorded.emit(self._session_id)

    def session_event(self, event: Event) -> None:
        """Store the units of work ``event`` ends, and close the session when it ends."""
        session_id, log = self._session_id, self._log
        if session_id is None or log is None:
            return
        for row in log.rows(event, self._wall.now()):
            self._write(partial(self.store.record_step, row))
        if isinstance(event, SessionEnded):
            summary = event.summary
            self._write(
                lambda: self.store.finish_session(
                    session_id, self._wall.now(), summary.active_seconds, summary.work
                )
            )
            self._session_id = self._log = None

    # -- breaks --------------------------------------------------------------

    def break_shown(self, card: Card) -> None:
        """A break card appeared; the break is recorded under its first move."""
        due: BreakDue = card.due
        move = card.parts[0].id if card.parts else due.move
        now = self._wall.now()
        break_id = self._write(
            lambda: self.store.record_break(
                BreakRecord(due.due, now, None, BreakAction.SHOWN, None, move, due.deferred)
            )
        )
        if break_id is not None:
            self._breaks[(due.due, due.move)] = break_id

    def break_answered(self, answer: BreakAnswer) -> None:
        """The user answered a break card: the answer, and what became of each part."""
        break_id = self._breaks.pop((answer.due.due, answer.due.move), None)
        if break_id is None:
            return
        self._write(
            lambda: self.store.update_break(
                break_id, action=answer.action, answered_at=answer.at, reason=answer.reason
            )
        )
        if answer.parts:
            self._write(lambda: self.store.record_break_parts(break_id, answer.parts))

    # -- sitting -------------------------------------------------------------

    def sitting_ended(self, span: SittingSpan) -> None:
        """A span of sitting ended: store it (the one in progress is not stored until it ends)."""
        self._write(partial(self.store.record_sitting, span))

    # -- internals -----------------------------------------------------------

    def _write(self, write: Callable[[], T]) -> T | None:
        try:
            result = write()
        except (HistoryError, sqlite3.Error, OSError) as error:
            if not self._reported:
                self._reported = True
                self.problem.emit(
                    self.tr("History could not be saved to {path}: {error}").format(
                        path=self.store.path, error=error_text(error)
                    )
                )
            return None
        self._reported = False  # writing works again: report the next failure too
        return result
