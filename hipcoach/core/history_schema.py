"""The history file's layout and its upgrades, one migration per version.

``MIGRATIONS[n]`` upgrades version ``n`` to ``n + 1``; ``migrate`` runs the
pending ones and sets ``PRAGMA user_version`` in one transaction, so a failed
upgrade leaves the file as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from hipcoach.core.adherence import (
    SessionStatus,
    estimated_status,
)

#: ``PRAGMA application_id`` of a hipcoach history ("hipc").
APPLICATION_ID = 0x68697063

# --------------------------------------------------------------------------- schema

Migration = Callable[[sqlite3.Connection], None]

_V1 = (
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        protocol_id TEXT NOT NULL,
        started_at TEXT NOT NULL,
        started_us INTEGER NOT NULL,
        ended_at TEXT,
        active_seconds REAL NOT NULL DEFAULT 0,
        completed INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX sessions_by_start ON sessions (started_us)",
    """CREATE TABLE steps (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        step_index INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        side TEXT,
        set_number INTEGER,
        rep INTEGER,
        outcome TEXT NOT NULL,
        active_seconds REAL NOT NULL,
        ended_at TEXT NOT NULL
    )""",
    "CREATE INDEX steps_by_session ON steps (session_id, outcome)",
    """CREATE TABLE breaks (
        id INTEGER PRIMARY KEY,
        due_at TEXT NOT NULL,
        shown_at TEXT NOT NULL,
        shown_us INTEGER NOT NULL,
        answered_at TEXT,
        action TEXT NOT NULL,
        reason TEXT,
        move TEXT NOT NULL,
        deferred INTEGER NOT NULL
    )""",
    "CREATE INDEX breaks_by_shown ON breaks (shown_us, action)",
    """CREATE TABLE pain_entries (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        at_us INTEGER NOT NULL,
        moment TEXT NOT NULL,
        pain INTEGER,
        areas TEXT NOT NULL,
        stiffness INTEGER,
        tight_left INTEGER,
        tight_right INTEGER,
        session_id INTEGER REFERENCES sessions (id),
        note TEXT
    )""",
    "CREATE INDEX pain_by_time ON pain_entries (at_us)",
    """CREATE TABLE red_flag_checkins (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        at_us INTEGER NOT NULL,
        trigger TEXT NOT NULL
    )""",
    "CREATE INDEX red_flags_by_time ON red_flag_checkins (at_us)",
    """CREATE TABLE red_flag_answers (
        checkin_id INTEGER NOT NULL REFERENCES red_flag_checkins (id),
        flag_id TEXT NOT NULL,
        answer INTEGER NOT NULL,
        PRIMARY KEY (checkin_id, flag_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE acknowledged_cautions (
        exercise_id TEXT PRIMARY KEY,
        acknowledged_at TEXT NOT NULL
    )""",
    f"PRAGMA application_id = {APPLICATION_ID}",
)


def _create_v1(connection: sqlite3.Connection) -> None:
    """Version 0 (an empty file) to 1: the first layout."""
    for statement in _V1:
        connection.execute(statement)


_PAIN_AUDIT = (
    """CREATE TABLE pain_audit (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        changed_at TEXT NOT NULL,
        changed_us INTEGER NOT NULL
    )""",
    "CREATE INDEX pain_audit_by_entry ON pain_audit (entry_id, id)",
)


def _add_pain_audit(connection: sqlite3.Connection) -> None:
    """Add the audit of corrections to the pain journal (see ``hipcoach.core.pain_edits``).

    Only adds a table: it needs nothing from any other upgrade, so it may
    follow any of them.
    """
    for statement in _PAIN_AUDIT:
        connection.execute(statement)


_V2 = (
    "ALTER TABLE sessions ADD COLUMN status TEXT NOT NULL DEFAULT 'abandoned'",
    "ALTER TABLE sessions ADD COLUMN work_done_seconds REAL NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN work_planned_seconds REAL",
    "ALTER TABLE sessions ADD COLUMN work_pain_seconds REAL NOT NULL DEFAULT 0",
    "CREATE INDEX sessions_by_status ON sessions (status, started_us)",
    "ALTER TABLE steps ADD COLUMN planned_seconds REAL",
)

#: Per version-1 session: its routine, the exercise time its rows hold, and
#: whether it has a row stopped for sharp pain.
_V1_WORK = """
    SELECT sessions.id, sessions.protocol_id, COALESCE(SUM(steps.active_seconds), 0),
           COALESCE(MAX(steps.outcome = 'stopped-for-pain'), 0)
    FROM sessions LEFT JOIN steps ON steps.session_id = sessions.id
    GROUP BY sessions.id
"""


def _add_work_records(connection: sqlite3.Connection) -> None:
    """Version 1 to 2: each session's status and work, each step's planned time.

    Version 1 kept neither the plan nor a row for work passed over, so the
    status of its sessions is estimated from their rows: the exercise time
    they hold against the most that any session of the same routine holds
    (``hipcoach.core.adherence.estimated_status``). Their planned work stays
    unknown (NULL); ``completed`` is brought in line with the status.
    """
    for statement in _V2:
        connection.execute(statement)
    sessions = connection.execute(_V1_WORK).fetchall()
    most: dict[str, float] = {}
    for _, routine_id, done, _ in sessions:
        most[routine_id] = max(most.get(routine_id, 0.0), float(done))
    for session_id, routine_id, done, pain_stop in sessions:
        status = estimated_status(float(done), most[routine_id], pain_stop=bool(pain_stop))
        connection.execute(
            "UPDATE sessions SET status = ?, work_done_seconds = ?, completed = ? WHERE id = ?",
            (status.value, float(done), status is SessionStatus.COMPLETE, session_id),
        )


_BREAK_PARTS = (
    """CREATE TABLE break_parts (
        id INTEGER PRIMARY KEY,
        break_id INTEGER NOT NULL REFERENCES breaks (id),
        position INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        outcome TEXT NOT NULL,
        seconds_done REAL NOT NULL DEFAULT 0,
        reason TEXT
    )""",
    "CREATE INDEX break_parts_by_break ON break_parts (break_id, position)",
)


def _add_break_parts(connection: sqlite3.Connection) -> None:
    """Version 3 to 4: what became of each part of a break (``BreakPartRecord``).

    Only adds a table: breaks recorded before it have no parts (each showed
    one move, its ``move``).
    """
    for statement in _BREAK_PARTS:
        connection.execute(statement)


def _add_sitting_spans(connection: sqlite3.Connection) -> None:
    """Add the record of sitting: one row per span of unbroken sitting (``hipcoach.core.sitting``).

    Only adds a table: it needs nothing from any other upgrade, so it may
    follow any of them.
    """
    connection.execute(
        """CREATE TABLE sitting_spans (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            started_us INTEGER NOT NULL,
            ended_at TEXT NOT NULL,
            ended_us INTEGER NOT NULL,
            ended_by TEXT NOT NULL
        )"""
    )
    connection.execute("CREATE INDEX sitting_by_end ON sitting_spans (ended_us)")


#: ``MIGRATIONS[n]`` upgrades a file of version ``n`` to ``n + 1``. Each runs
#: inside the upgrade's transaction, so it must use ``execute`` only (never
#: ``executescript``, which commits).
MIGRATIONS: tuple[Migration, ...] = (
    _create_v1,
    _add_work_records,
    _add_pain_audit,
    _add_break_parts,
    _add_sitting_spans,
)
#: The layout version this hipcoach writes.
SCHEMA_VERSION = len(MIGRATIONS)


def _user_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, migrations: Sequence[Migration]) -> int:
    """Bring the database on ``connection`` (autocommit mode) up to ``len(migrations)``.

    Returns the version it started from. Every pending migration and the new
    ``user_version`` commit together or not at all. A file already at or
    above the target is left alone.
    """
    target = len(migrations)
    connection.execute("BEGIN IMMEDIATE")
    try:
        found = _user_version(connection)
        for number in range(found, target):
            migrations[number](connection)
        if found < target:
            connection.execute(f"PRAGMA user_version = {int(target)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return found
