"""Poses: forward kinematics, blending, the bundled figures."""

from __future__ import annotations

import itertools
import math

import pytest

from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.poses import (
    BETWEEN_TOLERANCE,
    FLOOR_TOLERANCE,
    JOINTS,
    Figure,
    Pose,
    blend,
    joint_positions,
    lowest_point,
    mirror_point,
    rest_on,
    sinking_between,
    tilt_to,
)
from tests.bundled import exercise_ids

START = Pose("start", trunk=-90, hip_near=90, knee_near=90, y=0.11)
TOP = Pose("top", trunk=-90, hip_near=0, knee_near=0, y=0.11)


def test_standing_figure_is_about_as_tall_as_a_person() -> None:
    points = joint_positions(Pose("stand"))
    top = points["head"][1] + 0.11
    assert points["heel_near"][1] < 0 < top
    assert 1.6 < top - points["heel_near"][1] + 0.025 < 1.9
    # The hand hangs at the side, the toes point the way the figure faces.
    assert points["hand_near"][0] == pytest.approx(0.0)
    assert points["toe_near"][0] > points["heel_near"][0]


def test_angles_turn_the_segments_the_documented_way() -> None:
    points = joint_positions(Pose("sit", hip_near=90, knee_near=90, shoulder_near=90))
    assert points["knee_near"] == pytest.approx((0.44, 0.0))  # thigh forward
    assert points["ankle_near"][0] == pytest.approx(0.44)  # shin straight down
    assert points["ankle_near"][1] < points["knee_near"][1]
    assert points["elbow_near"][0] > 0  # arm raised forward


def test_blend_is_exact_at_both_ends_and_linear_between() -> None:
    assert blend(START, TOP, 0.0) is START
    assert blend(START, TOP, 1.0) is TOP
    half = blend(START, TOP, 0.5)
    assert half.hip_near == 45
    assert half.knee_near == 45
    assert blend(START, TOP, 0.25).name == "start"


def test_tilt_brings_a_second_point_down_and_keeps_the_first() -> None:
    leaning = Pose("lean", trunk=-60, hip_near=60, knee_near=100)
    before = joint_positions(leaning)["heel_near"]
    tilted = tilt_to(leaning, "heel_near", "shoulder", 0.1)
    assert tilted is not None
    points = joint_positions(tilted)
    assert points["heel_near"] == pytest.approx(before)
    assert points["shoulder"][1] == pytest.approx(0.1)
    assert tilt_to(leaning, "heel_near", "shoulder", 5.0) is None


def test_mirror_point_reflects() -> None:
    assert mirror_point((1.0, 2.0), 3.0) == (5.0, 2.0)


def test_every_bundled_exercise_has_a_valid_figure() -> None:
    library = load_library(bundled_resources_dir(), [])
    assert not library.broken_packs
    assert {exercise.id for exercise in library.exercises} == exercise_ids()
    for exercise in library.exercises:
        figure = exercise.figure
        assert figure is not None, exercise.id
        assert 2 <= len(figure.keyframes) <= 4
        for pose in figure.keyframes:
            _, height = lowest_point(pose)
            assert height >= -FLOOR_TOLERANCE, (exercise.id, pose.name)
            assert all(math.isfinite(pose.angle(joint)) for joint in JOINTS)
        # Each keyframe shows something different.
        positions = [joint_positions(pose) for pose in figure.keyframes]
        for a, b in itertools.pairwise(positions):
            assert any(math.dist(a[name], b[name]) > 0.02 for name in a), exercise.id


def test_bundled_figures_stay_out_of_the_floor_while_they_move() -> None:
    # Between keyframes the angles blend, so a foot may brush the floor line;
    # it must not swing through it (a looping figure also goes back round to the first).
    library = load_library(bundled_resources_dir(), [])
    for exercise in library.exercises:
        figure = exercise.figure
        assert figure is not None
        assert sinking_between(figure) is None, exercise.id


def test_a_swing_through_the_floor_between_keyframes_is_found() -> None:
    # Both keyframes stand on the far heel; the near leg swings straight from
    # behind to the front with its foot pointed, so halfway its toe passes
    # under the floor.
    behind = Pose("behind", hip_near=-45, ankle_near=80)
    ahead = Pose("ahead", hip_near=45, ankle_near=80)
    start = rest_on(behind, "heel_far", (0.0, 0.025))
    end = rest_on(ahead, "heel_far", (0.0, 0.025))
    figure = Figure(keyframes=(start, end))
    found = sinking_between(figure)
    assert found is not None
    assert found[:2] == (0, 1)
    assert found[3] < -BETWEEN_TOLERANCE
    # Still keyframes are fine: each alone stays above the floor.
    assert lowest_point(start)[1] > -FLOOR_TOLERANCE
    assert lowest_point(end)[1] > -FLOOR_TOLERANCE
