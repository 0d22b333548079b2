"""Today's sitting at a glance: the figures in large type, and a bar of the day below them.

The bar spans the day's working hours (widened to any sitting outside
them): each span of sitting is a block, the sit in progress grows to the
"now" line, and breaks are marks above the bar (done ✓, skipped ✕, due !).
The figures are labels named by what they show, their captions as their
descriptions; the widget and the bar say all of it in words as their
accessible descriptions. Colours follow the palette, light
or dark.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from hipcoach.core.sitting_day import MarkKind, SittingDay
from hipcoach.ui.accessible import name_by_content, show_text
from hipcoach.ui.flow_layout import FlowLayout
from hipcoach.ui.text import sized
from hipcoach.ui.translate import format_time, translate

#: Point sizes: the figures are read from across a desk.
FIGURE_POINTS = 22
CAPTION_POINTS = 11
#: Mark colours on a light and on a dark background, by what became of the break.
_MARK_COLOURS = {
    MarkKind.DONE: ("#1e7b45", "#6fdc98"),
    MarkKind.SKIPPED: ("#a35a00", "#ffb95c"),
    MarkKind.DUE: ("#b3261e", "#ff8a80"),
}


def duration_text(length: timedelta) -> str:
    """Return ``2 h 05 min``, ``45 min`` or ``0 min`` (whole minutes, rounded down)."""
    minutes = max(0, int(length.total_seconds() // 60))
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return translate("DayTimeline", "{minutes} min").format(minutes=rest)
    return translate("DayTimeline", "{hours} h {minutes:02d} min").format(hours=hours, minutes=rest)


def duration_words(length: timedelta) -> str:
    """Return the length in words for a screen reader: ``2 hours 5 minutes``."""
    minutes = max(0, int(length.total_seconds() // 60))
    hours, rest = divmod(minutes, 60)
    said = (
        translate("DayTimeline", "1 minute")
        if rest == 1
        else translate("DayTimeline", "%n minutes", "", rest)
    )
    if hours == 0:
        return said
    hours_said = (
        translate("DayTimeline", "1 hour")
        if hours == 1
        else translate("DayTimeline", "%n hours", "", hours)
    )
    return f"{hours_said} {said}" if rest else hours_said


def summary_words(day: SittingDay) -> str:
    """Return the day's figures as one sentence."""
    return translate(
        "DayTimeline",
        "Today you sat {sat}; your longest sit without getting up was {longest}. "
        "Breaks: {done} done, {skipped} skipped, {due} due and not taken.",
    ).format(
        sat=duration_words(day.sat),
        longest=duration_words(day.longest),
        done=day.done,
        skipped=day.skipped,
        due=day.due,
    )


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


#: Where on the bar a moment lies (its x coordinate).
Place = Callable[[datetime], float]


class _Bar(QWidget):
    """The painted bar of the day; it shows the ``SittingDay`` it is given."""

    HEIGHT = 92

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: SittingDay | None = None
        self.setMinimumHeight(self.HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, self.HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        day = self.day
        area = QRectF(self.rect()).adjusted(8, 4, -8, -4)
        if area.width() < 40 or area.height() < 40:
            return
        bar = QRectF(area.left(), area.top() + 30, area.width(), 26)
        if day is None or day.start is None or day.end is None:
            painter.setPen(text)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._empty_text(day))
            return
        start, end = _utc(day.start), _utc(day.end)
        width = (end - start).total_seconds()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128

        def x(moment: datetime) -> float:
            share = (_utc(moment) - start).total_seconds() / width
            return bar.left() + bar.width() * min(1.0, max(0.0, share))

        # The whole frame, the working hours in it, then the sits.
        outside = QColor(palette.color(QPalette.ColorRole.Mid))
        outside.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(outside)
        painter.drawRoundedRect(bar, 6, 6)
        hours = QColor(palette.color(QPalette.ColorRole.Mid))
        hours.setAlpha(150)
        painter.setBrush(hours)
        for begin, finish in day.hours:
            painter.drawRect(QRectF(x(begin), bar.top(), x(finish) - x(begin), bar.height()))
        sitting = palette.color(QPalette.ColorRole.Highlight)
        for begin, finish in day.sits:
            left, right = x(begin), x(finish)
            block = QRectF(left, bar.top() + 3, max(2.0, right - left), bar.height() - 6)
            if day.current == (begin, finish):
                growing = QColor(sitting)
                growing.setAlpha(150)
                painter.setBrush(growing)
                painter.drawRect(block)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(sitting, 2, Qt.PenStyle.DashLine))
                painter.drawRect(block.adjusted(1, 1, -1, -1))
                painter.setPen(Qt.PenStyle.NoPen)
            else:
                painter.setBrush(sitting)
                painter.drawRect(block)
        self._paint_now(painter, x(day.now), bar, text)
        self._paint_marks(painter, day, x, bar, dark)
        self._paint_hours(painter, day, x, bar, text)

    def _empty_text(self, day: SittingDay | None) -> str:
        if day is None:
            return translate("DayTimeline", "Today's sitting is not known yet")
        return translate("DayTimeline", "No working hours and no sitting today")

    def _paint_now(self, painter: QPainter, left: float, bar: QRectF, text: QColor) -> None:
        painter.setPen(QPen(text, 2))
        painter.drawLine(QPointF(left, bar.top() - 6), QPointF(left, bar.bottom() + 6))
        painter.setPen(Qt.PenStyle.NoPen)

    def _paint_marks(
        self, painter: QPainter, day: SittingDay, x: Place, bar: QRectF, dark: bool
    ) -> None:
        size = 18.0
        for mark in day.marks:
            colour = QColor(_MARK_COLOURS[mark.kind][1 if dark else 0])
            centre = QPointF(x(mark.at), bar.top() - size / 2 - 4)
            box = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(box)
            inner = QColor("#000000" if dark else "#ffffff")
            painter.setPen(QPen(inner, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            glyph = QPainterPath()
            c, r = centre, size * 0.24
            match mark.kind:
                case MarkKind.DONE:
                    glyph.moveTo(c.x() - r, c.y())
                    glyph.lineTo(c.x() - r * 0.2, c.y() + r * 0.8)
                    glyph.lineTo(c.x() + r * 1.1, c.y() - r * 0.8)
                case MarkKind.SKIPPED:
                    glyph.moveTo(c.x() - r, c.y() - r)
                    glyph.lineTo(c.x() + r, c.y() + r)
                    glyph.moveTo(c.x() + r, c.y() - r)
                    glyph.lineTo(c.x() - r, c.y() + r)
                case MarkKind.DUE:
                    glyph.moveTo(c.x(), c.y() - r * 1.2)
                    glyph.lineTo(c.x(), c.y() + r * 0.3)
                    glyph.moveTo(c.x(), c.y() + r * 1.05)
                    glyph.lineTo(c.x(), c.y() + r * 1.1)
            painter.drawPath(glyph)
        painter.setPen(Qt.PenStyle.NoPen)

    def _paint_hours(
        self, painter: QPainter, day: SittingDay, x: Place, bar: QRectF, text: QColor
    ) -> None:
        """Write the clock times under the bar, every hour or fewer if they would crowd."""
        assert day.start is not None
        assert day.end is not None
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        painter.setFont(font)
        painter.setPen(text)
        first = day.start.replace(minute=0, second=0, microsecond=0)
        if first < day.start:
            first += timedelta(hours=1)
        label_width = painter.fontMetrics().horizontalAdvance(format_time(first)) + 12
        hours = max(1.0, (_utc(day.end) - _utc(day.start)).total_seconds() / 3600)
        step = 1
        while bar.width() / hours * step < label_width and step < 24:
            step += 1
        moment = first
        while _utc(moment) <= _utc(day.end):
            left = x(moment)
            painter.drawLine(QPointF(left, bar.bottom()), QPointF(left, bar.bottom() + 4))
            centre = min(max(left, label_width / 2), self.width() - label_width / 2)
            box = QRectF(centre - label_width / 2, bar.bottom() + 5, label_width, 18)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, format_time(moment))
            moment = (_utc(moment) + timedelta(hours=step)).astimezone(day.start.tzinfo)


class DayTimeline(QWidget):
    """Today's figures (time sat, longest sit, breaks done, skipped, due) above the day's bar.

    ``show_day`` shows a ``SittingDay`` (``hipcoach.core.sitting_day``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: SittingDay | None = None
        figures = QWidget(self)
        flow = FlowLayout(figures, spacing=24)
        self.values: dict[str, QLabel] = {}
        captions = (
            ("sat", translate("DayTimeline", "sat today")),
            ("longest", translate("DayTimeline", "longest sit")),
            ("done", translate("DayTimeline", "breaks done")),
            ("skipped", translate("DayTimeline", "skipped")),
            ("due", translate("DayTimeline", "due, not taken")),
        )
        for key, caption in captions:
            block = QWidget(figures)
            column = QVBoxLayout(block)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            value = name_by_content(QLabel("–"), caption)
            sized(value, FIGURE_POINTS, bold=True)
            words = QLabel(caption)
            sized(words, CAPTION_POINTS)
            column.addWidget(value)
            column.addWidget(words)
            flow.addWidget(block)
            self.values[key] = value
        self.bar = _Bar(self)
        self.bar.setAccessibleName(translate("DayTimeline", "Today's sitting timeline"))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        show_text(
            self.legend,
            translate(
                "DayTimeline", "Blocks: time sat (dashed: sitting now) · ✓ done · ✕ skipped · ! due"
            ),
            spoken=translate(
                "DayTimeline",
                "Blocks show the time sat, dashed while sitting now; marks show breaks done, "
                "skipped, or due and not taken",
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Room to spare goes to the figures and the legend alike, never to the bar.
        layout.addWidget(figures, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.legend, 1)
        self.setAccessibleName(translate("DayTimeline", "Today's sitting"))

    def show_day(self, day: SittingDay) -> None:
        """Show ``day``'s figures and bar."""
        self.day = day
        self.bar.day = day
        shown = {
            "sat": duration_text(day.sat),
            "longest": duration_text(day.longest),
            "done": str(day.done),
            "skipped": str(day.skipped),
            "due": str(day.due),
        }
        for key, text in shown.items():
            self.values[key].setText(text)
        summary = summary_words(day)
        self.setAccessibleDescription(summary)
        self.bar.setAccessibleDescription(f"{summary} {self._sits_words(day)}".strip())
        self.setToolTip(summary)
        self.bar.update()

    @staticmethod
    def _sits_words(day: SittingDay) -> str:
        """Return when the user sat, in words: ``Sitting 09:00 to 10:02, 10:06 until now.``"""
        if not day.sits:
            return ""
        parts = [
            translate("DayTimeline", "{start} until now").format(start=format_time(begin))
            if day.current == (begin, finish)
            else translate("DayTimeline", "{start} to {end}").format(
                start=format_time(begin), end=format_time(finish)
            )
            for begin, finish in day.sits
        ]
        return translate("DayTimeline", "Sitting {spans}.").format(spans=", ".join(parts))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Repaint in the new colours when the palette changes (dark mode)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.bar.update()
