"""The exercise figure on screen: a still pose, or one that moves with the session.

``FigureView`` draws an exercise's figure with the painter of
``hipcoach.ui.figure_painter``. It has two modes:

* **still**: one keyframe (the figure's chosen still one unless told
  otherwise), on the side asked for. ``play_keyframes`` loops through the
  keyframes for a preview; that loop is decorative, so its time is counted in
  frames rather than read from a clock.
* **following**: ``follow`` (or ``show_snapshot``) gives it the session step on
  show and the time that step has left. Between snapshots the view reads the
  same injected clock the session driver uses and works out the step's
  fraction from the step's deadline, so it never keeps a clock of its own and
  always agrees with the countdown. ``pose_at`` turns step and fraction into
  the pose.

A frame timer runs only while something moves and the view is on screen: it
stops for still poses, while the session is paused, and whenever the view is
hidden or its window minimised, and it starts again when the view comes back.

Frames are kept cheap: the view paints its own background, so Qt does not
repaint the widgets behind it; what never moves (background, floor, props) is
drawn once into a pixmap per size, side, figure and colours and copied in;
only the rectangle round the old and the new pose is repainted; and a new pose
that moves no point of the figure by half a pixel or more is not drawn.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.clock import Clock
from hipcoach.core.exercises import Exercise
from hipcoach.core.figure_motion import pose_at
from hipcoach.core.plan import Side, Step, StepKind, TempoPart
from hipcoach.core.poses import EASE_SECONDS, Figure, Pose, blend, scene_bounds
from hipcoach.core.session import RunnerState, Snapshot
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.figure_painter import (
    FigureColours,
    Point,
    paint_person,
    paint_scene,
    person_points,
    repaint_extent,
)
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, translate

#: Milliseconds between frames while the figure moves (30 a second).
FRAME_MS = 33
#: Pixels some point of the figure must move before a new pose is drawn.
MIN_MOVE_PX = 0.5
#: Seconds the keyframe preview takes to move from one keyframe to the next.
PREVIEW_SEGMENT_SECONDS = 1.4
#: Seconds the keyframe preview rests on each keyframe before moving on.
PREVIEW_REST_SECONDS = 0.6

_PART_WORDS = {
    TempoPart.LIFT: QT_TRANSLATE_NOOP("FigureView", "lifting"),
    TempoPart.HOLD: QT_TRANSLATE_NOOP("FigureView", "holding at the top"),
    TempoPart.LOWER: QT_TRANSLATE_NOOP("FigureView", "lowering"),
}
_KIND_WORDS = {
    StepKind.GET_READY: QT_TRANSLATE_NOOP("FigureView", "starting position"),
    StepKind.SWITCH_SIDE: QT_TRANSLATE_NOOP("FigureView", "starting position"),
    StepKind.REST: QT_TRANSLATE_NOOP("FigureView", "resting"),
    StepKind.WORK: QT_TRANSLATE_NOOP("FigureView", "in position"),
}


def _smooth(t: float) -> float:
    """Return ``t`` eased in and out (0 and 1 stay put)."""
    t = min(1.0, max(0.0, t))
    return t * t * (3.0 - 2.0 * t)


def preview_path(count: int) -> list[int]:
    """Return the keyframe order of one preview loop: there and back again.

    ``[0, 1, 2, 1]`` for three keyframes (the loop returns to 0), ``[0, 1]``
    for two, ``[0]`` for one.
    """
    forward = list(range(count))
    return forward + forward[-2:0:-1]


class FigureView(QWidget):
    """Draws one exercise's figure, still or following the session step on show.

    ``clock`` is the monotonic clock of the session driver; without one the
    figure moves only when it is given a new snapshot. When ``collapse`` is
    true (the default) the view hides itself while it has no figure, so it
    takes no room; otherwise it stays and draws nothing.
    """

    #: The keyframe shown changed (still mode): index, count.
    frame_changed = Signal(int, int)

    def __init__(
        self,
        clock: Clock | None = None,
        parent: QWidget | None = None,
        *,
        collapse: bool = True,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._collapse = collapse
        self._fit_heights: tuple[int, int] | None = None
        self._exercise: Exercise | None = None
        self._figure: Figure | None = None
        self._side: Side | None = None
        self._pose: Pose | None = None
        self._frame = 0
        # following a session step
        self._step: Step | None = None
        self._remaining: float | None = None
        self._seen_at = 0.0
        self._running = False
        # the keyframe preview
        self._previewing = False
        self._preview_seconds = 0.0
        self._watched: QWidget | None = None
        self._colours = FigureColours.for_palette(self.palette())
        #: Frames painted so far (read by the benchmark and tests).
        self.frames_drawn = 0
        #: New poses not drawn because nothing moved by half a pixel.
        self.frames_skipped = 0
        #: Times the still layer (background, floor, props) was drawn.
        self.scene_builds = 0
        self._scene: QPixmap | None = None
        self._scene_key: tuple[int, int, float] | None = None
        # where the pose last asked to be drawn puts its points
        self._drawn_points: dict[str, Point] | None = None
        # The view fills its whole rectangle itself, so nothing behind it is repainted.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.timer = QTimer(self)
        # A coarse timer may fire up to 5 % late, which would drop below 30 frames a second.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 90)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._describe()

    # -- queries -------------------------------------------------------------

    @property
    def exercise(self) -> Exercise | None:
        """Return the exercise on show, if any."""
        return self._exercise

    @property
    def figure(self) -> Figure | None:
        """Return the figure on show (``None`` when the exercise has none)."""
        return self._figure

    @property
    def side(self) -> Side | None:
        """Return the side the figure shows working (``None``: as authored)."""
        return self._side

    @property
    def pose(self) -> Pose | None:
        """Return the pose drawn now."""
        return self._pose

    @property
    def colours(self) -> FigureColours:
        """Return the colours drawn with (they follow the palette)."""
        return self._colours

    @property
    def frame(self) -> int:
        """Return the keyframe shown in still mode."""
        return self._frame

    @property
    def frame_count(self) -> int:
        """Return how many keyframes the figure has (0 without a figure)."""
        return 0 if self._figure is None else len(self._figure.keyframes)

    @property
    def following(self) -> bool:
        """Return whether the view follows a session step."""
        return self._step is not None

    @property
    def previewing(self) -> bool:
        """Return whether the keyframe preview is playing."""
        return self._previewing

    def is_animating(self) -> bool:
        """Return whether the frame timer runs."""
        return self.timer.isActive()

    def sizeHint(self) -> QSize:  # noqa: N802
        if self._fit_heights is not None:
            return QSize(300, self.heightForWidth(300))
        return QSize(300, 220)

    def fit_height(self, lowest: int, highest: int) -> None:
        """Take the height the figure needs at the view's width, within these bounds.

        A figure lying down is wide and low; one standing is narrow and tall.
        """
        self._fit_heights = (lowest, highest)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(120, lowest)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return self._fit_heights is not None

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if self._fit_heights is None:
            return super().heightForWidth(width)
        lowest, highest = self._fit_heights
        if self._figure is None:
            return lowest
        left, bottom, right, top = scene_bounds(self._figure)
        wanted = width * (top - bottom) / max(right - left, 1e-6) * 1.1
        return round(min(highest, max(lowest, wanted)))

    # -- still mode ----------------------------------------------------------

    def show_still(
        self, exercise: Exercise | None, side: Side | None = None, frame: int | None = None
    ) -> None:
        """Show keyframe ``frame`` (default: the still one) of ``exercise`` on ``side``."""
        self._step = None
        self._running = False
        self._previewing = False
        self._set_exercise(exercise, side)
        if self._figure is not None:
            count = len(self._figure.keyframes)
            wanted = self._figure.still_index if frame is None else frame
            self._frame = min(max(0, wanted), count - 1)
            self._set_pose(self._figure.keyframes[self._frame])
            self.frame_changed.emit(self._frame, count)
        self._describe()
        self._update_timer()

    def show_frame(self, frame: int) -> None:
        """Show keyframe ``frame`` (wrapping round) of the exercise on show, still."""
        if self._figure is None:
            return
        self.show_still(self._exercise, self._side, frame % len(self._figure.keyframes))

    def set_side(self, side: Side | None) -> None:
        """Show the figure working ``side`` and keep everything else."""
        if side == self._side:
            return
        self._side = side
        self._describe()
        self._redraw_all()

    def play_keyframes(self, on: bool = True) -> None:
        """Start (or stop) looping through the keyframes, from the one on show."""
        if self._figure is None or self._step is not None:
            on = False
        if on == self._previewing:
            return
        self._previewing = on
        if on:
            path = preview_path(len(self._figure.keyframes)) if self._figure else [0]
            start = path.index(self._frame) if self._frame in path else 0
            self._preview_seconds = start * (PREVIEW_SEGMENT_SECONDS + PREVIEW_REST_SECONDS)
        elif self._figure is not None:
            self._set_pose(self._figure.keyframes[self._frame])
        self._describe()
        self._update_timer()

    # -- following mode --------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Follow the step of ``snapshot`` (what the session driver emits)."""
        self.follow(
            snapshot.step,
            remaining=snapshot.remaining,
            running=snapshot.state is RunnerState.RUNNING,
        )

    def follow(self, step: Step | None, *, remaining: float | None, running: bool) -> None:
        """Follow ``step`` with ``remaining`` seconds left as of the clock's now.

        While ``running`` the figure moves on by itself (read from the clock);
        otherwise it stays where ``remaining`` puts it.
        """
        self._previewing = False
        exercise = step.exercise if step is not None else None
        if step is None or exercise is None or step.kind is StepKind.DONE:
            self._step = None
            self._running = False
            self._set_exercise(None, None)
            self._describe()
            self._update_timer()
            return
        changed_step = step != self._step
        self._set_exercise(exercise, step.side)
        self._step = step
        self._remaining = remaining
        self._seen_at = self._clock.monotonic() if self._clock is not None else 0.0
        self._running = running and step.seconds is not None and remaining is not None
        self._refresh_pose()
        if changed_step:
            self._describe()
        self._update_timer()

    def fraction(self) -> float:
        """Return how far through the followed step the session is now (0–1)."""
        step = self._step
        if step is None or not step.seconds or self._remaining is None:
            return 0.0
        remaining = self._remaining
        if self._running and self._clock is not None:
            remaining -= self._clock.monotonic() - self._seen_at
        return min(1.0, max(0.0, 1.0 - remaining / step.seconds))

    # -- frames ----------------------------------------------------------------

    def tick(self) -> None:
        """Frame timer: work out the pose for now and repaint if it moved."""
        if not self._on_screen():
            self.timer.stop()
            return
        if self._previewing:
            self._preview_seconds += FRAME_MS / 1000
            self._set_pose(self._preview_pose())
        elif self._step is not None:
            self._refresh_pose()
        if not self._should_animate():
            self.timer.stop()

    def _preview_pose(self) -> Pose:
        figure = self._figure
        assert figure is not None
        path = preview_path(len(figure.keyframes))
        period = PREVIEW_REST_SECONDS + PREVIEW_SEGMENT_SECONDS
        moment = self._preview_seconds % (period * len(path))
        position = int(moment // period)
        into = moment - position * period - PREVIEW_REST_SECONDS
        here = figure.keyframes[path[position]]
        if into <= 0:
            return here
        there = figure.keyframes[path[(position + 1) % len(path)]]
        return blend(here, there, _smooth(into / PREVIEW_SEGMENT_SECONDS))

    def _refresh_pose(self) -> None:
        step, figure = self._step, self._figure
        if step is None or figure is None:
            return
        if step.kind is StepKind.WORK and step.seconds is None:
            pose = figure.keyframes[figure.still_index]  # user-paced: show the move
        else:
            pose = pose_at(figure, step, self.fraction())
        self._set_pose(pose)

    def _set_pose(self, pose: Pose | None) -> None:
        if pose == self._pose:
            return
        self._pose = pose
        figure = self._figure
        if figure is None or pose is None:
            self._redraw_all()
            return
        area = QRectF(self.rect())
        points = person_points(figure, pose, self._side, area)
        drawn = self._drawn_points
        if drawn is None or drawn.keys() != points.keys():
            self._drawn_points = points
            self.update()
            return
        moved = max(
            max(abs(x - drawn[name][0]), abs(y - drawn[name][1])) for name, (x, y) in points.items()
        )
        if moved < MIN_MOVE_PX:
            # Too small to see: the next paint draws this pose anyway.
            self.frames_skipped += 1
            return
        self._drawn_points = points
        self.update(repaint_extent(figure, area, drawn, points).toAlignedRect())

    def _redraw_all(self) -> None:
        """Forget the still layer and what was drawn, and repaint the whole view."""
        self._scene = None
        self._drawn_points = None
        self.update()

    def _set_exercise(self, exercise: Exercise | None, side: Side | None) -> None:
        figure = exercise.figure if exercise is not None else None
        if exercise != self._exercise or figure is None:
            self._frame = figure.still_index if figure is not None else 0
        if figure is None:
            self._pose = None
        changed = (exercise, figure, side) != (self._exercise, self._figure, self._side)
        self._exercise = exercise
        self._figure = figure
        self._side = side
        if self._collapse and (self.parentWidget() is not None or figure is None):
            self.setVisible(figure is not None)
        if changed:
            if self._fit_heights is not None:
                self.updateGeometry()
            self._redraw_all()

    def _should_animate(self) -> bool:
        """Return whether the pose can change without a new snapshot."""
        step, figure = self._step, self._figure
        if figure is None:
            return False
        if self._previewing:
            return True
        if step is None or not self._running or self._clock is None:
            return False
        if step.kind is not StepKind.WORK or not step.seconds or step.part is TempoPart.HOLD:
            return False  # these show one pose throughout
        if step.part is None and figure.loop_seconds is None:
            return self.fraction() * step.seconds < EASE_SECONDS  # eases in, then holds
        return True

    def _on_screen(self) -> bool:
        return self.isVisible() and not self.window().isMinimized()

    def _update_timer(self) -> None:
        if self._should_animate() and self._on_screen():
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    # -- words for screen readers -----------------------------------------------

    def description(self) -> str:
        """Return what the figure shows, in words (its accessible description)."""
        if self._exercise is None or self._figure is None:
            return translate("FigureView", "No figure for this exercise")
        parts = [translate("FigureView", "Figure: {exercise}").format(exercise=self._exercise.name)]
        if self._side is Side.LEFT:
            parts.append(translate("FigureView", "left side"))
        elif self._side is Side.RIGHT:
            parts.append(translate("FigureView", "right side"))
        step = self._step
        if step is not None:
            if step.kind is StepKind.WORK and step.part is not None:
                parts.append(translate("FigureView", _PART_WORDS[step.part]))
            elif step.kind in _KIND_WORDS:
                parts.append(translate("FigureView", _KIND_WORDS[step.kind]))
        elif self._previewing:
            parts.append(translate("FigureView", "moving through every position"))
        else:
            parts.append(
                translate("FigureView", "position {number} of {count}").format(
                    number=self._frame + 1, count=len(self._figure.keyframes)
                )
            )
        return ", ".join(parts)

    def _describe(self) -> None:
        if self._exercise is not None and self._figure is not None:
            name = translate("FigureView", "Figure: {exercise}").format(
                exercise=self._exercise.name
            )
        else:
            name = translate("FigureView", "Figure")
        self.setAccessibleName(name)
        self.setAccessibleDescription(self.description())

    # -- Qt events ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            rect = event.rect()
            figure, pose = self._figure, self._pose
            if figure is None or pose is None:
                painter.fillRect(rect, self._background())
                return
            scene = self._scene_pixmap(figure)
            ratio = scene.devicePixelRatio()
            source = QRectF(
                rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio
            )
            painter.drawPixmap(QRectF(rect), scene, source)
            area = QRectF(self.rect())
            paint_person(
                painter, area, figure, pose, self._side, self._colours, visible=QRectF(rect)
            )
            if self._drawn_points is None:
                # Remember where this pose lies, so the next frame clears it.
                self._drawn_points = person_points(figure, pose, self._side, area)
        finally:
            painter.end()
        self.frames_drawn += 1

    def _background(self) -> QColor:
        return self.palette().color(self.backgroundRole())

    def _scene_pixmap(self, figure: Figure) -> QPixmap:
        """Return the still layer at the view's size, drawing it if it is not kept."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio)
        if self._scene is None or self._scene_key != key:
            pixmap = QPixmap(math.ceil(self.width() * ratio), math.ceil(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(self._background())
            painter = QPainter(pixmap)
            try:
                paint_scene(painter, QRectF(self.rect()), figure, self._side, self._colours)
            finally:
                painter.end()
            self._scene, self._scene_key = pixmap, key
            self.scene_builds += 1
        return self._scene

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._redraw_all()
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._watch_window()
        if self._step is not None:
            self._refresh_pose()
        self._update_timer()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._colours = FigureColours.for_palette(self.palette())
            self._redraw_all()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Stop the frames while the window is minimised, start them when it comes back."""
        if watched is self._watched and event.type() == QEvent.Type.WindowStateChange:
            self._update_timer()
        return super().eventFilter(watched, event)

    def _watch_window(self) -> None:
        window = self.window()
        if window is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        if window is not self:
            window.installEventFilter(self)


class FigurePanel(QWidget):
    """The library's figure: a still pose with keyboard controls to look around it.

    Buttons step to the previous and next keyframe, play the keyframes in a
    loop, and (for exercises done per side) show the other side. The whole
    panel hides for an exercise without a figure.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = FigureView(collapse=False)
        self.view.fit_height(110, 190)
        self.position_label = QLabel()
        name_by_content(self.position_label, self.tr("Figure position"))
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = self._button(
            self.tr("◀"), self.tr("Previous position"), self.previous_frame
        )
        self.play_button = self._button(
            self.tr("Play"), self.tr("Play every position in a loop"), self.toggle_play
        )
        self.next_button = self._button(self.tr("▶"), self.tr("Next position"), self.next_frame)
        self.side_button = self._button(
            self.tr("Show right side"),
            self.tr("Show the figure working the other side"),
            self.toggle_side,
        )
        self.previous_button.setAccessibleName(self.tr("Previous position"))
        self.next_button.setAccessibleName(self.tr("Next position"))
        # The arrows may narrow to their symbol, so the Library fits a small window.
        for arrow in (self.previous_button, self.next_button):
            arrow.setMinimumWidth(arrow.fontMetrics().horizontalAdvance(arrow.text()) + 24)

        steps = QHBoxLayout()
        steps.setContentsMargins(0, 0, 0, 0)
        steps.addWidget(self.previous_button)
        steps.addWidget(self.play_button)
        steps.addWidget(self.next_button)
        controls = QVBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addStretch(1)
        controls.addWidget(self.position_label)
        controls.addLayout(steps)
        controls.addWidget(self.side_button)
        controls.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(controls)
        self.view.frame_changed.connect(self._show_position)
        self.show_exercise(None)

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        button.clicked.connect(slot)
        return button

    def show_exercise(self, exercise: Exercise | None) -> None:
        """Show ``exercise``'s still figure, or hide the panel if it has none."""
        figure = exercise.figure if exercise is not None else None
        side = Side.LEFT if exercise is not None and exercise.per_side else None
        self.view.show_still(exercise, side)
        self.setVisible(figure is not None)
        many = figure is not None and len(figure.keyframes) > 1
        for button in (self.previous_button, self.play_button, self.next_button):
            button.setEnabled(many)
        self.side_button.setVisible(side is not None)
        self._show_play_state()
        self._show_side_state()

    def previous_frame(self) -> None:
        """Show the keyframe before the one on show."""
        self.view.show_frame(self.view.frame - 1)
        self._show_play_state()

    def next_frame(self) -> None:
        """Show the keyframe after the one on show."""
        self.view.show_frame(self.view.frame + 1)
        self._show_play_state()

    def toggle_play(self) -> None:
        """Start or stop the keyframe loop."""
        self.view.play_keyframes(not self.view.previewing)
        self._show_play_state()

    def toggle_side(self) -> None:
        """Show the figure working the other side."""
        side = self.view.side or Side.LEFT
        self.view.set_side(side.other)
        self._show_side_state()

    def _show_position(self, frame: int, count: int) -> None:
        self.position_label.setText(
            self.tr("Position {number} of {count}").format(number=frame + 1, count=count)
        )

    def _show_play_state(self) -> None:
        playing = self.view.previewing
        text = self.tr("Stop") if playing else self.tr("Play")
        self.play_button.setText(text)
        self.play_button.setAccessibleName(
            self.tr("Stop the loop") if playing else self.tr("Play every position")
        )

    def _show_side_state(self) -> None:
        if self.view.side is Side.RIGHT:
            text = self.tr("Show left side")
        else:
            text = self.tr("Show right side")
        self.side_button.setText(text)
        self.side_button.setAccessibleName(text)
