"""The history as CSV files a spreadsheet (or a physiotherapist) can open.

``export_csv`` writes ``sessions.csv``, ``steps.csv``, ``breaks.csv`` and
``pain.csv``: UTF-8, a header row, RFC 4180 quoting (CRLF line ends; a
value with a comma, quote or line break is quoted), times as ISO-8601 with
their UTC offset, yes/no as ``true``/``false``, a missing value as an empty
field. Each file is replaced atomically, so a failed export never leaves a
half-written file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from hipcoach.core.atomic import write_atomic
from hipcoach.core.history import HistoryStore

SESSION_HEADER = (
    "id",
    "protocol_id",
    "started_at",
    "ended_at",
    "active_seconds",
    "completed",
)
STEP_HEADER = (
    "session_id",
    "step_index",
    "exercise_id",
    "side",
    "set",
    "rep",
    "outcome",
    "active_seconds",
    "ended_at",
)
BREAK_HEADER = (
    "id",
    "due_at",
    "shown_at",
    "answered_at",
    "action",
    "reason",
    "move",
    "deferred",
)
PAIN_HEADER = (
    "id",
    "at",
    "moment",
    "pain",
    "areas",
    "stiffness",
    "tight_left",
    "tight_right",
    "session_id",
    "note",
)
#: Separates the areas of one pain entry inside its ``areas`` field.
AREA_SEPARATOR = ";"


def _cell(value: object) -> str:
    """Return ``value`` as CSV text: ISO times, true/false, seconds to the millisecond."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, float):
        return repr(round(value, 3))
    return str(value)


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def export_csv(store: HistoryStore, folder: Path) -> list[Path]:
    """Write the whole history as CSV files into ``folder`` (created if missing).

    Returns the files written. Existing files of the same names are
    replaced; no backups are left beside them. Raises ``OSError`` if a file
    cannot be written (files already written stay written).
    """
    tables: list[tuple[str, Sequence[str], Iterable[Sequence[object]]]] = [
        (
            "sessions.csv",
            SESSION_HEADER,
            (
                (s.id, s.protocol_id, s.started_at, s.ended_at, s.active_seconds, s.completed)
                for s in store.sessions()
            ),
        ),
        (
            "steps.csv",
            STEP_HEADER,
            (
                (
                    t.session_id,
                    t.step_index,
                    t.exercise_id,
                    t.side,
                    t.set,
                    t.rep,
                    t.outcome,
                    t.active_seconds,
                    t.ended_at,
                )
                for t in store.all_steps()
            ),
        ),
        (
            "breaks.csv",
            BREAK_HEADER,
            (
                (b.id, b.due_at, b.shown_at, b.answered_at, b.action, b.reason, b.move, b.deferred)
                for b in store.breaks()
            ),
        ),
        (
            "pain.csv",
            PAIN_HEADER,
            (
                (
                    p.id,
                    p.at,
                    p.moment,
                    p.pain,
                    AREA_SEPARATOR.join(p.areas),
                    p.stiffness,
                    p.tight_left,
                    p.tight_right,
                    p.session_id,
                    p.note,
                )
                for p in store.pain_entries()
            ),
        ),
    ]
    written = []
    for name, header, rows in tables:
        path = folder / name
        write_atomic(path, _csv(header, rows), keep_backup=False)
        written.append(path)
    return written
