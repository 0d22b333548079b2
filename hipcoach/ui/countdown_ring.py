"""A large countdown: the seconds left inside a ring that fills as the step goes.

Screen readers hear it through its accessible name, which changes only at the
moments ``hipcoach.core.countdown_speech.worth_saying`` picks (a step's start,
every 10 s, halfway, the last 3 s, pause and resume), not every second.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hipcoach.core.countdown_speech import CountdownReading, worth_saying


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
        self.setMinimumSize(220, 220)
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
        side = min(self.width(), self.height()) - 8
        if side <= 0:
            return
        pen_width = max(8.0, side * 0.06)
        rect = QRectF(
            (self.width() - side) / 2 + pen_width / 2,
            (self.height() - side) / 2 + pen_width / 2,
            side - pen_width,
            side - pen_width,
        )
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

        number_font = QFont(self.font())
        number_font.setBold(True)
        length = max(2, len(self._text))
        number_font.setPixelSize(max(24, int(side * (0.42 if length <= 2 else 0.84 / length))))
        painter.setFont(number_font)
        painter.setPen(text_colour)
        number_rect = QRectF(rect)
        number_rect.setBottom(rect.center().y() + side * 0.18)
        painter.drawText(
            number_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self._text
        )
        caption_font = QFont(self.font())
        caption_font.setPixelSize(max(12, int(side * 0.07)))
        painter.setFont(caption_font)
        caption_rect = QRectF(rect)
        caption_rect.setTop(rect.center().y() + side * 0.2)
        painter.drawText(
            caption_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._caption
        )
        painter.end()
