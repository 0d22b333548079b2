"""The composition root: builds every object, wires them together and runs Qt."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from hipcoach import APP_NAME, __version__
from hipcoach.cli import load_user_library
from hipcoach.core.clock import SystemClock
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.ui.main_window import MainWindow
from hipcoach.ui.player_page import PlayerPage
from hipcoach.ui.session_driver import SessionDriver
from hipcoach.ui.sound import create_cue_player, create_speaker


def _initial_size(app: QApplication) -> tuple[int, int]:
    screen = app.primaryScreen()
    available = screen.availableGeometry() if screen else None
    width, height = 1180, 760
    if available is not None:
        width = min(width, int(available.width() * 0.9))
        height = min(height, int(available.height() * 0.9))
    return width, height


def run_app(extra_packs: Sequence[Path] = ()) -> int:
    """Open the main window and run until it closes; return the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("hipcoach")
    app.setApplicationVersion(__version__)
    library = load_user_library(extra_packs)
    clock = SystemClock()
    driver = SessionDriver(clock, clock)
    player = PlayerPage(
        library,
        driver=driver,
        clock=clock,
        cue_player_factory=lambda: create_cue_player(bundled_resources_dir() / "sounds"),
        speaker_factory=create_speaker,
    )
    window = MainWindow(library, player=player)
    window.resize(*_initial_size(app))
    window.show()
    return app.exec()
