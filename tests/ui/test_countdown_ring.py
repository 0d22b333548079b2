"""The countdown ring: its caption stays inside the circle at every size the player gives it."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF
from pytestqt.qtbot import QtBot

from hipcoach.ui.countdown_ring import (
    CAPTION_FLAGS,
    MINIMUM_SIDE,
    CountdownRing,
    caption_layout,
    number_pixels,
    ring_geometry,
)

#: The captions the Session page shows under the number (the paused one is the longest).
CAPTIONS = ("paused — Space to resume", "seconds", "press Done")
#: From the ring's smallest (its minimum size) to a large, maximised window.
SIDES = (MINIMUM_SIDE, 180, 220, 240, 260, 300, 360, 420, 500, 640, 800)


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.usefixtures("qapp")  # fonts need the application
def test_the_caption_lies_inside_the_inner_circle(side: int, caption: str) -> None:
    ring = ring_geometry(side, side)
    assert ring is not None
    place = caption_layout(ring, caption, QFont())
    text = QFontMetricsF(place.font).boundingRect(place.box, CAPTION_FLAGS, caption)
    assert text.width() > 0
    centre, radius = ring.centre, ring.inner_radius
    for corner in (text.topLeft(), text.topRight(), text.bottomLeft(), text.bottomRight()):
        assert _distance(corner, centre) < radius, (side, caption, corner)
    assert place.font.pixelSize() >= 9  # still readable
    assert text.top() > place.number_bottom  # under the number
    # The number above it stays inside the ring too, and big.
    number_font = QFont()
    number_font.setBold(True)
    number_font.setPixelSize(number_pixels(ring, "25", place.number_bottom))
    digits = QFontMetricsF(number_font).tightBoundingRect("25")
    assert place.number_bottom - digits.height() > centre.y() - radius
    assert number_font.pixelSize() >= 0.3 * ring.side


def test_the_widget_draws_the_paused_caption(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(MINIMUM_SIDE, MINIMUM_SIDE)
    ring.set_state("25", "paused — Space to resume", 0.4, paused=True)
    assert not ring.grab().toImage().isNull()
    assert ring.accessibleName() == "25 paused — Space to resume"


def _distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())
