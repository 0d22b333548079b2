"""The break card's set of moves: each part shown, guided, skipped or settled, and recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hipcoach.core.history import HistoryStore
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.services.history_recorder import HistoryRecorder
from hipcoach.ui.break_card import BreakCard
from hipcoach.ui.breaks_page import BreaksPage
from tests.a11y_checks import (
    accessible_name,
    focus_order_problems,
    labels_not_named_by_content,
    unnamed_controls,
)
from tests.ui.test_breaks import Desk

SET = ["standing-hip-flexor-stretch", "standing-glute-squeezes", "walk-break"]


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


class RecordingDesk(Desk):
    """A desk whose breaks are recorded in a real history."""

    def __init__(self, qtbot: QtBot, library: Library, folder: Path) -> None:
        super().__init__(qtbot, library)
        self.store = HistoryStore.open(folder / "history.sqlite3", clock=self.clock).store
        self.recorder = HistoryRecorder(self.store, self.clock)
        self.coordinator.card_shown.connect(self.recorder.break_shown)
        self.driver.answered.connect(self.recorder.break_answered)

    def run_part(self, card: BreakCard) -> None:
        """Let the current part's countdown run to its end."""
        current = card.progress.current
        for _ in range(1000):
            if card.progress.current != current or self.card() is None:
                return
            self.clock.advance(0.5)
            card.driver.poll()
        raise AssertionError("the part never ended")

    def tick(self, card: BreakCard, seconds: float) -> None:
        """Let ``seconds`` pass, the card's countdown looking every half second."""
        for _ in range(round(seconds * 2)):
            self.clock.advance(0.5)
            card.driver.poll()

    def recorded(self) -> list[tuple[str, str, float, str | None]]:
        parts = self.store.break_parts()
        assert len(parts) == 1
        (found,) = parts.values()
        return [(p.exercise_id, p.outcome, p.seconds_done, p.reason) for p in found]


@pytest.fixture
def desk(qtbot: QtBot, library: Library, tmp_path: Path) -> Iterator[RecordingDesk]:
    made = RecordingDesk(qtbot, library, tmp_path)
    yield made
    card = made.card()
    if card is not None:
        card.dismiss()
    made.store.close()


def shown(desk: RecordingDesk) -> BreakCard:
    desk.driver.start()
    desk.sit(60)
    return desk.shown_card()


def states(card: BreakCard) -> list[str]:
    return [row.state_word.text() for row in card.part_rows]


def test_the_card_shows_the_whole_set_at_a_glance(desk: RecordingDesk) -> None:
    card = shown(desk)
    assert [row.part.id for row in card.part_rows] == SET
    assert card.set_label.text() == "This break, 3 parts in order:"
    assert [row.amount.text() for row in card.part_rows] == ["20 s each side", "10 times", "3 min"]
    assert states(card) == ["now", "next", "next"]
    assert [row.mark.text() for row in card.part_rows] == ["▶", "·", "·"]
    assert card.move_label.text() == "Standing hip flexor stretch"
    assert card.part_skip_button.text() == "S&kip this part"
    assert "Standing hip flexor stretch" in desk.notes[0][1]
    assert "Walk break" in desk.notes[0][1]


def test_the_set_is_guided_part_by_part_and_the_history_has_each(desk: RecordingDesk) -> None:
    card = shown(desk)
    card.start_button.click()
    assert card.move_running
    desk.tick(card, 3.5)  # get ready
    assert card.side_badge.isVisible()
    desk.tick(card, 20)
    assert "switch" in card.heading_label.text().lower()  # the switch between the sides
    desk.run_part(card)
    assert states(card) == ["done", "now", "next"]
    assert card.move_running  # the next part follows by itself
    desk.tick(card, 4)
    assert card.ring.caption == "squeeze 1 of 10"
    desk.run_part(card)
    assert states(card) == ["done", "done", "now"]
    assert card.part_skip_button.text() == "&No time to walk now"
    desk.tick(card, 63)
    assert card.ring.text == "2:00"  # the walk's own countdown
    desk.run_part(card)
    assert desk.card() is None
    assert [(a.action, a.reason) for a in desk.answers] == [("done", None)]
    assert desk.recorded() == [
        ("standing-hip-flexor-stretch", "done", 40.0, None),
        ("standing-glute-squeezes", "done", 40.0, None),
        ("walk-break", "done", 180.0, None),
    ]
    assert desk.store.breaks()[0].move == SET[0]


def test_no_time_to_walk_skips_the_walk_alone_and_the_break_counts(
    desk: RecordingDesk,
) -> None:
    card = shown(desk)
    card.start_move()
    desk.run_part(card)
    desk.run_part(card)
    assert card.progress.current == 2
    card.part_skip_button.click()
    assert desk.card() is None
    assert [(a.action, a.reason) for a in desk.answers] == [("done", None)]
    assert desk.recorded() == [
        ("standing-hip-flexor-stretch", "done", 40.0, None),
        ("standing-glute-squeezes", "done", 40.0, None),
        ("walk-break", "skipped", 0.0, "no-time"),
    ]
    assert desk.scheduler.outstanding is None  # the interval restarted


def test_all_done_records_every_part_done(desk: RecordingDesk) -> None:
    shown(desk).done_button.click()
    assert [a.action for a in desk.answers] == ["done"]
    assert [(part, outcome) for part, outcome, _, _ in desk.recorded()] == [
        (move, "done") for move in SET
    ]


def test_skipping_every_part_skips_the_break(desk: RecordingDesk) -> None:
    card = shown(desk)
    for expected in (["skipped", "now", "next"], ["skipped", "skipped", "now"]):
        card.part_skip_button.click()
        assert states(card) == expected
        assert not card.move_running  # not started: the next part waits for Start
    card.part_skip_button.click()
    assert [a.action for a in desk.answers] == ["skipped"]
    assert [r[1:] for r in desk.recorded()] == [
        ("skipped", 0.0, None),
        ("skipped", 0.0, None),
        ("skipped", 0.0, "no-time"),
    ]


def test_later_puts_off_the_parts_not_done(desk: RecordingDesk) -> None:
    card = shown(desk)
    card.start_move()
    desk.run_part(card)
    card.not_now_buttons["Later"].click()
    assert [a.action for a in desk.answers] == ["snoozed"]
    assert [r[1] for r in desk.recorded()] == ["done", "snoozed", "snoozed"]


def test_i_stood_up_closes_the_card_and_restarts_sitting(desk: RecordingDesk) -> None:
    card = shown(desk)
    assert desk.scheduler.sitting(desk.clock.now()) == timedelta(minutes=60)
    card.stood_up_button.click()
    assert desk.card() is None
    assert [(a.action, a.reason) for a in desk.answers] == [("done", "stood-up")]
    assert desk.scheduler.sitting(desk.clock.now()) == timedelta(0)
    assert desk.store.breaks()[0].reason == "stood-up"
    assert [r[1] for r in desk.recorded()] == ["not-reached"] * 3
    desk.sit(59)
    assert desk.card() is None


def test_the_breaks_page_lists_each_part(qtbot: QtBot, desk: RecordingDesk) -> None:
    names = {"standing-hip-flexor-stretch": "Stretch", "standing-glute-squeezes": "Squeezes"}
    page = BreaksPage(
        desk.driver, desk.clock, history=desk.store, move_name=lambda m: names.get(m, "Walk")
    )
    qtbot.addWidget(page)
    card = shown(desk)
    card.start_move()
    desk.run_part(card)
    desk.run_part(card)
    card.part_skip_button.click()
    live = page.history.item(0).text()
    assert live.splitlines()[1:] == [
        "    ✓ Stretch: done",
        "    ✓ Squeezes: done",
        "    – Walk: skipped (no-time)",
    ]
    page.list_today()  # the same from the history
    assert page.history.count() == 1
    assert page.history.item(0).text() == live


def test_the_card_is_keyboard_reachable_and_named(qtbot: QtBot, desk: RecordingDesk) -> None:
    card = shown(desk)
    assert unnamed_controls([card]) == []
    assert labels_not_named_by_content([card]) == []
    assert focus_order_problems(card) == []
    assert accessible_name(card.part_rows[2].name) == "Walk break, 3 min: next"
    assert accessible_name(card.done_button) == "All done"
    assert accessible_name(card.stood_up_button) == "I stood up"
    card.start_button.setFocus()
    order = [
        card.start_button,
        card.part_skip_button,
        card.done_button,
        card.skip_button,
        card.stood_up_button,
        *card.not_now_buttons.values(),
    ]
    for before, after in pairwise(order):
        assert card.focusWidget() is before
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        assert card.focusWidget() is after
    card.part_skip_button.setFocus()
    qtbot.keyClick(card.part_skip_button, Qt.Key.Key_Space)
    assert states(card) == ["skipped", "now", "next"]
    assert accessible_name(card.part_rows[0].name).endswith(": skipped")
