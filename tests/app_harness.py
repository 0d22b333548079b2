"""Builds whole hipcoach apps for tests: real widgets, a manual clock, no desktop."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
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
