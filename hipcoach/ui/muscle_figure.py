"""A still drawing of one muscle: the figure of an exercise in one pose, the muscle tinted.

It is drawn with the exercise figures' painter (``hipcoach.ui.figure_painter``),
closer up than an exercise figure: the view is centred between the hip and
the knee and shows about ``VIEW_UNITS`` of the body's height, so the muscle
is large enough to see. Only the muscle stands out: the limbs an exercise
marks as working are drawn in the body's colours here.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from hipcoach.core.learn import MuscleDrawing
from hipcoach.core.poses import THIGH, Figure
from hipcoach.core.reference import Muscle
from hipcoach.ui.figure_painter import FigureColours, figure_points, paint_figure

LOWEST, HIGHEST = 140, 260
"""The drawing's height is kept between these (pixels) ..."""
HEIGHT_FOR_WIDTH = 0.45
"""... and is this share of its width in between."""
VIEW_UNITS = 1.5
"""How much of the body's height (body units; a person is about 1.75) the view shows."""
FLOOR_MARGIN = 8
"""Pixels kept under the floor line when the close-up moves down to show more of the body."""


def muscle_colours(colours: FigureColours) -> FigureColours:
    """Return ``colours`` with working limbs in the body's colours (only muscles stand out)."""
    return replace(colours, working=colours.body, working_far=colours.far)


class MuscleFigure(QWidget):
    """Draws ``MuscleDrawing``s; named by the muscle, described by what it shows.

    ``show_drawing(muscle, None)`` leaves the area empty and says there is no
    drawing. The widget takes no keyboard focus: it shows, it does nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drawing: MuscleDrawing | None = None
        self._muscle: Muscle | None = None
        self._colours = muscle_colours(FigureColours.for_palette(self.palette()))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(120, LOWEST)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._describe()

    @property
    def drawing(self) -> MuscleDrawing | None:
        """Return what is drawn (``None``: nothing)."""
        return self._drawing

    def show_drawing(self, muscle: Muscle, drawing: MuscleDrawing | None) -> None:
        """Draw ``drawing`` of ``muscle`` (nothing when ``None``)."""
        self._muscle, self._drawing = muscle, drawing
        self._describe()
        self.updateGeometry()
        self.update()

    def description(self) -> str:
        """Return what the drawing shows, in words (its accessible description)."""
        if self._muscle is None:
            return ""
        if self._drawing is None:
            return self.tr("No drawing for {muscle}").format(muscle=self._muscle.name)
        return self.tr("{muscle}, tinted, on a figure in the pose of: {exercise}").format(
            muscle=self._muscle.name, exercise=self._drawing.exercise.name
        )

    def _describe(self) -> None:
        if self._muscle is None:
            self.setAccessibleName(self.tr("Drawing"))
        else:
            self.setAccessibleName(self.tr("Drawing: {muscle}").format(muscle=self._muscle.name))
        self.setAccessibleDescription(self.description())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(300, self.heightForWidth(300))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """Return ``HEIGHT_FOR_WIDTH`` of ``width``, within ``LOWEST``–``HIGHEST``."""
        return round(min(HIGHEST, max(LOWEST, width * HEIGHT_FOR_WIDTH)))

    def close_up(self, figure: Figure, area: QRectF) -> QTransform:
        """Return the transform that brings the thigh of ``figure`` (fitted to ``area``) close.

        The middle of the thigh the muscle is drawn on goes to the middle of
        ``area``, magnified until about ``VIEW_UNITS`` of the body fill its
        height (never shrunk below the fitted size); the picture then moves
        down as far as it can while the floor stays in view.
        """
        leg = "far" if "leg_far" in figure.working and "leg_near" not in figure.working else "near"
        pose = figure.still
        points = figure_points(figure, pose, None, area)
        hip, knee = points["pelvis"], points[f"knee_{leg}"]
        fitted = math.hypot(knee.x() - hip.x(), knee.y() - hip.y()) / THIGH  # pixels per unit
        zoom = max(1.0, area.height() / VIEW_UNITS / max(fitted, 1e-6))
        focus = QPointF((hip.x() + knee.x()) / 2, (hip.y() + knee.y()) / 2)
        floor = hip.y() + pose.y * fitted  # the floor line, fitted to the area
        below = area.bottom() - FLOOR_MARGIN - (area.center().y() + (floor - focus.y()) * zoom)
        return (
            QTransform()
            .translate(area.center().x(), area.center().y() + max(0.0, below))
            .scale(zoom, zoom)
            .translate(-focus.x(), -focus.y())
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            painter.fillRect(event.rect(), self.palette().color(self.backgroundRole()))
            drawing = self._drawing
            if drawing is not None:
                figure = drawing.figure
                area = QRectF(self.rect())
                painter.setTransform(self.close_up(figure, area))
                paint_figure(painter, area, figure, figure.still, None, self._colours)
        finally:
            painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:
            self._colours = muscle_colours(FigureColours.for_palette(self.palette()))
            self.update()
        super().changeEvent(event)
