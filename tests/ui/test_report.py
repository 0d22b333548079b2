"""The PDF report for a physiotherapist, checked with poppler's tools where installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument, QTextTable
from pytestqt.qtbot import QtBot

from hipcoach.core.adherence import WorkTally
from hipcoach.core.clock import ManualClock
from hipcoach.core.history import BreakRecord, HistoryStore, PainEntry, RedFlagCheckIn, StepRecord
from hipcoach.core.history_records import (
    BreakAction,
    BreakPartRecord,
    PainMoment,
    PartOutcome,
    RedFlagTrigger,
)
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.reference import Reference
from hipcoach.ui.report import REPORT_TITLE, report_document, write_report

START = date(2026, 1, 5)
UNTIL = date(2026, 1, 26)
PRINTED = date(2026, 1, 27)
NOTE = "Stairs hurt this morning"


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture(scope="module")
def reference(library: Library) -> Reference:
    found = library.reference
    assert found is not None
    return found


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(
        tmp_path / "data" / "history.sqlite3", clock=ManualClock(datetime(2026, 1, 5, tzinfo=UTC))
    ).store
    yield opened
    opened.close()


def seed(store: HistoryStore, reference: Reference) -> None:
    """Three weeks of sessions with pain ratings, a note and two check-ins."""
    for offset in range(21):
        if offset == 9:
            continue
        at = datetime.combine(START + timedelta(days=offset), time(8), tzinfo=UTC)
        session_id = store.start_session("daily", at)
        store.add_pain(
            PainEntry(
                at,
                PainMoment.BEFORE,
                pain=max(1, 6 - offset // 4),
                stiffness=4,
                areas=("front-of-hip", "lower-back"),
                session_id=session_id,
                note=NOTE if offset == 3 else None,
            )
        )
        store.finish_session(session_id, at + timedelta(minutes=12), 700.0, WorkTally(600, 600))
    flags = [flag.id for flag in reference.red_flags]
    store.add_red_flags(
        RedFlagCheckIn(
            datetime(2026, 1, 5, 7, tzinfo=UTC),
            RedFlagTrigger.FIRST_SESSION,
            dict.fromkeys(flags, False),
        )
    )
    store.add_red_flags(
        RedFlagCheckIn(
            datetime(2026, 1, 19, 7, tzinfo=UTC),
            RedFlagTrigger.FORTNIGHTLY,
            {flag: flag == "nerve-symptoms" for flag in flags},
        )
    )


def pdf_text(path: Path, *, layout: bool = False) -> str:
    """Return the PDF's text: words joined by single spaces, or its lines as laid out."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed, so the PDF's text can't be read")
    result = subprocess.run(
        ["pdftotext", *(["-layout"] if layout else []), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout if layout else " ".join(result.stdout.split())


def row_of(text: str, first: str) -> list[str]:
    """Return the cells of the laid-out line starting with ``first`` (split on wide gaps)."""
    for line in text.splitlines():
        if line.strip().startswith(first):
            return re.split(r"\s{2,}", line.strip())
    raise AssertionError(f"no line starts with {first!r}")


def steps_and_breaks(store: HistoryStore) -> None:
    """Two sessions with recorded steps and a day of movement breaks, in January 2026."""
    for day, ending in ((START, "completed"), (START + timedelta(days=1), "stopped")):
        at = datetime.combine(day, time(8), tzinfo=UTC)
        session_id = store.start_session("daily", at)
        rows = [
            ("couch-stretch", "left", 1, None, "completed"),
            ("couch-stretch", "right", 1, None, "skipped"),
            ("dead-bug", None, 1, 1, "completed"),
            ("dead-bug", None, 1, 2, "stopped-for-pain"),
            ("glute-bridge-hold", None, 1, None, ending),
        ]
        for index, (exercise_id, side, set_number, rep, outcome) in enumerate(rows):
            store.record_step(
                StepRecord(session_id, index, exercise_id, side, set_number, rep, outcome, 20.0, at)
            )
        done = 100.0 if ending == "completed" else 60.0
        store.finish_session(session_id, at + timedelta(minutes=12), 700.0, WorkTally(100, done))
    for hour, move, action in (
        (10, "standing-hip-flexor-stretch", BreakAction.DONE),
        (11, "walk-break", BreakAction.SNOOZED),
        (12, "walk-break", BreakAction.DONE),
        (14, "standing-hip-flexor-stretch", BreakAction.SKIPPED),
        (15, "standing-hip-flexor-stretch", BreakAction.SHOWN),
    ):
        shown = datetime.combine(START, time(hour), tzinfo=UTC)
        break_id = store.record_break(
            BreakRecord(shown, shown, None, BreakAction.SHOWN, None, move, False)
        )
        if action is not BreakAction.SHOWN:
            store.update_break(break_id, action=action, answered_at=shown + timedelta(minutes=1))


def tables(document: QTextDocument) -> list[QTextTable]:
    """Return the document's tables, top to bottom."""
    return [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def cell_text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    return table.document().toPlainText()[cell.firstPosition() : cell.lastPosition()].strip()


def page_count(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def test_the_report_is_one_pdf_with_the_title_journal_and_check_ins(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    seed(store, reference)
    target = tmp_path / "report.pdf"
    saved = write_report(
        target, store, reference, since=START, until=UNTIL, tz=UTC, printed=date(2026, 1, 27)
    )
    assert saved == target
    assert target.read_bytes().startswith(b"%PDF")
    assert page_count(target) >= 1
    text = pdf_text(target)
    assert REPORT_TITLE in text
    assert "5 Jan 2026 – 26 Jan 2026" in text
    assert "Printed: 27 Jan 2026" in text
    assert NOTE in text
    assert "front of hip, lower back" in text
    assert "Weeks 2–4" in text  # the timeline stage on the last day
    assert "below target" in text  # week 2 had 6 of 7
    assert "numbness or tingling" in text  # the yes answer, in the reference's words
    assert "none" in text  # the first check-in
    assert "not a diagnosis" in text
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["report.pdf"]


def test_the_period_limits_the_journal(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    seed(store, reference)
    target = tmp_path / "later.pdf"
    write_report(
        target, store, reference, since=date(2026, 1, 12), until=UNTIL, tz=UTC, printed=PRINTED
    )
    text = pdf_text(target)
    assert NOTE not in text  # written on 8 Jan
    assert not re.search(r"\b8 Jan 2026 08:00", text)
    assert "12 Jan 2026 08:00" in text


def test_a_report_before_any_session_still_writes(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    target = write_report(
        tmp_path / "empty.pdf", store, reference, since=START, until=UNTIL, tz=UTC, printed=PRINTED
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert "programme has not started" in pdf_text(target)


def test_replacing_a_report_and_failing_leave_no_temporary_files(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    seed(store, reference)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    write_report(target, store, reference, since=START, until=UNTIL, tz=UTC, printed=PRINTED)
    assert target.read_bytes().startswith(b"%PDF")
    with pytest.raises(FileNotFoundError):
        write_report(
            tmp_path / "missing" / "r.pdf",
            store,
            reference,
            since=START,
            until=UNTIL,
            tz=UTC,
            printed=PRINTED,
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "report.pdf"]


def test_a_period_that_ends_before_it_starts_is_refused(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="before it starts"):
        write_report(
            tmp_path / "r.pdf", store, reference, since=UNTIL, until=START, tz=UTC, printed=PRINTED
        )
    assert not (tmp_path / "r.pdf").exists()


def january_report_text(
    store: HistoryStore, reference: Reference, library: Library, folder: Path
) -> str:
    """Return the laid-out text of the report on ``steps_and_breaks``, exercises named."""
    steps_and_breaks(store)
    target = folder / "report.pdf"
    names = {exercise.id: exercise.name for exercise in library.exercises}
    write_report(
        target,
        store,
        reference,
        since=START,
        until=UNTIL,
        tz=UTC,
        exercise_name=names.__getitem__,
        printed=PRINTED,
    )
    return pdf_text(target, layout=True)


def test_the_report_counts_each_exercises_reps_and_sets_by_outcome(
    qtbot: QtBot, store: HistoryStore, reference: Reference, library: Library, tmp_path: Path
) -> None:
    text = january_report_text(store, reference, library, tmp_path)
    # Exercise, counted in, done, skipped, stopped for pain, session ended first
    assert row_of(text, "Couch stretch") == ["Couch stretch", "sets", "2", "2", "0", "0"]
    assert row_of(text, "Dead bug") == ["Dead bug", "reps", "2", "0", "2", "0"]
    # a long name wraps: its first line holds the counts
    assert row_of(text, "Glute bridge")[1:] == [
        "sets",
        "1",
        "0",
        "0",
        "1",
    ]


def test_the_report_sums_up_the_movement_breaks(
    qtbot: QtBot, store: HistoryStore, reference: Reference, library: Library, tmp_path: Path
) -> None:
    text = january_report_text(store, reference, library, tmp_path)
    # shown, done, snoozed, skipped, not answered
    assert row_of(text, "Standing hip")[1:] == [
        "3",
        "1",
        "0",
        "1",
        "1",
    ]
    assert row_of(text, "Walk break") == ["Walk break", "2", "1", "1", "0", "0"]
    assert row_of(text, "All breaks") == ["All breaks", "5", "2", "1", "1", "1"]


def test_the_report_counts_a_break_set_as_one_and_each_of_its_parts(
    qtbot: QtBot, store: HistoryStore, reference: Reference, library: Library, tmp_path: Path
) -> None:
    for day in (3, 4):
        shown = datetime.combine(START + timedelta(days=day), time(10), tzinfo=UTC)
        break_id = store.record_break(
            BreakRecord(
                shown, shown, shown, BreakAction.DONE, None, "standing-hip-flexor-stretch", False
            )
        )
        walk = PartOutcome.SKIPPED if day == 3 else PartOutcome.DONE
        store.record_break_parts(
            break_id,
            [
                BreakPartRecord(0, "standing-hip-flexor-stretch", PartOutcome.DONE, 40),
                BreakPartRecord(1, "standing-glute-squeezes", PartOutcome.DONE, 30),
                BreakPartRecord(2, "walk-break", walk, reason="no-time" if day == 3 else None),
            ],
        )
    text = january_report_text(store, reference, library, tmp_path)
    # shown, done, snoozed, skipped, not answered: the sets are not put under their first move
    assert row_of(text, "The guide's set")[1:] == ["2", "2", "0", "0", "0"]
    assert row_of(text, "Standing hip")[1:] == ["3", "1", "0", "1", "1"]
    assert row_of(text, "All breaks") == ["All breaks", "7", "4", "1", "1", "1"]
    # parts: done, skipped, snoozed, not reached
    assert row_of(text, "Part of the break")[1:] == ["Done", "Skipped", "Snoozed", "Not reached"]
    assert row_of(text, "Standing glute")[1:] == ["2", "0", "0", "0"]
    walk_rows = [line for line in text.splitlines() if line.strip().startswith("Walk break")]
    assert re.split(r"\s{2,}", walk_rows[-1].strip())[1:] == ["1", "1", "0", "0"]


def test_a_period_without_steps_or_breaks_says_so(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    steps_and_breaks(store)
    target = tmp_path / "report.pdf"
    later = date(2026, 1, 12)
    write_report(target, store, reference, since=later, until=UNTIL, tz=UTC, printed=PRINTED)
    text = pdf_text(target)
    assert "No exercise was recorded in this period." in text
    assert "No movement break was shown in this period." in text


def test_every_table_names_every_column(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    seed(store, reference)
    steps_and_breaks(store)
    document = report_document(
        store, reference, since=START, until=UNTIL, tz=UTC, printed=date(2026, 1, 27)
    )
    found = tables(document)
    assert len(found) == 6  # programme, weeks, exercises, breaks, journal, check-ins
    for table in found:
        assert table.format().headerRowCount() == 1
        headers = [cell_text(table, 0, column) for column in range(table.columns())]
        assert all(headers), f"a column without a name: {headers}"
    exercises, breaks = found[2:4]
    assert [cell_text(exercises, 0, column) for column in range(exercises.columns())] == [
        "Exercise",
        "Counted in",
        "Done",
        "Skipped",
        "Stopped for pain",
        "Session ended first",
    ]
    assert [cell_text(breaks, 0, column) for column in range(breaks.columns())] == [
        "Suggested move",
        "Shown",
        "Done",
        "Snoozed",
        "Skipped",
        "Not answered",
    ]


def test_no_table_sits_right_under_its_heading_or_text(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    """Between the text above a table and the table's top border there is visible space."""
    seed(store, reference)
    steps_and_breaks(store)
    document = report_document(
        store, reference, since=START, until=UNTIL, tz=UTC, printed=date(2026, 1, 27)
    )
    document.setTextWidth(680)
    layout = document.documentLayout()
    for table in tables(document):
        above = document.findBlock(table.firstPosition() - 1)
        text_bottom = layout.blockBoundingRect(above).bottom()
        first_cell = table.cellAt(0, 0).firstCursorPosition().block()
        border_top = (
            layout.blockBoundingRect(first_cell).top()
            - table.format().cellPadding()
            - table.format().border()
        )
        line_height = layout.blockBoundingRect(above).height() / above.layout().lineCount()
        assert border_top - text_bottom >= line_height / 2, f"{above.text()!r} touches its table"


def test_corrected_entries_are_marked_and_deleted_ones_left_out(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    seed(store, reference)
    entries = store.pain_entries()
    noted = next(entry for entry in entries if entry.note == NOTE)
    store.edit_pain(replace(noted, pain=2), changed_at=datetime(2026, 1, 20, 9, tzinfo=UTC))
    store.delete_pain(entries[0].id or 0, deleted_at=datetime(2026, 1, 21, 9, tzinfo=UTC))
    target = tmp_path / "report.pdf"
    write_report(target, store, reference, since=START, until=UNTIL, tz=UTC, printed=PRINTED)
    text = pdf_text(target)
    assert f"{NOTE} (corrected on 20 Jan 2026)" in text
    assert not re.search(r"\b5 Jan 2026 08:00", text)  # the deleted entry
    assert "6 Jan 2026 08:00" in text


def test_a_session_tapped_through_is_no_session_day_in_the_report(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    for offset in range(7):
        at = datetime.combine(START + timedelta(days=offset), time(8), tzinfo=UTC)
        session_id = store.start_session("daily", at, work_planned_seconds=1462)
        # The last day's session ran to its end with every exercise skipped: 37 s of work.
        done = 37.0 if offset == 6 else 1462.0
        store.finish_session(session_id, at + timedelta(minutes=1), 60.0, WorkTally(1462, done))
    target = write_report(
        tmp_path / "week.pdf",
        store,
        reference,
        since=START,
        until=START + timedelta(days=7),
        tz=UTC,
        printed=PRINTED,
    )
    text = pdf_text(target)
    assert "5 Jan 2026 – 11 Jan 2026 6 7 below target" in text
    assert "at least one complete session: one with 90 % or more of its planned exercise" in text


def test_every_check_in_says_what_asked_for_it(
    qtbot: QtBot, store: HistoryStore, reference: Reference
) -> None:
    for day, trigger in enumerate(RedFlagTrigger, start=5):
        store.add_red_flags(RedFlagCheckIn(datetime(2026, 1, day, 7, tzinfo=UTC), trigger, {}))
    document = report_document(store, reference, since=START, until=UNTIL, tz=UTC, printed=PRINTED)
    checkins = tables(document)[-1]
    assert [cell_text(checkins, row, 1) for row in range(1, checkins.rows())] == [
        "before the first session",
        "fortnightly check",
        "after sharp pain",
        "asked by the user",
        "again after a yes",
    ]
