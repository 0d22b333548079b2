"""The pose a figure shows during a session step: lift, hold, lower, timed holds, loops."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hipcoach.core.figure_motion import pose_at
from hipcoach.core.plan import Step, StepKind, TempoPart
from hipcoach.core.poses import EASE_SECONDS, Figure, Pose

START = Pose("start", trunk=-90, hip_near=90, knee_near=90, y=0.11)
MIDDLE = Pose("middle", trunk=-90, hip_near=45, knee_near=45, y=0.11)
TOP = Pose("top", trunk=-90, hip_near=0, knee_near=0, y=0.11)
FIGURE = Figure(keyframes=(START, MIDDLE, TOP), still_index=2)


def step(kind: StepKind, seconds: int | None = 10, part: TempoPart | None = None) -> Step:
    return Step(kind=kind, seconds=seconds, phase="p", phase_index=0, title="t", part=part)


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
