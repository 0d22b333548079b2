"""The history as CSV files a spreadsheet (or a physiotherapist) can open.

``export_csv`` writes ``sessions.csv``, ``steps.csv``, ``breaks.csv``,
``break_parts.csv``, ``pain.csv``, ``pain_changes.csv`` and ``sitting.csv``
(``docs/records.md`` describes every column): UTF-8, a header row, RFC
4180 quoting (CRLF line ends; a value with a comma, quote or line break is
quoted), times as ISO-8601 with their UTC offset, yes/no as
``true``/``false``, a missing value as an empty field. Each file is
replaced atomically, so a failed export never leaves a half-written file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from hipcoach.core.atomic import write_atomic
from hipcoach.core.history import HistoryStore
from hipcoach.core.pain_edits import PAIN_FIELDS

SESSION_HEADER = (
    "id",
    "protocol_id",
    "started_at",
    "ended_at",
    "active_seconds",
    "completed",
    "status",
    "work_done_seconds",
    "work_planned_seconds",
    "work_stopped_for_pain_seconds",
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
    "planned_seconds",
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
BREAK_PART_HEADER = (
    "break_id",
    "shown_at",
    "part",
    "exercise_id",
    "outcome",
    "seconds_done",
    "reason",
)
PAIN_HEADER = ("id", *PAIN_FIELDS)
PAIN_CHANGE_HEADER = ("entry_id", "changed_at", "action", "field", "old", "new")
SITTING_HEADER = ("started_at", "ended_at", "seconds", "ended_by")
#: Separates the areas of one pain entry inside its ``areas`` field.
AREA_SEPARATOR = ";"


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _flag(value: object) -> str:
    return "true" if value else "false"


def _seconds(value: object) -> str:
    return repr(round(value, 3)) if isinstance(value, int | float) else str(value)


def _number(value: object) -> str:
    """Return a part's position (0 first) as its number in the break (1 first)."""
    return str(value + 1) if isinstance(value, int) else str(value)


def _areas(value: object) -> str:
    return AREA_SEPARATOR.join(str(value).split(",")) if value else ""


#: Per file: the stored table, its header, and how to write columns that are
#: not stored the way the CSV shows them (by column index).
_FILES: tuple[tuple[str, str, Sequence[str], dict[int, Callable[[object], str]]], ...] = (
    (
        "sessions.csv",
        "sessions",
        SESSION_HEADER,
        {4: _seconds, 5: _flag, 7: _seconds, 8: _seconds, 9: _seconds},
    ),
    ("steps.csv", "steps", STEP_HEADER, {7: _seconds, 9: _seconds}),
    ("breaks.csv", "breaks", BREAK_HEADER, {7: _flag}),
    ("break_parts.csv", "break_parts", BREAK_PART_HEADER, {2: _number, 5: _seconds}),
    ("pain.csv", "pain", PAIN_HEADER, {4: _areas}),
    ("pain_changes.csv", "pain_audit", PAIN_CHANGE_HEADER, {}),
    ("sitting.csv", "sitting_spans", SITTING_HEADER, {2: _seconds}),
)


def _rows(
    rows: Iterable[Sequence[object]], convert: dict[int, Callable[[object], str]]
) -> Iterator[list[object]]:
    for row in rows:
        cells: list[object] = ["" if value is None else value for value in row]
        for index, change in convert.items():
            cells[index] = change(row[index]) if row[index] is not None else ""
        yield cells


def export_csv(store: HistoryStore | None, folder: Path) -> list[Path]:
    """Write the whole history as CSV files into ``folder`` (created if missing).

    With no ``store`` (there is no history yet) every file is written with
    its header row only, so a spreadsheet or script finds the same files and
    columns either way. Returns the files written. Existing files of the
    same names are replaced; no backups are left beside them. Raises
    ``OSError`` if a file cannot be written (files already written stay
    written).
    """
    written = []
    for name, table, header, convert in _FILES:
        path = folder / name
        stored = () if store is None else store.stored_rows(table)
        rows = _rows(stored, convert)
        write_atomic(path, _csv(header, rows), keep_backup=False)
        written.append(path)
    return written
