"""A PDF report of the user's progress, to take to a physiotherapist.

The report is written with Qt's own PDF writer from one HTML document, so
pages break by themselves. Every table has a header row naming each column
and stands apart from the heading or text above it. Nothing leaves the
machine: the file goes where the user chose, and only there.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from html import escape
from pathlib import Path
from typing import assert_never

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
from hipcoach.core.history import (
    HistoryStore,
    PainEntry,
    PainMoment,
    RedFlagCheckIn,
    RedFlagTrigger,
)
from hipcoach.core.period_summary import (
    SET_MOVE,
    BreakSummary,
    BreakTally,
    ExerciseOutcome,
    PartTally,
    break_summary,
    exercise_outcomes,
    part_summary,
)
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

_UNITS = {
    "reps": QT_TRANSLATE_NOOP("Report", "reps"),
    "sets": QT_TRANSLATE_NOOP("Report", "sets"),
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
tr.total td { font-weight: bold; }
"""
#: The space between a table and the heading or paragraph above it, in pixels.
TABLE_GAP = 10


def _moment_name(moment: PainMoment) -> str:
    """Return how the report names ``moment`` (English; shown translated)."""
    match moment:
        case PainMoment.BEFORE:
            return QT_TRANSLATE_NOOP("Report", "before session")
        case PainMoment.AFTER:
            return QT_TRANSLATE_NOOP("Report", "after session")
        case PainMoment.QUICK:
            return QT_TRANSLATE_NOOP("Report", "quick check")
        case _:
            assert_never(moment)


def _trigger_name(trigger: RedFlagTrigger) -> str:
    """Return how the report says what asked for a check-in (English; shown translated)."""
    match trigger:
        case RedFlagTrigger.FIRST_SESSION:
            return QT_TRANSLATE_NOOP("Report", "before the first session")
        case RedFlagTrigger.FORTNIGHTLY:
            return QT_TRANSLATE_NOOP("Report", "fortnightly check")
        case RedFlagTrigger.SHARP_PAIN:
            return QT_TRANSLATE_NOOP("Report", "after sharp pain")
        case RedFlagTrigger.MANUAL:
            return QT_TRANSLATE_NOOP("Report", "asked by the user")
        case RedFlagTrigger.FOLLOW_UP:
            return QT_TRANSLATE_NOOP("Report", "again after a yes")
        case _:
            assert_never(trigger)


def _day(value: date) -> str:
    return format_date(value, short_month=True)


def _midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=tz)


def _rating(value: int | None) -> str:
    return "—" if value is None else str(value)


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: set[int],
    *,
    total: Sequence[str] | None = None,
    widths: Mapping[int, int] | None = None,
) -> str:
    """Return a table: ``headers`` (plain text) over ``rows`` (HTML), and a bold ``total`` row.

    ``widths`` maps column indexes to widths in per cent of the page; the
    other columns share the rest by their content.
    """
    widths = widths or {}
    head = "".join(
        f'<th width="{widths[index]}%">{escape(text)}</th>'
        if index in widths
        else f"<th>{escape(text)}</th>"
        for index, text in enumerate(headers)
    )
    body = []
    for row, row_class in [*((row, "") for row in rows), *([(total, "total")] if total else [])]:
        cells = "".join(
            f'<td class="num">{cell}</td>' if index in numeric else f"<td>{cell}</td>"
            for index, cell in enumerate(row)
        )
        body.append(f'<tr class="{row_class}">{cells}</tr>' if row_class else f"<tr>{cells}</tr>")
    return (
        '<table border="1" cellspacing="0" cellpadding="4" width="100%"'
        f' style="margin-top: {TABLE_GAP}px">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _plain_name(exercise_id: str) -> str:
    return exercise_id.replace("-", " ").capitalize()


def _programme_html(reference: Reference, start: date | None, until: date) -> str:
    if start is None:
        none_yet = translate(
            "Report",
            "No complete or partly done session has been recorded yet, so the programme has"
            " not started.",
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
    headers = (
        translate("Report", "Started"),
        translate("Report", "Programme day on {day}").format(day=_day(until)),
        translate("Report", "Phase"),
        translate("Report", "Timeline stage on {day}").format(day=_day(until)),
    )
    row = (
        _day(start),
        str(max(number, 0)),
        escape(translate("Report", _PHASES[phase_of(start, until)])),
        escape(stage),
    )
    return _table(headers, [row], {1})


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
        translate("Report", "Result"),
    )
    return _table(headers, rows, {1, 2})


def _entry_note(entry: PainEntry, corrected: Mapping[int, datetime]) -> str:
    note = escape(entry.note or "")
    when = corrected.get(entry.id) if entry.id is not None else None
    if when is None:
        return note
    mark = translate("Report", "(corrected on {day})").format(day=_day(when.date()))
    return f"{note} <i>{escape(mark)}</i>" if note else f"<i>{escape(mark)}</i>"


def _entries_html(entries: Sequence[PainEntry], corrected: Mapping[int, datetime]) -> str:
    if not entries:
        return (
            "<p>"
            + escape(translate("Report", "No pain or stiffness was logged in this period."))
            + "</p>"
        )
    rows = [
        (
            f"{_day(entry.at.date())} {format_time(entry.at)}",
            escape(translate("Report", _moment_name(entry.moment))),
            _rating(entry.pain),
            _rating(entry.stiffness),
            escape(", ".join(area.replace("-", " ") for area in entry.areas)) or "—",
            _entry_note(entry, corrected),
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
    return _table(headers, rows, {2, 3}, widths={0: 19, 1: 15, 5: 28})


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
                escape(translate("Report", _trigger_name(checkin.trigger))),
                answered,
            )
        )
    headers = (
        translate("Report", "Date"),
        translate("Report", "Asked"),
        translate("Report", "Warning signs answered yes"),
    )
    return _table(headers, rows, set())


def _exercises_html(
    outcomes: Sequence[ExerciseOutcome], exercise_name: Callable[[str], str]
) -> str:
    if not outcomes:
        return (
            "<p>" + escape(translate("Report", "No exercise was recorded in this period.")) + "</p>"
        )
    rows = [
        (
            escape(exercise_name(outcome.exercise_id)),
            escape(translate("Report", _UNITS.get(outcome.unit, outcome.unit))),
            str(outcome.done),
            str(outcome.skipped),
            str(outcome.pain),
            str(outcome.stopped),
        )
        for outcome in outcomes
    ]
    headers = (
        translate("Report", "Exercise"),
        translate("Report", "Counted in"),
        translate("Report", "Done"),
        translate("Report", "Skipped"),
        translate("Report", "Stopped for pain"),
        translate("Report", "Session ended first"),
    )
    return _table(headers, rows, {2, 3, 4, 5}, widths={0: 30})


def _break_row(tally: BreakTally, name: str) -> tuple[str, ...]:
    return (
        escape(name),
        str(tally.shown),
        str(tally.done),
        str(tally.snoozed),
        str(tally.skipped),
        str(tally.unanswered),
    )


def _breaks_html(summary: BreakSummary, exercise_name: Callable[[str], str]) -> str:
    if summary.total.shown == 0:
        return (
            "<p>"
            + escape(translate("Report", "No movement break was shown in this period."))
            + "</p>"
        )
    set_name = translate("Report", "The guide's set (several moves)")
    rows = [
        _break_row(tally, set_name if tally.move == SET_MOVE else exercise_name(tally.move or ""))
        for tally in summary.by_move
    ]
    headers = (
        translate("Report", "Suggested move"),
        translate("Report", "Shown"),
        translate("Report", "Done"),
        translate("Report", "Snoozed"),
        translate("Report", "Skipped"),
        translate("Report", "Not answered"),
    )
    total = _break_row(summary.total, translate("Report", "All breaks"))
    return _table(headers, rows, {1, 2, 3, 4, 5}, total=total, widths={0: 32})


def _parts_html(parts: Sequence[PartTally], exercise_name: Callable[[str], str]) -> str:
    """Return the table of what became of each move as a part of the breaks ("" if none)."""
    if not parts:
        return ""
    headers = (
        translate("Report", "Part of the break"),
        translate("Report", "Done"),
        translate("Report", "Skipped"),
        translate("Report", "Snoozed"),
        translate("Report", "Not reached"),
    )
    rows = [
        (
            escape(exercise_name(tally.move)),
            str(tally.done),
            str(tally.skipped),
            str(tally.snoozed),
            str(tally.not_reached),
        )
        for tally in parts
    ]
    intro = _paragraph(
        translate(
            "Report",
            "What became of each move of the guide's set: skipped on its own (such as no"
            " time to walk), or not reached because the break ended before it.",
        )
    )
    return intro + _table(headers, rows, {1, 2, 3, 4}, widths={0: 32})


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


@dataclass(frozen=True)
class _Period:
    """What the report shows, read from the history once."""

    since: date
    until: date
    tz: tzinfo
    printed: date
    start: date | None
    entries: Sequence[PainEntry]
    corrected: Mapping[int, datetime]
    outcomes: Sequence[ExerciseOutcome]
    breaks: BreakSummary
    parts: Sequence[PartTally]


def _heading(text: str, *, new_page: bool = False) -> str:
    style = ' style="page-break-before: always"' if new_page else ""
    return f"<h2{style}>{escape(text)}</h2>"


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _html(
    store: HistoryStore,
    reference: Reference,
    period: _Period,
    exercise_name: Callable[[str], str],
) -> str:
    """Return the report's HTML; the pain chart is the image resource ``CHART_URL``."""
    since, until, start = period.since, period.until, period.start
    checkins = [
        checkin
        for checkin in store.red_flag_checkins()
        if since <= checkin.at.astimezone(period.tz).date() <= until
    ]
    weeks: list[WeekAdherence] = []
    if start is not None and until >= start:
        activity = store.day_activity(start, until, period.tz)
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
            since=_day(since), until=_day(until), printed=_day(period.printed)
        )
        + "</p>",
        _heading(translate("Report", "Programme")),
        _programme_html(reference, start, until),
        _heading(translate("Report", "Sessions per week")),
        "<p>"
        + translate(
            "Report",
            "A <i>session day</i> is a day with at least one complete session: one with"
            " {share} % or more of its planned exercise work done. Weeks 1–2 ask for one"
            " every day, later weeks for at least 3.",
        ).format(share=round(COMPLETE_SHARE * 100))
        + "</p>",
        _adherence_html(weeks, until),
        _heading(translate("Report", "Pain and stiffness over time")),
    ]
    if start is not None:
        parts.append(f'<p><img src="{CHART_URL}" width="{CHART_SIZE.width()}"></p>')
    else:
        parts.append(_paragraph(translate("Report", "No sessions yet.")))
    parts += [
        # What was done and the journal each start a page: page 1 is the
        # summary, and no heading ends up alone at the foot of a page.
        _heading(translate("Report", "Exercises"), new_page=True),
        _paragraph(
            translate(
                "Report",
                "Each side counts on its own. A rep or set is done only when all of it was;"
                " “session ended first” means the session was stopped before it.",
            )
        ),
        _exercises_html(period.outcomes, exercise_name),
        _heading(translate("Report", "Movement breaks")),
        _paragraph(
            translate(
                "Report",
                "Reminders to get up during the working day, and how each was answered.",
            )
        ),
        _breaks_html(period.breaks, exercise_name),
        _parts_html(period.parts, exercise_name),
        _heading(translate("Report", "Pain journal"), new_page=True),
        _paragraph(
            translate(
                "Report",
                "Ratings from 0 (none) to 10 (worst); stiffness is on getting up. Entries"
                " corrected later say so; the history keeps what they said before.",
            )
        ),
        _entries_html(period.entries, period.corrected),
        _heading(translate("Report", "Red-flag check-ins")),
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


def report_document(
    store: HistoryStore,
    reference: Reference,
    *,
    since: date,
    until: date,
    tz: tzinfo,
    printed: date,
    palette: QPalette | None = None,
    exercise_name: Callable[[str], str] | None = None,
) -> QTextDocument:
    """Return the report for ``since`` to ``until`` (inclusive local days in ``tz``) as a document.

    ``exercise_name`` gives the name shown for an exercise id (default: the
    id in words). ``write_report`` prints this document; the caller owns it.
    """
    if until < since:
        raise ValueError(
            translate(
                "Report", "the report's period ends ({until}) before it starts ({since})"
            ).format(until=until, since=since)
        )
    low, high = _midnight(since, tz), _midnight(until + timedelta(days=1), tz)
    parts = store.break_parts(low, high)
    period = _Period(
        since=since,
        until=until,
        tz=tz,
        printed=printed,
        start=store.first_session_date(tz),
        entries=store.pain_entries(low, high),
        corrected=store.pain_last_edited(),
        outcomes=exercise_outcomes(store.steps_between(low, high)),
        breaks=break_summary(store.breaks(low, high), parts),
        parts=part_summary(parts),
    )
    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    if period.start is not None:
        image = _chart_image(
            period.entries, reference, period.start, since=since, until=until, palette=palette
        )
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    document.setHtml(_html(store, reference, period, exercise_name or _plain_name))
    return document


def write_report(
    path: Path,
    store: HistoryStore,
    reference: Reference,
    *,
    since: date,
    until: date,
    tz: tzinfo,
    printed: date,
    palette: QPalette | None = None,
    exercise_name: Callable[[str], str] | None = None,
) -> Path:
    """Write the progress report for ``since`` to ``until`` (inclusive) as one PDF at ``path``.

    Dates are local days in ``tz``. ``palette`` themes the chart (default:
    light, as on paper); ``printed`` is the date shown as printed (the
    caller's wall clock's today); ``exercise_name`` names exercises (see
    ``report_document``). The file is written next to ``path`` first and
    moved into place, so a failure never leaves half a report. Returns
    ``path``; raises ``ValueError`` for an empty range and ``OSError`` when
    the file cannot be written.
    """
    document = report_document(
        store,
        reference,
        since=since,
        until=until,
        tz=tz,
        printed=printed,
        palette=palette,
        exercise_name=exercise_name,
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
