"""The pain journal as a table: every entry can be seen, corrected or deleted.

Corrections and deletions go through the history store, which keeps an
audit of each (see ``hipcoach.core.pain_edits``); this dialog only shows
the journal and asks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.clock import WallClock
from hipcoach.core.history import HistoryError, HistoryStore, PainEntry, SessionRecord
from hipcoach.ui.pain_dialog import AREAS
from hipcoach.ui.pain_entry_editor import PainEntryEditor, moment_name, when_text
from hipcoach.ui.translate import error_text, format_date, format_time, translate

_Index = QModelIndex | QPersistentModelIndex
_AREA_NAMES = dict(AREAS)


class Column(IntEnum):
    """The columns of the pain-entry table."""

    WHEN = 0
    MOMENT = 1
    PAIN = 2
    STIFFNESS = 3
    AREAS = 4
    NOTE = 5
    SESSION = 6
    CORRECTED = 7


_NUMBERS = (Column.PAIN, Column.STIFFNESS)
#: Data role that returns the row's ``PainEntry``.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def _header(column: Column) -> str:
    # Each literal once, so lupdate extracts it.
    texts = {
        Column.WHEN: translate("PainEntries", "Date and time"),
        Column.MOMENT: translate("PainEntries", "Moment"),
        Column.PAIN: translate("PainEntries", "Pain"),
        Column.STIFFNESS: translate("PainEntries", "Stiffness"),
        Column.AREAS: translate("PainEntries", "Where"),
        Column.NOTE: translate("PainEntries", "Note"),
        Column.SESSION: translate("PainEntries", "Session"),
        Column.CORRECTED: translate("PainEntries", "Corrected"),
    }
    return texts[column]


class PainEntriesModel(QAbstractTableModel):
    """A read-only table of pain entries, newest first, one column per ``Column``.

    ``set_entries`` replaces the contents; ``sessions`` names the sessions
    entries belong to and ``corrected`` when entries were last corrected.
    """

    def __init__(self, tz: tzinfo) -> None:
        super().__init__()
        self._tz = tz
        self._entries: tuple[PainEntry, ...] = ()
        self._sessions: Mapping[int, SessionRecord] = {}
        self._corrected: Mapping[int, datetime] = {}

    def set_entries(
        self,
        entries: Sequence[PainEntry],
        sessions: Mapping[int, SessionRecord],
        corrected: Mapping[int, datetime],
    ) -> None:
        """Show ``entries`` (in any order; shown newest first) instead of the current ones."""
        self.beginResetModel()
        self._entries = tuple(sorted(entries, key=lambda entry: entry.at, reverse=True))
        self._sessions = dict(sessions)
        self._corrected = dict(corrected)
        self.endResetModel()

    def entry_at(self, row: int) -> PainEntry:
        """Return the entry shown in ``row``."""
        return self._entries[row]

    def row_of(self, entry_id: int | None) -> int | None:
        """Return the row showing entry ``entry_id``, or None."""
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NOTE and entry.note:
            return entry.note
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(entry, column)
            shown = text if text != "—" else translate("PainEntries", "not given")
            return f"{_header(column)}: {shown}"
        return None

    def _text(self, entry: PainEntry, column: Column) -> str:
        if column == Column.WHEN:
            return when_text(entry, self._tz)
        if column == Column.MOMENT:
            return translate("PainEntries", moment_name(entry.moment))
        if column == Column.PAIN:
            return "—" if entry.pain is None else str(entry.pain)
        if column == Column.STIFFNESS:
            return "—" if entry.stiffness is None else str(entry.stiffness)
        if column == Column.AREAS:
            names = [
                translate("PainDialog", _AREA_NAMES[area]) if area in _AREA_NAMES else area
                for area in entry.areas
            ]
            return ", ".join(names) or "—"
        if column == Column.NOTE:
            return (entry.note or "").replace("\n", " ")
        if column == Column.SESSION:
            return self._session_text(entry.session_id)
        corrected = self._corrected.get(entry.id) if entry.id is not None else None
        if corrected is None:
            return ""
        return format_date(corrected.astimezone(self._tz).date(), short_month=True)

    def _session_text(self, session_id: int | None) -> str:
        session = self._sessions.get(session_id) if session_id is not None else None
        if session is None:
            return "—"
        start = session.started_at.astimezone(self._tz)
        return translate("PainEntries", "Started {when}").format(
            when=f"{format_date(start.date(), short_month=True)} {format_time(start)}"
        )

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return _header(Column(section))
        return None


class PainEntriesDialog(QDialog):
    """Lists the pain journal; Edit… (Enter) corrects the selected entry, Delete removes it.

    Deleting asks first through ``confirm_delete`` (a replaceable attribute:
    it gets the entry and returns whether to go ahead). The correction form
    opens as ``editor`` and is saved when accepted. ``changed`` fires after
    each correction or deletion; ``status`` says what happened or why
    nothing could be done. A history opened read-only shows its entries
    without the buttons to change them.
    """

    changed = Signal()

    def __init__(self, store: HistoryStore, wall: WallClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._wall = wall
        tz = wall.now().tzinfo
        assert tz is not None
        self._tz = tz
        self.confirm_delete: Callable[[PainEntry], bool] = self._ask_delete
        self.editor: PainEntryEditor | None = None
        self.setWindowTitle(self.tr("Pain entries"))
        self.setAccessibleName(self.tr("Pain entries"))
        self.resize(900, 480)

        intro = QLabel(
            self.tr(
                "Everything you logged about pain and stiffness, newest first. Correct an"
                " entry with Edit… or remove it with Delete; the history keeps a record of"
                " every change."
            )
        )
        intro.setWordWrap(True)

        self.model = PainEntriesModel(tz)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Pain entries"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.setCornerButtonEnabled(False)
        self.view.installEventFilter(self)

        self.empty_label = QLabel(self.tr("No pain entries yet."))
        self.empty_label.setAccessibleName(self.tr("No pain entries yet."))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(False)

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.edit_button.setDefault(True)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.delete_button.setToolTip(self.tr("Delete the selected entry (Delete key)"))
        self.delete_button.clicked.connect(self.delete_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        if store.read_only:
            self._say(
                self.tr(
                    "This history was written by a newer hipcoach, so its entries can be"
                    " seen here but not changed."
                )
            )
        self.reload()
        self.view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Let the Delete key in the table delete the selected entry."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # -- showing -----------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the journal again; select entry ``select`` (or the first row)."""
        sessions = {session.id: session for session in self._store.sessions()}
        self.model.set_entries(self._store.pain_entries(), sessions, self._store.pain_last_edited())
        rows = self.model.rowCount()
        self.empty_label.setVisible(rows == 0)
        self.view.setVisible(rows > 0)
        row = self.model.row_of(select) if select is not None else None
        if rows:
            target = self.model.index(min(row if row is not None else 0, rows - 1), 0)
            self.view.selectionModel().setCurrentIndex(
                target,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        writable = rows > 0 and not self._store.read_only
        self.edit_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)

    def selected_entry(self) -> PainEntry | None:
        """Return the entry of the selected row, or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(True)

    # -- changing ----------------------------------------------------------------

    def edit_selected(self) -> None:
        """Open the correction form for the selected entry."""
        entry = self.selected_entry()
        if entry is None or self._store.read_only:
            return
        editor = PainEntryEditor(entry, self._tz, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._save(editor))
        editor.destroyed.connect(self._editor_gone)
        self.editor = editor
        editor.open()

    def _editor_gone(self) -> None:
        self.editor = None
        self.view.setFocus()

    def _save(self, editor: PainEntryEditor) -> None:
        entry = editor.entry
        try:
            changes = self._store.edit_pain(editor.correction(), changed_at=self._wall.now())
        except KeyError:
            self._gone(entry)
            return
        except (ValueError, HistoryError, sqlite3.Error) as error:
            self._say(
                self.tr("The correction was not saved: {error}").format(error=error_text(error))
            )
            return
        self.reload(select=entry.id)
        if not changes:
            self._say(self.tr("Nothing was changed."))
            return
        self._say(
            self.tr("The entry of {when} was corrected.").format(when=when_text(entry, self._tz))
        )
        self.changed.emit()

    def delete_selected(self) -> None:
        """Ask, then delete the selected entry."""
        entry = self.selected_entry()
        if entry is None or entry.id is None or self._store.read_only:
            return
        if not self.confirm_delete(entry):
            return
        row = self.model.row_of(entry.id) or 0
        try:
            self._store.delete_pain(entry.id, deleted_at=self._wall.now())
        except KeyError:
            self._gone(entry)
            return
        except (HistoryError, sqlite3.Error) as error:
            self._say(self.tr("The entry was not deleted: {error}").format(error=error_text(error)))
            return
        self.reload()
        rows = self.model.rowCount()
        if rows:
            self.view.selectRow(min(row, rows - 1))
        self._say(
            self.tr(
                "The entry of {when} was deleted. The history keeps a record of what it said."
            ).format(when=when_text(entry, self._tz))
        )
        self.changed.emit()

    def _gone(self, entry: PainEntry) -> None:
        self.reload()
        self._say(
            self.tr("The entry of {when} is no longer in your history.").format(
                when=when_text(entry, self._tz)
            )
        )

    def _ask_delete(self, entry: PainEntry) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete this entry?"),
            self.tr(
                "Delete the entry of {when}? It disappears from your charts and reports;"
                " the history keeps a record that it was deleted."
            ).format(when=when_text(entry, self._tz)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


__all__ = ["ENTRY_ROLE", "Column", "PainEntriesDialog", "PainEntriesModel"]
