"""The exercise editor: lists edited by keyboard, live problems, undo, saving and closing."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hipcoach.app import HipCoach
from hipcoach.core.exercise_draft import ExerciseDraft, exercise_files, source_of
from hipcoach.core.library import Library, load_library, load_user_library
from hipcoach.core.pack_files import MY_PACK_ID
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.ui.exercise_editor import ExerciseEditor
from hipcoach.ui.list_editor import TextListEditor
from hipcoach.ui.sections import Section
from tests.app_harness import AppHarness

BUNDLED = bundled_resources_dir()
_NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(BUNDLED)


@pytest.fixture(autouse=True)
def no_real_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor left open with changes is closed at the end of a test without a real prompt."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(f"warned: {args}"))


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return tmp_path / "packs" / MY_PACK_ID


def _editor(qtbot: QtBot, draft: ExerciseDraft, pack: Path, **extra: Any) -> ExerciseEditor:
    editor = ExerciseEditor(
        draft,
        packs=[("My exercises", pack), ("Clinic", pack.parent / "clinic")],
        suggestions=["psoas major", "iliacus"],
        exercises={"couch-stretch": "Couch stretch"},
        **extra,
    )
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _fill_new(qtbot: QtBot, editor: ExerciseEditor) -> None:
    form = editor.form
    _type(qtbot, form.name, "Wall lean")
    _type(qtbot, form.summary, "A lean against the wall.")
    _type(qtbot, form.starting_position, "Stand facing a wall.")
    form.lists["targets"].set_items(["psoas major"])
    form.lists["targets"].changed.emit(["psoas major"], "")
    steps = form.lists["steps"]
    steps.set_items(["Lean in."])
    steps.changed.emit(["Lean in."], "")


# -- the list editor ----------------------------------------------------------------


def test_a_list_is_edited_by_keyboard(qtbot: QtBot) -> None:
    editor = TextListEditor("Steps")
    qtbot.addWidget(editor)
    editor.show()
    seen: list[list[str]] = []
    editor.changed.connect(lambda items, _merge: seen.append(items))
    editor.set_items(["one", "two", "three"])
    assert seen == [], "showing items is no change"
    view = editor.list
    view.setFocus()
    view.setCurrentRow(2)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.items() == ["one", "three", "two"]
    assert view.currentRow() == 1
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already at the top
    assert editor.items() == ["three", "one", "two"]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.items() == ["one", "three", "two"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert editor.items() == ["one", "two"]
    qtbot.keyClick(view, Qt.Key.Key_Insert)  # a new item after the current, open for typing
    line = view.viewport().findChild(QLineEdit)
    assert isinstance(line, QLineEdit), "the new item is open for typing"
    assert line.accessibleName() == "Edit item"
    qtbot.keyClicks(line, "between")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view takes the text in on its next turn
    assert editor.items() == ["one", "two", "between"]
    assert seen[0] == ["one", "three", "two"]
    assert seen[-1] == ["one", "two", "between"]


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = _NO_MODIFIER) -> None:
    qtbot.keyClick(_focused(), key, modifier)
    QApplication.processEvents()  # the view takes typed text in on its next turn


def _list_in_a_form(qtbot: QtBot) -> tuple[TextListEditor, QLineEdit, QWidget]:
    """A list editor, a field after it and their window (active), the list focused."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    editor = TextListEditor("Steps")
    after = QLineEdit()
    layout.addWidget(editor)
    layout.addWidget(after)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host)
    editor.list.setFocus()
    return editor, after, host


def test_tab_keeps_the_item_typed_and_moves_on_from_the_list(qtbot: QtBot) -> None:
    editor, after, _host = _list_in_a_form(qtbot)
    _press(qtbot, Qt.Key.Key_Insert)
    qtbot.keyClicks(_focused(), "Lean in.")
    _press(qtbot, Qt.Key.Key_Tab)
    assert editor.items() == ["Lean in."]
    assert _focused() is editor.add_button, "Tab leaves the list (it used to edit the next item)"
    _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _focused() is editor.list
    _press(qtbot, Qt.Key.Key_Return)  # Enter edits the current item
    line = _focused()
    assert isinstance(line, QLineEdit)
    _press(qtbot, Qt.Key.Key_End)
    qtbot.keyClicks(line, " Slowly.")
    _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.items() == ["Lean in. Slowly."]
    assert _focused() is after, "Shift+Tab leaves the list backwards (here round to the end)"


def test_escape_on_a_new_item_leaves_no_empty_one(qtbot: QtBot) -> None:
    editor, _after, _host = _list_in_a_form(qtbot)
    editor.set_items(["Lean in."])
    seen: list[list[str]] = []
    editor.changed.connect(lambda items, _merge: seen.append(items))
    editor.list.setCurrentRow(0)
    _press(qtbot, Qt.Key.Key_Insert)
    _press(qtbot, Qt.Key.Key_Escape)
    assert editor.items() == ["Lean in."]
    assert seen == [], "an empty item being typed is no change"


def test_enter_in_a_list_edits_rather_than_saving_the_exercise(qtbot: QtBot, pack: Path) -> None:
    editor = _editor(qtbot, ExerciseDraft.new(pack), pack)
    _fill_new(qtbot, editor)
    assert editor.save_button.isEnabled()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    steps = editor.form.lists["steps"].list
    steps.setFocus()
    steps.setCurrentRow(0)
    _press(qtbot, Qt.Key.Key_Return)
    assert editor.isVisible(), "Enter in a list does not save and close"
    assert isinstance(_focused(), QLineEdit), "the step is open for typing"
    _press(qtbot, Qt.Key.Key_Escape)


def test_list_buttons_are_named_and_follow_the_selection(qtbot: QtBot) -> None:
    editor = TextListEditor("Cues", suggestions=["Breathe"])
    qtbot.addWidget(editor)
    editor.set_items(["Tuck", "Squeeze"])
    editor.list.setCurrentRow(0)
    assert editor.up_button.accessibleName() == "Move up in Cues"
    assert not editor.up_button.isEnabled()
    assert editor.down_button.isEnabled()
    editor.down_button.click()
    assert editor.items() == ["Squeeze", "Tuck"]
    box = editor.suggestion_box
    assert box is not None
    box.activated.emit(box.findData("Breathe"))
    assert editor.items() == ["Squeeze", "Tuck", "Breathe"]


def test_a_dragged_item_counts_as_a_change(qtbot: QtBot) -> None:
    editor = TextListEditor("Steps")
    qtbot.addWidget(editor)
    editor.set_items(["a", "b", "c"])
    seen: list[list[str]] = []
    editor.changed.connect(lambda items, _merge: seen.append(items))
    model = editor.list.model()
    # What a drop does in an internal move: the model moves the row.
    assert model.moveRows(model.index(0, 0).parent(), 0, 1, model.index(0, 0).parent(), 3)
    assert editor.items() == ["b", "c", "a"]
    assert seen[-1] == ["b", "c", "a"]


# -- the dialog ------------------------------------------------------------------------


def test_a_new_exercise_shows_its_problems_and_cannot_be_saved_until_fixed(
    qtbot: QtBot, pack: Path
) -> None:
    editor = _editor(qtbot, ExerciseDraft.new(pack), pack)
    lines = editor.problem_lines()
    assert "name: must not be blank" in lines
    assert "steps: must list at least one item" in lines
    assert not editor.save_button.isEnabled()
    assert editor.problems.count() == len(lines)
    _fill_new(qtbot, editor)
    assert editor.problem_lines() == []
    assert editor.form.exercise_id.text() == "wall-lean", "the id follows the name"
    assert editor.save_button.isEnabled()
    assert editor.preview.exercise is not None
    assert editor.preview.exercise.name == "Wall lean"
    saved: list[str] = []
    editor.saved.connect(saved.append)
    editor.save_button.click()
    assert saved == ["wall-lean"]
    written = pack / "exercises" / "wall-lean.toml"
    assert tomllib.loads(written.read_text())["steps"] == ["Lean in."]
    assert not editor.isVisible()


def test_problems_follow_the_dosage_as_it_is_typed(qtbot: QtBot, pack: Path) -> None:
    editor = _editor(qtbot, ExerciseDraft.new(pack), pack)
    _fill_new(qtbot, editor)
    low, high, default = editor.form.dosage.amounts["sets"]
    low.setValue(3)
    high.setValue(2)
    assert editor.problem_lines() == ["dosage.sets: range [3, 2] has min > max"]
    assert not editor.save_button.isEnabled()
    high.setValue(4)
    default.setValue(9)
    assert editor.problem_lines() == ["dosage.default.sets: default 9 is outside the range [3, 4]"]
    default.setValue(3)
    assert editor.problem_lines() == []
    assert editor.draft.get("dosage") == {
        "sets": [3, 4],
        "hold_seconds": 30,
        "default": {"sets": 3},
    }
    editor.form.dosage.alternating.setChecked(True)
    assert editor.problem_lines() == [
        "sides.alternating: only applies to exercises done per side (sides.per_side = true)"
    ]
    editor.form.dosage.per_side.setChecked(True)
    assert editor.problem_lines() == []


def test_ctrl_z_in_a_field_undoes_through_the_draft(qtbot: QtBot, pack: Path) -> None:
    editor = _editor(qtbot, ExerciseDraft.new(pack), pack)
    _type(qtbot, editor.form.name, "Lean")
    editor.form.lists["cues"].set_items(["Breathe"])
    editor.form.lists["cues"].changed.emit(["Breathe"], "")
    qtbot.keyClick(editor.form.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft.get("cues") is None
    assert editor.form.lists["cues"].items() == []
    qtbot.keyClick(editor.form.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.form.name.text() == "", "the word typed is one step"
    assert editor.draft.get("name") == ""
    qtbot.keyClick(
        editor.form.name,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.form.name.text() == "Lean"
    assert editor.redo_button.isEnabled()
    editor.redo_button.click()
    assert editor.form.lists["cues"].items() == ["Breathe"]
    assert not editor.redo_button.isEnabled()


def test_ctrl_s_saves_and_closes_or_shows_the_problems(qtbot: QtBot, pack: Path) -> None:
    editor = _editor(qtbot, ExerciseDraft.new(pack), pack)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.form.name.setFocus()
    qtbot.keyClick(editor.form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible(), "it cannot be saved yet"
    assert QApplication.focusWidget() is editor.problems, "Ctrl+S shows what is in the way"
    _fill_new(qtbot, editor)
    qtbot.keyClick(editor.form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    assert (pack / "exercises" / "wall-lean.toml").is_file()


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_closing_with_unsaved_changes_asks(  # noqa: PLR0917 - the parameters are the cases
    qtbot: QtBot,
    pack: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    closes: bool,
    saved: bool,
) -> None:
    asked: list[str] = []

    def question(_parent: QWidget, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    editor = _editor(qtbot, ExerciseDraft.new(pack), pack)
    editor.reject()
    assert asked == [], "nothing typed: it closes without asking"
    assert not editor.isVisible()
    editor = _editor(qtbot, ExerciseDraft.new(pack), pack)
    _fill_new(qtbot, editor)
    editor.reject()
    assert asked == ["Unsaved changes"]
    assert editor.isVisible() is not closes
    assert (pack / "exercises" / "wall-lean.toml").exists() is saved


def test_a_copy_of_a_bundled_exercise_goes_into_the_chosen_pack(
    qtbot: QtBot, pack: Path, library: Library
) -> None:
    _path, table = source_of(library.exercise("couch-stretch"), BUNDLED)
    draft = ExerciseDraft.copy_of(table, pack, bundled_ids=set(exercise_files(BUNDLED)))
    editor = _editor(qtbot, draft, pack)
    assert editor.problem_lines() == []
    assert editor.save_button.isEnabled(), "a copy is new: it can be saved as it is"
    assert editor.form.name.text() == "Couch stretch (copy)"
    assert editor.preview.exercise is not None
    assert editor.preview.exercise.name == "Couch stretch (copy)"
    assert editor.form.figure_button.isHidden(), "no figure editor connected: no button"
    editor.pack_box.setCurrentIndex(1)  # the clinic's pack
    editor.save_button.click()
    clinic = pack.parent / "clinic"
    assert (clinic / "exercises" / "couch-stretch-copy.toml").exists()
    assert not pack.exists()


def test_an_id_already_in_the_pack_can_be_saved_under_a_free_one(
    qtbot: QtBot, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _editor(qtbot, ExerciseDraft.new(pack), pack)
    _fill_new(qtbot, editor)
    editor.save_button.click()
    monkeypatch.setattr(ExerciseEditor, "_ask_collision", lambda _self, _collision: False)
    editor = _editor(qtbot, ExerciseDraft.new(pack), pack)
    _fill_new(qtbot, editor)
    editor.save_button.click()
    assert (pack / "exercises" / "wall-lean-2.toml").exists()
    assert editor.draft.exercise_id == "wall-lean-2"


def test_edit_figure_hands_the_figure_to_the_connected_editor(
    qtbot: QtBot, pack: Path, library: Library
) -> None:
    _path, table = source_of(library.exercise("glute-bridge-hold"), BUNDLED)
    given: list[Mapping[str, Any] | None] = []

    def figure_editor(figure: Mapping[str, Any] | None, _parent: QWidget) -> dict[str, Any]:
        given.append(figure)
        assert figure is not None
        return {**figure, "still": "start"}

    draft = ExerciseDraft.copy_of(table, pack, bundled_ids=set(exercise_files(BUNDLED)))
    editor = _editor(qtbot, draft, pack, figure_editor=figure_editor)
    assert editor.form.figure_button.isVisible()
    assert "2 poses" in editor.form.figure_label.text()
    editor.form.figure_button.click()
    assert given == [table["figure"]]
    assert editor.draft.get("figure", "still") == "start"
    assert editor.problem_lines() == []
    editor.undo()
    assert editor.draft.get("figure", "still") == "top"


@pytest.fixture
def hand_written(pack: Path) -> Path:
    path = pack / "exercises" / "clam.toml"
    path.parent.mkdir(parents=True)
    path.write_text(
        '# by hand\nschema = 1\nid = "clam"\nname = "Clam"\ncategory = "strengthen"\n'
        'summary = "Clams."\ntargets = ["gluteus medius"]\nposition = "side-lying"\n'
        'starting_position = "On your side."\nsteps = ["Open the knee."]\n\n'
        "[dosage]\nreps = 10  # as agreed\n",
        encoding="utf-8",
    )
    return path


def test_editing_a_users_file_saves_into_it_keeping_comments(
    qtbot: QtBot, pack: Path, hand_written: Path
) -> None:
    editor = _editor(qtbot, ExerciseDraft.of_file(hand_written), pack)
    assert editor.pack_box.isHidden(), "an exercise with a file stays in it"
    assert not editor.save_button.isEnabled(), "nothing changed yet"
    editor.form.dosage.amounts["sets"][0].setValue(2)
    editor.save_button.click()
    text = hand_written.read_text(encoding="utf-8")
    assert "# by hand" in text
    assert "# as agreed" in text
    assert tomllib.loads(text)["dosage"] == {"reps": 10, "sets": 2}


# -- the Library's actions, in the app ----------------------------------------------------


@pytest.fixture
def coach(qtbot: QtBot, library: Library, tmp_path: Path) -> Iterator[HipCoach]:
    harness = AppHarness(library, tmp_path, loader=load_user_library)
    coach = harness.start()
    yield coach
    harness.close()


def _open_editor(coach: HipCoach) -> ExerciseEditor:
    editor = coach.ui.exercise_actions.editor
    assert editor is not None
    assert editor.isVisible()
    return editor


def test_new_copy_edit_delete_and_restore_from_the_library(
    qtbot: QtBot, coach: HipCoach, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = coach.ui.library
    actions = coach.ui.exercise_actions
    coach.window.show()
    assert page.show_exercise("couch-stretch")
    assert actions.copy_button.isEnabled()
    assert not actions.edit_button.isEnabled(), "a bundled exercise is not edited in place"
    assert not actions.delete_button.isEnabled()

    actions.copy_and_edit()
    editor = _open_editor(coach)
    editor.form.dosage.amounts["sets"][0].setValue(2)  # what the physiotherapist said
    editor.save_button.click()
    copy_id = "couch-stretch-copy"
    current = page.current_exercise()
    assert current is not None
    assert current.id == copy_id, "the saved copy is in the library, selected"
    assert current.dosage.sets is not None
    assert current.dosage.sets.low == 2
    assert actions.edit_button.isEnabled()

    actions.edit()
    editor = _open_editor(coach)
    assert editor.draft.file == coach.paths.packs_dir / MY_PACK_ID / "exercises" / f"{copy_id}.toml"
    editor.form.summary.setPlainText("My own words.")
    editor.save_button.click()
    assert page.detail.exercise is not None
    assert page.detail.exercise.summary == "My own words."

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    actions.delete_button.click()
    assert copy_id not in [e.id for e in coach.library.exercises]
    assert actions.restore_button.isVisible()
    actions.restore_button.click()
    assert copy_id in [e.id for e in coach.library.exercises]
    current = page.current_exercise()
    assert current is not None
    assert current.id == copy_id
    assert not actions.restore_button.isVisible()


def test_ctrl_n_in_the_library_opens_a_new_exercise(qtbot: QtBot, coach: HipCoach) -> None:
    coach.ui.open(Section.LIBRARY)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is coach.window)
    sections = coach.window.sections
    sections.setFocus()  # where the focus is after Ctrl+1, say
    qtbot.keyClick(sections, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is coach.ui.library.search
    sections.setFocus()
    qtbot.keyClick(sections, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = _open_editor(coach)
    assert editor.form.name.text() == ""
    assert editor.pack_box.currentText() == "My exercises"
    editor.reject()
