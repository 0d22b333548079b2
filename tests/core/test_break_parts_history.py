"""Each part of a movement break in the history: stored, read back, upgraded into."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hipcoach.core.clock import ManualClock
from hipcoach.core.history import (
    MIGRATIONS,
    SCHEMA_VERSION,
    BreakAction,
    BreakPartRecord,
    BreakRecord,
    HistoryStore,
    PartOutcome,
    migrate,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 1, 5, 10, 0, tzinfo=BERLIN)
CLOCK = ManualClock(NOW, zone=BERLIN)

SET = (
    BreakPartRecord(0, "standing-hip-flexor-stretch", PartOutcome.DONE, 40.0),
    BreakPartRecord(1, "standing-glute-squeezes", PartOutcome.DONE, 40.0),
    BreakPartRecord(2, "walk-break", PartOutcome.SKIPPED, 0.0, "no-time"),
)


def a_break(store: HistoryStore, at: datetime, action: BreakAction = BreakAction.DONE) -> int:
    return store.record_break(
        BreakRecord(at, at, at + timedelta(minutes=1), action, None, SET[0].exercise_id, False)
    )


def test_the_break_parts_table_comes_with_version_4() -> None:
    assert MIGRATIONS[3].__name__ == "_add_break_parts"
    assert len(MIGRATIONS) >= 4


def test_each_part_is_stored_and_read_back_by_break(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3", clock=CLOCK).store as store:
        first = a_break(store, NOW)
        second = a_break(store, NOW + timedelta(hours=1), BreakAction.SNOOZED)
        unanswered = a_break(store, NOW + timedelta(hours=2), BreakAction.SHOWN)
        store.record_break_parts(first, SET)
        snoozed = [
            BreakPartRecord(i, p.exercise_id, PartOutcome.SNOOZED) for i, p in enumerate(SET)
        ]
        store.record_break_parts(second, snoozed)
        parts = store.break_parts()
        assert set(parts) == {first, second}  # a break without parts is not listed
        assert [
            (p.break_id, p.position, p.outcome, p.seconds_done, p.reason) for p in parts[first]
        ] == [
            (first, 0, "done", 40.0, None),
            (first, 1, "done", 40.0, None),
            (first, 2, "skipped", 0.0, "no-time"),
        ]
        assert all(isinstance(p.outcome, PartOutcome) for p in parts[second])
        assert store.break_parts(NOW + timedelta(minutes=30)) == {second: parts[second]}
        assert unanswered not in store.break_parts()


def test_recording_the_parts_again_replaces_them(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3", clock=CLOCK).store as store:
        break_id = a_break(store, NOW)
        store.record_break_parts(break_id, SET)
        store.record_break_parts(break_id, SET[:1])
        assert [p.exercise_id for p in store.break_parts()[break_id]] == [SET[0].exercise_id]


def test_parts_of_a_break_that_is_not_there_are_refused_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3", clock=CLOCK).store as store:
        with pytest.raises(KeyError, match="no break 7"):
            store.record_break_parts(7, SET)
        assert list(store.stored_rows("break_parts")) == []


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: BreakPartRecord(-1, "walk-break", PartOutcome.DONE), "position"),
        (lambda: BreakPartRecord(0, "", PartOutcome.DONE), "exercise_id"),
        (lambda: BreakPartRecord(0, "walk-break", "walked"), "outcome must be one of"),  # type: ignore[arg-type]
        (lambda: BreakPartRecord(0, "walk-break", PartOutcome.DONE, -1.0), "seconds_done"),
    ],
)
def test_a_part_checks_its_fields(make: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()  # type: ignore[operator]


def test_a_stored_outcome_string_becomes_the_word() -> None:
    part = BreakPartRecord(0, "walk-break", "not-reached")  # type: ignore[arg-type]
    assert part.outcome is PartOutcome.NOT_REACHED


def test_a_version_3_history_gains_the_table_and_keeps_its_breaks(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, MIGRATIONS[:3])
    connection.execute(
        "INSERT INTO breaks (due_at, shown_at, shown_us, answered_at, action, reason, move,"
        " deferred) VALUES (?, ?, ?, ?, 'done', NULL, 'walk-break', 0)",
        (NOW.isoformat(), NOW.isoformat(), int(NOW.timestamp() * 1e6), NOW.isoformat()),
    )
    connection.close()

    with HistoryStore.open(path, clock=CLOCK).store as store:
        (old,) = store.breaks()
        assert (old.move, old.action) == ("walk-break", BreakAction.DONE)
        assert store.break_parts() == {}  # an old break has no parts
        assert old.id is not None
        store.record_break_parts(old.id, SET)
        assert len(store.break_parts()[old.id]) == 3
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        connection.close()


def test_a_version_1_history_is_upgraded_all_the_way(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, MIGRATIONS[:1])
    connection.close()
    with HistoryStore.open(path, clock=CLOCK).store as store:
        break_id = a_break(store, NOW)
        store.record_break_parts(break_id, SET)
        assert list(store.break_parts()) == [break_id]
