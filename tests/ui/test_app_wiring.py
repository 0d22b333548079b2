"""The whole app wired together: sections, settings that survive a restart, commands."""

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
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import AppPaths, bundled_resources_dir
from hipcoach.core.session import SessionSummary
from hipcoach.platform import create_platform
from hipcoach.platform.single_instance import SingleInstance

MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


class Harness:
    def __init__(self, qtbot: QtBot, library: Library, home: Path) -> None:
        self.paths = AppPaths.under(home)
        self.clock = ManualClock(MONDAY_9)
        self.qtbot = qtbot
        self.library = library
        self.coaches: list[HipCoach] = []

    def start(self) -> HipCoach:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        platform = create_platform(self.paths, [sys.executable, "-m", "hipcoach"], environ={})
        coach = HipCoach(
            app, paths=self.paths, library=self.library, clock=self.clock, platform=platform
        )
        self.coaches.append(coach)
        return coach

    def close(self) -> None:
        for coach in self.coaches:
            if not shiboken6.isValid(coach):
                continue  # Qt already tore it down with its window
            if coach.ui_built:
                coach.window.close()
                coach.window.deleteLater()
            card = coach.coordinator.card
            if card is not None:
                card.dismiss()
            coach.break_driver.timer.stop()
            coach.platform.close()


@pytest.fixture
def harness(qtbot: QtBot, library: Library, tmp_path: Path) -> Iterator[Harness]:
    h = Harness(qtbot, library, tmp_path)
    yield h
    h.close()


def section_titles(coach: HipCoach) -> list[str]:
    sections = coach.window.sections
    return [sections.item(row).text() for row in range(sections.count())]


def built(coach: HipCoach) -> bool:
    return coach.ui_built


def test_the_window_is_built_only_when_needed(harness: Harness) -> None:
    coach = harness.start()
    assert not built(coach)
    coach.break_driver.break_now()  # breaks work from the tray alone
    assert coach.coordinator.card is not None
    assert not built(coach)
    coach.activate()
    assert built(coach)
    assert coach.window.isVisible()


def test_all_four_sections(harness: Harness) -> None:
    coach = harness.start()
    assert section_titles(coach) == ["Library", "Session", "Breaks", "Settings"]


def test_a_setting_survives_a_restart(harness: Harness) -> None:
    coach = harness.start()
    page = coach.settings_page
    page.interval_spin.setValue(45)
    page.interval_spin.editingFinished.emit()
    assert coach.settings.breaks.interval_minutes == 45
    assert "interval_minutes = 45" in (harness.paths.config_dir / "settings.toml").read_text()
    assert coach.scheduler.settings.interval_minutes == 45  # applied at once
    again = harness.start()
    assert again.settings.breaks.interval_minutes == 45
    assert again.settings_page.interval_spin.value() == 45


def test_a_corrupt_settings_file_is_moved_aside_and_the_user_told(harness: Harness) -> None:
    settings = harness.paths.config_dir / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b"[breaks\ninterval_minutes = ")
    coach = harness.start()
    notice = coach.settings_page.notice_text
    assert notice is not None
    moved = list(settings.parent.glob("settings.toml.corrupt-*"))
    assert len(moved) == 1
    assert moved[0].read_bytes() == b"[breaks\ninterval_minutes = "
    assert moved[0].name in notice
    assert coach.settings.breaks.interval_minutes == 60


def test_commands_from_another_instance(harness: Harness, qtbot: QtBot) -> None:
    coach = harness.start()
    coach.break_driver.start()
    first = SingleInstance("io.github.hipcoach.Test", harness.paths.cache_dir / "a", parent=coach)
    assert first.acquire()
    first.message_received.connect(coach.handle_message)
    second = SingleInstance("io.github.hipcoach.Test", harness.paths.cache_dir / "a", parent=coach)
    assert not second.acquire()
    with qtbot.waitSignal(first.message_received, timeout=3000):
        assert second.send("break-now")
    card = coach.coordinator.card
    assert card is not None
    card.dismiss()
    qtbot.waitUntil(lambda: not shiboken6.isValid(card), timeout=1000)
    assert coach.coordinator.card is None
    coach.handle_message("pause 3600")
    assert coach.break_driver.status().paused_until is not None
    coach.handle_message("resume")
    assert coach.break_driver.status().paused_until is None
    coach.handle_message("nonsense")  # ignored, not a crash
    coach.handle_message("start-session")
    assert coach.window.pages.currentWidget() is coach.player
    first.release()


def test_a_finished_session_counts_as_a_break(harness: Harness) -> None:
    coach = harness.start()
    coach.break_driver.start()
    for _ in range(40):
        harness.clock.advance(60)
        coach.break_driver.poll()
    assert coach.scheduler.sitting_minutes(harness.clock.now()) == 40
    coach.player.session_ended.emit(
        SessionSummary("daily", planned_seconds=1, active_seconds=1, finished=True, results=())
    )
    assert coach.scheduler.sitting_minutes(harness.clock.now()) == 0


def test_session_choices_are_remembered(harness: Harness) -> None:
    coach = harness.start()
    coach.player.setup.choose("couch-stretch", "supine-hip-flexor-stretch")
    assert dict(coach.settings.general.choices) == {"couch-stretch": "supine-hip-flexor-stretch"}
    again = harness.start()
    plan = again.player.setup.plan
    assert plan is not None
    assert "supine-hip-flexor-stretch" in {s.exercise.id for s in plan.steps if s.exercise}


def test_start_at_login_writes_the_autostart_entry(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    coach = harness.start()
    coach.settings_page.start_at_login.click()
    assert coach.settings.general.start_at_login
    assert coach.platform.autostart.is_enabled()
    coach.settings_page.start_at_login.click()
    assert not coach.platform.autostart.is_enabled()
