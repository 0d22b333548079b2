"""Writes what sessions and breaks produce into the history store, as it happens."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from hipcoach.core.clock import WallClock
from hipcoach.core.exercises import Tempo
from hipcoach.core.history import BreakRecord, HistoryError, HistoryStore, step_record
from hipcoach.core.plan import Plan, TempoPart
from hipcoach.core.reminders import BreakDue
from hipcoach.core.session import Event, Outcome, SessionEnded, StepEnded
from hipcoach.ui.break_driver import BreakAnswer
from hipcoach.ui.translate import error_text

if TYPE_CHECKING:
    from hipcoach.ui.break_card import BreakCard

T = TypeVar("T")

_ACTIONS = {"done": "done", "snoozed": "snoozed", "skipped": "skipped"}


def worth_a_row(event: StepEnded) -> bool:
    """Return whether a finished step gets its own history row.

    A paced repetition is several timed parts (up, hold, down); only its
    last part is stored when all went well, so a rep is one row. A part that
    was skipped or stopped is always stored.
    """
    step = event.step
    if step.part is None or event.outcome is not Outcome.COMPLETED:
        return True
    tempo = step.exercise.dosage.tempo if step.exercise is not None else None
    return tempo is None or step.part is _last_part(tempo)


def _last_part(tempo: Tempo) -> TempoPart:
    if tempo.lower_seconds:
        return TempoPart.LOWER
    return TempoPart.HOLD if tempo.hold_seconds else TempoPart.LIFT


class HistoryRecorder(QObject):
    """Records sessions step by step and breaks as they are shown and answered.

    Each finished step is committed at once. A write that fails (a full disk,
    a read-only history) is reported through ``problem`` (once until a write
    works again) and never interrupts the session.
    """

    problem = Signal(str)
    #: A session began: its id in the history, or None if it could not be recorded.
    session_recorded = Signal(object)

    def __init__(self, store: HistoryStore, wall: WallClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._wall = wall
        self._session_id: int | None = None
        self._breaks: dict[tuple[datetime, str], int] = {}
        self._reported = False

    # -- sessions ------------------------------------------------------------

    def session_started(self, plan: Plan) -> None:
        """A session of ``plan`` began."""
        self._session_id = self._write(
            lambda: self.store.start_session(plan.protocol_id, self._wall.now())
        )
        self.session_recorded.emit(self._session_id)

    def session_event(self, event: Event) -> None:
        """Store a finished step, or close the session when it ends."""
        session_id = self._session_id
        if session_id is None:
            return
        if isinstance(event, StepEnded) and worth_a_row(event):
            record = step_record(session_id, event, self._wall.now())
            if record is not None:
                self._write(lambda: self.store.record_step(record))
        elif isinstance(event, SessionEnded):
            summary = event.summary
            self._write(
                lambda: self.store.finish_session(
                    session_id, self._wall.now(), summary.active_seconds, summary.finished
                )
            )
            self._session_id = None

    # -- breaks --------------------------------------------------------------

    def break_shown(self, card: BreakCard) -> None:
        """A break card appeared."""
        due: BreakDue = card.due
        now = self._wall.now()
        break_id = self._write(
            lambda: self.store.record_break(
                BreakRecord(due.due, now, None, "shown", None, due.move, due.deferred)
            )
        )
        if break_id is not None:
            self._breaks[(due.due, due.move)] = break_id

    def break_answered(self, answer: BreakAnswer) -> None:
        """The user answered a break card."""
        break_id = self._breaks.pop((answer.due.due, answer.due.move), None)
        action = _ACTIONS.get(answer.action)
        if break_id is None or action is None:
            return
        self._write(
            lambda: self.store.update_break(
                break_id, action=action, answered_at=answer.at, reason=answer.reason
            )
        )

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
