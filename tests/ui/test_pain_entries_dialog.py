"""The pain entries dialog: the table model, correcting, deleting, the keyboard, screen readers."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.clock import ManualClock
from hipcoach.core.history import SCHEMA_VERSION, HistoryStore, PainEntry
from hipcoach.core.history_records import PainMoment
from hipcoach.ui.pain_entries_dialog import (
    ENTRY_ROLE,
    Column,
    PainEntriesDialog,
    PainEntriesModel,
)
from hipcoach.ui.pain_entry_editor import PainEntryEditor

NOW = datetime(2026, 3, 9, 18, 0, tzinfo=UTC)
MORNING = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3", clock=ManualClock(NOW)).store as opened:
        yield opened


def journal(store: HistoryStore) -> tuple[int, int, int]:
    """Three entries: a 'before' with a session, an 'after' a day later, a quick check."""
    session_id = store.start_session("daily", MORNING)
    before = store.add_pain(
        PainEntry(
            MORNING, PainMoment.BEFORE, pain=6, stiffness=4, areas=("front-of-hip",), session_id=1
        )
    )
    after = store.add_pain(
        PainEntry(
            MORNING + timedelta(days=1, minutes=20),
            PainMoment.AFTER,
            pain=3,
            tight_left=5,
            session_id=session_id,
            note="better after the walk",
        )
    )
    quick = store.add_pain(PainEntry(NOW - timedelta(hours=1), PainMoment.QUICK, stiffness=2))
    return before, after, quick


def make_dialog(qtbot: QtBot, store: HistoryStore) -> PainEntriesDialog:
    dialog = PainEntriesDialog(store, ManualClock(NOW))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def row_texts(model: PainEntriesModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def open_editor(qtbot: QtBot, dialog: PainEntriesDialog) -> PainEntryEditor:
    dialog.edit_button.click()
    editor = dialog.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


# --------------------------------------------------------------------------- the model


def test_the_model_passes_the_model_tester(qtmodeltester, store: HistoryStore) -> None:  # type: ignore[no-untyped-def]
    journal(store)
    model = PainEntriesModel(UTC)
    qtmodeltester.check(model)
    sessions = {session.id: session for session in store.sessions()}
    model.set_entries(store.pain_entries(), sessions, store.pain_last_edited())
    qtmodeltester.check(model)


def test_the_model_shows_every_entry_newest_first_with_named_columns(
    qtbot: QtBot, store: HistoryStore
) -> None:
    before, after, quick = journal(store)
    model = PainEntriesModel(UTC)
    sessions = {session.id: session for session in store.sessions()}
    model.set_entries(store.pain_entries(), sessions, {})
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(len(Column))]
    assert headers == [
        "Date and time",
        "Moment",
        "Pain",
        "Stiffness",
        "Where",
        "Note",
        "Session",
        "Corrected",
    ]
    assert [model.index(row, 0).data(ENTRY_ROLE).id for row in range(3)] == [quick, after, before]
    assert row_texts(model, 0) == ["9 Mar 2026 17:00", "Quick check", "—", "2", "—", "", "—", ""]
    assert row_texts(model, 1) == [
        "3 Mar 2026 08:20",
        "After a session",
        "3",
        "—",
        "—",
        "better after the walk",
        "Started 2 Mar 2026 08:00",
        "",
    ]
    assert row_texts(model, 2)[:5] == [
        "2 Mar 2026 08:00",
        "Before a session",
        "6",
        "4",
        "Front of the hip / groin",
    ]
    accessible = model.index(0, Column.PAIN).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "Pain: not given"
    assert model.index(1, Column.NOTE).data(Qt.ItemDataRole.ToolTipRole) == (
        "better after the walk"
    )
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) is not None
    assert model.data(QModelIndex()) is None


# --------------------------------------------------------------------------- correcting


def test_edit_opens_the_entry_and_saving_corrects_it_with_an_audit(
    qtbot: QtBot, store: HistoryStore
) -> None:
    _, after, _ = journal(store)
    dialog = make_dialog(qtbot, store)
    dialog.view.selectRow(1)
    editor = open_editor(qtbot, dialog)
    assert editor.pain.value == 3
    assert editor.tight_left.value == 5
    assert editor.note.text() == "better after the walk"
    editor.pain.buttons[2].click()
    editor.note.setText("better after the long walk")
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        editor.save_button.click()
    qtbot.waitUntil(lambda: dialog.editor is None)

    entry = store.pain_entry(after)
    assert entry is not None
    assert (entry.pain, entry.note) == (2, "better after the long walk")
    assert [(r.field, r.old, r.new) for r in store.pain_audit(after)] == [
        ("pain", "3", "2"),
        ("note", "better after the walk", "better after the long walk"),
    ]
    assert all(row.changed_at == NOW for row in store.pain_audit(after))
    assert dialog.status.text() == "The entry of 3 Mar 2026 08:20 was corrected."
    assert dialog.status.accessibleName() == dialog.status.text()
    assert dialog.selected_entry() == entry  # the corrected entry stays selected
    assert dialog.model.index(1, Column.CORRECTED).data() == "9 Mar 2026"


def test_a_correction_that_leaves_nothing_is_refused_in_the_form(
    qtbot: QtBot, store: HistoryStore
) -> None:
    _, _, quick = journal(store)
    dialog = make_dialog(qtbot, store)
    editor = open_editor(qtbot, dialog)  # the newest, selected at first: only stiffness 2
    assert editor.entry.id == quick
    editor.stiffness.buttons[2].click()  # a second tap clears it
    editor.save_button.click()
    assert editor.isVisible()
    assert not editor.problem.isHidden()
    assert "at least one rating, area or note" in editor.problem.text()
    assert editor.problem.accessibleName() == editor.problem.text()
    assert store.pain_audit() == []
    editor.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.editor is None)
    assert store.pain_entry(quick) == PainEntry(
        NOW - timedelta(hours=1), PainMoment.QUICK, stiffness=2, id=quick
    )


def test_saving_without_a_change_writes_nothing(qtbot: QtBot, store: HistoryStore) -> None:
    journal(store)
    dialog = make_dialog(qtbot, store)
    editor = open_editor(qtbot, dialog)
    editor.save_button.click()
    assert store.pain_audit() == []
    assert dialog.status.text() == "Nothing was changed."


def test_an_entry_deleted_meanwhile_is_reported_not_recreated(
    qtbot: QtBot, store: HistoryStore
) -> None:
    _, _, quick = journal(store)
    dialog = make_dialog(qtbot, store)
    editor = open_editor(qtbot, dialog)
    store.delete_pain(quick, deleted_at=NOW)
    editor.pain.buttons[1].click()
    editor.save_button.click()
    assert dialog.status.text() == "The entry of 9 Mar 2026 17:00 is no longer in your history."
    assert store.pain_entry(quick) is None
    assert dialog.model.rowCount() == 2


# --------------------------------------------------------------------------- deleting


def test_delete_asks_first_and_keeps_the_entry_when_declined(
    qtbot: QtBot, store: HistoryStore
) -> None:
    journal(store)
    dialog = make_dialog(qtbot, store)
    asked: list[PainEntry] = []

    def decline(entry: PainEntry) -> bool:
        asked.append(entry)
        return False

    dialog.confirm_delete = decline
    dialog.delete_button.click()
    assert [entry.moment for entry in asked] == ["quick"]
    assert len(store.pain_entries()) == 3
    assert store.pain_audit() == []


def test_the_delete_key_deletes_the_selected_entry_and_the_audit_remains(
    qtbot: QtBot, store: HistoryStore
) -> None:
    before, after, quick = journal(store)
    dialog = make_dialog(qtbot, store)
    dialog.confirm_delete = lambda entry: True
    dialog.view.selectRow(1)
    dialog.view.setFocus()
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert [entry.id for entry in store.pain_entries()] == [before, quick]
    assert {row.action for row in store.pain_audit(after)} == {"deleted"}
    assert dialog.model.rowCount() == 2
    assert dialog.status.text() == (
        "The entry of 3 Mar 2026 08:20 was deleted. The history keeps a record of what it said."
    )
    assert dialog.selected_entry() is not None  # the next entry, ready for the next key


def test_deleting_the_last_entry_leaves_an_empty_journal(qtbot: QtBot, store: HistoryStore) -> None:
    store.add_pain(PainEntry(MORNING, PainMoment.QUICK, pain=1))
    dialog = make_dialog(qtbot, store)
    dialog.confirm_delete = lambda entry: True
    dialog.delete_button.click()
    assert store.pain_entries() == []
    assert not dialog.empty_label.isHidden()
    assert dialog.view.isHidden()
    assert not dialog.edit_button.isEnabled()
    assert not dialog.delete_button.isEnabled()


# --------------------------------------------------------------------------- keyboard and names


def test_enter_in_the_table_opens_the_selected_entry(qtbot: QtBot, store: HistoryStore) -> None:
    journal(store)
    dialog = make_dialog(qtbot, store)
    assert dialog.edit_button.isDefault()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert dialog.editor is not None
    assert dialog.editor.entry.moment == "after"
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.editor is None)
    assert store.pain_audit() == []


def test_tab_reaches_every_control_of_the_dialog(qtbot: QtBot, store: HistoryStore) -> None:
    journal(store)
    dialog = make_dialog(qtbot, store)
    dialog.activateWindow()
    dialog.view.setFocus()
    reached = set()
    for _ in range(8):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.add(dialog.focusWidget())
    assert {dialog.view, dialog.edit_button, dialog.delete_button, dialog.close_button} <= reached


def named(widget: QWidget) -> bool:
    return bool(widget.accessibleName().strip())


def test_every_control_has_an_accessible_name(qtbot: QtBot, store: HistoryStore) -> None:
    journal(store)
    dialog = make_dialog(qtbot, store)
    assert dialog.view.accessibleName() == "Pain entries"
    for button in dialog.findChildren(QAbstractButton):
        if button.focusPolicy() != Qt.FocusPolicy.NoFocus:  # not Qt's table corner
            assert named(button), button.text()
    editor = open_editor(qtbot, dialog)
    controls = [
        *editor.findChildren(QAbstractButton),
        *editor.findChildren(QCheckBox),
        *editor.findChildren(QLineEdit),
    ]
    assert controls
    for control in controls:
        assert named(control), control.objectName() or type(control).__name__
    editor.reject()


# --------------------------------------------------------------------------- read-only


def test_a_read_only_history_shows_its_entries_but_offers_no_change(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore.open(path, clock=ManualClock(NOW)).store as writable:
        journal(writable)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with HistoryStore.open(path, clock=ManualClock(NOW)).store as store:
        dialog = make_dialog(qtbot, store)
        assert dialog.model.rowCount() == 3
        assert not dialog.edit_button.isEnabled()
        assert not dialog.delete_button.isEnabled()
        assert "newer hipcoach" in dialog.status.text()
        dialog.confirm_delete = lambda entry: True
        dialog.delete_selected()
        dialog.edit_selected()
        assert dialog.editor is None
        assert len(store.pain_entries()) == 3
        dialog.close()
