"""The exercise editor: a form, what `hipcoach check` says about it, and a preview.

The dialog edits an ``ExerciseDraft`` (``hipcoach.core.exercise_draft``):
every change goes into the draft, the problems beneath the form are the
draft's (the same words as ``hipcoach check``), and the preview on the right
is the Library's own detail view of the exercise as it would load. Save
stays disabled while there is a problem. Undo and redo go through the
draft's snapshots. Closing with unsaved changes asks first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.exercise_draft import Collision, DraftError, ExerciseDraft
from hipcoach.core.exercises import Exercise
from hipcoach.core.pack_files import slug
from hipcoach.core.reference import Reference
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.exercise_detail import ExerciseDetail
from hipcoach.ui.exercise_form import ExerciseForm
from hipcoach.ui.translate import render

FigureEditor = Callable[[Mapping[str, Any] | None, QWidget], Mapping[str, Any] | None]
"""Edits an exercise's ``[figure]`` table over a parent window.

Called with the figure table (None if the exercise has none) and the editor
dialog; returns the new table, or None when the user cancelled.
"""


class ExerciseEditor(QDialog):
    """Write a new exercise, or change one, and save it into one of the user's packs.

    ``packs`` lists the packs a new exercise may go into, as (name, folder),
    the default first; an exercise that has a file stays in it. ``saved``
    fires with the exercise's id after each save. ``figure_editor``, if
    given, is what "Edit figure…" opens (without it the button is hidden).
    """

    saved = Signal(str)

    def __init__(
        self,
        draft: ExerciseDraft,
        *,
        packs: Sequence[tuple[str, Path]] = (),
        reference: Reference | None = None,
        suggestions: Sequence[str] = (),
        exercises: Mapping[str, str] | None = None,
        figure_editor: FigureEditor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self._figure_editor = figure_editor
        # A new exercise's id is made from its name until the user types an id.
        self._follow_name = draft.file is None and draft.exercise_id in (
            "",
            slug(str(draft.get("name") or "")),
        )
        self._last_valid: Exercise | None = None
        self.setWindowTitle(self._title())
        self.setSizeGripEnabled(True)

        self.form = ExerciseForm(suggestions=suggestions, exercises=exercises)
        self.form.set_figure_editing(figure_editor is not None)
        self.form.edited.connect(self._edited)
        self.form.undo_requested.connect(self.undo)
        self.form.redo_requested.connect(self.redo)
        self.form.figure_requested.connect(self._edit_figure)
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the fields, not the frame
        scroll.setMinimumWidth(self.form.sizeHint().width() + 24)
        self.scroll_area = scroll

        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        name_by_content(self.problems_label, self.tr("Problems"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems to fix before saving"))
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(110)
        self.problems_label.setBuddy(self.problems)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.problems_label)
        left_layout.addWidget(self.problems)

        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        name_by_content(self.preview_label, self.tr("Preview"))
        self.preview = ExerciseDetail(reference=reference)
        self.preview.setAccessibleName(self.tr("Preview as the Library shows it"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 440])

        self.pack_box = QComboBox()
        self.pack_box.setAccessibleName(self.tr("Save into pack"))
        for name, folder in packs:
            self.pack_box.addItem(name, str(folder))
        pack_label = QLabel(self.tr("Sa&ve into:"))
        pack_label.setBuddy(self.pack_box)
        self.file_label = QLabel()
        name_by_content(self.file_label, self.tr("File"))
        if draft.file is not None or not packs:
            self.pack_box.setVisible(False)
            pack_label.setVisible(False)
        else:
            index = self.pack_box.findData(str(draft.pack_dir))
            self.pack_box.setCurrentIndex(max(index, 0))
            self.draft.pack_dir = Path(self.pack_box.currentData())
        self.pack_box.currentIndexChanged.connect(self._pack_chosen)

        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setAccessibleName(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Make the undone change again (Ctrl+Shift+Z)"))
        self.redo_button.clicked.connect(self.redo)
        for button in (self.undo_button, self.redo_button):
            button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Close"))
        cancel.setText(self.tr("Close"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(pack_label)
        bottom.addWidget(self.pack_box)
        bottom.addWidget(self.file_label, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.save_button.setToolTip(self.tr("Save the exercise and close the editor (Ctrl+S)"))
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),
            (QKeySequence.StandardKey.Save, self._save_key),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

        self.form.load(draft.table)
        self._refresh()
        self.resize(1120, 780)

    # -- changes -------------------------------------------------------------------

    def _edited(self, path: tuple[str, ...], value: object, merge_key: str) -> None:
        self.draft.set(path, value, merge_key=merge_key or None)
        if path == ("id",):
            self._follow_name = False
        elif path == ("name",) and self._follow_name:
            self.draft.set(
                ("id",), slug(str(value)) if str(value).strip() else "", merge_key="name"
            )
            self.form.load(self.draft.table)
        self._refresh()

    def undo(self) -> None:
        """Undo the last change (Ctrl+Z)."""
        self.draft.undo()
        self.form.load(self.draft.table)
        self._refresh()

    def redo(self) -> None:
        """Make the last undone change again (Ctrl+Shift+Z)."""
        self.draft.redo()
        self.form.load(self.draft.table)
        self._refresh()

    def _pack_chosen(self) -> None:
        folder = self.pack_box.currentData()
        if folder is not None:
            self.draft.pack_dir = Path(folder)
            self._refresh()

    def _edit_figure(self) -> None:
        editor = self._figure_editor
        if editor is None:
            return
        current = self.draft.get("figure")
        changed = editor(current if isinstance(current, Mapping) else None, self)
        if changed is not None:
            self.draft.set(("figure",), dict(changed))
            self.form.load(self.draft.table)
            self._refresh()

    # -- showing -------------------------------------------------------------------

    def _title(self) -> str:
        name = str(self.draft.get("name") or "").strip() or self.tr("New exercise")
        mark = "*" if self.draft.dirty else ""
        return self.tr("{mark}{name} — Exercise editor").format(mark=mark, name=name)

    def problem_lines(self) -> list[str]:
        """Return the problems as the list beneath the form shows them."""
        lines = []
        for problem in self.draft.problems():
            text = render(problem.text)
            lines.append(f"{problem.key}: {text}" if problem.key else text)
        return lines

    def _refresh(self) -> None:
        lines = self.problem_lines()
        self.problems.clear()
        self.problems.addItems(lines)
        self.problems.setVisible(bool(lines))
        if lines:
            self.problems_label.setText(
                self.tr("1 problem to fix before it can be saved:")
                if len(lines) == 1
                else self.tr("%n problems to fix before it can be saved:", "", len(lines))
            )
        else:
            self.problems_label.setText(self.tr("No problems: it can be saved."))
        exercise = None if lines else self.draft.to_exercise()
        if exercise is not None:
            self._last_valid = exercise
            self.preview.show_exercise(exercise)
            self.preview_label.setText(self.tr("Preview, as the Library will show it:"))
        elif self._last_valid is not None:
            self.preview.show_exercise(self._last_valid)
            self.preview_label.setText(self.tr("Preview of the last version without problems:"))
        else:
            self.preview.show_exercise(None)
            self.preview.setHtml(
                "<p>" + self.tr("The preview shows once the problems are fixed.") + "</p>"
            )
            self.preview_label.setText(self.tr("No preview yet."))
        self.save_button.setEnabled(not lines and (self.draft.dirty or self.draft.file is None))
        self.undo_button.setEnabled(self.draft.can_undo)
        self.redo_button.setEnabled(self.draft.can_redo)
        try:
            target = str(self.draft.target_file())
        except ValueError:
            target = ""
        self.file_label.setText(self.tr("File: {path}").format(path=target) if target else "")
        self.setWindowTitle(self._title())

    # -- saving and closing ----------------------------------------------------------

    def _save_key(self) -> None:
        """Ctrl+S: what Save does; while it cannot save, the focus goes to the problems."""
        if self.save_button.isEnabled():
            self.accept()
        elif self.problems.isVisible():
            self.problems.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save(self) -> bool:
        """Save the draft into its pack (asking what to do if its id is taken); return success."""
        if self.draft.problems():
            return False
        replace_file: Path | None = None
        collision = self.draft.collision()
        if collision is not None:
            answer = self._ask_collision(collision)
            if answer is None:
                return False
            if answer:
                replace_file = collision.file
            else:
                self.draft.set(("id",), collision.free)
                self.form.load(self.draft.table)
        try:
            self.draft.save(replace_file=replace_file)
        except (OSError, DraftError) as error:
            QMessageBox.warning(
                self,
                self.tr("Exercise not saved"),
                self.tr("The exercise could not be saved: {error}").format(error=error),
            )
            self._refresh()
            return False
        self._refresh()
        self.saved.emit(self.draft.exercise_id)
        return True

    def _ask_collision(self, collision: Collision) -> bool | None:
        """Ask whether to replace the other exercise with this id: True, False (rename) or None."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Id already used"))
        box.setText(
            self.tr("The pack already has an exercise with the id '{id}' ({file}).").format(
                id=collision.exercise_id, file=collision.file.name
            )
        )
        box.setInformativeText(
            self.tr("Replace it with this one, or save this one as '{free}'?").format(
                free=collision.free
            )
        )
        replace = box.addButton(self.tr("Replace it"), QMessageBox.ButtonRole.DestructiveRole)
        rename = box.addButton(
            self.tr("Save as '{free}'").format(free=collision.free),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(rename)
        box.exec()
        clicked = box.clickedButton()
        if clicked is replace:
            return True
        if clicked is rename:
            return False
        return None

    def accept(self) -> None:
        """Save and close (the dialog closes only if the save worked)."""
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Close; with unsaved changes, ask whether to save them, drop them or stay."""
        if self.draft.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this exercise before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()
