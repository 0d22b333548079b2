"""The safety steps around a session: red-flag check-ins, pain checks, cautions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from hipcoach.core.clock import WallClock
from hipcoach.core.exercises import Exercise
from hipcoach.core.history import (
    HistoryError,
    HistoryStore,
    PainEntry,
    PainMoment,
    RedFlagCheckIn,
    RedFlagTrigger,
)
from hipcoach.core.library import Library
from hipcoach.core.plan import Plan, PlanError, compile_plan
from hipcoach.core.reference import Reference
from hipcoach.core.safety import (
    CONTINUE,
    GENTLE,
    checkin_due,
    needs_caution_acknowledgement,
)
from hipcoach.core.session import Outcome, SessionSummary
from hipcoach.ui.translate import error_text

GENTLE_ROUTINE = "gentle"
T = TypeVar("T")


@dataclass(frozen=True)
class PainAnswers:
    """What the user entered; every rating is 0–10 or ``None`` (left out)."""

    moment: PainMoment
    pain: int | None
    areas: tuple[str, ...]
    stiffness: int | None
    tight_left: int | None
    tight_right: int | None
    note: str | None

    @property
    def empty(self) -> bool:
        """Return whether nothing at all was entered."""
        return (
            self.pain is None
            and not self.areas
            and self.stiffness is None
            and self.tight_left is None
            and self.tight_right is None
            and not self.note
        )


class Dialogs(Protocol):
    """The questions the safety steps ask.

    ``hipcoach.ui.safety_dialogs.WindowDialogs`` asks them in dialogs; tests
    answer them without windows.
    """

    def red_flags(self, reference: Reference) -> tuple[str, dict[str, bool]] | None:
        """Ask the red-flag questions; return (choice, answers), or None if cancelled."""
        ...

    def pain(self, moment: PainMoment) -> PainAnswers | None:
        """Ask the pain check; return the answers, or None if skipped."""
        ...

    def caution(self, exercise: Exercise) -> bool:
        """Show an exercise's cautions; return whether the user acknowledged them."""
        ...


def _pain_stop_since(store: HistoryStore, since: datetime | None) -> bool:
    """Return whether any exercise was stopped for sharp pain after ``since``."""
    return any(
        step.outcome == Outcome.PAIN.value
        for session in store.sessions(since=since)
        for step in store.steps(session.id)
    )


class SafetyFlow(QObject):
    """Runs the checks before and after sessions and writes the answers to history.

    ``problem`` fires once with a message when history cannot be written.
    """

    problem = Signal(str)

    def __init__(
        self,
        store: HistoryStore | None,
        reference: Reference | None,
        library: Library,
        *,
        wall: WallClock,
        dialogs: Dialogs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._reference = reference
        self._library = library
        self._wall = wall
        self.dialogs = dialogs
        self._acknowledged: set[str] = set()
        self._sharp_pain = False
        self._reported = False
        # The "before" answers wait here until the session they belong to has an id.
        self._before: PainEntry | None = None
        self._session_id: int | None = None

    def set_library(self, library: Library) -> None:
        """Build the gentle routine it offers from ``library`` from now on."""
        self._library = library

    def before_session(self, plan: Plan) -> Plan | None:
        """Run the checks due before ``plan``; return the plan to run, or None to stop.

        A red-flag check-in is asked before the first session, every two
        weeks and after sharp pain; a "yes" leads to advice and the choice to
        stop, switch to the gentle routine or go on. Then a skippable pain check.
        """
        now = self._wall.now()
        reference = self._reference
        if reference is not None and reference.red_flags:
            nothing: list[RedFlagCheckIn] = []
            past = self._read(lambda s: s.red_flag_checkins(), nothing)
            sessions = self._read(lambda s: len(s.sessions()), 0)
            sharp_pain = self._sharp_pain or self._read(
                lambda s: _pain_stop_since(s, max((c.at for c in past), default=None)), False
            )
            trigger = checkin_due(
                past, now, sharp_pain_since_last=sharp_pain, sessions_done=sessions
            )
            if trigger is None and past and max(past, key=lambda c: c.at).any_yes:
                # A "yes" last time: ask again until it is all "no".
                trigger = RedFlagTrigger.FOLLOW_UP
            if trigger is not None:
                asked = self.dialogs.red_flags(reference)
                if asked is None:
                    return None
                choice, answers = asked
                self._write(lambda s: s.add_red_flags(RedFlagCheckIn(now, trigger, answers)))
                self._sharp_pain = False
                if choice == GENTLE:
                    plan = self._gentle() or plan
                elif choice != CONTINUE:
                    return None
        self._store_before(None)  # answers whose session was never recorded: kept without one
        self._before = self._ask_pain(PainMoment.BEFORE)
        return plan

    def session_started(self, session_id: int | None) -> None:
        """The session the checks were for began, recorded as ``session_id`` (None if not).

        The "before" pain answers are stored now, naming the session; the
        "after" ones will name it too.
        """
        self._session_id = session_id
        self._store_before(session_id)

    def after_session(self, summary: SessionSummary) -> None:
        """Ask how it feels now; remember sharp pain for the next check-in."""
        session_id, self._session_id = self._session_id, None
        if any(result.pain for result in summary.results):
            self._sharp_pain = True
        if summary.active_seconds > 0:
            self._record_pain(PainMoment.AFTER, session_id)

    def quick_pain(self) -> None:
        """Ask the pain check outside a session (from the tray or the Progress page)."""
        self._record_pain(PainMoment.QUICK, None)

    def check_caution(self, exercise: Exercise) -> bool:
        """Show ``exercise``'s cautions the first time; return False to skip it."""
        if not self._acknowledged:
            none_yet: set[str] = set()
            self._acknowledged = self._read(lambda s: s.acknowledged_cautions(), none_yet)
        cautions = exercise.cautions + exercise.contraindications
        if not needs_caution_acknowledgement(cautions, exercise.id, self._acknowledged):
            return True
        if not self.dialogs.caution(exercise):
            return False
        self._acknowledged.add(exercise.id)
        now = self._wall.now()
        self._write(lambda s: s.acknowledge_caution(exercise.id, now))
        return True

    def safety_check(self) -> None:
        """Ask the red-flag questions now (the user asked for it)."""
        if self._reference is None:
            return
        asked = self.dialogs.red_flags(self._reference)
        if asked is not None:
            now = self._wall.now()
            self._write(
                lambda s: s.add_red_flags(RedFlagCheckIn(now, RedFlagTrigger.MANUAL, asked[1]))
            )

    # -- internals -----------------------------------------------------------

    def _gentle(self) -> Plan | None:
        try:
            return compile_plan(self._library.routine(GENTLE_ROUTINE), self._library)
        except (KeyError, PlanError):
            return None

    def _record_pain(self, moment: PainMoment, session_id: int | None) -> None:
        entry = self._ask_pain(moment, session_id)
        if entry is not None:
            self._write(lambda s: s.add_pain(entry))

    def _ask_pain(self, moment: PainMoment, session_id: int | None = None) -> PainEntry | None:
        """Ask the pain check; return the entry to store, or None if it was skipped."""
        answers = self.dialogs.pain(moment)
        if answers is None:
            return None
        return PainEntry(
            self._wall.now(),
            moment,
            pain=answers.pain,
            areas=answers.areas,
            stiffness=answers.stiffness,
            tight_left=answers.tight_left,
            tight_right=answers.tight_right,
            session_id=session_id,
            note=answers.note,
        )

    def _store_before(self, session_id: int | None) -> None:
        """Store the waiting "before" answers (if any) as belonging to ``session_id``."""
        entry, self._before = self._before, None
        if entry is not None:
            named = replace(entry, session_id=session_id)
            self._write(lambda s: s.add_pain(named))

    def _read(self, query: Callable[[HistoryStore], T], default: T) -> T:
        """Return ``query(store)``, or ``default`` without a (working) history."""
        if self._store is None:
            return default
        try:
            return query(self._store)
        except (HistoryError, sqlite3.Error, OSError) as error:
            self._report(error)
            return default

    def _write(self, write: Callable[[HistoryStore], object]) -> None:
        """Run ``write(store)``; a failure is reported once and otherwise ignored."""
        if self._store is None:
            return
        try:
            write(self._store)
        except (HistoryError, sqlite3.Error, OSError) as error:
            self._report(error)

    def _report(self, error: Exception) -> None:
        if not self._reported and self._store is not None:
            self._reported = True
            self.problem.emit(
                self.tr("History could not be read or saved ({path}): {error}").format(
                    path=self._store.path, error=error_text(error)
                )
            )
