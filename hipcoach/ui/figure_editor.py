"""The figure editor: change an exercise's figure by dragging joints or typing angles.

``FigureEditorDialog(figure_table, muscles, parent)`` opens on an exercise's
``[figure]`` table (or a person standing, for ``None``); after ``exec()``
returns ``Accepted``, ``figure_table()`` gives the edited table. Given ``starts`` (names and
figure tables), "Start from:" replaces the whole figure with one of them or
with a person standing, as one change to undo. The work is
done by the core's ``FigureDraft``: the joint limits, the floor (also on the
way between keyframes), the loader's own problems, undo and redo. The dialog
shows one keyframe to edit, beside it the same keyframe for the other side
and the keyframes moving one into the next, and says what is wrong while
anything is; OK waits until nothing is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.exercises import Category, Dosage, Exercise, Position, Sides
from hipcoach.core.figure_draft import Contact, FigureDraft, FigureProblem
from hipcoach.core.plan import Side
from hipcoach.core.poses import Figure, PropKind
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.figure_editor_canvas import FigureCanvas
from hipcoach.ui.figure_editor_panels import (
    AnglePanel,
    ContactPanel,
    HighlightsPanel,
    PropsPanel,
    muscle_names,
)
from hipcoach.ui.figure_view import FigureView
from hipcoach.ui.translate import render

#: Seconds a new loop takes round the keyframes when looping is switched on.
DEFAULT_LOOP_SECONDS = 4.0


def ask_to_discard(parent: QWidget) -> bool:
    """Ask whether to close without keeping the changes; return the answer."""
    answer = QMessageBox.question(
        parent,
        parent.tr("Discard the changes?"),
        parent.tr("The figure has changes that are not kept yet. Close without keeping them?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def _stand_in(figure: Figure, name: str) -> Exercise:
    """Return an exercise that only carries ``figure``, for the figure views to show."""
    return Exercise(
        id="figure-editor",
        name=name,
        category=Category.STRETCH,
        summary="",
        targets=(),
        equipment=(),
        position=Position.STANDING,
        starting_position="",
        steps=(),
        dosage=Dosage(),
        sides=Sides(per_side=True),
        figure=figure,
    )


class FigureEditorDialog(QDialog):
    """Edits one figure; ``figure_table()`` returns it as a ``[figure]`` table.

    ``muscles`` maps the tintable muscle regions (``Muscle`` values) to the
    names to show; regions it leaves out get the editor's own names.
    ``ask_discard`` asks whether to close with changes not kept (a message
    box unless given). ``starts`` are the figures one can start again from,
    as ``(name, [figure] table)``, a ``None`` table being a person standing;
    the dialog lists a person standing first. Without ``starts`` there is no
    such choice. The table may be one the editor cannot read at all
    (keyframes that are not tables): then ``FigureTableError`` is raised.
    """

    def __init__(
        self,
        figure_table: Mapping[str, Any] | None,
        muscles: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
        *,
        ask_discard: Callable[[QWidget], bool] = ask_to_discard,
        starts: Sequence[tuple[str, Mapping[str, Any] | None]] = (),
    ) -> None:
        super().__init__(parent)
        self.draft = FigureDraft.from_table(figure_table)
        self._ask_discard = ask_discard
        self._starts: list[Mapping[str, Any] | None] = [None]
        self._frame = self.draft.state.still_index
        self._preview_key: object = None
        self.setWindowTitle(self.tr("Edit the figure"))
        self.setAccessibleName(self.tr("Edit the figure"))

        start_row = self._start_controls(starts)
        self.canvas = FigureCanvas()
        self.canvas.setAccessibleName(self.tr("The keyframe being edited"))
        self.canvas.setAccessibleDescription(
            self.tr("Drag a round handle to turn its joint; the angle boxes below do the same.")
        )
        self.problems_label = name_by_content(QLabel(), self.tr("Problems"))
        self.problems_label.setWordWrap(True)
        self.mirrored = FigureView(collapse=False)
        self.preview = FigureView(collapse=False)
        for view in (self.mirrored, self.preview):
            view.setMinimumSize(200, 160)

        self.angles = AnglePanel()
        self.contact = ContactPanel()
        self.props = PropsPanel()
        self.highlights = HighlightsPanel(muscle_names(muscles))
        for narrow in (self.contact, self.props):
            # A few choices side by side: wider would only spread them apart.
            narrow.setMaximumWidth(640)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("What to change"))
        self.tabs.addTab(self.angles, self.tr("&Angles"))
        self.tabs.addTab(self.contact, self.tr("Gro&und contact"))
        self.tabs.addTab(self.props, self.tr("&Props"))
        self.tabs.addTab(self.highlights, self.tr("&Highlights"))

        keyframes = self._keyframe_controls()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_button = QPushButton(self.tr("&Redo"))
        self.redo_button.setToolTip(self.tr("Make the undone change again (Ctrl+Shift+Z)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)

        centre = QVBoxLayout()
        centre.addWidget(self.canvas, 1)
        centre.addWidget(self.problems_label)
        side = QVBoxLayout()
        for text, view in (
            (self.tr("The other side"), self.mirrored),
            (self.tr("Moving through the keyframes"), self.preview),
        ):
            side.addWidget(QLabel(text))
            side.addWidget(view, 1)
        top = QHBoxLayout()
        top.addLayout(keyframes)
        top.addLayout(centre, 3)
        top.addLayout(side, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(start_row)
        layout.addLayout(top, 3)
        layout.addWidget(self.tabs, 2)
        layout.addLayout(bottom)

        self._connect(buttons)
        self._show()
        self.resize(1100, 780)

    # -- building ------------------------------------------------------------------

    def _start_controls(self, starts: Sequence[tuple[str, Mapping[str, Any] | None]]) -> QWidget:
        """Return the "Start from:" row (hidden without ``starts``)."""
        self.start_combo = QComboBox()
        self.start_combo.setAccessibleName(self.tr("Figure to start from"))
        self.start_combo.setToolTip(
            self.tr("A figure to start again from: a person standing, or an exercise's figure")
        )
        self.start_combo.addItem(self.tr("Standing straight (neutral)"))
        for name, table in starts:
            self.start_combo.addItem(name)
            self._starts.append(table)
        self.start_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.start_button = QPushButton(self.tr("Use &this figure"))
        self.start_button.setAccessibleName(self.tr("Start from the chosen figure"))
        self.start_button.setToolTip(
            self.tr("Replace the whole figure with the chosen one (Ctrl+Z brings this one back)")
        )
        label = QLabel(self.tr("Start &from:"))
        label.setBuddy(self.start_combo)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(label)
        line.addWidget(self.start_combo)
        line.addWidget(self.start_button)
        line.addStretch(1)
        if not starts:
            row.hide()
        return row

    def _keyframe_controls(self) -> QVBoxLayout:
        self.keyframe_list = QListWidget()
        self.keyframe_list.setAccessibleName(self.tr("Keyframes"))
        self.keyframe_list.setMaximumWidth(240)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name of the keyframe"))
        self.add_button = QPushButton(self.tr("A&dd a copy"))
        self.add_button.setToolTip(self.tr("Add a copy of this keyframe after it (at most 4)"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove this keyframe"))
        self.remove_button.setToolTip(self.tr("Remove this keyframe (at least 2 stay)"))
        self.up_button = QPushButton(self.tr("Earlier"))
        self.up_button.setAccessibleName(self.tr("Move this keyframe earlier"))
        self.down_button = QPushButton(self.tr("Later"))
        self.down_button.setAccessibleName(self.tr("Move this keyframe later"))
        self.still_combo = QComboBox()
        self.still_combo.setAccessibleName(self.tr("Keyframe shown still"))
        self.still_combo.setToolTip(
            self.tr("The keyframe a still picture shows and a hold stays in")
        )
        self.loop_check = QCheckBox(self.tr("&Loop every"))
        self.loop_check.setToolTip(
            self.tr("For rolling or walking: a timed step goes round all the keyframes")
        )
        self.loop_seconds = QDoubleSpinBox()
        self.loop_seconds.setRange(0.5, 60.0)
        self.loop_seconds.setSingleStep(0.5)
        self.loop_seconds.setDecimals(1)
        self.loop_seconds.setSuffix(self.tr(" s"))
        self.loop_seconds.setAccessibleName(self.tr("Seconds for one loop"))

        column = QVBoxLayout()
        heading = QLabel(self.tr("&Keyframes"))
        heading.setBuddy(self.keyframe_list)
        column.addWidget(heading)
        column.addWidget(self.keyframe_list, 1)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        column.addLayout(form)
        for first, second in (
            (self.add_button, self.remove_button),
            (self.up_button, self.down_button),
        ):
            row = QHBoxLayout()
            row.addWidget(first)
            row.addWidget(second)
            column.addLayout(row)
        still_label = QLabel(self.tr("&Still picture"))
        still_label.setBuddy(self.still_combo)
        column.addWidget(still_label)
        column.addWidget(self.still_combo)
        loop = QHBoxLayout()
        loop.addWidget(self.loop_check)
        loop.addWidget(self.loop_seconds, 1)
        column.addLayout(loop)
        return column

    def _connect(self, buttons: QDialogButtonBox) -> None:
        draft = self.draft
        self.canvas.joint_chosen.connect(self._choose_joint)
        self.canvas.dragged.connect(
            lambda joint, x, y: self._do(lambda: draft.drag(self._frame, joint, (x, y)))
        )
        self.canvas.drag_finished.connect(self._drag_finished)
        self.angles.angle_changed.connect(
            lambda joint, value: self._do(
                lambda: draft.set_angle(self._frame, joint, value, gesture=("angle", joint))
            )
        )
        self.angles.joint_focused.connect(self.canvas.select)
        self.angles.editing_finished.connect(draft.end_gesture)
        self.contact.contact_changed.connect(self._set_contact)
        self.props.add_asked.connect(lambda kind: self._do(lambda: draft.add_prop(PropKind(kind))))
        self.props.remove_asked.connect(lambda index: self._do(lambda: draft.remove_prop(index)))
        self.props.moved.connect(
            lambda index, x: self._do(
                lambda: draft.set_prop_x(index, round(x, 2), gesture=("prop", index))
            )
        )
        self.highlights.working_changed.connect(
            lambda limbs: self._do(lambda: draft.set_working(limbs))
        )
        self.highlights.muscles_changed.connect(
            lambda muscles: self._do(lambda: draft.set_muscles(muscles))
        )
        self.keyframe_list.currentRowChanged.connect(self._choose_frame)
        self.name_edit.editingFinished.connect(self._rename)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.still_combo.activated.connect(self._set_still)
        self.loop_check.toggled.connect(self._set_loop)
        self.loop_seconds.valueChanged.connect(self._set_loop)
        self.start_button.clicked.connect(self._start_from)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        QShortcut(QKeySequence("Ctrl+Z"), self, self.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, self.redo)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    # -- what the user does --------------------------------------------------------------

    def figure_table(self) -> dict[str, Any]:
        """Return the figure as a ``[figure]`` table (what the exercise file holds)."""
        return self.draft.table()

    @property
    def frame(self) -> int:
        """Return the keyframe being edited (from 0)."""
        return self._frame

    def _do(self, change: Callable[[], object]) -> None:
        change()
        self._show()

    def _choose_joint(self, joint: str) -> None:
        self.tabs.setCurrentWidget(self.angles)
        self.angles.boxes[joint].setFocus()
        self.canvas.select(joint)

    def _drag_finished(self) -> None:
        self.draft.end_gesture()
        self._show()

    def _choose_frame(self, row: int) -> None:
        if 0 <= row < len(self.draft.keyframes) and row != self._frame:
            self._frame = row
            self.draft.end_gesture()
            self._show()

    def _set_contact(self, contact: Contact) -> None:
        self._do(lambda: self.draft.set_contact(self._frame, contact))

    def _rename(self) -> None:
        if self.name_edit.text().strip() != self.draft.keyframes[self._frame].name:
            self._do(lambda: self.draft.rename_keyframe(self._frame, self.name_edit.text()))

    def _add(self) -> None:
        added = self.draft.add_keyframe(self._frame)
        if added is not None:
            self._frame = added
        self._show()

    def _remove(self) -> None:
        if self.draft.remove_keyframe(self._frame):
            self._frame = min(self._frame, len(self.draft.keyframes) - 1)
        self._show()

    def _move(self, step: int) -> None:
        if self.draft.move_keyframe(self._frame, self._frame + step):
            self._frame += step
        self._show()

    def _start_from(self) -> None:
        index = self.start_combo.currentIndex()
        if not 0 <= index < len(self._starts):
            return
        if self.draft.start_from(self._starts[index]):
            self._frame = self.draft.state.still_index
        self._show()

    def _set_still(self, row: int) -> None:
        self._do(lambda: self.draft.set_still(None if row == 0 else row - 1))

    def _set_loop(self) -> None:
        seconds = self.loop_seconds.value() if self.loop_check.isChecked() else None
        self._do(lambda: self.draft.set_loop_seconds(seconds))

    def undo(self) -> None:
        """Undo the last change."""
        if self.draft.undo():
            self._frame = min(self._frame, len(self.draft.keyframes) - 1)
        self._show()

    def redo(self) -> None:
        """Make the last undone change again."""
        if self.draft.redo():
            self._frame = min(self._frame, len(self.draft.keyframes) - 1)
        self._show()

    def accept(self) -> None:
        """Close with the figure kept, if nothing is wrong with it."""
        if self.draft.problems():
            return
        self.draft.mark_saved()
        super().accept()

    def reject(self) -> None:
        """Close without keeping the figure, after asking if it has changes."""
        if self.draft.modified and not self._ask_discard(self):
            return
        super().reject()

    # -- showing -----------------------------------------------------------------------

    def _show(self) -> None:
        """Show the draft as it is now in every part of the dialog."""
        draft = self.draft
        state = draft.state
        figure = draft.figure()
        keyframe = state.keyframes[self._frame]
        self.canvas.show_pose(figure, figure.keyframes[self._frame])
        self.angles.show_pose(keyframe.pose)
        kinds = [prop.kind.value for prop in figure.props if prop.height > 0]
        self.contact.show_contact(keyframe.contact, kinds)
        self.props.show_props(state.props)
        self.highlights.show_highlights(state.working, state.muscles)
        self._show_keyframes()
        problems = draft.problems()
        self._show_problems(problems)
        self.ok_button.setEnabled(not problems)
        self.undo_button.setEnabled(draft.can_undo)
        self.redo_button.setEnabled(draft.can_redo)
        self.setWindowTitle(
            self.tr("Edit the figure*") if draft.modified else self.tr("Edit the figure")
        )
        self.mirrored.show_still(
            _stand_in(figure, self.tr("the other side")), Side.RIGHT, self._frame
        )
        if self.canvas.dragging is None:
            key = figure
            if key != self._preview_key:
                self._preview_key = key
                self.preview.show_still(_stand_in(figure, self.tr("moving")), None, 0)
                self.preview.play_keyframes(True)

    def _show_keyframes(self) -> None:
        names = [keyframe.name for keyframe in self.draft.keyframes]
        count = len(names)
        for widget in (self.keyframe_list, self.still_combo, self.loop_check, self.loop_seconds):
            widget.blockSignals(True)
        if [self.keyframe_list.item(i).text() for i in range(self.keyframe_list.count())] != names:
            self.keyframe_list.clear()
            self.keyframe_list.addItems(names)
        self.keyframe_list.setCurrentRow(self._frame)
        if not self.name_edit.hasFocus():
            self.name_edit.setText(names[self._frame])
        self.still_combo.clear()
        self.still_combo.addItem(self.tr("the last keyframe"))
        self.still_combo.addItems(names)
        still = self.draft.state.still
        self.still_combo.setCurrentIndex(names.index(still) + 1 if still in names else 0)
        loop = self.draft.state.loop_seconds
        self.loop_check.setChecked(loop is not None)
        self.loop_seconds.setEnabled(loop is not None)
        self.loop_seconds.setValue(loop if loop is not None else DEFAULT_LOOP_SECONDS)
        for widget in (self.keyframe_list, self.still_combo, self.loop_check, self.loop_seconds):
            widget.blockSignals(False)
        self.add_button.setEnabled(count < 4)
        self.remove_button.setEnabled(count > 2)
        self.up_button.setEnabled(self._frame > 0)
        self.down_button.setEnabled(self._frame < count - 1)

    def _where(self, problem: FigureProblem) -> str:
        index = problem.keyframe
        key = problem.key.removeprefix("figure").lstrip(".")
        if index is None or not 0 <= index < len(self.draft.keyframes):
            return key or self.tr("the figure")
        name = self.draft.keyframes[index].name or str(index + 1)
        rest = key.split("]", 1)[1].lstrip(".") if "]" in key else ""
        if rest:
            return self.tr("keyframe '{name}', {key}").format(name=name, key=rest)
        return self.tr("keyframe '{name}'").format(name=name)

    def _show_problems(self, problems: list[FigureProblem]) -> None:
        if not problems:
            self.problems_label.setText(self.tr("Nothing wrong: the figure can be kept."))
            return
        lines = [f"{self._where(p)}: {render(p.message)}" for p in problems[:4]]
        if len(problems) > 4:
            lines.append(self.tr("… and {count} more").format(count=len(problems) - 4))
        self.problems_label.setText("\n".join(lines))
