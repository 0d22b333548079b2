"""Text sizes used across pages, so headings look the same everywhere."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

PAGE_TITLE_POINTS = 20


def sized(widget: QWidget, points: int, *, bold: bool = False) -> None:
    """Give ``widget`` a font of ``points`` (bold if asked), keeping its family."""
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)


def label(text: str, points: int, *, bold: bool = False) -> QLabel:
    """Return a label of ``text`` at ``points``."""
    result = QLabel(text)
    sized(result, points, bold=bold)
    return result


def page_title(text: str) -> QLabel:
    """Return the big bold title at the top of a page."""
    return label(text, PAGE_TITLE_POINTS, bold=True)
