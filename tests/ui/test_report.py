"""The PDF report for a physiotherapist, checked with poppler's tools where installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hipcoach.core.adherence import WorkTally
from hipcoach.core.history import HistoryStore, PainEntry, RedFlagCheckIn
from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.reference import Reference
from hipcoach.ui.report import REPORT_TITLE, write_report

START = date(2026, 1, 5)
UNTIL = date(2026, 1, 26)
NOTE = "Stairs hurt this morning"


@pytest.fixture(scope="module")
def reference() -> Reference:
    found = load_library(bundled_resources_dir()).reference
    assert found is not None
    return found


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(
        tmp_path / "data" / "history.sqlite3", now=datetime(2026, 1, 5, tzinfo=UTC)
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
                "before",
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
            datetime(2026, 1, 5, 7, tzinfo=UTC), "first-session", dict.fromkeys(flags, False)
        )
    )
    store.add_red_flags(
        RedFlagCheckIn(
            datetime(2026, 1, 19, 7, tzinfo=UTC),
            "fortnightly",
            {flag: flag == "nerve-symptoms" for flag in flags},
        )
    )


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed, so the PDF's text can't be read")
    result = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


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
    write_report(target, store, reference, since=date(2026, 1, 12), until=UNTIL, tz=UTC)
    text = pdf_text(target)
    assert NOTE not in text  # written on 8 Jan
    assert not re.search(r"\b8 Jan 2026 08:00", text)
    assert "12 Jan 2026 08:00" in text


def test_a_report_before_any_session_still_writes(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    target = write_report(
        tmp_path / "empty.pdf", store, reference, since=START, until=UNTIL, tz=UTC
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert "programme has not started" in pdf_text(target)


def test_replacing_a_report_and_failing_leave_no_temporary_files(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    seed(store, reference)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    write_report(target, store, reference, since=START, until=UNTIL, tz=UTC)
    assert target.read_bytes().startswith(b"%PDF")
    with pytest.raises(FileNotFoundError):
        write_report(
            tmp_path / "missing" / "r.pdf", store, reference, since=START, until=UNTIL, tz=UTC
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "report.pdf"]


def test_a_period_that_ends_before_it_starts_is_refused(
    qtbot: QtBot, store: HistoryStore, reference: Reference, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="before it starts"):
        write_report(tmp_path / "r.pdf", store, reference, since=UNTIL, until=START, tz=UTC)
    assert not (tmp_path / "r.pdf").exists()


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
    )
    text = pdf_text(target)
    assert "5 Jan 2026 – 11 Jan 2026 6 7 below target" in text
    assert "at least one complete session: one with 90 % or more of its planned exercise" in text
