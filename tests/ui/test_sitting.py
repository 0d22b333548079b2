"""Sitting in the app: "I stood up", the sitting record, and the day timeline on the Breaks page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from hipcoach.core.clock import ManualClock
from hipcoach.core.history import HistoryStore, history_path
from hipcoach.core.history_records import BreakAction, BreakRecord
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.settings import WorkingHours, parse_time_range
from hipcoach.core.sitting import SittingEnd, SittingSpan
from hipcoach.core.sitting_day import SittingDay, sitting_day
from hipcoach.services.break_driver import STOOD_UP_REASON
from hipcoach.ui.day_timeline import DayTimeline, duration_text, duration_words
from hipcoach.ui.tray import TrayController
from tests.app_harness import AppHarness, simulate_morning
from tests.ui.test_breaks import MONDAY_9, Desk

HOURS = WorkingHours(mon=(parse_time_range("09:00-17:00"),))


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture
def desk(qtbot: QtBot, library: Library) -> Iterator[Desk]:
    d = Desk(qtbot, library)
    yield d
    card = d.card()
    if card is not None:
        card.dismiss()


def morning() -> SittingDay:
    """A morning to 12:10: a break done, one skipped, a lock, and sitting since 11:40."""

    def at(hour: int, minute: int = 0) -> datetime:
        return MONDAY_9.replace(hour=hour, minute=minute)

    return sitting_day(
        at(12, 10),
        spans=[
            SittingSpan(at(9), at(10, 2), SittingEnd.BREAK),
            SittingSpan(at(10, 6), at(11, 30), SittingEnd.LOCK),
        ],
        sat_down_at=at(11, 40),
        breaks=[
            BreakRecord(at(10), at(10), at(10, 2), BreakAction.DONE, None, "walk-break", False),
            BreakRecord(
                at(11, 6), at(11, 6), at(11, 7), BreakAction.SKIPPED, None, "walk-break", False
            ),
        ],
        hours=HOURS,
    )


# -- "I stood up" ---------------------------------------------------------------------


def test_stood_up_settles_the_card_as_done_and_restarts_the_sitting_time(desk: Desk) -> None:
    desk.driver.start()
    desk.sit(61)
    assert desk.card() is not None
    desk.driver.stood_up()
    assert desk.card() is None
    ((answer),) = desk.answers
    assert (answer.action, answer.reason) == (BreakAction.DONE, STOOD_UP_REASON)
    assert desk.driver.status().sitting_minutes == 0
    desk.sit(59)
    assert desk.card() is None
    desk.sit(1)
    assert desk.card() is not None


def test_stood_up_without_a_break_out_answers_nothing(desk: Desk) -> None:
    desk.driver.start()
    desk.sit(20)
    desk.driver.stood_up()
    assert desk.answers == []
    assert desk.driver.status().sat_down_at == desk.clock.now()


def test_the_driver_reports_each_span_as_it_ends(desk: Desk) -> None:
    ended: list[SittingSpan] = []
    desk.driver.sitting_ended.connect(ended.append)
    desk.driver.start()
    desk.sit(30)
    desk.driver.screen_locked()
    desk.clock.advance(10)
    desk.driver.screen_unlocked()
    desk.sit(5)
    desk.driver.sleeping()
    desk.clock.suspend(600)
    desk.driver.resumed()
    desk.sit(5)
    desk.driver.closing()
    assert [(span.ended_by, span.length) for span in ended] == [
        (SittingEnd.LOCK, timedelta(minutes=30)),
        (SittingEnd.SLEEP, timedelta(minutes=5)),
        (SittingEnd.QUIT, timedelta(minutes=5)),
    ]
    assert not desk.driver.timer.isActive()


def test_the_tray_offers_i_stood_up(qtbot: QtBot) -> None:
    tray = TrayController(tray_available=lambda: False)
    asked: list[bool] = []
    tray.stood_up_requested.connect(lambda: asked.append(True))
    texts = [action.text() for action in tray.menu.actions()]
    assert "I stood up" in texts
    tray.stood_up_action.trigger()
    assert asked == [True]


# -- the record, through the whole app ------------------------------------------------


def test_the_app_records_sitting_and_the_timeline_survives_a_restart(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    harness = AppHarness(library, tmp_path)
    try:
        coach = harness.start()
        coach.break_driver.start()
        for _ in range(30):
            harness.clock.advance(60)
            coach.break_driver.poll()
        coach.tray.stood_up_action.trigger()  # through the tray, as the user would
        for _ in range(20):
            harness.clock.advance(60)
            coach.break_driver.poll()
        coach.break_driver.screen_locked()
        harness.clock.advance(120)
        coach.break_driver.screen_unlocked()
        for _ in range(10):
            harness.clock.advance(60)
            coach.break_driver.poll()
        harness.close()  # the sit in progress ends with hipcoach

        again = harness.start()
        day = again.ui.breaks.timeline.day
        assert day is not None
        assert [(f"{start:%H:%M}", f"{end:%H:%M}") for start, end in day.sits[:3]] == [
            ("09:00", "09:30"),
            ("09:30", "09:50"),
            ("09:52", "10:02"),
        ]
        assert day.sat == timedelta(minutes=60)
        assert day.longest == timedelta(minutes=30)
    finally:
        harness.close()
    with HistoryStore.open(history_path(harness.paths), clock=ManualClock()).store as store:
        ended = [span.ended_by for span in store.sitting_spans()]
    assert ended[:3] == [SittingEnd.STOOD_UP, SittingEnd.LOCK, SittingEnd.QUIT]


# -- the timeline ---------------------------------------------------------------------


def test_the_timeline_shows_the_figures_in_large_type(qtbot: QtBot) -> None:
    timeline = DayTimeline()
    qtbot.addWidget(timeline)
    timeline.show_day(morning())
    shown = {key: label.text() for key, label in timeline.values.items()}
    assert shown == {
        "sat": "2 h 56 min",
        "longest": "1 h 24 min",
        "done": "1",
        "skipped": "1",
        "due": "0",
    }
    assert timeline.values["sat"].font().pointSize() >= 20


def test_room_to_spare_goes_to_the_figures_and_the_legend_not_the_bar(qtbot: QtBot) -> None:
    timeline = DayTimeline()
    qtbot.addWidget(timeline)
    timeline.show_day(morning())
    timeline.resize(900, timeline.sizeHint().height())
    timeline.show()
    qtbot.waitExposed(timeline)
    layout = timeline.layout()
    assert layout is not None
    row = layout.itemAt(0)
    figures = row.widget() if row is not None else None
    assert figures is not None
    snug = (figures.height(), timeline.bar.height(), timeline.legend.height())
    timeline.resize(900, timeline.sizeHint().height() + 200)
    qtbot.waitUntil(lambda: timeline.bar.y() > snug[0] + 50)
    grown = (figures.height(), timeline.bar.height(), timeline.legend.height())
    assert grown[1] == snug[1]  # the bar keeps its height
    assert grown[0] - snug[0] >= 50
    assert abs(grown[0] - grown[2]) <= 2  # shared out alike, not all to the figures


def test_the_timeline_says_its_figures_in_words(qtbot: QtBot) -> None:
    timeline = DayTimeline()
    qtbot.addWidget(timeline)
    timeline.show_day(morning())
    assert timeline.accessibleName() == "Today's sitting"
    assert timeline.accessibleDescription() == (
        "Today you sat 2 hours 56 minutes; your longest sit without getting up was "
        "1 hour 24 minutes. Breaks: 1 done, 1 skipped, 0 due and not taken."
    )
    longest = timeline.values["longest"]
    assert (longest.accessibleName(), longest.accessibleDescription()) == ("", "longest sit")
    assert timeline.bar.accessibleName() == "Today's sitting timeline"
    assert timeline.bar.accessibleDescription().endswith(
        "Sitting 09:00 to 10:02, 10:06 to 11:30, 11:40 until now."
    )


@pytest.mark.parametrize(
    ("length", "text", "words"),
    [
        (timedelta(0), "0 min", "0 minutes"),
        (timedelta(minutes=1, seconds=59), "1 min", "1 minute"),
        (timedelta(hours=1), "1 h 00 min", "1 hour"),
        (timedelta(hours=2, minutes=5), "2 h 05 min", "2 hours 5 minutes"),
    ],
)
def test_durations(length: timedelta, text: str, words: str) -> None:
    assert (duration_text(length), duration_words(length)) == (text, words)


def paint(timeline: DayTimeline, width: int, height: int) -> QImage:
    timeline.resize(width, height)
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32)
    image.fill(0)
    timeline.render(image)
    return image


@pytest.mark.parametrize(("width", "height"), [(0, 0), (12, 12), (60, 40), (160, 90), (900, 160)])
def test_the_timeline_paints_at_any_size(qtbot: QtBot, width: int, height: int) -> None:
    timeline = DayTimeline()
    qtbot.addWidget(timeline)
    paint(timeline, width, height)  # nothing to show yet
    timeline.show_day(morning())
    paint(timeline, width, height)


def test_the_bar_draws_the_sits_in_the_highlight_colour_light_or_dark(qtbot: QtBot) -> None:
    timeline = DayTimeline()
    qtbot.addWidget(timeline)
    timeline.show_day(morning())
    for window, highlight in (("#f4f4f4", "#2a6fdb"), ("#202124", "#8ab4f8")):
        palette = QPalette(timeline.palette())
        palette.setColor(QPalette.ColorRole.Window, QColor(window))
        palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
        timeline.setPalette(palette)
        timeline.resize(800, 160)
        image = timeline.bar.grab().toImage()
        bar = timeline.bar
        # 09:30, inside the first sit, in the middle of the bar's height.
        day = timeline.day
        assert day is not None
        assert day.start is not None
        assert day.end is not None
        share = 0.5 / ((day.end - day.start).total_seconds() / 3600)
        x = round(8 + (bar.width() - 16) * share)
        colour = image.pixelColor(x, 4 + 30 + 13)
        assert colour.name() == highlight


def test_a_day_without_anything_to_show_says_so(qtbot: QtBot) -> None:
    timeline = DayTimeline()
    qtbot.addWidget(timeline)
    saturday = datetime(2026, 1, 10, 10, tzinfo=UTC)
    timeline.show_day(sitting_day(saturday, spans=[], sat_down_at=None, breaks=[], hours=HOURS))
    assert timeline.values["sat"].text() == "0 min"
    paint(timeline, 600, 160)


def test_a_simulated_morning_shows_on_the_breaks_page(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    harness = AppHarness(library, tmp_path)
    try:
        coach = harness.start()
        simulate_morning(harness, coach)
        timeline = coach.ui.breaks.timeline
        shown = {key: label.text() for key, label in timeline.values.items()}
        assert shown == {
            "sat": "3 h 00 min",
            "longest": "1 h 28 min",
            "done": "1",
            "skipped": "1",
            "due": "0",
        }
    finally:
        harness.close()
