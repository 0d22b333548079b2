"""The end of a session: what it counts as, its work, and what was done on each side."""

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

from hipcoach.core.adherence import COMPLETE_SHARE, PARTIAL_SHARE, SessionStatus
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


def skipped_text(result: SideResult) -> Message | str:
    """Return what of ``result``'s work was not done, in its unit ("2 reps"), or "—".

    Units stopped for sharp pain count as skipped and are named as such
    ("3 reps (2 stopped for pain)", "2 reps (stopped for pain)"); units a
    stopped session never reached are named last ("8 reps not reached").
    """
    count = result.skipped + result.pain
    unreached = result.planned - result.completed - count
    parts: list[Message] = []
    if count:
        amount = _amount(result.unit, count)
        if not result.pain:
            parts.append(amount)
        elif result.pain == count:
            parts.append(SummaryText.tr("{amount} (stopped for pain)", amount=amount))
        else:
            parts.append(
                SummaryText.tr("{amount} (%n stopped for pain)", "", result.pain, amount=amount)
            )
    if unreached > 0:
        parts.append(SummaryText.tr("{amount} not reached", amount=_amount(result.unit, unreached)))
    if not parts:
        return "—"
    if len(parts) == 1:
        return parts[0]
    return SummaryText.tr("{skipped}; {unreached}", skipped=parts[0], unreached=parts[1])


def _amount(unit: str, count: int) -> Message:
    if unit == "reps":
        return SummaryText.tr("%n reps", "", count).one("%n rep")
    return SummaryText.tr("%n sets", "", count).one("%n set")


def status_text(summary: SessionSummary) -> Message:
    """Return what ``summary``'s session counts as, in one or two sentences."""
    complete, partial = round(COMPLETE_SHARE * 100), round(PARTIAL_SHARE * 100)
    status = summary.status
    if status is SessionStatus.COMPLETE:
        return SummaryText.tr("Today's session is done. Nice work.")
    if status is SessionStatus.PARTIAL:
        return SummaryText.tr(
            "This counts as a partial session: your calendar shows the day as partly done."
            " A session is done from {complete} % of its exercise work.",
            complete=complete,
        )
    return SummaryText.tr(
        "This session is not counted: a session counts as partly done from {partial} %"
        " of its exercise work, and as done from {complete} %.",
        partial=partial,
        complete=complete,
    )


class SummaryView(QWidget):
    """Shows a ``SessionSummary``; ``closed`` fires when the user is done reading."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = page_title("")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
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
                self.tr("Not done"),
                self.tr("Time"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # never clipped
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Back to routines"))
        self.close_button.setAccessibleName(self.tr("Back to routines"))
        self.close_button.clicked.connect(self.closed.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status_label)
        layout.addWidget(self.time_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.close_button)

    def show_summary(self, summary: SessionSummary) -> None:
        """Fill the view from ``summary``: its status first, then its work and the table."""
        status = summary.status
        if status is SessionStatus.COMPLETE:
            self.title.setText(self.tr("Session complete — well done"))
        elif status is SessionStatus.PARTIAL:
            self.title.setText(self.tr("Session partly done"))
        elif summary.finished:
            self.title.setText(self.tr("Session skipped"))
        else:
            self.title.setText(self.tr("Session stopped"))
        _show(self.status_label, render(status_text(summary)))
        work = summary.work
        worked = self.tr(
            "Exercise work done: {done} of {planned}. {completed} of {total} exercise sides"
            " done in full."
        ).format(
            done=render(format_seconds(round(work.done_seconds))),
            planned=render(format_seconds(round(work.planned_seconds))),
            completed=summary.exercises_completed,
            total=len(summary.results),
        )
        if work.pain_stopped_seconds > 0:
            worked += self.tr(
                " Work stopped for sharp pain ({stopped}) does not count against the"
                " session, up to half of its plan."
            ).format(stopped=render(format_seconds(round(work.pain_stopped_seconds))))
        _show(self.time_label, worked)
        self.table.setRowCount(len(summary.results))
        for row, result in enumerate(summary.results):
            side = render(result.side.label_message) if result.side else "—"
            values = (
                result.exercise_name,
                side,
                render(done_text(result)),
                render(skipped_text(result)),
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


def _show(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``, which assistive technology then reads by that text."""
    label.setText(text)
    label.setAccessibleName(text)
