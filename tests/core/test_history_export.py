"""CSV export of the history: headers, rows, quoting, UTF-8, atomic replacement."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hipcoach.core.adherence import WorkTally
from hipcoach.core.atomic import write_atomic
from hipcoach.core.clock import ManualClock
from hipcoach.core.history import BreakRecord, HistoryStore, PainEntry, StepRecord
from hipcoach.core.history_export import (
    BREAK_HEADER,
    BREAK_PART_HEADER,
    PAIN_CHANGE_HEADER,
    PAIN_HEADER,
    SESSION_HEADER,
    SITTING_HEADER,
    STEP_HEADER,
    export_csv,
)
from hipcoach.core.history_records import BreakAction, BreakPartRecord, PainMoment, PartOutcome
from hipcoach.core.sitting import SittingEnd, SittingSpan

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=BERLIN)
NAMES = [
    "sessions.csv",
    "steps.csv",
    "breaks.csv",
    "break_parts.csv",
    "pain.csv",
    "pain_changes.csv",
    "sitting.csv",
]


def read(path: Path) -> list[dict[str, str]]:
    """Return the rows of the CSV file at ``path`` as it would be read by a spreadsheet."""
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path / "history.sqlite3", clock=ManualClock(NOW)).store
    done = opened.start_session("daily", NOW, work_planned_seconds=12.75)
    for index in range(3):
        opened.record_step(
            StepRecord(
                done,
                index,
                "glute-bridge",
                None,
                1,
                index + 1,
                "completed",
                4.25,
                NOW + timedelta(seconds=5 * index),
                planned_seconds=4.25,
            )
        )
    opened.finish_session(done, NOW + timedelta(minutes=20), 1190.5, WorkTally(12.75, 12.75))
    opened.start_session("daily", NOW + timedelta(days=1), work_planned_seconds=600)
    skipped = opened.record_break(
        BreakRecord(
            NOW,
            NOW,
            NOW + timedelta(seconds=3),
            BreakAction.SKIPPED,
            "call, then lunch",
            "walk-break",
            False,
        )
    )
    opened.record_break_parts(
        skipped,
        [
            BreakPartRecord(0, "standing-hip-flexor-stretch", PartOutcome.DONE, 43.5),
            BreakPartRecord(1, "standing-glute-squeezes", PartOutcome.SKIPPED),
            BreakPartRecord(2, "walk-break", PartOutcome.SKIPPED, reason="no-time"),
        ],
    )
    opened.record_break(BreakRecord(NOW, NOW, None, BreakAction.SHOWN, None, "walk-break", True))
    opened.add_pain(
        PainEntry(
            at=datetime(2026, 1, 5, 8, 55, tzinfo=UTC),
            moment=PainMoment.BEFORE,
            pain=5,
            areas=("front-of-hip", "lower-back"),
            session_id=done,
            note='Hüfte "zieht"\nafter the train ride',
        )
    )
    (entry,) = opened.pain_entries()
    opened.edit_pain(replace(entry, pain=4), changed_at=NOW + timedelta(hours=2))
    opened.record_sitting(
        SittingSpan(NOW, NOW + timedelta(minutes=62, seconds=30), SittingEnd.BREAK)
    )
    with opened:
        yield opened


def test_export_writes_every_file_with_headers_and_rows(
    store: HistoryStore, tmp_path: Path
) -> None:
    folder = tmp_path / "export" / "2026-01-05"
    written = export_csv(store, folder)
    assert written == [folder / name for name in NAMES]
    headers = [
        SESSION_HEADER,
        STEP_HEADER,
        BREAK_HEADER,
        BREAK_PART_HEADER,
        PAIN_HEADER,
        PAIN_CHANGE_HEADER,
        SITTING_HEADER,
    ]
    counts = [2, 3, 2, 3, 1, 1, 1]
    for path, header, count in zip(written, headers, counts, strict=True):
        first_line = path.read_bytes().split(b"\r\n", 1)[0].decode()
        assert first_line == ",".join(header)
        assert len(read(path)) == count, path.name
    assert sorted(item.name for item in folder.iterdir()) == sorted(NAMES)  # no .bak, no temp


def test_export_values_are_iso_times_and_plain_words(store: HistoryStore, tmp_path: Path) -> None:
    written = dict(zip(NAMES, export_csv(store, tmp_path), strict=True))
    sessions = read(written["sessions.csv"])
    assert sessions[0] == {
        "id": "1",
        "protocol_id": "daily",
        "started_at": "2026-01-05T09:00:00+01:00",
        "ended_at": "2026-01-05T09:20:00+01:00",
        "active_seconds": "1190.5",
        "completed": "true",
        "status": "complete",
        "work_done_seconds": "12.75",
        "work_planned_seconds": "12.75",
        "work_stopped_for_pain_seconds": "0.0",
    }
    assert [sessions[1][key] for key in ("ended_at", "completed", "status")] == [
        "",
        "false",
        "abandoned",
    ]
    assert (sessions[1]["work_done_seconds"], sessions[1]["work_planned_seconds"]) == (
        "0.0",
        "600.0",
    )
    steps = read(written["steps.csv"])
    assert [row["rep"] for row in steps] == ["1", "2", "3"]
    assert [row["planned_seconds"] for row in steps] == ["4.25", "4.25", "4.25"]
    assert steps[0]["side"] == ""
    assert steps[2]["ended_at"] == "2026-01-05T09:00:10+01:00"
    breaks = read(written["breaks.csv"])
    assert [row["deferred"] for row in breaks] == ["false", "true"]
    assert breaks[1]["answered_at"] == ""
    parts = read(written["break_parts.csv"])
    assert parts[0] == {
        "break_id": breaks[0]["id"],
        "shown_at": "2026-01-05T09:00:00+01:00",
        "part": "1",
        "exercise_id": "standing-hip-flexor-stretch",
        "outcome": "done",
        "seconds_done": "43.5",
        "reason": "",
    }
    assert [(row["part"], row["outcome"], row["reason"]) for row in parts[1:]] == [
        ("2", "skipped", ""),
        ("3", "skipped", "no-time"),
    ]
    (change,) = read(written["pain_changes.csv"])
    assert change == {
        "entry_id": "1",
        "changed_at": "2026-01-05T11:00:00+01:00",
        "action": "edited",
        "field": "pain",
        "old": "5",
        "new": "4",
    }
    (sat,) = read(written["sitting.csv"])
    assert sat == {
        "started_at": "2026-01-05T09:00:00+01:00",
        "ended_at": "2026-01-05T10:02:30+01:00",
        "seconds": "3750.0",
        "ended_by": "break",
    }


def test_export_quotes_commas_quotes_and_line_breaks(store: HistoryStore, tmp_path: Path) -> None:
    written = dict(zip(NAMES, export_csv(store, tmp_path), strict=True))
    raw_breaks = written["breaks.csv"].read_bytes().decode("utf-8")
    assert ',"call, then lunch",' in raw_breaks
    assert read(written["breaks.csv"])[0]["reason"] == "call, then lunch"

    raw_pain = written["pain.csv"].read_bytes()
    assert '"Hüfte ""zieht""\nafter the train ride"'.encode() in raw_pain
    (pain,) = read(written["pain.csv"])
    assert pain["note"] == 'Hüfte "zieht"\nafter the train ride'
    assert pain["areas"] == "front-of-hip;lower-back"
    assert pain["at"] == "2026-01-05T08:55:00+00:00"
    assert (pain["pain"], pain["stiffness"], pain["session_id"]) == ("4", "", "1")


def test_export_replaces_files_through_write_atomic(
    store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sessions.csv").write_text("old export")
    calls: list[tuple[Path, bool]] = []

    def spy(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
        calls.append((path, keep_backup))
        write_atomic(path, data, keep_backup=keep_backup)

    monkeypatch.setattr("hipcoach.core.history_export.write_atomic", spy)
    export_csv(store, tmp_path)
    assert calls == [(tmp_path / name, False) for name in NAMES]
    assert (tmp_path / "sessions.csv").read_text().startswith("id,")


def test_an_empty_history_exports_headers_only(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3", clock=ManualClock(NOW)).store as store:
        written = export_csv(store, tmp_path / "out")
    assert [len(path.read_bytes().splitlines()) for path in written] == [1] * len(NAMES)
