"""The app and tray icons, drawn in code so they stay sharp at every size."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


class IconState(StrEnum):
    """What the tray icon says at a glance."""

    NORMAL = "normal"
    PAUSED = "paused"
    BREAK_DUE = "break-due"


_BACKGROUND = {
    IconState.NORMAL: QColor("#1f7a6d"),
    IconState.PAUSED: QColor("#6b7280"),
    IconState.BREAK_DUE: QColor("#c2410c"),
}


def _draw(size: int, state: IconState) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_BACKGROUND[state])
    painter.drawRoundedRect(QRectF(0, 0, s, s), s * 0.22, s * 0.22)

    # A person in a lunge: head, torso, front leg bent, back leg long behind.
    pen = QPen(QColor("white"), max(1.6, s * 0.1))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    hip = QPointF(s * 0.5, s * 0.56)
    path = QPainterPath(QPointF(s * 0.52, s * 0.3))
    path.lineTo(hip)
    path.lineTo(QPointF(s * 0.7, s * 0.62))
    path.lineTo(QPointF(s * 0.7, s * 0.84))
    path.moveTo(hip)
    path.lineTo(QPointF(s * 0.22, s * 0.84))
    path.moveTo(QPointF(s * 0.52, s * 0.36))
    path.lineTo(QPointF(s * 0.66, s * 0.2))
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(QPointF(s * 0.38, s * 0.2), s * 0.09, s * 0.09)

    if state is IconState.PAUSED:
        painter.setBrush(QColor("#111827"))
        bar = QRectF(s * 0.62, s * 0.02, s * 0.12, s * 0.34)
        painter.drawRoundedRect(bar, s * 0.03, s * 0.03)
        painter.drawRoundedRect(bar.translated(s * 0.2, 0), s * 0.03, s * 0.03)
    elif state is IconState.BREAK_DUE:
        painter.setBrush(QColor("#fde047"))
        painter.setPen(QPen(QColor("#111827"), max(1.0, s * 0.04)))
        painter.drawEllipse(QPointF(s * 0.8, s * 0.2), s * 0.17, s * 0.17)
    painter.end()
    return pixmap


def app_icon(state: IconState = IconState.NORMAL) -> QIcon:
    """Return the icon for ``state`` with a pixmap drawn for every common size."""
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_draw(size, state))
    return icon
