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
from hipcoach.core.session import SessionSummary
from hipcoach.ui.text import page_title


class SummaryView(QWidget):
    """Shows a ``SessionSummary``; ``closed`` fires when the user is done reading."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = page_title("")
        self.time_label = QLabel()
        self.time_label.setWordWrap(True)
        self.time_label.setAccessibleName("Time spent")
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName("What you did")
        self.table.setHorizontalHeaderLabels(["Exercise", "Side", "Done", "Skipped", "Time"])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.close_button = QPushButton("Back to routines")
        self.close_button.setAccessibleName("Back to routines")
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
            self.title.setText("Session stopped")
        elif everything:
            self.title.setText("Session complete — well done")
        else:
            self.title.setText("Session finished")
        self.time_label.setText(
            f"You worked for {format_seconds(round(summary.active_seconds))}"
            f" (the plan was {format_seconds(summary.planned_seconds)})."
            f" {summary.exercises_completed} of {len(summary.results)} exercise sides done in full."
        )
        self.table.setRowCount(len(summary.results))
        for row, result in enumerate(summary.results):
            side = result.side.label if result.side else "—"
            unit = result.unit[:-1] if result.planned == 1 else result.unit
            done = f"{result.completed} of {result.planned} {unit}"
            skipped = str(result.skipped)
            if result.pain:
                skipped += " (stopped: pain)"
            values = (
                result.exercise_name,
                side,
                done,
                skipped,
                format_seconds(round(result.work_seconds)),
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        pain = any(result.pain for result in summary.results)
        self.advice_label.setText(
            "You stopped for sharp pain. Next time try the gentler option, ease off sooner, and"
            " if sharp pain keeps coming back, have a physiotherapist look at it."
            if pain
            else ""
        )
        self.close_button.setFocus()
