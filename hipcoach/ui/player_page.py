"""The Session page: choose a routine, follow it, read the summary."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from hipcoach.core.adherence import SessionStatus
from hipcoach.core.clock import Clock
from hipcoach.core.exercises import Exercise
from hipcoach.core.library import Library
from hipcoach.core.plan import Plan, Side, StepKind
from hipcoach.core.session import (
    CueDue,
    CueKind,
    Event,
    PainReported,
    RunnerState,
    SessionSummary,
    Snapshot,
    StepStarted,
)
from hipcoach.ui.player_run import RunView
from hipcoach.ui.player_setup import SetupView
from hipcoach.ui.player_summary import SummaryView
from hipcoach.ui.session_driver import SessionDriver
from hipcoach.ui.sound import CuePlayer, Speaker

#: A cue that fell due longer ago than this (after a stall) is not played.
STALE_CUE_SECONDS = 1.5

_SHORTCUTS = {
    "Space": "toggle_pause",
    "Right": "skip",
    "Shift+Right": "skip_exercise",
    "Left": "back",
    "R": "restart_step",
    "Return": "done",
    "Enter": "done",
    "Esc": "stop",
}


class PlayerPage(QWidget):
    """Runs sessions. ``session_ended`` fires with the summary when one ends."""

    session_ended = Signal(object)

    def __init__(
        self,
        library: Library,
        *,
        driver: SessionDriver,
        clock: Clock,
        cue_player_factory: Callable[[], CuePlayer],
        speaker_factory: Callable[[], Speaker] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._driver = driver
        self._clock = clock
        self._cue_player_factory = cue_player_factory
        self._cue_player: CuePlayer | None = None  # made on first use: audio loads slowly
        self._speaker_factory = speaker_factory
        self._speaker: Speaker | None = None
        self._notices_shown: set[str] = set()
        self.confirm_stop: Callable[[], bool] = self._ask_to_stop
        #: Runs before a session starts; returns the plan to run (maybe another)
        #: or None to not start. Set by the app for the safety check-ins.
        self.before_start: Callable[[Plan], Plan | None] | None = None
        #: Asked when an exercise with cautions comes up; False skips it.
        self.caution_check: Callable[[Exercise], bool] | None = None

        self.setup = SetupView(library)
        self.run = RunView(clock=clock)
        self.summary = SummaryView()
        self.views = QStackedWidget()
        for view in (self.setup, self.run, self.summary):
            self.views.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

        self.setup.start_requested.connect(self.start)
        self.run.command.connect(self.command)
        self.summary.closed.connect(lambda: self.views.setCurrentWidget(self.setup))
        driver.snapshot_changed.connect(self._show_snapshot)
        driver.runner_event.connect(self._on_event)
        driver.ended.connect(self._on_ended)

        self.shortcuts: dict[str, QShortcut] = {}
        for keys, name in _SHORTCUTS.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda name=name: self._shortcut(name))
            self.shortcuts[keys] = shortcut

    @property
    def cue_player(self) -> CuePlayer:
        """Return the cue sound player, creating it on first use."""
        if self._cue_player is None:
            self._cue_player = self._cue_player_factory()
        return self._cue_player

    @property
    def speaking(self) -> bool:
        """Return whether spoken cues are on."""
        return self._speaker is not None

    def set_speaking(self, on: bool) -> None:
        """Turn spoken cues on or off; says once if no voice is available."""
        if not on or self._speaker_factory is None:
            self._speaker = None
            return
        speaker = self._speaker_factory()
        if speaker.problem:
            self._notice_once(speaker.problem)
            self._speaker = None
            return
        self._speaker = speaker

    def start(self, plan: Plan) -> None:
        """Run the checks before a session, then start ``plan`` (or what they chose) and show it."""
        if self.before_start is not None:
            chosen = self.before_start(plan)
            if chosen is None:
                return
            plan = chosen
        self.run.plan = plan
        self.run.clear_notice()
        self.views.setCurrentWidget(self.run)
        problem = self.cue_player.problem
        if problem:
            self._notice_once(problem)
        self._driver.set_visible(self.isVisible())
        self._driver.start(plan)

    def command(self, name: str) -> None:
        """Carry out a control: runner commands, ``stop`` (confirmed) and ``pain``."""
        if name == "stop":
            if self.confirm_stop():
                self._driver.command("stop")
            return
        if name == "pain":
            self._driver.command("stop_for_pain")
            return
        self._driver.command(name)

    def _shortcut(self, name: str) -> None:
        if not self.isVisible():
            return
        if self.views.currentWidget() is self.run:
            self.command(name)
        elif self.views.currentWidget() is self.setup and name == "done":
            self.setup.start_button.click()  # Enter starts the routine shown

    def _ask_to_stop(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Stop the session?"),
            self.tr("Stop now? What you have done so far is kept in the summary."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _notice_once(self, text: str) -> None:
        if text in self._notices_shown:
            return
        self._notices_shown.add(text)
        self.run.show_notice(text)

    def _show_snapshot(self, snapshot: Snapshot) -> None:
        self.run.show_snapshot(snapshot)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, PainReported):
            self.run.show_notice(self._pain_advice(event.step.exercise_index))
            return
        if (
            isinstance(event, StepStarted)
            and event.step.kind is StepKind.GET_READY
            and event.step.exercise is not None
            and self.caution_check is not None
        ):
            exercise = event.step.exercise
            QTimer.singleShot(0, lambda: self._check_caution(exercise))
        if isinstance(event, CueDue):
            if self._clock.monotonic() - event.at <= STALE_CUE_SECONDS:
                self.cue_player.play(event.kind)
                self._speak_cue(event)
            return

    def _check_caution(self, exercise: Exercise) -> None:
        runner = self._driver.runner
        check = self.caution_check
        if check is None or runner is None or runner.current_step is None:
            return
        if runner.current_step.exercise != exercise:
            return  # the user already moved on
        was_running = runner.state is RunnerState.RUNNING
        if was_running:
            self._driver.command("pause")
        if not check(exercise):
            self._driver.command("skip_exercise")
        if was_running:
            self._driver.command("resume")

    def _speak_cue(self, cue: CueDue) -> None:
        if self._speaker is None:
            return
        step = cue.step
        text = ""
        if cue.kind is CueKind.NEXT_EXERCISE and step.exercise:
            text = step.exercise.name
        elif cue.kind is CueKind.SWITCH_SIDE and step.side:
            text = (
                self.tr("Switch to the left side")
                if step.side is Side.LEFT
                else self.tr("Switch to the right side")
            )
        elif cue.kind is CueKind.COUNTDOWN and cue.count:
            text = str(cue.count)
        elif cue.kind is CueKind.SESSION_DONE:
            runner = self._driver.runner
            complete = runner is not None and runner.summary().status is SessionStatus.COMPLETE
            text = self.tr("Session complete. Well done.") if complete else self.tr("Session over.")
        if text:
            self._speaker.say(text)

    def _pain_advice(self, exercise_index: int | None) -> str:
        plan = self.run.plan
        exercise = None
        if plan is not None:
            exercise = next(
                (s.exercise for s in plan.steps if s.exercise_index == exercise_index), None
            )
        advice = self.tr(
            "Stopped. A stretch should feel like a mild to moderate pull, never sharp or"
            " burning pain."
        )
        if exercise is not None and exercise.gentler:
            try:
                gentler = self._library.exercise(exercise.gentler)
                advice += self.tr(" Next time try the gentler “{name}” instead.").format(
                    name=gentler.name
                )
            except KeyError:
                pass
        return advice + self.tr(" If sharp pain keeps coming back, see a physiotherapist.")

    def _on_ended(self, summary: SessionSummary) -> None:
        self.summary.show_summary(summary)
        self.views.setCurrentWidget(self.summary)
        self.session_ended.emit(summary)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._driver.set_visible(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._driver.set_visible(False)
        super().hideEvent(event)
