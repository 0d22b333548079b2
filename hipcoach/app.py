"""The composition root: builds every long-lived object and wires them together.

``hipcoach.start.run_app`` shows the window (or the tray icon) first and
builds ``HipCoach`` right after.

``HipCoach`` owns the long-lived objects and the order they start in; each
job it hands out has one owner: the settings (``services.settings_keeper``),
the notices for the user (``services.notices``), start at login
(``services.start_at_login``), the CSV export (``ui.export_action``), the
commands from another start (``core.commands.dispatch``), the break pieces
(``wiring.break_pieces``) and the window with its pages (``wiring.pages``).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from hipcoach.core.clock import Clocks
from hipcoach.core.commands import Command, decode, dispatch
from hipcoach.core.paths import AppPaths, bundled_resources_dir
from hipcoach.core.settings import Settings, SettingsStore
from hipcoach.services.cue_sounds import CueSounds
from hipcoach.services.notices import NoticeBoard
from hipcoach.services.settings_keeper import SettingsKeeper
from hipcoach.services.start_at_login import switch_start_at_login
from hipcoach.ui.export_action import ExportAction
from hipcoach.ui.sections import Section
from hipcoach.ui.tray import TrayController
from hipcoach.wiring.start_up import StartUp

if TYPE_CHECKING:
    from collections.abc import Callable

    # The movement-break pieces (D-Bus, SQLite, the safety checks) load after
    # the first paint (see ``HipCoach.finish_start``); the library, the
    # session machinery and the window when first needed.
    from hipcoach.core.history import HistoryStore
    from hipcoach.core.library import Library
    from hipcoach.core.session import SessionSummary
    from hipcoach.platform import Platform
    from hipcoach.services.break_coordinator import BreakCoordinator
    from hipcoach.services.break_driver import BreakDriver, BreakStatus
    from hipcoach.services.safety_flow import Dialogs
    from hipcoach.services.session_driver import SessionDriver
    from hipcoach.ui.player_page import PlayerPage
    from hipcoach.ui.settings_page import SettingsPage
    from hipcoach.ui.window import HipCoachWindow
    from hipcoach.wiring.break_pieces import BreakPieces
    from hipcoach.wiring.pages import Pages

log = logging.getLogger("hipcoach")


class HipCoach(QObject):
    """Every long-lived object of a running hipcoach, wired together.

    ``reload_library`` is the one way to bring changed packs into use.
    """

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
        tray: TrayController | None = None,
        pages: Pages | None = None,
    ) -> None:
        """Build the app; ``library`` and ``platform`` may be functions that build them.

        ``tray`` and ``pages`` are the tray icon and the window when they
        were built (and shown) before the rest of the app; the app takes
        them over, and uses the library ``pages`` shows until the packs are
        read again (with ``library``).

        A library given as a function is loaded when first needed: for the
        window before it shows, for a start into the tray after the icon is up.

        With ``defer_breaks`` the movement-break pieces (platform, history,
        reminder driver, safety checks) are built by ``finish_start``: after
        the window's first paint, or at once when anything asks for them.
        The Library page's detail pane is then built after its first paint
        too. Breaks are counted from now either way.
        """
        super().__init__()
        self.app = app
        self.paths = paths
        self.clock = clock
        self._platform_source = platform
        self._library_source = library
        self._dialogs = dialogs
        self._started_at = clock.now()  # sitting time counts from here, even when deferred
        self._detail_later = defer_breaks
        self._library: Library | None = None
        self._reload_waiting = False
        self._waiting_library: Library | None = None
        self._session_driver: SessionDriver | None = None
        self._ui: Pages | None = None
        self.settings_keeper = SettingsKeeper(SettingsStore.for_paths(paths, clock=clock), self)
        self.notices = NoticeBoard(self.settings_keeper.load_notices)
        self.settings_keeper.notice.connect(self.notices.post)
        self.settings_keeper.status.connect(self._status)
        self.settings_keeper.changed.connect(self._settings_changed)
        self.cue_sounds = CueSounds(bundled_resources_dir() / "sounds", self.settings.sound)
        self.export = ExportAction(lambda: self.history, lambda: self.window, self)
        self.export.problem.connect(self.notices.post)
        self.tray = tray if tray is not None else TrayController()
        self.tray.setParent(self)
        self._wire_tray()
        self._start_up = StartUp(
            self.tray,
            build=self._build_break_pieces,
            tray_appeared=self._tray_appeared,
            ui=lambda: self.ui,
            quit_app=self.quit,
            parent=self,
        )
        if pages is not None:
            self._ui = pages
            self._library = pages.shown_library
            pages.setParent(self)
            self._attach(pages)
        if not defer_breaks:
            self.finish_start()

    @property
    def settings(self) -> Settings:
        """Return the settings in use."""
        return self.settings_keeper.settings

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
            from hipcoach.services.session_driver import SessionDriver  # noqa: PLC0415

            self._session_driver = SessionDriver(self.clock, self.clock, self)
            self._session_driver.ended.connect(self._reload_after_session)
        return self._session_driver

    # -- reading the packs again -------------------------------------------------

    @property
    def session_running(self) -> bool:
        """Return whether a session is under way (running or paused) on the Session page."""
        from hipcoach.core.session import RunnerState  # noqa: PLC0415

        driver = self._session_driver
        runner = driver.runner if driver is not None else None
        return runner is not None and runner.state in (RunnerState.RUNNING, RunnerState.PAUSED)

    @property
    def reload_waiting(self) -> bool:
        """Return whether a reload waits for the session under way to end."""
        return self._reload_waiting

    def reload_library(self, library: Library | None = None) -> bool:
        """Use the packs as they are on disk now (or ``library``), everywhere, without a restart.

        Call it after anything changed the user's packs: an exercise or
        routine saved or deleted, a pack installed or removed. The library
        is read again with the function the app was given (a library given
        as a value is kept, unless ``library`` replaces it); the Library,
        Session and Learn pages, the movement breaks and the safety checks
        then use it, and ``Pages.library_replaced`` fires. The exercise selected
        in the Library stays selected if it is still there.

        While a session runs nothing changes under it: the reload waits
        until the session ends. Returns whether the library was replaced now.
        """
        if self.session_running:
            self._reload_waiting = True
            self._waiting_library = library
            return False
        self._reload_waiting = False
        self._waiting_library = None
        if library is None:
            from hipcoach.core.library import Library  # noqa: PLC0415

            source = self._library_source
            library = source if isinstance(source, Library) else source()
        self._library = library
        if self._start_up.pieces is not None:
            self._start_up.pieces.coordinator.set_library(library)
            self._start_up.pieces.safety.set_library(library)
        if self._ui is not None:
            self._ui.set_library(library)  # fires Pages.library_replaced
        return True

    def _reload_after_session(self, _summary: SessionSummary) -> None:
        if self._reload_waiting:
            self.reload_library(self._waiting_library)

    # -- the movement-break pieces, built after the first paint -----------------

    @property
    def breaks_built(self) -> bool:
        """Return whether the platform, history and break pieces exist yet."""
        return self._start_up.pieces is not None

    def finish_start(self) -> None:
        """Build the movement-break pieces if not built yet (safe to call again)."""
        self._start_up.finish()

    def _build_break_pieces(self) -> BreakPieces:
        # Imported here: these modules load D-Bus, SQLite and the safety
        # checks, which the first window does not need.
        from hipcoach.platform import Platform  # noqa: PLC0415
        from hipcoach.wiring.break_pieces import build_break_pieces  # noqa: PLC0415

        source = self._platform_source
        pieces = build_break_pieces(
            platform=source if isinstance(source, Platform) else source(),
            library=self.library,
            paths=self.paths,
            clock=self.clock,
            breaks=self.settings.breaks,
            sitting_since=self._started_at,
            session_driver=self.session_driver,
            cue_player=self.cue_sounds.player,
            dialogs=self._dialogs,
            window=lambda: self._ui.window if self._ui is not None else None,
            parent=self,
        )
        pieces.safety.problem.connect(self.notices.post)
        if pieces.recorder is not None:
            pieces.recorder.problem.connect(self.notices.post)
            pieces.recorder.problem.connect(self._history_failed)
        pieces.driver.status_changed.connect(self._status_changed)
        if pieces.history_problem:
            self.notices.post(pieces.history_problem)
        return pieces

    @property
    def pieces(self) -> BreakPieces:
        """Return the break pieces: platform, history, scheduler, drivers, safety checks.

        They are built on first use (``finish_start``), but not after ``close``.
        """
        self.finish_start()
        pieces = self._start_up.pieces
        assert pieces is not None, "the break pieces are not built once hipcoach has closed"
        return pieces

    @property
    def platform(self) -> Platform:
        """Return the OS pieces (built on first use)."""
        return self.pieces.platform

    @property
    def break_driver(self) -> BreakDriver:
        """Return the break driver (built on first use)."""
        return self.pieces.driver

    @property
    def coordinator(self) -> BreakCoordinator:
        """Return the break coordinator (built on first use)."""
        return self.pieces.coordinator

    @property
    def history(self) -> HistoryStore | None:
        """Return the history store, or None if it cannot be opened (opened on first use)."""
        return self.pieces.history

    # -- the window, built when first needed ------------------------------------

    @property
    def ui(self) -> Pages:
        """Return the main window and its pages, building them on first use.

        Starting at login into the tray builds none of it, which keeps an
        idle hipcoach small.
        """
        if self._ui is None:
            from hipcoach.wiring.pages import Pages  # noqa: PLC0415

            pages = Pages(
                self.app,
                self.library,
                packs_dir=self.paths.packs_dir,
                detail_later=self._detail_later,
                parent=self,
            )
            self._ui = pages
            self._attach(pages)
        return self._ui

    def _attach(self, pages: Pages) -> None:
        pages.attach(
            clock=self.clock,
            keeper=self.settings_keeper,
            notices=self.notices,
            tray=self.tray,
            exports=self.export,
            actions=self,
            session_driver=lambda: self.session_driver,
            break_pieces=lambda: self.pieces,
            cue_player=self.cue_sounds.player,
            log_dir=self.paths.log_dir,
        )

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

    # -- starting ------------------------------------------------------------

    def _wire_tray(self) -> None:
        # The tray's requests reach the break pieces through methods, which
        # build those pieces first if a request comes before they exist.
        tray = self.tray
        tray.open_requested.connect(self.activate)
        tray.session_requested.connect(self.open_session)
        tray.break_now_requested.connect(self.break_now)
        tray.stood_up_requested.connect(self.stood_up)
        tray.pause_requested.connect(self.pause)
        tray.resume_requested.connect(self.resume)
        tray.settings_requested.connect(self.open_settings)
        tray.pain_requested.connect(self.quick_pain)
        tray.quit_requested.connect(self.quit)
        tray.available_changed.connect(self._tray_appeared)

    def start(self, *, autostart: bool, first_shown: bool = False) -> None:
        """Show the tray (or the window) and begin watching for breaks (see ``StartUp``).

        ``first_shown``: the tray icon or the window given to the app is up already.
        """
        self._start_up.start(autostart=autostart, first_shown=first_shown)

    # -- commands (from the command line, another start or the tray) ---------

    def handle(self, command: Command) -> None:
        """Carry out a command from the command line or another instance."""
        dispatch(command, self)

    def handle_message(self, line: str) -> None:
        """Carry out a command line sent by another instance; ignore anything else."""
        try:
            command = decode(line)
        except ValueError as error:
            log.warning("ignored a message from another start: %s", error)
            return
        self.handle(command)

    def activate(self) -> None:
        """Bring the main window to the front."""
        self.ui.open()

    def open_session(self) -> None:
        """Show the Session page, ready to start."""
        self.ui.open(Section.SESSION)

    def open_settings(self) -> None:
        """Show the Settings page."""
        self.ui.open(Section.SETTINGS)

    def break_now(self) -> None:
        """Start a movement break now."""
        self.break_driver.break_now()

    def stood_up(self) -> None:
        """The user stood up without the computer noticing: the sitting time starts again."""
        self.coordinator.stood_up()

    def resume(self) -> None:
        """Resume movement breaks."""
        self.break_driver.resume()

    def pause(self, seconds: float | None) -> None:
        """Pause movement breaks for ``seconds``, or until tomorrow (``None``)."""
        if seconds is None:
            self.break_driver.pause_until_tomorrow()
        else:
            self.break_driver.pause_for(float(seconds))

    def show_about(self) -> None:
        """Show the About dialog over the window (window-modal, closes itself)."""
        self.ui.show_about()

    def show_help(self) -> None:
        """Show the Help dialog beside the window (a running session pauses first)."""
        self.ui.show_help()

    # -- settings --------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """Use ``settings`` at once and save them."""
        previous = self.settings_keeper.use(settings)
        on = settings.general.start_at_login
        if on != previous.general.start_at_login:
            problem = switch_start_at_login(self.platform.autostart, on)
            if problem is not None:
                self.notices.post(problem)
                in_effect = self.platform.autostart.is_enabled()
                general = replace(self.settings.general, start_at_login=in_effect)
                self.settings_keeper.use(replace(self.settings, general=general))
        self.settings_keeper.save()

    def remember_routine(self, routine_id: str, choices: dict[str, str]) -> None:
        """Keep the routine and choices picked on the Session page for the next start."""
        general = replace(self.settings.general, protocol=routine_id, choices=choices)
        self.apply_settings(replace(self.settings, general=general))

    def _settings_changed(self, previous: Settings, current: Settings) -> None:
        if current.breaks != previous.breaks:
            self.break_driver.update_settings(current.breaks)
        if current.sound != previous.sound:
            self.cue_sounds.use(current.sound)

    # -- reactions -----------------------------------------------------------

    def session_ended(self, summary: SessionSummary) -> None:
        """A session ended: count it as movement, ask how it feels, show the progress."""
        if summary.status.counts:  # real exercise, not a session tapped through
            self.break_driver.session_completed()
        self.pieces.safety.after_session(summary)
        self._refresh_progress()

    def quick_pain(self) -> None:
        """Ask the pain check now (from the tray or the Progress page)."""
        self.pieces.safety.quick_pain()
        self._refresh_progress()

    def safety_check(self) -> None:
        """Ask the red-flag questions now (from the Progress page)."""
        self.pieces.safety.safety_check()
        self._refresh_progress()

    def _refresh_progress(self) -> None:
        if self._ui is not None:
            self._ui.refresh_progress()

    def _status(self, text: str, timeout_ms: int = 0) -> None:
        if self._ui is not None:
            self._ui.window.show_status(text, timeout_ms)

    def _history_failed(self, _problem: str = "") -> None:
        self._status(self.tr("⚠ History cannot be saved right now; the Settings page says why."))

    def _tray_appeared(self, available: bool) -> None:
        self.app.setQuitOnLastWindowClosed(not available)
        if self._ui is not None:
            self._ui.tray_available(available)

    def _status_changed(self, status: BreakStatus) -> None:
        self.tray.show_status(status, self.clock.now())

    # -- leaving -----------------------------------------------------------------

    def quit(self) -> None:
        """Leave the app."""
        self.tray.hide()
        if self._ui is not None:
            self._ui.window.hide_to_tray = False
        self.app.quit()

    def close(self) -> None:
        """Release the history and the platform pieces (after the event loop ends)."""
        self._start_up.close()  # nothing builds the break pieces from now on
        if self._ui is not None and shiboken6.isValid(self._ui.window):
            self._ui.window.stop_building()  # pages built later would read a closed history
        self.settings_keeper.save_at_exit()
        if self._start_up.pieces is not None:  # else hipcoach quit before they were built
            self._start_up.pieces.close()
