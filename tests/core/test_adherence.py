"""What a session counts as: the thresholds, sharp pain, paced sets and whole runs."""

from __future__ import annotations

import pytest

from hipcoach.core.adherence import (
    COMPLETE_SHARE,
    PACED_REP_SECONDS,
    PARTIAL_SHARE,
    SessionStatus,
    WorkTally,
    estimated_status,
    planned_work_seconds,
)
from hipcoach.core.clock import ManualClock
from hipcoach.core.exercises import Amount, Dosage
from hipcoach.core.plan import Plan, PlanPreferences, compile_plan
from hipcoach.core.session import Outcome, RunnerState, SessionRunner
from tests.core.factories import exercise, hold, library_of, paced, routine

PREFS = PlanPreferences(get_ready_seconds=10, phase_intro_seconds=5, switch_seconds=5)


def test_the_thresholds_are_nine_tenths_and_a_fifth() -> None:
    assert (COMPLETE_SHARE, PARTIAL_SHARE) == (0.9, 0.2)


@pytest.mark.parametrize(
    ("done", "status"),
    [
        (1000, SessionStatus.COMPLETE),
        (900, SessionStatus.COMPLETE),
        (899, SessionStatus.PARTIAL),
        (200, SessionStatus.PARTIAL),
        (199, SessionStatus.ABANDONED),
        (25, SessionStatus.ABANDONED),
        (0, SessionStatus.ABANDONED),
    ],
)
def test_the_status_follows_the_share_of_planned_work_done(
    done: float, status: SessionStatus
) -> None:
    assert WorkTally(1000, done).status is status


def test_nothing_planned_counts_as_nothing_done() -> None:
    assert WorkTally(0, 0).share == 0.0
    assert WorkTally(0, 0).status is SessionStatus.ABANDONED
    assert not SessionStatus.ABANDONED.counts
    assert SessionStatus.PARTIAL.counts
    assert SessionStatus.COMPLETE.counts


def test_work_stopped_for_sharp_pain_is_left_out_up_to_half_the_plan() -> None:
    # One exercise of a fifth of the plan stopped for pain, the rest done: complete.
    assert WorkTally(1000, 800, pain_stopped_seconds=200).status is SessionStatus.COMPLETE
    # The same without the pain stop (skipped instead) is only partial.
    assert WorkTally(1000, 800).status is SessionStatus.PARTIAL
    # Stopping everything for pain does not make a session: at most half is left out.
    everything = WorkTally(1000, 30, pain_stopped_seconds=970)
    assert everything.measured_against == 500
    assert everything.status is SessionStatus.ABANDONED
    assert WorkTally(1000, 300, pain_stopped_seconds=700).status is SessionStatus.PARTIAL


def test_a_session_recorded_before_its_plan_is_judged_against_the_fullest_of_its_routine() -> None:
    assert estimated_status(780, 800, pain_stop=False) is SessionStatus.COMPLETE
    assert estimated_status(300, 800, pain_stop=False) is SessionStatus.PARTIAL
    assert estimated_status(20, 800, pain_stop=False) is SessionStatus.ABANDONED
    assert estimated_status(500, 800, pain_stop=True) is SessionStatus.COMPLETE
    assert estimated_status(0, 0, pain_stop=False) is SessionStatus.ABANDONED


def routine_plan() -> Plan:
    """A 40 s stretch per side, then 4 paced bridges of 2+5+3 s: 80 + 40 s of work."""
    kneel = exercise("kneel", dosage=hold(40), per_side=True)
    bridge = exercise("bridge", dosage=paced(4, lift=2, top=5, lower=3))
    return compile_plan(
        routine(("Stretch", ["kneel"]), ("Strengthen", ["bridge"])),
        library_of(kneel, bridge),
        PREFS,
    )


def test_planned_work_counts_holds_and_paced_reps_and_a_set_at_your_own_pace() -> None:
    assert planned_work_seconds(routine_plan()) == 80 + 40
    own_pace = exercise("squeeze", dosage=Dosage(reps=Amount.exactly(10), sets=Amount.exactly(2)))
    plan = compile_plan(routine(("Move", ["squeeze"])), library_of(own_pace), PREFS)
    assert planned_work_seconds(plan) == 2 * 10 * PACED_REP_SECONDS


def drive(plan: Plan, actions: dict[int, str], seconds: float = 400) -> SessionRunner:
    """Run ``plan`` second by second; at the seconds given, call the runner command named.

    After a sharp-pain stop the user chooses to go on with the next exercise.
    """
    clock = ManualClock()
    runner = SessionRunner(plan, clock, max_gap_seconds=None)
    runner.start()
    for second in range(int(seconds)):
        if runner.state is not RunnerState.RUNNING:
            break
        if second in actions:
            getattr(runner, actions[second])()
            if actions[second] == "stop_for_pain":
                runner.resume()
        clock.advance(1.0)
        runner.advance()
    return runner


def test_tapping_through_a_whole_routine_is_abandoned_though_it_ran_to_the_end() -> None:
    runner = drive(routine_plan(), dict.fromkeys(range(8), "skip_exercise"))
    summary = runner.summary()
    assert summary.finished
    assert summary.status is SessionStatus.ABANDONED
    assert summary.work == WorkTally(120, 0, 0)
    assert {unit.outcome for unit in summary.units} == {Outcome.SKIPPED}
    assert len(summary.units) == 2 + 4  # two sides, four reps


def test_a_routine_without_its_strengthening_is_partial() -> None:
    runner = drive(routine_plan(), {101: "skip_exercise", 102: "skip_exercise"})
    summary = runner.summary()
    assert summary.finished
    assert summary.work.done_seconds == 80
    assert summary.status is SessionStatus.PARTIAL


def test_a_whole_routine_is_complete_and_a_sharp_pain_stop_does_not_spoil_it() -> None:
    assert drive(routine_plan(), {}).summary().status is SessionStatus.COMPLETE
    # Sharp pain 5 s into the right side (60 s in): the rest of that side is left out.
    summary = drive(routine_plan(), {65: "stop_for_pain"}).summary()
    assert [unit.outcome for unit in summary.units[:2]] == [Outcome.COMPLETED, Outcome.PAIN]
    assert summary.work.pain_stopped_seconds == pytest.approx(35)
    assert summary.status is SessionStatus.COMPLETE


def test_work_never_reached_after_a_stop_is_named_so() -> None:
    runner = drive(routine_plan(), {30: "stop"})
    summary = runner.summary()
    assert not summary.finished
    assert [unit.outcome for unit in summary.units] == [
        Outcome.STOPPED,
        *[Outcome.NOT_REACHED] * 5,
    ]
    assert summary.work.done_seconds == pytest.approx(15, abs=1)
    assert summary.status is SessionStatus.ABANDONED
