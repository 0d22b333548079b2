"""Item models that show exercises in Qt views."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtGui import QStandardItem, QStandardItemModel

from hipcoach.core.library_snapshot import SnapshotRow
from hipcoach.ui.item_roles import ACCESSIBLE_TEXT_ROLE, TOOLTIP_ROLE, USER_ROLE
from hipcoach.ui.translate import render, translate

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex

    # The library's own types load with the library, after a window that
    # starts from a snapshot (``core.library_snapshot``) has painted.
    from hipcoach.core.exercises import Exercise
    from hipcoach.core.search import ExerciseFilter


class Column(IntEnum):
    """The columns of the exercise table."""

    NAME = 0
    CATEGORY = 1


EXERCISE_ROLE = USER_ROLE + 1
"""Data role that returns the row's ``Exercise`` (``None`` while rows come from a snapshot)."""


def row_texts(exercise: Exercise) -> SnapshotRow:
    """Return what ``exercise``'s row shows: name, category, tooltip and spoken name."""
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
    return SnapshotRow(
        name=exercise.name + ("  ★" if from_pack else ""),
        category=category,
        tooltip=tooltip,
        spoken=spoken.format(name=exercise.name, category=category),
        from_pack=from_pack,
    )


class ExerciseTableModel(QStandardItemModel):
    """A read-only table of exercises: name and category.

    Each row's texts are made once, when the exercises (or a snapshot's
    rows) are set, and served by Qt itself: views ask for them many times
    while they lay out and paint. ``set_exercises`` replaces the contents;
    when the rows stay the same (the library that follows its snapshot) it
    only gives each row its exercise, so selection and scrolling stay.
    """

    def __init__(self, exercises: Sequence[Exercise] = ()) -> None:
        super().__init__(0, len(Column))
        self.setHorizontalHeaderLabels(
            [
                translate("ExerciseTableModel", "Exercise"),
                translate("ExerciseTableModel", "Category"),
            ]
        )
        self._rows: tuple[SnapshotRow, ...] = ()
        self._exercises: tuple[Exercise, ...] = ()
        self.set_exercises(exercises)

    @property
    def rows(self) -> tuple[SnapshotRow, ...]:
        """Return the texts of every row, top to bottom."""
        return self._rows

    @property
    def has_exercises(self) -> bool:
        """Whether the rows have their exercises (not while they show a snapshot)."""
        return len(self._exercises) == len(self._rows)

    def set_rows(self, rows: Sequence[SnapshotRow]) -> None:
        """Show a snapshot's ``rows``, without their exercises (until ``set_exercises``)."""
        self._exercises = ()
        self._replace_rows(tuple(rows))

    def set_exercises(self, exercises: Sequence[Exercise]) -> None:
        """Show ``exercises`` instead of the current rows."""
        rows = tuple(row_texts(exercise) for exercise in exercises)
        self._exercises = tuple(exercises)
        if rows != self._rows or not rows:
            self._replace_rows(rows)
            return
        for row, exercise in enumerate(self._exercises):
            for column in Column:
                item = self.item(row, column)
                if item is not None:
                    item.setData(exercise, EXERCISE_ROLE)

    def _replace_rows(self, rows: tuple[SnapshotRow, ...]) -> None:
        self._rows = rows
        self.setRowCount(0)
        for number, row in enumerate(rows):
            exercise = self._exercises[number] if self._exercises else None
            self.insertRow(number, _row_items(row, exercise))

    def exercise_at(self, row: int) -> Exercise | None:
        """Return the exercise shown in ``row`` (``None`` while rows come from a snapshot)."""
        return self._exercises[row] if self._exercises else None


def _row_items(row: SnapshotRow, exercise: Exercise | None) -> list[QStandardItem]:
    """Return the name and category cells of ``row``."""
    name = QStandardItem(row.name)
    name.setData(row.spoken, ACCESSIBLE_TEXT_ROLE)
    kind = QStandardItem(row.category)
    for item in (name, kind):
        item.setData(row.tooltip, TOOLTIP_ROLE)
        item.setData(exercise, EXERCISE_ROLE)
        item.setEditable(False)
        item.setDragEnabled(False)
        item.setDropEnabled(False)
    return [name, kind]


class ExerciseFilterModel(QSortFilterProxyModel):
    """Shows only the exercises that pass the current ``ExerciseFilter``.

    ``set_filter`` applies a new filter; the view updates at once. Rows
    without their exercise yet (a snapshot's) all show: no filter can be
    chosen before the library is there.
    """

    def __init__(self, source: ExerciseTableModel) -> None:
        super().__init__()
        self._source = source
        self._filter: ExerciseFilter | None = None  # None: the filter that lets all through
        self.setSourceModel(source)

    @property
    def current_filter(self) -> ExerciseFilter:
        """Return the filter in effect."""
        if self._filter is None:
            from hipcoach.core.search import ExerciseFilter  # noqa: PLC0415 (see the top)

            self._filter = ExerciseFilter()
        return self._filter

    def set_filter(self, exercise_filter: ExerciseFilter) -> None:
        """Show only exercises matching ``exercise_filter``."""
        if exercise_filter == self.current_filter:
            return
        self.beginFilterChange()
        self._filter = exercise_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(  # noqa: N802 - Qt's name
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        exercise = self._source.exercise_at(source_row)
        if exercise is None or self._filter is None:
            return True
        if not self._filter.query.strip():
            return self._filter.matches(exercise)
        # The category and position as shown, so words in the user's language match too.
        shown = (render(exercise.category.label_message), render(exercise.position.label_message))
        return self._filter.matches(exercise, shown)
