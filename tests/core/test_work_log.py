"""History rows of a session: one per unit of work, every planned unit, whatever happened."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hipcoach.core.adherence import SessionStatus, planned_work_seconds
from hipcoach.core.clock import ManualClock
from hipcoach.core.history import HistoryStore, StepRecord
from hipcoach.core.plan import Plan, PlanPreferences, compile_plan
from hipcoach.core.session import Event, RunnerState, SessionRunner
from hipcoach.core.work_log import WorkLog
from tests.core.factories import exercise, hold, library_of, paced, routine

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
PREFS = PlanPreferences(get_ready_seconds=10, phase_intro_seconds=5, switch_seconds=5)


def routine_plan() -> Plan:
    """Intro 5, get ready 10, 40 s per side (15–55, 60–100), intro, get ready, 4 bridges.

    The bridges start at 115 s; each takes 2 + 5 + 3 s.
    """
    kneel = exercise("kneel", dosage=hold(40), per_side=True)
    bridge = exercise("bridge", dosage=paced(4, lift=2, top=5, lower=3))
    return compile_plan(
        routine(("Stretch", ["kneel"]), ("Strengthen", ["bridge"])),
        library_of(kneel, bridge),
        PREFS,
    )


def rows_of(plan: Plan, actions: dict[int, str], *, stop_at: int | None = None) -> list[StepRecord]:
    """Run ``plan`` second by second, calling runner commands at the seconds given.

    Returns the rows its work log gives, in order. With ``stop_at`` the run
    ends there as if the process died (no more events). After a sharp-pain
    stop the user chooses to go on with the next exercise.
    """
    clock = ManualClock()
    runner = SessionRunner(plan, clock, max_gap_seconds=None)
    log = WorkLog(plan, session_id=1)
    rows: list[StepRecord] = []

    def take(events: list[Event]) -> None:
        for event in events:
            rows.extend(log.rows(event, NOW))

    take(runner.start())
    for second in range(400):
        if runner.state is not RunnerState.RUNNING or second == stop_at:
            break
        if second in actions:
            take(getattr(runner, actions[second])())
            if actions[second] == "stop_for_pain":
                take(runner.resume())
        clock.advance(1.0)
        take(runner.advance())
    return rows


def described(rows: list[StepRecord]) -> list[tuple[str, str | None, int | None, str]]:
    return [(row.exercise_id, row.side, row.rep, row.outcome) for row in rows]


def test_a_whole_run_has_one_row_per_set_and_per_paced_rep() -> None:
    rows = rows_of(routine_plan(), {})
    assert described(rows) == [
        ("kneel", "left", None, "completed"),
        ("kneel", "right", None, "completed"),
        *[("bridge", None, rep, "completed") for rep in (1, 2, 3, 4)],
    ]
    assert [row.planned_seconds for row in rows] == [40, 40, 10, 10, 10, 10]
    assert [row.active_seconds for row in rows] == pytest.approx([40, 40, 10, 10, 10, 10])
    steps = routine_plan().steps
    bridges = [step for step in steps if step.rep is not None and step.part == "lift"]
    assert [row.step_index for row in rows[2:]] == [steps.index(step) for step in bridges]


def test_tapping_through_with_next_exercise_leaves_a_skipped_row_for_every_unit() -> None:
    rows = rows_of(routine_plan(), dict.fromkeys(range(6), "skip_exercise"))
    assert described(rows) == [
        ("kneel", "left", None, "skipped"),
        ("kneel", "right", None, "skipped"),
        *[("bridge", None, rep, "skipped") for rep in (1, 2, 3, 4)],
    ]
    assert all(row.active_seconds == 0 and row.done_seconds == 0 for row in rows)


def test_a_stopped_session_names_the_work_it_never_reached() -> None:
    rows = rows_of(routine_plan(), {30: "stop"})
    assert [row.outcome for row in rows] == ["stopped", *["not-reached"] * 5]
    assert rows[0].done_seconds == pytest.approx(15)


def test_sharp_pain_stops_the_rest_of_the_exercise_on_record() -> None:
    # Pain in the lift of the second bridge (rep 2 starts at 125 s).
    rows = rows_of(routine_plan(), {126: "stop_for_pain"})
    assert described(rows) == [
        ("kneel", "left", None, "completed"),
        ("kneel", "right", None, "completed"),
        ("bridge", None, 1, "completed"),
        ("bridge", None, 2, "stopped-for-pain"),
        ("bridge", None, 3, "stopped-for-pain"),
        ("bridge", None, 4, "stopped-for-pain"),
    ]
    assert rows[3].pain_stopped_seconds == pytest.approx(9)
    assert rows[4].pain_stopped_seconds == 10


def test_going_back_within_a_rep_keeps_it_one_row() -> None:
    # In the hold of rep 1 (118–123 s), go back to its start, then let it run.
    rows = rows_of(routine_plan(), {120: "back"})
    bridge_rows = [row for row in rows if row.exercise_id == "bridge"]
    assert [(row.rep, row.outcome) for row in bridge_rows] == [
        (rep, "completed") for rep in (1, 2, 3, 4)
    ]
    assert bridge_rows[0].active_seconds == pytest.approx(10)  # the latest run of each part


def test_skipping_one_part_makes_the_rep_skipped_in_one_row() -> None:
    rows = rows_of(routine_plan(), {118: "skip"})  # the hold of rep 1
    assert [(row.rep, row.outcome) for row in rows if row.exercise_id == "bridge"] == [
        (1, "skipped"),
        *[(rep, "completed") for rep in (2, 3, 4)],
    ]


def test_every_planned_unit_has_a_row_whatever_the_user_did() -> None:
    plan = routine_plan()
    for actions in ({}, {20: "skip_exercise"}, {70: "stop_for_pain"}, {119: "stop"}, {3: "skip"}):
        rows = rows_of(plan, actions)
        units = {
            (step.exercise_index, step.side, step.set, step.rep)
            for step in plan.steps
            if step.is_work
        }
        firsts = [plan.steps[row.step_index] for row in rows]
        recorded = {
            (first.exercise_index, first.side, row.set, row.rep)
            for first, row in zip(firsts, rows, strict=True)
        }
        assert recorded == units, actions


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3", clock=ManualClock(NOW)).store as opened:
        yield opened


def test_the_stored_status_follows_the_rows_even_if_the_session_never_ends(
    store: HistoryStore,
) -> None:
    plan = routine_plan()
    session_id = store.start_session("test", NOW, work_planned_seconds=planned_work_seconds(plan))
    # The process dies in the right side's hold (60 s in): the left side is on record.
    for row in rows_of(plan, {}, stop_at=70):
        store.record_step(StepRecord(**{**row.__dict__, "session_id": session_id}))
    (session,) = store.sessions()
    assert session.ended_at is None
    assert (session.work_done_seconds, session.work_planned_seconds) == (40, 120)
    assert session.status is SessionStatus.PARTIAL


def test_the_finished_session_takes_the_runner_s_own_account(store: HistoryStore) -> None:
    plan = routine_plan()
    session_id = store.start_session("test", NOW, work_planned_seconds=planned_work_seconds(plan))
    # Left side done, then back from the switch to do it again: two rows for one unit.
    rows = rows_of(plan, {56: "back"})
    assert [row.side for row in rows[:3]] == ["left", "left", "right"]
    for row in rows:
        store.record_step(StepRecord(**{**row.__dict__, "session_id": session_id}))
    assert store.sessions()[0].work_done_seconds == 160  # the rows add up to more than planned
    clock = ManualClock()
    runner = SessionRunner(plan, clock, max_gap_seconds=None)
    runner.start()
    for second in range(400):
        if runner.state is not RunnerState.RUNNING:
            break
        if second == 56:
            runner.back()
        clock.advance(1.0)
        runner.advance()
    summary = runner.summary()
    store.finish_session(session_id, NOW, summary.active_seconds, summary.work)
    (session,) = store.sessions()
    assert (session.work_done_seconds, session.work_planned_seconds) == (120, 120)
    assert session.status is SessionStatus.COMPLETE
