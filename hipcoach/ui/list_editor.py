"""A list of texts edited in place: add, remove, reorder by keyboard and by drag."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

_ROWS_SHOWN_AT_LEAST = 3
_ROWS_SHOWN_AT_MOST = 7


class _SuggestingDelegate(QStyledItemDelegate):
    """Edits an item in a line edit that completes from the suggestions."""

    def __init__(self, owner: TextListEditor) -> None:
        super().__init__(owner)
        self._owner = owner

    def createEditor(  # noqa: N802
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self._owner.tr("Edit item"))
        if self._owner.suggestions:
            completer = QCompleter(self._owner.suggestions, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        """Tab and Shift+Tab keep the text typed and move on from the list (Qt's own
        delegate would open the next item instead, so Tab could never leave the list)."""
        if (
            isinstance(editor, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._owner.list.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            return True
        return super().eventFilter(editor, event)

    def setModelData(  # noqa: N802
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)


class TextListEditor(QWidget):
    """The items of one list field (steps, cues, targets …), each edited where it is shown.

    Keys in the list: Insert adds an item after the current one and opens it
    for typing, F2 or Enter edits, Delete removes, Alt+Up and Alt+Down move
    the current item; items can be dragged into another order too. While an
    item is typed, Enter keeps it, Escape drops the change (a new item left
    empty goes away) and Tab keeps it and moves on from the list. Each
    change fires ``changed`` with all items and a merge key: the row for a
    text edited (one undo step per item typed), "" for an item added,
    removed or moved. ``suggestions`` (known muscles, say) are offered while
    typing and, if any, in a box that adds one at a time.
    """

    changed = Signal(list, str)

    def __init__(
        self, title: str, *, suggestions: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._title = title
        self.suggestions = list(suggestions)
        self._last: list[str] = []
        self._loading = False

        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setAccessibleDescription(
            self.tr("Insert adds, F2 edits, Delete removes, Alt+Up and Alt+Down move an item")
        )
        self.list.setWordWrap(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        delegate = _SuggestingDelegate(self)
        self.list.setItemDelegate(delegate)
        delegate.closeEditor.connect(self._drop_blank_items)
        self.list.setStyleSheet("QListView::item { padding: 2px 2px; }")
        model = self.list.model()
        model.dataChanged.connect(self._edited)
        model.rowsMoved.connect(self._restructured)
        model.rowsInserted.connect(self._restructured)
        model.rowsRemoved.connect(self._restructured)
        self.list.currentRowChanged.connect(self._update_buttons)

        self.add_button = self._button(self.tr("Add"), self.tr("Add to {title}"), self.add_item)
        self.remove_button = self._button(
            self.tr("Remove"), self.tr("Remove from {title}"), self.remove_item
        )
        self.up_button = self._button(
            self.tr("Up"), self.tr("Move up in {title}"), lambda: self.move_item(-1)
        )
        self.down_button = self._button(
            self.tr("Down"), self.tr("Move down in {title}"), lambda: self.move_item(1)
        )
        self.add_button.setToolTip(self.tr("Add an item after the selected one (Insert)"))
        self.remove_button.setToolTip(self.tr("Remove the selected item (Delete)"))
        self.up_button.setToolTip(self.tr("Move the selected item up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the selected item down (Alt+Down)"))
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.suggestion_box: QComboBox | None = None
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        if self.suggestions:
            box = QComboBox()
            box.setAccessibleName(self.tr("Add a known one to {title}").format(title=title))
            box.addItem(self.tr("Add a known one…"), None)
            for suggestion in self.suggestions:
                box.addItem(suggestion, suggestion)
            box.activated.connect(self._add_suggestion)
            column.addWidget(box)
            self.suggestion_box = box
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(column, 1)
        layout.addLayout(buttons)

        self.list.installEventFilter(self)
        self._fit_height()
        self._update_buttons()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name.format(title=self._title))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the items -----------------------------------------------------------------

    def items(self) -> list[str]:
        """Return the texts in their order."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_items(self, items: Sequence[str]) -> None:
        """Show ``items`` (without firing ``changed``); the current row stays where it can."""
        items = [str(item) for item in items]
        if items == self.items():
            self._last = items
            return
        row = self.list.currentRow()
        self._loading = True
        try:
            self.list.clear()
            for text in items:
                self.list.addItem(self._item(text))
        finally:
            self._loading = False
        self._last = items
        if items:
            self.list.setCurrentRow(min(max(row, 0), len(items) - 1))
        self._fit_height()
        self._update_buttons()

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        return item

    def add_item(self, text: str = "") -> None:
        """Add an item after the current one (at the end if none) and open it for typing."""
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        item = self._item(text)
        self.list.insertItem(row, item)
        self.list.setCurrentRow(row)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if not text:
            self.list.editItem(item)

    def remove_item(self) -> None:
        """Remove the current item."""
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_item(self, step: int) -> None:
        """Move the current item ``step`` places (-1 up, 1 down), if it can go there."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self._loading = True
        try:
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
        finally:
            self._loading = False
        self.list.setCurrentRow(target)
        self._emit("")

    def _drop_blank_items(self) -> None:
        """An item left empty (Escape on a new one, or its text deleted) is taken out."""
        for row in reversed(range(self.list.count())):
            if not self.list.item(row).text().strip():
                self.list.takeItem(row)

    def _add_suggestion(self, index: int) -> None:
        box = self.suggestion_box
        assert box is not None
        value = box.itemData(index)
        box.setCurrentIndex(0)
        if value is not None and value not in self.items():
            self.list.setCurrentRow(self.list.count() - 1)
            self.add_item(str(value))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Insert, Delete, Alt+Up and Alt+Down in the list add, remove and move items; Enter
        edits the current one."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, alt = event.key(), event.modifiers() == Qt.KeyboardModifier.AltModifier
            if key == Qt.Key.Key_Insert and not alt:
                self.add_item()
                return True
            if key == Qt.Key.Key_Delete and not alt:
                self.remove_item()
                return True
            if (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self.list.currentItem() is not None
                and QApplication.focusWidget() is self.list  # not Enter passed on by an edit
            ):
                # Edits, rather than reaching the dialog's default button (Save).
                self.list.editItem(self.list.currentItem())
                return True
            if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_item(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    # -- telling ---------------------------------------------------------------------

    def _edited(self, top_left: QModelIndex, _bottom_right: QModelIndex) -> None:
        self._emit(f"item-{top_left.row()}")

    def _restructured(self) -> None:
        self._emit("")
        self._fit_height()

    def _emit(self, merge_key: str) -> None:
        if self._loading:
            return
        self._update_buttons()
        items = [text for text in self.items() if text.strip()]  # an empty one is being typed
        if items == self._last:
            return
        self._last = items
        self.changed.emit(items, merge_key)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    def _fit_height(self) -> None:
        rows = min(max(self.list.count() + 1, _ROWS_SHOWN_AT_LEAST), _ROWS_SHOWN_AT_MOST)
        line = self.list.fontMetrics().height() + 8
        self.list.setFixedHeight(rows * line + 6)
