"""Calls and the break driver, card and tray: no card during a call, one after it, saying why."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from hipcoach.core.clock import ManualClock
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.reminders import BreakDue, Hold, ReminderScheduler
from hipcoach.core.settings import BreakSettings, TimeRange, WorkingHours
from hipcoach.services.break_coordinator import BreakCoordinator
from hipcoach.services.break_driver import HELD_POLL_SECONDS, NEAR_SECONDS, BreakDriver
from hipcoach.ui.break_card import BreakCard
from hipcoach.ui.tray import describe_status

MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
ALL_DAY = WorkingHours.every_day(
    TimeRange(datetime.min.time(), datetime.max.time().replace(second=0, microsecond=0))
)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


class CallDesk:
    """A driver and coordinator on a manual clock, with a call the test turns on and off."""

    def __init__(self, library: Library, **changes: object) -> None:
        self.clock = ManualClock(MONDAY_9)
        settings = replace(BreakSettings(), working_hours=ALL_DAY, **changes)  # type: ignore[arg-type]
        self.on_call = False
        self.idle: float | None = 0.0
        self.looks: list[bool] = []
        self.scheduler = ReminderScheduler(settings, self.clock.now())
        self.driver = BreakDriver(
            self.scheduler,
            self.clock,
            idle_seconds=lambda: self.idle,
            in_call=self.in_call,
        )
        self.notes: list[tuple[str, str]] = []
        self.coordinator = BreakCoordinator(
            self.driver,
            library,
            card_factory=BreakCard,
            clock=self.clock,
            wall=self.clock,
            notify=self.notify,
        )

    def notify(self, title: str, body: str) -> bool:
        self.notes.append((title, body))
        return True

    def in_call(self, look: bool) -> bool:
        self.looks.append(look)
        return self.on_call

    def wait(self, seconds: float) -> None:
        """Let time pass the way the driver's timer would: poll when it is due."""
        end = self.clock.monotonic() + seconds
        while True:
            step = self.driver.timer.interval() / 1000
            if self.clock.monotonic() + step > end:
                self.clock.advance(end - self.clock.monotonic())
                return
            self.clock.advance(step)
            self.driver.poll()

    def card(self) -> BreakCard | None:
        card = self.coordinator.card
        assert card is None or isinstance(card, BreakCard)
        return card


@pytest.fixture
def desk(qtbot: QtBot, library: Library) -> Iterator[CallDesk]:
    made = CallDesk(library)
    yield made
    card = made.card()
    if card is not None:
        card.dismiss()


def test_no_card_no_sound_no_notification_during_a_call_then_one_after_it(
    desk: CallDesk,
) -> None:
    desk.driver.start()
    desk.wait(50 * 60)
    desk.on_call = True
    desk.driver.call_changed(True)
    desk.wait(25 * 60)  # the break fell due at 10:00
    assert desk.card() is None
    assert desk.notes == []
    status = desk.driver.status()
    assert (status.held_because, status.in_call) == (Hold.CALL, True)
    assert status.sitting_minutes == 75
    assert "waits for your call to end" in describe_status(status, desk.clock.now())
    assert desk.driver.timer.interval() == HELD_POLL_SECONDS * 1000
    desk.on_call = False
    desk.driver.call_changed(False)  # the sound server says the call is over
    assert desk.card() is None  # not at once: it may be the next call starting
    desk.wait(40)
    card = desk.card()
    assert card is not None
    assert card.held_label.isVisibleTo(card)
    assert card.held_label.text() == "Held back 15 minutes because you were on a call."
    assert len(desk.notes) == 1
    desk.wait(20 * 60)
    assert len(desk.notes) == 1  # once


def test_sources_that_must_be_read_are_read_only_when_the_answer_matters(
    desk: CallDesk,
) -> None:
    desk.driver.start()
    desk.wait(30 * 60)
    assert desk.looks
    assert not any(desk.looks)  # half an hour from the break: nobody reads the camera
    desk.looks.clear()
    desk.wait(29 * 60)
    near = [look for look in desk.looks if look]
    assert near  # within NEAR_SECONDS of the break
    assert NEAR_SECONDS <= 120
    desk.idle = 10 * 60.0  # away from the desk: whether this is a call matters
    desk.looks.clear()
    desk.driver.poll()
    assert desk.looks == [True]


def test_a_call_longer_than_the_limit_lets_the_card_through(qtbot: QtBot, library: Library) -> None:
    desk = CallDesk(library, call_hold_minutes=20)
    try:
        desk.driver.start()
        desk.on_call = True
        desk.wait(79 * 60)
        assert desk.card() is None
        desk.wait(2 * 60)
        card = desk.card()
        assert card is not None
        assert card.held_label.text() == "Held back 20 minutes because you were on a call."
    finally:
        if desk.card() is not None:
            desk.card().dismiss()  # type: ignore[union-attr]


def test_a_break_nothing_held_has_no_held_line(desk: CallDesk) -> None:
    desk.driver.start()
    desk.wait(61 * 60)
    card = desk.card()
    assert card is not None
    assert not card.held_label.isVisibleTo(card)
    assert card.held_label.text() == ""


@pytest.mark.parametrize(
    ("held_by", "minutes", "text"),
    [
        (Hold.CALL, 0, "Held back a moment because you were on a call."),
        (Hold.FULL_SCREEN, 2, "Held back 2 minutes while an app was full screen."),
        (Hold.DO_NOT_DISTURB, 12, "Held back 12 minutes while do-not-disturb was on."),
        (Hold.DO_NOT_DISTURB, 0, "Held back a moment while do-not-disturb was on."),
    ],
)
def test_the_card_says_what_held_it(
    qtbot: QtBot, library: Library, held_by: str, minutes: int, text: str
) -> None:
    clock = ManualClock(MONDAY_9)
    exercise = library.exercise("standing-hip-flexor-stretch")
    due = BreakDue(
        MONDAY_9,
        exercise.id,
        timedelta(hours=1),
        held_by=held_by,
        held_for=timedelta(minutes=minutes, seconds=30),
    )
    from hipcoach.core.break_moves import break_part  # noqa: PLC0415

    card = BreakCard(due, (break_part(exercise, BreakSettings()),), clock=clock, wall=clock)
    qtbot.addWidget(card)
    assert card.held_label.text() == text
