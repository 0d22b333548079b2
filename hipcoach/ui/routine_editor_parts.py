"""The pieces of the routine editor: the phase tree, the phase and block panels, the search.

``RoutineTree`` shows the phases with their exercises and reports a block
dragged to another place (``drop_target`` works out where it lands).
``PhasePanel`` and ``BlockPanel`` edit what is selected; each number is
bounded by what the exercise allows (``hipcoach.core.routine_draft``).
``AddExerciseDialog`` finds an exercise by typing; Enter adds the one
highlighted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.exercises import Amount, Exercise
from hipcoach.core.library import Library
from hipcoach.core.routine_draft import EDITABLE_AMOUNTS, block_limits
from hipcoach.core.routine_table import BlockContent, PhaseContent
from hipcoach.core.search import ExerciseFilter
from hipcoach.ui.accessible import name_by_content, name_clear_button

#: Where an item of the tree is: (phase, block), block ``None`` for a phase.
Place = tuple[int, int | None]

_PLACE_ROLE = Qt.ItemDataRole.UserRole
Indicator = QAbstractItemView.DropIndicatorPosition


def drop_target(
    source: tuple[int, int], onto: Place, where: Indicator, phase_sizes: list[int]
) -> tuple[int, int]:
    """Return (phase, index) for ``RoutineDraft.move_block_to`` of a block dropped at ``onto``.

    Above or below a block puts it before or after that block; on a phase, at
    its end; above a phase, at the end of the phase before; below a phase
    (between it and its first exercise), at its start. The index counts the
    target phase without the moved block.
    """
    phase, block = onto
    if block is not None:
        index = block if where is Indicator.AboveItem else block + 1
    elif where is Indicator.AboveItem and phase > 0:
        phase, index = phase - 1, phase_sizes[phase - 1]
    elif where is Indicator.BelowItem or where is Indicator.AboveItem:
        index = 0
    else:
        index = phase_sizes[phase]
    if phase == source[0] and source[1] < index:
        index -= 1
    return phase, index


def place_of(item: QTreeWidgetItem | None) -> Place | None:
    """Return where ``item`` of the tree is, or ``None`` for no item."""
    if item is None:
        return None
    place = item.data(0, _PLACE_ROLE)
    return (place[0], place[1]) if isinstance(place, list | tuple) else None


class RoutineTree(QTreeWidget):
    """The phases and their exercises; ``block_dropped(phase, block, to_phase, index)`` on a drop.

    Only exercises are dragged; the tree itself never moves an item, the
    editor rebuilds it from the draft.
    """

    block_dropped = Signal(int, int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemsExpandable(False)
        self.setRootIsDecorated(False)

    def add_phase(self, index: int, texts: list[str]) -> QTreeWidgetItem:
        """Add the row of phase ``index``: it takes drops, it is not dragged."""
        item = QTreeWidgetItem(texts)
        item.setData(0, _PLACE_ROLE, (index, None))
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )
        font = item.font(0)
        font.setBold(True)
        for column in range(self.columnCount()):
            item.setFont(column, font)
        self.addTopLevelItem(item)
        return item

    def add_block(self, phase: QTreeWidgetItem, place: Place, texts: list[str]) -> None:
        """Add the row of a block under ``phase``: it is dragged, nothing is dropped on it."""
        item = QTreeWidgetItem(texts)
        item.setData(0, _PLACE_ROLE, place)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        phase.addChild(item)

    def item_at(self, place: Place) -> QTreeWidgetItem | None:
        """Return the row of ``place``, if the tree has it."""
        phase_item = self.topLevelItem(place[0])
        if phase_item is None or place[1] is None:
            return phase_item
        return phase_item.child(place[1])

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Report where a dragged exercise lands; the editor moves it in the draft."""
        source = place_of(self.currentItem())
        onto = place_of(self.itemAt(event.position().toPoint()))
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source is None or source[1] is None or onto is None:
            return
        phases = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        sizes = [item.childCount() if item is not None else 0 for item in phases]
        phase, index = drop_target(
            (source[0], source[1]), onto, self.dropIndicatorPosition(), sizes
        )
        self.block_dropped.emit(source[0], source[1], phase, index)


def _spin(name: str, special: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setAccessibleName(name)
    box.setKeyboardTracking(False)
    if special:
        box.setSpecialValueText(special)
    return box


def _set_value(box: QSpinBox, low: int, high: int, value: int) -> None:
    box.blockSignals(True)
    box.setRange(min(low, value), max(high, value))
    box.setValue(value)
    box.blockSignals(False)


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.blockSignals(True)
        edit.setText(text)
        edit.blockSignals(False)


class PhasePanel(QWidget):
    """Edit the selected phase: name, the minutes it sets aside, its introduction."""

    name_changed = Signal(str)
    budget_changed = Signal(int)
    intro_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Phase name"))
        self.budget = _spin(self.tr("Time set aside in minutes"), self.tr("None"))
        self.budget.setRange(0, 60)
        self.budget.setSuffix(self.tr(" min"))
        self.budget.setToolTip(
            self.tr("The time this phase sets aside; the length beside it is the plan's")
        )
        self.intro_edit = QLineEdit()
        self.intro_edit.setAccessibleName(self.tr("Introduction"))
        self.length_label = name_by_content(QLabel(), self.tr("Phase length"))
        self.length_label.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for text, field in (
            (self.tr("Phase &name"), self.name_edit),
            (self.tr("&Time set aside"), self.budget),
            (self.tr("Intro&duction"), self.intro_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.length_label)
        self.name_edit.textEdited.connect(self.name_changed)
        self.budget.valueChanged.connect(self.budget_changed)
        self.intro_edit.textEdited.connect(self.intro_changed)

    def show_phase(self, phase: PhaseContent, length: str) -> None:
        """Show ``phase``'s values and its ``length`` in words, without reporting changes."""
        _set_text(self.name_edit, phase.name)
        _set_text(self.intro_edit, phase.intro or "")
        _set_value(self.budget, 0, 60, (phase.budget_seconds or 0) // 60)
        self.length_label.setText(length)


class BlockPanel(QWidget):
    """Edit the selected exercise: each amount within its range, priority and note.

    ``amount_changed(name, value)`` reports a new amount of a dosage field.
    """

    amount_changed = Signal(str, int)
    priority_changed = Signal(int)
    note_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise_label = name_by_content(QLabel(), self.tr("Exercise"))
        self.exercise_label.setWordWrap(True)
        font = self.exercise_label.font()
        font.setBold(True)
        self.exercise_label.setFont(font)
        self.sides_label = name_by_content(QLabel(), self.tr("Sides"))
        self.sides_label.setWordWrap(True)
        names = {
            "sets": (self.tr("Se&ts"), self.tr("Sets"), ""),
            "reps": (self.tr("&Reps"), self.tr("Repetitions"), ""),
            "hold_seconds": (self.tr("Ho&ld"), self.tr("Hold in seconds"), self.tr(" s")),
            "duration_seconds": (self.tr("Wor&k"), self.tr("Work in seconds"), self.tr(" s")),
            "rest_seconds": (
                self.tr("Rest &between sets"),
                self.tr("Rest between sets in seconds"),
                self.tr(" s"),
            ),
        }
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.exercise_label)
        self.form.addRow(self.sides_label)
        self.amounts: dict[str, QSpinBox] = {}
        for name in EDITABLE_AMOUNTS:
            text, spoken, suffix = names[name]
            box = _spin(spoken)
            box.setSuffix(suffix)
            label = QLabel(text)
            label.setBuddy(box)
            self.form.addRow(label, box)
            box.valueChanged.connect(lambda value, name=name: self.amount_changed.emit(name, value))
            self.amounts[name] = box
        self.priority = _spin(self.tr("Priority when time is short"), self.tr("None"))
        self.priority.setRange(0, 99)
        self.priority.setToolTip(
            self.tr("1 stays longest when the routine is fitted into less time")
        )
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        for text, field in (
            (self.tr("Priorit&y"), self.priority),
            (self.tr("N&ote"), self.note_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.priority.valueChanged.connect(self.priority_changed)
        self.note_edit.textEdited.connect(self.note_changed)

    def show_block(self, block: BlockContent, library: Library, names: str, sides: str) -> None:
        """Show ``block``: ``names`` of its exercises, ``sides`` in words, each amount in range."""
        self.exercise_label.setText(names)
        self.sides_label.setText(sides)
        first = _exercise(library, block.choices[0])
        for name, box in self.amounts.items():
            limits = block_limits(library, block, name)
            own: Amount | None = getattr(block.dosage, name)
            if own is None and first is not None:
                own = getattr(first.dosage, name)
            shown = limits is not None or own is not None
            self.form.setRowVisible(box, shown)
            if not shown:
                continue
            low, high = limits if limits is not None else (1, 1)
            fallback = 1 if name == "sets" else low
            _set_value(box, low, high, own.default if own is not None else fallback)
            box.setToolTip(self.tr("From {low} to {high}").format(low=low, high=high))
        _set_value(self.priority, 0, 99, block.priority or 0)
        _set_text(self.note_edit, block.note or "")


def _exercise(library: Library, exercise_id: str) -> Exercise | None:
    try:
        return library.exercise(exercise_id)
    except KeyError:
        return None


class AddExerciseDialog(QDialog):
    """Find an exercise by typing; Enter (or Add) reports it as ``chosen`` and closes."""

    chosen = Signal(str)

    def __init__(self, exercises: tuple[Exercise, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an exercise"))
        self._exercises = exercises
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setPlaceholderText(self.tr("Type to find an exercise"))
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search, self.tr("Clear search"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching exercises"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Find"))
        label.setBuddy(self.search)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.accept)
        self.search.installEventFilter(self)
        self.results.activated.connect(lambda _index: self.accept())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._filter("")
        self.resize(420, 420)

    def _filter(self, text: str) -> None:
        wanted = ExerciseFilter(query=text)
        self.results.clear()
        for exercise in self._exercises:
            if wanted.matches(exercise, (exercise.category.label_message.english(),)):
                item = QListWidgetItem(exercise.name)
                item.setData(_PLACE_ROLE, exercise.id)
                item.setToolTip(exercise.summary)
                self.results.addItem(item)
        self.results.setCurrentRow(0)
        self.add_button.setEnabled(self.results.count() > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up and Down in the search box move through the results."""
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in arrows
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.results.currentRow() + step, self.results.count() - 1))
            self.results.setCurrentRow(row)
            return True
        return False

    def accept(self) -> None:
        """Report the highlighted exercise (nothing if none matches) and close."""
        if self.results.currentRow() < 0:
            return
        item = self.results.currentItem()
        self.chosen.emit(str(item.data(_PLACE_ROLE)))
        super().accept()
