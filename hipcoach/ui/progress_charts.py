"""Charts of the Progress page, drawn with QtCharts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette

from hipcoach.core.reference import Stage
from hipcoach.ui.translate import date_format, format_date, translate

_STAGE_COLOURS = ("#2563eb", "#16a34a", "#d97706", "#9333ea")


@dataclass(frozen=True)
class Reading:
    """One journal entry for the chart: when, pain and stiffness (0–10 or None)."""

    at: datetime
    pain: int | None
    stiffness: int | None


@dataclass(frozen=True)
class WeekBar:
    """Sessions done in a week against the programme's target."""

    week_start: date
    sessions: int
    target: int


def _ms(moment: datetime) -> float:
    return float(moment.timestamp() * 1000)


def _themed(chart: QChart, palette: QPalette) -> None:
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)


def _view(chart: QChart, name: str) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    view.setMinimumHeight(240)
    return view


#: Above this many readings the dots are left out: the line alone reads better.
DOTS_UP_TO = 120
#: Over a longer span than this the lines show weekly averages, not every rating:
#: years of daily ratings drawn one by one are a solid smear.
RAW_DAYS_UP_TO = 182


def _weekly_points(
    ordered: Sequence[Reading], value_of: Callable[[Reading], int | None]
) -> list[QPointF]:
    """Return one point per week that has ratings: at the week's middle, their average."""
    if not ordered:
        return []
    first = ordered[0].at
    weeks: dict[int, list[int]] = {}
    for reading in ordered:
        value = value_of(reading)
        if value is not None:
            weeks.setdefault((reading.at - first).days // 7, []).append(value)
    return [
        QPointF(_ms(first + timedelta(days=week * 7 + 3.5)), sum(values) / len(values))
        for week, values in sorted(weeks.items())
    ]


def pain_chart(
    readings: Sequence[Reading],
    start: date,
    stages: Sequence[Stage],
    until: date,
    palette: QPalette,
    *,
    shown_from: date | None = None,
) -> QChartView:
    """Return a chart of pain and stiffness over time over the timeline's stages.

    ``start`` is the programme start (where the stage bands are counted
    from); the time axis runs from ``shown_from`` (default ``start``) to
    ``until``. Each stage of the recovery timeline is a faint band behind the
    lines, so the user sees what was expected when. Each rating is a point of
    a line series named "Pain" or "Stiffness getting up"; with at most
    ``DOTS_UP_TO`` readings every point is also marked with a dot. When the
    readings span more than ``RAW_DAYS_UP_TO`` days, each point is instead a
    week's average (and the title says so).
    """
    ordered = sorted(readings, key=lambda r: r.at)
    weekly = bool(ordered) and (ordered[-1].at - ordered[0].at).days > RAW_DAYS_UP_TO
    chart = QChart()
    chart.setTitle(
        translate("ProgressCharts", "Pain and stiffness, weekly averages (0 = none, 10 = worst)")
        if weekly
        else translate("ProgressCharts", "Pain and stiffness (0 = none, 10 = worst)")
    )
    _themed(chart, palette)
    tz = readings[0].at.tzinfo if readings else None
    from_day = start if shown_from is None else shown_from
    first = datetime.combine(from_day, time.min, tzinfo=tz)
    last = datetime.combine(max(until, from_day + timedelta(days=7)), time.max, tzinfo=tz)
    x_axis = QDateTimeAxis()
    x_axis.setFormat(date_format(short_month=True, year=(last - first).days > 300))
    x_axis.setTitleText(translate("ProgressCharts", "Date"))
    x_axis.setRange(
        QDateTime.fromMSecsSinceEpoch(int(_ms(first))),
        QDateTime.fromMSecsSinceEpoch(int(_ms(last))),
    )
    y_axis = QValueAxis()
    y_axis.setRange(0, 10)
    y_axis.setTickCount(6)
    y_axis.setLabelFormat("%d")
    y_axis.setTitleText(translate("ProgressCharts", "Rating"))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

    for index, stage in enumerate(stages):
        band_start = datetime.combine(
            start + timedelta(days=stage.from_day - 1), time.min, tzinfo=tz
        )
        band_end = datetime.combine(start + timedelta(days=stage.to_day), time.min, tzinfo=tz)
        if band_start > last:
            break
        if band_end < first:
            continue
        band_start = max(band_start, first)
        upper, lower = QLineSeries(), QLineSeries()
        for moment in (band_start, min(band_end, last)):
            upper.append(_ms(moment), 10)
            lower.append(_ms(moment), 0)
        band = QAreaSeries(upper, lower)
        # The area does not own its boundary lines: without a parent Python
        # frees them when this loop moves on and the chart crashes on drawing.
        upper.setParent(band)
        lower.setParent(band)
        band.setName(stage.label)
        colour = QColor(_STAGE_COLOURS[index % len(_STAGE_COLOURS)])
        colour.setAlphaF(0.12)
        band.setColor(colour)
        band.setBorderColor(Qt.GlobalColor.transparent)
        chart.addSeries(band)
        band.attachAxis(x_axis)
        band.attachAxis(y_axis)

    lines: tuple[tuple[str, Callable[[Reading], int | None], str], ...] = (
        (translate("ProgressCharts", "Pain"), lambda r: r.pain, "#dc2626"),
        (translate("ProgressCharts", "Stiffness getting up"), lambda r: r.stiffness, "#0891b2"),
    )
    with_dots = not weekly and len(ordered) <= DOTS_UP_TO
    for name, value_of, hex_colour in lines:
        line = QLineSeries()
        line.setName(name)
        points = (
            _weekly_points(ordered, value_of)
            if weekly
            else [
                QPointF(_ms(reading.at), value)
                for reading in ordered
                if (value := value_of(reading)) is not None
            ]
        )
        line.replace(points)  # one call: fast even for years of entries
        line.setColor(QColor(hex_colour))
        pen = line.pen()
        pen.setWidthF(2.0)
        line.setPen(pen)
        parts: list[QXYSeries] = [line]
        if with_dots:
            dots = QScatterSeries()
            dots.setName(translate("ProgressCharts", "{name} (each rating)").format(name=name))
            dots.setMarkerSize(7)
            dots.replace(points)
            dots.setColor(QColor(hex_colour))
            dots.setBorderColor(QColor(hex_colour))
            parts.append(dots)
        for series in parts:
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        if with_dots:
            chart.legend().markers(parts[1])[0].setVisible(False)
    return _view(chart, translate("ProgressCharts", "Pain and stiffness chart"))


def adherence_chart(weeks: Sequence[WeekBar], palette: QPalette) -> QChartView:
    """Return a bar chart of sessions per week next to each week's target."""
    chart = QChart()
    chart.setTitle(translate("ProgressCharts", "Sessions per week"))
    _themed(chart, palette)
    done, target = (
        QBarSet(translate("ProgressCharts", "Sessions done")),
        QBarSet(translate("ProgressCharts", "Target")),
    )
    done.setColor(QColor("#16a34a"))
    target.setColor(QColor("#9ca3af"))
    categories = []
    for week in weeks:
        done.append(week.sessions)
        target.append(week.target)
        categories.append(format_date(week.week_start, short_month=True, year=False))
    series = QBarSeries()
    series.append(done)
    series.append(target)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append(categories or ["—"])
    x_axis.setTitleText(translate("ProgressCharts", "Week starting"))
    y_axis = QValueAxis()
    top = max([7, *(w.sessions for w in weeks), *(w.target for w in weeks)])
    top += top % 2  # even, so the ticks fall on whole numbers: 0, 2, 4, 6, 8
    y_axis.setRange(0, top)
    y_axis.setTickCount(top // 2 + 1)
    y_axis.setLabelFormat("%d")
    y_axis.setTitleText(translate("ProgressCharts", "Sessions"))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    return _view(chart, translate("ProgressCharts", "Sessions per week chart"))
