"""The Breaks page: where break reminders stand, and control over them without a tray."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import assert_never

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.clock import WallClock
from hipcoach.core.history import (
    BreakAction,
    BreakPartRecord,
    BreakRecord,
    HistoryError,
    HistoryStore,
    PartOutcome,
)
from hipcoach.core.sitting import SittingSpan
from hipcoach.core.sitting_day import sitting_day
from hipcoach.services.break_driver import BreakAnswer, BreakDriver, BreakStatus
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.day_timeline import DayTimeline
from hipcoach.ui.text import label, page_title
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, error_text, format_time, translate
from hipcoach.ui.tray import PAUSE_CHOICES, describe_status

#: The pause buttons' short words, by the tray's pause choice they stand for.
_PAUSE_BUTTONS = {
    "For 30 minutes": QT_TRANSLATE_NOOP("BreaksPage", "30 minutes"),
    "For 1 hour": QT_TRANSLATE_NOOP("BreaksPage", "1 hour"),
    "For 2 hours": QT_TRANSLATE_NOOP("BreaksPage", "2 hours"),
    "Until tomorrow": QT_TRANSLATE_NOOP("BreaksPage", "Until tomorrow"),
}

#: What tells two answers apart: the break (when it was due, its move), the answer and its time.
AnswerKey = tuple[datetime, str, BreakAction, datetime]


def _answer_word(action: BreakAction) -> str | None:
    """Return the word listing an answer (English; shown translated), None for no answer."""
    match action:
        case BreakAction.DONE:
            return QT_TRANSLATE_NOOP("BreaksPage", "Done")
        case BreakAction.SNOOZED:
            return QT_TRANSLATE_NOOP("BreaksPage", "Snoozed")
        case BreakAction.SKIPPED:
            return QT_TRANSLATE_NOOP("BreaksPage", "Skipped")
        case BreakAction.SHOWN:
            return None
        case _:
            assert_never(action)


def _part_word(outcome: PartOutcome) -> str:
    """Return the word listing what became of a part (English; shown translated)."""
    match outcome:
        case PartOutcome.DONE:
            return QT_TRANSLATE_NOOP("BreaksPage", "done")
        case PartOutcome.SKIPPED:
            return QT_TRANSLATE_NOOP("BreaksPage", "skipped")
        case PartOutcome.SNOOZED:
            return QT_TRANSLATE_NOOP("BreaksPage", "put off")
        case PartOutcome.NOT_REACHED:
            return QT_TRANSLATE_NOOP("BreaksPage", "not reached")
        case _:
            assert_never(outcome)


def _midnight(day: date, moment: datetime) -> datetime:
    return datetime.combine(day, time(), tzinfo=moment.tzinfo)


class BreaksPage(QWidget):
    """Shows the break status and today's answers; its buttons act on ``driver``.

    Today's answers come from ``history`` (so those of an earlier run are
    listed too) and from ``driver`` as they are given; each is listed once,
    newest first, with what became of each part of the break. The list
    starts afresh when the page shows on a new day. At the top, ``timeline``
    shows today's sitting (the spans and breaks the history holds, and the
    sit in progress), refreshed with every status.
    """

    def __init__(
        self,
        driver: BreakDriver,
        wall: WallClock,
        *,
        history: HistoryStore | None = None,
        move_name: Callable[[str], str] = lambda move: move,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._driver = driver
        self._wall = wall
        self._store = history
        self._move_name = move_name
        self._listed: set[AnswerKey] = set()
        self._day: date | None = None
        title = page_title(self.tr("Movement breaks"))
        self.timeline = DayTimeline()
        self.status_label = label("", 14)
        self.status_label.setWordWrap(True)
        name_by_content(self.status_label, self.tr("Break status"))
        self.tray_label = QLabel()
        self.tray_label.setWordWrap(True)
        self.tray_label.setVisible(False)

        self.break_now_button = QPushButton(self.tr("Take a break now"))
        self.break_now_button.setToolTip(self.tr("Show a break card right away"))
        self.break_now_button.clicked.connect(driver.break_now)
        self.pause_buttons: list[QPushButton] = []
        pauses = QHBoxLayout()
        pauses.addWidget(QLabel(self.tr("Pause:")))
        for text, seconds in PAUSE_CHOICES:
            button = QPushButton(self.tr(_PAUSE_BUTTONS.get(text, text)))
            shown = translate("TrayController", text)
            when = text.lower() if shown == text else shown
            button.setAccessibleName(self.tr("Pause breaks {when}").format(when=when))
            button.setToolTip(self.tr("No break reminders {when}").format(when=when))
            if seconds is None:
                button.clicked.connect(driver.pause_until_tomorrow)
            else:
                button.clicked.connect(lambda _=False, s=seconds: driver.pause_for(s))
            self.pause_buttons.append(button)
            pauses.addWidget(button)
        pauses.addStretch(1)
        self.resume_button = QPushButton(self.tr("Resume breaks"))
        self.resume_button.clicked.connect(driver.resume)

        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Today's breaks"))
        history_label = QLabel(self.tr("&Today's breaks"))
        history_label.setBuddy(self.history)

        actions = QHBoxLayout()
        actions.addWidget(self.break_now_button)
        actions.addWidget(self.resume_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.timeline)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tray_label)
        layout.addLayout(actions)
        layout.addLayout(pauses)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

        driver.status_changed.connect(self.show_status)
        driver.answered.connect(self.add_answer)
        self.show_status(driver.status())
        self.list_today()

    def set_tray_available(self, available: bool) -> None:
        """Explain how reminders arrive when there is no system tray."""
        self.tray_label.setText(
            ""
            if available
            else self.tr(
                "No system tray was found, so hipcoach keeps running while this window is"
                " open (minimised is fine) and shows break cards itself."
            )
        )
        self.tray_label.setVisible(not available)

    def show_status(self, status: BreakStatus) -> None:
        """Show ``status``."""
        now = self._wall.now()
        self.status_label.setText(describe_status(status, now))
        paused = status.paused_until is not None and status.paused_until > now
        self.resume_button.setVisible(paused)
        self.break_now_button.setEnabled(status.enabled)
        self.refresh_timeline(status.sat_down_at)

    def refresh_timeline(self, sat_down_at: datetime | None) -> None:
        """Show today's sitting, with the sit in progress since ``sat_down_at`` (None: none)."""
        now = self._wall.now()
        spans: list[SittingSpan] = []
        breaks: list[BreakRecord] = []
        if self._store is not None:
            since = _midnight(now.date(), now)
            until = _midnight(now.date() + timedelta(days=1), now)
            try:
                spans = self._store.sitting_spans(since, until)
                breaks = self._store.breaks(since, until)
            except (HistoryError, sqlite3.Error, OSError, ValueError):
                pass  # the list below says the history cannot be read; the sit in progress shows
        hours = self._driver.scheduler.settings.working_hours
        self.timeline.show_day(
            sitting_day(now, spans=spans, sat_down_at=sat_down_at, breaks=breaks, hours=hours)
        )

    def list_today(self) -> None:
        """List today's answered breaks from the history (replacing what is listed)."""
        now = self._wall.now()
        self._day = now.date()
        self._listed.clear()
        self.history.clear()
        if self._store is None:
            return
        since = _midnight(now.date(), now)
        until = _midnight(now.date() + timedelta(days=1), now)
        try:
            records = self._store.breaks(since, until)
            parts = self._store.break_parts(since, until)
        except (HistoryError, sqlite3.Error, OSError) as error:
            problem = QListWidgetItem(
                self.tr("Earlier breaks of today could not be read: {error}").format(
                    error=error_text(error)
                )
            )
            problem.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.history.addItem(problem)
            return
        for record in records:
            answered = record.answered_at
            if answered is not None:
                key = (record.due_at, record.move, record.action, answered)
                found = () if record.id is None else parts.get(record.id, ())
                self._list(key, record.reason, record.move, found)

    def add_answer(self, answer: BreakAnswer) -> None:
        """List a break answer at the top, unless it is listed already."""
        # The history names a break with parts by its first part (HistoryRecorder.break_shown).
        move = answer.parts[0].exercise_id if answer.parts else answer.due.move
        key = (answer.due.due, move, answer.action, answer.at)
        self._list(key, answer.reason, move, answer.parts)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Start the list afresh when the page shows on a later day than it was filled."""
        super().showEvent(event)
        if self._day is not None and self._wall.now().date() != self._day:
            self.list_today()
        self.refresh_timeline(self._driver.scheduler.sat_down_at)

    def _list(
        self, key: AnswerKey, reason: str | None, move: str, parts: tuple[BreakPartRecord, ...]
    ) -> None:
        _due, _move, action, at = key
        word = _answer_word(action)
        if key in self._listed or word is None:
            return
        self._listed.add(key)
        why = f" ({reason})" if reason else ""
        shown = self.tr(word)
        text = f"{format_time(at)}  {shown}{why} — {self._move_name(move)}"
        if parts:
            text = f"{format_time(at)}  {shown}{why}\n" + "\n".join(
                self._part_line(part) for part in parts
            )
        self.history.insertItem(0, text)

    def _part_line(self, part: BreakPartRecord) -> str:
        """Return one line of a listed break: a part and what became of it."""
        mark = "✓" if part.outcome is PartOutcome.DONE else "–"
        why = f" ({part.reason})" if part.reason else ""
        word = self.tr(_part_word(part.outcome))
        return f"    {mark} {self._move_name(part.exercise_id)}: {word}{why}"
