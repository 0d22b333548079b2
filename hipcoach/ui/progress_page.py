"""The Progress page: today, the streak, the programme calendar, the pain trend and charts.

Everything shown comes from the history store, read again by ``refresh()``
(and whenever the page is shown). The page reads the days since the
programme start once per refresh; paging the calendar reuses them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time, tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.clock import WallClock
from hipcoach.core.history import HistoryStore
from hipcoach.core.programme import (
    MAINTENANCE_TARGET,
    MAINTENANCE_UPPER,
    WEEK_DAYS,
    DayActivity,
    ProgrammePhase,
    month_statuses,
    phase_of,
    streak,
    timeline_position,
    today_card,
    weekly_adherence,
)
from hipcoach.core.reference import Reference
from hipcoach.core.safety import TrendVerdict, pain_trend
from hipcoach.services.break_driver import BreakStatus
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.pain_entries_dialog import PainEntriesDialog
from hipcoach.ui.programme_calendar import ProgrammeCalendar, legend
from hipcoach.ui.progress_charts import Reading, WeekBar, adherence_chart, pain_chart
from hipcoach.ui.report import write_report
from hipcoach.ui.text import label, page_title
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, render, translate
from hipcoach.ui.tray import describe_status

#: How many recent programme weeks the adherence chart shows.
CHART_WEEKS = 8
#: Below this width (in device-independent pixels) side-by-side parts stack.
WIDE_ENOUGH = 900

#: The report button's English text (shown translated).
REPORT_BUTTON = QT_TRANSLATE_NOOP("ProgressPage", "Report for my physiotherapist…")

_CARD_STYLE = (
    "QFrame#card { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }"
)
_WARNING_STYLE = (
    "QLabel { background: #fef3c7; color: #78350f; border: 2px solid #d97706;"
    " border-radius: 8px; padding: 10px; }"
)
_NEUTRAL_STYLE = (
    "QLabel { border: 1px solid palette(mid); border-radius: 8px; padding: 10px;"
    " background: palette(alternate-base); }"
)


class _Flow(QWidget):
    """Lays its parts side by side when there is room, one under the other when not."""

    def __init__(self, *parts: tuple[QWidget, int]) -> None:
        super().__init__()
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(12)
        for part, stretch in parts:
            self.box.addWidget(part, stretch)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        """Choose the direction for the new width."""
        wide = self.width() >= WIDE_ENOUGH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        super().resizeEvent(event)  # type: ignore[arg-type]


def _card(*widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    frame.setStyleSheet(_CARD_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return frame


def _wrapped(text: str = "", points: int = 11, *, bold: bool = False) -> QLabel:
    result = label(text, points, bold=bold)
    result.setWordWrap(True)
    result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return result


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def streak_text(days: int) -> str:
    """Return "12-day streak" (or what to say with no streak yet)."""
    if days <= 0:
        return translate("ProgressPage", "No streak yet — it starts with your next session.")
    return translate("ProgressPage", "{days}-day streak").format(days=days)


def streak_explanation(phase: ProgrammePhase) -> str:
    """Return the one line that says how days count towards the streak."""
    if phase is ProgrammePhase.MAINTENANCE:
        return translate(
            "ProgressPage",
            "Rest days count too: with {low}–{high} sessions a"
            " week, the days in between keep your streak going. Only a week that falls"
            " short breaks it.",
        ).format(low=MAINTENANCE_TARGET, high=MAINTENANCE_UPPER)
    return translate(
        "ProgressPage",
        "In your first two weeks every day with a session counts. Later, rest days"
        " between your {low}–{high} weekly sessions count too.",
    ).format(low=MAINTENANCE_TARGET, high=MAINTENANCE_UPPER)


class ProgressPage(QWidget):
    """How the programme is going; see the module description.

    ``pain_requested``, ``safety_requested`` and ``export_requested`` fire
    from their buttons; the report button asks ``choose_report_path`` (a
    replaceable attribute) where to save, writes the PDF itself, says where
    it went and offers to open it or its folder with ``open_url`` (default:
    the desktop's handler). "Pain entries…" opens the journal to correct or
    delete entries (``pain_entries_dialog`` while open); the page follows
    each change. ``exercise_name`` names exercises in the report.
    """

    pain_requested = Signal()
    safety_requested = Signal()
    export_requested = Signal()

    def __init__(
        self,
        store: HistoryStore | None,
        reference: Reference,
        wall: WallClock,
        *,
        break_status: Callable[[], BreakStatus | None] = lambda: None,
        problem: str | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        exercise_name: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._open_url = open_url
        self._exercise_name = exercise_name
        self._saved_report: Path | None = None
        self.pain_entries_dialog: PainEntriesDialog | None = None
        self._reference = reference
        self._wall = wall
        self._break_status = break_status
        self._problem = problem or self.tr(
            "Your history could not be opened, so progress can't be shown."
        )
        self.choose_report_path: Callable[[], Path | None] = self._ask_report_path
        self._start: date | None = None
        self._today: date | None = None
        self._activity: Mapping[date, DayActivity] = {}
        self._readings: list[Reading] = []
        self._weeks: list[WeekBar] = []
        self._range_default: tuple[date, date] | None = None

        self.message_label = _wrapped("", 13)
        name_by_content(self.message_label, self.tr("Progress message"))
        self.body = QWidget()

        # Today card and streak
        self.today_label = _wrapped("", 14, bold=True)
        name_by_content(self.today_label, self.tr("Today"))
        self.break_label = _wrapped()
        name_by_content(self.break_label, self.tr("Next break"))
        self.timeline_label = _wrapped()
        name_by_content(self.timeline_label, self.tr("Where you are on the timeline"))
        self.streak_label = label("", 18, bold=True)
        name_by_content(self.streak_label, self.tr("Streak"))
        self.streak_note = _wrapped("", 10)
        self.streak_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        today_card = _card(
            label(self.tr("Today"), 10, bold=True),
            self.today_label,
            self.break_label,
            self.timeline_label,
            self.streak_label,
            self.streak_note,
        )

        # Calendar
        self.calendar = ProgrammeCalendar()
        self.calendar.setMinimumSize(330, 240)
        self.calendar.currentPageChanged.connect(self._show_month)
        self.legend = legend()
        calendar_box = QWidget()
        calendar_layout = QVBoxLayout(calendar_box)
        calendar_layout.setContentsMargins(0, 0, 0, 0)
        calendar_layout.addWidget(self.calendar)
        calendar_layout.addWidget(self.legend)
        self.top_row = _Flow((today_card, 1), (calendar_box, 1))

        # Trend
        self.trend_banner = _wrapped("", 11)
        name_by_content(self.trend_banner, self.tr("Pain trend"))
        self.trend_banner.setVisible(False)

        # Charts (replaced on each refresh)
        self.pain_view: QWidget = QWidget()
        self.adherence_view: QWidget = QWidget()
        self.charts_row = _Flow((self.pain_view, 1), (self.adherence_view, 1))

        # Actions
        self.pain_button = QPushButton(self.tr("Log how it feels"))
        self.pain_button.setAccessibleName(self.tr("Log how it feels"))
        self.pain_button.clicked.connect(self.pain_requested)
        self.safety_button = QPushButton(self.tr("Safety check"))
        self.safety_button.setAccessibleName(self.tr("Safety check"))
        self.safety_button.clicked.connect(self.safety_requested)
        self.pain_entries_button = QPushButton(self.tr("Pain entries…"))
        self.pain_entries_button.setAccessibleName(self.tr("Pain entries…"))
        self.pain_entries_button.setToolTip(
            self.tr("See every pain entry, and correct or delete one")
        )
        self.pain_entries_button.clicked.connect(self.show_pain_entries)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export_requested)
        self.report_button = QPushButton(self.tr(REPORT_BUTTON))
        self.report_button.setAccessibleName(self.tr(REPORT_BUTTON))
        self.report_button.clicked.connect(self.save_report)
        self.report_from = self._date_edit(self.tr("Report from"))
        self.report_until = self._date_edit(self.tr("Report until"))
        self.report_status = _wrapped("", 10)
        name_by_content(self.report_status, self.tr("Report status"))
        self.report_status.setVisible(False)
        self.open_report_button = QPushButton(self.tr("&Open the report"))
        self.open_report_button.setAccessibleName(self.tr("Open the report"))
        self.open_report_button.clicked.connect(self.open_saved_report)
        self.open_folder_button = QPushButton(self.tr("Open its &folder"))
        self.open_folder_button.setAccessibleName(self.tr("Open the report's folder"))
        self.open_folder_button.clicked.connect(self.open_report_folder)
        for button in (self.open_report_button, self.open_folder_button):
            button.setVisible(False)

        actions = QHBoxLayout()
        actions.addWidget(self.pain_button)
        actions.addWidget(self.safety_button)
        actions.addWidget(self.pain_entries_button)
        actions.addStretch(1)
        period = QHBoxLayout()
        from_label = QLabel(self.tr("Report &from"))
        from_label.setBuddy(self.report_from)
        until_label = QLabel(self.tr("&to"))
        until_label.setBuddy(self.report_until)
        for widget in (from_label, self.report_from, until_label, self.report_until):
            period.addWidget(widget)
        period.addStretch(1)
        share = QHBoxLayout()
        share.addWidget(self.report_button)
        share.addWidget(self.export_button)
        share.addStretch(1)

        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(12)
        body_layout.addWidget(self.trend_banner)
        body_layout.addWidget(self.top_row)
        body_layout.addWidget(label(self.tr("Over time"), 14, bold=True))
        body_layout.addWidget(self.charts_row)
        body_layout.addWidget(label(self.tr("Share with your physiotherapist"), 14, bold=True))
        body_layout.addLayout(period)
        body_layout.addLayout(share)
        body_layout.addWidget(self.report_status)
        opened = QHBoxLayout()
        opened.addWidget(self.open_report_button)
        opened.addWidget(self.open_folder_button)
        opened.addStretch(1)
        body_layout.addLayout(opened)

        self.actions_row = QWidget()
        self.actions_row.setLayout(actions)
        actions.setContentsMargins(0, 0, 0, 0)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        layout.addWidget(page_title(self.tr("Progress")))
        layout.addWidget(self.message_label)
        layout.addWidget(self.actions_row)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.refresh()

    # -- building blocks -------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        return edit

    def _tz(self) -> tzinfo | None:
        return self._wall.now().tzinfo

    # -- refreshing ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Re-read the history each time the page comes into view."""
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Redraw the charts in the new colours when the palette changes (dark mode)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._start is not None:
            self._show_charts()

    def refresh(self) -> None:
        """Read the history again and show it."""
        if self._store is None:
            self._show_only(self._problem)
            return
        now = self._wall.now()
        tz = now.tzinfo
        assert tz is not None
        today = now.date()
        start = self._store.first_session_date(tz)
        self._start, self._today = start, today
        if start is None:
            self._show_only(
                self.tr(
                    "Your programme starts with your first session that counts (at least"
                    " partly done): from then on, this page shows each day you've done, your"
                    " streak and how your pain is changing."
                ),
                actions=True,
            )
            return
        activity = self._store.day_activity(start, max(start, today), tz)
        self._activity = activity
        self.message_label.setVisible(False)
        self.actions_row.setVisible(True)
        self.body.setVisible(True)

        card = today_card(start, today, activity)
        self.today_label.setText(render(card.message))
        status = self._break_status()
        self.break_label.setVisible(status is not None)
        if status is not None:
            self.break_label.setText(
                self.tr("Movement breaks: {status}").format(status=describe_status(status, now))
            )
        self.timeline_label.setText(
            render(timeline_position(self._reference, start, today).message)
        )
        self.streak_label.setText(streak_text(streak(start, today, activity)))
        self.streak_note.setText(streak_explanation(phase_of(start, today)))

        if self.calendar.selectedDate() != _qdate(today):
            # Follow the wall clock (not the system's date) to today's month.
            self.calendar.setSelectedDate(_qdate(today))
            self.calendar.setCurrentPage(today.year, today.month)
        self._show_month(self.calendar.yearShown(), self.calendar.monthShown())

        all_weeks = weekly_adherence(start, today, activity, (today - start).days // WEEK_DAYS + 1)
        entries = self._store.pain_readings(datetime.combine(start, time(), tzinfo=tz))
        self._show_trend(
            pain_trend(
                entries, start, today, all_weeks, persist_weeks=self._reference.persist_weeks
            )
        )
        self._readings = [Reading(entry.at, entry.pain, entry.stiffness) for entry in entries]
        self._weeks = [
            WeekBar(week.week_start, week.sessions, week.target)
            for week in all_weeks[-CHART_WEEKS:]
        ]
        self._show_charts()
        self._default_report_range(start, today)

    def _show_only(self, message: str, *, actions: bool = False) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(True)
        self.actions_row.setVisible(actions)
        self.body.setVisible(False)

    def _show_month(self, year: int, month: int) -> None:
        if self._start is None or self._today is None:
            self.calendar.show_statuses({})
            return
        self.calendar.show_statuses(
            month_statuses(self._start, self._today, year, month, self._activity)
        )

    def _show_trend(self, verdict: TrendVerdict) -> None:
        if verdict.kind == "too-early":
            self.trend_banner.setVisible(False)
            return
        text = render(verdict.message)
        if verdict.see_professional:
            text += "\n\n" + self.tr(
                "To make the visit easier, “{button}” below"
                " puts your sessions, pain ratings and check-ins on a few pages you can"
                " print or bring along."
            ).format(button=self.tr(REPORT_BUTTON).rstrip("…"))
        self.trend_banner.setText(text)
        self.trend_banner.setStyleSheet(
            _WARNING_STYLE if verdict.see_professional else _NEUTRAL_STYLE
        )
        self.trend_banner.setProperty("warning", verdict.see_professional)
        self.trend_banner.setVisible(True)

    def _show_charts(self) -> None:
        if self._start is None or self._today is None:
            return
        palette = self.palette()
        pain = pain_chart(self._readings, self._start, self._reference.stages, self._today, palette)
        weeks = adherence_chart(self._weeks, palette)
        for old, new in ((self.pain_view, pain), (self.adherence_view, weeks)):
            self.charts_row.box.replaceWidget(old, new)
            old.hide()  # until Qt gets round to deleting it
            old.deleteLater()
        self.pain_view, self.adherence_view = pain, weeks
        # New widgets come last in the Tab order: put the charts back in their place.
        QWidget.setTabOrder(self.calendar, pain)
        QWidget.setTabOrder(pain, weeks)

    def _default_report_range(self, start: date, today: date) -> None:
        """Set the report's dates to start … today, unless the user changed them."""
        default = (start, today)
        shown = (_pydate(self.report_from), _pydate(self.report_until))
        if self._range_default is None or shown == self._range_default:
            self.report_from.setDate(_qdate(start))
            self.report_until.setDate(_qdate(today))
        for edit in (self.report_from, self.report_until):
            edit.setDateRange(_qdate(start), _qdate(today))
        self._range_default = default

    # -- the report ------------------------------------------------------------

    def _ask_report_path(self) -> Path | None:
        today = self._today or self._wall.now().date()
        suggested = Path.home() / f"hipcoach-report-{today.isoformat()}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report for your physiotherapist"),
            str(suggested),
            self.tr("PDF (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def save_report(self) -> None:
        """Ask where to save the report and write it; say where it went or what failed."""
        if self._store is None:
            return
        since, until = _pydate(self.report_from), _pydate(self.report_until)
        if until < since:
            self.show_share_result(
                self.tr("The report's end date is before its start date."), ok=False
            )
            return
        path = self.choose_report_path()
        if path is None:
            return
        tz = self._tz()
        assert tz is not None
        try:
            saved = write_report(
                path,
                self._store,
                self._reference,
                since=since,
                until=until,
                tz=tz,
                printed=self._wall.now().date(),
                exercise_name=self._exercise_name,
            )
        except (OSError, ValueError) as error:
            self.show_share_result(
                self.tr("The report could not be saved: {error}").format(error=error), ok=False
            )
            return
        self.show_share_result(
            self.tr("Report saved to {path}").format(path=saved), ok=True, saved=saved
        )

    def show_share_result(self, text: str, *, ok: bool, saved: Path | None = None) -> None:
        """Show ``text`` under the sharing buttons; with ``saved``, offer to open that file."""
        self._saved_report = saved
        self.report_status.setText(text)
        self.report_status.setProperty("ok", ok)
        self.report_status.setVisible(True)
        for button in (self.open_report_button, self.open_folder_button):
            button.setVisible(saved is not None)
        if saved is not None:
            self.open_report_button.setFocus()
        # Lay out what just appeared (and resize the scrolled page for it) now,
        # so scrolling goes to where it ends up.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        last = self.open_folder_button if saved is not None else self.report_status
        self.scroll_area.ensureWidgetVisible(last)

    def open_saved_report(self) -> None:
        """Open the report just saved in the desktop's PDF viewer."""
        if self._saved_report is not None:
            self._open(self._saved_report, self._saved_report)

    def open_report_folder(self) -> None:
        """Open the folder the report was saved in."""
        if self._saved_report is not None:
            self._open(self._saved_report.parent, self._saved_report)

    def _open(self, target: Path, saved: Path) -> None:
        if not self._open_url(QUrl.fromLocalFile(str(target))):
            self.show_share_result(
                self.tr(
                    "Nothing on this computer could open {target}. The report is saved at {path}."
                ).format(target=target, path=saved),
                ok=False,
                saved=saved,
            )

    # -- the pain journal --------------------------------------------------------

    def show_pain_entries(self) -> None:
        """Open the pain entries (or bring the open dialog forward)."""
        if self._store is None:
            return
        if self.pain_entries_dialog is not None:
            self.pain_entries_dialog.raise_()
            self.pain_entries_dialog.activateWindow()
            return
        dialog = PainEntriesDialog(self._store, self._wall, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        dialog.destroyed.connect(self._pain_entries_closed)
        self.pain_entries_dialog = dialog
        dialog.open()

    def _pain_entries_closed(self) -> None:
        self.pain_entries_dialog = None
        self.pain_entries_button.setFocus()


__all__ = ["ProgressPage", "streak_explanation", "streak_text"]
