"""Opening the history file: new files, upgrades, damaged files, files from a newer version."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hipcoach.core.clock import ManualClock
from hipcoach.core.history import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryError,
    HistoryReadOnlyError,
    HistoryStore,
    PainEntry,
    RedFlagCheckIn,
    history_path,
    migrate,
)
from hipcoach.core.history_records import PainMoment, RedFlagTrigger
from hipcoach.core.paths import AppPaths

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 1, 5, 9, 0, 7, tzinfo=BERLIN)
#: The wall clock the stores read (it names a file moved aside).
CLOCK = ManualClock(NOW, zone=BERLIN)
MOVED_NAME = "history.sqlite3.corrupt-20260105-090007"


def pragma(path: Path, name: str) -> object:
    """Return one PRAGMA value of the file at ``path``, read without changing anything."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        connection.close()


def filled(path: Path) -> Path:
    """Create a current history at ``path`` holding one session; return ``path``."""
    with HistoryStore.open(path, clock=CLOCK).store as store:
        store.start_session("daily", NOW)
        store.add_pain(PainEntry(NOW, PainMoment.QUICK, pain=4))
    return path


def add_mood(connection: sqlite3.Connection) -> None:
    """A made-up next version: pain entries gain a mood."""
    connection.execute("ALTER TABLE pain_entries ADD COLUMN mood TEXT")


# --------------------------------------------------------------------------- new and current files


def test_a_new_history_is_created_with_its_folders(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "portable")
    path = history_path(paths)
    result = HistoryStore.open(path, clock=CLOCK)
    result.store.close()
    assert path == tmp_path / "portable" / "data" / "history.sqlite3"
    assert (result.notice, result.moved_to) == (None, None)
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "journal_mode") == "wal"


def test_a_current_file_opens_with_its_data(tmp_path: Path) -> None:
    path = filled(tmp_path / "history.sqlite3")
    result = HistoryStore.open(path, clock=CLOCK)
    with result.store as store:
        assert result.notice is None
        assert not store.read_only
        assert [s.protocol_id for s in store.sessions()] == ["daily"]
        assert [entry.pain for entry in store.pain_entries()] == [4]
    assert sorted(item.name for item in tmp_path.iterdir()) == ["history.sqlite3"]


def test_the_context_manager_closes_the_file(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3", clock=CLOCK).store as store:
        pass
    with pytest.raises(sqlite3.ProgrammingError):
        store.sessions()
    store.close()  # a second close is harmless


# --------------------------------------------------------------------------- upgrades


def test_an_empty_file_is_version_0_and_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.touch()  # e.g. left by a crash right after the file was created
    result = HistoryStore.open(path, clock=CLOCK)
    with result.store as store:
        store.start_session("daily", NOW)
    assert (result.notice, result.moved_to) == (None, None)
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert not (tmp_path / MOVED_NAME).exists()


def test_a_version_0_database_without_tables_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")  # writes a header, no tables
    connection.close()
    assert path.stat().st_size > 0
    result = HistoryStore.open(path, clock=CLOCK)
    result.store.close()
    assert result.notice is None
    assert pragma(path, "user_version") == SCHEMA_VERSION


def test_each_pending_migration_runs_once_in_order(tmp_path: Path) -> None:
    calls: list[int] = []

    def following(connection: sqlite3.Connection) -> None:
        calls.append(SCHEMA_VERSION + 1)
        add_mood(connection)

    path = tmp_path / "history.sqlite3"
    path.touch()
    chain = (*MIGRATIONS, following)
    HistoryStore.open(path, clock=CLOCK, migrations=chain).store.close()
    HistoryStore.open(path, clock=CLOCK, migrations=chain).store.close()
    assert calls == [SCHEMA_VERSION + 1]
    assert pragma(path, "user_version") == SCHEMA_VERSION + 1


def test_a_current_file_is_upgraded_further_and_keeps_its_data(tmp_path: Path) -> None:
    path = filled(tmp_path / "history.sqlite3")
    result = HistoryStore.open(path, clock=CLOCK, migrations=(*MIGRATIONS, add_mood))
    with result.store as store:
        assert result.notice is None
        assert [entry.pain for entry in store.pain_entries()] == [4]
        assert [s.protocol_id for s in store.sessions()] == ["daily"]
    assert pragma(path, "user_version") == SCHEMA_VERSION + 1
    connection = sqlite3.connect(path)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(pain_entries)")]
    connection.close()
    assert columns[-1] == "mood"


def test_a_failed_upgrade_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    def half_done(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE moods (id INTEGER PRIMARY KEY)")
        raise RuntimeError("disk on fire")

    path = filled(tmp_path / "history.sqlite3")
    target = SCHEMA_VERSION + 1
    with pytest.raises(HistoryError, match=f"could not be upgraded to version {target}: disk on"):
        HistoryStore.open(path, clock=CLOCK, migrations=(*MIGRATIONS, half_done))
    assert pragma(path, "user_version") == SCHEMA_VERSION
    connection = sqlite3.connect(path)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "moods" not in tables
    with HistoryStore.open(path, clock=CLOCK).store as store:
        assert [s.protocol_id for s in store.sessions()] == ["daily"]


def test_migrate_returns_the_version_it_found(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "plain.sqlite3", isolation_level=None)
    assert migrate(connection, MIGRATIONS) == 0
    assert migrate(connection, MIGRATIONS) == SCHEMA_VERSION
    connection.close()


# --------------------------------------------------------------------------- a newer version


def test_a_file_from_a_newer_version_is_read_only_and_untouched(tmp_path: Path) -> None:
    path = filled(tmp_path / "history.sqlite3")
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = path.read_bytes()

    result = HistoryStore.open(path, clock=CLOCK)
    with result.store as store:
        assert store.read_only
        assert result.notice is not None
        assert "newer version of hipcoach" in result.notice
        assert f"history version {SCHEMA_VERSION + 1}" in result.notice
        assert result.moved_to is None
        assert [s.protocol_id for s in store.sessions()] == ["daily"]
        with pytest.raises(HistoryReadOnlyError):
            store.start_session("daily", NOW)
        with pytest.raises(HistoryReadOnlyError):
            store.add_red_flags(RedFlagCheckIn(NOW, RedFlagTrigger.MANUAL, {"hip-history": False}))
        with pytest.raises(HistoryReadOnlyError):
            store.acknowledge_caution("couch-stretch", NOW)

    assert path.read_bytes() == before
    assert pragma(path, "user_version") == SCHEMA_VERSION + 1
    assert not any(".corrupt-" in item.name for item in tmp_path.iterdir())


# --------------------------------------------------------------------------- damaged files


def _noise(size: int) -> bytes:
    data = random.Random(7).randbytes(size)
    assert not data.startswith(b"SQLite format 3")
    return data


@pytest.mark.parametrize("prefix", [b"", b"SQLite format 3\x00"], ids=["noise", "header-noise"])
def test_random_bytes_are_moved_aside_with_their_wal_and_shm(tmp_path: Path, prefix: bytes) -> None:
    path = tmp_path / "history.sqlite3"
    original, wal, shm = prefix + _noise(8192), b"wal bytes", b"shm bytes"
    path.write_bytes(original)
    (tmp_path / "history.sqlite3-wal").write_bytes(wal)
    (tmp_path / "history.sqlite3-shm").write_bytes(shm)

    result = HistoryStore.open(path, clock=CLOCK)
    moved = tmp_path / MOVED_NAME
    with result.store as store:
        assert result.moved_to == moved
        assert result.notice is not None
        assert str(moved) in result.notice
        assert "not a database" in result.notice
        assert store.sessions() == []
        store.start_session("daily", NOW)  # the new history works
    assert moved.read_bytes() == original
    assert (tmp_path / f"{MOVED_NAME}-wal").read_bytes() == wal
    # SQLite may rebuild the shared-memory index while it looks; it holds no data.
    assert (tmp_path / f"{MOVED_NAME}-shm").exists()
    if not prefix:
        assert (tmp_path / f"{MOVED_NAME}-shm").read_bytes() == shm
    assert pragma(path, "user_version") == SCHEMA_VERSION


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_a_truncated_database_is_moved_aside(tmp_path: Path, keep: float) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore.open(path, clock=CLOCK).store as store:
        session_id = store.start_session("daily", NOW)
        for number in range(400):
            store.add_pain(
                PainEntry(NOW, PainMoment.AFTER, pain=number % 11, session_id=session_id)
            )
    whole = path.read_bytes()
    cut = whole[: int(len(whole) * keep)]
    path.write_bytes(cut)

    result = HistoryStore.open(path, clock=CLOCK)
    with result.store as store:
        assert store.pain_entries() == []
    assert result.moved_to == tmp_path / MOVED_NAME
    assert result.notice is not None
    assert str(result.moved_to) in result.notice
    assert result.moved_to.read_bytes() == cut


def test_a_second_damaged_file_in_the_same_second_gets_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"first" * 100)
    HistoryStore.open(path, clock=CLOCK).store.close()
    path.write_bytes(b"second" * 100)
    result = HistoryStore.open(path, clock=CLOCK)
    result.store.close()
    assert result.moved_to == tmp_path / f"{MOVED_NAME}-2"
    assert (tmp_path / MOVED_NAME).read_bytes() == b"first" * 100
    assert (tmp_path / f"{MOVED_NAME}-2").read_bytes() == b"second" * 100


def test_another_programs_database_is_moved_aside_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.execute("INSERT INTO songs VALUES ('a song')")
    connection.commit()
    connection.close()
    original = path.read_bytes()

    result = HistoryStore.open(path, clock=CLOCK)
    result.store.close()
    assert result.notice is not None
    assert "not a hipcoach history" in result.notice
    assert result.moved_to is not None
    assert result.moved_to.read_bytes() == original


def test_a_file_that_cannot_be_opened_is_an_error_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.mkdir()
    (path / "keep.txt").write_text("mine")
    with pytest.raises(HistoryError, match="could not be"):
        HistoryStore.open(path, clock=CLOCK)
    assert (path / "keep.txt").read_text() == "mine"
    assert not (tmp_path / MOVED_NAME).exists()


# --------------------------------------------------------------------------- version 1 to 2


def _v1_session(
    connection: sqlite3.Connection, protocol_id: str, day: int, rows: list[tuple[str, float]]
) -> None:
    """Add a version-1 session marked completed, with step rows of (outcome, seconds)."""
    started = datetime(2026, 1, day, 8, 0, tzinfo=BERLIN)
    session_id = connection.execute(
        "INSERT INTO sessions (protocol_id, started_at, started_us, ended_at, active_seconds,"
        " completed) VALUES (?, ?, ?, ?, 900, 1)",
        (protocol_id, started.isoformat(), int(started.timestamp() * 1e6), started.isoformat()),
    ).lastrowid
    for index, (outcome, seconds) in enumerate(rows):
        connection.execute(
            "INSERT INTO steps (session_id, step_index, exercise_id, side, set_number, rep,"
            " outcome, active_seconds, ended_at) VALUES (?, ?, 'couch-stretch', NULL, 1, NULL,"
            " ?, ?, ?)",
            (session_id, index, outcome, seconds, started.isoformat()),
        )


def test_a_version_1_history_gets_each_session_s_status_estimated_from_its_rows(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, MIGRATIONS[:1])
    full = [("completed", 60.0)] * 13
    _v1_session(connection, "daily", 5, full)  # the fullest daily session: 780 s
    _v1_session(connection, "daily", 6, [("skipped", 4.0), ("completed", 20.0)])  # tapped through
    _v1_session(connection, "daily", 7, [("completed", 60.0)] * 5)  # 300 s: partial
    _v1_session(connection, "daily", 8, [*[("completed", 60.0)] * 8, ("stopped-for-pain", 10.0)])
    _v1_session(connection, "daily", 9, [("completed", 60.0)] * 12)  # 720 of 780: complete
    _v1_session(connection, "gentle", 10, [("completed", 30.0)] * 4)  # its own routine's fullest
    _v1_session(connection, "gentle", 11, [])  # no rows at all
    connection.close()

    with HistoryStore.open(path, clock=CLOCK).store as store:
        sessions = store.sessions()
        assert [(s.status.value, s.completed, s.work_done_seconds) for s in sessions] == [
            ("complete", True, 780.0),
            ("abandoned", False, 24.0),
            ("partial", False, 300.0),
            ("complete", True, 490.0),  # stopped for sharp pain: the rest is not held against it
            ("complete", True, 720.0),
            ("complete", True, 120.0),
            ("abandoned", False, 0.0),
        ]
        assert {s.work_planned_seconds for s in sessions} == {None}  # never recorded in version 1
        assert all(step.planned_seconds is None for step in store.all_steps())
        assert store.first_session_date(BERLIN) == datetime(2026, 1, 5).date()
    assert pragma(path, "user_version") == SCHEMA_VERSION
