"""A period's exercise outcomes (from the steps stored) and movement-break tallies."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hipcoach.core.clock import ManualClock
from hipcoach.core.history import BreakAction, BreakRecord, HistoryStore, StepRecord
from hipcoach.core.history_records import BreakPartRecord, PartOutcome
from hipcoach.core.period_summary import (
    SET_MOVE,
    BreakTally,
    ExerciseOutcome,
    PartTally,
    break_summary,
    exercise_outcomes,
    part_summary,
)

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3", clock=ManualClock(MONDAY)).store as opened:
        yield opened


def row(
    session_id: int,
    index: int,
    exercise_id: str,
    outcome: str = "completed",
    *,
    side: str | None = None,
    set: int | None = None,
    rep: int | None = None,
) -> StepRecord:
    return StepRecord(
        session_id, index, exercise_id, side, set, rep, outcome, 5.0, MONDAY + timedelta(minutes=1)
    )


def test_reps_and_sets_are_counted_per_side_with_the_worst_part_deciding() -> None:
    steps = [
        # a held stretch: 2 sets per side; the right side's second set was skipped
        row(1, 0, "kneel", side="left", set=1),
        row(1, 1, "kneel", side="left", set=2),
        row(1, 2, "kneel", side="right", set=1),
        row(1, 3, "kneel", "skipped", side="right", set=2),
        # paced reps: rep 2's lift was skipped but its lowering done -> skipped
        row(1, 5, "bridge", set=1, rep=1),
        row(1, 6, "bridge", "skipped", set=1, rep=2),
        row(1, 8, "bridge", set=1, rep=2),
        row(1, 9, "bridge", "stopped-for-pain", set=1, rep=3),
        row(1, 10, "bridge", "stopped-for-pain", set=1, rep=4),
        # the session ended on the last exercise
        row(1, 12, "march", "stopped", set=1),
    ]
    assert exercise_outcomes(steps) == (
        ExerciseOutcome("kneel", "sets", done=3, skipped=1, stopped=0, pain=0),
        ExerciseOutcome("bridge", "reps", done=1, skipped=1, stopped=0, pain=2),
        ExerciseOutcome("march", "sets", done=0, skipped=0, stopped=1, pain=0),
    )
    assert [outcome.recorded for outcome in exercise_outcomes(steps)] == [4, 4, 1]


def test_the_same_unit_in_two_sessions_counts_twice() -> None:
    steps = [row(1, 0, "kneel", set=1), row(2, 0, "kneel", "skipped", set=1)]
    assert exercise_outcomes(steps) == (ExerciseOutcome("kneel", "sets", 1, 1, 0, 0),)


def test_a_step_recorded_again_counts_by_its_last_row() -> None:
    """Going back records a step again: the later row is what happened in the end."""
    steps = [row(1, 4, "bridge", "skipped", rep=7), row(1, 4, "bridge", rep=7)]
    assert exercise_outcomes(steps) == (ExerciseOutcome("bridge", "reps", 1, 0, 0, 0),)


def test_no_steps_no_outcomes() -> None:
    assert exercise_outcomes([]) == ()


def test_steps_between_follow_the_sessions_start(store: HistoryStore) -> None:
    first = store.start_session("daily", MONDAY)
    second = store.start_session("daily", MONDAY + timedelta(days=1))
    store.record_step(row(second, 0, "kneel", set=1))
    store.record_step(row(first, 0, "kneel", "skipped", set=1))
    store.record_step(row(first, 1, "bridge", rep=1))
    assert [(s.session_id, s.step_index) for s in store.steps_between()] == [
        (first, 0),
        (first, 1),
        (second, 0),
    ]
    tuesday = MONDAY + timedelta(hours=12)
    assert [s.session_id for s in store.steps_between(since=tuesday)] == [second]
    assert [s.session_id for s in store.steps_between(until=tuesday)] == [first, first]


def shown(move: str, action: BreakAction) -> BreakRecord:
    return BreakRecord(MONDAY, MONDAY, None, action, None, move, False)


def test_breaks_are_tallied_per_move_and_in_total() -> None:
    summary = break_summary(
        [
            shown("stretch", BreakAction.DONE),
            shown("walk", BreakAction.SNOOZED),
            shown("stretch", BreakAction.SKIPPED),
            shown("walk", BreakAction.DONE),
            shown("stretch", BreakAction.SHOWN),  # closed without an answer
            shown("walk", BreakAction.DONE),
        ]
    )
    assert summary.by_move == (
        BreakTally("stretch", shown=3, done=1, snoozed=0, skipped=1),
        BreakTally("walk", shown=3, done=2, snoozed=1, skipped=0),
    )
    assert summary.total == BreakTally(None, shown=6, done=3, snoozed=1, skipped=1)
    assert [tally.unanswered for tally in summary.by_move] == [1, 0]
    assert summary.total.unanswered == 1


def test_no_breaks_tally_to_zero() -> None:
    summary = break_summary([])
    assert summary.by_move == ()
    assert summary.total == BreakTally(None)
    assert summary.total.unanswered == 0


def test_a_break_of_several_parts_counts_as_the_set_and_its_parts_per_move() -> None:
    one_move = replace(shown("walk", BreakAction.DONE), id=1)
    whole_set = replace(shown("stretch", BreakAction.DONE), id=2)
    cut_short = replace(shown("stretch", BreakAction.SKIPPED), id=3)
    parts = {
        2: (
            BreakPartRecord(0, "stretch", PartOutcome.DONE, 40.0),
            BreakPartRecord(1, "walk", PartOutcome.SKIPPED, reason="no-time"),
        ),
        3: (
            BreakPartRecord(0, "stretch", PartOutcome.SNOOZED),
            BreakPartRecord(1, "walk", PartOutcome.NOT_REACHED),
        ),
    }
    summary = break_summary([one_move, whole_set, cut_short], parts)
    assert summary.by_move == (
        BreakTally("walk", shown=1, done=1),
        BreakTally(SET_MOVE, shown=2, done=1, skipped=1),
    )
    assert part_summary(parts) == (
        PartTally("stretch", done=1, snoozed=1),
        PartTally("walk", skipped=1, not_reached=1),
    )
    assert part_summary({}) == ()
