"""The composition root opens a working window and returns when it closes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipcoach.start import launch_command, run_app
from hipcoach.ui.library_page import LibraryPage
from hipcoach.ui.main_window import MainWindow
from hipcoach.ui.sections import Section
from tests.bundled import exercise_count


def test_run_app_shows_the_library_and_exits_cleanly(qtbot: QtBot) -> None:
    seen: list[int] = []

    def inspect_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        try:
            assert len(windows) == 1
            window = windows[0]
            library = window.page(Section.LIBRARY)
            assert isinstance(library, LibraryPage)
            seen.append(len(library.visible_exercises()))
        finally:  # a failed look must not leave the app running: closing the window ends it
            for window in windows:
                window.close()
                window.deleteLater()

    QTimer.singleShot(0, inspect_and_close)
    assert run_app() == 0
    assert seen == [exercise_count()]


def test_launch_command_for_a_package_and_for_a_frozen_build(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys  # noqa: PLC0415

    assert launch_command() == [sys.executable, "-m", "hipcoach"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/hipcoach/hipcoach")
    monkeypatch.delenv("APPIMAGE", raising=False)
    assert launch_command() == ["/opt/hipcoach/hipcoach"]
    monkeypatch.setenv("APPIMAGE", "/home/me/Apps/hipcoach.AppImage")
    assert launch_command() == ["/home/me/Apps/hipcoach.AppImage"]
