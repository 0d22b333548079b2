"""The end of a session: time spent and what was done on each side."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.describe import format_seconds
from hipcoach.core.messages import Message, MessageContext
from hipcoach.core.session import SessionSummary, SideResult
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.text import page_title
from hipcoach.ui.translate import render


class SummaryText(MessageContext):
    """How much of each exercise side was done, in the session summary."""


def done_text(result: SideResult) -> Message:
    """Return "8 of 10 reps" (or sets) for ``result``, in the plural form its count needs."""
    if result.unit == "reps":
        return SummaryText.tr(
            "{completed} of %n reps", "", result.planned, completed=result.completed
        ).one("{completed} of %n rep")
    return SummaryText.tr(
        "{completed} of %n sets", "", result.planned, completed=result.completed
    ).one("{completed} of %n set")


class SummaryView(QWidget):
    """Shows a ``SessionSummary``; ``closed`` fires when the user is done reading."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = page_title("")
        self.time_label = QLabel()
        self.time_label.setWordWrap(True)
        name_by_content(self.time_label, self.tr("Time spent"))
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("What you did"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Exercise"),
                self.tr("Side"),
                self.tr("Done"),
                self.tr("Skipped"),
                self.tr("Time"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Back to routines"))
        self.close_button.setAccessibleName(self.tr("Back to routines"))
        self.close_button.clicked.connect(self.closed.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.time_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.close_button)

    def show_summary(self, summary: SessionSummary) -> None:
        """Fill the view from ``summary``."""
        everything = all(result.fully_done for result in summary.results)
        if not summary.finished:
            self.title.setText(self.tr("Session stopped"))
        elif everything:
            self.title.setText(self.tr("Session complete — well done"))
        else:
            self.title.setText(self.tr("Session finished"))
        self.time_label.setText(
            self.tr(
                "You worked for {worked} (the plan was {planned})."
                " {completed} of {total} exercise sides done in full."
            ).format(
                worked=render(format_seconds(round(summary.active_seconds))),
                planned=render(format_seconds(summary.planned_seconds)),
                completed=summary.exercises_completed,
                total=len(summary.results),
            )
        )
        self.table.setRowCount(len(summary.results))
        for row, result in enumerate(summary.results):
            side = render(result.side.label_message) if result.side else "—"
            done = render(done_text(result))
            skipped = str(result.skipped)
            if result.pain:
                skipped += self.tr(" (stopped: pain)")
            values = (
                result.exercise_name,
                side,
                done,
                skipped,
                render(format_seconds(round(result.work_seconds))),
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        pain = any(result.pain for result in summary.results)
        self.advice_label.setText(
            self.tr(
                "You stopped for sharp pain. Next time try the gentler option, ease off sooner,"
                " and if sharp pain keeps coming back, have a physiotherapist look at it."
            )
            if pain
            else ""
        )
        self.close_button.setFocus()
