"""The form of the exercise editor: every field of an exercise file, grouped.

It shows an exercise's table (``load``) and reports each change as
``edited(path, value, merge_key)``; it keeps no state of its own beyond the
widgets, so undo and redo are a ``load`` of an earlier table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.exercises import Category, Position
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.dosage_editor import DosageEditor
from hipcoach.ui.list_editor import TextListEditor
from hipcoach.ui.translate import render

#: The list fields, in the order the form shows them.
LIST_FIELDS = (
    "targets",
    "equipment",
    "steps",
    "cues",
    "cautions",
    "contraindications",
    "tips",
    "mistakes",
    "progressions",
)
_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class _Paragraph(QPlainTextEdit):
    """A few lines of text; Tab moves on instead of typing a tab."""

    def __init__(self, name: str, lines: int = 3) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)


class ExerciseForm(QWidget):
    """Every field of an exercise: texts, lists, category, position, dosage, sides, figure.

    ``suggestions`` are the muscle names offered for the targets;
    ``exercises`` maps the ids a gentler exercise may name to their names.
    ``undo_requested`` and ``redo_requested`` fire for Ctrl+Z and
    Ctrl+Shift+Z in any field (the editor's own undo, not the field's).
    ``figure_requested`` fires when "Edit figure…" is pressed; the button
    shows only once ``set_figure_editing(True)`` says something will answer.
    """

    # The value may be None (the key left out), which a typed Signal would not carry.
    edited = Signal(tuple, object, str)
    undo_requested = Signal()
    redo_requested = Signal()
    figure_requested = Signal()

    def __init__(
        self,
        *,
        suggestions: Sequence[str] = (),
        exercises: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self._exercises = dict(exercises or {})

        self.name = self._line("name", self.tr("Name"))
        self.exercise_id = self._line("id", self.tr("Id"))
        self.exercise_id.setToolTip(
            self.tr("Lower-case letters, digits and -; names the file and links to the exercise")
        )
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for category in Category:
            self.category.addItem(render(category.label_message), category.value)
        self.category.activated.connect(
            lambda: self._emit(("category",), self.category.currentData(), "")
        )
        self.position = QComboBox()
        self.position.setAccessibleName(self.tr("Position"))
        for position in Position:
            self.position.addItem(render(position.label_message), position.value)
        self.position.activated.connect(
            lambda: self._emit(("position",), self.position.currentData(), "")
        )
        self.summary = self._paragraph("summary", self.tr("Summary"), required=True)
        self.starting_position = self._paragraph(
            "starting_position", self.tr("Starting position"), required=True
        )
        self.why = self._paragraph("why", self.tr("Why it works"), required=False)
        self.gentler = QComboBox()
        self.gentler.setAccessibleName(self.tr("Gentler alternative"))
        self.gentler.setToolTip(self.tr("Suggested when this exercise causes sharp pain"))
        self.gentler.activated.connect(
            lambda: self._emit(("gentler",), self.gentler.currentData(), "")
        )

        titles = {
            "targets": self.tr("Targets"),
            "equipment": self.tr("Equipment"),
            "steps": self.tr("Steps"),
            "cues": self.tr("Cues"),
            "cautions": self.tr("Cautions"),
            "contraindications": self.tr("When not to do it"),
            "tips": self.tr("Tips"),
            "mistakes": self.tr("Common mistakes"),
            "progressions": self.tr("Progressions"),
        }
        self.lists: dict[str, TextListEditor] = {}
        for key in LIST_FIELDS:
            editor = TextListEditor(
                titles[key], suggestions=suggestions if key == "targets" else ()
            )
            editor.changed.connect(
                lambda items, merge, key=key: self._emit(
                    (key,), items or None, f"{key}.{merge}" if merge else ""
                )
            )
            self.lists[key] = editor

        self.dosage = DosageEditor()
        self.dosage.edited.connect(self._emit)

        self.figure_label = QLabel()
        self.figure_label.setWordWrap(True)
        name_by_content(self.figure_label, self.tr("Figure"))
        self.figure_button = QPushButton(self.tr("Edit &figure…"))
        self.figure_button.setAccessibleName(self.tr("Edit figure"))
        self.figure_button.setAutoDefault(False)
        self.figure_button.clicked.connect(self.figure_requested)
        self.figure_button.setVisible(False)

        about = self._group(
            self.tr("About"),
            [
                (self.tr("&Name"), self.name),
                (self.tr("I&d"), self.exercise_id),
                (self.tr("&Category"), self.category),
                (self.tr("&Position"), self.position),
                (self.tr("&Summary"), self.summary),
                (self.tr("&Targets"), self.lists["targets"]),
                (self.tr("E&quipment"), self.lists["equipment"]),
            ],
        )
        how = self._group(
            self.tr("How to do it"),
            [
                (self.tr("Startin&g position"), self.starting_position),
                (self.tr("St&eps"), self.lists["steps"]),
                (self.tr("C&ues"), self.lists["cues"]),
            ],
        )
        amount = QGroupBox(self.tr("Dosage and sides"))
        QVBoxLayout(amount).addWidget(self.dosage)
        safety = self._group(
            self.tr("Safety"),
            [
                (self.tr("C&autions"), self.lists["cautions"]),
                (self.tr("&When not to do it"), self.lists["contraindications"]),
                (self.tr("Gent&ler alternative"), self.gentler),
            ],
        )
        more = self._group(
            self.tr("More"),
            [
                (self.tr("T&ips"), self.lists["tips"]),
                (self.tr("&Mistakes"), self.lists["mistakes"]),
                (self.tr("P&rogressions"), self.lists["progressions"]),
                (self.tr("W&hy it works"), self.why),
            ],
        )
        figure = QGroupBox(self.tr("Figure"))
        figure_row = QHBoxLayout(figure)
        figure_row.addWidget(self.figure_label, 1)
        figure_row.addWidget(self.figure_button)

        layout = QVBoxLayout(self)
        for group in (about, how, amount, safety, more, figure):
            layout.addWidget(group)
        layout.addStretch(1)
        # Tab follows the layout, top to bottom, not the order the fields were made in.
        chain = _focusable(layout)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.installEventFilter(self)

    # -- building ------------------------------------------------------------------

    def _group(self, title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field.list if isinstance(field, TextListEditor) else field)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.addRow(label, field)
        return group

    def _line(self, key: str, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        line.textEdited.connect(lambda text: self._emit((key,), text, key))
        return line

    def _paragraph(self, key: str, name: str, *, required: bool) -> _Paragraph:
        box = _Paragraph(name)

        def changed() -> None:
            text = box.toPlainText()
            self._emit((key,), text if required or text.strip() else None, key)

        box.textChanged.connect(changed)
        return box

    # -- showing a table -------------------------------------------------------------

    def load(self, table: Mapping[str, Any]) -> None:
        """Show the exercise ``table`` in the fields (without firing ``edited``)."""
        self._loading = True
        try:
            for key, line in (("name", self.name), ("id", self.exercise_id)):
                _set_line(line, _text(table.get(key)))
            for key, box in (
                ("summary", self.summary),
                ("starting_position", self.starting_position),
                ("why", self.why),
            ):
                if box.toPlainText() != _text(table.get(key)):
                    box.setPlainText(_text(table.get(key)))
            _choose(self.category, table.get("category"))
            _choose(self.position, table.get("position"))
            self._fill_gentler(table.get("gentler"))
            for key, editor in self.lists.items():
                value = table.get(key)
                editor.set_items(value if isinstance(value, list) else [])
            self.dosage.load(table)
            self._show_figure(table.get("figure"))
        finally:
            self._loading = False

    def set_figure_editing(self, available: bool) -> None:
        """Show "Edit figure…" only when a figure editor is connected."""
        self.figure_button.setVisible(available)

    def _fill_gentler(self, chosen: object) -> None:
        box = self.gentler
        box.clear()
        box.addItem(self.tr("None"), None)
        for exercise_id, name in sorted(self._exercises.items(), key=lambda kv: kv[1].casefold()):
            box.addItem(name, exercise_id)
        if isinstance(chosen, str) and box.findData(chosen) < 0:
            box.addItem(self.tr("{id} (not in the library)").format(id=chosen), chosen)
        box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)

    def _show_figure(self, figure: object) -> None:
        if isinstance(figure, Mapping):
            keyframes = figure.get("keyframes")
            count = len(keyframes) if isinstance(keyframes, list) else 0
            # A figure has 2 to 4 poses, so the English text is always plural.
            text = self.tr("A figure with %n poses, kept as it is.", "", count)
        else:
            text = self.tr("No figure: the exercise is shown without a drawing.")
        self.figure_label.setText(text)

    # -- telling ---------------------------------------------------------------------

    def _emit(self, path: tuple[str, ...], value: object, merge_key: str) -> None:
        if not self._loading:
            self.edited.emit(path, value, merge_key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Send Ctrl+Z and Ctrl+Shift+Z in a text field to the editor's undo, not the field's."""
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            for key, signal in zip(
                _UNDO_KEYS, (self.undo_requested, self.redo_requested), strict=True
            ):
                if event.matches(key):
                    if event.type() == QEvent.Type.KeyPress:
                        signal.emit()
                    else:
                        event.accept()  # the field gets the key press, and passes it here
                    return event.type() == QEvent.Type.KeyPress
        return super().eventFilter(watched, event)


def _focusable(layout: QLayout) -> list[QWidget]:
    """Return the widgets Tab can reach in ``layout``, in the layout's order."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            own = widget.layout()
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(widget)
            elif own is not None:
                found.extend(_focusable(own))
        elif inner is not None:
            found.extend(_focusable(inner))
    return found


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _set_line(line: QLineEdit, text: str) -> None:
    if line.text() != text:
        position = line.cursorPosition()
        line.setText(text)
        line.setCursorPosition(min(position, len(text)))


def _choose(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)
