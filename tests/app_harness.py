"""Builds whole hipcoach apps for tests: real widgets, a manual clock, no desktop."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication

from hipcoach.app import HipCoach
from hipcoach.core.clock import ManualClock
from hipcoach.core.exercises import Amount, Dosage, Exercise
from hipcoach.core.library import Library
from hipcoach.core.paths import AppPaths
from hipcoach.core.plan import Plan, compile_plan
from hipcoach.core.reference import Reference
from hipcoach.core.routines import Block, Phase, Routine
from hipcoach.core.session import RunnerState
from hipcoach.platform import create_platform
from hipcoach.services.safety_flow import Dialogs, PainAnswers

MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


class QuietDialogs:
    """Answers every safety question with "no" / "continue" and never opens a window."""

    def __init__(self) -> None:
        self.asked = 0

    def red_flags(self, reference: Reference) -> tuple[str, dict[str, bool]] | None:
        self.asked += 1
        return "continue", {flag.id: False for flag in reference.red_flags}

    def pain(self, moment: str) -> PainAnswers | None:
        self.asked += 1
        return None

    def caution(self, exercise: Exercise) -> bool:
        self.asked += 1
        return True


class AppHarness:
    """Starts ``HipCoach`` objects on one set of folders and one manual clock."""

    def __init__(
        self,
        library: Library,
        home: Path,
        start: datetime = MONDAY_9,
        dialogs: Dialogs | None = None,
        *,
        loader: Callable[[AppPaths], Library] | None = None,
    ) -> None:
        """``loader``, if given, reads the library from the harness's folders (and again on
        ``HipCoach.reload_library``); else the app uses ``library`` throughout."""
        self.paths = AppPaths.under(home)
        self.clock = ManualClock(start)
        self.library = library
        self.dialogs = dialogs or QuietDialogs()
        self.coaches: list[HipCoach] = []
        self._loader = loader

    def start(self) -> HipCoach:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        platform = create_platform(self.paths, [sys.executable, "-m", "hipcoach"], environ={})
        loader = self._loader
        paths = self.paths
        coach = HipCoach(
            app,
            paths=paths,
            library=self.library if loader is None else (lambda: loader(paths)),
            clock=self.clock,
            platform=platform,
            dialogs=self.dialogs,
        )
        self.coaches.append(coach)
        return coach

    def close(self) -> None:
        for coach in self.coaches:
            if not shiboken6.isValid(coach):
                continue  # Qt already tore it down with its window
            if coach.ui_built:
                coach.window.close()
                coach.window.deleteLater()
            card = coach.coordinator.card
            if card is not None:
                card.dismiss()
            coach.break_driver.timer.stop()
            coach.close()

    def run_session(self, coach: HipCoach, plan: Plan, *, max_polls: int = 2000) -> None:
        """Start ``plan`` on the Session page and drive it to its end through the clock."""
        coach.player.start(plan)
        for _ in range(max_polls):
            runner = coach.session_driver.runner
            if runner is None or runner.state is not RunnerState.RUNNING:
                return
            self.clock.advance(1.0)
            coach.session_driver.poll()
        raise AssertionError("the session did not end")


def sit(harness: AppHarness, coach: HipCoach, until: datetime) -> None:
    """Let time pass to ``until`` at the keyboard, the break driver polling every minute."""
    while harness.clock.now() < until:
        harness.clock.advance(min(60.0, (until - harness.clock.now()).total_seconds()))
        coach.break_driver.poll()


def simulate_morning(harness: AppHarness, coach: HipCoach) -> None:
    """Sit from 09:00 to 12:10 on the harness's day with breaks and a lock.

    The 10:00 break is done at 10:02; the 11:02 break is skipped at 11:07;
    the screen is locked from 11:30 to 11:40; the user then sits on. Each
    answer is given on the break card.
    """
    day = harness.clock.now().replace(hour=9, minute=0, second=0, microsecond=0)
    coach.break_driver.start()
    sit(harness, coach, day + timedelta(hours=1, minutes=2))
    card = coach.coordinator.card
    assert card is not None, "no break card at 10:00"
    card.done_button.click()  # type: ignore[attr-defined]
    sit(harness, coach, day + timedelta(hours=2, minutes=7))
    card = coach.coordinator.card
    assert card is not None, "no break card at 11:02"
    card.skip_button.click()  # type: ignore[attr-defined]
    sit(harness, coach, day + timedelta(hours=2, minutes=30))
    coach.break_driver.screen_locked()
    harness.clock.advance(10 * 60)
    coach.break_driver.screen_unlocked()
    sit(harness, coach, day + timedelta(hours=3, minutes=10))


def short_plan(library: Library, exercise_id: str = "half-kneeling-hip-flexor") -> Plan:
    """Return a one-exercise, one-set plan of 12 s holds (a few dozen seconds in all)."""
    routine = Routine(
        id="short",
        name="Short",
        summary="A short routine.",
        phases=(
            Phase(
                name="Stretch",
                blocks=(
                    Block(
                        choices=(exercise_id,),
                        dosage=Dosage(hold_seconds=Amount.exactly(12), sets=Amount.exactly(1)),
                    ),
                ),
            ),
        ),
    )
    return compile_plan(routine, library)
