"""Break reminders through the real widgets: driver, card, coordinator, tray, page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hipcoach.core.clock import ManualClock
from hipcoach.core.history import BreakRecord, HistoryStore
from hipcoach.core.history_records import BreakAction
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.reminders import BreakDue, ReminderScheduler
from hipcoach.core.settings import BreakSettings, BreakStyle, TimeRange, WorkingHours
from hipcoach.services.break_coordinator import BreakCoordinator
from hipcoach.services.break_driver import BreakAnswer, BreakDriver
from hipcoach.ui.break_card import BreakCard
from hipcoach.ui.breaks_page import BreaksPage
from hipcoach.ui.icons import IconState
from hipcoach.ui.tray import TrayController, describe_status

MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
ALL_DAY = WorkingHours.every_day(
    TimeRange(datetime.min.time(), datetime.max.time().replace(second=0, microsecond=0))
)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


class Desk:
    """A break driver and coordinator on a manual clock, with a fake idle source."""

    def __init__(self, qtbot: QtBot, library: Library, **changes: object) -> None:
        self.clock = ManualClock(MONDAY_9)
        settings = replace(BreakSettings(), working_hours=ALL_DAY, **changes)  # type: ignore[arg-type]
        self.idle: float | None = 0.0
        self.deferral: str | None = None
        self.scheduler = ReminderScheduler(settings, self.clock.now())
        self.driver = BreakDriver(
            self.scheduler,
            self.clock,
            idle_seconds=lambda: self.idle,
            defer_reason=lambda: self.deferral,
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
        self.answers: list[BreakAnswer] = []
        self.driver.answered.connect(self.answers.append)
        self.qtbot = qtbot

    def notify(self, title: str, body: str) -> bool:
        self.notes.append((title, body))
        return True

    def sit(self, minutes: float) -> None:
        """Let time pass, polling every minute as the driver's timer would."""
        for _ in range(round(minutes)):
            self.clock.advance(60)
            self.driver.poll()

    def card(self) -> BreakCard | None:
        """Return the card on show (a call, so each look is fresh)."""
        card = self.coordinator.card
        assert card is None or isinstance(card, BreakCard)
        return card

    def shown_card(self) -> BreakCard:
        """Return the card on show; fail if there is none."""
        card = self.coordinator.card
        assert isinstance(card, BreakCard), "no break card is showing"
        return card


def icon_state(tray: TrayController) -> IconState:
    return tray.state


@pytest.fixture
def desk(qtbot: QtBot, library: Library) -> Iterator[Desk]:
    d = Desk(qtbot, library)
    yield d
    card = d.card()
    if card is not None:
        card.dismiss()


def test_a_card_and_a_notification_after_an_hour_of_sitting(desk: Desk) -> None:
    desk.driver.start()
    desk.sit(59)
    assert desk.card() is None
    desk.sit(1)
    card = desk.card()
    assert card is not None
    assert card.isVisible()
    assert not card.isActiveWindow()  # it does not take the keyboard from typing
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert "sitting for about 60 minutes" in card.why_label.text()
    assert desk.notes
    assert desk.notes[0][0] == "Time to stand up"
    desk.sit(5)
    assert desk.card() is card  # never a second card for the same break


def test_done_restarts_the_interval(desk: Desk) -> None:
    desk.driver.start()
    desk.sit(60)
    assert desk.card() is not None
    desk.shown_card().done_button.click()
    assert desk.card() is None
    assert [a.action for a in desk.answers] == ["done"]
    desk.sit(59)
    assert desk.card() is None
    desk.sit(1)
    assert desk.card() is not None


def test_snooze_in_a_meeting_comes_back_after_the_snooze(desk: Desk) -> None:
    desk.driver.start()
    desk.sit(60)
    assert desk.card() is not None
    desk.shown_card().not_now_buttons["In a meeting"].click()
    assert [(a.action, a.reason) for a in desk.answers] == [("snoozed", "meeting")]
    desk.sit(4)
    assert desk.card() is None
    desk.sit(1)
    assert desk.card() is not None


def test_skip_for_pain_records_why(desk: Desk) -> None:
    desk.driver.start()
    desk.sit(60)
    assert desk.card() is not None
    desk.shown_card().not_now_buttons["Pain"].click()
    assert [(a.action, a.reason) for a in desk.answers] == [("skipped", "pain")]
    assert desk.card() is None


def test_snooze_buttons_are_off_when_the_limit_is_reached(qtbot: QtBot, library: Library) -> None:
    desk = Desk(qtbot, library, snooze_limit=1)
    desk.driver.start()
    desk.sit(60)
    assert desk.card() is not None
    desk.shown_card().not_now_buttons["Later"].click()
    desk.sit(5)
    card = desk.card()
    assert card is not None
    assert not card.not_now_buttons["Later"].isEnabled()
    assert card.not_now_buttons["Pain"].isEnabled()
    card.dismiss()


def test_the_guided_move_counts_down_and_finishes_the_break(desk: Desk) -> None:
    desk.driver.break_now()
    card = desk.card()
    assert card is not None
    card.start_move()
    assert card.move_running
    for _ in range(1000):  # the whole set: both sides, ten squeezes, a 3-minute walk
        if desk.card() is None:
            break
        desk.clock.advance(0.5)
        card.driver.poll()
    assert desk.card() is None
    assert desk.answers[-1].action == "done"
    parts = desk.answers[-1].parts
    assert [(p.exercise_id, p.outcome, p.seconds_done) for p in parts] == [
        ("standing-hip-flexor-stretch", "done", 40.0),
        ("standing-glute-squeezes", "done", 40.0),
        ("walk-break", "done", 180.0),
    ]


def test_a_walk_completes_itself_when_the_user_walks_away(qtbot: QtBot, library: Library) -> None:
    desk = Desk(qtbot, library, style=BreakStyle.ROTATION)  # one move: the walk
    desk.driver.start()
    due = desk.scheduler.break_now(desk.clock.now())
    desk.coordinator.show_break(replace(due, move="walk-break"))
    card = desk.card()
    assert card is not None
    assert card.exercise.id == "walk-break"
    card.start_move()
    desk.clock.advance(5)
    card.driver.poll()
    desk.idle = 330.0  # away from the keyboard for 5.5 minutes
    desk.driver.poll()
    assert desk.card() is None
    assert desk.answers[-1].reason == "away-during-walk"


def test_a_natural_break_clears_the_card(desk: Desk) -> None:
    desk.driver.start()
    desk.sit(60)
    assert desk.card() is not None
    desk.idle = 5 * 60.0  # the user left the desk ...
    desk.sit(1)
    desk.idle = 0.0  # ... and came back: that was a break
    desk.sit(1)
    assert desk.card() is None
    assert desk.answers == []  # settled by the absence, not by an answer


def test_closing_the_card_counts_as_later(desk: Desk) -> None:
    desk.driver.start()
    desk.sit(60)
    assert desk.card() is not None
    desk.shown_card().close()
    assert [a.action for a in desk.answers] == ["snoozed"]


def test_driver_sleeps_a_minute_at_most_and_wakes_for_a_near_break(desk: Desk) -> None:
    desk.driver.start()
    assert desk.driver.timer.interval() == 60_000
    assert desk.driver.timer.timerType() is Qt.TimerType.CoarseTimer
    desk.sit(59)
    desk.clock.advance(30)
    desk.driver.poll()
    assert desk.driver.timer.interval() == 30_000


def test_pause_and_resume(desk: Desk) -> None:
    desk.driver.start()
    desk.driver.pause_for(30 * 60)
    status = desk.driver.status()
    assert status.paused_until is not None
    assert "paused until 09:30" in describe_status(status, desk.clock.now())
    desk.driver.resume()
    assert desk.driver.status().paused_until is None


def test_tray_icon_states_and_menu(qtbot: QtBot, desk: Desk) -> None:
    tray = TrayController(tray_available=lambda: False)
    assert tray.try_show() is False  # no tray here: the app must not depend on it
    assert tray.icon is None
    paused: list[object] = []
    tray.pause_requested.connect(paused.append)
    tray.pause_menu.actions()[1].trigger()
    tray.pause_menu.actions()[3].trigger()
    assert paused == [3600, None]
    desk.driver.start()
    tray.show_status(desk.driver.status(), desk.clock.now())
    assert icon_state(tray) is IconState.NORMAL
    assert "next break in 1 h (10:00)" in tray.tooltip
    desk.driver.pause_until_tomorrow()
    tray.show_status(desk.driver.status(), desk.clock.now())
    assert icon_state(tray) is IconState.PAUSED
    assert tray.resume_action.isVisible()
    desk.driver.resume()
    desk.sit(60)
    tray.show_status(desk.driver.status(), desk.clock.now())
    assert icon_state(tray) is IconState.BREAK_DUE


def test_breaks_page_controls(qtbot: QtBot, desk: Desk, library: Library) -> None:
    page = BreaksPage(desk.driver, desk.clock, move_name=lambda m: library.exercise(m).name)
    qtbot.addWidget(page)
    desk.driver.start()
    assert "next break in 1 h (10:00)" in page.status_label.text()
    page.pause_buttons[0].click()
    assert "paused until 09:30" in page.status_label.text()
    page.resume_button.click()
    page.break_now_button.click()
    assert desk.card() is not None
    desk.shown_card().done_button.click()
    item = page.history.item(0)
    assert item is not None
    assert "Done" in item.text()
    page.set_tray_available(False)
    assert "No system tray" in page.tray_label.text()


def test_cards_are_deleted_when_closed(qtbot: QtBot, desk: Desk) -> None:
    desk.driver.start()
    desk.sit(60)
    card = desk.shown_card()
    card.done_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(card), timeout=1000)
    assert desk.card() is None


@pytest.mark.parametrize(
    ("minutes_ahead", "expected"),
    [
        (25, "next break in 25 min (09:25)"),
        (80, "next break in 1 h 20 min (10:20)"),
        (120, "next break in 2 h (11:00)"),
        (24 * 60 + 60, "next break tomorrow at 10:00"),
        (3 * 24 * 60, "next break on Thursday at 09:00"),
    ],
)
def test_status_line_says_when_in_words(minutes_ahead: int, expected: str) -> None:
    from datetime import timedelta  # noqa: PLC0415

    from hipcoach.services.break_driver import BreakStatus  # noqa: PLC0415

    status = BreakStatus(
        sitting_minutes=5,
        next_due=MONDAY_9 + timedelta(minutes=minutes_ahead),
        paused_until=None,
        outstanding=None,
        snoozes_left=3,
        enabled=True,
    )
    assert describe_status(status, MONDAY_9) == f"Sitting 5 min · {expected}"


def _answered(
    shown: datetime,
    action: BreakAction,
    move: str = "walk-break",
    reason: str | None = None,
) -> BreakRecord:
    return BreakRecord(
        shown, shown, shown + timedelta(minutes=1), action, reason, move, deferred=False
    )


def test_breaks_page_lists_todays_answers_from_the_history(
    qtbot: QtBot, desk: Desk, library: Library, tmp_path: Path
) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3", clock=ManualClock(MONDAY_9)).store
    store.record_break(_answered(MONDAY_9 - timedelta(days=1), BreakAction.DONE))  # yesterday
    store.record_break(_answered(MONDAY_9 - timedelta(hours=2), BreakAction.DONE))
    store.record_break(
        _answered(MONDAY_9 - timedelta(hours=1), BreakAction.SNOOZED, reason="meeting")
    )
    unanswered = _answered(MONDAY_9 - timedelta(minutes=30), BreakAction.DONE)
    store.record_break(replace(unanswered, answered_at=None, action=BreakAction.SHOWN))

    page = BreaksPage(
        desk.driver, desk.clock, history=store, move_name=lambda m: library.exercise(m).name
    )
    qtbot.addWidget(page)
    assert _listed(page) == [
        "08:01  Snoozed (meeting) — Walk break",
        "07:01  Done — Walk break",
    ]

    # An answer given now joins at the top ...
    desk.driver.start()
    desk.driver.break_now()
    desk.shown_card().done_button.click()
    (answer,) = desk.answers
    assert _listed(page)[0].splitlines() == [
        "09:00  Done",
        *(f"    ✓ {library.exercise(part.exercise_id).name}: done" for part in answer.parts),
    ]
    assert len(_listed(page)) == 3
    # ... once, however often it arrives (a stored one, too).
    page.add_answer(answer)
    stored = BreakAnswer(
        BreakDue(MONDAY_9 - timedelta(hours=2), "walk-break", timedelta(hours=1)),
        BreakAction.DONE,
        None,
        MONDAY_9 - timedelta(hours=2) + timedelta(minutes=1),
    )
    page.add_answer(stored)
    assert len(_listed(page)) == 3
    store.close()


def test_breaks_page_starts_afresh_on_a_new_day(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3", clock=ManualClock(MONDAY_9)).store
    store.record_break(_answered(MONDAY_9 - timedelta(hours=1), BreakAction.DONE))
    page = BreaksPage(desk.driver, desk.clock, history=store)
    qtbot.addWidget(page)
    assert len(_listed(page)) == 1
    desk.clock.set_wall(MONDAY_9 + timedelta(days=1))
    page.show()
    qtbot.waitExposed(page)
    assert _listed(page) == []
    store.close()


def _listed(page: BreaksPage) -> list[str]:
    items = (page.history.item(row) for row in range(page.history.count()))
    return [item.text() for item in items if item is not None]


def test_an_answer_is_done_snoozed_or_skipped_never_shown() -> None:
    due = BreakDue(MONDAY_9, "walk-break", timedelta(hours=1))
    for action in (BreakAction.DONE, BreakAction.SNOOZED, BreakAction.SKIPPED):
        assert BreakAnswer(due, action, None, MONDAY_9).action is action
    with pytest.raises(ValueError, match="not shown"):
        BreakAnswer(due, BreakAction.SHOWN, None, MONDAY_9)
