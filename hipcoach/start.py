"""Starting hipcoach: what the user sees comes first, the rest of the app right after.

``run_app`` hands a command to the copy already running, or puts up what
this start shows first (the main window with its Library page, or for a
start at login the tray icon) before the rest of the app is even
imported. The rest (settings, the log file, the tray or the window's other
pages, ``HipCoach`` and its wiring) is built on the event loop's next turn
after that first paint or that tray icon, and the movement-break pieces on
the turn after (``wiring.start_up``). Anything that needs the rest sooner
(a page opened in between) builds it at once; nothing asked for in
between is lost: a later start's command waits in the instance's socket,
records logged before the log file opens are written to it first.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, qVersion
from PySide6.QtWidgets import QApplication

from hipcoach import APP_NAME, __version__
from hipcoach.core.commands import Command, CommandName
from hipcoach.core.paths import AppPaths, bundled_resources_dir
from hipcoach.logs import hold_records, install_excepthook, setup_logging
from hipcoach.logs_qt import install_qt_log_bridge
from hipcoach.platform.identity import APP_ID
from hipcoach.platform.memory import drop_source_lines, give_back_memory, release_collection
from hipcoach.platform.single_instance import SingleInstance
from hipcoach.ui.icons import app_icon, use_icon_cache
from hipcoach.ui.startup_probe import probe_from_environment
from hipcoach.ui.translate import install_translator

if TYPE_CHECKING:
    from hipcoach.app import HipCoach
    from hipcoach.core.library import Library
    from hipcoach.core.library_snapshot import LibrarySnapshot
    from hipcoach.platform import Platform
    from hipcoach.ui.startup_probe import StartupProbe
    from hipcoach.ui.tray import TrayController
    from hipcoach.wiring.pages import Pages

log = logging.getLogger("hipcoach")

#: How long after the start ``run_app`` hands start-up's leftovers back (``platform.memory``).
GIVE_BACK_MEMORY_AFTER_MS = 5000
#: The rest of the app is built after the window's first paint, and at the
#: latest this long after the window is shown (should no paint come).
REST_LATEST_MS = 500


def launch_command() -> list[str]:
    """Return the argv that starts this hipcoach again (used for start at login).

    A frozen build (PyInstaller, AppImage) is its own program; otherwise the
    Python running now starts the package.
    """
    if getattr(sys, "frozen", False):
        return [os.environ.get("APPIMAGE") or sys.executable]
    return [sys.executable, "-m", "hipcoach"]


class _FirstPaint(QObject):
    """Calls ``then`` on the event loop's next turn after ``window`` first paints."""

    def __init__(self, window: QObject, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)
        return False


class Launch:
    """One start of the first instance: what shows first, then ``rest`` builds everything else.

    ``show_first`` shows the tray icon or the window; ``rest`` builds the
    log, ``HipCoach`` (``coach``) and the service for later starts, once,
    on the next turn or when a page needs it sooner; ``close`` ends it.
    """

    def __init__(
        self,
        app: QApplication,
        paths: AppPaths,
        instance: SingleInstance,
        *,
        extra_packs: Sequence[Path],
        request: Command,
        autostart: bool,
        verbose: bool,
    ) -> None:
        self.app = app
        self.paths = paths
        self.instance = instance
        self.extra_packs = tuple(extra_packs)
        self.request = request
        self.autostart = autostart
        self.verbose = verbose
        # Exercise text in the user's language where a pack has it (English otherwise).
        self.language = QLocale.system().name()
        self.coach: HipCoach | None = None
        self.tray: TrayController | None = None
        self.pages: Pages | None = None
        self._library: Library | None = None
        self._closed = False

    # -- what shows first ----------------------------------------------------

    def show_first(self, probe: StartupProbe | None) -> None:
        """Show the tray icon (a start at login, when there is a tray) or else the window."""
        if self.autostart:
            from hipcoach.ui.tray import TrayController  # noqa: PLC0415

            self.tray = TrayController()
            if self.tray.try_show():
                if probe is not None:
                    probe.tray_ready("tray=visible")
                QTimer.singleShot(0, self.tray, self.rest)
                return
        from hipcoach.wiring.pages import Pages  # noqa: PLC0415

        # What the last start's window showed, if the packs are as they were then:
        # the library itself (and its modules) then load after the first paint.
        pages = self.pages = Pages(
            self.app,
            self._snapshot() or self.library(),
            packs_dir=self.paths.packs_dir,
            detail_later=True,
        )
        pages.library_source = self.library
        pages.attach_requested = self.rest
        window = pages.window
        # Installed before the probe's filter, so the probe reports first.
        _FirstPaint(window, self.rest)
        if probe is not None:
            probe.watch_window(window, f"exercises={pages.library.filter_model.rowCount()}")
        QTimer.singleShot(REST_LATEST_MS, window, self.rest)
        window.show()

    def library(self) -> Library:
        """Return the exercise library the window shows first (read on first use)."""
        if self._library is None:
            self._library = self._read_library()
        return self._library

    def _snapshot(self) -> LibrarySnapshot | None:
        """Return the snapshot of the Library page the last start kept, if it still fits."""
        from hipcoach.core.library_snapshot import SNAPSHOT_FILE, read_snapshot  # noqa: PLC0415

        return read_snapshot(
            self.paths.cache_dir / SNAPSHOT_FILE, language=self.language, roots=self._pack_roots()
        )

    def _keep_snapshot(self) -> None:
        """Keep what the Library page shows now for the next start's first paint."""
        from hipcoach.core.library_snapshot import SNAPSHOT_FILE, write_snapshot  # noqa: PLC0415

        if self.pages is None:
            return
        write_snapshot(
            self.paths.cache_dir / SNAPSHOT_FILE,
            self.pages.library.snapshot(),
            language=self.language,
            roots=self._pack_roots(),
        )

    def _pack_roots(self) -> list[Path]:
        """Return the folders whose packs make the library (a snapshot fits them as they are)."""
        return [bundled_resources_dir(), self.paths.packs_dir, *self.extra_packs]

    def _read_library(self) -> Library:
        """Read the packs now (from the parsed-pack cache where a file is unchanged)."""
        from hipcoach.core.library_cache import load_user_library_cached  # noqa: PLC0415

        return load_user_library_cached(self.paths, self.extra_packs, language=self.language)

    def platform(self) -> Platform:
        """Return the OS pieces (D-Bus, idle time, notifications), built when the app asks."""
        from hipcoach.platform import create_platform  # noqa: PLC0415

        built = create_platform(self.paths, launch_command())
        for piece, available, detail in built.describe():
            log.info("platform: %s %s: %s", "✓" if available else "✗", piece, detail)
        return built

    # -- everything else -----------------------------------------------------

    def rest(self) -> None:
        """Build the rest of the app once (safe to call again; not after ``close``).

        Should that fail, hipcoach leaves with status 1 and the error is
        logged (and printed), rather than showing a window that does nothing.
        """
        if self.coach is not None or self._closed:
            return
        try:
            self._build_rest()
        except BaseException:
            self._closed = True
            self.app.exit(1)
            raise

    def _build_rest(self) -> None:
        setup_logging(self.paths.log_dir, verbose=self.verbose)
        log.info(
            "hipcoach %s starts (Python %s, Qt %s)",
            __version__,
            sys.version.split()[0],
            qVersion(),
        )
        from hipcoach.app import HipCoach  # noqa: PLC0415
        from hipcoach.core.clock import SystemClock  # noqa: PLC0415
        from hipcoach.wiring.other_starts import serve_other_starts  # noqa: PLC0415

        pages = self.pages
        if pages is not None:
            if not pages.has_library:
                pages.give_library(self.library())
            self._keep_snapshot()
            pages.library_replaced.connect(self._keep_snapshot)

        coach = self.coach = HipCoach(
            self.app,
            paths=self.paths,
            library=self._read_library,
            clock=SystemClock(),
            platform=self.platform,
            defer_breaks=True,
            tray=self.tray,
            pages=self.pages,
        )
        serve_other_starts(self.instance, coach)
        coach.start(autostart=self.autostart, first_shown=True)
        if self.request.name is not CommandName.ACTIVATE:
            coach.handle(self.request)
        drop_source_lines()  # PySide6 read the source of the app's modules, imported just now
        release_collection()  # held since the start (see ``hipcoach.cli``)

    def quit_when_started(self) -> None:
        """Leave once the rest and the break pieces are built (for the start-up probe)."""
        self.rest()
        if self.coach is not None:
            self.coach.finish_start()
            self.coach.quit()

    def close(self) -> None:
        """Release what the start built (after the event loop ends); build nothing more."""
        self._closed = True
        self.instance.release()
        if self.coach is not None:
            self.coach.close()
        elif self.pages is not None and shiboken6.isValid(self.pages.window):
            self.pages.window.stop_building()  # its other pages would need the app


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
    paths = AppPaths.for_user()
    request = request or Command(CommandName.ACTIVATE)

    instance = SingleInstance(APP_ID, paths.cache_dir)
    if not instance.acquire():
        if instance.send(request.encode()):
            return 0
        print("hipcoach: another copy seems to be running but does not answer", file=sys.stderr)
        return 1
    # Only the first instance shows anything: a later start hands over before this.
    instance.hold()  # later starts' commands wait until the app can carry them out
    hold_records(verbose=verbose)  # the log file opens with the rest of the app
    install_excepthook()
    install_qt_log_bridge()
    drop_source_lines()  # PySide6 read the source of every module imported so far
    use_icon_cache(paths.cache_dir / "icons")
    app.setWindowIcon(app_icon())
    install_translator(app)

    start = Launch(
        app,
        paths,
        instance,
        extra_packs=extra_packs,
        request=request,
        autostart=autostart,
        verbose=verbose,
    )
    probe = probe_from_environment(start.quit_when_started)
    start.show_first(probe)
    # Once started (the break pieces come within a second), give start-up's leftovers back.
    QTimer.singleShot(GIVE_BACK_MEMORY_AFTER_MS, give_back_memory)
    status = app.exec()
    start.close()
    log.info("hipcoach exits (status %d)", status)
    return status
