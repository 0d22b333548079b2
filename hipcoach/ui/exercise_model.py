"""Item models that show exercises in Qt views."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtGui import QStandardItem, QStandardItemModel

from hipcoach.core.exercises import Exercise
from hipcoach.core.search import ExerciseFilter
from hipcoach.ui.item_roles import ACCESSIBLE_TEXT_ROLE, TOOLTIP_ROLE, USER_ROLE
from hipcoach.ui.translate import render, translate

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex


class Column(IntEnum):
    """The columns of the exercise table."""

    NAME = 0
    CATEGORY = 1


EXERCISE_ROLE = USER_ROLE + 1
"""Data role that returns the row's ``Exercise``."""


class ExerciseTableModel(QStandardItemModel):
    """A read-only table of exercises: name and category.

    Each row's text, tooltip and accessible name are made once, when the
    exercises are set, and served by Qt itself (views ask for them many
    times while they lay out and paint). ``set_exercises`` replaces the
    contents.
    """

    def __init__(self, exercises: Sequence[Exercise] = ()) -> None:
        super().__init__(0, len(Column))
        self.setHorizontalHeaderLabels(
            [
                translate("ExerciseTableModel", "Exercise"),
                translate("ExerciseTableModel", "Category"),
            ]
        )
        self._exercises: tuple[Exercise, ...] = ()
        self.set_exercises(exercises)

    def set_exercises(self, exercises: Sequence[Exercise]) -> None:
        """Show ``exercises`` instead of the current ones."""
        self._exercises = tuple(exercises)
        self.setRowCount(0)
        for row, exercise in enumerate(self._exercises):
            self.insertRow(row, _row_items(exercise))

    def exercise_at(self, row: int) -> Exercise:
        """Return the exercise shown in ``row``."""
        return self._exercises[row]


def _row_items(exercise: Exercise) -> list[QStandardItem]:
    """Return the name and category cells of ``exercise``'s row."""
    category = render(exercise.category.label_message)
    from_pack = exercise.source != "bundled"
    if exercise.replaces_bundled:
        tooltip = translate(
            "ExerciseTableModel",
            "{summary}\n(From your pack; replaces the bundled exercise.)",
        ).format(summary=exercise.summary)
    elif from_pack:
        tooltip = translate("ExerciseTableModel", "{summary}\n(From your pack.)").format(
            summary=exercise.summary
        )
    else:
        tooltip = exercise.summary
    if from_pack:
        spoken = translate("ExerciseTableModel", "{name}, {category}, from your pack")
    else:
        spoken = translate("ExerciseTableModel", "{name}, {category}")
    name = QStandardItem(exercise.name + ("  ★" if from_pack else ""))
    name.setData(spoken.format(name=exercise.name, category=category), ACCESSIBLE_TEXT_ROLE)
    kind = QStandardItem(category)
    for item in (name, kind):
        item.setData(tooltip, TOOLTIP_ROLE)
        item.setData(exercise, EXERCISE_ROLE)
        item.setEditable(False)
        item.setDragEnabled(False)
        item.setDropEnabled(False)
    return [name, kind]


class ExerciseFilterModel(QSortFilterProxyModel):
    """Shows only the exercises that pass the current ``ExerciseFilter``.

    ``set_filter`` applies a new filter; the view updates at once.
    """

    def __init__(self, source: ExerciseTableModel) -> None:
        super().__init__()
        self._source = source
        self._filter = ExerciseFilter()
        self.setSourceModel(source)

    @property
    def current_filter(self) -> ExerciseFilter:
        """Return the filter in effect."""
        return self._filter

    def set_filter(self, exercise_filter: ExerciseFilter) -> None:
        """Show only exercises matching ``exercise_filter``."""
        if exercise_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = exercise_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(  # noqa: N802 - Qt's name
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        exercise = self._source.exercise_at(source_row)
        if not self._filter.query.strip():
            return self._filter.matches(exercise)
        # The category and position as shown, so words in the user's language match too.
        shown = (render(exercise.category.label_message), render(exercise.position.label_message))
        return self._filter.matches(exercise, shown)
