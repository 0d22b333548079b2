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


#: The names Qt gives the calendar's own controls, and what a screen reader calls them
#: (Qt leaves the month arrows and the table of days without a name).
_PARTS = {
    "qt_calendar_prevmonth": QT_TRANSLATE_NOOP("ProgrammeCalendar", "Previous month"),
    "qt_calendar_nextmonth": QT_TRANSLATE_NOOP("ProgrammeCalendar", "Next month"),
    "qt_calendar_yearedit": QT_TRANSLATE_NOOP("ProgrammeCalendar", "Year"),
    "qt_calendar_calendarview": QT_TRANSLATE_NOOP("ProgrammeCalendar", "Days of the month"),
}


class ProgrammeCalendar(QCalendarWidget):
    """Shows one status per day; ``statuses`` maps dates to a status enum or its name.

    Colours and type styles do not reach a screen reader, so the table of
    days also says the month's marks in words (its accessible description).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Programme calendar"))
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._marked: dict[date, str] = {}
        for object_name, name in _PARTS.items():
            part = self.findChild(QWidget, object_name)
            if part is not None:
                part.setAccessibleName(self.tr(name))
        self.days_view = self.findChild(QWidget, "qt_calendar_calendarview")

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
        if self.days_view is not None:
            self.days_view.setAccessibleDescription(self.marks_in_words())

    def marks_in_words(self) -> str:
        """Return the marked days in words: "✓ done: 5, 6; missed: 7" (days of the month)."""
        parts = []
        for status, (_background, _style, text) in STYLES.items():
            days = sorted(day.day for day, name in self._marked.items() if name == status)
            if days:
                listed = ", ".join(str(day) for day in days)
                parts.append(
                    self.tr("{status}: {days}").format(
                        status=translate("ProgrammeCalendar", text), days=listed
                    )
                )
        return "; ".join(parts)

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
