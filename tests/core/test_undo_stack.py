"""Tests for ``UndoStack``: merge keys of any kind, ending a merge, saved and dirty, copies."""

from __future__ import annotations

from dataclasses import dataclass

from hipcoach.core.undo_stack import UndoStack


@dataclass(frozen=True)
class Point:
    x: int
    y: int


def test_changes_with_an_equal_tuple_key_are_one_step() -> None:
    stack = UndoStack(Point(0, 0), immutable=True)
    for x in range(1, 5):
        assert stack.push(Point(x, 0), merge_key=("drag", 0, "hip_near"))
    assert stack.peek() == Point(4, 0)
    assert stack.undo() == Point(0, 0)
    assert not stack.can_undo
    assert stack.redo() == Point(4, 0)


def test_a_different_key_starts_a_new_step() -> None:
    stack = UndoStack(Point(0, 0), immutable=True)
    stack.push(Point(1, 0), merge_key=("drag", 0, "hip_near"))
    stack.push(Point(2, 0), merge_key=("drag", 0, "hip_near"))
    stack.push(Point(2, 5), merge_key=("drag", 0, "knee_near"))
    stack.push(Point(3, 5), merge_key="name")
    assert stack.undo() == Point(2, 5)
    assert stack.undo() == Point(2, 0)
    assert stack.undo() == Point(0, 0)


def test_an_object_key_merges_only_with_itself() -> None:
    gesture, other = object(), object()
    stack = UndoStack(0, immutable=True)
    stack.push(1, merge_key=gesture)
    stack.push(2, merge_key=gesture)
    stack.push(3, merge_key=other)
    assert stack.undo() == 2
    assert stack.undo() == 0


def test_changes_without_a_key_are_each_a_step() -> None:
    stack = UndoStack(0, immutable=True)
    stack.push(1)
    stack.push(2)
    assert stack.undo() == 1
    assert stack.undo() == 0


def test_end_merge_makes_the_next_change_a_step_of_its_own() -> None:
    stack = UndoStack(Point(0, 0), immutable=True)
    key = ("drag", 0, "trunk")
    stack.push(Point(1, 0), merge_key=key)
    stack.push(Point(2, 0), merge_key=key)
    stack.end_merge()
    stack.push(Point(3, 0), merge_key=key)
    stack.push(Point(4, 0), merge_key=key)
    assert stack.undo() == Point(2, 0)
    assert stack.undo() == Point(0, 0)


def test_a_change_to_the_same_state_records_nothing_and_keeps_the_merge() -> None:
    stack = UndoStack(0, immutable=True)
    assert stack.push(1, merge_key="k")
    assert not stack.push(1, merge_key="k")
    assert stack.push(2, merge_key="k")
    assert stack.undo() == 0
    assert not stack.can_undo


def test_the_first_change_after_undo_is_its_own_step_even_with_the_same_key() -> None:
    stack = UndoStack(0, immutable=True)
    stack.push(1, merge_key="k")
    stack.push(2)
    stack.undo()
    stack.push(5, merge_key="k")
    assert stack.undo() == 1
    assert stack.undo() == 0


def test_undo_back_to_the_saved_state_is_clean() -> None:
    stack = UndoStack(Point(0, 0), immutable=True)
    seen = [stack.dirty]
    stack.push(Point(1, 0))
    seen.append(stack.dirty)
    stack.saved_here()
    seen.append(stack.dirty)
    stack.push(Point(2, 0))
    seen.append(stack.dirty)
    stack.undo()
    seen.append(stack.dirty)
    stack.undo()
    seen.append(stack.dirty)
    stack.redo()
    seen.append(stack.dirty)
    assert seen == [False, True, False, True, False, True, False]


def test_a_state_equal_to_the_saved_one_is_clean() -> None:
    stack = UndoStack(Point(0, 0), immutable=True)
    stack.push(Point(1, 0))
    stack.push(Point(0, 0))
    assert stack.can_undo
    assert not stack.dirty


def test_saving_ends_the_merge() -> None:
    stack = UndoStack("", immutable=True)
    stack.push("Hip", merge_key="name")
    stack.saved_here()
    stack.push("Hips", merge_key="name")
    assert stack.undo() == "Hip"
    assert not stack.dirty


def test_immutable_states_are_kept_as_they_are() -> None:
    first, second = Point(0, 0), Point(1, 1)
    stack = UndoStack(first, immutable=True)
    stack.push(second)
    assert stack.state is second
    assert stack.peek() is second
    assert stack.undo() is first


def test_plain_data_is_copied_in_and_out() -> None:
    table = {"steps": ["Lean in."]}
    stack = UndoStack(table)
    table["steps"].append("Changed outside.")
    assert stack.state == {"steps": ["Lean in."]}
    stack.state["steps"].append("Changed a copy.")
    assert stack.peek() == {"steps": ["Lean in."]}
    pushed = {"steps": ["Lean in.", "Breathe."]}
    stack.push(pushed)
    pushed["steps"].clear()
    assert stack.undo() == {"steps": ["Lean in."]}
    assert stack.redo() == {"steps": ["Lean in.", "Breathe."]}
    assert stack.dirty
