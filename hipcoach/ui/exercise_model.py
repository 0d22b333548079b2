"""Item models that show exercises in Qt views."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from hipcoach.core.exercises import Exercise
from hipcoach.core.search import ExerciseFilter
from hipcoach.ui.translate import render, translate

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The columns of the exercise table."""

    NAME = 0
    CATEGORY = 1


EXERCISE_ROLE = Qt.ItemDataRole.UserRole + 1
"""Data role that returns the row's ``Exercise``."""

# Views ask for a dozen roles per cell, many times while they lay out; these
# plain numbers let ``data`` answer the ones it does not serve at once.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _ACCESSIBLE, int(EXERCISE_ROLE)})
_COLUMNS = len(Column)


class ExerciseTableModel(QAbstractTableModel):
    """A read-only table of exercises: name and category.

    ``set_exercises`` replaces the contents (the view is reset).
    """

    def __init__(self, exercises: Sequence[Exercise] = ()) -> None:
        super().__init__()
        self._exercises: tuple[Exercise, ...] = tuple(exercises)

    def set_exercises(self, exercises: Sequence[Exercise]) -> None:
        """Show ``exercises`` instead of the current ones."""
        self.beginResetModel()
        self._exercises = tuple(exercises)
        self.endResetModel()

    def exercise_at(self, row: int) -> Exercise:
        """Return the exercise shown in ``row``."""
        return self._exercises[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._exercises)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else _COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._exercises):
            return None
        exercise = self._exercises[row]
        if role == EXERCISE_ROLE:
            return exercise
        column = index.column()
        if role == _DISPLAY:
            if column == Column.NAME:
                mark = "  ★" if exercise.source != "bundled" else ""
                return exercise.name + mark
            if column == Column.CATEGORY:
                return render(exercise.category.label_message)
        if role == _TOOLTIP:
            if exercise.replaces_bundled:
                return translate(
                    "ExerciseTableModel",
                    "{summary}\n(From your pack; replaces the bundled exercise.)",
                ).format(summary=exercise.summary)
            if exercise.source != "bundled":
                return translate("ExerciseTableModel", "{summary}\n(From your pack.)").format(
                    summary=exercise.summary
                )
            return exercise.summary
        if role == _ACCESSIBLE and column == Column.NAME:
            if exercise.source != "bundled":
                text = translate("ExerciseTableModel", "{name}, {category}, from your pack")
            else:
                text = translate("ExerciseTableModel", "{name}, {category}")
            return text.format(name=exercise.name, category=render(exercise.category.label_message))
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NAME: translate("ExerciseTableModel", "Exercise"),
                Column.CATEGORY: translate("ExerciseTableModel", "Category"),
            }.get(Column(section))
        return None


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

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        exercise = self._source.exercise_at(source_row)
        if not self._filter.query.strip():
            return self._filter.matches(exercise)
        # The category and position as shown, so words in the user's language match too.
        shown = (render(exercise.category.label_message), render(exercise.position.label_message))
        return self._filter.matches(exercise, shown)
