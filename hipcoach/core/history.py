"""The history store: sessions, breaks, sitting, the pain journal and red-flag check-ins.

One SQLite file (``history.sqlite3`` in the user's data folder) in WAL mode.
What the store promises:

- **Every write is committed before the method returns.** A process killed
  at any moment loses at most the write in flight; after a ``record_step``
  returns, that step survives a ``kill -9`` (WAL with ``synchronous=NORMAL``:
  a power cut may also lose the last few commits, but never corrupts).
- **Times are aware datetimes.** Each is kept as ISO-8601 text with its UTC
  offset and read back with the same offset (the zone *name* is not kept);
  instants that are searched or sorted on are also kept as whole
  microseconds since the Unix epoch, so ranges are exact and use an index.
- **Nothing is silently dropped.** A file that is not a database, fails
  ``PRAGMA quick_check`` or is not a hipcoach history is moved aside to
  ``history.sqlite3.corrupt-<YYYYmmdd-HHMMSS>`` (with its ``-wal`` and
  ``-shm``) and a new history is started; ``OpenResult.notice`` says where
  the old one went. A file written by a newer hipcoach (``PRAGMA
  user_version`` above ``SCHEMA_VERSION``) is opened read-only and never
  modified: queries work as far as its layout allows, writes raise
  ``HistoryReadOnlyError``.
- **Corrections to the pain journal are audited.** ``edit_pain`` and
  ``delete_pain`` write the change and one ``pain_audit`` row per changed
  field in one transaction; a deleted entry's audit keeps what it said.
- **A session's status follows its work.** Each recorded unit of work adds
  to its session's work done and updates its status (complete, partial or
  abandoned, ``hipcoach.core.adherence``) in the same transaction, so even a
  session that never finishes counts for what it holds; ``docs/records.md``
  says what is recorded and how it is used.
- **The layout is versioned.** ``MIGRATIONS[n]`` upgrades version ``n`` to
  ``n + 1``; all pending migrations and the new ``user_version`` commit in
  one transaction, so a failed upgrade leaves the file as it was.

Nothing here reads the system clock: ``open`` takes a ``WallClock``, and every
other time is an argument.

The store is split by concern: the records and their words are in
``history_records``, the layout and its migrations in ``history_schema``,
opening the file whatever state it is in in ``history_open``, and the
columns each query reads and row-to-record in ``history_rows``. This module
is the store itself, the writes and the queries, and passes the names
callers need on (``__all__``), so they import from here alone.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from types import TracebackType
from typing import Any

from hipcoach.core.adherence import (
    SessionStatus,
    WorkTally,
)
from hipcoach.core.clock import WallClock
from hipcoach.core.history_open import (
    HISTORY_FILE_NAME,
    OpenedFile,
    history_path,
    open_history_file,
    open_history_for_reading,
)
from hipcoach.core.history_records import (
    BreakAction,
    BreakPartRecord,
    BreakRecord,
    HistoryError,
    HistoryReadOnlyError,
    HistoryText,
    PainEntry,
    PainMoment,
    PartOutcome,
    RedFlagCheckIn,
    RedFlagTrigger,
    SessionRecord,
    StepRecord,
    _at,
    _aware,
    _bounds,
    _iso,
    _local_date,
    _local_midnight,
    _micros,
    _one_of,
    _text,
    step_record,
)
from hipcoach.core.history_rows import (
    AUDIT_COLUMNS,
    BREAK_COLUMNS,
    EXPORT_QUERIES,
    PAIN_COLUMNS,
    PART_COLUMNS,
    SESSION_COLUMNS,
    STEP_COLUMNS,
    PainReading,
    audit_from_row,
    break_from_row,
    pain_from_row,
    pain_values,
    part_from_row,
    session_from_row,
    step_from_row,
)
from hipcoach.core.history_schema import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    migrate,
)
from hipcoach.core.messages import Message
from hipcoach.core.pain_edits import (
    PainAuditRow,
    PainChange,
    check_correction,
    deletion_changes,
    pain_changes,
)
from hipcoach.core.programme import DayActivity
from hipcoach.core.sitting import SittingSpan

# The names this module passes on from history_records, history_schema, history_open and
# history_rows (its own are public too): callers keep importing them from here.
__all__ = [
    "APPLICATION_ID",
    "HISTORY_FILE_NAME",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "BreakAction",
    "BreakPartRecord",
    "BreakRecord",
    "HistoryError",
    "HistoryReadOnlyError",
    "OpenedFile",
    "PainEntry",
    "PainMoment",
    "PainReading",
    "PartOutcome",
    "RedFlagCheckIn",
    "RedFlagTrigger",
    "SessionRecord",
    "StepRecord",
    "history_path",
    "migrate",
    "step_record",
]

# --------------------------------------------------------------------------- opening


@dataclass(frozen=True)
class OpenResult:
    """What ``HistoryStore.open`` gives: the store and, when the user must know, a notice.

    ``notice_message`` is that notice (translatable; ``notice`` is its English).
    ``moved_to`` is where an unreadable file was moved (None if none was).
    """

    store: HistoryStore
    notice_message: Message | None = None
    moved_to: Path | None = None

    @property
    def notice(self) -> str | None:
        """The notice in English, or ``None``."""
        return None if self.notice_message is None else self.notice_message.english()


# --------------------------------------------------------------------------- queries

_DAY_SESSIONS = "SELECT started_us, status FROM sessions WHERE started_us >= ? AND started_us < ?"
_DAY_BREAKS = "SELECT shown_us FROM breaks WHERE shown_us >= ? AND shown_us < ? AND action = ?"
#: The first session that counts (complete or partial); one index search per status.
_FIRST_COUNTED = """
    SELECT min(first) FROM (
        SELECT min(started_us) AS first FROM sessions WHERE status = 'complete'
        UNION ALL
        SELECT min(started_us) FROM sessions WHERE status = 'partial'
    )
"""


# --------------------------------------------------------------------------- the store


class HistoryStore:
    """The user's history in one SQLite file; see the module description for its promises.

    Use ``HistoryStore.open``; close with ``close()`` or a ``with`` block.
    One store per file per process, used from one thread.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
        """Wrap an open ``connection``; ``open`` is the way to get one."""
        self._connection = connection
        self._path = path
        self._read_only = read_only

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        clock: WallClock,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> OpenResult:
        """Open (creating it and its folders if needed) the history at ``path``.

        ``clock`` dates a file that has to be moved aside. ``migrations`` is
        the upgrade chain (only tests pass another). Raises ``HistoryError``
        when the file exists but cannot be opened for a reason other than
        damage (permissions, a folder in the way), cannot be moved aside,
        or cannot be upgraded; the file is then left as it was. What happens
        to a damaged or newer file is ``hipcoach.core.history_open``'s.
        """
        opened = open_history_file(path, clock=clock, migrations=migrations)
        store = cls(opened.connection, path, read_only=opened.read_only)
        return OpenResult(store, opened.notice, opened.moved_to)

    @classmethod
    def open_for_reading(cls, path: Path) -> HistoryStore:
        """Open the existing history at ``path`` to read only: nothing is created or changed.

        Unlike ``open`` it never creates, moves aside or upgrades a file.
        Raises ``HistoryError`` when there is no file, it is damaged or not a
        hipcoach history, or it is older than this version reads (hipcoach
        upgrades it when it next starts).
        """
        return cls(open_history_for_reading(path), path, read_only=True)

    @property
    def path(self) -> Path:
        """The history file."""
        return self._path

    @property
    def read_only(self) -> bool:
        """Whether writes are refused (the file comes from a newer hipcoach)."""
        return self._read_only

    def close(self) -> None:
        """Close the file; calling it again does nothing."""
        self._connection.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------

    def _write(self, sql: str, parameters: Sequence[object]) -> sqlite3.Cursor:
        """Run one statement in its own transaction: committed when this returns."""
        if self._read_only:
            raise HistoryReadOnlyError(
                HistoryText.tr(
                    "{path} comes from a newer hipcoach; nothing is recorded in it.",
                    path=str(self._path),
                )
            )
        return self._connection.execute(sql, parameters)

    def _insert(self, sql: str, parameters: Sequence[object]) -> int:
        row_id = self._write(sql, parameters).lastrowid
        assert row_id is not None
        return row_id

    def start_session(
        self, routine_id: str, started_at: datetime, *, work_planned_seconds: float | None = None
    ) -> int:
        """Record that a session of ``routine_id`` started; return its id.

        ``work_planned_seconds`` is its plan's work (``adherence.planned_work_seconds``);
        with it, the session's status follows each unit of work recorded.
        """
        _text("protocol_id", routine_id)
        _aware("started_at", started_at)
        if work_planned_seconds is not None and not work_planned_seconds >= 0:
            raise ValueError(f"work_planned_seconds must be >= 0; got {work_planned_seconds!r}")
        return self._insert(
            "INSERT INTO sessions (protocol_id, started_at, started_us, work_planned_seconds)"
            " VALUES (?, ?, ?, ?)",
            (
                routine_id,
                _iso(started_at),
                _micros(started_at),
                None if work_planned_seconds is None else float(work_planned_seconds),
            ),
        )

    def record_step(self, step: StepRecord) -> None:
        """Record a unit of work and add it to its session's work; on disk when this returns.

        The session's status is brought up to date at the same time, so it
        is right even if the session never finishes. Raises ``KeyError`` if
        ``step.session_id`` names no session.
        """
        self._write("BEGIN IMMEDIATE", ())
        try:
            self._connection.execute(
                f"INSERT INTO steps ({STEP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    step.session_id,
                    step.step_index,
                    step.exercise_id,
                    step.side,
                    step.set,
                    step.rep,
                    str(step.outcome),
                    float(step.active_seconds),
                    _iso(step.ended_at),
                    step.planned_seconds,
                ),
            )
            if step.planned_seconds is not None:
                self._add_work(step)
            self._connection.execute("COMMIT")
        except sqlite3.IntegrityError as error:
            self._connection.execute("ROLLBACK")
            raise KeyError(f"no session {step.session_id}") from error
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise

    def _add_work(self, step: StepRecord) -> None:
        planned, done, pain = self._connection.execute(
            "SELECT work_planned_seconds, work_done_seconds, work_pain_seconds"
            " FROM sessions WHERE id = ?",
            (step.session_id,),
        ).fetchone()
        done += step.done_seconds
        pain += step.pain_stopped_seconds
        status = (
            SessionStatus.ABANDONED if planned is None else WorkTally(planned, done, pain).status
        )
        self._connection.execute(
            "UPDATE sessions SET work_done_seconds = ?, work_pain_seconds = ?, status = ?,"
            " completed = ? WHERE id = ?",
            (done, pain, status.value, status is SessionStatus.COMPLETE, step.session_id),
        )

    def finish_session(
        self, session_id: int, ended_at: datetime, active_seconds: float, work: WorkTally
    ) -> None:
        """Record how session ``session_id`` ended and the work it did, which sets its status.

        Raises ``KeyError`` if there is no such session.
        """
        _aware("ended_at", ended_at)
        status = work.status
        cursor = self._write(
            "UPDATE sessions SET ended_at = ?, active_seconds = ?, work_planned_seconds = ?,"
            " work_done_seconds = ?, work_pain_seconds = ?, status = ?, completed = ?"
            " WHERE id = ?",
            (
                _iso(ended_at),
                float(active_seconds),
                float(work.planned_seconds),
                float(work.done_seconds),
                float(work.pain_stopped_seconds),
                status.value,
                status is SessionStatus.COMPLETE,
                session_id,
            ),
        )
        if cursor.rowcount == 0:
            raise KeyError(f"no session {session_id}")

    def record_break(self, record: BreakRecord) -> int:
        """Store a break (its ``id`` is ignored) and return the id it got."""
        return self._insert(
            f"INSERT INTO breaks ({BREAK_COLUMNS.removeprefix('id, ')}, shown_us)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _iso(record.due_at),
                _iso(record.shown_at),
                _iso(record.answered_at),
                record.action,
                record.reason,
                record.move,
                bool(record.deferred),
                _micros(record.shown_at),
            ),
        )

    def update_break(
        self,
        break_id: int,
        *,
        action: BreakAction,
        answered_at: datetime,
        reason: str | None = None,
    ) -> None:
        """Record the user's answer to break ``break_id``; ``KeyError`` if there is none."""
        _one_of("action", action, tuple(BreakAction))
        _aware("answered_at", answered_at)
        cursor = self._write(
            "UPDATE breaks SET action = ?, answered_at = ?, reason = ? WHERE id = ?",
            (action, _iso(answered_at), reason, break_id),
        )
        if cursor.rowcount == 0:
            raise KeyError(f"no break {break_id}")

    def record_break_parts(self, break_id: int, parts: Sequence[BreakPartRecord]) -> None:
        """Store what became of each part of break ``break_id``, replacing what it held.

        All parts commit together (their ``break_id`` is ignored). Raises
        ``KeyError`` if there is no such break.
        """
        self._write("BEGIN IMMEDIATE", ())
        try:
            if (
                self._connection.execute(
                    "SELECT 1 FROM breaks WHERE id = ?", (break_id,)
                ).fetchone()
                is None
            ):
                raise KeyError(f"no break {break_id}")
            self._connection.execute("DELETE FROM break_parts WHERE break_id = ?", (break_id,))
            self._connection.executemany(
                f"INSERT INTO break_parts ({PART_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        break_id,
                        part.position,
                        part.exercise_id,
                        part.outcome,
                        float(part.seconds_done),
                        part.reason,
                    )
                    for part in parts
                ],
            )
            self._connection.execute("COMMIT")
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise

    def record_sitting(self, span: SittingSpan) -> int:
        """Store a span of sitting that ended (its ``id`` is ignored) and return the id it got."""
        return self._insert(
            "INSERT INTO sitting_spans (started_at, started_us, ended_at, ended_us, ended_by)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                _iso(span.start),
                _micros(span.start),
                _iso(span.end),
                _micros(span.end),
                span.ended_by,
            ),
        )

    def add_pain(self, entry: PainEntry) -> int:
        """Store a pain-journal entry (its ``id`` is ignored) and return the id it got.

        Raises ``KeyError`` if ``entry.session_id`` names no session.
        """
        try:
            return self._insert(
                f"INSERT INTO pain_entries ({PAIN_COLUMNS.removeprefix('id, ')}, at_us)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*pain_values(entry), _micros(entry.at)),
            )
        except sqlite3.IntegrityError as error:
            raise KeyError(f"no session {entry.session_id}") from error

    def edit_pain(self, entry: PainEntry, *, changed_at: datetime) -> tuple[PainChange, ...]:
        """Replace the stored entry ``entry.id`` with ``entry`` and audit what changed.

        The entry and one audit row per changed field (stamped
        ``changed_at``) commit together; returns the changes (none: nothing
        is written). Raises ``KeyError`` if there is no entry ``entry.id``
        (or ``entry.session_id`` names no session) and ``PainEditError``
        when the correction is refused (see ``check_correction``).
        """
        _aware("changed_at", changed_at)
        if entry.id is None:
            raise KeyError("an entry without an id cannot be edited")
        self._write("BEGIN IMMEDIATE", ())
        try:
            old = self.pain_entry(entry.id)
            if old is None:
                raise KeyError(f"no pain entry {entry.id}")
            check_correction(old, entry)
            changes = pain_changes(old, entry)
            if changes:
                self._connection.execute(
                    "UPDATE pain_entries SET at = ?, moment = ?, pain = ?, areas = ?,"
                    " stiffness = ?, tight_left = ?, tight_right = ?, session_id = ?, note = ?,"
                    " at_us = ? WHERE id = ?",
                    (*pain_values(entry), _micros(entry.at), entry.id),
                )
                self._audit(entry.id, "edited", changes, changed_at)
            self._connection.execute("COMMIT")
        except sqlite3.IntegrityError as error:
            self._connection.execute("ROLLBACK")
            raise KeyError(f"no session {entry.session_id}") from error
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise
        return changes

    def delete_pain(self, entry_id: int, *, deleted_at: datetime) -> tuple[PainChange, ...]:
        """Remove pain entry ``entry_id`` from the journal; its audit keeps what it said.

        The removal and one audit row per field the entry held (stamped
        ``deleted_at``) commit together; returns those fields. Raises
        ``KeyError`` if there is no such entry.
        """
        _aware("deleted_at", deleted_at)
        self._write("BEGIN IMMEDIATE", ())
        try:
            old = self.pain_entry(entry_id)
            if old is None:
                raise KeyError(f"no pain entry {entry_id}")
            changes = deletion_changes(old)
            self._connection.execute("DELETE FROM pain_entries WHERE id = ?", (entry_id,))
            self._audit(entry_id, "deleted", changes, deleted_at)
            self._connection.execute("COMMIT")
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise
        return changes

    def _audit(
        self, entry_id: int, action: str, changes: Sequence[PainChange], at: datetime
    ) -> None:
        self._connection.executemany(
            "INSERT INTO pain_audit (entry_id, action, field, old_value, new_value,"
            " changed_at, changed_us) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (entry_id, action, change.field, change.old, change.new, _iso(at), _micros(at))
                for change in changes
            ],
        )

    def add_red_flags(self, checkin: RedFlagCheckIn) -> int:
        """Store a red-flag check-in with all its answers at once; return the id it got."""
        self._write("BEGIN IMMEDIATE", ())
        try:
            checkin_id = self._insert(
                "INSERT INTO red_flag_checkins (at, at_us, trigger) VALUES (?, ?, ?)",
                (_iso(checkin.at), _micros(checkin.at), checkin.trigger),
            )
            self._connection.executemany(
                "INSERT INTO red_flag_answers (checkin_id, flag_id, answer) VALUES (?, ?, ?)",
                [(checkin_id, flag, answer) for flag, answer in checkin.answers.items()],
            )
            self._connection.execute("COMMIT")
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise
        return checkin_id

    def acknowledge_caution(self, exercise_id: str, at: datetime) -> None:
        """Record that the user read ``exercise_id``'s cautions; the first time is kept."""
        _text("exercise_id", exercise_id)
        _aware("at", at)
        self._write(
            "INSERT OR IGNORE INTO acknowledged_cautions (exercise_id, acknowledged_at)"
            " VALUES (?, ?)",
            (exercise_id, _iso(at)),
        )

    # -- reading ---------------------------------------------------------------

    def sessions(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[SessionRecord]:
        """Return the sessions started in ``[since, until)`` (open ends when None), oldest first."""
        rows = self._connection.execute(
            f"SELECT {SESSION_COLUMNS} FROM sessions WHERE started_us >= ? AND started_us < ?"
            " ORDER BY started_us, id",
            _bounds(since, until),
        )
        return [session_from_row(row) for row in rows]

    def session(self, session_id: int) -> SessionRecord | None:
        """Return session ``session_id``, or None if there is none."""
        row = self._connection.execute(
            f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return None if row is None else session_from_row(row)

    def steps(self, session_id: int) -> list[StepRecord]:
        """Return the steps recorded for ``session_id``, in the order they were recorded."""
        rows = self._connection.execute(
            f"SELECT {STEP_COLUMNS} FROM steps WHERE session_id = ? ORDER BY id", (session_id,)
        )
        return [step_from_row(row) for row in rows]

    def stored_rows(self, table: str) -> Iterator[tuple[Any, ...]]:
        """Yield the rows of ``table`` exactly as stored, in export order.

        ``table`` is ``sessions``, ``steps``, ``breaks``, ``break_parts``,
        ``pain``, ``pain_audit`` or ``sitting_spans``; the
        columns are those of the matching record, times as ISO text, flags as
        0/1 and pain areas comma-separated. For bulk export, where building
        records would cost more than the writing.
        """
        yield from self._connection.execute(EXPORT_QUERIES[table])

    def steps_between(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[StepRecord]:
        """Return the steps of the sessions started in ``[since, until)``.

        Open ends when None; ordered by session start, then as recorded.
        """
        rows = self._connection.execute(
            f"SELECT {', '.join('steps.' + c for c in STEP_COLUMNS.split(', '))}"
            " FROM sessions JOIN steps ON steps.session_id = sessions.id"
            " WHERE sessions.started_us >= ? AND sessions.started_us < ?"
            " ORDER BY sessions.started_us, sessions.id, steps.id",
            _bounds(since, until),
        )
        return [step_from_row(row) for row in rows]

    def all_steps(self) -> Iterator[StepRecord]:
        """Yield every recorded step, in the order they were recorded (for export)."""
        for row in self._connection.execute(f"SELECT {STEP_COLUMNS} FROM steps ORDER BY id"):
            yield step_from_row(row)

    def breaks(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[BreakRecord]:
        """Return the breaks shown in ``[since, until)`` (open ends when None), oldest first."""
        rows = self._connection.execute(
            f"SELECT {BREAK_COLUMNS} FROM breaks WHERE shown_us >= ? AND shown_us < ?"
            " ORDER BY shown_us, id",
            _bounds(since, until),
        )
        return [break_from_row(row) for row in rows]

    def break_parts(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> dict[int, tuple[BreakPartRecord, ...]]:
        """Return the parts of the breaks shown in ``[since, until)`` by break id, in order.

        Breaks without parts (unanswered, or from before history version 4)
        are not in it.
        """
        rows = self._connection.execute(
            f"SELECT {', '.join('break_parts.' + c for c in PART_COLUMNS.split(', '))}"
            " FROM breaks JOIN break_parts ON break_parts.break_id = breaks.id"
            " WHERE breaks.shown_us >= ? AND breaks.shown_us < ?"
            " ORDER BY breaks.shown_us, breaks.id, break_parts.position",
            _bounds(since, until),
        )
        parts: dict[int, list[BreakPartRecord]] = {}
        for row in rows:
            parts.setdefault(row[0], []).append(part_from_row(row))
        return {break_id: tuple(found) for break_id, found in parts.items()}

    def sitting_spans(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[SittingSpan]:
        """Return the spans of sitting that overlap ``[since, until)`` (open ends when None).

        Oldest first; a span is returned whole, also when it began before ``since``.
        """
        low, high = _bounds(since, until)
        rows = self._connection.execute(
            "SELECT id, started_at, ended_at, ended_by FROM sitting_spans"
            " WHERE ended_us > ? AND started_us < ? ORDER BY started_us, id",
            (low, high),
        )
        return [
            SittingSpan(_at(start), _at(end), ended_by, id=row_id)
            for row_id, start, end, ended_by in rows
        ]

    def pain_entries(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[PainEntry]:
        """Return the pain entries made in ``[since, until)`` (open ends if None), oldest first."""
        rows = self._connection.execute(
            f"SELECT {PAIN_COLUMNS} FROM pain_entries WHERE at_us >= ? AND at_us < ?"
            " ORDER BY at_us, id",
            _bounds(since, until),
        )
        return [pain_from_row(row) for row in rows]

    def pain_entry(self, entry_id: int) -> PainEntry | None:
        """Return pain entry ``entry_id``, or None if there is none (or it was deleted)."""
        row = self._connection.execute(
            f"SELECT {PAIN_COLUMNS} FROM pain_entries WHERE id = ?", (entry_id,)
        ).fetchone()
        return None if row is None else pain_from_row(row)

    def pain_audit(self, entry_id: int | None = None) -> list[PainAuditRow]:
        """Return the audit of corrections (of entry ``entry_id`` only, if given), oldest first."""
        if entry_id is None:
            rows = self._connection.execute(f"SELECT {AUDIT_COLUMNS} FROM pain_audit ORDER BY id")
        else:
            rows = self._connection.execute(
                f"SELECT {AUDIT_COLUMNS} FROM pain_audit WHERE entry_id = ? ORDER BY id",
                (entry_id,),
            )
        return [audit_from_row(row) for row in rows]

    def pain_last_edited(self) -> dict[int, datetime]:
        """Return when each entry still in the journal was last corrected, by entry id."""
        rows = self._connection.execute(
            "SELECT entry_id, changed_at FROM pain_audit"
            " WHERE action = 'edited' AND entry_id IN (SELECT id FROM pain_entries)"
            " ORDER BY id"
        )
        return {entry_id: _at(at) for entry_id, at in rows}

    def pain_readings(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[PainReading]:
        """Return just the ratings of the pain entries in ``[since, until)``, oldest first.

        A lighter read than ``pain_entries`` for charts and trends over years
        of entries: no notes or areas, and rows are trusted as stored.
        """
        rows = self._connection.execute(
            "SELECT at, moment, pain, stiffness FROM pain_entries"
            " WHERE at_us >= ? AND at_us < ? ORDER BY at_us, id",
            _bounds(since, until),
        )
        return [
            PainReading(datetime.fromisoformat(at), PainMoment(moment), pain, stiffness)
            for at, moment, pain, stiffness in rows
        ]

    def red_flag_checkins(self) -> list[RedFlagCheckIn]:
        """Return every red-flag check-in, oldest first, answers in the order given."""
        answers: dict[int, dict[str, bool]] = {}
        for checkin_id, flag, answer in self._connection.execute(
            "SELECT checkin_id, flag_id, answer FROM red_flag_answers ORDER BY checkin_id"
        ):
            answers.setdefault(checkin_id, {})[flag] = bool(answer)
        rows = self._connection.execute(
            "SELECT id, at, trigger FROM red_flag_checkins ORDER BY at_us, id"
        )
        return [
            RedFlagCheckIn(
                id=row[0], at=_at(row[1]), trigger=row[2], answers=answers.get(row[0], {})
            )
            for row in rows
        ]

    def acknowledged_cautions(self) -> set[str]:
        """Return the ids of the exercises whose cautions the user acknowledged."""
        rows = self._connection.execute("SELECT exercise_id FROM acknowledged_cautions")
        return {str(row[0]) for row in rows}

    def first_session_date(self, tz: tzinfo) -> date | None:
        """Return the local date (in ``tz``) the first session that counts started, or None.

        A session counts when it is complete or partial; the programme starts
        with the first one (an abandoned session does not start it).
        """
        row = self._connection.execute(_FIRST_COUNTED).fetchone()
        return None if row[0] is None else _local_date(row[0], tz)

    def day_activity(self, start: date, end: date, tz: tzinfo) -> dict[date, DayActivity]:
        """Return the activity of every local calendar day from ``start`` to ``end`` inclusive.

        Days are those of ``tz`` (a day may be 23 or 25 hours long); a
        session belongs to the day it started, a break to the day it was
        shown. Complete and partial sessions are counted by their status;
        abandoned ones not at all. Days without activity are present with zeros.
        """
        if end < start:
            raise ValueError(f"the range ends ({end}) before it starts ({start})")
        days = [start + timedelta(days=offset) for offset in range((end - start).days + 1)]
        # One local midnight per day, then each row finds its day by bisection:
        # far cheaper than converting every row's instant to a local date.
        midnights = [_micros(_local_midnight(day, tz)) for day in days]
        high = _micros(_local_midnight(end + timedelta(days=1), tz))
        low = midnights[0]
        counts = [[0, 0, 0] for _ in days]
        columns = {SessionStatus.COMPLETE.value: 0, SessionStatus.PARTIAL.value: 1}
        for started_us, status in self._connection.execute(_DAY_SESSIONS, (low, high)):
            column = columns.get(status)
            if column is not None:
                counts[bisect_right(midnights, started_us) - 1][column] += 1
        for (shown_us,) in self._connection.execute(_DAY_BREAKS, (low, high, BreakAction.DONE)):
            counts[bisect_right(midnights, shown_us) - 1][2] += 1
        return {day: DayActivity(*values) for day, values in zip(days, counts, strict=True)}
