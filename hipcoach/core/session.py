"""The session runner: a deadline-driven state machine over a plan.

The runner holds no timer. A driver calls ``advance(now)`` whenever it
wakes (``next_wakeup`` says when that should be) and acts on the events it
gets back. Deadlines, not ticks: when a step ends on time, the next step's
deadline is the previous deadline plus its length, so a late wake-up never
stretches the session; a wake-up after a long stall catches up through every
boundary in order, and every cue fires exactly once per step.

Sleep: if the monotonic clock has moved more than ``max_gap_seconds`` since
the last call while running, the machine (or the process) was asleep, and
the runner pauses itself at the last moment it saw instead of racing
through the steps that passed unseen. ``suspended`` does the same when a
driver learns of a sleep from the platform.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from hipcoach.core.adherence import (
    SessionStatus,
    WorkTally,
    done_step_seconds,
    planned_step_seconds,
)
from hipcoach.core.clock import Clock
from hipcoach.core.plan import Plan, Side, Step, StepKind


class RunnerState(StrEnum):
    """Where a session is in its life."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class Outcome(StrEnum):
    """How a step ended.

    ``NOT_REACHED`` is never a step's own ending: it names the work a
    session left behind when it was stopped before getting there.
    """

    COMPLETED = "completed"
    SKIPPED = "skipped"
    STOPPED = "stopped"
    PAIN = "stopped-for-pain"
    NOT_REACHED = "not-reached"


class CueKind(StrEnum):
    """Moments worth a sound or a word."""

    COUNTDOWN = "countdown"
    HALFWAY = "halfway"
    SWITCH_SIDE = "switch-side"
    NEXT_EXERCISE = "next-exercise"
    PHASE_DONE = "phase-done"
    SESSION_DONE = "session-done"


#: Timed steps at least this long get a 3-2-1 countdown before they end.
COUNTDOWN_MIN_SECONDS = 10
#: Work steps at least this long get a halfway cue.
HALFWAY_MIN_SECONDS = 30


@dataclass(frozen=True)
class StepStarted:
    """Step ``index`` began at monotonic time ``at``."""

    index: int
    step: Step
    at: float


@dataclass(frozen=True)
class StepEnded:
    """Step ``index`` ended at ``at`` after ``active_seconds`` of running time."""

    index: int
    step: Step
    outcome: Outcome
    active_seconds: float
    at: float


@dataclass(frozen=True)
class CueDue:
    """A cue belongs to moment ``at``; ``count`` is 3, 2 or 1 for a countdown."""

    kind: CueKind
    index: int
    step: Step
    at: float
    count: int | None = None


@dataclass(frozen=True)
class Paused:
    """The session paused at ``at``; ``automatic`` when the runner did it after a sleep."""

    at: float
    automatic: bool = False


@dataclass(frozen=True)
class Resumed:
    """The session resumed at ``at``."""

    at: float


@dataclass(frozen=True)
class PainReported:
    """The user stopped ``step``'s exercise for sharp pain at ``at``."""

    index: int
    step: Step
    at: float


@dataclass(frozen=True)
class SideResult:
    """What happened to one exercise on one side (``side`` is None if not sided).

    Work is counted in ``unit``s: repetitions for exercises done in reps,
    sets for holds and timed work. ``planned`` is how many the plan had;
    units never reached count in none of ``completed``, ``skipped`` or ``pain``.
    """

    exercise_id: str
    exercise_name: str
    side: Side | None
    unit: str
    planned: int
    completed: int
    skipped: int
    pain: int
    work_seconds: float

    @property
    def fully_done(self) -> bool:
        """Return whether every planned unit on this side was completed."""
        return self.completed == self.planned


@dataclass(frozen=True)
class WorkUnit:
    """One planned unit of work: a set, or one repetition on one side, of one exercise.

    ``first_index`` is the plan index of its first step (a paced repetition
    has one step per part). ``outcome`` is ``COMPLETED`` only when every step
    of it was, and ``NOT_REACHED`` when the session has not (yet) got through it.
    ``planned_seconds`` and ``done_seconds`` are its work as
    ``hipcoach.core.adherence`` counts it; ``active_seconds`` the time spent on it.
    """

    first_index: int
    exercise_id: str
    side: Side | None
    set: int | None
    rep: int | None
    outcome: Outcome
    planned_seconds: float
    done_seconds: float
    active_seconds: float


@dataclass(frozen=True)
class SessionSummary:
    """A finished or stopped session as plain data, ready to be stored.

    ``finished`` says the session ran to its end rather than being stopped;
    whether it counts is ``status`` (from the ``units`` of work it planned).
    """

    routine_id: str
    planned_seconds: int
    active_seconds: float
    finished: bool
    results: tuple[SideResult, ...]
    units: tuple[WorkUnit, ...] = ()

    @property
    def exercises_completed(self) -> int:
        """Return how many exercise-sides were done in full."""
        return sum(1 for result in self.results if result.fully_done)

    @property
    def work(self) -> WorkTally:
        """Return the work planned, done and cut off by sharp pain, in seconds."""
        return WorkTally(
            planned_seconds=sum(unit.planned_seconds for unit in self.units),
            done_seconds=sum(unit.done_seconds for unit in self.units),
            pain_stopped_seconds=sum(
                unit.planned_seconds - unit.done_seconds
                for unit in self.units
                if unit.outcome is Outcome.PAIN
            ),
        )

    @property
    def status(self) -> SessionStatus:
        """Return what the session counts as: complete, partial or abandoned."""
        return self.work.status


@dataclass(frozen=True)
class SessionEnded:
    """The session finished (``summary.finished``) or was stopped, at ``at``."""

    summary: SessionSummary
    at: float


Event = StepStarted | StepEnded | CueDue | Paused | Resumed | PainReported | SessionEnded


@dataclass(frozen=True)
class Snapshot:
    """What a display needs at one moment.

    ``display_seconds`` is the countdown to show: remaining time rounded up,
    ``None`` for a user-paced step. ``progress`` runs from 0 to 1 over the
    current step. ``awaiting_pain_choice`` is true while a stop for sharp
    pain waits for the user to go on or end the session.
    """

    state: RunnerState
    index: int
    step: Step | None
    remaining: float | None
    display_seconds: int | None
    progress: float
    active_seconds: float
    awaiting_pain_choice: bool = False


@dataclass
class _Record:
    outcome: Outcome
    active_seconds: float


@dataclass
class SessionRunner:
    """Walks a plan in real time. Every method returns the events it caused."""

    plan: Plan
    clock: Clock
    max_gap_seconds: float | None = 30.0
    state: RunnerState = RunnerState.IDLE
    _index: int = 0
    _deadline: float | None = None
    _remaining_when_paused: float | None = None
    _step_active: float = 0.0
    _running_since: float = 0.0
    _last_seen: float = 0.0
    _fired: set[tuple[CueKind, int | None]] = field(default_factory=set)
    _records: dict[int, _Record] = field(default_factory=dict)
    _active_total: float = 0.0
    _entered_at: float = 0.0
    _after_pain: int | None = None  # where going on after a pain stop starts

    # -- queries -------------------------------------------------------------

    @property
    def index(self) -> int:
        """Return the index of the current step."""
        return self._index

    @property
    def awaiting_pain_choice(self) -> bool:
        """Return whether a stop for sharp pain waits for the user's choice.

        See ``stop_for_pain``: ``resume`` goes on with the next exercise,
        ``stop`` ends the session; nothing else acts meanwhile.
        """
        return self._after_pain is not None

    @property
    def current_step(self) -> Step | None:
        """Return the current step, or ``None`` when the plan is empty."""
        return self.plan.steps[self._index] if self.plan.steps else None

    def remaining(self, now: float) -> float | None:
        """Return the seconds left in the current step (``None`` if user-paced)."""
        if self.state is RunnerState.PAUSED:
            return self._remaining_when_paused
        if self._deadline is None:
            step = self.current_step
            return None if step is None or step.seconds is None else float(step.seconds)
        return max(0.0, self._deadline - now)

    def snapshot(self, now: float | None = None) -> Snapshot:
        """Return the state of the session at ``now`` (default: the clock's now)."""
        now = self.clock.monotonic() if now is None else now
        step = self.current_step
        remaining = self.remaining(now)
        progress = 0.0
        if step is not None and step.seconds and remaining is not None:
            progress = min(1.0, max(0.0, 1.0 - remaining / step.seconds))
        if self.state in (RunnerState.FINISHED,):
            progress = 1.0
        display = None if remaining is None else math.ceil(remaining - 1e-9)
        return Snapshot(
            state=self.state,
            index=self._index,
            step=step,
            remaining=remaining,
            display_seconds=display,
            progress=progress,
            active_seconds=self._active_total + self._running_part(now),
            awaiting_pain_choice=self.awaiting_pain_choice,
        )

    def next_wakeup(self, now: float) -> float | None:
        """Return when the driver should call ``advance`` next (monotonic), if ever.

        That is the next moment the displayed countdown changes, a cue falls
        due or the step ends, whichever comes first; ``None`` while not
        running or while a user-paced step waits.
        """
        if self.state is not RunnerState.RUNNING or self._deadline is None:
            return None
        remaining = self._deadline - now
        if remaining <= 0:
            return now
        boundary = self._deadline - (math.ceil(remaining - 1e-9) - 1)
        moments = [boundary, self._deadline]
        moments += [at for kind, count, at in self._cue_times() if (kind, count) not in self._fired]
        upcoming = [moment for moment in moments if moment > now]
        return min(upcoming) if upcoming else now

    def next_event_time(self, now: float) -> float | None:
        """Return when the next cue or step end falls due (monotonic), if running."""
        if self.state is not RunnerState.RUNNING or self._deadline is None:
            return None
        moments = [self._deadline]
        moments += [at for kind, count, at in self._cue_times() if (kind, count) not in self._fired]
        upcoming = [moment for moment in moments if moment > now]
        return min(upcoming) if upcoming else now

    # -- commands ------------------------------------------------------------

    def start(self) -> list[Event]:
        """Begin the session at the first step."""
        if self.state is not RunnerState.IDLE:
            return []
        now = self.clock.monotonic()
        self.state = RunnerState.RUNNING
        self._running_since = self._last_seen = now
        if not self.plan.steps:
            return self._finish(now)
        return self._enter(0, now)

    def advance(self, now: float | None = None) -> list[Event]:
        """Catch up with the clock: fire due cues and end due steps, in order."""
        now = self.clock.monotonic() if now is None else now
        if self.state is not RunnerState.RUNNING:
            return []
        if self.max_gap_seconds is not None and now - self._last_seen > self.max_gap_seconds:
            return self._pause_at(self._last_seen, automatic=True)
        events: list[Event] = []
        while self.state is RunnerState.RUNNING:
            events += self._due_cues(now)
            if self._deadline is None or self._deadline > now:
                break
            events += self._move_to(self._index + 1, self._deadline, Outcome.COMPLETED)
        self._last_seen = now
        return events

    def pause(self) -> list[Event]:
        """Pause; the current step keeps what it has left."""
        if self.state is not RunnerState.RUNNING:
            return []
        now = self.clock.monotonic()
        events = self.advance(now)
        if not self._is_running():  # advance may have finished or auto-paused
            return events
        return events + self._pause_at(now, automatic=False)

    def suspended(self) -> list[Event]:
        """The machine slept: pause at the last moment the runner saw."""
        if self.state is not RunnerState.RUNNING:
            return []
        return self._pause_at(self._last_seen, automatic=True)

    def resume(self) -> list[Event]:
        """Continue a paused session where it stopped.

        After a stop for sharp pain, go on with the next exercise instead:
        it starts now, from its beginning.
        """
        if self.state is not RunnerState.PAUSED:
            return []
        now = self.clock.monotonic()
        self.state = RunnerState.RUNNING
        self._running_since = self._last_seen = now
        if self._after_pain is not None:
            target, self._after_pain = self._after_pain, None
            self._remaining_when_paused = None
            return [Resumed(now), *self._move_to(target, now, None)]
        if self._remaining_when_paused is not None:
            self._deadline = now + self._remaining_when_paused
        self._remaining_when_paused = None
        return [Resumed(now), *self.advance(now)]

    def toggle_pause(self) -> list[Event]:
        """Pause when running, resume when paused."""
        return self.resume() if self.state is RunnerState.PAUSED else self.pause()

    def skip(self) -> list[Event]:
        """End the current step as skipped and start the next one now."""
        return self._jump(lambda: self._index + 1, Outcome.SKIPPED)

    def skip_exercise(self) -> list[Event]:
        """Skip the rest of the current exercise (or phase intro)."""

        def target() -> int:
            end = self._next_exercise_start()
            for index in range(self._index + 1, end):
                if self.plan.steps[index].is_work:
                    self._records[index] = _Record(Outcome.SKIPPED, 0.0)
            return end

        return self._jump(target, Outcome.SKIPPED)

    def done(self) -> list[Event]:
        """The user says the current step is done.

        Ends a user-paced step, or a transition (get ready, switch, rest,
        intro) early; ignored during timed work (use ``skip``).
        """
        step = self.current_step
        if step is None or (step.kind is StepKind.WORK and step.seconds is not None):
            return []
        return self._jump(lambda: self._index + 1, Outcome.COMPLETED)

    def back(self) -> list[Event]:
        """Go back to the previous step; within paced reps, to the start of a rep."""
        return self._jump(self._previous_start, Outcome.SKIPPED)

    def restart_step(self) -> list[Event]:
        """Start the current step again from its full time."""
        return self._jump(lambda: self._index, Outcome.SKIPPED)

    def stop_for_pain(self) -> list[Event]:
        """Stop the current exercise for sharp pain and wait for the user's choice.

        The session pauses at the moment of the press; the current step and
        the rest of the exercise's work are recorded as stopped for pain.
        While the choice waits nothing counts down and no step moves: only
        ``resume`` (go on: the next exercise starts then) and ``stop`` (end
        the session) act. Ignored on steps that belong to no exercise.
        """
        if self.state not in _ACTIVE or self._after_pain is not None:
            return []
        now = self.clock.monotonic()
        events: list[Event] = []
        if self.state is RunnerState.RUNNING:
            events += self.advance(now)
            if self.state not in _ACTIVE:  # the session ended on its own meanwhile
                return events
        step = self.current_step
        if step is None or step.exercise_index is None:
            return events
        events.append(PainReported(self._index, step, now))
        events += self._end_current(now, Outcome.PAIN)
        target = self._next_exercise_start()
        for index in range(self._index + 1, target):
            if self.plan.steps[index].is_work:
                self._records[index] = _Record(Outcome.PAIN, 0.0)
        if self.state is RunnerState.RUNNING:
            events += self._pause_at(now, automatic=False)
        self._after_pain = target
        return events

    def stop(self) -> list[Event]:
        """End the session early."""
        if self.state not in _ACTIVE:
            return []
        now = self.clock.monotonic()
        # After a pain stop the current step already has its outcome.
        events = [] if self._after_pain is not None else self._end_current(now, Outcome.STOPPED)
        self._after_pain = None
        self._bank_running(now)
        self.state = RunnerState.STOPPED
        self._deadline = None
        return [*events, SessionEnded(self.summary(), now)]

    def summary(self) -> SessionSummary:
        """Return what has been done so far, per exercise and side and per unit of work."""
        units = self.work_units()
        groups: dict[tuple[int, Side | None], list[WorkUnit]] = {}
        for unit in units:
            exercise_index = self.plan.steps[unit.first_index].exercise_index
            assert exercise_index is not None
            groups.setdefault((exercise_index, unit.side), []).append(unit)
        results = []
        for (_, side), members in groups.items():
            exercise = self.plan.steps[members[0].first_index].exercise
            assert exercise is not None
            outcomes = [unit.outcome for unit in members]
            results.append(
                SideResult(
                    exercise_id=exercise.id,
                    exercise_name=exercise.name,
                    side=side,
                    unit="reps" if members[0].rep is not None else "sets",
                    planned=len(members),
                    completed=outcomes.count(Outcome.COMPLETED),
                    skipped=outcomes.count(Outcome.SKIPPED),
                    pain=outcomes.count(Outcome.PAIN),
                    work_seconds=sum(unit.active_seconds for unit in members),
                )
            )
        return SessionSummary(
            routine_id=self.plan.routine_id,
            planned_seconds=self.plan.total_seconds,
            active_seconds=self._active_total,
            finished=self.state is RunnerState.FINISHED,
            results=tuple(results),
            units=units,
        )

    def work_units(self) -> tuple[WorkUnit, ...]:
        """Return every planned unit of work with what happened to it so far, in plan order."""
        result = []
        for indexes in unit_steps(self.plan).values():
            first = self.plan.steps[indexes[0]]
            assert first.exercise is not None
            records = [self._records.get(index) for index in indexes]
            outcome = _unit_outcome(records) or Outcome.NOT_REACHED
            planned = done = active = 0.0
            for index, record in zip(indexes, records, strict=True):
                step_planned = planned_step_seconds(self.plan.steps[index])
                planned += step_planned
                if record is not None:
                    active += record.active_seconds
                    done += done_step_seconds(
                        step_planned,
                        record.active_seconds,
                        completed=record.outcome is Outcome.COMPLETED,
                    )
            result.append(
                WorkUnit(
                    first_index=indexes[0],
                    exercise_id=first.exercise.id,
                    side=first.side,
                    set=first.set,
                    rep=first.rep,
                    outcome=outcome,
                    planned_seconds=planned,
                    done_seconds=done,
                    active_seconds=active,
                )
            )
        return tuple(result)

    # -- internals -----------------------------------------------------------

    def _is_running(self) -> bool:
        return self.state is RunnerState.RUNNING

    def _running_part(self, now: float) -> float:
        return now - self._running_since if self.state is RunnerState.RUNNING else 0.0

    def _bank_running(self, now: float) -> None:
        self._active_total += self._running_part(now)
        self._running_since = now

    def _pause_at(self, moment: float, *, automatic: bool) -> list[Event]:
        self._step_active += max(0.0, moment - self._step_clock_start)
        self._active_total += max(0.0, moment - self._running_since)
        self._remaining_when_paused = (
            None if self._deadline is None else max(0.0, self._deadline - moment)
        )
        self._deadline = None
        self.state = RunnerState.PAUSED
        return [Paused(moment, automatic=automatic)]

    @property
    def _step_clock_start(self) -> float:
        return max(self._running_since, self._entered_at)

    def _cue_times(self) -> list[tuple[CueKind, int | None, float]]:
        step = self.current_step
        if step is None or step.seconds is None or self._deadline is None:
            return []
        end = self._deadline
        cues: list[tuple[CueKind, int | None, float]] = []
        if step.is_work and step.seconds >= HALFWAY_MIN_SECONDS:
            cues.append((CueKind.HALFWAY, None, end - step.seconds / 2))
        if step.seconds >= COUNTDOWN_MIN_SECONDS and step.kind is not StepKind.PHASE_INTRO:
            cues += [(CueKind.COUNTDOWN, count, end - count) for count in (3, 2, 1)]
        return sorted(cues, key=lambda cue: cue[2])

    def _due_cues(self, now: float) -> list[Event]:
        step = self.current_step
        assert step is not None
        events: list[Event] = []
        for kind, count, at in self._cue_times():
            if at <= now and (kind, count) not in self._fired:
                self._fired.add((kind, count))
                events.append(CueDue(kind, self._index, step, at, count))
        return events

    def _end_current(self, at: float, outcome: Outcome) -> list[Event]:
        step = self.current_step
        if step is None:
            return []
        active = self._step_active
        if self.state is RunnerState.RUNNING:
            active += max(0.0, at - self._step_clock_start)
        if step.is_work:
            self._records[self._index] = _Record(outcome, active)
        return [StepEnded(self._index, step, outcome, active, at)]

    def _enter(self, index: int, at: float) -> list[Event]:
        self._index = index
        self._fired = set()
        self._step_active = 0.0
        self._entered_at = at
        step = self.plan.steps[index]
        if step.kind is StepKind.DONE:
            return [StepStarted(index, step, at), *self._finish(at)]
        if self.state is RunnerState.PAUSED:
            self._deadline = None
            self._remaining_when_paused = None if step.seconds is None else float(step.seconds)
        else:
            self._deadline = None if step.seconds is None else at + step.seconds
        events: list[Event] = [StepStarted(index, step, at)]
        if step.kind is StepKind.SWITCH_SIDE:
            events.append(CueDue(CueKind.SWITCH_SIDE, index, step, at))
        elif step.kind is StepKind.GET_READY:
            events.append(CueDue(CueKind.NEXT_EXERCISE, index, step, at))
        return events

    def _move_to(self, target: int, at: float, outcome: Outcome | None) -> list[Event]:
        """Leave the current step (ending it with ``outcome`` unless None) for ``target``."""
        previous = self.current_step
        events = [] if outcome is None else self._end_current(at, outcome)
        target = min(target, len(self.plan.steps) - 1)
        following = self.plan.steps[target]
        leaves_phase = following.phase_index != (previous.phase_index if previous else -1)
        if (
            previous is not None
            and target > self._index
            and (leaves_phase or following.kind is StepKind.DONE)
        ):
            events.append(CueDue(CueKind.PHASE_DONE, self._index, previous, at))
        return events + self._enter(target, at)

    def _jump(self, target: Callable[[], int], outcome: Outcome) -> list[Event]:
        """Catch up, then leave the current step for ``target()`` at once."""
        if self.state not in _ACTIVE or self._after_pain is not None:
            return []
        now = self.clock.monotonic()
        events: list[Event] = []
        if self.state is RunnerState.RUNNING:
            events += self.advance(now)
            if not self._is_running():  # advance may have finished or auto-paused
                return events
        return events + self._move_to(target(), now, outcome)

    def _previous_start(self) -> int:
        steps = self.plan.steps
        target = max(0, self._index - 1)
        while target > 0 and steps[target].part is not None:
            previous, here = steps[target - 1], steps[target]
            if previous.part is None or (previous.rep, previous.side) != (here.rep, here.side):
                break
            target -= 1
        return target

    def _next_exercise_start(self) -> int:
        steps = self.plan.steps
        current = steps[self._index]
        index = self._index + 1
        while index < len(steps):
            step = steps[index]
            if step.kind in (StepKind.GET_READY, StepKind.PHASE_INTRO, StepKind.DONE):
                break
            if current.exercise_index is None and step.exercise_index is not None:
                break
            index += 1
        return min(index, len(steps) - 1)

    def _finish(self, at: float) -> list[Event]:
        self._bank_running(at)
        self.state = RunnerState.FINISHED
        self._deadline = None
        events: list[Event] = []
        if self.plan.steps:
            events.append(CueDue(CueKind.SESSION_DONE, self._index, self.plan.steps[-1], at))
        return [*events, SessionEnded(self.summary(), at)]


_ACTIVE = (RunnerState.RUNNING, RunnerState.PAUSED)


def unit_steps(plan: Plan) -> dict[int, list[int]]:
    """Return the plan indexes of each unit of work's steps, keyed by its first index.

    A unit is a set, or one repetition on one side; only a paced repetition
    has more than one step (one per part). Units come in plan order.
    """
    first_of: dict[tuple[int | None, Side | None, int | None, int | None], int] = {}
    units: dict[int, list[int]] = {}
    for index, step in enumerate(plan.steps):
        if not step.is_work or step.exercise is None:
            continue
        key = (step.exercise_index, step.side, step.set, step.rep)
        first = first_of.setdefault(key, index)
        units.setdefault(first, []).append(index)
    return units


def _unit_outcome(records: list[_Record | None]) -> Outcome | None:
    """Return how one rep or set ended: completed only if all its parts were."""
    reached = [record.outcome for record in records if record is not None]
    if not reached:
        return None
    for outcome in (Outcome.PAIN, Outcome.SKIPPED, Outcome.STOPPED):
        if outcome in reached:
            return outcome
    return Outcome.COMPLETED if len(reached) == len(records) else None  # else: in progress
