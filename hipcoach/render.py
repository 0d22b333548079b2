"""``hipcoach render``: exercise figures drawn to PNG files without a display."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hipcoach.core.library import Library
from hipcoach.core.plan import Side
from hipcoach.core.poses import Pose

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication, QImage

#: Contact sheet layout: picture size and the room under each picture for its name.
SHEET_CELL = 220
SHEET_LABEL = 34
SHEET_NAME_WIDTH = 230


def _application() -> QGuiApplication:
    """Return the running Qt application, or start one on the offscreen platform."""
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(["hipcoach"])


def render_exercise(
    library: Library,
    exercise_id: str,
    out: Path,
    *,
    side: str | None,
    frame: int | None,
    size: int,
    dark: bool,
) -> int:
    """Draw one keyframe (numbered from 1; default the still one) to ``out``; return a status."""
    try:
        exercise = library.exercise(exercise_id)
    except KeyError:
        known = ", ".join(e.id for e in library.exercises)
        print(f"hipcoach: no exercise '{exercise_id}' (known: {known})", file=sys.stderr)
        return 2
    figure = exercise.figure
    if figure is None:
        print(f"hipcoach: exercise '{exercise_id}' has no figure", file=sys.stderr)
        return 1
    count = len(figure.keyframes)
    if frame is not None and not 1 <= frame <= count:
        names = ", ".join(f"{n} ({pose.name})" for n, pose in enumerate(figure.keyframes, 1))
        print(
            f"hipcoach: '{exercise_id}' has no frame {frame}; its frames are {names}",
            file=sys.stderr,
        )
        return 2
    chosen = Side(side) if side else None
    if chosen is not None and not exercise.per_side:
        print(f"hipcoach: '{exercise_id}' is not done per side; leave out --side", file=sys.stderr)
        return 2
    if size < 16 or size > 4096:
        print(f"hipcoach: --size must be 16 to 4096 pixels, not {size}", file=sys.stderr)
        return 2
    from hipcoach.ui.figure_painter import render_figure  # noqa: PLC0415

    _application()
    pose = figure.keyframes[frame - 1] if frame is not None else figure.still
    image = render_figure(figure, pose, chosen, size, dark=dark)
    return _save(image, out)


def _save(image: QImage, out: Path) -> int:
    """Write ``image`` to ``out`` as PNG; return the exit status."""
    from PySide6.QtCore import QByteArray  # noqa: PLC0415
    from PySide6.QtGui import QImageWriter  # noqa: PLC0415

    writer = QImageWriter(str(out), QByteArray(b"png"))
    if not writer.write(image):
        print(f"hipcoach: cannot write {out}: {writer.errorString()}", file=sys.stderr)
        return 1
    print(out)
    return 0


def render_contact_sheet(library: Library, out: Path, *, dark: bool = False) -> int:
    """Draw every exercise's keyframes in a grid, a row per exercise, to ``out``."""
    from PySide6.QtCore import QRectF, Qt  # noqa: PLC0415
    from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: PLC0415

    from hipcoach.ui.figure_painter import FigureColours, paint_figure  # noqa: PLC0415

    _application()
    rows = [exercise for exercise in library.exercises if exercise.figure is not None]
    if not rows:
        print("hipcoach: no exercise has a figure", file=sys.stderr)
        return 1
    columns = max(len(e.figure.keyframes) for e in rows if e.figure) + 1
    height = SHEET_CELL + SHEET_LABEL
    width = SHEET_NAME_WIDTH + (columns) * SHEET_CELL
    image = QImage(width, height * len(rows), QImage.Format.Format_ARGB32_Premultiplied)
    colours = FigureColours.dark() if dark else FigureColours.light()
    image.fill(QColor("#202428") if dark else QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        text = QColor("#e8e8e8") if dark else QColor("#202020")
        font = QFont()
        font.setPixelSize(15)
        painter.setFont(font)
        for row, exercise in enumerate(rows):
            figure = exercise.figure
            assert figure is not None
            top = row * height
            painter.setPen(text)
            painter.drawText(
                QRectF(8, top, SHEET_NAME_WIDTH - 16, height),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                f"{exercise.name}\n{exercise.id}",
            )
            cells: list[tuple[Pose, Side | None, str]] = [
                (pose, None, f"{number}. {pose.name}")
                for number, pose in enumerate(figure.keyframes, start=1)
            ]
            if exercise.per_side:
                still = figure.still_index + 1
                cells.append((figure.still, Side.RIGHT, f"{still}. {figure.still.name}, right"))
            for column, (pose, side, label) in enumerate(cells):
                left = SHEET_NAME_WIDTH + column * SHEET_CELL
                area = QRectF(left + 6, top + 6, SHEET_CELL - 12, SHEET_CELL - 12)
                paint_figure(painter, area, figure, pose, side or Side.LEFT, colours)
                painter.setPen(text)
                painter.drawText(
                    QRectF(left, top + SHEET_CELL - 4, SHEET_CELL, SHEET_LABEL),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    label,
                )
    finally:
        painter.end()
    return _save(image, out)
