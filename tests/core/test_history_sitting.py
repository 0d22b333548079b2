"""The record of sitting in the history: stored as each span ends, read back by day."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hipcoach.core.clock import ManualClock
from hipcoach.core.history import MIGRATIONS, SCHEMA_VERSION, HistoryStore, migrate
from hipcoach.core.sitting import SittingEnd, SittingSpan

BERLIN = ZoneInfo("Europe/Berlin")
MORNING = datetime(2026, 1, 5, 9, 0, tzinfo=BERLIN)


def at(hour: int, minute: int = 0, *, days: int = 0) -> datetime:
    return MORNING.replace(hour=hour, minute=minute) + timedelta(days=days)


def opened(path: Path) -> HistoryStore:
    return HistoryStore.open(path, clock=ManualClock(MORNING)).store


def test_spans_round_trip_with_their_offsets(tmp_path: Path) -> None:
    with opened(tmp_path / "history.sqlite3") as store:
        span = SittingSpan(at(9), at(9, 52), SittingEnd.LOCK)
        span_id = store.record_sitting(span)
        (back,) = store.sitting_spans()
    assert back == SittingSpan(at(9), at(9, 52), SittingEnd.LOCK, id=span_id)
    assert back.ended_by is SittingEnd.LOCK
    assert back.start.utcoffset() == timedelta(hours=1)


def test_the_spans_of_a_day_include_those_that_cross_its_edges(tmp_path: Path) -> None:
    with opened(tmp_path / "history.sqlite3") as store:
        store.record_sitting(SittingSpan(at(22, days=-1), at(23, days=-1), SittingEnd.HOURS))
        store.record_sitting(SittingSpan(at(23, 30, days=-1), at(0, 30), SittingEnd.SLEEP))
        store.record_sitting(SittingSpan(at(9), at(10), SittingEnd.BREAK))
        store.record_sitting(SittingSpan(at(23, 50), at(0, 10, days=1), SittingEnd.QUIT))
        store.record_sitting(SittingSpan(at(9, days=1), at(10, days=1), SittingEnd.BREAK))
        day = store.sitting_spans(at(0), at(0, days=1))
    assert [(span.start, span.ended_by) for span in day] == [
        (at(23, 30, days=-1), SittingEnd.SLEEP),
        (at(9), SittingEnd.BREAK),
        (at(23, 50), SittingEnd.QUIT),
    ]


def test_a_span_is_committed_when_recorded(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = opened(path)
    store.record_sitting(SittingSpan(at(9), at(9, 40), SittingEnd.STOOD_UP))
    # Another connection sees it before the store is closed (as after a kill).
    other = sqlite3.connect(path)
    try:
        rows = other.execute("SELECT ended_by, started_at FROM sitting_spans").fetchall()
    finally:
        other.close()
        store.close()
    assert rows == [("stood-up", at(9).isoformat())]


def test_an_older_history_gains_the_table_and_keeps_what_it_had(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    older = MIGRATIONS[:-1]
    with HistoryStore.open(path, clock=ManualClock(MORNING), migrations=older).store as store:
        store.start_session("daily", at(8))
    with opened(path) as store:
        assert [session.protocol_id for session in store.sessions()] == ["daily"]
        store.record_sitting(SittingSpan(at(9), at(10), SittingEnd.BREAK))
        assert len(store.sitting_spans()) == 1
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        connection.close()


def test_reading_a_stored_span_checks_it(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with opened(path) as store:
        store.record_sitting(SittingSpan(at(9), at(10), SittingEnd.BREAK))
    connection = sqlite3.connect(path)
    connection.execute("UPDATE sitting_spans SET ended_by = 'nap'")
    connection.commit()
    connection.close()
    with opened(path) as store, pytest.raises(ValueError, match="ended_by"):
        store.sitting_spans()


def test_times_are_kept_exactly_in_utc_too(tmp_path: Path) -> None:
    with opened(tmp_path / "history.sqlite3") as store:
        start = datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN)  # an hour before spring forward
        end = datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN)
        store.record_sitting(SittingSpan(start, end, SittingEnd.QUIT))
        (back,) = store.sitting_spans(datetime(2026, 3, 29, 0, 0, tzinfo=UTC))
    assert back.length == timedelta(hours=1)


def test_the_sitting_upgrade_needs_no_other_upgrade_before_it(tmp_path: Path) -> None:
    sitting_upgrade = MIGRATIONS[-1]
    connection = sqlite3.connect(tmp_path / "history.sqlite3", isolation_level=None)
    try:
        assert migrate(connection, (MIGRATIONS[0], sitting_upgrade)) == 0
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    assert {"sitting_spans", "sitting_by_end"} <= tables
