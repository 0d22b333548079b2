"""The figure editor dialog: dragging, angle boxes, keyframes, OK, undo, names."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.figure_draft import FigureDraft
from hipcoach.core.figure_table import bundled_figures
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import Side
from hipcoach.core.poses import JOINT_LIMITS, JOINTS, joint_positions
from hipcoach.ui.figure_editor import FigureEditorDialog
from tests.a11y_checks import (
    focus_order_problems,
    labels_not_named_by_content,
    mnemonic_clashes,
    unnamed_controls,
)


def kneeling_table() -> dict[str, Any]:
    path = bundled_resources_dir() / "exercises" / "half-kneeling-hip-flexor.toml"
    table: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))["figure"]
    return table


@pytest.fixture
def asked() -> list[bool]:
    return []


@pytest.fixture
def dialog(qtbot: QtBot, asked: list[bool]) -> FigureEditorDialog:
    def ask(parent: QWidget) -> bool:
        del parent
        asked.append(True)
        return False

    editor = FigureEditorDialog(None, ask_discard=ask)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _point(point: QPointF) -> QPoint:
    return point.toPoint()


def drag(dialog: FigureEditorDialog, joint: str, to: QPoint) -> None:
    canvas = dialog.canvas
    start = _point(canvas.handle_points()[joint])
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = QPoint((start.x() + to.x()) // 2, (start.y() + to.y()) // 2)
    QTest.mouseMove(canvas, middle)
    QTest.mouseMove(canvas, to)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, to)


def test_dragging_a_handle_turns_its_joint(dialog: FigureEditorDialog) -> None:
    canvas = dialog.canvas
    frame = dialog.frame
    knee = _point(canvas.handle_points()["hip_near"])
    # Pull the near knee forward (to the right) and up: the hip bends.
    drag(dialog, "hip_near", QPoint(knee.x() + 120, knee.y() - 60))
    hip = dialog.draft.keyframes[frame].pose.hip_near
    assert 40 < hip < 140
    assert dialog.angles.boxes["hip_near"].value() == pytest.approx(hip)
    assert canvas.selected == "hip_near"
    # One drag is one change to undo.
    dialog.undo_button.click()
    assert dialog.draft.keyframes[frame].pose.hip_near == 0
    assert not dialog.draft.can_undo


def test_a_drag_past_the_limit_stops_there(dialog: FigureEditorDialog) -> None:
    canvas = dialog.canvas
    ankle = _point(canvas.handle_points()["knee_near"])
    # Pull the near ankle up behind the thigh, further than a knee bends.
    drag(dialog, "knee_near", QPoint(ankle.x() + 8, ankle.y() - 400))
    assert dialog.draft.keyframes[dialog.frame].pose.knee_near == JOINT_LIMITS["knee_near"][1]
    # and forward of the knee, which a knee cannot do: it stays straight.
    ankle = _point(canvas.handle_points()["knee_near"])
    drag(dialog, "knee_near", QPoint(ankle.x() + 300, ankle.y() + 300))
    assert dialog.draft.keyframes[dialog.frame].pose.knee_near == 0


def test_a_press_away_from_every_handle_changes_nothing(dialog: FigureEditorDialog) -> None:
    QTest.mouseClick(dialog.canvas, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert dialog.canvas.selected is None
    assert not dialog.draft.can_undo


def test_the_angle_boxes_change_the_pose_within_the_limits(
    qtbot: QtBot, dialog: FigureEditorDialog
) -> None:
    for joint in JOINTS:
        box = dialog.angles.boxes[joint]
        assert (box.minimum(), box.maximum()) == JOINT_LIMITS[joint]
    box = dialog.angles.boxes["elbow_near"]
    box.setFocus()
    assert dialog.canvas.selected == "elbow_near"
    box.setValue(90)
    assert dialog.draft.keyframes[dialog.frame].pose.elbow_near == 90
    QTest.keyClick(box, Qt.Key.Key_Up)
    assert dialog.draft.keyframes[dialog.frame].pose.elbow_near == 91
    box.setValue(500)  # the box itself stops at the limit
    assert dialog.draft.keyframes[dialog.frame].pose.elbow_near == 150
    figure = dialog.draft.figure()
    hand = joint_positions(figure.keyframes[dialog.frame])["hand_near"]
    elbow = joint_positions(figure.keyframes[dialog.frame])["elbow_near"]
    assert hand[1] > elbow[1]  # the forearm folds up


def test_keyframes_are_added_renamed_moved_and_removed(dialog: FigureEditorDialog) -> None:
    assert dialog.keyframe_list.count() == 2
    dialog.keyframe_list.setCurrentRow(0)
    dialog.angles.boxes["neck"].setValue(20)
    dialog.add_button.click()
    assert dialog.keyframe_list.count() == 3
    assert dialog.frame == 1
    assert dialog.draft.keyframes[1].pose.neck == 20  # a copy of the one before
    dialog.add_button.click()
    assert dialog.keyframe_list.count() == 4
    assert not dialog.add_button.isEnabled()
    dialog.name_edit.setText("look down")
    dialog.name_edit.editingFinished.emit()
    assert dialog.keyframe_list.item(2).text() == "look down"
    dialog.up_button.click()
    assert [k.name for k in dialog.draft.keyframes][:3] == ["start", "look down", "start 2"]
    assert dialog.frame == 1
    dialog.remove_button.click()
    dialog.remove_button.click()
    assert dialog.keyframe_list.count() == 2
    assert not dialog.remove_button.isEnabled()


def test_ok_waits_until_nothing_is_wrong(dialog: FigureEditorDialog) -> None:
    assert dialog.ok_button.isEnabled()
    # A pointed foot on the standing leg's side sinks the toes into the floor.
    dialog.angles.boxes["ankle_near"].setValue(80)
    assert not dialog.ok_button.isEnabled()
    assert "sinks" in dialog.problems_label.text()
    assert "keyframe 'end'" in dialog.problems_label.text()
    dialog.accept()
    assert dialog.isVisible()
    QTest.keySequence(dialog, QKeySequence("Ctrl+Z"))
    assert dialog.ok_button.isEnabled()
    QTest.keySequence(dialog, QKeySequence("Ctrl+Shift+Z"))
    assert not dialog.ok_button.isEnabled()


def test_ok_gives_the_edited_table(qtbot: QtBot) -> None:
    editor = FigureEditorDialog(kneeling_table())
    qtbot.addWidget(editor)
    assert editor.frame == 2  # opens on the still keyframe
    editor.angles.boxes["shoulder_far"].setValue(30)
    editor.highlights.muscles.item(1).setCheckState(Qt.CheckState.Checked)
    editor.ok_button.click()
    assert editor.result() == FigureEditorDialog.DialogCode.Accepted
    table = editor.figure_table()
    assert table["keyframes"][2]["shoulder_far"] == 30
    assert table["muscles"] == ["hip_flexors", "quads"]
    assert table["still"] == "reach"


def test_closing_with_changes_asks_first(dialog: FigureEditorDialog, asked: list[bool]) -> None:
    dialog.reject()
    assert asked == []
    assert not dialog.isVisible()
    dialog.show()
    dialog.angles.boxes["trunk"].setValue(10)
    dialog.reject()
    assert asked == [True]
    assert dialog.isVisible()  # the answer was to keep editing


def test_contact_props_and_the_side_views(dialog: FigureEditorDialog) -> None:
    dialog.tabs.setCurrentWidget(dialog.props)
    dialog.props.kind.setCurrentIndex(dialog.props.kind.findData("mat"))
    dialog.props.add_button.click()
    assert dialog.figure_table()["props"] == [{"kind": "mat", "x": 0}]
    dialog.props.along.setValue(-0.8)
    assert dialog.figure_table()["props"] == [{"kind": "mat", "x": -0.8}]
    dialog.tabs.setCurrentWidget(dialog.contact)
    contact = dialog.contact
    contact.first.setCurrentIndex(contact.first.findData("heel_near"))
    contact.first.activated.emit(contact.first.currentIndex())
    assert dialog.draft.keyframes[dialog.frame].contact.points == ("heel_near",)
    assert dialog.mirrored.side is Side.RIGHT
    assert dialog.mirrored.frame == dialog.frame
    assert dialog.preview.previewing


def test_every_control_is_named_and_tab_follows_the_layout(dialog: FigureEditorDialog) -> None:
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert unnamed_controls([dialog]) == []
        assert labels_not_named_by_content([dialog]) == []
        assert focus_order_problems(dialog) == []


def test_without_starts_there_is_no_start_row(dialog: FigureEditorDialog) -> None:
    assert not dialog.start_combo.isVisibleTo(dialog)
    assert not dialog.start_button.isVisibleTo(dialog)


def test_starting_from_a_bundled_figure_by_keyboard_and_undoing_it(qtbot: QtBot) -> None:
    starts = bundled_figures()
    editor = FigureEditorDialog(None, starts=starts, ask_discard=lambda _parent: True)
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    combo = editor.start_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Standing straight (neutral)", *(name for name, _table in starts)]
    name, table = next((name, table) for name, table in starts if len(table["keyframes"]) == 3)
    before = editor.figure_table()
    combo.setFocus()
    while combo.currentText() != name:
        QTest.keyClick(combo, Qt.Key.Key_Down)
    QTest.keyClick(combo, Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.start_button
    QTest.keyClick(editor.start_button, Qt.Key.Key_Space)
    wanted = [keyframe["name"] for keyframe in table["keyframes"]]
    assert [k.name for k in editor.draft.keyframes] == wanted
    assert editor.keyframe_list.count() == len(wanted)
    assert [editor.keyframe_list.item(i).text() for i in range(len(wanted))] == wanted
    assert editor.frame == editor.draft.state.still_index
    assert editor.ok_button.isEnabled()  # a bundled figure has nothing wrong
    assert editor.windowTitle().endswith("*")
    # One Ctrl+Z brings back the figure it replaced.
    QTest.keySequence(editor, QKeySequence("Ctrl+Z"))
    assert editor.figure_table() == before
    assert editor.keyframe_list.count() == 2
    assert not editor.draft.can_undo


def test_starting_again_from_a_person_standing(qtbot: QtBot) -> None:
    editor = FigureEditorDialog(
        kneeling_table(), starts=bundled_figures(), ask_discard=lambda _parent: True
    )
    qtbot.addWidget(editor)
    assert editor.start_combo.currentIndex() == 0
    editor.start_button.click()
    assert editor.figure_table() == FigureDraft.from_table(None).table()
    assert editor.keyframe_list.count() == 2
    assert editor.frame == 1


def test_the_start_row_is_named_in_order_and_its_letters_are_its_own(qtbot: QtBot) -> None:
    editor = FigureEditorDialog(None, starts=bundled_figures())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.start_combo.isVisible()
    assert unnamed_controls([editor]) == []
    assert labels_not_named_by_content([editor]) == []
    assert focus_order_problems(editor) == []
    assert mnemonic_clashes(editor) == []
