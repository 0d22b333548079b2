"""The system-tray icon and its menu, when the desktop has a tray."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from hipcoach.ui.icons import IconState, tray_icon
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, format_time, translate

if TYPE_CHECKING:
    from hipcoach.services.break_driver import BreakStatus

#: Pause choices: menu text (English; shown translated) and seconds (None: until tomorrow).
PAUSE_CHOICES: tuple[tuple[str, float | None], ...] = (
    (QT_TRANSLATE_NOOP("TrayController", "For 30 minutes"), 30 * 60),
    (QT_TRANSLATE_NOOP("TrayController", "For 1 hour"), 60 * 60),
    (QT_TRANSLATE_NOOP("TrayController", "For 2 hours"), 2 * 60 * 60),
    (QT_TRANSLATE_NOOP("TrayController", "Until tomorrow"), None),
)
#: How often, and how many times, to look again for a tray that was not there.
TRAY_RETRY_MS = 10_000
TRAY_RETRIES = 6


def describe_status(status: BreakStatus, now: datetime) -> str:
    """Return the one-line status used for the tray tooltip and the Breaks page."""
    if not status.enabled:
        return translate("TrayController", "Movement breaks are off")
    if status.outstanding is not None:
        return translate("TrayController", "Time for a break — sitting {minutes} min").format(
            minutes=status.sitting_minutes
        )
    if status.held_because == "call":
        return translate(
            "TrayController", "A break waits for your call to end — sitting {minutes} min"
        ).format(minutes=status.sitting_minutes)
    if status.paused_until is not None and status.paused_until > now:
        return translate("TrayController", "Breaks paused until {time}").format(
            time=format_time(status.paused_until)
        )
    if status.next_due is None:
        return translate("TrayController", "No more breaks today")
    return translate("TrayController", "Sitting {minutes} min · next break {when}").format(
        minutes=status.sitting_minutes, when=_when(status.next_due, now)
    )


def _when(moment: datetime, now: datetime) -> str:
    """Return ``in 25 min (10:25)``, ``in 1 h 20 min (11:20)``, ``tomorrow at 09:00``…"""
    local = moment.astimezone(now.tzinfo)
    clock = format_time(local)
    days = (local.date() - now.date()).days
    if days == 1:
        return translate("TrayController", "tomorrow at {time}").format(time=clock)
    if days > 1:
        return translate("TrayController", "on {day} at {time}").format(
            day=QLocale().standaloneDayName(local.isoweekday()), time=clock
        )
    minutes = max(0, round((moment - now).total_seconds() / 60))
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        length = translate("TrayController", "{minutes} min").format(minutes=minutes)
    elif rest:
        length = translate("TrayController", "{hours} h {minutes} min").format(
            hours=hours, minutes=rest
        )
    else:
        length = translate("TrayController", "{hours} h").format(hours=hours)
    return translate("TrayController", "in {length} ({time})").format(length=length, time=clock)


class TrayController(QObject):
    """Owns the tray icon when a tray exists, and retries a few times when it doesn't.

    Each menu choice fires a signal: ``open_requested``, ``session_requested``,
    ``break_now_requested``, ``stood_up_requested`` (the user got up without
    the computer noticing), ``pause_requested(seconds or None for tomorrow)``,
    ``resume_requested``, ``settings_requested``, ``pain_requested`` (a quick
    pain check), ``quit_requested``.
    ``available_changed(bool)`` fires when the icon appears.
    """

    open_requested = Signal()
    session_requested = Signal()
    break_now_requested = Signal()
    stood_up_requested = Signal()
    # Seconds, or None for "until tomorrow", which a Signal(float) would turn into 0.
    pause_requested = Signal(object)
    resume_requested = Signal()
    settings_requested = Signal()
    pain_requested = Signal()
    quit_requested = Signal()
    available_changed = Signal(bool)

    def __init__(
        self,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray_available = tray_available
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("hipcoach"))
        self._add(self.menu, self.tr("Open hipcoach"), self.open_requested)
        self._add(self.menu, self.tr("Start today's session"), self.session_requested)
        self._add(self.menu, self.tr("Take a break now"), self.break_now_requested)
        self.stood_up_action = self._add(self.menu, self.tr("I stood up"), self.stood_up_requested)
        self.stood_up_action.setToolTip(
            self.tr("Start the sitting time again: you got up without the computer noticing")
        )
        self.pause_menu = self.menu.addMenu(self.tr("Pause breaks"))
        for text, seconds in PAUSE_CHOICES:
            action = self.pause_menu.addAction(self.tr(text))
            action.triggered.connect(lambda _=False, s=seconds: self.pause_requested.emit(s))
        self.resume_action = self._add(self.menu, self.tr("Resume breaks"), self.resume_requested)
        self.resume_action.setVisible(False)
        self._add(self.menu, self.tr("Log how my hip feels…"), self.pain_requested)
        self.menu.addSeparator()
        self._add(self.menu, self.tr("Settings"), self.settings_requested)
        self._add(self.menu, self.tr("Quit"), self.quit_requested)
        self._state = IconState.NORMAL
        self._tooltip = self.tr("hipcoach")
        self._retries = 0
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.try_show)

    @property
    def visible(self) -> bool:
        """Return whether the tray icon is showing."""
        return self.icon is not None and self.icon.isVisible()

    def try_show(self) -> bool:
        """Show the tray icon if a tray exists now; otherwise look again later."""
        if self.icon is not None:
            return True
        if not self._tray_available():
            if self._retries < TRAY_RETRIES:
                self._retries += 1
                self._retry.start(TRAY_RETRY_MS)
            return False
        self.icon = QSystemTrayIcon(tray_icon(self._state))
        self.icon.setContextMenu(self.menu)
        self.icon.setToolTip(self._tooltip)
        self.icon.activated.connect(self._activated)
        self.icon.show()
        self.available_changed.emit(True)
        return True

    def show_status(self, status: BreakStatus, now: datetime) -> None:
        """Update the icon, tooltip and menu for ``status``."""
        paused = status.paused_until is not None and status.paused_until > now
        if status.outstanding is not None:
            state = IconState.BREAK_DUE
        elif paused or not status.enabled:
            state = IconState.PAUSED
        else:
            state = IconState.NORMAL
        self._tooltip = self.tr("hipcoach — {status}").format(status=describe_status(status, now))
        self.resume_action.setVisible(paused)
        if state is not self._state:
            self._state = state
            if self.icon is not None:
                self.icon.setIcon(tray_icon(state))
        if self.icon is not None:
            self.icon.setToolTip(self._tooltip)

    @property
    def state(self) -> IconState:
        """Return the icon state on show."""
        return self._state

    @property
    def tooltip(self) -> str:
        """Return the tooltip text."""
        return self._tooltip

    def hide(self) -> None:
        """Remove the icon from the tray."""
        if self.icon is not None:
            self.icon.hide()

    def _add(self, menu: QMenu, text: str, signal: SignalInstance) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(signal.emit)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
