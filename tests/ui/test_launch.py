"""What a start shows first, and the rest of the app built right after it (``hipcoach.start``).

``Launch.show_first`` puts up the window with its Library page, or the tray
icon, before ``HipCoach`` exists; ``Launch.rest`` builds the app on the
next turn, or at once when a page needs it sooner. Nothing the user or a
later start asks for in between is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipcoach.app import HipCoach
from hipcoach.core.commands import Command, CommandName
from hipcoach.core.paths import AppPaths
from hipcoach.logs import LOG_FILE_NAME, LOGGER_NAME, reset_logging
from hipcoach.platform.identity import APP_ID
from hipcoach.platform.single_instance import SingleInstance
from hipcoach.start import Launch
from hipcoach.ui.sections import Section
from hipcoach.ui.tray import TrayController
from hipcoach.wiring.pages import Pages
from tests.bundled import exercise_count

# A tray icon on the offscreen platform (which has no tray) makes Qt warn.
TRAY_WARNINGS = ("systemTrayWindowChanged", "propagateSizeHints")


@pytest.fixture
def launches(tmp_path: Path, qapp: QApplication) -> Iterator[list[Launch]]:
    made: list[Launch] = []
    yield made
    for launch in made:
        coach = launch.coach
        launch.close()
        if coach is not None and shiboken6.isValid(coach):
            coach.tray.hide()
            if coach.ui_built:
                coach.window.hide_to_tray = False
        if launch.pages is not None and shiboken6.isValid(launch.pages.window):
            window = launch.pages.window
            window.close()
            window.deleteLater()  # no main window is left for the next test to find
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.setQuitOnLastWindowClosed(True)
    reset_logging()
    logging.getLogger(LOGGER_NAME).setLevel(logging.NOTSET)


def built(start: Launch) -> HipCoach | None:
    """The app, once built (a call, so mypy does not narrow the attribute)."""
    return start.coach


def launch(
    launches: list[Launch],
    home: Path,
    *,
    autostart: bool = False,
    request: Command | None = None,
) -> Launch:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    paths = AppPaths.under(home)
    instance = SingleInstance(APP_ID, paths.cache_dir)
    assert instance.acquire()
    instance.hold()
    made = Launch(
        app,
        paths,
        instance,
        extra_packs=(),
        request=request or Command(CommandName.ACTIVATE),
        autostart=autostart,
        verbose=False,
    )
    launches.append(made)
    return made


def test_the_window_shows_the_library_before_the_app_is_built(
    launches: list[Launch], tmp_path: Path, qtbot: QtBot
) -> None:
    start = launch(launches, tmp_path)
    start.show_first(None)
    pages = start.pages
    assert pages is not None
    assert pages.window.isVisible()
    assert pages.library.filter_model.rowCount() == exercise_count()
    assert built(start) is None
    attached_at_first = pages.attached
    qtbot.waitUntil(lambda: start.coach is not None)  # the turn after the first paint
    assert not attached_at_first
    assert pages.attached
    coach = built(start)
    assert coach is not None
    assert coach.window is pages.window
    qtbot.waitUntil(lambda: start.coach is not None and start.coach.breaks_built)


def window_first(launches: list[Launch], home: Path) -> tuple[Launch, Pages]:
    """Start into the window, up to its first paint: the app is not built yet."""
    start = launch(launches, home)
    start.show_first(None)
    assert start.pages is not None
    assert built(start) is None
    return start, start.pages


def test_a_page_opened_before_the_app_is_built_builds_it_first(
    launches: list[Launch], tmp_path: Path
) -> None:
    start, pages = window_first(launches, tmp_path)
    settings = pages.window.page(Section.SETTINGS)  # Ctrl+5 at once, say
    coach = built(start)
    assert coach is not None
    assert settings is coach.settings_page
    start.rest()  # the turn that was due: nothing is built twice
    assert built(start) is coach


def test_the_library_pages_buttons_are_there_before_the_app_and_work_once_it_is(
    launches: list[Launch], tmp_path: Path
) -> None:
    start, pages = window_first(launches, tmp_path)
    assert pages.exercise_actions.new_button.window() is pages.window  # in the first paint
    pages.packs.packs_changed.emit()  # a pack installed at once: the packs are read again
    coach = built(start)
    assert coach is not None
    assert coach.library is not start.library()  # read again, by the app now built


@pytest.mark.qt_log_ignore(*TRAY_WARNINGS)
def test_a_start_at_login_shows_the_tray_icon_and_hands_it_to_the_app(
    launches: list[Launch], tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    defaults = TrayController.__init__.__kwdefaults__
    assert defaults is not None
    monkeypatch.setitem(defaults, "tray_available", lambda: True)
    start = launch(launches, tmp_path, autostart=True)
    start.show_first(None)
    tray = start.tray
    assert tray is not None
    assert tray.visible
    assert start.pages is None
    assert built(start) is None
    qtbot.waitUntil(lambda: start.coach is not None)
    coach = built(start)
    assert coach is not None
    assert coach.tray is tray
    assert not coach.ui_built  # still no window


def test_a_command_given_to_the_first_start_is_carried_out_once_the_app_is_built(
    launches: list[Launch], tmp_path: Path, qtbot: QtBot
) -> None:
    start = launch(launches, tmp_path, request=Command(CommandName.PAUSE, 600))
    start.show_first(None)
    qtbot.waitUntil(lambda: start.coach is not None and start.coach.breaks_built)
    coach = built(start)
    assert coach is not None
    assert coach.break_driver.status().paused_until is not None


def test_what_was_logged_before_the_log_file_opened_is_in_it(
    launches: list[Launch], tmp_path: Path, qtbot: QtBot
) -> None:
    from hipcoach.logs import hold_records  # noqa: PLC0415

    hold_records()
    logging.getLogger("hipcoach.ui.icons").warning("logged while the window was being shown")
    start = launch(launches, tmp_path)
    start.show_first(None)
    qtbot.waitUntil(lambda: start.coach is not None)
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        handler.flush()
    text = (AppPaths.under(tmp_path).log_dir / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert text.index("logged while the window was being shown") < text.index("starts (Python")


def test_nothing_is_built_after_the_start_has_closed(
    launches: list[Launch], tmp_path: Path
) -> None:
    start = launch(launches, tmp_path)
    start.show_first(None)
    start.close()  # the app quit before the next turn
    start.rest()
    assert built(start) is None


def test_an_app_that_cannot_be_built_ends_the_start_with_status_1(
    launches: list[Launch], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start, _ = window_first(launches, tmp_path)
    exits: list[int] = []
    monkeypatch.setattr(start, "app", type("App", (), {"exit": staticmethod(exits.append)})())

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("settings cannot be read")

    monkeypatch.setattr("hipcoach.app.HipCoach", broken)
    with pytest.raises(RuntimeError, match="settings cannot be read"):
        start.rest()
    assert exits == [1]
    start.rest()  # not again
    assert exits == [1]


def test_a_later_start_paints_the_last_starts_snapshot_and_gets_the_library_next(
    launches: list[Launch], tmp_path: Path, qtbot: QtBot
) -> None:
    from hipcoach.core.library_snapshot import SNAPSHOT_FILE  # noqa: PLC0415

    first = launch(launches, tmp_path)
    first.show_first(None)
    assert first.pages is not None
    assert first.pages.has_library  # nothing kept yet: the library is read for the first paint
    qtbot.waitUntil(lambda: first.coach is not None)
    kept = AppPaths.under(tmp_path).cache_dir / SNAPSHOT_FILE
    assert kept.is_file()
    rows = first.pages.library.model.rows
    first.close()

    start, pages = window_first(launches, tmp_path)
    had_library = pages.has_library
    assert pages.library.model.rows == rows
    qtbot.waitUntil(lambda: start.coach is not None)  # the next turn
    assert not had_library  # the first paint was the snapshot's, with no library read
    assert pages.has_library
    assert pages.library.current_exercise() is not None
    assert pages.library.visible_exercises()[0].id == pages.shown_library.exercises[0].id


def test_a_snapshot_of_other_packs_is_not_shown(
    launches: list[Launch], tmp_path: Path, qtbot: QtBot
) -> None:
    first = launch(launches, tmp_path)
    first.show_first(None)
    qtbot.waitUntil(lambda: first.coach is not None)
    first.close()
    (AppPaths.under(tmp_path).packs_dir / "new-pack").mkdir(parents=True)  # a pack added since
    _, pages = window_first(launches, tmp_path)
    assert pages.has_library


def test_the_snapshot_follows_the_library_when_the_packs_are_read_again(
    launches: list[Launch], tmp_path: Path, qtbot: QtBot
) -> None:
    from hipcoach.core.library_snapshot import SNAPSHOT_FILE  # noqa: PLC0415

    start, pages = window_first(launches, tmp_path)
    qtbot.waitUntil(lambda: start.coach is not None)
    coach = built(start)
    assert coach is not None
    kept = AppPaths.under(tmp_path).cache_dir / SNAPSHOT_FILE
    before = kept.read_bytes()
    library = pages.shown_library
    fewer = replace(library, exercises=library.exercises[:3])
    assert coach.reload_library(fewer)
    assert kept.read_bytes() != before
    assert len(pages.library.snapshot().rows) == 3
