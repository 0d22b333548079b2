"""The composition root: builds every object, wires them together and runs Qt."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from hipcoach import APP_NAME, __version__
from hipcoach.core.clock import Clocks, SystemClock
from hipcoach.core.commands import (
    ACTIVATE,
    BREAK_NOW,
    PAUSE,
    RESUME,
    START_SESSION,
    STATUS_REQUEST,
    Command,
    decode,
)
from hipcoach.core.paths import AppPaths, bundled_resources_dir
from hipcoach.core.settings import Settings, SettingsStore
from hipcoach.logs import install_excepthook, setup_logging
from hipcoach.logs_qt import install_qt_log_bridge
from hipcoach.platform.identity import APP_ID
from hipcoach.platform.single_instance import SingleInstance, profile_user
from hipcoach.ui.icons import app_icon
from hipcoach.ui.startup_probe import probe_from_environment
from hipcoach.ui.translate import install_translator, translate
from hipcoach.ui.tray import TrayController

if TYPE_CHECKING:
    from collections.abc import Callable

    # The movement-break pieces (D-Bus, SQLite, the safety checks) load after
    # the first paint (see ``HipCoach.finish_start``); the library and the
    # session machinery when first needed.
    from hipcoach.core.history import HistoryStore
    from hipcoach.core.library import Library
    from hipcoach.core.reminders import ReminderScheduler
    from hipcoach.core.session import SessionSummary
    from hipcoach.core.status_report import StatusReport
    from hipcoach.platform import Platform
    from hipcoach.ui.break_coordinator import BreakCoordinator
    from hipcoach.ui.break_driver import BreakDriver, BreakStatus
    from hipcoach.ui.breaks_page import BreaksPage
    from hipcoach.ui.help_dialog import HelpDialog
    from hipcoach.ui.history_recorder import HistoryRecorder
    from hipcoach.ui.player_page import PlayerPage
    from hipcoach.ui.progress_page import ProgressPage
    from hipcoach.ui.safety_flow import Dialogs, SafetyFlow
    from hipcoach.ui.session_driver import SessionDriver
    from hipcoach.ui.settings_page import SettingsPage
    from hipcoach.ui.sound import CuePlayer
    from hipcoach.ui.window import HipCoachWindow


# How often saving the settings is tried again after it failed.
SAVE_RETRY_MS = 5 * 60 * 1000
#: The break pieces are built after the window's first paint, and at the
#: latest this long after the window is shown (should no paint come).
FINISH_START_LATEST_MS = 500


@dataclass(frozen=True)
class _Pages:
    """The window; each page other than the library is built when first shown or asked for."""

    window: HipCoachWindow

    @property
    def player(self) -> PlayerPage:
        return cast("PlayerPage", self.window.page("Session"))

    @property
    def breaks(self) -> BreaksPage:
        return cast("BreaksPage", self.window.page("Breaks"))

    @property
    def settings(self) -> SettingsPage:
        return cast("SettingsPage", self.window.page("Settings"))

    @property
    def progress(self) -> ProgressPage | None:
        return cast("ProgressPage | None", self.window.page("Progress"))

    def built(self, title: str) -> QWidget | None:
        """Return the page called ``title`` if it has been built, else None."""
        return self.window.built_page(title)


@dataclass(frozen=True)
class _BreakPieces:
    """What the movement breaks need; built after the first paint (see ``finish_start``)."""

    platform: Platform
    scheduler: ReminderScheduler
    driver: BreakDriver
    coordinator: BreakCoordinator
    history: HistoryStore | None
    history_problem: str | None
    safety: SafetyFlow
    recorder: HistoryRecorder | None


class HipCoach(QObject):
    """Every long-lived object of a running hipcoach, wired together."""

    def __init__(
        self,
        app: QApplication,
        *,
        paths: AppPaths,
        library: Library | Callable[[], Library],
        clock: Clocks,
        platform: Platform | Callable[[], Platform],
        dialogs: Dialogs | None = None,
        defer_breaks: bool = False,
    ) -> None:
        """Build the app; ``library`` and ``platform`` may be functions that build them.

        A library given as a function is loaded when first needed: for the
        window before it shows, for a start into the tray after the icon is up.

        With ``defer_breaks`` the movement-break pieces (platform, history,
        reminder driver, safety checks) are built by ``finish_start``: after
        the window's first paint, or at once when anything asks for them.
        Breaks are counted from now either way.
        """
        super().__init__()
        self.app = app
        self.paths = paths
        self.clock = clock
        self._platform_source = platform
        self._dialogs = dialogs
        self._started_at = clock.now()  # sitting time counts from here, even when deferred
        self.store = SettingsStore.for_paths(paths, clock=clock)
        loaded = self.store.load()
        self.settings: Settings = loaded.settings
        self._cue_player: CuePlayer | None = None

        self._library_source = library
        self._library: Library | None = None
        self._session_driver: SessionDriver | None = None
        from hipcoach.ui.translate import render  # noqa: PLC0415

        self._notices = [
            render(text) for text in (loaded.notice_message, *loaded.problem_messages) if text
        ]
        self._notices_warn = bool(self._notices)  # whether any queued notice is a warning
        self.tray = TrayController(parent=self)
        # Whether the settings in use differ from the file because a save failed.
        self.unsaved = False
        self.save_retry = QTimer(self)
        self.save_retry.setInterval(SAVE_RETRY_MS)
        self.save_retry.timeout.connect(self.save_settings)
        self._ui: _Pages | None = None
        self._breaks: _BreakPieces | None = None
        self._help: HelpDialog | None = None
        self._break_driver_started = False
        self._start_requested = False
        self._tray_pending = False
        self._closed = False
        self._wire()
        if not defer_breaks:
            self.finish_start()

    @property
    def library(self) -> Library:
        """Return the exercise library (loaded on first use)."""
        if self._library is None:
            from hipcoach.core.library import Library  # noqa: PLC0415

            source = self._library_source
            self._library = source if isinstance(source, Library) else source()
        return self._library

    @property
    def session_driver(self) -> SessionDriver:
        """Return what runs sessions on the Qt event loop (built on first use)."""
        if self._session_driver is None:
            from hipcoach.ui.session_driver import SessionDriver  # noqa: PLC0415

            self._session_driver = SessionDriver(self.clock, self.clock, self)
        return self._session_driver

    # -- the movement-break pieces, built after the first paint -----------------

    @property
    def breaks_built(self) -> bool:
        """Return whether the platform, history and break pieces exist yet."""
        return self._breaks is not None

    def finish_start(self) -> None:
        """Build the movement-break pieces if not built yet (safe to call again)."""
        if self._breaks is None and not self._closed:
            self._breaks = self._build_breaks_pieces()
            if self._tray_pending:
                self._tray_pending = False
                self._tray_appeared(self.tray.try_show())
            if self._start_requested:
                self._start_break_driver()

    def _pieces(self) -> _BreakPieces:
        self.finish_start()
        assert self._breaks is not None, "the break pieces are gone once hipcoach has closed"
        return self._breaks

    @property
    def platform(self) -> Platform:
        """Return the OS pieces (built on first use)."""
        return self._pieces().platform

    @property
    def scheduler(self) -> ReminderScheduler:
        """Return the reminder scheduler (built on first use)."""
        return self._pieces().scheduler

    @property
    def break_driver(self) -> BreakDriver:
        """Return the break driver (built on first use)."""
        return self._pieces().driver

    @property
    def coordinator(self) -> BreakCoordinator:
        """Return the break coordinator (built on first use)."""
        return self._pieces().coordinator

    @property
    def history(self) -> HistoryStore | None:
        """Return the history store, or None if it cannot be opened (opened on first use)."""
        return self._pieces().history

    @property
    def history_problem(self) -> str | None:
        """Return why the history is not as it should be, if it is not."""
        return self._pieces().history_problem

    @property
    def safety(self) -> SafetyFlow:
        """Return the safety checks (built on first use)."""
        return self._pieces().safety

    @property
    def recorder(self) -> HistoryRecorder | None:
        """Return what records sessions and breaks (None without a writable history)."""
        return self._pieces().recorder

    def _build_breaks_pieces(self) -> _BreakPieces:
        # Imported here: these modules load D-Bus, SQLite and the safety
        # checks, which the first window does not need.
        from hipcoach.core.reminders import ReminderScheduler  # noqa: PLC0415
        from hipcoach.platform import Platform  # noqa: PLC0415
        from hipcoach.ui.break_coordinator import BreakCoordinator  # noqa: PLC0415
        from hipcoach.ui.break_driver import BreakDriver  # noqa: PLC0415
        from hipcoach.ui.history_recorder import HistoryRecorder  # noqa: PLC0415
        from hipcoach.ui.safety_flow import SafetyFlow, WindowDialogs  # noqa: PLC0415

        source = self._platform_source
        platform = source if isinstance(source, Platform) else source()
        clock, library = self.clock, self.library
        scheduler = ReminderScheduler(self.settings.breaks, self._started_at)
        driver = BreakDriver(
            scheduler,
            clock,
            idle_seconds=platform.idle.idle_seconds,
            defer_reason=platform.defer_check.reason,
            in_call=platform.calls.in_call,
            parent=self,
        )
        platform.calls.changed.connect(driver.call_changed)
        coordinator = BreakCoordinator(
            driver,
            library,
            clock=clock,
            wall=clock,
            notify=platform.notifier.notify,
            cue_player=self.cue_player,
            parent=self,
        )
        history, history_problem = _open_history(self.paths, clock)
        if history_problem:
            self._notices.append(history_problem)
            self._notices_warn = True
            if self._ui is not None and self._ui.built("Settings") is not None:
                self._ui.settings.show_notice(history_problem, warning=True)
        dialogs = self._dialogs or WindowDialogs(self._ui.window if self._ui else None)
        safety = SafetyFlow(history, library.reference, library, wall=clock, dialogs=dialogs)
        safety.problem.connect(self._notify_user)
        recorder: HistoryRecorder | None = None
        if history is not None and not history.read_only:
            recorder = HistoryRecorder(history, clock, self)
            recorder.problem.connect(self._notify_user)
            recorder.problem.connect(self._history_failed)
            recorder.session_recorded.connect(safety.session_started)
            self.session_driver.started.connect(recorder.session_started)
            self.session_driver.runner_event.connect(recorder.session_event)
            coordinator.card_shown.connect(recorder.break_shown)
            driver.answered.connect(recorder.break_answered)
        driver.status_changed.connect(self._status_changed)
        watcher = platform.watcher
        watcher.locked.connect(driver.screen_locked)
        watcher.unlocked.connect(driver.screen_unlocked)
        watcher.sleeping.connect(driver.sleeping)
        watcher.resumed.connect(driver.resumed)
        return _BreakPieces(
            platform=platform,
            scheduler=scheduler,
            driver=driver,
            coordinator=coordinator,
            history=history,
            history_problem=history_problem,
            safety=safety,
            recorder=recorder,
        )

    def _start_break_driver(self) -> None:
        if not self._break_driver_started:
            self._break_driver_started = True
            self.break_driver.start()

    # -- the window, built when first needed ------------------------------------

    @property
    def ui(self) -> _Pages:
        """Return the main window and its pages, building them on first use.

        Starting at login into the tray builds none of it, which keeps an
        idle hipcoach small.
        """
        if self._ui is None:
            self._ui = self._build_ui()
        return self._ui

    @property
    def ui_built(self) -> bool:
        """Return whether the window and its pages exist yet."""
        return self._ui is not None

    @property
    def window(self) -> HipCoachWindow:
        """Return the main window (built on first use)."""
        return self.ui.window

    @property
    def player(self) -> PlayerPage:
        """Return the Session page (built on first use)."""
        return self.ui.player

    @property
    def settings_page(self) -> SettingsPage:
        """Return the Settings page (built on first use)."""
        return self.ui.settings

    @property
    def breaks_page(self) -> BreaksPage:
        """Return the Breaks page (built on first use)."""
        return self.ui.breaks

    def _build_ui(self) -> _Pages:
        # Only the window and its library page are built here; the other pages
        # (and their modules) load once the window has shown, or when first
        # asked for, which keeps start-up short. Started into the tray,
        # hipcoach builds none of this until the window is opened.
        from hipcoach.ui.window import HipCoachWindow  # noqa: PLC0415

        window = HipCoachWindow(self.library, player=self._build_player)
        shared = self.app.windowIcon()  # run_app has drawn it once already
        window.setWindowIcon(app_icon() if shared.isNull() else shared)
        window.add_section("Breaks", self._build_breaks)
        if self.library.reference is not None:
            window.add_section("Progress", self._build_progress)
        window.add_section("Settings", self._build_settings)
        window.resize(*_initial_size(self.app))
        window.hide_to_tray = self.tray.visible
        window.about_requested.connect(self.show_about)
        window.help_requested.connect(self.show_help)
        if self._breaks is not None:
            from hipcoach.ui.safety_flow import WindowDialogs  # noqa: PLC0415  (loaded by now)

            if isinstance(self._breaks.safety.dialogs, WindowDialogs):
                self._breaks.safety.dialogs.parent = window
        return _Pages(window=window)

    def _build_player(self) -> PlayerPage:
        from hipcoach.ui.player_page import PlayerPage  # noqa: PLC0415
        from hipcoach.ui.sound import create_speaker  # noqa: PLC0415

        player = PlayerPage(
            self.library,
            driver=self.session_driver,
            clock=self.clock,
            cue_player_factory=self.cue_player,
            speaker_factory=create_speaker,
        )
        player.session_ended.connect(self._session_ended)
        player.before_start = self.safety.before_session
        player.caution_check = self.safety.check_caution
        player.setup.restore(self.settings.general.protocol, self.settings.general.choices)
        player.setup.preferences_changed.connect(self._session_preferences)
        player.set_speaking(self.settings.sound.spoken_cues)
        return player

    def _build_breaks(self) -> BreaksPage:
        from hipcoach.ui.breaks_page import BreaksPage  # noqa: PLC0415

        library = self.library
        breaks = BreaksPage(
            self.break_driver,
            self.clock,
            history=self.history,
            move_name=lambda move: _name_of(library, move),
        )
        breaks.set_tray_available(self.tray.visible)
        return breaks

    def _build_progress(self) -> ProgressPage:
        from hipcoach.ui.progress_page import ProgressPage  # noqa: PLC0415

        assert self.library.reference is not None
        progress = ProgressPage(
            self.history,
            self.library.reference,
            self.clock,
            break_status=self.break_driver.status,
            problem=self.history_problem,
            exercise_name=lambda exercise_id: _name_of(self.library, exercise_id),
        )
        progress.pain_requested.connect(self._quick_pain)
        progress.safety_requested.connect(self._safety_check)
        progress.export_requested.connect(self.export_history)
        return progress

    def _build_settings(self) -> SettingsPage:
        from hipcoach.core.exercises import Category  # noqa: PLC0415
        from hipcoach.ui.settings_page import SettingsPage  # noqa: PLC0415

        self.finish_start()  # so a damaged history is among the notices
        snacks = {e.id: e.name for e in self.library.exercises if e.category is Category.SNACK}
        settings = SettingsPage(self.settings, exercises=snacks, autostart_available=True)
        if self._notices:
            settings.show_notice("\n".join(self._notices), warning=self._notices_warn)
        settings.settings_changed.connect(self.apply_settings)
        return settings

    # -- wiring --------------------------------------------------------------

    def _wire(self) -> None:
        # The tray's requests reach the break pieces through methods, which
        # build those pieces first if a request comes before they exist.
        tray = self.tray
        tray.open_requested.connect(self.activate)
        tray.session_requested.connect(self.open_session)
        tray.break_now_requested.connect(self._break_now)
        tray.pause_requested.connect(self._pause)
        tray.resume_requested.connect(self._resume)
        tray.settings_requested.connect(self.open_settings)
        tray.pain_requested.connect(self._quick_pain)
        tray.quit_requested.connect(self.quit)
        tray.available_changed.connect(self._tray_appeared)

    def start(self, *, autostart: bool) -> None:
        """Show the tray (or the window) and begin watching for breaks.

        With deferred break pieces, they are built on the first turn of the
        event loop after the window has painted (or after the tray icon is
        up), unless something asks for them sooner; when the window shows
        first, the tray icon comes up with them.
        """
        self._start_requested = True
        deferred = self._breaks is None
        has_tray = False
        if deferred and not autostart:
            self._tray_pending = True  # the window first; the tray icon with the break pieces
        else:
            has_tray = self.tray.try_show()
            self._tray_appeared(has_tray)
        probe = probe_from_environment(self.quit, parent=self)
        if not (autostart and has_tray):
            if deferred:
                # Installed before the probe's filter, so the probe reports first.
                self.window.installEventFilter(self)
                QTimer.singleShot(FINISH_START_LATEST_MS, self, self.finish_start)
            if probe is not None:
                shown = self.window.library_page.filter_model.rowCount()
                probe.watch_window(self.window, f"exercises={shown}")
            self.window.show()
        else:
            if probe is not None:
                probe.tray_ready("tray=visible" if self.tray.visible else "tray=hidden")
            if deferred:
                QTimer.singleShot(0, self, self.finish_start)
        if not deferred:
            self._start_break_driver()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Build the break pieces on the event loop's next turn after the first paint."""
        ui = self._ui
        if event.type() == QEvent.Type.Paint and ui is not None and watched is ui.window:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.finish_start)
        return False

    def cue_player(self) -> CuePlayer:
        """Return the cue sound player, loading audio on first use."""
        if self._cue_player is None:
            from hipcoach.ui.sound import create_cue_player  # noqa: PLC0415

            self._cue_player = create_cue_player(bundled_resources_dir() / "sounds")
            self._apply_sound(self.settings)
        return self._cue_player

    def status_report(self) -> StatusReport:
        """Return what ``hipcoach status`` says about this running hipcoach now."""
        from hipcoach.core.status_report import from_history, live  # noqa: PLC0415

        now = self.clock.now()
        return live(
            self.scheduler,
            now,
            history=from_history(self.history, now),
            break_active=self.coordinator.card is not None,
            enabled=self.settings.breaks.enabled,
        )

    def handle(self, command: Command) -> None:
        """Carry out a command from the command line or another instance."""
        if command.name == BREAK_NOW:
            self._break_now()
        elif command.name == PAUSE:
            self._pause(command.seconds)
        elif command.name == RESUME:
            self._resume()
        elif command.name == START_SESSION:
            self.open_session()
        elif command.name == ACTIVATE:
            self.activate()

    def handle_message(self, line: str) -> None:
        """Carry out a command line sent by another instance; ignore anything else."""
        try:
            command = decode(line)
        except ValueError as error:
            logging.getLogger("hipcoach").warning("ignored a message from another start: %s", error)
            return
        self.handle(command)

    def activate(self) -> None:
        """Bring the main window to the front."""
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def open_session(self) -> None:
        """Show the Session page, ready to start."""
        self.window.show_section("Session")
        self.activate()

    def open_settings(self) -> None:
        """Show the Settings page."""
        self.window.show_section("Settings")
        self.activate()

    def apply_settings(self, settings: Settings) -> None:
        """Use ``settings`` at once and save them."""
        previous, self.settings = self.settings, settings
        if settings.breaks != previous.breaks:
            self.break_driver.update_settings(settings.breaks)
        if settings.sound != previous.sound:
            self._apply_sound(settings)
        if self._ui is not None and self._ui.built("Settings") is not None:
            self._ui.settings.set_settings(settings)
        if settings.general.start_at_login != previous.general.start_at_login:
            self._apply_autostart(settings.general.start_at_login)
        self.save_settings()

    def save_settings(self) -> bool:
        """Save the settings in use; tell the user when that fails and when it works again.

        After a failure (a full disk, a read-only folder) the settings stay in
        use, and saving is tried again with the next change, every few minutes
        and when hipcoach quits.
        """
        from hipcoach.ui.translate import render  # noqa: PLC0415

        result = self.store.save(self.settings)
        reason = render(result.notice_message) if result.notice_message else ""
        if result:
            self.save_retry.stop()
            if self.unsaved:
                self.unsaved = False
                self._notify_user(self.tr("Your settings are saved again."), warning=False)
                self._status(self.tr("Settings saved."), timeout_ms=10_000)
            return True
        if self.store.read_only:
            self._notify_user(reason)
            return False
        self.unsaved = True
        logging.getLogger("hipcoach").warning("%s", result.notice)
        if not self.save_retry.isActive():
            self.save_retry.start()
        self._notify_user(
            self.tr(
                "{problem}. Your changes stay in use while hipcoach runs; "
                "saving is tried again every few minutes."
            ).format(problem=reason)
        )
        self._status(self.tr("⚠ Settings cannot be saved right now; the Settings page says why."))
        return False

    def _status(self, text: str, timeout_ms: int = 0) -> None:
        if self._ui is not None:
            self._ui.window.show_status(text, timeout_ms)

    def show_about(self) -> None:
        """Show the About dialog over the window (window-modal, closes itself)."""
        from hipcoach.ui.about_dialog import AboutDialog  # noqa: PLC0415

        dialog = AboutDialog(
            self.paths.log_dir, platform_lines=self.platform.describe(), parent=self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_help(self) -> None:
        """Show the Help dialog beside the window (one at a time; F1 again brings it forward).

        A running session pauses first: nothing counts down behind the help.
        """
        from hipcoach.ui.help_dialog import HelpDialog  # noqa: PLC0415

        if self.ui.built("Session") is not None:
            self.ui.player.pause_session()

        dialog = self._help
        if dialog is None or not shiboken6.isValid(dialog):
            window = self.window
            dialog = HelpDialog(window.section_titles(), parent=window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.section_requested.connect(self._show_section)
            dialog.about_requested.connect(self.show_about)
            self._help = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _show_section(self, title: str) -> None:
        self.window.show_section(title)
        self.window.raise_()
        self.window.activateWindow()

    def quit(self) -> None:
        """Leave the app."""
        self.tray.hide()
        if self._ui is not None:
            self._ui.window.hide_to_tray = False
        self.app.quit()

    def close(self) -> None:
        """Release the history and the platform pieces (after the event loop ends)."""
        self.save_retry.stop()
        self._closed = True  # nothing builds the break pieces from now on
        if self._ui is not None and shiboken6.isValid(self._ui.window):
            self._ui.window.stop_building()  # pages built later would read a closed history
        if self.unsaved:
            # One last try; the window may be gone, so nobody is told either way.
            result = self.store.save(self.settings)
            self.unsaved = not result
            if not result:
                logging.getLogger("hipcoach").warning("at exit: %s", result.notice)
        pieces = self._breaks
        if pieces is None:
            return  # hipcoach quit before the break pieces were built
        if pieces.history is not None:
            pieces.history.close()
        pieces.platform.close()

    # -- reactions -----------------------------------------------------------

    def _break_now(self) -> None:
        self.break_driver.break_now()

    def _resume(self) -> None:
        self.break_driver.resume()

    def _pause(self, seconds: object) -> None:
        if isinstance(seconds, int | float):
            self.break_driver.pause_for(float(seconds))
        else:
            self.break_driver.pause_until_tomorrow()

    def _session_preferences(self, protocol_id: str, choices: object) -> None:
        assert isinstance(choices, dict)
        general = replace(self.settings.general, protocol=protocol_id, choices=choices)
        self.apply_settings(replace(self.settings, general=general))

    def _notify_user(self, text: str, *, warning: bool = True) -> None:
        """Show ``text`` on the Settings page (now, or when that page is built)."""
        if self._ui is None or self._ui.built("Settings") is None:
            self._notices.append(text)
            self._notices_warn = self._notices_warn or warning
        else:
            self._ui.settings.show_notice(text, warning=warning)

    def _history_failed(self, _problem: str = "") -> None:
        self._status(self.tr("⚠ History cannot be saved right now; the Settings page says why."))

    def _tray_appeared(self, available: bool) -> None:
        self.app.setQuitOnLastWindowClosed(not available)
        if self._ui is not None:
            self._ui.window.hide_to_tray = available
            if self._ui.built("Breaks") is not None:
                self._ui.breaks.set_tray_available(available)

    def _status_changed(self, status: BreakStatus) -> None:
        self.tray.show_status(status, self.clock.now())

    def _session_ended(self, summary: SessionSummary) -> None:
        if summary.status.counts:  # real exercise, not a session tapped through
            self.break_driver.session_completed()
        self.safety.after_session(summary)
        self._refresh_progress()

    def _quick_pain(self) -> None:
        self.safety.quick_pain()
        self._refresh_progress()

    def _safety_check(self) -> None:
        self.safety.safety_check()
        self._refresh_progress()

    def _refresh_progress(self) -> None:
        progress = self._built_progress()
        if progress is not None:
            progress.refresh()

    def _built_progress(self) -> ProgressPage | None:
        if self._ui is None or self._ui.built("Progress") is None:
            return None
        return self._ui.progress

    def export_history(self) -> None:
        """Ask for a folder and write the history there as CSV files."""
        if self.history is None:
            self._notify_user(self.tr("There is no history to export."))
            return
        folder = self.choose_export_folder()
        if folder is None:
            return
        from hipcoach.core.history_export import export_csv  # noqa: PLC0415  (on first export)

        try:
            written = export_csv(self.history, folder)
        except OSError as error:
            self._notify_user(
                self.tr("The export failed: {error}").format(error=error.strerror or error)
            )
            return
        done = self.tr("Exported %n CSV files to {folder}.", "", len(written)).format(folder=folder)
        progress = self._built_progress()
        if progress is not None:
            progress.show_share_result(done, ok=True)

    def choose_export_folder(self) -> Path | None:
        """Ask where to export (replaceable in tests); None when cancelled."""
        chosen = QFileDialog.getExistingDirectory(
            self.window, self.tr("Export history as CSV"), str(Path.home())
        )
        return Path(chosen) if chosen else None

    def _apply_sound(self, settings: Settings) -> None:
        player = self._cue_player
        if player is not None:
            player.set_muted(not settings.sound.enabled)
            player.set_volume(settings.sound.volume)
        if self._ui is not None and self._ui.built("Session") is not None:
            self._ui.player.set_speaking(settings.sound.spoken_cues)

    def _apply_autostart(self, on: bool) -> None:
        autostart = self.platform.autostart
        try:
            if on:
                autostart.enable()
            else:
                autostart.disable()
        except OSError as error:
            self._notify_user(
                self.tr("Could not change start at login: {error}").format(error=error)
            )
            general = replace(self.settings.general, start_at_login=autostart.is_enabled())
            self.settings = replace(self.settings, general=general)
            if self._ui is not None and self._ui.built("Settings") is not None:
                self._ui.settings.set_settings(self.settings)


def _open_history(paths: AppPaths, clock: Clocks) -> tuple[HistoryStore | None, str | None]:
    """Open the history; return it (or None) and a message for the user, if any."""
    from hipcoach.core.history import HistoryError, HistoryStore, history_path  # noqa: PLC0415
    from hipcoach.ui.translate import render  # noqa: PLC0415

    try:
        opened = HistoryStore.open(history_path(paths), now=clock.now())
    except HistoryError as error:
        return None, translate(
            "HipCoach", "Your history cannot be opened, so this run keeps none: {error}"
        ).format(error=render(error.message))
    return opened.store, render(opened.notice_message) if opened.notice_message else None


def launch_command() -> list[str]:
    """Return the argv that starts this hipcoach again (used for start at login).

    A frozen build (PyInstaller, AppImage) is its own program; otherwise the
    Python running now starts the package.
    """
    if getattr(sys, "frozen", False):
        return [os.environ.get("APPIMAGE") or sys.executable]
    return [sys.executable, "-m", "hipcoach"]


def _name_of(library: Library, exercise_id: str) -> str:
    try:
        return library.exercise(exercise_id).name
    except KeyError:
        return exercise_id


def _initial_size(app: QApplication) -> tuple[int, int]:
    screen = app.primaryScreen()
    available = screen.availableGeometry() if screen else None
    width, height = 1180, 760
    if available is not None:
        width = min(width, int(available.width() * 0.9))
        height = min(height, int(available.height() * 0.9))
    return width, height


def serve_other_starts(instance: SingleInstance, coach: HipCoach) -> None:
    """Carry out the commands later starts send, and answer ``hipcoach status``."""
    instance.message_received.connect(coach.handle_message)
    instance.answer(STATUS_REQUEST, lambda: json.dumps(coach.status_report().as_json()))


def run_app(
    extra_packs: Sequence[Path] = (),
    *,
    request: Command | None = None,
    autostart: bool = False,
    verbose: bool = False,
) -> int:
    """Run hipcoach, or hand ``request`` to the copy already running; return the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("hipcoach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_translator(app)
    paths = AppPaths.for_user()
    request = request or Command(ACTIVATE)

    instance = SingleInstance(APP_ID, paths.cache_dir, user=profile_user())
    if not instance.acquire():
        if instance.send(request.encode()):
            return 0
        print("hipcoach: another copy seems to be running but does not answer", file=sys.stderr)
        return 1

    setup_logging(paths.log_dir, verbose=verbose)
    install_excepthook()
    install_qt_log_bridge()
    log = logging.getLogger("hipcoach")
    log.info(
        "hipcoach %s starts (Python %s, Qt %s)", __version__, sys.version.split()[0], qVersion()
    )
    clock = SystemClock()
    # Exercise text in the user's language where a pack has it (English otherwise).
    language = QLocale.system().name()

    def library() -> Library:
        from hipcoach.core.library import load_user_library  # noqa: PLC0415  (the window loads it)

        return load_user_library(paths, extra_packs, language=language)

    def platform() -> Platform:
        from hipcoach.platform import create_platform  # noqa: PLC0415  (D-Bus after first paint)

        built = create_platform(paths, launch_command())
        for piece, available, detail in built.describe():
            log.info("platform: %s %s: %s", "✓" if available else "✗", piece, detail)
        return built

    coach = HipCoach(
        app, paths=paths, library=library, clock=clock, platform=platform, defer_breaks=True
    )
    serve_other_starts(instance, coach)
    coach.start(autostart=autostart)
    if request.name != ACTIVATE:
        coach.handle(request)
    status = app.exec()
    instance.release()
    coach.close()
    log.info("hipcoach exits (status %d)", status)
    return status
