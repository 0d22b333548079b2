"""The routine editor: phases, their exercises and amounts, with lengths worked out as you edit.

The dialog edits a ``RoutineDraft`` (``hipcoach.core.routine_draft``): every
change goes to the draft and the dialog shows the draft anew, so Undo
(Ctrl+Z) and Redo (Ctrl+Shift+Z) undo exactly what was done. Each phase's
length comes from the compiled plan, beside the time the phase sets aside.
The validator's problems show as they arise; Save and Start stay off while
there are any. Start saves, closes the editor and hands the routine on
(``start_requested``) to be run on the Session page. Closing with unsaved
changes asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import assert_never

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.describe import format_seconds
from hipcoach.core.library import Library
from hipcoach.core.messages import MessageError
from hipcoach.core.outline import ExerciseOutline, PhaseOutline, SideMode, outline
from hipcoach.core.pack_files import MY_PACK_ID
from hipcoach.core.routine_draft import (
    DraftProblem,
    PackChoice,
    RoutineDraft,
    usable_exercises,
)
from hipcoach.core.routine_table import BlockContent
from hipcoach.core.routines import Routine
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.routine_editor_parts import (
    AddExerciseDialog,
    BlockPanel,
    PhasePanel,
    Place,
    RoutineTree,
    place_of,
)
from hipcoach.ui.translate import error_text, render

NAME_COLUMN, AMOUNT_COLUMN, LENGTH_COLUMN = range(3)


class RoutineEditor(QDialog):
    """Edit ``draft`` and save it into a user pack under ``packs_dir``.

    ``saved(path)`` fires after each save; ``start_requested(routine)`` when
    Start has saved the routine and closed the editor. ``confirm_close``
    (replaceable in tests) answers Save, Discard or Cancel for unsaved changes.
    """

    saved = Signal(Path)
    start_requested = Signal(Routine)

    def __init__(
        self,
        draft: RoutineDraft,
        library: Library,
        packs_dir: Path,
        packs: tuple[PackChoice, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self._library = library
        self._packs_dir = packs_dir
        self._place: Place = (0, None)
        self._outline: tuple[PhaseOutline, ...] | None = None
        self.add_dialog: AddExerciseDialog | None = None
        self.confirm_close: Callable[[], QMessageBox.StandardButton] = self._ask_to_close
        self.setWindowTitle(self.tr("Routine editor"))

        self.name_edit = QLineEdit(draft.content.name)
        self.name_edit.setAccessibleName(self.tr("Routine name"))
        self.summary_edit = QLineEdit(draft.content.summary)
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.summary_edit.setPlaceholderText(self.tr("What the routine is for, in a sentence"))
        self.pack_box = QComboBox()
        self.pack_box.setAccessibleName(self.tr("Save into pack"))
        for choice in packs:
            self.pack_box.addItem(choice.name, choice.pack_id)
        if draft.path is not None:
            self.pack_box.clear()
            folder = draft.pack_dir(packs_dir)
            self.pack_box.addItem(folder.name, folder.name)
            self.pack_box.setEnabled(False)
        form = QFormLayout()
        for text, field in (
            (self.tr("Na&me"), self.name_edit),
            (self.tr("S&ummary"), self.summary_edit),
            (self.tr("Save &into"), self.pack_box),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

        self.tree = RoutineTree()
        self.tree.setAccessibleName(self.tr("Phases and exercises"))
        self.tree.setAccessibleDescription(
            self.tr("Alt+Up and Alt+Down move the selected exercise or phase")
        )
        self.tree.setHeaderLabels(
            [self.tr("Phase or exercise"), self.tr("Amount"), self.tr("Length")]
        )
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 6px; }")
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.add_exercise_button = QPushButton(self.tr("Add &exercise…"))
        self.add_phase_button = QPushButton(self.tr("Add p&hase"))
        self.up_button = QPushButton(self.tr("Move u&p"))
        self.up_button.setToolTip(self.tr("Move the selection up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Move the selection down (Alt+Down)"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setToolTip(self.tr("Remove the selected exercise or phase (Delete)"))
        tree_buttons = QHBoxLayout()
        for button in (
            self.add_exercise_button,
            self.add_phase_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            tree_buttons.addWidget(button)
        tree_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        left.addLayout(tree_buttons)

        self.phase_panel = PhasePanel()
        self.block_panel = BlockPanel()
        self.panels = QStackedWidget()
        self.panels.addWidget(self.phase_panel)
        self.panels.addWidget(self.block_panel)
        self.panels.setMinimumWidth(300)
        right = QVBoxLayout()
        right.addWidget(self.panels)
        right.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addLayout(right, 2)

        self.total_label = name_by_content(QLabel(), self.tr("Routine length"))
        self.total_label.setWordWrap(True)
        self.problems_label = name_by_content(QLabel(), self.tr("Problems"))
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("QLabel { color: #b3261e; }")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo what was undone (Ctrl+Shift+Z)"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the routine (Ctrl+S)"))
        self.start_button = QPushButton(self.tr("St&art"))
        self.start_button.setToolTip(self.tr("Save the routine and start a session with it"))
        self.close_button = QPushButton(self.tr("&Close"))
        bottom = QHBoxLayout()
        for button in (self.undo_button, self.redo_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        for button in (self.save_button, self.start_button, self.close_button):
            bottom.addWidget(button)
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(middle, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.problems_label)
        layout.addLayout(bottom)

        self._actions()
        self._connect()
        self.resize(1060, 640)
        self._refresh()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- set-up ------------------------------------------------------------------

    def _action(
        self, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _actions(self) -> None:
        self.undo_action = self._action(QKeySequence.StandardKey.Undo, self.undo)
        self.redo_action = self._action("Ctrl+Shift+Z", self.redo)
        self.save_action = self._action(QKeySequence.StandardKey.Save, self.save)
        self.up_action = self._action("Alt+Up", lambda: self.move_selection(-1))
        self.down_action = self._action("Alt+Down", lambda: self.move_selection(+1))
        remove = QAction(self.tree)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.tree.addAction(remove)

    def _connect(self) -> None:
        draft = self.draft
        self.name_edit.textEdited.connect(lambda text: self._edit(lambda: draft.set_name(text)))
        self.summary_edit.textEdited.connect(
            lambda text: self._edit(lambda: draft.set_summary(text))
        )
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.block_dropped.connect(self._dropped)
        self.add_exercise_button.clicked.connect(self.add_exercise)
        self.add_phase_button.clicked.connect(self.add_phase)
        self.up_button.clicked.connect(lambda: self.move_selection(-1))
        self.down_button.clicked.connect(lambda: self.move_selection(+1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.save_button.clicked.connect(self.save)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.close)
        phase, block = self.phase_panel, self.block_panel
        phase.name_changed.connect(
            lambda text: self._edit(lambda: draft.rename_phase(self._place[0], text))
        )
        phase.budget_changed.connect(
            lambda minutes: self._edit(lambda: draft.set_budget_minutes(self._place[0], minutes))
        )
        phase.intro_changed.connect(
            lambda text: self._edit(lambda: draft.set_intro(self._place[0], text))
        )
        block.amount_changed.connect(self._amount_changed)
        block.priority_changed.connect(
            lambda value: self._on_block(lambda p, b: draft.set_priority(p, b, value))
        )
        block.note_changed.connect(
            lambda text: self._on_block(lambda p, b: draft.set_note(p, b, text))
        )

    # -- what the user does -----------------------------------------------------

    def _edit(self, change: Callable[[], object], place: Place | None = None) -> None:
        change()
        if place is not None:
            self._place = place
        self._refresh()

    def _on_block(self, change: Callable[[int, int], object]) -> None:
        phase, block = self._place
        if block is not None:
            self._edit(lambda: change(phase, block))

    def _amount_changed(self, name: str, value: int) -> None:
        self._on_block(lambda p, b: self.draft.set_amount(p, b, name, value))

    def _selected(self) -> None:
        place = place_of(self.tree.currentItem())
        if place is not None and place != self._place:
            self._place = place
            self._show_panel()
            self._enable()

    def _dropped(self, phase: int, block: int, to_phase: int, index: int) -> None:
        self._edit(
            lambda: self.draft.move_block_to(phase, block, to_phase, index), (to_phase, index)
        )

    def add_exercise(self) -> None:
        """Open the search; the exercise picked goes after the selection (or ends the phase)."""
        pack_dir = self.draft.pack_dir(self._packs_dir, self.pack_id)
        dialog = AddExerciseDialog(usable_exercises(self._library, pack_dir), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._add_block)
        dialog.destroyed.connect(self._forget_add_dialog)
        self.add_dialog = dialog
        dialog.open()

    def _forget_add_dialog(self) -> None:
        self.add_dialog = None

    def _add_block(self, exercise_id: str) -> None:
        if not self.draft.content.phases:
            self.draft.add_phase(self.tr("Exercises"))
        phase, block = self._place
        phase = min(phase, len(self.draft.content.phases) - 1)
        at = None if block is None else block + 1
        index = self.draft.add_block(phase, exercise_id, at)
        self._place = (phase, index)
        self._refresh()

    def add_phase(self) -> None:
        """Add a new phase after the selected one and select it."""
        at = self._place[0] + 1 if self.draft.content.phases else 0
        name = self.tr("Phase {number}").format(number=len(self.draft.content.phases) + 1)
        index = self.draft.add_phase(name, at)
        self._edit(lambda: None, (index, None))
        self.phase_panel.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.phase_panel.name_edit.selectAll()

    def move_selection(self, step: int) -> None:
        """Move the selected exercise (or phase) one place up (-1) or down (+1)."""
        phase, block = self._place
        if not self.draft.content.phases:
            return
        if block is None:
            self._place = (self.draft.move_phase(phase, step), None)
        else:
            self._place = self.draft.move_block(phase, block, step)
        self._refresh()

    def remove_selected(self) -> None:
        """Remove the selected exercise or phase."""
        phase, block = self._place
        if not self.draft.content.phases:
            return
        if block is None:
            self.draft.remove_phase(phase)
            self._place = (max(0, phase - 1), None)
        else:
            self.draft.remove_block(phase, block)
            self._place = (phase, block - 1) if block > 0 else (phase, None)
        self._refresh()

    def undo(self) -> None:
        """Undo the last change."""
        if self.draft.undo():
            self._refresh(texts=True)

    def redo(self) -> None:
        """Make the last undone change again."""
        if self.draft.redo():
            self._refresh(texts=True)

    @property
    def pack_id(self) -> str:
        """Return the folder name of the pack chosen to save into."""
        return str(self.pack_box.currentData() or MY_PACK_ID)

    def save(self) -> bool:
        """Save the draft; return whether it was saved (a failure is shown in the problems)."""
        if self._problems():
            return False
        try:
            path = self.draft.save(self._library, self._packs_dir, self.pack_id)
        except (OSError, MessageError) as error:
            text = error_text(error) if isinstance(error, MessageError) else str(error)
            self.problems_label.setText(self.tr("Could not save: {error}").format(error=text))
            self.problems_label.setVisible(True)
            return False
        self.saved.emit(path)
        self._refresh()
        return True

    def start(self) -> None:
        """Save, close and ask for a session of the routine (not while it has problems)."""
        if not self.save():
            return
        routine = self.draft.as_routine(self._library, self.draft.pack_dir(self._packs_dir))
        self.accept()
        self.start_requested.emit(routine)

    # -- closing ---------------------------------------------------------------

    def _ask_to_close(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            self.tr("Save the routine?"),
            self.tr("The routine has changes that are not saved yet."),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def _may_close(self) -> bool:
        if not self.draft.dirty:
            return True
        answer = self.confirm_close()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Escape closes too, asking first about unsaved changes."""
        if self._may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Closing asks first about unsaved changes."""
        if self.result() == QDialog.DialogCode.Accepted or self._may_close():
            event.accept()
            super().closeEvent(event)
        else:
            event.ignore()

    # -- showing the draft ------------------------------------------------------

    def _problems(self) -> tuple[DraftProblem, ...]:
        pack_dir = self.draft.pack_dir(self._packs_dir, self.pack_id)
        return self.draft.problems(self._library, pack_dir)

    def _refresh(self, *, texts: bool = False) -> None:
        """Show the draft as it stands: tree, panel, lengths, problems and buttons."""
        content = self.draft.content
        if texts or not self.name_edit.hasFocus():
            _set_text(self.name_edit, content.name)
        if texts or not self.summary_edit.hasFocus():
            _set_text(self.summary_edit, content.summary)
        self._clamp_place()
        plan = self.draft.plan(self._library)
        self._outline = outline(plan) if plan is not None else None
        self._fill_tree()
        self._show_panel()
        if plan is None:
            self.total_label.setText(
                self.tr("The length cannot be worked out until the problems are fixed.")
            )
        else:
            text = self.tr(
                "In all: {time}, with getting into position, rests and switching sides."
            ).format(time=render(format_seconds(plan.total_seconds)))
            if any(step.seconds is None for step in plan.steps):
                text += self.tr(" Steps done at your own pace come on top.")
            self.total_label.setText(text)
        problems = self._problems()
        self.problems_label.setText("\n".join(self._problem_text(p) for p in problems))
        self.problems_label.setVisible(bool(problems))
        self.save_button.setEnabled(not problems)
        self.start_button.setEnabled(not problems and plan is not None)
        self._enable()
        title = content.name or self.tr("New routine")
        marker = " *" if self.draft.dirty else ""
        self.setWindowTitle(self.tr("Routine editor: {name}").format(name=title) + marker)

    def _clamp_place(self) -> None:
        phases = self.draft.content.phases
        if not phases:
            self._place = (0, None)
            return
        phase = max(0, min(self._place[0], len(phases) - 1))
        block = self._place[1]
        if block is not None:
            count = len(phases[phase].blocks)
            block = None if count == 0 else max(0, min(block, count - 1))
        self._place = (phase, block)

    def _fill_tree(self) -> None:
        tree = self.tree
        tree.blockSignals(True)
        tree.clear()
        for p, phase in enumerate(self.draft.content.phases):
            item = tree.add_phase(p, [phase.name, "", self._phase_length(p)])
            for b, block in enumerate(phase.blocks):
                shown = self._block_outline(p, b)
                amount = render(shown.amount()) if shown else ""
                length = render(format_seconds(shown.seconds)) if shown else ""
                if shown is not None and shown.paced:
                    length = self.tr("{time} + your own pace").format(time=length)
                tree.add_block(item, (p, b), [self._names(block), amount, length])
        tree.expandAll()
        current = tree.item_at(self._place)
        if current is not None:
            tree.setCurrentItem(current)
        tree.blockSignals(False)

    def _block_outline(self, phase: int, block: int) -> ExerciseOutline | None:
        if self._outline is None:
            return None
        exercises = self._outline[phase].exercises
        return exercises[block] if block < len(exercises) else None

    def _phase_length(self, index: int) -> str:
        phase = self.draft.content.phases[index]
        if self._outline is None:
            return ""
        length = render(format_seconds(self._outline[index].seconds))
        if phase.budget_seconds is None:
            return length
        return self.tr("{length} of {budget}").format(
            length=length, budget=render(format_seconds(phase.budget_seconds))
        )

    def _names(self, block: BlockContent) -> str:
        names = []
        for choice in block.choices:
            try:
                names.append(self._library.exercise(choice).name)
            except KeyError:
                names.append(choice)
        return self.tr(" or ").join(names)

    def _sides(self, shown: ExerciseOutline | None) -> str:
        if shown is None:
            return ""
        match shown.sides:
            case SideMode.NONE:
                return self.tr("Not done per side.")
            case SideMode.ALTERNATING:
                return self.tr("Both sides, in turn within each set.")
            case SideMode.EACH:
                return self.tr("Each side in turn: the left, then the right.")
            case _:
                assert_never(shown.sides)

    def _show_panel(self) -> None:
        phase, block = self._place
        phases = self.draft.content.phases
        self.panels.setEnabled(bool(phases))
        if not phases:
            return
        if block is None:
            length = self._phase_length(phase)
            text = self.tr("Length: {length}").format(length=length) if length else ""
            self.phase_panel.show_phase(phases[phase], text)
            self.panels.setCurrentWidget(self.phase_panel)
            return
        content = phases[phase].blocks[block]
        shown = self._block_outline(phase, block)
        self.block_panel.show_block(
            content, self._library, self._names(content), self._sides(shown)
        )
        self.panels.setCurrentWidget(self.block_panel)

    def _enable(self) -> None:
        has_phases = bool(self.draft.content.phases)
        for widget in (self.up_button, self.down_button, self.remove_button):
            widget.setEnabled(has_phases)
        self.undo_button.setEnabled(self.draft.can_undo)
        self.redo_button.setEnabled(self.draft.can_redo)

    def _problem_text(self, problem: DraftProblem) -> str:
        """Return a problem with where it is in words: the phase and exercise, then the key."""
        message = (
            render(problem.message) if not isinstance(problem.message, str) else problem.message
        )
        phases = self.draft.content.phases
        if problem.phase is None or problem.phase >= len(phases):
            fields = {"name": self.tr("Name"), "summary": self.tr("Summary")}
            where = fields.get(problem.key, problem.key)
            return f"{where}: {message}" if where else message
        phase = phases[problem.phase]
        where = phase.name or self.tr("Phase {number}").format(number=problem.phase + 1)
        if problem.block is not None and problem.block < len(phase.blocks):
            where = f"{where}, {self._names(phase.blocks[problem.block])}"
        return f"{where}: {message}"


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
