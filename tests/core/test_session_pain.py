"""Stopping for sharp pain: the runner pauses at the press and waits for the user's choice."""

from __future__ import annotations

from hipcoach.core.clock import ManualClock
from hipcoach.core.exercises import Category
from hipcoach.core.plan import Plan, PlanPreferences, Side, StepKind, compile_plan
from hipcoach.core.session import (
    Outcome,
    PainReported,
    Paused,
    Resumed,
    RunnerState,
    SessionEnded,
    SessionRunner,
    StepEnded,
    StepStarted,
)
from tests.core.factories import exercise, hold, library_of, paced, routine

PREFS = PlanPreferences(get_ready_seconds=10, phase_intro_seconds=5, switch_seconds=5)


def strengthen_plan() -> Plan:
    """A bridge (2 sets of 2 paced reps, 20 s rest), then a dead bug, in one phase."""
    bridge = exercise(
        "bridge", dosage=paced(2, sets=2, lift=2, top=5, lower=3), category=Category.STRENGTHEN
    )
    bug = exercise(
        "bug",
        dosage=paced(2, lift=2, lower=2),
        per_side=True,
        alternating=True,
        category=Category.STRENGTHEN,
    )
    return compile_plan(routine(("Strengthen", ["bridge", "bug"])), library_of(bridge, bug), PREFS)


def into_bridge(clock: ManualClock, seconds: float) -> SessionRunner:
    """Return a runner ``seconds`` into the bridge's first rep (intro 5 s, ready 10 s)."""
    runner = SessionRunner(strengthen_plan(), clock)
    runner.start()
    for _ in range(round((15 + seconds) * 4)):
        clock.advance(0.25)
        runner.advance()
    return runner


def test_pain_pauses_at_the_press_and_nothing_moves_while_the_choice_waits() -> None:
    clock = ManualClock()
    runner = into_bridge(clock, 3.5)  # 1.5 s into the 5 s squeeze of rep 1
    pained = runner.index
    step = runner.current_step
    assert step is not None
    assert step.exercise is not None
    assert (step.exercise.id, step.rep, step.part) == ("bridge", 1, "hold")
    before = runner.snapshot()
    events = runner.stop_for_pain()
    assert events[0] == PainReported(pained, step, 1018.5)
    ended = [e for e in events if isinstance(e, StepEnded)]
    assert [(e.index, e.outcome, e.active_seconds) for e in ended] == [(pained, Outcome.PAIN, 1.5)]
    assert events[-1] == Paused(1018.5)
    assert runner.state is RunnerState.PAUSED
    assert runner.awaiting_pain_choice
    waiting = runner.snapshot()
    assert waiting.awaiting_pain_choice
    assert waiting.remaining == before.remaining == 3.5
    assert runner.next_wakeup(clock.monotonic()) is None

    clock.advance(600)  # ten minutes reading the advice
    assert runner.advance() == []
    for command in (runner.skip, runner.back, runner.done, runner.restart_step, runner.pause):
        assert command() == []
    assert runner.skip_exercise() == []
    assert runner.stop_for_pain() == []
    later = runner.snapshot()
    assert (later.index, later.remaining, later.display_seconds) == (pained, 3.5, 4)
    assert later.active_seconds == before.active_seconds == 18.5
    assert later.state is RunnerState.PAUSED


def test_the_rest_of_the_exercise_is_recorded_as_stopped_for_pain() -> None:
    clock = ManualClock()
    runner = into_bridge(clock, 3.5)
    runner.stop_for_pain()
    bridge = next(r for r in runner.summary().results if r.exercise_id == "bridge")
    assert (bridge.planned, bridge.completed, bridge.pain, bridge.skipped) == (4, 0, 4, 0)
    bug = {r.side: r for r in runner.summary().results if r.exercise_id == "bug"}
    assert all(r.pain == 0 and r.completed == 0 for r in bug.values())


def test_going_on_starts_the_next_exercise_from_its_beginning_at_that_moment() -> None:
    clock = ManualClock()
    runner = into_bridge(clock, 3.5)
    runner.stop_for_pain()
    clock.advance(42)
    events = runner.resume()
    assert events[0] == Resumed(1060.5)
    started = [e for e in events if isinstance(e, StepStarted)]
    assert len(started) == 1
    step = started[0].step
    assert step.kind is StepKind.GET_READY
    assert step.exercise is not None
    assert step.exercise.id == "bug"
    assert not any(isinstance(e, StepEnded) for e in events)  # the pained step keeps its outcome
    assert runner.state is RunnerState.RUNNING
    assert not runner.awaiting_pain_choice
    assert runner.remaining(clock.monotonic()) == 10.0
    assert runner.next_wakeup(clock.monotonic()) == 1061.5
    clock.advance(10)
    runner.advance()
    now = runner.current_step
    assert now is not None
    assert (now.kind, now.side, now.rep) == (StepKind.WORK, Side.LEFT, 1)


def test_space_after_a_pain_stop_goes_on_like_resume() -> None:
    clock = ManualClock()
    runner = into_bridge(clock, 1)
    runner.stop_for_pain()
    runner.toggle_pause()
    step = runner.current_step
    assert step is not None
    assert step.exercise is not None
    assert (step.kind, step.exercise.id) == (StepKind.GET_READY, "bug")


def test_ending_the_session_after_a_pain_stop_keeps_the_pain_outcome() -> None:
    clock = ManualClock()
    runner = into_bridge(clock, 3.5)
    runner.stop_for_pain()
    clock.advance(30)
    events = runner.stop()
    assert not any(isinstance(e, StepEnded) for e in events)
    (ended,) = [e for e in events if isinstance(e, SessionEnded)]
    assert runner.state is RunnerState.STOPPED
    assert not runner.awaiting_pain_choice
    assert ended.summary.active_seconds == 18.5  # the 30 s waiting are not counted
    bridge = next(r for r in ended.summary.results if r.exercise_id == "bridge")
    assert bridge.pain == 4


def test_pain_on_a_paused_session_keeps_it_paused_without_a_second_pause() -> None:
    clock = ManualClock()
    runner = into_bridge(clock, 1)
    runner.pause()
    clock.advance(20)
    events = runner.stop_for_pain()
    assert not any(isinstance(e, Paused) for e in events)
    ended = [e for e in events if isinstance(e, StepEnded)]
    assert [(e.outcome, e.active_seconds) for e in ended] == [(Outcome.PAIN, 1.0)]
    assert runner.awaiting_pain_choice
    assert runner.snapshot().active_seconds == 16.0


def test_going_on_after_pain_in_the_last_exercise_ends_the_session() -> None:
    clock = ManualClock()
    runner = into_bridge(clock, 1)
    runner.skip_exercise()  # to the dead bug's get ready
    runner.stop_for_pain()
    events = runner.resume()
    assert runner.state is RunnerState.FINISHED
    assert any(isinstance(e, SessionEnded) for e in events)


def test_pain_outside_an_exercise_is_ignored() -> None:
    clock = ManualClock()
    kneel = exercise("kneel", dosage=hold(30))
    runner = SessionRunner(
        compile_plan(routine(("Stretch", ["kneel"])), library_of(kneel), PREFS), clock
    )
    runner.start()  # the phase intro belongs to no exercise
    assert runner.stop_for_pain() == []
    assert runner.state is RunnerState.RUNNING
    assert not runner.awaiting_pain_choice
