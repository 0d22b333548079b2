"""Thirty simulated days of hipcoach leave no objects, windows or memory behind.

One app (real widgets on the offscreen platform, a manual clock, the real
history and settings files) lives through 30 working days: from 08:00 to
18:30 the clock moves in 2-minute steps and the break driver polls; every
break card that appears inside working hours is answered (done after its
guided move, done at once, later, or skipped, in turn); one short session a
day is run through the clock; every few days a setting changes on the
Settings page; each night the machine sleeps (wall clock only) until the
next morning.

After day 1 the test counts the live QObjects (the app's and every top-level
widget's object trees, and every QObject wrapper Python holds), the
top-level widgets, and the process's resident memory. After day 30 the
counts must be back to the day-1 values and memory may have grown by at most
5 MB. The user already has two months of history, so the Progress page
shows all its parts from day 1 (a part that first appears in week 2 would
otherwise count as growth). The whole 30 days fit in the normal suite (about
5-7 s here), so there is no shorter variant and no ``slow`` mark.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipcoach.app import HipCoach
from hipcoach.core.adherence import WorkTally
from hipcoach.core.clock import ManualClock
from hipcoach.core.history import HistoryStore, PainEntry, RedFlagCheckIn
from hipcoach.core.history_records import PainMoment, RedFlagTrigger
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.session import RunnerState
from hipcoach.ui.break_card import BreakCard
from hipcoach.ui.sections import Section
from tests.app_harness import AppHarness, short_plan

DAYS = 30
STEP = 2 * 60  # within the scheduler's 3-minute poll gap
MAX_GROWTH_BYTES = 5 * 1024 * 1024
FIRST_MORNING = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)  # a Monday


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture
def harness(qtbot: QtBot, library: Library, tmp_path: Path) -> Iterator[AppHarness]:
    h = AppHarness(library, tmp_path, start=FIRST_MORNING)
    seed_history(h)
    yield h
    h.close()


def seed_history(harness: AppHarness) -> None:
    """Give the user two months of history, so day 1 already shows every part of Progress."""
    path = harness.paths.data_dir / "history.sqlite3"
    with HistoryStore.open(path, clock=ManualClock(FIRST_MORNING)).store as store:
        for days_ago in range(60, 0, -2):
            start = FIRST_MORNING - timedelta(days=days_ago) + timedelta(hours=4)
            session = store.start_session("daily", start)
            store.finish_session(session, start + timedelta(minutes=20), 1200, WorkTally(900, 900))
            for moment in (PainMoment.BEFORE, PainMoment.AFTER):
                store.add_pain(PainEntry(start, moment, pain=4, stiffness=5, session_id=session))
        store.add_red_flags(
            RedFlagCheckIn(FIRST_MORNING - timedelta(days=3), RedFlagTrigger.MANUAL, {})
        )


def settle(*, collect: bool = False) -> None:
    """Run what Qt has queued, deletions included; with ``collect`` also Python's garbage."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    if collect:
        gc.collect()


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def live_counts(coach: HipCoach) -> tuple[int, int, int]:
    """Return (QObjects in the app's trees, top-level widgets, live QObject wrappers)."""
    app = QApplication.instance()
    assert app is not None
    tops = [w for w in QApplication.topLevelWidgets() if shiboken6.isValid(w)]
    tree = len(app.findChildren(QObject)) + len(coach.findChildren(QObject))
    tree += sum(1 + len(widget.findChildren(QObject)) for widget in tops)
    wrappers = sum(
        1 for item in gc.get_objects() if isinstance(item, QObject) and shiboken6.isValid(item)
    )
    return tree, len(tops), wrappers


class Day:
    """Drives one simulated day and counts what happened."""

    def __init__(self, harness: AppHarness, coach: HipCoach) -> None:
        self.harness = harness
        self.coach = coach
        self.cards = 0
        self.sessions = 0
        self.outside_hours: list[datetime] = []

    def answer_card(self) -> None:
        card = self.coach.coordinator.card
        assert card is None or isinstance(card, BreakCard)
        if card is None:
            return
        now = self.harness.clock.now()
        if not self.coach.settings.breaks.working_hours.on(now.weekday()) or not (
            9 <= now.hour < 17
        ):
            self.outside_hours.append(now)
        way = self.cards % 4
        self.cards += 1
        if way == 0:  # do the guided move through the clock
            card.start_button.click()
            for _ in range(400):
                if not shiboken6.isValid(card) or card.driver.runner is None:
                    break
                self.harness.clock.advance(1.0)
                card.driver.poll()
            if shiboken6.isValid(card) and self.coach.coordinator.card is card:
                card.done_button.click()
        elif way == 1:
            card.done_button.click()
        elif way == 2:
            card.not_now_buttons["In a meeting"].click()
        else:
            card.skip_button.click()
        settle()
        assert self.coach.coordinator.card is None

    def run(self, number: int) -> None:
        clock, coach = self.harness.clock, self.coach
        evening = clock.now().replace(hour=18, minute=30)
        session_at = clock.now().replace(hour=12, minute=40)
        while clock.now() < evening:
            clock.advance(STEP)
            coach.break_driver.poll()
            self.answer_card()
            if self.sessions == 0 and clock.now() >= session_at:
                self.session()
        if number % 3 == 0:
            self.change_settings(number)
        settle()

    def session(self) -> None:
        self.sessions += 1
        coach = self.coach
        coach.player.start(short_plan(self.harness.library))
        for _ in range(200):
            runner = coach.session_driver.runner
            if runner is None or runner.state is not RunnerState.RUNNING:
                break
            self.harness.clock.advance(1.0)
            coach.session_driver.poll()
        coach.break_driver.poll()

    def change_settings(self, number: int) -> None:
        page = self.coach.settings_page
        interval = page.spin_box("breaks.interval_minutes")
        interval.setValue(45 if number % 2 else 60)
        interval.editingFinished.emit()
        snooze = page.spin_box("breaks.snooze_minutes")
        snooze.setValue(5 + number % 3)
        snooze.editingFinished.emit()


def next_morning(harness: AppHarness, coach: HipCoach) -> None:
    """Sleep through the night: the wall clock jumps, the monotonic one stands still."""
    now = harness.clock.now()
    morning = (now + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
    coach.break_driver.sleeping()
    harness.clock.suspend((morning - now).total_seconds())
    coach.break_driver.resumed()


def test_thirty_days_leave_nothing_behind(harness: AppHarness) -> None:
    coach = harness.start()
    coach.activate()
    # Every page now, rather than a moment after the window shows, so that
    # pages built on their own later are not counted as growth.
    for section in Section:
        assert coach.window.page(section) is not None
    coach.break_driver.start()
    baseline: tuple[int, int, int] | None = None
    memory_after_day_1 = 0
    cards = sessions = 0
    for number in range(1, DAYS + 1):
        day = Day(harness, coach)
        day.run(number)
        assert day.outside_hours == []
        weekday = harness.clock.now().weekday() < 5
        if weekday:
            assert day.cards >= 7, f"day {number}: only {day.cards} breaks"  # about hourly
        else:
            assert day.cards == 0  # no working hours at the weekend
        assert day.sessions == 1
        cards, sessions = cards + day.cards, sessions + day.sessions
        if number == 1:
            settle(collect=True)
            baseline = live_counts(coach)
            memory_after_day_1 = resident_bytes()
        next_morning(harness, coach)
    settle(collect=True)
    assert baseline is not None
    assert live_counts(coach) == baseline
    growth = resident_bytes() - memory_after_day_1
    assert growth <= MAX_GROWTH_BYTES, f"resident memory grew by {growth / 2**20:.1f} MB"
    history = coach.history
    assert history is not None
    assert len(history.breaks()) == cards
    recorded = [s for s in history.sessions() if s.completed and s.started_at >= FIRST_MORNING]
    assert len(recorded) == sessions == DAYS
    print(f"soak: {cards} breaks, {sessions} sessions, memory {growth / 2**20:+.2f} MB")
