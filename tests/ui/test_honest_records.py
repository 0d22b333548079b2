"""The whole app keeps honest records: a session tapped through is not a done day anywhere."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hipcoach.app import HipCoach
from hipcoach.core.adherence import SessionStatus, WorkTally, planned_work_seconds
from hipcoach.core.clock import ManualClock
from hipcoach.core.history import HistoryStore
from hipcoach.core.history_export import export_csv
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import Plan, compile_plan
from hipcoach.core.programme import DayStatus
from hipcoach.core.session import RunnerState, unit_steps
from tests.app_harness import MONDAY_9, AppHarness

YESTERDAY = MONDAY_9 - timedelta(days=1)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture
def harness(library: Library, tmp_path: Path) -> Iterator[AppHarness]:
    h = AppHarness(library, tmp_path)
    # The programme began yesterday with a whole session.
    path = h.paths.data_dir / "history.sqlite3"
    with HistoryStore.open(path, clock=ManualClock(YESTERDAY)).store as store:
        session_id = store.start_session("daily", YESTERDAY, work_planned_seconds=1462)
        store.finish_session(
            session_id, YESTERDAY + timedelta(minutes=30), 1800, WorkTally(1462, 1462)
        )
    yield h
    h.close()


def daily(library: Library) -> Plan:
    return compile_plan(library.routine("daily"), library)


def play(harness: AppHarness, coach: HipCoach, plan: Plan, *, skip_after: float) -> None:
    """Run ``plan``: follow it for ``skip_after`` seconds, then press Shift+→ every second."""
    coach.player.start(plan)
    elapsed = 0.0
    for _ in range(5000):
        runner = coach.session_driver.runner
        if runner is None or runner.state is not RunnerState.RUNNING:
            return
        if elapsed >= skip_after:
            coach.player.command("skip_exercise")
        harness.clock.advance(1.0)
        elapsed += 1.0
        coach.session_driver.poll()
    raise AssertionError("the session did not end")


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def test_a_whole_routine_skipped_with_shift_right_is_recorded_as_abandoned(
    harness: AppHarness, library: Library, tmp_path: Path, qtbot: QtBot
) -> None:
    coach = harness.start()
    plan = daily(library)
    play(harness, coach, plan, skip_after=0)

    summary = coach.player.summary
    assert summary.title.text() == "Session skipped"
    assert "not counted" in summary.status_label.text()

    history = coach.history
    assert history is not None
    skipped = history.sessions()[-1]
    assert skipped.ended_at is not None
    assert (skipped.status, skipped.completed) == (SessionStatus.ABANDONED, False)
    assert skipped.work_planned_seconds == planned_work_seconds(plan) == 1462
    steps = history.steps(skipped.id)
    assert len(steps) == len(unit_steps(plan))  # a row for every set and rep of the plan
    assert {step.outcome for step in steps} == {"skipped"}

    progress = coach.ui.progress
    assert progress is not None
    progress.refresh()
    assert progress.today_label.text() == "Day 2 of your first two weeks: today's session is due."
    assert progress.streak_label.text() == "1-day streak"  # yesterday only
    assert progress.calendar.status_on(MONDAY_9.date()) == DayStatus.DUE_TODAY.name

    written = dict((path.name, path) for path in export_csv(history, tmp_path / "csv"))
    last = rows(written["sessions.csv"])[-1]
    assert [last[key] for key in ("completed", "status", "work_planned_seconds")] == [
        "false",
        "abandoned",
        "1462.0",
    ]
    assert float(last["work_done_seconds"]) < 0.2 * 1462
    exported = [row for row in rows(written["steps.csv"]) if row["session_id"] == str(skipped.id)]
    assert len(exported) == len(unit_steps(plan))
    assert {row["outcome"] for row in exported} == {"skipped"}


def test_the_release_phase_alone_is_a_partial_day(
    harness: AppHarness, library: Library, qtbot: QtBot
) -> None:
    coach = harness.start()
    plan = daily(library)
    release = next(phase for phase in plan.phases if phase.name == "Release")
    # Follow the release phase (and the stretch intro), then skip everything else.
    play(harness, coach, plan, skip_after=release.planned_seconds + 5)

    summary = coach.player.summary
    assert summary.title.text() == "Session partly done"
    assert "Nice work" not in summary.status_label.text()
    history = coach.history
    assert history is not None
    session = history.sessions()[-1]
    assert session.status is SessionStatus.PARTIAL
    assert session.work_done_seconds == 360

    progress = coach.ui.progress
    assert progress is not None
    progress.refresh()
    assert "you've made a start today" in progress.today_label.text()
    assert "today's session is done" not in progress.today_label.text()
    assert progress.streak_label.text() == "1-day streak"
