"""The routine editor: adding by search, moving by keyboard, live lengths, saving, starting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hipcoach.core.library import Library, load_library, load_user_library
from hipcoach.core.pack_files import MY_PACK_ID
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import compile_plan
from hipcoach.core.routine_draft import RoutineDraft, pack_choices
from hipcoach.core.session import RunnerState
from hipcoach.ui.routine_editor import LENGTH_COLUMN, RoutineEditor
from hipcoach.ui.routine_editor_parts import drop_target
from hipcoach.ui.sections import Section
from hipcoach.ui.translate import render
from tests.app_harness import AppHarness

Indicator = QAbstractItemView.DropIndicatorPosition


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture
def editor(qtbot: QtBot, library: Library, tmp_path: Path) -> RoutineEditor:
    draft = RoutineDraft.new("Evening", "Stretch")
    dialog = RoutineEditor(draft, library, tmp_path, pack_choices(library, tmp_path))
    qtbot.addWidget(dialog)
    dialog.confirm_close = lambda: QMessageBox.StandardButton.Discard
    dialog.show()
    return dialog


def _add_by_search(qtbot: QtBot, editor: RoutineEditor, text: str) -> None:
    editor.add_exercise_button.click()
    dialog = editor.add_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.search, text)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)


def _names(editor: RoutineEditor) -> list[list[str]]:
    tree = editor.tree
    rows = []
    for p in range(tree.topLevelItemCount()):
        phase = tree.topLevelItem(p)
        assert phase is not None
        children = (phase.child(b) for b in range(phase.childCount()))
        rows.append([child.text(0) for child in children if child is not None])
    return rows


def test_typing_in_the_search_and_enter_adds_the_exercise(
    qtbot: QtBot, editor: RoutineEditor
) -> None:
    editor.add_exercise_button.click()
    dialog = editor.add_dialog
    assert dialog is not None
    everything = dialog.results.count()
    qtbot.keyClicks(dialog.search, "couch")
    assert dialog.results.count() == 1 < everything
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert [b.choices for b in editor.draft.content.phases[0].blocks] == [("couch-stretch",)]
    assert _names(editor) == [["Couch stretch"]]
    assert editor.block_panel.exercise_label.text() == "Couch stretch"  # the new one is selected


def test_alt_up_and_down_move_the_selected_exercise(qtbot: QtBot, editor: RoutineEditor) -> None:
    for text in ("couch", "pigeon", "dead bug"):
        _add_by_search(qtbot, editor, text)
    assert [row[-1] for row in _names(editor)] == ["Dead bug"]
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    first = editor.draft.content.phases[0].blocks[0].choices[0]
    assert first == "dead-bug"
    current = editor.tree.currentItem()
    assert current is not None
    assert current.text(0) == "Dead bug"  # the selection follows
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _names(editor)[0][1] == "Dead bug"
    editor.undo_button.click()
    assert _names(editor)[0][0] == "Dead bug"


def test_the_lengths_follow_every_edit(
    qtbot: QtBot, editor: RoutineEditor, library: Library
) -> None:
    _add_by_search(qtbot, editor, "couch")
    phase = editor.tree.topLevelItem(0)
    assert phase is not None

    before = phase.text(LENGTH_COLUMN)
    hold = editor.block_panel.amounts["hold_seconds"]
    assert (hold.minimum(), hold.maximum()) == (60, 90)  # the exercise's own range
    hold.setValue(90)
    phase = editor.tree.topLevelItem(0)
    assert phase is not None
    after = phase.text(LENGTH_COLUMN)
    assert before != after
    seconds = editor.draft.phase_seconds(library)
    assert seconds is not None
    assert after == render_seconds(seconds[0])
    plan = compile_plan(editor.draft.as_routine(library), library)
    assert render_seconds(plan.total_seconds) in editor.total_label.text()
    editor.tree.setCurrentItem(phase)
    editor.phase_panel.budget.setValue(5)
    phase = editor.tree.topLevelItem(0)
    assert phase is not None
    assert phase.text(LENGTH_COLUMN) == f"{render_seconds(seconds[0])} of 5 min"


def render_seconds(seconds: int) -> str:
    from hipcoach.core.describe import format_seconds  # noqa: PLC0415

    return render(format_seconds(seconds))


def test_save_is_off_while_there_are_problems(
    qtbot: QtBot, editor: RoutineEditor, tmp_path: Path, library: Library
) -> None:
    assert not editor.save_button.isEnabled()  # no summary, no exercise yet
    assert "Summary: must not be blank" in editor.problems_label.text()
    qtbot.keyClicks(editor.summary_edit, "A calm stretch before bed.")
    _add_by_search(qtbot, editor, "couch")
    assert editor.save_button.isEnabled()
    assert editor.start_button.isEnabled()
    assert editor.problems_label.isHidden()
    editor.draft.set_amount(0, 0, "hold_seconds", 200)  # beyond the exercise's range
    editor.undo_button.click()
    editor.redo_button.click()
    assert not editor.save_button.isEnabled()
    assert "Stretch, Couch stretch: hold_seconds for Couch stretch must be from 60 to 90" in (
        editor.problems_label.text()
    )
    editor.undo_button.click()
    saved: list[Path] = []
    editor.saved.connect(saved.append)
    editor.save_button.click()
    assert saved == [tmp_path / MY_PACK_ID / "protocols" / "evening.toml"]
    assert not editor.draft.dirty
    assert not editor.windowTitle().endswith("*")


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    dialog = RoutineEditor(RoutineDraft.copy_of(library.routine("daily")), library, tmp_path, ())
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        def confirm() -> QMessageBox.StandardButton:
            asked.append(str(button.name))
            return button

        dialog.confirm_close = confirm

    dialog.close()  # nothing changed yet: no question
    assert asked == []
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, " for the weekend")
    answer(QMessageBox.StandardButton.Cancel)
    dialog.close()
    assert dialog.isVisible()
    answer(QMessageBox.StandardButton.Save)
    dialog.close()
    assert not dialog.isVisible()
    assert asked == ["Cancel", "Save"]
    saved = (
        tmp_path / MY_PACK_ID / "protocols" / "daily-hip-flexor-routine-copy-for-the-weekend.toml"
    )
    assert saved.exists()


def test_a_block_dropped_lands_where_the_indicator_says() -> None:
    sizes = [2, 1]
    assert drop_target((0, 0), (0, 1), Indicator.BelowItem, sizes) == (0, 1)
    assert drop_target((0, 1), (0, 0), Indicator.AboveItem, sizes) == (0, 0)
    assert drop_target((0, 0), (1, 0), Indicator.AboveItem, sizes) == (1, 0)
    assert drop_target((0, 0), (1, None), Indicator.OnItem, sizes) == (1, 1)
    assert drop_target((1, 0), (1, None), Indicator.AboveItem, sizes) == (0, 2)
    assert drop_target((0, 0), (1, None), Indicator.BelowItem, sizes) == (1, 0)


def test_new_routine_from_the_session_page_starts_a_session(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    harness = AppHarness(library, tmp_path)
    coach = harness.start()
    try:
        coach.window.show()
        coach.window.show_section(Section.SESSION)
        setup = coach.player.setup
        assert setup.new_button.isEnabled()
        assert not setup.edit_button.isVisibleTo(setup)  # the daily routine is bundled
        saved: list[Path] = []
        coach.ui.routine_actions.routine_saved.connect(saved.append)
        setup.new_button.click()
        editor = coach.ui.routine_actions.editor
        assert editor is not None
        qtbot.keyClicks(editor.summary_edit, "Three holds.")
        for text in ("couch", "pigeon", "low lunge"):
            _add_by_search(qtbot, editor, text)
        editor.start_button.click()
        assert saved == [harness.paths.packs_dir / MY_PACK_ID / "protocols" / "my-routine.toml"]
        runner = coach.session_driver.runner
        assert runner is not None
        assert runner.state is RunnerState.RUNNING
        assert runner.plan.routine_id == "my-routine"
        exercises = {step.exercise.id for step in runner.plan.steps if step.exercise}
        assert exercises == {"couch-stretch", "pigeon-hip-flexor", "low-lunge-side-reach"}
        assert coach.player.views.currentWidget() is coach.player.run
        reloaded = load_user_library(harness.paths)
        assert reloaded.routine("my-routine").name == "My routine"
    finally:
        harness.close()


def test_copy_and_edit_opens_a_copy_of_the_chosen_routine(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    harness = AppHarness(library, tmp_path)
    coach = harness.start()
    try:
        setup = coach.player.setup
        chosen = setup.routine
        assert chosen is not None
        setup.copy_button.click()
        editor = coach.ui.routine_actions.editor
        assert editor is not None
        assert editor.name_edit.text() == f"{chosen.name} (copy)"
        assert editor.save_button.isEnabled()
        assert len(_names(editor)) == len(chosen.phases)
        editor.confirm_close = lambda: QMessageBox.StandardButton.Discard
        editor.close()
    finally:
        harness.close()


def test_ctrl_s_saves_and_the_editor_stays(
    qtbot: QtBot, editor: RoutineEditor, tmp_path: Path
) -> None:
    _add_by_search(qtbot, editor, "couch")
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.summary_edit.setFocus()
    qtbot.keyClicks(editor.summary_edit, "A stretch before bed.")
    qtbot.keyClick(editor.summary_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.draft.dirty
    assert editor.draft.path is not None
    assert editor.draft.path.is_file()
    assert editor.draft.path.is_relative_to(tmp_path)
    assert editor.isVisible()
