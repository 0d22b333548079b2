"""The figure editor's drawing: one keyframe, with a handle on each joint to drag.

Each joint's handle sits on the body point the joint swings
(``figure_draft.HANDLES``): the knee's handle is the ankle, the hip's the
knee. Pressing on a handle chooses that joint; dragging it reports where the
mouse is in the figure's units, and the editor turns the joint towards it.
While a drag lasts the scale stays as it was when it began, so the picture
does not shrink or grow under the mouse.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hipcoach.core.figure_draft import HANDLES
from hipcoach.core.poses import Figure, Pose
from hipcoach.ui.figure_painter import FigureColours, figure_points, paint_figure, scene_point

#: The radius of a handle as drawn, in pixels.
HANDLE_RADIUS = 6.0
#: How far from a handle (pixels) a press still takes it.
HANDLE_REACH = 14.0


class FigureCanvas(QWidget):
    """Draws one pose of a figure with its joint handles; reports presses and drags.

    ``joint_chosen(joint)`` when a handle is pressed; ``dragged(joint, x, y)``
    with the mouse in figure units while it is dragged; ``drag_finished()``
    when it is let go. The canvas takes no keyboard focus: the angle boxes
    beside it do the same by keyboard.
    """

    joint_chosen = Signal(str)
    dragged = Signal(str, float, float)
    drag_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: Figure | None = None
        self._pose: Pose | None = None
        self._selected: str | None = None
        self._dragging: str | None = None
        self._frozen: Figure | None = None
        self._colours = FigureColours.for_palette(self.palette())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 280)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(460, 420)

    @property
    def selected(self) -> str | None:
        """Return the joint whose handle is marked, if any."""
        return self._selected

    @property
    def dragging(self) -> str | None:
        """Return the joint being dragged, if a drag is on."""
        return self._dragging

    def show_pose(self, figure: Figure, pose: Pose) -> None:
        """Draw ``pose`` (one of ``figure``'s keyframes, placed) with ``figure``'s props."""
        self._figure = figure
        self._pose = pose
        self.update()

    def select(self, joint: str | None) -> None:
        """Mark the handle of ``joint`` (``None``: none)."""
        if joint != self._selected:
            self._selected = joint
            self.update()

    def _scene(self) -> Figure | None:
        """Return the figure whose extent sets the scale (the one a drag began with)."""
        return self._frozen if self._frozen is not None else self._figure

    def handle_points(self) -> dict[str, QPointF]:
        """Return where each joint's handle is drawn, in pixels."""
        scene, pose = self._scene(), self._pose
        if scene is None or pose is None:
            return {}
        points = figure_points(scene, pose, None, QRectF(self.rect()))
        return {joint: points[handle] for joint, (_pivot, handle) in HANDLES.items()}

    def joint_at(self, position: QPointF) -> str | None:
        """Return the joint whose handle is nearest ``position`` within reach, if any."""
        best: tuple[float, str] | None = None
        for joint, point in self.handle_points().items():
            distance = math.hypot(point.x() - position.x(), point.y() - position.y())
            if distance <= HANDLE_REACH and (best is None or distance < best[0]):
                best = (distance, joint)
        return best[1] if best else None

    # -- Qt events -------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        joint = self.joint_at(event.position())
        if joint is None:
            return
        self._frozen = self._figure
        self._dragging = joint
        self.select(joint)
        self.joint_chosen.emit(joint)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        scene = self._scene()
        if self._dragging is None or scene is None:
            over = self.joint_at(event.position()) is not None
            self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)
            return
        x, y = scene_point(scene, None, QRectF(self.rect()), event.position())
        self.dragged.emit(self._dragging, x, y)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging is None:
            super().mouseReleaseEvent(event)
            return
        self._dragging = None
        self._frozen = None
        self.update()
        self.drag_finished.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        del event
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()))
            scene, pose = self._scene(), self._pose
            if scene is None or pose is None:
                return
            paint_figure(painter, QRectF(self.rect()), scene, pose, None, self._colours)
            self._paint_handles(painter)
        finally:
            painter.end()

    def _paint_handles(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        highlight = self.palette().color(self.palette().ColorRole.Highlight)
        edge = self.palette().color(self.palette().ColorRole.Base)
        for joint, point in self.handle_points().items():
            chosen = joint == self._selected
            fill = (
                highlight
                if chosen
                else QColor(highlight.red(), highlight.green(), highlight.blue(), 90)
            )
            painter.setPen(QPen(edge if not chosen else self._colours.body, 1.5))
            painter.setBrush(fill)
            radius = HANDLE_RADIUS * (1.4 if chosen else 1.0)
            painter.drawEllipse(point, radius, radius)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._colours = FigureColours.for_palette(self.palette())
            self.update()
        super().changeEvent(event)
