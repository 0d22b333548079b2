"""The order hipcoach starts in: the window (or the tray icon) first, the break pieces after.

The first paint waits for nothing but the window and its Library page. The
movement-break pieces (D-Bus, SQLite, the safety checks) are built on the
event loop's next turn after that paint, at the latest
``FINISH_START_LATEST_MS`` after the window shows, or on the first turn
after the tray icon is up for a start into the tray; anything that needs
them earlier builds them at once (``finish``). When ``hipcoach.start`` has
shown the window or the tray icon before the app existed
(``start(first_shown=True)``), the pieces come on the turn after that.
``Stage`` says how far it has come, so each step happens once and nothing
is built after closing.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from hipcoach.ui.startup_probe import probe_from_environment
from hipcoach.ui.tray import TrayController

if TYPE_CHECKING:
    from hipcoach.ui.window import HipCoachWindow
    from hipcoach.wiring.break_pieces import BreakPieces
    from hipcoach.wiring.pages import Pages

#: The break pieces are built after the window's first paint, and at the
#: latest this long after the window is shown (should no paint come).
FINISH_START_LATEST_MS = 500


class Stage(Enum):
    """How far starting has come."""

    CREATED = auto()  # ``start`` not called yet, no break pieces
    READY = auto()  # the break pieces were asked for before ``start``
    WAITING = auto()  # started; the break pieces come after the first paint (or tray icon)
    WAITING_WITH_TRAY = auto()  # the same, and the tray icon comes up with them
    RUNNING = auto()  # the break pieces are built and the break driver runs
    CLOSED = auto()  # closed: nothing is built any more


class StartUp(QObject):
    """Starts hipcoach into its window or its tray, then builds and runs the break pieces.

    ``build`` builds the break pieces (kept as ``pieces``); the tray's
    ``try_show`` result goes to ``tray_appeared``; ``ui`` builds the window
    and its pages, only when called.
    """

    def __init__(
        self,
        tray: TrayController,
        *,
        build: Callable[[], BreakPieces],
        tray_appeared: Callable[[bool], None],
        ui: Callable[[], Pages],
        quit_app: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.stage = Stage.CREATED
        #: The break pieces, once built.
        self.pieces: BreakPieces | None = None
        self._tray = tray
        self._build = build
        self._tray_appeared = tray_appeared
        self._ui = ui
        self._quit = quit_app
        self._watched: HipCoachWindow | None = None

    def finish(self) -> None:
        """Build the break pieces if not built yet (safe to call again; not after ``close``)."""
        stage = self.stage
        if self.pieces is not None or stage is Stage.CLOSED:
            return
        self.pieces = self._build()
        from hipcoach.platform.memory import drop_source_lines  # noqa: PLC0415

        drop_source_lines()  # the break pieces' imports are done: PySide6 read their sources
        if stage is Stage.CREATED:
            self.stage = Stage.READY
            return
        if stage is Stage.WAITING_WITH_TRAY:
            self._tray_appeared(self._tray.try_show())
        self._start_running()

    def start(self, *, autostart: bool, first_shown: bool = False) -> None:
        """Show the tray (or the window) and begin watching for breaks.

        A start at login (``autostart``) with a tray shows only the tray
        icon; otherwise the window shows, and the tray icon comes up with the
        break pieces. With ``first_shown`` the tray icon or the window is up
        already (``hipcoach.start`` showed it, with its own probe): the break
        pieces come on the event loop's next turn.
        """
        if first_shown:
            self._start_shown()
            return
        deferred = self.pieces is None
        has_tray = False
        if deferred and not autostart:
            self.stage = Stage.WAITING_WITH_TRAY  # the window first, the tray icon later
        else:
            if deferred:
                self.stage = Stage.WAITING
            has_tray = self._tray.try_show()
            self._tray_appeared(has_tray)
        probe = probe_from_environment(self._quit, parent=self)
        if not (autostart and has_tray):
            pages = self._ui()
            window = pages.window
            if deferred:
                # Installed before the probe's filter, so the probe reports first.
                self._watched = window
                window.installEventFilter(self)
                QTimer.singleShot(FINISH_START_LATEST_MS, self, self.finish)
            if probe is not None:
                shown = pages.library.filter_model.rowCount()
                probe.watch_window(window, f"exercises={shown}")
            window.show()
        else:
            if probe is not None:
                probe.tray_ready("tray=visible" if self._tray.visible else "tray=hidden")
            if deferred:
                QTimer.singleShot(0, self, self.finish)
        if not deferred:
            self._start_running()

    def _start_shown(self) -> None:
        """Start after the tray icon or the window was shown: the pieces come next turn."""
        if self.pieces is not None:
            if self._tray.visible:
                self._tray_appeared(True)
            self._start_running()
            return
        if self._tray.visible:
            self.stage = Stage.WAITING
            self._tray_appeared(True)
        else:
            self.stage = Stage.WAITING_WITH_TRAY  # the tray icon comes with the pieces
        QTimer.singleShot(0, self, self.finish)

    def close(self) -> None:
        """Build nothing from now on."""
        self.stage = Stage.CLOSED

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Build the break pieces on the event loop's next turn after the first paint."""
        if event.type() == QEvent.Type.Paint and watched is self._watched:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.finish)
        return False

    def _start_running(self) -> None:
        if self.stage is not Stage.RUNNING and self.pieces is not None:
            self.stage = Stage.RUNNING
            self.pieces.driver.start()
