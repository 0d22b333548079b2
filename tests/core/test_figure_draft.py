"""The figure being edited: limits, the floor, keyframes, undo, and the table it writes."""

from __future__ import annotations

import math
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hipcoach.core.figure_draft import (
    HANDLES,
    Contact,
    FigureDraft,
    FigureTableError,
    body_points,
    reach_angle,
    within_limits,
)
from hipcoach.core.figure_table import bundled_figures
from hipcoach.core.messages import english
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.pose_schema import MAX_KEYFRAMES, MIN_KEYFRAMES, read_figure
from hipcoach.core.poses import JOINT_LIMITS, JOINTS, Figure, Pose, PropKind, joint_positions
from hipcoach.core.problems import TableReader

BUNDLED = sorted((bundled_resources_dir() / "exercises").glob("*.toml"))


def figure_table(path: Path) -> dict[str, Any]:
    table: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))["figure"]
    return table


def loaded(table: dict[str, Any]) -> Figure | None:
    reader = TableReader({"figure": table}, "", lambda key, message: None)
    return read_figure(reader)


def messages(draft: FigureDraft) -> list[str]:
    return [f"{problem.key}: {english(problem.message)}" for problem in draft.problems()]


def kneeling() -> FigureDraft:
    return FigureDraft.from_table(
        figure_table(bundled_resources_dir() / "exercises" / "half-kneeling-hip-flexor.toml")
    )


# -- reading and writing ----------------------------------------------------------


@pytest.mark.parametrize("path", BUNDLED, ids=lambda path: path.stem)
def test_every_bundled_figure_comes_back_as_the_same_figure(path: Path) -> None:
    table = figure_table(path)
    draft = FigureDraft.from_table(table)
    assert draft.problems() == []
    assert loaded(draft.table()) == loaded(table)
    assert draft.figure() == loaded(table)
    assert not draft.modified


def test_a_neutral_figure_stands_on_the_floor_in_two_keyframes() -> None:
    draft = FigureDraft.from_table(None)
    assert [k.name for k in draft.keyframes] == ["start", "end"]
    assert draft.problems() == []
    figure = draft.figure()
    heights = [y for _, y in joint_positions(figure.keyframes[0]).values()]
    assert min(heights) == pytest.approx(0.025)  # the heel's thickness above the floor
    assert max(heights) > 1.6


def test_what_the_draft_cannot_read_is_kept_and_named() -> None:
    table = figure_table(BUNDLED[0])
    table["colour"] = "red"
    table["keyframes"][0]["hip_near"] = "a lot"
    table["keyframes"][1]["elbow_far"] = 200
    draft = FigureDraft.from_table(table)
    written = draft.table()
    assert written["colour"] == "red"
    assert written["keyframes"][0]["hip_near"] == "a lot"
    found = messages(draft)
    assert any(line.startswith("figure.colour: unknown key") for line in found), found
    assert any(line.startswith("figure.keyframes[1].hip_near: must be a number") for line in found)
    outside = "figure.keyframes[2].elbow_far: 200° is outside the range"
    assert any(line.startswith(outside) for line in found)
    # Setting the angle replaces what could not be read.
    draft.set_angle(0, "hip_near", 10)
    assert draft.table()["keyframes"][0]["hip_near"] == 10


def test_keyframes_that_are_not_tables_cannot_be_edited() -> None:
    with pytest.raises(FigureTableError):
        FigureDraft.from_table({"keyframes": ["start"]})


def test_a_change_to_one_keyframe_leaves_the_next_as_it_was() -> None:
    draft = kneeling()
    before = draft.keyframes[1].pose
    draft.set_angle(0, "shoulder_near", 40)
    assert draft.keyframes[1].pose == before
    assert loaded(draft.table()) is not None
    assert loaded(draft.table()).keyframes[1].shoulder_near == before.shoulder_near  # type: ignore[union-attr]


# -- joint limits -------------------------------------------------------------------


@pytest.mark.parametrize("joint", JOINTS)
def test_an_angle_past_a_limit_stops_at_the_limit(joint: str) -> None:
    draft = FigureDraft.from_table(None)
    low, high = JOINT_LIMITS[joint]
    if joint == "trunk":
        assert draft.set_angle(0, joint, 200) == -160  # the body turns round
        return
    assert draft.set_angle(0, joint, high + 5) == high
    assert draft.set_angle(0, joint, low - 5) == low
    middle = round((low + high) / 2, 1)
    assert draft.set_angle(0, joint, middle) == middle
    assert draft.keyframes[0].pose.angle(joint) == middle


def test_an_angle_the_other_way_round_stops_at_the_nearer_limit() -> None:
    # A knee bends 0 to 160: -170 lies 30 past 160 round the circle, 170 short of 0.
    assert within_limits("knee_near", -170) == 160
    assert within_limits("knee_near", -20) == 0
    assert within_limits("elbow_far", 400) == 40


@given(
    joint=st.sampled_from(JOINTS),
    share=st.floats(0.0, 1.0),
    start=st.floats(0.0, 1.0),
)
def test_turning_a_handle_to_where_an_angle_puts_it_gives_that_angle(
    joint: str, share: float, start: float
) -> None:
    low, high = JOINT_LIMITS[joint]
    low, high = (max(low, -179.0), min(high, 179.0))
    wanted = low + (high - low) * share
    base = Pose("p", trunk=20, hip_near=30, knee_near=40, shoulder_far=60, elbow_far=30)
    target = body_points(Pose("p", **{**_angles(base), joint: wanted}))[_handle(joint)]
    moved = Pose("p", **{**_angles(base), joint: low + (high - low) * start})
    assert within_limits(joint, reach_angle(moved, joint, target)) == pytest.approx(
        wanted, abs=1e-6
    )


def _angles(pose: Pose) -> dict[str, float]:
    return {joint: pose.angle(joint) for joint in JOINTS}


def _handle(joint: str) -> str:
    return HANDLES[joint][1]


def test_a_drag_turns_the_joint_towards_the_mouse() -> None:
    draft = FigureDraft.from_table(None)
    pelvis = draft.placed(0).x, draft.placed(0).y
    # The near knee pulled straight ahead at hip height: the thigh comes up level.
    assert draft.drag(0, "hip_near", (pelvis[0] + 1.0, pelvis[1])) == 90
    knee = joint_positions(draft.placed(0))["knee_near"]
    assert knee[1] == pytest.approx(pelvis[1], abs=1e-6)


def test_a_drag_past_a_limit_stops_at_the_limit() -> None:
    draft = FigureDraft.from_table(None)
    placed = draft.placed(0)
    knee = joint_positions(placed)["knee_near"]
    # The ankle pulled forward of the knee would bend the knee backwards: it stays straight.
    assert draft.drag(0, "knee_near", (knee[0] + 1.0, knee[1] - 0.2)) == 0
    # Pulled up behind, past the most the knee bends: it stops at 160.
    assert draft.drag(0, "knee_near", (knee[0] + 0.05, knee[1] + 1.0)) == 160
    # The foot cannot be pulled up further than 30 degrees.
    assert draft.drag(0, "ankle_far", (0.2, 2.0)) == -30


def test_the_steps_of_one_drag_are_undone_together() -> None:
    draft = FigureDraft.from_table(None)
    for x in (0.2, 0.4, 0.6):
        draft.drag(0, "elbow_near", (x, 0.5))
    draft.end_gesture()
    draft.drag(0, "elbow_near", (0.1, 0.5))
    assert draft.undo()
    assert draft.keyframes[0].pose.elbow_near != 0
    assert draft.undo()
    assert draft.keyframes[0].pose.elbow_near == 0
    assert not draft.can_undo


# -- the floor ------------------------------------------------------------------------


def test_a_pose_under_the_floor_is_reported() -> None:
    draft = FigureDraft.from_table(None)
    # Standing on the far heel, the near leg straight and its foot pointed sinks the toe.
    draft.set_angle(1, "ankle_near", 80)
    found = messages(draft)
    assert found == [
        "figure.keyframes[2]: the toe near sinks 16 cm below the floor;"
        " change the angles or the contact"
    ]
    assert draft.problems()[0].keyframe == 1


def test_a_swing_through_the_floor_between_keyframes_is_reported() -> None:
    draft = FigureDraft.from_table(None)
    for index, hip in ((0, -45), (1, 45)):
        draft.set_angle(index, "hip_near", hip)
        draft.set_angle(index, "ankle_near", 80)
    found = messages(draft)
    assert len(found) == 1, found
    assert found[0].startswith(
        "figure.keyframes[2]: on the way from 'start' to 'end' the toe near dips"
    )
    # Bending the knee in the second keyframe keeps the foot clear all the way.
    draft.set_angle(0, "ankle_near", 0)
    draft.set_angle(1, "ankle_near", 0)
    assert draft.problems() == []


def test_a_looping_figure_is_also_checked_on_the_way_back_to_the_first() -> None:
    # The near leg behind with the foot pointed, then bent at the knee, then
    # lifted forward still bent: clear of the floor, until it swings back
    # from the front while straightening.
    draft = FigureDraft.from_table(None)
    draft.set_angle(0, "hip_near", -45)
    draft.set_angle(0, "ankle_near", 80)
    draft.add_keyframe(0)
    draft.set_angle(1, "knee_near", 60)
    draft.set_angle(2, "hip_near", 45)
    draft.set_angle(2, "knee_near", 60)
    assert draft.problems() == []
    draft.set_loop_seconds(4)
    found = messages(draft)
    assert len(found) == 1, found
    assert "on the way from 'end' to 'start'" in found[0]
    assert draft.problems()[0].keyframe == 0


# -- keyframes -------------------------------------------------------------------------


def test_keyframes_come_and_go_within_two_to_four() -> None:
    draft = FigureDraft.from_table(None)
    assert len(draft.keyframes) == MIN_KEYFRAMES
    assert not draft.remove_keyframe(0)
    assert draft.add_keyframe(0) == 1
    assert draft.add_keyframe(1) == 2
    assert len(draft.keyframes) == MAX_KEYFRAMES
    assert draft.add_keyframe(0) is None
    assert [k.name for k in draft.keyframes] == ["start", "start 2", "start 3", "end"]
    assert draft.problems() == []
    assert draft.remove_keyframe(1)
    assert [k.name for k in draft.keyframes] == ["start", "start 3", "end"]


def test_a_copied_keyframe_starts_as_the_one_it_copies() -> None:
    draft = kneeling()
    index = draft.add_keyframe(1)
    assert index == 2
    assert draft.keyframes[2].pose == draft.keyframes[1].pose.__class__(
        **{**draft.keyframes[1].pose.__dict__, "name": "tuck 2"}
    )


def test_reorder_rename_and_the_still_keyframe() -> None:
    draft = kneeling()
    assert draft.state.still_index == 2
    assert draft.rename_keyframe(2, "arm up")
    assert draft.state.still == "arm up"
    assert draft.move_keyframe(2, 1)
    assert [k.name for k in draft.keyframes] == ["kneel", "arm up", "tuck"]
    assert draft.state.still_index == 1
    assert draft.set_still(None)
    assert draft.state.still_index == 2
    assert draft.set_still(0)
    assert draft.table()["still"] == "kneel"
    draft.rename_keyframe(1, "kneel")
    assert any("already called 'kneel'" in line for line in messages(draft))
    draft.rename_keyframe(1, " ")
    assert any("keyframes[2].name: required key is missing" in line for line in messages(draft))


def test_removing_the_still_keyframe_shows_the_last() -> None:
    draft = kneeling()
    draft.set_still(1)
    assert draft.remove_keyframe(1)
    assert draft.state.still is None
    assert draft.problems() == []


# -- contact, props, highlights ---------------------------------------------------------


def test_a_second_contact_turns_the_body_and_the_table_says_so() -> None:
    draft = FigureDraft.from_table(None)
    draft.set_angle(0, "trunk", -90)
    draft.set_contact(0, Contact(("pelvis", "heel_near"), ("floor", "floor")))
    assert draft.placed(0).trunk == pytest.approx(-90, abs=20)
    assert draft.table()["keyframes"][0]["contact"] == ["pelvis", "heel_near"]
    # The second keyframe kept its own contact, so the table names it again;
    # getting up from the floor in one swing takes the body through it.
    assert draft.table()["keyframes"][1]["contact"] == "heel_far"
    assert [problem.keyframe for problem in draft.problems()] == [1]


def test_resting_on_a_prop_needs_the_prop() -> None:
    draft = FigureDraft.from_table(None)
    draft.set_angle(0, "trunk", -90)
    draft.set_contact(0, Contact(("pelvis",), ("ball",)))
    assert any("no such prop" in line for line in messages(draft))
    draft.add_prop(PropKind.BALL)
    assert not any("no such prop" in line for line in messages(draft))
    placed = draft.placed(0)
    assert placed.y == pytest.approx(0.10 + 0.11)  # on the ball, the pelvis's thickness above
    assert draft.remove_prop(0)
    assert any("no such prop" in line for line in messages(draft))


def test_a_band_is_tied_somewhere_and_pulls_on_a_body_point() -> None:
    draft = FigureDraft.from_table(None)
    draft.add_prop(PropKind.BAND, x=0.2)
    assert draft.table()["props"] == [
        {"kind": "band", "x": 0.2, "anchor": [1.0, 0.1], "attach": "ankle_near"}
    ]
    assert draft.problems() == []


def test_highlights_are_kept_in_the_documented_order() -> None:
    draft = FigureDraft.from_table(None)
    draft.set_muscles(["glutes", "psoas", "hip_flexors"])
    draft.set_working(["trunk", "leg_near"])
    table = draft.table()
    assert table["muscles"] == ["hip_flexors", "glutes", "psoas"]
    assert table["working"] == ["leg_near", "trunk"]
    assert draft.figure().muscles[0].value == "hip_flexors"
    assert draft.problems() == []


# -- undo, redo, saved ---------------------------------------------------------------------


def test_undo_and_redo_walk_the_changes_and_modified_follows() -> None:
    draft = kneeling()
    original = draft.table()
    draft.set_angle(0, "neck", 20)
    draft.add_keyframe(0)
    changed = draft.modified
    assert changed
    assert draft.undo()
    assert draft.undo()
    assert not draft.undo()
    assert draft.table() == original
    assert not draft.modified
    assert draft.redo()
    assert draft.keyframes[0].pose.neck == 20
    redo_left = draft.can_redo
    assert redo_left
    draft.set_angle(0, "neck", 30)
    assert not draft.can_redo  # a new change forgets what was undone
    draft.mark_saved()
    assert not draft.modified


def test_a_change_to_the_same_value_is_no_change() -> None:
    draft = FigureDraft.from_table(None)
    draft.set_angle(0, "neck", 0)
    assert not draft.can_undo
    assert not draft.modified
    assert math.isclose(draft.set_angle(0, "neck", 12.345), 12.3)


# -- starting from another figure ------------------------------------------------------


def test_starting_from_another_figure_replaces_everything_in_one_step() -> None:
    draft = FigureDraft.from_table(None)
    draft.set_angle(0, "neck", 20, gesture=("angle", "neck"))
    draft.add_prop(PropKind.MAT)
    before = draft.table()
    bird_dog = figure_table(bundled_resources_dir() / "exercises" / "bird-dog.toml")
    assert draft.start_from(bird_dog)
    assert loaded(draft.table()) == loaded(bird_dog)
    assert draft.problems() == []
    # One step back is the figure as it was, props and angles and all.
    assert draft.undo()
    assert draft.table() == before
    assert draft.redo()
    assert loaded(draft.table()) == loaded(bird_dog)
    # The next angle change is a step of its own, not merged into the start.
    draft.set_angle(0, "neck", 5, gesture=("angle", "neck"))
    assert draft.undo()
    assert loaded(draft.table()) == loaded(bird_dog)


def test_starting_from_a_person_standing_and_from_the_same_figure() -> None:
    draft = kneeling()
    assert draft.start_from(None)
    assert [k.name for k in draft.keyframes] == ["start", "end"]
    assert draft.state.props == ()
    assert draft.state.muscles == ()
    changed = draft.modified
    assert changed
    # Starting again from what is there already is no change to undo.
    assert not draft.start_from(None)
    assert draft.undo()
    assert not draft.modified
    assert not draft.can_undo


def test_starting_from_a_table_that_cannot_be_read_changes_nothing() -> None:
    draft = kneeling()
    before = draft.table()
    with pytest.raises(FigureTableError):
        draft.start_from({"keyframes": ["not a table"]})
    assert draft.table() == before
    assert not draft.can_undo


def test_the_bundled_figures_come_by_name_with_their_tables() -> None:
    figures = bundled_figures()
    names = [name for name, _table in figures]
    assert len(figures) == len(BUNDLED)
    assert names == sorted(names, key=str.casefold)
    assert "Bird dog" in names
    bird_dog = dict(figures)["Bird dog"]
    assert bird_dog == figure_table(bundled_resources_dir() / "exercises" / "bird-dog.toml")


def test_files_without_a_figure_or_not_readable_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "b.toml").write_text(
        'name = "beta"\n[figure]\nkeyframes = [{name = "a"}, {name = "b"}]\n',
        encoding="utf-8",
    )
    (tmp_path / "a.toml").write_text('name = "Alpha"\n[figure]\nstill = "x"\n', "utf-8")
    (tmp_path / "no-figure.toml").write_text('name = "Gamma"\n', encoding="utf-8")
    (tmp_path / "no-name.toml").write_text("[figure]\nstill = 'x'\n", encoding="utf-8")
    (tmp_path / "figure-not-table.toml").write_text('name = "D"\nfigure = 3\n', "utf-8")
    (tmp_path / "keyframes-not-tables.toml").write_text(
        'name = "C"\n[figure]\nkeyframes = [1, 2]\n', encoding="utf-8"
    )
    (tmp_path / "broken.toml").write_text('name = "E\n', encoding="utf-8")
    (tmp_path / "notes.txt").write_text('name = "F"\n[figure]\n', encoding="utf-8")
    figures = bundled_figures(tmp_path)
    assert [name for name, _table in figures] == ["Alpha", "beta"]
    assert figures[1][1] == {"keyframes": [{"name": "a"}, {"name": "b"}]}
