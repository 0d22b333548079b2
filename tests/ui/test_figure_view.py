"""The exercise figure widget: still poses, following a session on a manual clock, its timer."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.clock import ManualClock
from hipcoach.core.exercises import Exercise
from hipcoach.core.figure_motion import pose_at
from hipcoach.core.plan import PlanPreferences, Side, StepKind, TempoPart, compile_plan
from hipcoach.core.poses import Figure, Pose
from hipcoach.core.session import RunnerState
from hipcoach.services.session_driver import SessionDriver
from hipcoach.ui.figure_view import FRAME_MS, FigureView, preview_path
from tests.core.factories import exercise, hold, library_of, paced, routine

START = Pose("start", hip_near=0.0, knee_near=90.0)
MIDDLE = Pose("middle", hip_near=30.0, knee_near=90.0)
TOP = Pose("top", hip_near=60.0, knee_near=90.0)
FIGURE = Figure(keyframes=(START, MIDDLE, TOP), working=("leg_near",), still_index=2)


def with_figure(base: Exercise, figure: Figure | None = FIGURE) -> Exercise:
    """Return ``base`` carrying ``figure``."""
    return replace(base, figure=figure)


BRIDGE = with_figure(exercise("bridge", dosage=paced(1, lift=2, top=5, lower=3), per_side=True))
PLAIN = exercise("plain", dosage=hold(10))


def difference(a: QImage, b: QImage) -> float:
    """Return the mean difference of two images' bytes, seen at a coarse scale."""
    size = a.size() / 8
    small = [
        bytes(image.scaled(size, mode=Qt.TransformationMode.SmoothTransformation).constBits())
        for image in (a, b)
    ]
    return float(sum(abs(x - y) for x, y in zip(*small, strict=True))) / len(small[0])


class Stage:
    """A FigureView inside a shown parent, following a session on a manual clock."""

    def __init__(self, qtbot: QtBot, *exercises: Exercise) -> None:
        self.clock = ManualClock()
        self.driver = SessionDriver(self.clock, self.clock)
        self.parent = QWidget()
        qtbot.addWidget(self.parent)
        self.view = FigureView(self.clock)
        QVBoxLayout(self.parent).addWidget(self.view)
        self.parent.resize(400, 300)
        self.parent.show()
        qtbot.waitExposed(self.parent)
        ids: list[str | tuple[str, ...]] = [e.id for e in exercises]
        library = library_of(*exercises, routines=(routine(("Strengthen", ids)),))
        prefs = PlanPreferences(get_ready_seconds=3, phase_intro_seconds=0, switch_seconds=4)
        self.plan = compile_plan(library.routines[0], library, prefs)
        self.driver.snapshot_changed.connect(self.view.show_snapshot)

    def start(self) -> None:
        self.driver.start(self.plan)

    def step(self) -> StepKind | TempoPart:
        runner = self.driver.runner
        assert runner is not None
        assert runner.current_step is not None
        current = runner.current_step
        return current.part or current.kind

    def wait(self, seconds: float) -> None:
        """Let ``seconds`` pass and draw one frame, without waking the driver."""
        self.clock.advance(seconds)
        self.view.tick()

    def poll(self) -> None:
        """Wake the driver as its timer would, so step ends are seen."""
        self.driver.poll()


def test_pose_follows_the_clock_through_lift_hold_and_lower(qtbot: QtBot) -> None:
    stage = Stage(qtbot, BRIDGE)
    stage.start()
    assert stage.step() is StepKind.GET_READY
    assert stage.view.pose == START
    stage.clock.advance(3)
    stage.poll()
    assert stage.step() is TempoPart.LIFT
    lift = stage.driver.runner.current_step  # type: ignore[union-attr]
    assert lift is not None
    assert lift.seconds == 2
    assert stage.view.pose == START
    hips: list[float] = []
    for _ in range(3):
        stage.wait(0.5)  # no snapshot in between: the view reads the clock itself
        assert stage.view.fraction() == pytest.approx(len(hips) * 0.25 + 0.25)
        assert stage.view.pose == pose_at(FIGURE, lift, stage.view.fraction())
        hips.append(stage.view.pose.hip_near)
    assert 0.0 < hips[0] < hips[1] < hips[2] < 60.0
    stage.clock.advance(0.5)
    stage.poll()
    assert stage.step() is TempoPart.HOLD
    assert stage.view.pose == TOP
    stage.wait(4.9)
    assert stage.view.pose == TOP
    stage.clock.advance(0.1)
    stage.poll()
    assert stage.step() is TempoPart.LOWER
    lower = stage.driver.runner.current_step  # type: ignore[union-attr]
    assert lower is not None
    stage.wait(1.5)
    assert stage.view.fraction() == pytest.approx(0.5)
    assert stage.view.pose == pose_at(FIGURE, lower, 0.5)
    assert 0.0 < stage.view.pose.hip_near < 60.0
    stage.wait(1.5)
    assert stage.view.pose == START


def test_figure_switches_side_with_the_session(qtbot: QtBot) -> None:
    stage = Stage(qtbot, BRIDGE)
    sides_seen: list[tuple[StepKind, Side | None, Side | None]] = []
    stage.driver.snapshot_changed.connect(
        lambda snap: sides_seen.append((snap.step.kind, snap.step.side, stage.view.side))
    )
    stage.start()
    for _ in range(60):
        stage.clock.advance(0.5)
        stage.poll()
    kinds = [kind for kind, _, _ in sides_seen]
    assert StepKind.SWITCH_SIDE in kinds
    for kind, step_side, view_side in sides_seen:
        if kind is not StepKind.DONE:
            assert view_side is step_side, kind
    switch = kinds.index(StepKind.SWITCH_SIDE)
    assert sides_seen[switch - 1][2] is Side.LEFT
    assert sides_seen[switch][2] is Side.RIGHT


def test_right_side_is_drawn_differently_from_left(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    view = FigureView()
    QVBoxLayout(parent).addWidget(view)
    parent.resize(300, 240)
    parent.show()
    view.show_still(BRIDGE, Side.LEFT)
    left = view.grab().toImage()
    view.set_side(Side.RIGHT)
    right = view.grab().toImage()
    mirrored = left.flipped(Qt.Orientation.Horizontal)
    assert difference(left, right) > 5 * difference(mirrored, right)


def test_timer_runs_only_while_visible_and_moving(qtbot: QtBot) -> None:
    stage = Stage(qtbot, BRIDGE)
    view = stage.view
    stage.start()
    assert not view.is_animating()  # get ready: the start pose does not move
    stage.clock.advance(3)
    stage.poll()
    assert stage.step() is TempoPart.LIFT
    assert view.is_animating()
    assert view.timer.interval() == FRAME_MS
    assert FRAME_MS <= 1000 / 30
    stage.parent.hide()
    assert not view.is_animating()
    stage.parent.show()
    qtbot.waitExposed(stage.parent)
    assert view.is_animating()
    stage.driver.command("pause")
    assert stage.driver.runner.state is RunnerState.PAUSED  # type: ignore[union-attr]
    assert not view.is_animating()
    paused_pose = view.pose
    stage.clock.advance(1)
    view.tick()
    assert view.pose == paused_pose  # paused: the figure stays put
    stage.driver.command("resume")
    assert view.is_animating()
    view.show_still(BRIDGE)
    assert not view.is_animating()
    assert view.pose == TOP  # the still keyframe


def test_timer_stops_while_the_window_is_minimised(qtbot: QtBot) -> None:
    stage = Stage(qtbot, BRIDGE)
    stage.start()
    stage.clock.advance(3)
    stage.poll()
    assert stage.view.is_animating()
    stage.parent.showMinimized()
    qtbot.waitUntil(lambda: not stage.view.is_animating(), timeout=1000)
    stage.parent.showNormal()
    qtbot.waitUntil(stage.view.is_animating, timeout=1000)


def test_frames_are_drawn_only_when_the_pose_moves(qtbot: QtBot) -> None:
    stage = Stage(qtbot, BRIDGE)
    stage.start()
    stage.clock.advance(3)
    stage.poll()
    QApplication.processEvents()
    drawn = stage.view.frames_drawn
    for _ in range(10):
        stage.wait(0.1)
        QApplication.processEvents()
    assert stage.view.frames_drawn == drawn + 10  # lifting: every frame is new
    stage.clock.advance(1)
    stage.poll()
    assert stage.step() is TempoPart.HOLD
    QApplication.processEvents()
    drawn = stage.view.frames_drawn
    for _ in range(10):
        stage.wait(0.1)
        QApplication.processEvents()
    assert stage.view.frames_drawn == drawn  # holding: nothing to redraw


def test_no_figure_takes_no_room(qtbot: QtBot) -> None:
    stage = Stage(qtbot, PLAIN, BRIDGE)
    stage.start()
    assert stage.view.frame_count == 0
    assert stage.view.isHidden()
    assert stage.view.accessibleDescription() == "No figure for this exercise"
    assert not stage.view.is_animating()
    stage.driver.command("skip_exercise")
    assert stage.view.frame_count == len(FIGURE.keyframes)
    assert stage.view.figure is FIGURE
    assert stage.view.isVisible()


def test_still_frames_and_preview(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    view = FigureView()
    QVBoxLayout(parent).addWidget(view)
    parent.show()
    view.show_still(BRIDGE, Side.LEFT)
    assert (view.frame, view.frame_count, view.pose) == (2, 3, TOP)
    view.show_frame(view.frame + 1)
    assert (view.frame, view.pose) == (0, START)
    assert "position 1 of 3" in view.accessibleDescription()
    view.play_keyframes()
    assert view.is_animating()
    assert view.previewing
    poses = set()
    for _ in range(round(4 * 2.0 / (FRAME_MS / 1000))):
        view.tick()
        poses.add(view.pose)
    assert {START, MIDDLE, TOP} <= poses
    assert len(poses) > 10  # it moves between keyframes, not only jumps
    view.play_keyframes(False)
    assert not view.is_animating()
    assert view.pose == START
    assert preview_path(3) == [0, 1, 2, 1]
    assert preview_path(2) == [0, 1]


def test_accessible_name_says_exercise_side_and_action(qtbot: QtBot) -> None:
    stage = Stage(qtbot, BRIDGE)
    stage.start()
    stage.clock.advance(3)
    stage.poll()
    assert stage.view.accessibleName() == "Figure: Bridge"
    assert stage.view.accessibleDescription() == "Figure: Bridge, left side, lifting"
    stage.clock.advance(2)
    stage.poll()
    assert stage.view.accessibleDescription() == "Figure: Bridge, left side, holding at the top"


def test_colours_follow_the_palette(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    view = FigureView()
    QVBoxLayout(parent).addWidget(view)
    parent.resize(300, 240)
    parent.show()
    view.show_still(BRIDGE)
    light_colours = view.colours
    light = view.grab().toImage()
    dark = QPalette(parent.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#181818"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Text, "#eeeeee"),
    ):
        dark.setColor(role, QColor(colour))
    parent.setPalette(dark)
    assert view.colours != light_colours
    assert view.grab().toImage() != light
