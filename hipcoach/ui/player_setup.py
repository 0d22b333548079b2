"""Choosing a routine before a session: which one, the time, the choices, and what it takes.

What the routine holds and how long it takes are worked out from the compiled
plan (``hipcoach.core.outline``), never taken from the routine's text. "Time
I have" fits the plan into fewer minutes (``hipcoach.core.fit``); the page
then says what was left out and where the plan is short.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.describe import format_seconds
from hipcoach.core.fit import FitError, FittedPlan, fit_plan, note_lines, omission_lines
from hipcoach.core.library import BUNDLED, Library
from hipcoach.core.outline import ExerciseOutline, PhaseOutline, SideMode, outline
from hipcoach.core.plan import Plan, PlanError, PlanPreferences, Side
from hipcoach.core.routines import Block, Purpose, Routine
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.text import page_title, sized
from hipcoach.ui.time_choice import TimeChoice, as_text, minutes_of
from hipcoach.ui.translate import error_text, render

#: The columns of the routine's overview.
EXERCISE_COLUMN, SIDES_COLUMN, AMOUNT_COLUMN, TIME_COLUMN = range(4)

#: The key of "Time I have" among the remembered choices. Choice blocks are keyed by
#: exercise ids, which never hold an underscore, so the two cannot collide.
TIME_KEY = "time_i_have"


class SetupView(QWidget):
    """Pick a routine, the time and its choices; ``start_requested`` fires with the plan.

    ``preferences_changed(routine id, choices)`` fires when the user picks
    another routine, another time or another exercise in a choice (not on
    ``restore``). ``choices`` maps each choice block's default exercise id to
    the exercise picked, and ``TIME_KEY`` to the time ("full", "20" …).
    """

    start_requested = Signal(Plan)
    preferences_changed = Signal(str, dict)
    #: "New routine…", "Copy and edit…" (with the routine chosen) and "Edit…"
    #: (with it too; only a user pack's routine) were pressed.
    new_routine_requested = Signal()
    copy_requested = Signal(Routine)
    edit_requested = Signal(Routine)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._routines = [p for p in library.routines if p.purpose is Purpose.SESSION]
        self._choice_boxes: dict[str, QComboBox] = {}
        self._remembered: dict[str, str] = {}
        self._restoring = False
        self.plan: Plan | None = None
        self.fitted: FittedPlan | None = None

        title = page_title(self.tr("Start a session"))

        self.routine_box = QComboBox()
        self.routine_box.setAccessibleName(self.tr("Routine"))
        for routine in self._routines:
            self.routine_box.addItem(routine.name, routine.id)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.choices_form = QFormLayout()
        self.form = QFormLayout()
        routine_label = QLabel(self.tr("&Routine"))
        routine_label.setBuddy(self.routine_box)
        self.form.addRow(routine_label, self.routine_box)
        self.new_button = QPushButton(self.tr("&New routine…"))
        self.new_button.setToolTip(self.tr("Make a routine of your own from the library"))
        self.copy_button = QPushButton(self.tr("Copy and &edit…"))
        self.copy_button.setToolTip(self.tr("Make your own copy of this routine and change it"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setToolTip(self.tr("Change this routine of yours"))
        routine_buttons = QWidget()
        row = QHBoxLayout(routine_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.copy_button, self.edit_button):
            row.addWidget(button)
        row.addStretch(1)
        self.form.addRow("", routine_buttons)
        self.new_button.clicked.connect(self.new_routine_requested)
        self.copy_button.clicked.connect(self._copy)
        self.edit_button.clicked.connect(self._edit)
        self.time_choice = TimeChoice()
        self.time_label = QLabel(self.tr("&Time I have"))
        self.time_label.setBuddy(self.time_choice.chosen_button)
        self.time_form = QFormLayout()
        self.time_form.addRow(self.time_label, self.time_choice)

        self.table = QTreeWidget()
        self.table.setColumnCount(4)
        self.table.setAccessibleName(self.tr("Exercises in this routine"))
        self.table.setAccessibleDescription(
            self.tr("Each phase with its time, then its exercises in order")
        )
        self.table.setHeaderLabels(
            [self.tr("Exercise"), self.tr("Sides"), self.tr("Amount"), self.tr("Time")]
        )
        self.table.setRootIsDecorated(False)
        self.table.setItemsExpandable(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.table.setStyleSheet("QTreeView::item { padding: 3px 6px; }")
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EXERCISE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        name_by_content(self.total_label, self.tr("Planned length"))
        self.fit_label = QLabel()
        self.fit_label.setWordWrap(True)
        name_by_content(self.fit_label, self.tr("What the shorter plan leaves out"))
        self.daily_label = QLabel(
            self.tr(
                "Short is fine: a few minutes every day does more for tight hips than a long"
                " session once a week."
            )
        )
        self.daily_label.setWordWrap(True)
        self.daily_label.setStyleSheet("QLabel { font-style: italic; }")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("QLabel { color: #b3261e; }")
        self.error_label.setVisible(False)

        self.start_button = QPushButton(self.tr("Start session"))
        self.start_button.setDefault(True)
        self.start_button.setAccessibleName(self.tr("Start session"))
        self.start_button.setToolTip(self.tr("Start the session (Enter)"))
        self.start_button.setMinimumHeight(48)
        sized(self.start_button, 14, bold=True)
        self.start_button.clicked.connect(self._start)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(self.form)
        layout.addWidget(self.summary_label)
        layout.addLayout(self.choices_form)
        layout.addLayout(self.time_form)
        layout.addWidget(self.table)
        layout.addWidget(self.total_label)
        layout.addWidget(self.fit_label)
        layout.addWidget(self.daily_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        self.routine_box.currentIndexChanged.connect(self._routine_changed)
        self.routine_box.currentIndexChanged.connect(self._announce)
        self.time_choice.changed.connect(self._time_changed)
        self._routine_changed()

    @property
    def routine(self) -> Routine | None:
        """Return the routine selected, if there is any."""
        index = self.routine_box.currentIndex()
        return self._routines[index] if 0 <= index < len(self._routines) else None

    def preferences(self) -> PlanPreferences:
        """Return the choices the controls describe."""
        return PlanPreferences(
            choices={key: box.currentData() for key, box in self._choice_boxes.items()}
        )

    @property
    def minutes(self) -> int | None:
        """Return the time chosen for the session in minutes (``None``: the whole routine)."""
        return self.time_choice.minutes

    def set_library(self, library: Library) -> None:
        """Offer the routines and exercises of ``library`` instead, silently.

        The routine and the choices picked stay picked where the new library
        still has them.
        """
        current = self.routine
        self._remembered.update({key: box.currentData() for key, box in self._choice_boxes.items()})
        self._library = library
        self._routines = [p for p in library.routines if p.purpose is Purpose.SESSION]
        self._restoring = True
        try:
            self.routine_box.blockSignals(True)
            self.routine_box.clear()
            for routine in self._routines:
                self.routine_box.addItem(routine.name, routine.id)
            index = self.routine_box.findData(current.id) if current is not None else -1
            self.routine_box.setCurrentIndex(max(index, 0) if self._routines else -1)
            self.routine_box.blockSignals(False)
            self._routine_changed()
        finally:
            self._restoring = False

    def choose(self, default_id: str, exercise_id: str) -> None:
        """Pick ``exercise_id`` for the choice block whose default is ``default_id``."""
        box = self._choice_boxes[default_id]
        box.setCurrentIndex(box.findData(exercise_id))

    def restore(self, routine_id: str, choices: Mapping[str, str]) -> None:
        """Select ``routine_id`` (if it exists) and the remembered ``choices``, silently."""
        self._restoring = True
        try:
            self._remembered = dict(choices)
            self.time_choice.set_minutes(minutes_of(choices.get(TIME_KEY)))
            self.time_label.setBuddy(self.time_choice.chosen_button)
            index = self.routine_box.findData(routine_id)
            if index >= 0 and index != self.routine_box.currentIndex():
                self.routine_box.setCurrentIndex(index)
            else:
                self._routine_changed()
        finally:
            self._restoring = False

    def _announce(self) -> None:
        routine = self.routine
        if routine is None or self._restoring:
            return
        self._remembered.update({key: box.currentData() for key, box in self._choice_boxes.items()})
        if self.minutes is None:
            self._remembered.pop(TIME_KEY, None)  # the whole routine is the default
        else:
            self._remembered[TIME_KEY] = as_text(self.minutes)
        self.preferences_changed.emit(routine.id, dict(self._remembered))

    def _time_changed(self) -> None:
        self.time_label.setBuddy(self.time_choice.chosen_button)
        self._refresh_plan()
        self._announce()

    def _routine_changed(self) -> None:
        while self.choices_form.rowCount():
            self.choices_form.removeRow(0)
        self._choice_boxes.clear()
        routine = self.routine
        self.copy_button.setEnabled(routine is not None)
        self.edit_button.setVisible(routine is not None and routine.source != BUNDLED)
        if routine is None:
            self.summary_label.setText(self.tr("No routine is available."))
            self.start_button.setEnabled(False)
            return
        frequency = f" {routine.frequency}" if routine.frequency else ""
        self.summary_label.setText(routine.summary + frequency)
        for phase in routine.phases:
            for block in phase.blocks:
                if not block.is_choice:
                    continue
                box = QComboBox()
                for choice in block.choices:
                    try:
                        name = self._library.exercise(choice).name
                    except KeyError:
                        continue
                    box.addItem(name, choice)
                label = QLabel(self.tr("{phase} &choice").format(phase=phase.name))
                label.setBuddy(box)
                box.setAccessibleName(self.tr("{phase} choice").format(phase=phase.name))
                explained = self._choice_text(phase.name, block)
                box.setAccessibleDescription(explained)
                box.setToolTip(explained)
                remembered = self._remembered.get(block.default_choice)
                if remembered is not None and box.findData(remembered) >= 0:
                    box.setCurrentIndex(box.findData(remembered))
                box.currentIndexChanged.connect(self._refresh_plan)
                box.currentIndexChanged.connect(self._announce)
                self._choice_boxes[block.default_choice] = box
                explanation = QLabel(explained)
                explanation.setWordWrap(True)
                field = QWidget()
                column = QVBoxLayout(field)
                column.setContentsMargins(0, 0, 0, 0)
                column.addWidget(box)
                column.addWidget(explanation)
                self.choices_form.addRow(label, field)
        # New boxes come last in the Tab order: put them between the routine and Start.
        chain = [
            self.routine_box,
            self.new_button,
            self.copy_button,
            self.edit_button,
            *self._choice_boxes.values(),
            *self.time_choice.buttons.values(),
            self.table,
            self.start_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._refresh_plan()

    def _choice_text(self, phase: str, block: Block) -> str:
        """Return, in plain words, what a choice block chooses between."""
        names = []
        for choice in block.choices:
            try:
                names.append(self._library.exercise(choice).name)
            except KeyError:
                continue
        if len(names) > 1:
            options = self.tr("{names} or {last}").format(
                names=", ".join(names[:-1]), last=names[-1]
            )
        else:
            options = "".join(names)
        text = self.tr("Pick which exercise the {phase} phase does here: {options}.").format(
            phase=phase, options=options
        )
        return f"{text} {block.note}" if block.note else text

    def _refresh_plan(self) -> None:
        routine = self.routine
        if routine is None:
            return
        try:
            self.fitted = fit_plan(routine, self._library, self.preferences(), self.minutes)
        except (PlanError, FitError) as error:
            self._cannot_start(error)
            return
        self.plan = self.fitted.plan
        self.error_label.setVisible(False)
        self.table.setVisible(True)
        self.total_label.setVisible(True)
        self.start_button.setEnabled(True)
        phases = outline(self.plan)
        self.table.clear()
        for phase in phases:
            self._add_phase(phase)
        self.table.expandAll()
        text = self.tr(
            "In all: {time}, counting getting into position, rests, switching sides and a"
            " short introduction to each phase."
        ).format(time=render(format_seconds(self.plan.total_seconds)))
        if any(phase.paced for phase in phases):
            text += self.tr(" Steps you finish at your own pace come on top.")
        self.total_label.setText(text)
        self.total_label.setAccessibleName(text)
        said = [*omission_lines(self.fitted.omissions), *note_lines(self.fitted.notes)]
        self.fit_label.setText("\n".join(render(line) for line in said))
        self.fit_label.setVisible(bool(said))
        self.daily_label.setVisible(self.minutes is not None)

    def _cannot_start(self, error: PlanError | FitError) -> None:
        """Say why nothing can start, and show no plan."""
        self.plan = self.fitted = None
        if isinstance(error, FitError):
            text = self.tr("{reason} Choose more time, or the full routine.").format(
                reason=error_text(error)
            )
        else:
            text = self.tr("This routine cannot be started: {error}").format(
                error=error_text(error)
            )
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        self.table.clear()
        for widget in (self.table, self.total_label, self.fit_label, self.daily_label):
            widget.setVisible(False)
        self.start_button.setEnabled(False)

    def _add_phase(self, phase: PhaseOutline) -> None:
        time = render(format_seconds(phase.seconds))
        row = QTreeWidgetItem([self.tr("{phase} phase").format(phase=phase.name), "", "", time])
        bold = QFont(self.table.font())
        bold.setBold(True)
        for column in range(self.table.columnCount()):
            row.setFont(column, bold)
        self.table.addTopLevelItem(row)
        for exercise in phase.exercises:
            row.addChild(
                QTreeWidgetItem(
                    [
                        exercise.exercise.name,
                        self._sides_text(exercise),
                        render(exercise.amount()),
                        self._time_text(exercise),
                    ]
                )
            )

    def _sides_text(self, exercise: ExerciseOutline) -> str:
        if exercise.sides is SideMode.NONE:
            return self.tr("Not per side")
        if exercise.sides is SideMode.ALTERNATING:
            return self.tr("Left and right in turn")
        if exercise.first_side is Side.RIGHT:
            return self.tr("Right, then left")
        return self.tr("Left, then right")

    def _time_text(self, exercise: ExerciseOutline) -> str:
        time = render(format_seconds(exercise.seconds))
        if exercise.paced:
            return self.tr("{time} + your own pace").format(time=time)
        return time

    def _copy(self) -> None:
        if self.routine is not None:
            self.copy_requested.emit(self.routine)

    def _edit(self) -> None:
        if self.routine is not None:
            self.edit_requested.emit(self.routine)

    def _start(self) -> None:
        if self.plan is not None:
            self.start_requested.emit(self.plan)
