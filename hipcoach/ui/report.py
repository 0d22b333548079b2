"""A PDF report of the user's progress, to take to a physiotherapist.

The report is written with Qt's own PDF writer from one HTML document, so
pages break by themselves. Nothing leaves the machine: the file goes where
the user chose, and only there.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from hipcoach.core.adherence import COMPLETE_SHARE
from hipcoach.core.history import HistoryStore, PainEntry, RedFlagCheckIn
from hipcoach.core.programme import (
    WEEK_DAYS,
    ProgrammePhase,
    WeekAdherence,
    phase_of,
    programme_day,
    timeline_position,
    weekly_adherence,
)
from hipcoach.core.reference import Reference
from hipcoach.ui.progress_charts import Reading, pain_chart
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, format_date, format_time, translate

#: The report's title (English; the report shows it translated).
REPORT_TITLE = QT_TRANSLATE_NOOP("Report", "hipcoach — progress report")
#: The chart's layout size in pixels; it fills the text width (about 15 cm) of
#: the page, drawn at ``CHART_SCALE`` times that many pixels so it prints sharply.
CHART_SIZE = QSize(560, 270)
CHART_SCALE = 3
CHART_URL = "hipcoach://pain-chart.png"

_MOMENTS = {
    "before": QT_TRANSLATE_NOOP("Report", "before session"),
    "after": QT_TRANSLATE_NOOP("Report", "after session"),
    "quick": QT_TRANSLATE_NOOP("Report", "quick check"),
}
_TRIGGERS = {
    "first-session": QT_TRANSLATE_NOOP("Report", "before the first session"),
    "fortnightly": QT_TRANSLATE_NOOP("Report", "fortnightly check"),
    "sharp-pain": QT_TRANSLATE_NOOP("Report", "after sharp pain"),
    "manual": QT_TRANSLATE_NOOP("Report", "asked by the user"),
}
_PHASES = {
    ProgrammePhase.BEFORE_START: QT_TRANSLATE_NOOP("Report", "not started"),
    ProgrammePhase.DAILY: QT_TRANSLATE_NOOP(
        "Report", "daily phase (a session every day, weeks 1–2)"
    ),
    ProgrammePhase.MAINTENANCE: QT_TRANSLATE_NOOP("Report", "maintenance (3–4 sessions a week)"),
}
_STYLE = """
body { font-family: sans-serif; font-size: 10pt; color: #111827; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 22px; margin-bottom: 6px; color: #1f2937; }
p.meta { color: #4b5563; margin-top: 0; }
p.note { color: #4b5563; font-size: 9pt; }
table { border-collapse: collapse; }
th { background-color: #e5e7eb; text-align: left; }
td.num { text-align: right; }
td.short { color: #b91c1c; font-weight: bold; }
"""


def _day(value: date) -> str:
    return format_date(value, short_month=True)


def _midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=tz)


def _rating(value: int | None) -> str:
    return "—" if value is None else str(value)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: set[int]) -> str:
    head = "".join(f"<th>{escape(text)}</th>" for text in headers)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="num">{cell}</td>' if index in numeric else f"<td>{cell}</td>"
            for index, cell in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return (
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _programme_html(reference: Reference, start: date | None, until: date) -> str:
    if start is None:
        none_yet = translate(
            "Report", "No session has been recorded yet, so the programme has not started."
        )
        return f"<p>{escape(none_yet)}</p>"
    number = programme_day(start, until)
    position = timeline_position(reference, start, until)
    stage = (
        position.stage.label
        if position.stage is not None
        else translate("Report", "past the 12-week timeline")
    )
    if number < 1:
        stage = translate("Report", "not started")
    rows = [
        (translate("Report", "Started"), _day(start)),
        (
            translate("Report", "Programme day on {day}").format(day=_day(until)),
            str(max(number, 0)),
        ),
        (
            translate("Report", "Phase"),
            escape(translate("Report", _PHASES[phase_of(start, until)])),
        ),
        (translate("Report", "Timeline stage on {day}").format(day=_day(until)), escape(stage)),
    ]
    cells = "".join(f"<tr><th>{escape(name)}</th><td>{value}</td></tr>" for name, value in rows)
    return f'<table border="1" cellspacing="0" cellpadding="4">{cells}</table>'


def _adherence_html(weeks: Sequence[WeekAdherence], until: date) -> str:
    if not weeks:
        return (
            "<p>" + escape(translate("Report", "No programme weeks fall in this period.")) + "</p>"
        )
    rows = []
    for week in weeks:
        last = min(week.week_start + timedelta(days=WEEK_DAYS - 1), until)
        short = week.finished and week.sessions < week.target
        sessions = f"{week.sessions}" if not short else f"<b>{week.sessions}</b>"
        if not week.finished:
            status = translate("Report", "in progress")
        else:
            status = (
                translate("Report", "below target")
                if short
                else translate("Report", "target reached")
            )
        rows.append(
            (
                f"{_day(week.week_start)} – {_day(last)}",
                sessions,
                str(week.target),
                status,
            )
        )
    headers = (
        translate("Report", "Programme week"),
        translate("Report", "Session days"),
        translate("Report", "Target"),
        "",
    )
    return _table(headers, rows, {1, 2})


def _entries_html(entries: Sequence[PainEntry]) -> str:
    if not entries:
        return (
            "<p>"
            + escape(translate("Report", "No pain or stiffness was logged in this period."))
            + "</p>"
        )
    rows = [
        (
            f"{_day(entry.at.date())} {format_time(entry.at)}",
            escape(translate("Report", _MOMENTS[entry.moment]))
            if entry.moment in _MOMENTS
            else entry.moment,
            _rating(entry.pain),
            _rating(entry.stiffness),
            escape(", ".join(area.replace("-", " ") for area in entry.areas)) or "—",
            escape(entry.note or ""),
        )
        for entry in entries
    ]
    headers = (
        translate("Report", "Date"),
        translate("Report", "Moment"),
        translate("Report", "Pain"),
        translate("Report", "Stiffness"),
        translate("Report", "Areas"),
        translate("Report", "Note"),
    )
    return _table(headers, rows, {2, 3})


def _checkins_html(checkins: Sequence[RedFlagCheckIn], reference: Reference) -> str:
    if not checkins:
        return "<p>" + escape(translate("Report", "No red-flag check-ins in this period.")) + "</p>"
    texts = {flag.id: flag.text for flag in reference.red_flags}
    rows = []
    for checkin in checkins:
        yes = [texts.get(flag, flag) for flag, answer in checkin.answers.items() if answer]
        said_yes = escape(translate("Report", "Yes:"))
        answered = "<br>".join(f"<b>{said_yes}</b> {escape(text)}" for text in yes) or escape(
            translate("Report", "none")
        )
        rows.append(
            (
                f"{_day(checkin.at.date())} {format_time(checkin.at)}",
                escape(
                    translate("Report", _TRIGGERS[checkin.trigger])
                    if checkin.trigger in _TRIGGERS
                    else checkin.trigger
                ),
                answered,
            )
        )
    headers = (
        translate("Report", "Date"),
        translate("Report", "Asked"),
        translate("Report", "Warning signs answered yes"),
    )
    return _table(headers, rows, set())


def _chart_image(
    entries: Sequence[PainEntry],
    reference: Reference,
    start: date,
    *,
    since: date,
    until: date,
    palette: QPalette | None,
) -> QImage:
    readings = [Reading(entry.at, entry.pain, entry.stiffness) for entry in entries]
    if palette is None:
        palette = QPalette(QColor("#ffffff"))  # a printed report is always light
    view = pain_chart(
        readings, start, reference.stages, until, palette, shown_from=max(since, start)
    )
    try:
        # The view is never shown, so size the chart itself and draw its scene.
        area = QRectF(0, 0, CHART_SIZE.width(), CHART_SIZE.height())
        view.chart().resize(area.size())
        view.scene().setSceneRect(area)
        image = QImage(CHART_SIZE * CHART_SCALE, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.scene().render(painter, QRectF(image.rect()), area)
        finally:
            painter.end()
    finally:
        view.deleteLater()
    return image


def _html(
    store: HistoryStore,
    reference: Reference,
    start: date | None,
    entries: Sequence[PainEntry],
    *,
    since: date,
    until: date,
    tz: tzinfo,
    printed: date,
) -> str:
    """Return the report's HTML; the pain chart is the image resource ``CHART_URL``."""
    checkins = [
        checkin
        for checkin in store.red_flag_checkins()
        if since <= checkin.at.astimezone(tz).date() <= until
    ]
    weeks: list[WeekAdherence] = []
    if start is not None and until >= start:
        activity = store.day_activity(start, until, tz)
        count = (until - start).days // WEEK_DAYS + 1
        weeks = [
            week
            for week in weekly_adherence(start, until, activity, count)
            if week.week_start + timedelta(days=WEEK_DAYS - 1) >= since
        ]
    parts = [
        "<h1>" + escape(translate("Report", REPORT_TITLE)) + "</h1>",
        '<p class="meta">'
        + translate("Report", "Period: {since} – {until}<br>Printed: {printed}").format(
            since=_day(since), until=_day(until), printed=_day(printed)
        )
        + "</p>",
        "<h2>" + escape(translate("Report", "Programme")) + "</h2>",
        _programme_html(reference, start, until),
        "<h2>" + escape(translate("Report", "Sessions per week")) + "</h2>",
        "<p>"
        + translate(
            "Report",
            "A <i>session day</i> is a day with at least one complete session: one with"
            " {share} % or more of its planned exercise work done. Weeks 1–2 ask for one"
            " every day, later weeks for at least 3.",
        ).format(share=round(COMPLETE_SHARE * 100))
        + "</p>",
        _adherence_html(weeks, until),
        "<h2>" + escape(translate("Report", "Pain and stiffness over time")) + "</h2>",
    ]
    if start is not None:
        parts.append(f'<p><img src="{CHART_URL}" width="{CHART_SIZE.width()}"></p>')
    else:
        parts.append("<p>" + escape(translate("Report", "No sessions yet.")) + "</p>")
    parts += [
        # The journal starts a page: page 1 is the summary, and its heading never
        # ends up alone at the foot of a page.
        '<h2 style="page-break-before: always">'
        + escape(translate("Report", "Pain journal"))
        + "</h2>",
        "<p>"
        + escape(
            translate("Report", "Ratings from 0 (none) to 10 (worst); stiffness is on getting up.")
        )
        + "</p>",
        _entries_html(entries),
        "<h2>" + escape(translate("Report", "Red-flag check-ins")) + "</h2>",
        _checkins_html(checkins, reference),
        '<p class="note">'
        + escape(
            translate(
                "Report",
                "Everything in this report was entered by the user in hipcoach, a"
                " self-care app. It is self-reported and is not a diagnosis or a medical"
                " assessment.",
            )
        )
        + "</p>",
    ]
    return f"<html><head><style>{_STYLE}</style></head><body>{''.join(parts)}</body></html>"


def write_report(
    path: Path,
    store: HistoryStore,
    reference: Reference,
    *,
    since: date,
    until: date,
    tz: tzinfo,
    palette: QPalette | None = None,
    printed: date | None = None,
) -> Path:
    """Write the progress report for ``since`` to ``until`` (inclusive) as one PDF at ``path``.

    Dates are local days in ``tz``. ``palette`` themes the chart (default:
    light, as on paper); ``printed`` is the date shown as printed (default:
    today in ``tz``). The file is written next to
    ``path`` first and moved into place, so a failure never leaves half a
    report. Returns ``path``; raises ``ValueError`` for an empty range and
    ``OSError`` when the file cannot be written.
    """
    if until < since:
        raise ValueError(
            translate(
                "Report", "the report's period ends ({until}) before it starts ({since})"
            ).format(until=until, since=since)
        )
    if printed is None:
        printed = datetime.now(tz).date()
    start = store.first_session_date(tz)
    entries = store.pain_entries(_midnight(since, tz), _midnight(until + timedelta(days=1), tz))
    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    if start is not None:
        image = _chart_image(entries, reference, start, since=since, until=until, palette=palette)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    document.setHtml(
        _html(store, reference, start, entries, since=since, until=until, tz=tz, printed=printed)
    )
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    descriptor, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    os.close(descriptor)
    temp = Path(temp_name)
    try:
        writer = QPdfWriter(temp_name)
        writer.setResolution(300)
        writer.setTitle(translate("Report", REPORT_TITLE))
        writer.setCreator("hipcoach")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        document.print_(writer)
        del writer  # the file is complete once the writer is gone
        with temp.open("rb") as stream:
            if stream.read(5) != b"%PDF-":
                raise OSError(
                    translate("Report", "the PDF could not be written to {path}").format(path=temp)
                )
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return path
