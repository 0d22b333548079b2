"""Pages added as factories are built when their section is first shown, once."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.ui import main_window
from hipcoach.ui.main_window import MainWindow


def _library() -> Library:
    return load_library(bundled_resources_dir())


class Factory:
    """Builds a labelled page and counts the calls."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.calls = 0

    def __call__(self) -> QWidget:
        self.calls += 1
        return QLabel(self.text)


def test_a_lazy_page_is_built_when_its_section_is_first_shown(qtbot: QtBot) -> None:
    player, breaks = Factory("session page"), Factory("breaks page")
    window = MainWindow(_library(), player=player)
    qtbot.addWidget(window)
    window.add_section("Breaks", breaks)
    assert (player.calls, breaks.calls) == (0, 0)
    assert window.built_page("Breaks") is None
    assert window.player_page is None
    assert window.pages.currentWidget() is window.library_page

    assert window.show_section("Breaks")
    page = window.pages.currentWidget()
    assert isinstance(page, QLabel)
    assert page.text() == "breaks page"
    assert window.built_page("Breaks") is page
    assert window.pages.count() == 3
    assert window.pages.indexOf(page) == 2
    assert player.calls == 0  # the Session page is still not needed

    window.show_section("Library")
    window.show_section("Breaks")
    assert window.pages.currentWidget() is page
    assert breaks.calls == 1


def test_asking_for_a_page_builds_it_without_showing_it(qtbot: QtBot) -> None:
    player = Factory("session page")
    window = MainWindow(_library(), player=player)
    qtbot.addWidget(window)
    page = window.page("Session")
    assert isinstance(page, QLabel)
    assert window.player_page is page
    assert window.pages.currentWidget() is window.library_page
    assert window.page("Session") is page
    assert player.calls == 1
    assert window.page("Nowhere") is None
    assert window.built_page("Nowhere") is None


def test_the_section_shortcut_builds_the_page(qtbot: QtBot) -> None:
    settings = Factory("settings page")
    window = MainWindow(_library())
    qtbot.addWidget(window)
    window.add_section("Settings", settings)
    (action,) = [a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+2")]
    action.trigger()
    assert settings.calls == 1
    current = window.pages.currentWidget()
    assert isinstance(current, QLabel)
    assert current.text() == "settings page"


def test_pages_not_built_yet_are_built_soon_after_the_window_shows(qtbot: QtBot) -> None:
    player, breaks, settings = Factory("session"), Factory("breaks"), Factory("settings")
    window = MainWindow(_library(), player=player)
    qtbot.addWidget(window)
    window.add_section("Breaks", breaks)
    window.add_section("Settings", settings)
    window.show_section("Breaks")  # built now, because it is shown
    window.show()
    assert (player.calls, breaks.calls, settings.calls) == (0, 1, 0)  # not while showing
    qtbot.waitUntil(lambda: window.built_page("Settings") is not None, timeout=3000)
    assert (player.calls, breaks.calls, settings.calls) == (1, 1, 1)
    assert window.pages.currentWidget() is window.built_page("Breaks")
    built = [window.pages.widget(row) for row in (1, 2, 3)]
    assert [page.text() for page in built if isinstance(page, QLabel)] == [
        "session",
        "breaks",
        "settings",
    ]


def test_after_stop_building_no_page_is_built_in_the_background(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window, "PREBUILD_DELAY_MS", 0)
    settings = Factory("settings")
    window = MainWindow(_library())
    qtbot.addWidget(window)
    window.add_section("Settings", settings)
    window.show()
    window.stop_building()
    qtbot.wait(100)  # past the moment the page would have been built
    assert settings.calls == 0
    assert window.built_page("Settings") is None
    assert window.page("Settings") is not None  # asked for: still built
    assert settings.calls == 1
