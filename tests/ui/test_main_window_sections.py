"""Pages added as factories are built when their section is first shown, once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from hipcoach.ui import main_window
from hipcoach.ui.main_window import MainWindow
from hipcoach.ui.sections import Section


class Factory:
    """Builds a labelled page and counts the calls."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.calls = 0

    def __call__(self) -> QWidget:
        self.calls += 1
        return QLabel(self.text)


def _window(qtbot: QtBot, *sections: tuple[Section, QWidget | Factory]) -> MainWindow:
    """Return a window whose first section is a Library page shown as it is."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_section(Section.LIBRARY, QLabel("library page"))
    for section, page in sections:
        window.add_section(section, page)
    return window


def test_a_lazy_page_is_built_when_its_section_is_first_shown(qtbot: QtBot) -> None:
    player, breaks = Factory("session page"), Factory("breaks page")
    window = _window(qtbot, (Section.SESSION, player), (Section.BREAKS, breaks))
    library = window.built_page(Section.LIBRARY)
    assert (player.calls, breaks.calls) == (0, 0)
    assert window.built_page(Section.BREAKS) is None
    assert window.built_page(Section.SESSION) is None
    assert window.pages.currentWidget() is library

    assert window.show_section(Section.BREAKS)
    page = window.pages.currentWidget()
    assert isinstance(page, QLabel)
    assert page.text() == "breaks page"
    assert window.built_page(Section.BREAKS) is page
    assert window.pages.count() == 3
    assert window.pages.indexOf(page) == 2
    assert player.calls == 0  # the Session page is still not needed

    window.show_section(Section.LIBRARY)
    window.show_section(Section.BREAKS)
    assert window.pages.currentWidget() is page
    assert breaks.calls == 1


def test_asking_for_a_page_builds_it_without_showing_it(qtbot: QtBot) -> None:
    player = Factory("session page")
    window = _window(qtbot, (Section.SESSION, player))
    library = window.built_page(Section.LIBRARY)
    page = window.page(Section.SESSION)
    assert isinstance(page, QLabel)
    assert window.built_page(Section.SESSION) is page
    assert window.pages.currentWidget() is library
    assert window.page(Section.SESSION) is page
    assert player.calls == 1
    assert window.page(Section.PROGRESS) is None  # a section the window does not have
    assert window.built_page(Section.PROGRESS) is None
    assert not window.show_section(Section.PROGRESS)


def test_the_section_shortcut_builds_the_page(qtbot: QtBot) -> None:
    settings = Factory("settings page")
    window = _window(qtbot, (Section.SETTINGS, settings))
    # The section's own number, not its place in the list (the second here).
    assert not [a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+2")]
    (action,) = [a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+5")]
    action.trigger()
    assert settings.calls == 1
    current = window.pages.currentWidget()
    assert isinstance(current, QLabel)
    assert current.text() == "settings page"


def test_pages_not_built_yet_are_built_soon_after_the_window_shows(qtbot: QtBot) -> None:
    player, breaks, settings = Factory("session"), Factory("breaks"), Factory("settings")
    window = _window(
        qtbot, (Section.SESSION, player), (Section.BREAKS, breaks), (Section.SETTINGS, settings)
    )
    window.show_section(Section.BREAKS)  # built now, because it is shown
    window.show()
    assert (player.calls, breaks.calls, settings.calls) == (0, 1, 0)  # not while showing
    qtbot.waitUntil(lambda: window.built_page(Section.SETTINGS) is not None, timeout=3000)
    assert (player.calls, breaks.calls, settings.calls) == (1, 1, 1)
    assert window.pages.currentWidget() is window.built_page(Section.BREAKS)
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
    window = _window(qtbot, (Section.SETTINGS, settings))
    window.show()
    window.stop_building()
    qtbot.wait(100)  # past the moment the page would have been built
    assert settings.calls == 0
    assert window.built_page(Section.SETTINGS) is None
    assert window.page(Section.SETTINGS) is not None  # asked for: still built
    assert settings.calls == 1


def test_a_session_keeps_the_sidebar_out_of_focus_and_gives_each_its_own_policy_back(
    qtbot: QtBot,
) -> None:
    window = _window(qtbot)
    sidebar = (window.sections, window.help_button, window.about_button)
    before = [widget.focusPolicy() for widget in sidebar]
    assert Qt.FocusPolicy.NoFocus not in before
    for _ in range(2):  # told twice: the policies kept are still the widgets' own
        window.set_session_running(True)
    assert [widget.focusPolicy() for widget in sidebar] == [Qt.FocusPolicy.NoFocus] * 3
    window.set_session_running(False)
    assert [widget.focusPolicy() for widget in sidebar] == before
    window.set_session_running(True)
    window.set_session_running(False)
    assert [widget.focusPolicy() for widget in sidebar] == before


def test_the_window_shortcuts_are_f1_shift_f1_and_ctrl_number(qtbot: QtBot) -> None:
    window = _window(qtbot, (Section.SESSION, Factory("session page")))
    keys = {action.shortcut().toString() for action in window.actions()}
    assert {"F1", "Shift+F1", "Ctrl+1", "Ctrl+2"} <= keys
