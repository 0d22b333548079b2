"""What ``hipcoach status`` reports: the JSON keys, the human line, where the facts come from."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from hipcoach.core.adherence import WorkTally
from hipcoach.core.clock import ManualClock
from hipcoach.core.history import BreakAction, BreakRecord, HistoryError, HistoryStore
from hipcoach.core.reminders import Hold, ReminderScheduler
from hipcoach.core.settings import BreakSettings
from hipcoach.core.status_report import (
    BreaksToday,
    HistoryFacts,
    StatusReport,
    from_history,
    live,
)

BERLIN_WINTER = timezone(timedelta(hours=1))
NOW = datetime(2026, 1, 7, 14, 0, tzinfo=BERLIN_WINTER)  # a Wednesday afternoon
KEYS = {
    "running",
    "sitting_seconds",
    "next_break_at",
    "paused_until",
    "break_active",
    "held_because",
    "in_call",
    "breaks_today",
    "last_session",
    "streak_days",
}


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    opened = HistoryStore.open(tmp_path / "history.sqlite3", clock=ManualClock(NOW))
    return opened.store


def session(store: HistoryStore, at: datetime, *, done: bool = True) -> None:
    session_id = store.start_session("daily", at)
    store.finish_session(
        session_id, at + timedelta(minutes=12), 700.0, WorkTally(600, 600 if done else 0)
    )


def shown_break(store: HistoryStore, at: datetime, action: BreakAction) -> None:
    store.record_break(
        BreakRecord(at, at, at + timedelta(minutes=1), action, None, "walk-break", False)
    )


def test_the_json_has_every_documented_key_with_offsets_and_plain_dates() -> None:
    report = StatusReport(
        running=True,
        history=HistoryFacts(BreaksToday(done=2, skipped=1, snoozed=3), date(2026, 1, 6), 4),
        sitting_seconds=2520,
        next_break_at=NOW + timedelta(minutes=18),
        paused_until=None,
        break_active=False,
        held_because=None,
        in_call=False,
    )
    data = report.as_json()
    assert set(data) == KEYS
    assert data["next_break_at"] == "2026-01-07T14:18:00+01:00"
    assert data["paused_until"] is None
    assert data["breaks_today"] == {"done": 2, "skipped": 1, "snoozed": 3}
    assert data["last_session"] == "2026-01-06"
    assert data["streak_days"] == 4
    assert StatusReport.from_json(json.loads(json.dumps(data))) == report


def test_without_a_running_hipcoach_the_live_fields_are_empty() -> None:
    data = StatusReport(running=False).as_json()
    assert data["running"] is False
    assert (data["sitting_seconds"], data["in_call"], data["next_break_at"]) == (None, None, None)
    assert data["break_active"] is False
    assert data["held_because"] is None


@pytest.mark.parametrize(
    "broken",
    [
        [],
        {"running": True},
        {**StatusReport(running=True).as_json(), "running": "yes"},
        {**StatusReport(running=True).as_json(), "streak_days": True},
        {**StatusReport(running=True).as_json(), "next_break_at": "2026-01-07T14:18:00"},
        {**StatusReport(running=True).as_json(), "last_session": "yesterday"},
        {**StatusReport(running=True).as_json(), "breaks_today": {"done": 1}},
    ],
)
def test_an_answer_that_is_not_a_report_is_refused(broken: object) -> None:
    with pytest.raises(ValueError, match=r"\S"):  # with a message saying what is wrong
        StatusReport.from_json(broken)


@pytest.mark.parametrize(
    ("changes", "line"),
    [
        ({}, "sitting 42 min · next break 14:18"),
        (
            {"next_break_at": NOW + timedelta(hours=20)},
            "sitting 42 min · next break tomorrow 10:00",
        ),
        ({"next_break_at": None}, "sitting 42 min · no break coming"),
        ({"paused_until": NOW + timedelta(hours=1)}, "sitting 42 min · paused until 15:00"),
        ({"held_because": "call", "in_call": True}, "sitting 42 min · break held (on a call)"),
        ({"held_because": "fullscreen"}, "sitting 42 min · break held (full screen)"),
        ({"break_active": True}, "sitting 42 min · break now"),
        ({"in_call": True}, "sitting 42 min · next break 14:18 · on a call"),
        ({"running": False}, "hipcoach is not running"),
    ],
)
def test_one_short_line_for_people(changes: dict[str, object], line: str) -> None:
    values: dict[str, object] = {
        "running": True,
        "sitting_seconds": 42 * 60 + 59,
        "next_break_at": NOW + timedelta(minutes=18),
        "in_call": False,
        **changes,
    }
    assert StatusReport(**values).summary(NOW) == line  # type: ignore[arg-type]


def test_the_line_adds_the_day_when_there_is_something_to_say() -> None:
    report = StatusReport(running=False, history=HistoryFacts(BreaksToday(done=3), None, 5))
    assert report.summary(NOW) == "hipcoach is not running · 3 breaks done today · 5-day streak"
    one = StatusReport(running=False, history=HistoryFacts(BreaksToday(done=1), None, 0))
    assert one.summary(NOW) == "hipcoach is not running · 1 break done today"


def test_the_history_gives_todays_answers_the_last_session_and_the_streak(
    store: HistoryStore,
) -> None:
    for days_ago in (2, 1):
        session(store, NOW.replace(hour=8) - timedelta(days=days_ago))
    session(store, NOW.replace(hour=9), done=False)  # started today, nothing done: abandoned
    shown_break(store, NOW - timedelta(days=1), BreakAction.DONE)  # yesterday: not today's
    shown_break(store, NOW.replace(hour=0, minute=30), BreakAction.DONE)
    shown_break(store, NOW.replace(hour=10), BreakAction.DONE)
    shown_break(store, NOW.replace(hour=11), BreakAction.SKIPPED)
    shown_break(store, NOW.replace(hour=12), BreakAction.SNOOZED)
    shown_break(store, NOW.replace(hour=13), BreakAction.SHOWN)  # unanswered: in none of the three
    facts = from_history(store, NOW)
    assert facts.breaks_today == BreaksToday(done=2, skipped=1, snoozed=1)
    assert facts.last_session == date(2026, 1, 6)
    assert facts.streak_days == 2  # today counts once it is done


def test_an_empty_or_missing_history_gives_empty_facts(store: HistoryStore) -> None:
    assert from_history(store, NOW) == HistoryFacts()
    assert from_history(None, NOW) == HistoryFacts()


def sit(clock: ManualClock, scheduler: ReminderScheduler, minutes: int) -> None:
    """Let ``minutes`` pass with a poll every minute, as the driver does."""
    for _ in range(minutes):
        clock.advance(60)
        scheduler.poll(clock.now())


def test_the_running_app_reports_its_schedulers_state() -> None:
    clock = ManualClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    scheduler = ReminderScheduler(BreakSettings(), clock.now())
    sit(clock, scheduler, 42)
    report = live(scheduler, clock.now(), history=HistoryFacts(), break_active=False, enabled=True)
    assert report.running
    assert report.sitting_seconds == 42 * 60
    assert report.next_break_at == datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
    assert (report.held_because, report.in_call, report.paused_until) == (None, False, None)

    scheduler.set_in_call(clock.now(), True)
    sit(clock, scheduler, 30)  # the break fell due at 10:00, during the call
    report = live(scheduler, clock.now(), history=HistoryFacts(), break_active=False, enabled=True)
    assert (report.held_because, report.in_call) == (Hold.CALL, True)
    assert report.next_break_at is None  # it waits for the call, not for a time
    assert report.sitting_seconds == 72 * 60

    scheduler.pause(clock.now(), clock.now() + timedelta(hours=1))
    report = live(scheduler, clock.now(), history=HistoryFacts(), break_active=False, enabled=True)
    assert report.paused_until == datetime(2026, 1, 5, 11, 12, tzinfo=UTC)
    assert report.held_because is None  # the pause, not the call, keeps it now

    off = live(scheduler, clock.now(), history=HistoryFacts(), break_active=False, enabled=False)
    assert (off.next_break_at, off.held_because) == (None, None)


def test_the_history_is_read_without_being_changed(tmp_path: Path, store: HistoryStore) -> None:
    shown_break(store, NOW.replace(hour=10), BreakAction.DONE)
    path = store.path
    store.close()
    before = path.read_bytes()
    with HistoryStore.open_for_reading(path) as reader:
        assert reader.read_only
        assert from_history(reader, NOW).breaks_today.done == 1
    assert path.read_bytes() == before
    with pytest.raises(HistoryError, match="no history"):
        HistoryStore.open_for_reading(tmp_path / "missing.sqlite3")
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all, just text")
    with pytest.raises(HistoryError, match="could not be read"):
        HistoryStore.open_for_reading(tmp_path / "junk.sqlite3")
    assert (tmp_path / "junk.sqlite3").exists()  # not moved aside
