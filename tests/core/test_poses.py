"""Poses: forward kinematics, blending, the pose for a session step, the bundled figures."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

import pytest

from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import Step, StepKind, TempoPart
from hipcoach.core.poses import (
    EASE_SECONDS,
    FLOOR_TOLERANCE,
    JOINTS,
    Figure,
    Pose,
    blend,
    joint_positions,
    lowest_point,
    mirror_point,
    pose_at,
    tilt_to,
)

START = Pose("start", trunk=-90, hip_near=90, knee_near=90, y=0.11)
MIDDLE = Pose("middle", trunk=-90, hip_near=45, knee_near=45, y=0.11)
TOP = Pose("top", trunk=-90, hip_near=0, knee_near=0, y=0.11)
FIGURE = Figure(keyframes=(START, MIDDLE, TOP), still_index=2)


def step(kind: StepKind, seconds: int | None = 10, part: TempoPart | None = None) -> Step:
    return Step(kind=kind, seconds=seconds, phase="p", phase_index=0, title="t", part=part)


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


def test_lift_moves_through_the_keyframes_to_the_still_pose() -> None:
    lift = step(StepKind.WORK, 2, TempoPart.LIFT)
    assert pose_at(FIGURE, lift, 0.0) == START
    assert pose_at(FIGURE, lift, 0.5) == MIDDLE
    assert pose_at(FIGURE, lift, 1.0) == TOP
    hips = [pose_at(FIGURE, lift, n / 10).hip_near for n in range(11)]
    assert hips == sorted(hips, reverse=True)


def test_hold_stays_and_lower_goes_back() -> None:
    assert pose_at(FIGURE, step(StepKind.WORK, 3, TempoPart.HOLD), 0.3) == TOP
    lower = step(StepKind.WORK, 3, TempoPart.LOWER)
    assert pose_at(FIGURE, lower, 0.0) == TOP
    assert pose_at(FIGURE, lower, 1.0) == START


@pytest.mark.parametrize("kind", [StepKind.REST, StepKind.GET_READY, StepKind.SWITCH_SIDE])
def test_outside_work_the_start_pose_shows(kind: StepKind) -> None:
    assert pose_at(FIGURE, step(kind), 0.7) == START


def test_a_timed_hold_eases_in_and_stays() -> None:
    hold = step(StepKind.WORK, 60)
    assert pose_at(FIGURE, hold, 0.0) == START
    early = pose_at(FIGURE, hold, EASE_SECONDS / 60 / 2)
    assert TOP.hip_near < early.hip_near < START.hip_near
    assert pose_at(FIGURE, hold, EASE_SECONDS / 60) == TOP
    assert pose_at(FIGURE, hold, 0.9) == TOP


def test_a_looping_figure_goes_round_every_keyframe() -> None:
    # A quarter of the loop per keyframe, whichever one the still picture shows.
    looping = replace(FIGURE, loop_seconds=6.0, still_index=0)
    work = step(StepKind.WORK, 60)
    assert pose_at(looping, work, 0.0) == START
    assert pose_at(looping, work, 2 / 60) == MIDDLE
    assert pose_at(looping, work, 4 / 60) == TOP
    assert pose_at(looping, work, 6 / 60) == START
    between = pose_at(looping, work, 5 / 60)  # from the top back round to the start
    assert TOP.hip_near < between.hip_near < START.hip_near
    two = replace(FIGURE, keyframes=(START, TOP), loop_seconds=4.0)
    assert pose_at(two, work, 2 / 60) == TOP
    assert pose_at(two, work, 4 / 60) == START


def test_user_paced_reps_go_there_and_back() -> None:
    paced = step(StepKind.WORK, None)
    assert pose_at(FIGURE, paced, 0.0) == START
    assert pose_at(FIGURE, paced, 0.5) == TOP
    assert pose_at(FIGURE, paced, 1.0) == START


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
    assert len(library.exercises) == 17
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
    # it must not swing through it.
    library = load_library(bundled_resources_dir(), [])
    for exercise in library.exercises:
        figure = exercise.figure
        assert figure is not None
        # A looping figure also goes from its last keyframe back round to the first.
        frames = figure.keyframes
        if figure.loop_seconds is not None:
            frames = (*frames, frames[0])
        for before, after in itertools.pairwise(frames):
            for tenth in range(11):
                _, height = lowest_point(blend(before, after, tenth / 10))
                assert height > -0.05, (exercise.id, before.name, after.name, tenth)
