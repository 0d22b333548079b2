"""Starting as ``run_app`` does: the window first, the movement-break pieces after its first paint.

``HipCoach(defer_breaks=True)`` builds the platform, the history, the
reminder driver and the safety checks in ``finish_start``: on the event
loop's first turn after the window has painted, or at once when a command,
a tray request or a page needs them. Nothing asked for in between is lost.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipcoach.app import HipCoach
from hipcoach.core.clock import ManualClock
from hipcoach.core.commands import Command, CommandName
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import AppPaths, bundled_resources_dir
from hipcoach.platform import Platform, create_platform
from hipcoach.ui.break_card import BreakCard
from hipcoach.ui.tray import TrayController
from hipcoach.wiring import start_up
from hipcoach.wiring.start_up import StartUp

MONDAY_9 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


def pieces_built(coach: HipCoach) -> bool:
    """Whether the break pieces exist (a call, so mypy does not narrow the property)."""
    return coach.breaks_built


class Starts:
    """Builds deferred ``HipCoach`` objects and counts how often the platform is built."""

    def __init__(self, library: Library, home: Path) -> None:
        self.paths = AppPaths.under(home)
        self.clock = ManualClock(MONDAY_9)
        self.library = library
        self.platforms_built = 0
        self.coaches: list[HipCoach] = []

    def platform(self) -> Platform:
        self.platforms_built += 1
        return create_platform(self.paths, [sys.executable, "-m", "hipcoach"], environ={})

    def coach(self) -> HipCoach:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        coach = HipCoach(
            app,
            paths=self.paths,
            library=self.library,
            clock=self.clock,
            platform=self.platform,
            defer_breaks=True,
        )
        self.coaches.append(coach)
        return coach

    def close(self) -> None:
        for coach in self.coaches:
            if not shiboken6.isValid(coach):
                continue
            coach.tray.hide()
            QApplication.setQuitOnLastWindowClosed(True)
            if coach.ui_built:
                coach.window.hide_to_tray = False
                coach.window.close()
                coach.window.deleteLater()
            if coach.breaks_built:
                card = coach.coordinator.card
                if card is not None:
                    card.dismiss()
                coach.break_driver.timer.stop()
            coach.close()


@pytest.fixture
def starts(library: Library, tmp_path: Path) -> Iterator[Starts]:
    made = Starts(library, tmp_path)
    yield made
    made.close()


def test_nothing_of_the_breaks_is_built_before_the_window_paints(
    starts: Starts, qtbot: QtBot
) -> None:
    coach = starts.coach()
    coach.start(autostart=False)  # offscreen has no tray: the window shows
    assert coach.window.isVisible()
    assert not pieces_built(coach)
    assert starts.platforms_built == 0
    assert not (starts.paths.data_dir / "history.sqlite3").exists()
    qtbot.waitUntil(lambda: coach.breaks_built, timeout=5000)  # after the first paint
    assert starts.platforms_built == 1
    assert coach.break_driver.polls == 1  # started once built
    assert coach.break_driver.timer.isActive()
    assert coach.history is not None
    assert (starts.paths.data_dir / "history.sqlite3").exists()


def test_a_break_asked_for_before_the_pieces_exist_is_shown_and_recorded(
    starts: Starts,
) -> None:
    coach = starts.coach()
    coach.start(autostart=False)
    assert not pieces_built(coach)
    coach.handle(Command(CommandName.BREAK_NOW))  # e.g. ``hipcoach --break-now`` as the first start
    assert pieces_built(coach)
    assert coach.break_driver.timer.isActive()  # the driver was started too
    card = coach.coordinator.card
    assert isinstance(card, BreakCard)
    card.not_now_buttons["In a meeting"].click()
    history = coach.history
    assert history is not None
    (record,) = history.breaks()
    assert (record.action, record.reason) == ("snoozed", "meeting")
    coach.finish_start()  # the deferred call coming later changes nothing
    assert starts.platforms_built == 1


def test_a_message_from_another_start_before_the_pieces_exist_is_carried_out(
    starts: Starts,
) -> None:
    coach = starts.coach()
    coach.start(autostart=False)
    coach.handle_message(Command(CommandName.PAUSE, 3600).encode())
    assert coach.break_driver.status().paused_until is not None


def test_a_tray_request_before_the_pieces_exist_is_carried_out(starts: Starts) -> None:
    coach = starts.coach()
    coach.start(autostart=False)
    coach.tray.break_now_requested.emit()
    assert coach.coordinator.card is not None


def test_sitting_time_counts_from_the_start_not_from_when_the_pieces_are_built(
    starts: Starts,
) -> None:
    coach = starts.coach()
    starts.clock.advance(2 * 60)  # far longer than the wait for the first paint
    coach.finish_start()
    assert coach.pieces.scheduler.sitting_minutes(starts.clock.now()) == 2


def test_a_damaged_history_is_reported_when_built_later(starts: Starts, qtbot: QtBot) -> None:
    path = starts.paths.data_dir / "history.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 8)
    coach = starts.coach()
    coach.start(autostart=False)
    qtbot.waitUntil(lambda: coach.breaks_built, timeout=5000)
    (moved,) = path.parent.glob("history.sqlite3.corrupt-*")
    notice = coach.settings_page.notice_text
    assert notice is not None
    assert moved.name in notice


def test_opening_settings_first_builds_the_pieces_and_shows_the_history_problem(
    starts: Starts,
) -> None:
    path = starts.paths.data_dir / "history.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 8)
    coach = starts.coach()
    coach.start(autostart=False)
    coach.open_settings()  # before the event loop ever ran
    assert pieces_built(coach)
    notice = coach.settings_page.notice_text
    assert notice is not None
    (moved,) = path.parent.glob("history.sqlite3.corrupt-*")
    assert moved.name in notice


def test_a_session_page_built_first_records_sessions(starts: Starts) -> None:
    coach = starts.coach()
    coach.start(autostart=False)
    player = coach.player  # the Session page needs the safety checks
    assert player is not None
    assert pieces_built(coach)
    assert coach.pieces.recorder is not None


def pretend_a_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the tray controllers built from now on see a tray (offscreen has none)."""
    defaults = TrayController.__init__.__kwdefaults__
    assert defaults is not None
    monkeypatch.setitem(defaults, "tray_available", lambda: True)


def tray_visible(coach: HipCoach) -> bool:
    """Whether the tray icon shows (a call, so mypy does not narrow the property)."""
    return coach.tray.visible


# A tray icon on the offscreen platform (which has no tray) makes Qt warn.
TRAY_WARNINGS = ("systemTrayWindowChanged", "propagateSizeHints")


@pytest.mark.qt_log_ignore(*TRAY_WARNINGS)
def test_the_tray_icon_comes_up_after_the_window_has_painted(
    starts: Starts, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The offscreen platform has no tray; pretend there is one.
    pretend_a_tray(monkeypatch)
    coach = starts.coach()
    coach.start(autostart=False)
    assert not tray_visible(coach)
    window = coach.window
    hides_to_tray_at_first = window.hide_to_tray
    qtbot.waitUntil(lambda: coach.breaks_built, timeout=5000)
    assert not hides_to_tray_at_first
    assert tray_visible(coach)
    assert window.hide_to_tray  # closing the window now only hides it
    assert not QApplication.quitOnLastWindowClosed()


@pytest.mark.qt_log_ignore(*TRAY_WARNINGS)
def test_started_into_the_tray_the_icon_is_up_before_the_pieces(
    starts: Starts, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pretend_a_tray(monkeypatch)
    coach = starts.coach()
    coach.start(autostart=True)
    assert coach.tray.visible
    assert not coach.ui_built
    assert not pieces_built(coach)
    qtbot.waitUntil(lambda: coach.breaks_built, timeout=5000)
    assert not coach.ui_built  # the tray start builds no window
    assert coach.break_driver.timer.isActive()


def test_quitting_before_the_pieces_are_built_is_clean(
    starts: Starts, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The latest moment comes at once, and every call to finish starting is counted.
    monkeypatch.setattr(start_up, "FINISH_START_LATEST_MS", 1)
    calls: list[bool] = []
    finish = StartUp.finish

    def counted(self: StartUp) -> None:
        calls.append(True)
        finish(self)

    monkeypatch.setattr(StartUp, "finish", counted)
    coach = starts.coach()
    coach.start(autostart=False)
    coach.quit()
    coach.close()
    # A late call comes (after the first paint, or the latest one) and builds nothing.
    qtbot.waitUntil(lambda: len(calls) >= 1, timeout=5000)
    assert not pieces_built(coach)
    assert starts.platforms_built == 0
    coach.finish_start()  # a late call builds nothing once closed
    assert not pieces_built(coach)


class CountedLibrary:
    """Hands out ``library`` and counts how often it was asked for."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.loads = 0

    def __call__(self) -> Library:
        self.loads += 1
        return self.library


def lazy_library_coach(starts: Starts, library: CountedLibrary) -> HipCoach:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    coach = HipCoach(
        app,
        paths=starts.paths,
        library=library,
        clock=starts.clock,
        platform=starts.platform,
        defer_breaks=True,
    )
    starts.coaches.append(coach)
    return coach


@pytest.mark.qt_log_ignore(*TRAY_WARNINGS)
def test_started_into_the_tray_the_library_loads_after_the_icon(
    starts: Starts, library: Library, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pretend_a_tray(monkeypatch)
    counted = CountedLibrary(library)
    coach = lazy_library_coach(starts, counted)
    coach.start(autostart=True)
    assert tray_visible(coach)
    assert counted.loads == 0
    qtbot.waitUntil(lambda: coach.breaks_built, timeout=5000)
    assert counted.loads == 1  # the break card picks its moves from it
    assert coach.library is library
    coach.break_driver.break_now()
    assert coach.coordinator.card is not None
    assert counted.loads == 1


def test_the_window_loads_the_library_before_it_shows(starts: Starts, library: Library) -> None:
    counted = CountedLibrary(library)
    coach = lazy_library_coach(starts, counted)
    assert counted.loads == 0
    coach.start(autostart=False)
    assert counted.loads == 1
    assert coach.ui.library.filter_model.rowCount() == len(library.exercises)
