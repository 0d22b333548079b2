"""A month calendar that marks done, partly done, missed and rest days."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QWidget

from hipcoach.ui.translate import QT_TRANSLATE_NOOP, translate

#: Per day status name: (background, text style, legend text). Styles differ
#: as well as colours, so the marks do not rely on colour alone.
STYLES: dict[str, tuple[str, str, str]] = {
    "DONE": ("#bbf7d0", "bold", QT_TRANSLATE_NOOP("ProgrammeCalendar", "✓ done")),
    "PARTIAL": ("#fde68a", "italic", QT_TRANSLATE_NOOP("ProgrammeCalendar", "partly done")),
    "MISSED": ("#fecaca", "strike", QT_TRANSLATE_NOOP("ProgrammeCalendar", "missed")),
    "REST": ("#e5e7eb", "plain", QT_TRANSLATE_NOOP("ProgrammeCalendar", "rest day")),
    "DUE_TODAY": ("#bfdbfe", "underline", QT_TRANSLATE_NOOP("ProgrammeCalendar", "due today")),
}


def _format(status: str) -> QTextCharFormat:
    background, style, _ = STYLES[status]
    text_format = QTextCharFormat()
    text_format.setBackground(QBrush(QColor(background)))
    text_format.setForeground(QBrush(QColor("#111827")))
    if style == "bold":
        text_format.setFontWeight(QFont.Weight.Bold)
    elif style == "italic":
        text_format.setFontItalic(True)
    elif style == "strike":
        text_format.setFontStrikeOut(True)
    elif style == "underline":
        text_format.setFontUnderline(True)
    return text_format


class ProgrammeCalendar(QCalendarWidget):
    """Shows one status per day; ``statuses`` maps dates to a status enum or its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Programme calendar"))
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._marked: dict[date, str] = {}

    def show_statuses(self, statuses: Mapping[date, Enum | str]) -> None:
        """Mark each day with its status (days not given are left plain)."""
        for day in self._marked:
            self.setDateTextFormat(QDate(day.year, day.month, day.day), QTextCharFormat())
        self._marked = {}
        for day, status in statuses.items():
            name = status.name if isinstance(status, Enum) else status
            if name in STYLES:
                self.setDateTextFormat(QDate(day.year, day.month, day.day), _format(name))
                self._marked[day] = name

    def status_on(self, day: date) -> str | None:
        """Return the status name shown on ``day``, if any."""
        return self._marked.get(day)


def legend() -> QWidget:
    """Return a one-line key to the calendar's marks."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for status, (background, _style, text) in STYLES.items():
        mark = QLabel(translate("ProgrammeCalendar", text))
        mark.setStyleSheet(
            f"QLabel {{ background: {background}; color: #111827; padding: 2px 6px;"
            " border-radius: 4px; }"
        )
        mark.setFont(_format(status).font())
        layout.addWidget(mark)
    layout.addStretch(1)
    row.setAccessibleName(translate("ProgrammeCalendar", "Calendar key"))
    return row
