"""Working hours per weekday: an "on" box and a line of time ranges for each day.

A day's text is applied when the user presses Enter or leaves the field, so
half-typed ranges like "09:00-12:00" on the way to "09:00-12:00, 13:00-17:00"
are never applied. An invalid text is refused: the day keeps its last valid
hours, the field turns red and the caption under the days says what is
wrong, in place of the hint it shows otherwise (so nothing moves). While it
is red the message follows the typing and goes away once the text is
valid; the text is applied at the next Enter or when the field is left.
Turning a day on or off applies at once; a day turned off keeps its hours
(greyed out, and in the settings) for when it is turned on again.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.messages import Message, MessageError
from hipcoach.core.settings import WEEKDAYS, TimeRange, WorkingHours, parse_time_range
from hipcoach.ui.field_message import FieldMessage, error_color
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, error_text, render, translate

#: Day names in English (shown translated in the "WorkingHoursEditor" context).
DAY_NAMES = dict(
    zip(
        WEEKDAYS,
        (
            QT_TRANSLATE_NOOP("WorkingHoursEditor", "Monday"),
            QT_TRANSLATE_NOOP("WorkingHoursEditor", "Tuesday"),
            QT_TRANSLATE_NOOP("WorkingHoursEditor", "Wednesday"),
            QT_TRANSLATE_NOOP("WorkingHoursEditor", "Thursday"),
            QT_TRANSLATE_NOOP("WorkingHoursEditor", "Friday"),
            QT_TRANSLATE_NOOP("WorkingHoursEditor", "Saturday"),
            QT_TRANSLATE_NOOP("WorkingHoursEditor", "Sunday"),
        ),
        strict=True,
    )
)
EXAMPLE = "09:00-12:30, 13:30-17:00"
FALLBACK_HOURS = "09:00-17:00"
_GAP = 12
_SEPARATORS = re.compile(r"[,;]")

__all__ = ["DAY_NAMES", "WorkingHoursEditor", "error_color", "format_ranges", "parse_day"]


def format_ranges(ranges: tuple[TimeRange, ...]) -> str:
    """Return ``ranges`` as the line edit shows them: ``09:00-12:30, 13:30-17:00``."""
    return ", ".join(str(item) for item in ranges)


def parse_day(day: str, text: str) -> tuple[TimeRange, ...]:
    """Return the ranges written in ``text`` for ``day``, sorted.

    Ranges are separated by commas (or semicolons); empty pieces are ignored.
    Raises ``ValueError`` with a sentence for the user when a piece is not a
    range, a range ends before it starts, two ranges overlap, or there are none.
    """
    ranges: list[TimeRange] = []
    for piece in _SEPARATORS.split(text):
        if not piece.strip():
            continue
        try:
            ranges.append(parse_time_range(piece))
        except ValueError as error:
            if piece.count("-") > 1:
                raise ValueError(
                    translate(
                        "WorkingHoursEditor", "{error}; separate two ranges with a comma"
                    ).format(error=error_text(error))
                ) from None
            raise ValueError(error_text(error)) from None
    if not ranges:
        raise ValueError(
            translate(
                "WorkingHoursEditor", "Enter the hours as ranges like {example}, or turn {day} off"
            ).format(example=EXAMPLE, day=translate("WorkingHoursEditor", DAY_NAMES[day]))
        )
    try:
        hours = WorkingHours().with_day(day, tuple(ranges))
    except MessageError as error:
        inner = error.message.arguments.get("error")  # without the "working_hours.mon: " prefix
        raise ValueError(render(inner if isinstance(inner, Message) else error.message)) from None
    result: tuple[TimeRange, ...] = getattr(hours, day)
    return result


class WorkingHoursEditor(QWidget):
    """Edit ``WorkingHours``; ``hours_changed`` fires with each new valid value.

    ``day_checks`` and ``day_edits`` hold the widgets of each day (keys
    ``"mon"`` to ``"sun"``); ``message`` is the caption under them: the hint,
    or why a day's text is not applied.
    """

    hours_changed = Signal(WorkingHours)

    def __init__(self, hours: WorkingHours | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hours = hours if hours is not None else WorkingHours()
        self._loading = False
        #: The message of each day whose refused text is marked red.
        self._shown_problems: dict[str, str] = {}
        self.day_checks: dict[str, QCheckBox] = {}
        self.day_edits: dict[str, QLineEdit] = {}

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for day in WEEKDAYS:
            name = self.tr(DAY_NAMES[day])
            check = QCheckBox(name)
            check.setAccessibleName(name)
            check.setAccessibleDescription(
                self.tr("Whether breaks are suggested on {day}s").format(day=name)
            )
            check.setToolTip(
                self.tr(
                    "Suggest breaks on {day}s, within the hours on the right; turned off,"
                    " the day keeps its hours for later"
                ).format(day=name)
            )
            edit = QLineEdit()
            edit.setAccessibleName(self.tr("{day} hours").format(day=name))
            edit.setToolTip(
                self.tr(
                    "When breaks may be suggested on {day}s: 24-hour time ranges separated "
                    "by commas, like {example}"
                ).format(day=name, example=EXAMPLE)
            )
            placeholder = self.tr("e.g. {example}").format(example=EXAMPLE)
            edit.setPlaceholderText(placeholder)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(placeholder) + 40)
            row = QHBoxLayout()
            row.setSpacing(_GAP)
            row.addWidget(check)
            row.addWidget(edit)
            row.addStretch(1)
            column.addLayout(row)
            check.toggled.connect(lambda on, day=day: self._day_toggled(day, on))
            edit.textEdited.connect(lambda _text, day=day: self._text_edited(day))
            edit.editingFinished.connect(lambda day=day: self._editing_finished(day))
            self.day_checks[day] = check
            self.day_edits[day] = edit
        self.message = FieldMessage(
            self.tr(
                "Breaks are suggested only within these hours. Use the 24-hour clock; "
                "separate ranges with commas."
            ),
            lines=3,
        )
        column.addWidget(self.message)
        # Line the fields up after the longest day name.
        names_width = max(check.sizeHint().width() for check in self.day_checks.values())
        for check in self.day_checks.values():
            check.setMinimumWidth(names_width)
        self.set_hours(self._hours)

    # ------------------------------------------------------------------ public

    def hours(self) -> WorkingHours:
        """Return the last valid hours (an invalid field keeps its day's previous hours)."""
        return self._hours

    def set_hours(self, hours: WorkingHours) -> None:
        """Show ``hours``, dropping any invalid text, without emitting ``hours_changed``.

        A day that is off shows the hours it keeps (greyed out), if any.
        """
        self._loading = True
        try:
            self._hours = hours
            for day in WEEKDAYS:
                ranges: tuple[TimeRange, ...] = getattr(hours, day)
                shown = ranges or hours.kept_while_off.get(day, ())
                self.day_checks[day].setChecked(bool(ranges))
                self.day_edits[day].setText(format_ranges(shown))
                self.day_edits[day].setEnabled(bool(ranges))
                self._show_error(day, None)
        finally:
            self._loading = False

    def errors(self) -> dict[str, str]:
        """Return the message of every day whose text is refused (shown or not yet)."""
        result: dict[str, str] = {}
        for day in WEEKDAYS:
            message = self._problem(day)
            if message is not None:
                result[day] = message
        return result

    def focus_chain(self) -> list[QWidget]:
        """Return the editor's inputs in tab order (each day's box, then its hours)."""
        chain: list[QWidget] = []
        for day in WEEKDAYS:
            chain += [self.day_checks[day], self.day_edits[day]]
        return chain

    # ------------------------------------------------------------------ events

    def _day_toggled(self, day: str, on: bool) -> None:
        edit = self.day_edits[day]
        edit.setEnabled(on)
        if self._loading:
            return
        if not on:
            self._show_error(day, None)
            self._emit(self._hours.turned_off(day))
            return
        if not edit.text().strip():
            edit.setText(self._suggested_text())
        self._validate(day, show=True)

    def _text_edited(self, day: str) -> None:
        # Only a field that is already red is checked while typing: the message
        # keeps up with the fix. Nothing is applied before Enter or leaving the field.
        if day in self._shown_problems:
            self._show_error(day, self._problem(day))

    def _editing_finished(self, day: str) -> None:
        if not self.day_checks[day].isChecked():
            return
        ranges = self._validate(day, show=True)
        edit = self.day_edits[day]
        if ranges is not None and edit.text() != format_ranges(ranges):
            edit.setText(format_ranges(ranges))

    # ------------------------------------------------------------------ helpers

    def _suggested_text(self) -> str:
        for day in WEEKDAYS:
            ranges: tuple[TimeRange, ...] = getattr(self._hours, day)
            if ranges:
                return format_ranges(ranges)
        return FALLBACK_HOURS

    def _problem(self, day: str) -> str | None:
        if not self.day_checks[day].isChecked():
            return None
        try:
            parse_day(day, self.day_edits[day].text())
        except ValueError as error:
            return str(error)
        return None

    def _validate(self, day: str, *, show: bool) -> tuple[TimeRange, ...] | None:
        """Apply the day's text if it is valid and return its ranges; else maybe show why."""
        try:
            ranges = parse_day(day, self.day_edits[day].text())
        except ValueError as error:
            if show:
                self._show_error(day, str(error))
            return None
        self._show_error(day, None)
        self._emit(self._hours.with_day(day, ranges))
        return ranges

    def _emit(self, hours: WorkingHours) -> None:
        if hours == self._hours:
            return
        self._hours = hours
        self.hours_changed.emit(hours)

    def _show_error(self, day: str, message: str | None) -> None:
        edit = self.day_edits[day]
        if message is None:
            self._shown_problems.pop(day, None)
            edit.setStyleSheet("")
            edit.setAccessibleDescription("")
        else:
            self._shown_problems[day] = message
            color = error_color(self)
            edit.setStyleSheet(
                f"QLineEdit {{ border: 2px solid {color}; border-radius: 3px; padding: 1px 3px; }}"
            )
            edit.setAccessibleDescription(self.tr("Not applied: {problem}").format(problem=message))
        lines = [
            self.tr("{day}: not applied: {problem}").format(
                day=self.tr(DAY_NAMES[shown_day]), problem=problem
            )
            for shown_day, problem in sorted(
                self._shown_problems.items(), key=lambda item: WEEKDAYS.index(item[0])
            )
        ]
        self.message.show_problem("\n".join(lines) if lines else None)
