"""How the history's records sit in its tables: the columns each query reads, and row to record.

The store's queries and the CSV export read the same columns in the same
order, so they are named once here; each ``*_from_row`` turns one row of
those columns into its record (``hipcoach.core.history_records``), which
checks its values as it is made.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from hipcoach.core.history_records import (
    BreakPartRecord,
    BreakRecord,
    PainEntry,
    PainMoment,
    SessionRecord,
    StepRecord,
    _at,
    _from_iso,
    _iso,
)
from hipcoach.core.pain_edits import PainAuditRow

SESSION_COLUMNS = (
    "id, protocol_id, started_at, ended_at, active_seconds, status, work_done_seconds,"
    " work_planned_seconds, work_pain_seconds"
)
STEP_COLUMNS = (
    "session_id, step_index, exercise_id, side, set_number, rep, outcome, active_seconds, ended_at,"
    " planned_seconds"
)
BREAK_COLUMNS = "id, due_at, shown_at, answered_at, action, reason, move, deferred"
PART_COLUMNS = "break_id, position, exercise_id, outcome, seconds_done, reason"
PAIN_COLUMNS = "id, at, moment, pain, areas, stiffness, tight_left, tight_right, session_id, note"
AUDIT_COLUMNS = "id, entry_id, action, field, old_value, new_value, changed_at"
#: What ``HistoryStore.stored_rows`` reads for each CSV file of the export.
EXPORT_QUERIES = {
    "sessions": "SELECT id, protocol_id, started_at, ended_at, active_seconds, completed, status,"
    " work_done_seconds, work_planned_seconds, work_pain_seconds"
    " FROM sessions ORDER BY started_us, id",
    "steps": f"SELECT {STEP_COLUMNS} FROM steps ORDER BY id",
    "breaks": f"SELECT {BREAK_COLUMNS} FROM breaks ORDER BY shown_us, id",
    "break_parts": "SELECT break_parts.break_id, breaks.shown_at, break_parts.position,"
    " break_parts.exercise_id, break_parts.outcome, break_parts.seconds_done, break_parts.reason"
    " FROM break_parts JOIN breaks ON breaks.id = break_parts.break_id"
    " ORDER BY breaks.shown_us, breaks.id, break_parts.position",
    "pain": f"SELECT {PAIN_COLUMNS} FROM pain_entries ORDER BY at_us, id",
    "pain_audit": "SELECT entry_id, changed_at, action, field, old_value, new_value"
    " FROM pain_audit ORDER BY changed_us, id",
    "sitting_spans": "SELECT started_at, ended_at, (ended_us - started_us) / 1e6, ended_by"
    " FROM sitting_spans ORDER BY started_us, id",
}


def session_from_row(row: Any) -> SessionRecord:
    """Return the ``SessionRecord`` of a row of ``SESSION_COLUMNS``."""
    return SessionRecord(
        id=row[0],
        protocol_id=row[1],
        started_at=_at(row[2]),
        ended_at=_from_iso(row[3]),
        active_seconds=row[4],
        status=row[5],
        work_done_seconds=row[6],
        work_planned_seconds=row[7],
        work_pain_seconds=row[8],
    )


def step_from_row(row: Any) -> StepRecord:
    """Return the ``StepRecord`` of a row of ``STEP_COLUMNS``."""
    return StepRecord(
        session_id=row[0],
        step_index=row[1],
        exercise_id=row[2],
        side=row[3],
        set=row[4],
        rep=row[5],
        outcome=row[6],
        active_seconds=row[7],
        ended_at=_at(row[8]),
        planned_seconds=row[9],
    )


def break_from_row(row: Any) -> BreakRecord:
    """Return the ``BreakRecord`` of a row of ``BREAK_COLUMNS``."""
    return BreakRecord(
        id=row[0],
        due_at=_at(row[1]),
        shown_at=_at(row[2]),
        answered_at=_from_iso(row[3]),
        action=row[4],
        reason=row[5],
        move=row[6],
        deferred=bool(row[7]),
    )


def part_from_row(row: Any) -> BreakPartRecord:
    """Return the ``BreakPartRecord`` of a row of ``PART_COLUMNS``."""
    return BreakPartRecord(
        break_id=row[0],
        position=row[1],
        exercise_id=row[2],
        outcome=row[3],
        seconds_done=row[4],
        reason=row[5],
    )


def audit_from_row(row: Any) -> PainAuditRow:
    """Return the ``PainAuditRow`` of a row of ``AUDIT_COLUMNS``."""
    return PainAuditRow(
        id=row[0],
        entry_id=row[1],
        action=row[2],
        field=row[3],
        old=row[4],
        new=row[5],
        changed_at=_at(row[6]),
    )


def pain_from_row(row: Any) -> PainEntry:
    """Return the ``PainEntry`` of a row of ``PAIN_COLUMNS``."""
    return PainEntry(
        id=row[0],
        at=_at(row[1]),
        moment=row[2],
        pain=row[3],
        areas=tuple(row[4].split(",")) if row[4] else (),
        stiffness=row[5],
        tight_left=row[6],
        tight_right=row[7],
        session_id=row[8],
        note=row[9],
    )


class PainReading(NamedTuple):
    """The ratings of one pain entry (see ``HistoryStore.pain_readings``)."""

    at: datetime
    moment: PainMoment
    pain: int | None
    stiffness: int | None


def pain_values(entry: PainEntry) -> tuple[object, ...]:
    """Return ``entry``'s stored values in the order of ``PAIN_COLUMNS`` without its id."""
    return (
        _iso(entry.at),
        entry.moment,
        entry.pain,
        ",".join(entry.areas),
        entry.stiffness,
        entry.tight_left,
        entry.tight_right,
        entry.session_id,
        entry.note,
    )
