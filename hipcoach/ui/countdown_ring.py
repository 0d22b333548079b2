"""A large countdown: the seconds left inside a ring that fills as the step goes.

Screen readers hear it through its accessible name, which changes only at the
moments ``hipcoach.core.countdown_speech.worth_saying`` picks (a step's start,
every 10 s, halfway, the last 3 s, pause and resume), not every second.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hipcoach.core.countdown_speech import CountdownReading, worth_saying

#: The smallest the ring gets (a small window with a caution on show still fits it).
MINIMUM_SIDE = 140
#: How the caption is laid out in its box.
CAPTION_FLAGS = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
#: The smallest caption (in pixels) before it would rather be cut than unreadable.
_SMALLEST_CAPTION_PX = 9
#: Most lines the caption wraps onto.
_CAPTION_LINES = 3
#: Room kept between the caption and the ring's inner edge.
_CAPTION_MARGIN = 3.0


class Ring(NamedTuple):
    """Where the ring of a widget ``width`` × ``height`` is drawn."""

    rect: QRectF  # the pen runs along this square's inscribed circle
    pen_width: float
    side: float

    @property
    def centre(self) -> QPointF:
        return self.rect.center()

    @property
    def inner_radius(self) -> float:
        """The radius of the free circle inside the pen."""
        return (self.rect.width() - self.pen_width) / 2


def ring_geometry(width: int, height: int) -> Ring | None:
    """Return where the ring goes in a widget of that size (``None`` if there is no room)."""
    side = min(width, height) - 8
    if side <= 0:
        return None
    pen_width = max(8.0, side * 0.06)
    rect = QRectF(
        (width - side) / 2 + pen_width / 2,
        (height - side) / 2 + pen_width / 2,
        side - pen_width,
        side - pen_width,
    )
    return Ring(rect, pen_width, side)


class CaptionPlace(NamedTuple):
    """Where the caption goes: its font and box, and the line the number stands on above it."""

    font: QFont
    box: QRectF
    number_bottom: float


#: Where the caption may start, below the ring's centre, as a share of the ring's side:
#: just under a full-size number first; higher (with a smaller number) in a small ring.
_CAPTION_TOPS = (0.2, 0.12, 0.04)
#: The gap between the number and the caption, as a share of the ring's side.
_NUMBER_GAP = 0.02


def caption_layout(ring: Ring, text: str, base: QFont) -> CaptionPlace:
    """Return where ``text`` goes under the number, inside the ring's free circle.

    The caption wraps onto up to three lines; its font shrinks from its
    natural size until the wrapped text fits a box whose corners all lie
    inside the circle. In a ring too small for that, the caption moves up
    (and the number above it gets smaller) until it fits.
    """
    tops = [ring.centre.y() + ring.side * share for share in _CAPTION_TOPS]
    for top in tops[:-1]:
        place, fits = _fit_caption(ring, text, base, top)
        if fits:
            return place
    return _fit_caption(ring, text, base, tops[-1])[0]


def _fit_caption(ring: Ring, text: str, base: QFont, top: float) -> tuple[CaptionPlace, bool]:
    centre, radius = ring.centre, ring.inner_radius - _CAPTION_MARGIN
    font = QFont(base)
    largest = max(12, int(ring.side * 0.07))
    box = QRectF(centre.x(), top, 0, 0)
    number_bottom = top - ring.side * _NUMBER_GAP
    for pixels in range(largest, _SMALLEST_CAPTION_PX - 1, -1):
        font.setPixelSize(pixels)
        metrics = QFontMetricsF(font)
        for lines in range(1, _CAPTION_LINES + 1):
            bottom = top + lines * metrics.lineSpacing()
            below = bottom - centre.y()
            if below >= radius:
                break
            half = math.sqrt(radius * radius - below * below)
            box = QRectF(centre.x() - half, top, 2 * half, bottom - top)
            needed = metrics.boundingRect(box, CAPTION_FLAGS, text)
            if needed.width() <= box.width() and needed.height() <= box.height():
                return CaptionPlace(font, box, number_bottom), True
    return CaptionPlace(font, box, number_bottom), False


def number_pixels(ring: Ring, text: str, number_bottom: float) -> int:
    """Return the pixel size of the number ``text``, standing on ``number_bottom``."""
    length = max(2, len(text))
    natural = ring.side * (0.42 if length <= 2 else 0.84 / length)
    # Above a raised caption there is less room: the number stays inside the ring.
    room = number_bottom - (ring.centre.y() - ring.inner_radius * 0.75)
    return max(24, int(min(natural, room)))


class CountdownRing(QWidget):
    """Shows ``text`` (the seconds left) big enough to read across a room.

    ``set_state`` changes what is drawn; the widget repaints only then. Its
    accessible name is the countdown in words (see the module description);
    its description says it is the countdown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._caption = ""
        self._progress = 0.0
        self._paused = False
        self._said: CountdownReading | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(MINIMUM_SIDE, MINIMUM_SIDE)
        self.setAccessibleDescription(self.tr("Countdown"))

    @property
    def text(self) -> str:
        """Return the big text on show."""
        return self._text

    @property
    def caption(self) -> str:
        """Return the small text under the number."""
        return self._caption

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 360)

    def set_state(
        self, text: str, caption: str, progress: float, *, paused: bool, spoken: str | None = None
    ) -> None:
        """Show ``text`` over ``caption`` with the ring ``progress`` (0–1) filled.

        ``spoken`` is the same in words for a screen reader ("12 seconds
        left"); by default the text and caption are said as they are.
        """
        progress = max(0.0, min(1.0, progress))
        self._say(text, caption, progress, paused, spoken)
        if (text, caption, progress, paused) == (
            self._text,
            self._caption,
            self._progress,
            self._paused,
        ):
            return
        self._text, self._caption, self._progress, self._paused = text, caption, progress, paused
        self.update()

    def _say(
        self, text: str, caption: str, progress: float, paused: bool, spoken: str | None
    ) -> None:
        seconds = int(text) if text.isdigit() else None
        reading = CountdownReading(seconds, caption, progress, paused)
        if worth_saying(self._said, reading):
            self._said = reading
            self.setAccessibleName(spoken or " ".join(part for part in (text, caption) if part))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        ring = ring_geometry(self.width(), self.height())
        if ring is None:
            return
        rect, pen_width, _side = ring
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        track = QColor(text_colour)
        track.setAlphaF(0.15)
        accent = palette.color(QPalette.ColorRole.Highlight)
        if self._paused:
            accent = palette.color(QPalette.ColorRole.PlaceholderText)

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(track, pen_width))
        painter.drawEllipse(rect)
        if self._progress > 0:
            pen = QPen(accent, pen_width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawArc(rect, 90 * 16, -round(self._progress * 360 * 16))

        caption = caption_layout(ring, self._caption, self.font())
        number_font = QFont(self.font())
        number_font.setBold(True)
        number_font.setPixelSize(number_pixels(ring, self._text, caption.number_bottom))
        painter.setFont(number_font)
        painter.setPen(text_colour)
        number_rect = QRectF(rect)
        number_rect.setBottom(caption.number_bottom)
        painter.drawText(
            number_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self._text
        )
        painter.setFont(caption.font)
        painter.drawText(caption.box, CAPTION_FLAGS, self._caption)
        painter.end()
