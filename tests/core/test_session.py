"""The session runner against a manual clock: deadlines, cues, controls, sleep."""

from __future__ import annotations

from collections import Counter, defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from hipcoach.core.clock import ManualClock
from hipcoach.core.plan import Plan, PlanPreferences, Side, StepKind, compile_plan
from hipcoach.core.session import (
    CueDue,
    CueKind,
    Event,
    Outcome,
    Paused,
    RunnerState,
    SessionEnded,
    SessionRunner,
    StepEnded,
    StepStarted,
)
from tests.core.factories import exercise, hold, library_of, paced, routine

PREFS = PlanPreferences(get_ready_seconds=10, phase_intro_seconds=5, switch_seconds=5)


def stretch_plan(seconds: int = 45, sets: int = 1) -> Plan:
    kneel = exercise("kneel", dosage=hold(seconds, sets=sets, rest=15), per_side=True)
    return compile_plan(routine(("Stretch", ["kneel"])), library_of(kneel), PREFS)


def two_phase_plan() -> Plan:
    kneel = exercise("kneel", dosage=hold(40), per_side=True)
    bridge = exercise("bridge", dosage=paced(2, lift=2, top=5, lower=3))
    return compile_plan(
        routine(("Stretch", ["kneel"]), ("Strengthen", ["bridge"])),
        library_of(kneel, bridge),
        PREFS,
    )


def started(plan: Plan, clock: ManualClock, **options: float | None) -> SessionRunner:
    runner = SessionRunner(plan, clock, **options)  # type: ignore[arg-type]
    runner.start()
    return runner


def run_for(
    runner: SessionRunner, clock: ManualClock, seconds: float, step: float = 0.25
) -> list[Event]:
    """Advance like a driver that wakes every ``step`` seconds."""
    events: list[Event] = []
    elapsed = 0.0
    while elapsed < seconds - 1e-9:
        delta = min(step, seconds - elapsed)
        clock.advance(delta)
        elapsed += delta
        events += runner.advance()
    return events


def kind_now(runner: SessionRunner) -> StepKind | None:
    step = runner.current_step
    return step.kind if step else None


def cues(events: list[Event]) -> list[tuple[CueKind, int | None]]:
    return [(e.kind, e.count) for e in events if isinstance(e, CueDue)]


def test_runs_to_the_end_on_planned_time_with_every_cue_once() -> None:
    clock = ManualClock()
    plan = stretch_plan()
    runner = SessionRunner(plan, clock)
    events = runner.start() + run_for(runner, clock, plan.total_seconds + 1)
    assert runner.state is RunnerState.FINISHED
    ended = [e for e in events if isinstance(e, SessionEnded)]
    assert len(ended) == 1
    assert ended[0].at == 1000.0 + plan.total_seconds
    counted = Counter(cues(events))
    # get-ready (10 s) and both 45 s holds count down; the 5 s switch does not
    assert counted[(CueKind.COUNTDOWN, 3)] == 3
    assert counted[(CueKind.HALFWAY, None)] == 2
    assert counted[(CueKind.SWITCH_SIDE, None)] == 1
    assert counted[(CueKind.NEXT_EXERCISE, None)] == 1
    assert counted[(CueKind.SESSION_DONE, None)] == 1
    assert all(n == 1 for key, n in counted.items() if key[0] is CueKind.SESSION_DONE)


def test_late_wakeups_never_stretch_the_session() -> None:
    clock = ManualClock()
    plan = stretch_plan()
    runner = started(plan, clock)
    events: list[Event] = []
    while runner.state is RunnerState.RUNNING:
        clock.advance(1.37)  # always late relative to every boundary
        events += runner.advance()
    starts = [e.at - 1000.0 for e in events if isinstance(e, StepStarted)]
    planned = [
        float(sum(s.seconds or 0 for s in plan.steps[:n])) for n in range(1, len(plan.steps))
    ]
    assert starts == planned


def test_ten_minute_stall_catches_up_in_order_with_each_cue_once() -> None:
    clock = ManualClock()
    plan = two_phase_plan()
    runner = started(plan, clock, max_gap_seconds=None)
    clock.advance(600)
    events = runner.advance()
    assert runner.state is RunnerState.FINISHED
    moments = [e.at for e in events if hasattr(e, "at")]
    assert moments == sorted(moments)
    counted = Counter(cues(events))
    assert counted[(CueKind.PHASE_DONE, None)] == 2
    # two get-ready steps and two 40 s holds count down; intros and switches do not
    assert counted[(CueKind.COUNTDOWN, 1)] == 4
    assert counted[(CueKind.HALFWAY, None)] == 2
    assert max(counted.values()) <= 4
    ended = [e for e in events if isinstance(e, StepEnded)]
    assert [e.index for e in ended] == list(range(len(plan.steps) - 1))
    assert all(e.outcome is Outcome.COMPLETED for e in ended)


def test_a_jump_of_the_clock_pauses_at_the_last_seen_moment() -> None:
    clock = ManualClock()
    runner = started(stretch_plan(), clock)
    run_for(runner, clock, 20)  # intro 5 + get ready 10 + 5 s into the left hold
    assert runner.current_step is not None
    assert runner.current_step.side is Side.LEFT
    before = runner.remaining(clock.monotonic())
    clock.advance(3600)  # the laptop lid was closed for an hour
    events = runner.advance()
    assert events == [Paused(at=1020.0, automatic=True)]
    assert runner.state is RunnerState.PAUSED
    assert runner.remaining(clock.monotonic()) == before == 40.0
    runner.resume()
    run_for(runner, clock, 39.5)
    assert kind_now(runner) is StepKind.WORK
    run_for(runner, clock, 1)
    assert kind_now(runner) is StepKind.SWITCH_SIDE


def test_suspended_pauses_at_last_seen() -> None:
    clock = ManualClock()
    runner = started(stretch_plan(), clock)
    run_for(runner, clock, 7)
    clock.advance(0.5)
    assert runner.suspended() == [Paused(at=1007.0, automatic=True)]


def test_pause_across_a_boundary_keeps_the_remaining_time() -> None:
    clock = ManualClock()
    runner = started(stretch_plan(), clock)
    run_for(runner, clock, 4.5)
    runner.pause()
    clock.advance(100)  # paused across where the intro would have ended
    assert runner.advance() == []
    assert runner.index == 0
    assert runner.snapshot().display_seconds == 1
    runner.resume()
    events = run_for(runner, clock, 0.5)
    assert [e.index for e in events if isinstance(e, StepStarted)] == [1]
    assert runner.snapshot().active_seconds == 5.0


def test_skip_back_restart_and_done() -> None:
    clock = ManualClock()
    plan = stretch_plan()
    runner = started(plan, clock)
    runner.done()  # the intro can be cut short
    assert runner.index == 1
    runner.done()  # ready
    assert runner.index == 2
    assert runner.done() == []  # timed work is skipped, not "done"
    clock.advance(10)
    runner.advance()
    events = runner.skip()
    ended = [e for e in events if isinstance(e, StepEnded)]
    assert [(e.index, e.outcome, e.active_seconds) for e in ended] == [(2, Outcome.SKIPPED, 10.0)]
    assert runner.index == 3
    runner.back()
    assert runner.index == 2
    assert runner.remaining(clock.monotonic()) == 45.0
    clock.advance(30)
    runner.advance()
    runner.restart_step()
    assert runner.remaining(clock.monotonic()) == 45.0
    assert runner.index == 2


def test_back_within_tempo_reps_goes_to_the_start_of_a_rep() -> None:
    clock = ManualClock()
    plan = two_phase_plan()
    runner = started(plan, clock)
    hold_step = next(
        i for i, s in enumerate(plan.steps) if s.rep == 2 and s.part and s.part == "hold"
    )
    while runner.index != hold_step:
        runner.skip()
    runner.back()
    step = plan.steps[runner.index]
    assert (step.rep, step.part) == (2, "lift")
    runner.back()
    step = plan.steps[runner.index]
    assert (step.rep, step.part) == (1, "lift")


def test_skip_exercise_and_stop_for_pain() -> None:
    clock = ManualClock()
    plan = two_phase_plan()
    runner = started(plan, clock)
    runner.skip()  # intro -> get ready kneel
    runner.skip()  # -> left hold
    runner.stop_for_pain()
    runner.resume()  # go on with the next exercise
    step = runner.current_step
    assert step is not None
    assert step.kind is StepKind.PHASE_INTRO
    summary = runner.summary()
    kneel = {r.side: r for r in summary.results if r.exercise_id == "kneel"}
    assert kneel[Side.LEFT].pain == 1
    assert kneel[Side.RIGHT].pain == 1
    runner.skip()  # intro -> get ready bridge
    runner.skip_exercise()
    assert plan.steps[runner.index].kind is StepKind.DONE
    assert runner.state is RunnerState.FINISHED


def test_stop_reports_a_summary() -> None:
    clock = ManualClock()
    runner = started(stretch_plan(), clock)
    run_for(runner, clock, 15 + 45 + 5 + 10)
    events = runner.stop()
    assert runner.state is RunnerState.STOPPED
    (ended,) = [e for e in events if isinstance(e, SessionEnded)]
    summary = ended.summary
    assert summary.finished is False
    by_side = {r.side: r for r in summary.results}
    assert by_side[Side.LEFT].completed == 1
    assert by_side[Side.LEFT].work_seconds == 45.0
    assert by_side[Side.RIGHT].completed == 0
    assert by_side[Side.RIGHT].work_seconds == 10.0  # stopped 10 s into the right hold
    assert summary.active_seconds == 75.0
    assert runner.stop() == []


def test_display_is_the_ceiling_and_wakeups_land_on_boundaries() -> None:
    clock = ManualClock()
    runner = started(stretch_plan(), clock)
    assert runner.snapshot().display_seconds == 5
    clock.advance(0.2)
    assert runner.snapshot().display_seconds == 5
    assert runner.next_wakeup(clock.monotonic()) == 1001.0
    clock.advance(0.8)
    assert runner.snapshot().display_seconds == 4


def test_nothing_wakes_while_paused_or_idle() -> None:
    clock = ManualClock()
    runner = SessionRunner(stretch_plan(), clock)
    assert runner.next_wakeup(clock.monotonic()) is None
    runner.start()
    runner.pause()
    assert runner.next_wakeup(clock.monotonic()) is None


ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["wait", "pause", "resume", "skip"]),
        st.floats(min_value=0.05, max_value=20.0),
    ),
    max_size=40,
)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    count = draw(st.integers(min_value=1, max_value=3))
    exercises = []
    for n in range(count):
        if draw(st.booleans()):
            dosage = hold(draw(st.integers(1, 60)), sets=draw(st.integers(1, 3)), rest=5)
        else:
            dosage = paced(draw(st.integers(1, 4)), sets=draw(st.integers(1, 2)), top=2)
        exercises.append(
            exercise(
                f"e{n}",
                dosage=dosage,
                per_side=draw(st.booleans()),
                switch_seconds=draw(st.integers(1, 15)),
            )
        )
    return compile_plan(routine(("P", [e.id for e in exercises])), library_of(*exercises), PREFS)


def work_time_from_events(events: list[Event]) -> tuple[float, dict[Side | None, float]]:
    total, by_side = 0.0, defaultdict[Side | None, float](float)
    for event in events:
        if isinstance(event, StepEnded) and event.step.is_work:
            total += event.active_seconds
            by_side[event.step.side] += event.active_seconds
    return total, dict(by_side)


@settings(max_examples=150, deadline=None)
@given(plan=plans(), actions=ACTIONS)
def test_work_time_adds_up_whatever_the_user_does(
    plan: Plan, actions: list[tuple[str, float]]
) -> None:
    clock = ManualClock()
    runner = SessionRunner(plan, clock, max_gap_seconds=None)
    events = runner.start()
    skipped_remaining = 0.0
    for action, seconds in actions:
        if runner.state is RunnerState.FINISHED:
            break
        if action == "wait":
            clock.advance(seconds)
            events += runner.advance()
        elif action == "pause":
            events += runner.pause()
        elif action == "resume":
            events += runner.resume()
        elif action == "skip" and runner.state is RunnerState.RUNNING:
            events += runner.advance()
            step = runner.current_step
            if step is not None and step.is_work and runner.state is RunnerState.RUNNING:
                skipped_remaining += runner.remaining(clock.monotonic()) or 0.0
            events += runner.skip()
    events += runner.resume()
    while runner.state is RunnerState.RUNNING:
        clock.advance(7.0)
        events += runner.advance()
    done, _ = work_time_from_events(events)
    assert abs(done + skipped_remaining - plan.work_seconds) < 1e-6


@settings(max_examples=150, deadline=None)
@given(plan=plans(), pauses=st.lists(st.floats(0.1, 30.0), max_size=10))
def test_both_sides_get_equal_work_when_nothing_is_skipped(plan: Plan, pauses: list[float]) -> None:
    clock = ManualClock()
    runner = SessionRunner(plan, clock)
    events = runner.start()
    for wait in pauses:
        clock.advance(wait)
        events += runner.advance()
        events += runner.pause()
        clock.advance(wait * 3)
        events += runner.resume()
    while runner.state is RunnerState.RUNNING:
        clock.advance(0.7)
        events += runner.advance()
    total, by_side = work_time_from_events(events)
    assert abs(total - plan.work_seconds) < 1e-6
    if Side.LEFT in by_side or Side.RIGHT in by_side:
        assert abs(by_side.get(Side.LEFT, 0.0) - by_side.get(Side.RIGHT, 0.0)) < 1e-6


def test_summary_counts_reps_and_skipped_exercises() -> None:
    clock = ManualClock()
    plan = two_phase_plan()
    runner = started(plan, clock)
    runner.skip()  # intro
    runner.skip_exercise()  # the whole kneeling stretch, both sides
    run_for(runner, clock, 5 + 10 + 10 + 5)  # intro, get ready, first bridge rep, part of 2nd
    summary = runner.summary()
    results = {(r.exercise_id, r.side): r for r in summary.results}
    for side in (Side.LEFT, Side.RIGHT):
        kneel = results[("kneel", side)]
        assert (kneel.unit, kneel.planned, kneel.completed, kneel.skipped) == ("sets", 1, 0, 1)
    bridge = results[("bridge", None)]
    assert (bridge.unit, bridge.planned, bridge.completed, bridge.skipped) == ("reps", 2, 1, 0)
    assert not bridge.fully_done
