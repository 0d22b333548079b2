"""The Session page: choose a routine, follow it, read the summary.

Time never runs unseen: the session pauses when the page is left or hidden
(another section, a minimised or hidden window) and when a dialog opens over
the window. It goes on only when the user resumes it, except after "Stop the
session?" is answered "No": then it goes on if it was running before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

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
from hipcoach.services.session_driver import SessionDriver
from hipcoach.services.sound import CuePlayer, Speaker
from hipcoach.ui.player_pain import GentlerDialog
from hipcoach.ui.player_run import RunView, next_exercise_name
from hipcoach.ui.player_setup import SetupView
from hipcoach.ui.player_summary import SummaryView

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
#: The keys that also work before a session starts (Enter starts the routine shown).
_SETUP_SHORTCUTS = ("Return", "Enter")
#: Keys the page keeps to itself during a session, so nothing else acts on them.
_ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
_LIVE = (RunnerState.RUNNING, RunnerState.PAUSED)


class PlayerPage(QWidget):
    """Runs sessions. ``session_ended`` fires with the summary when one ends.

    ``session_active`` fires with True when a session starts and False when
    it ends, so the window can keep the keyboard on this page meanwhile.
    """

    session_ended = Signal(SessionSummary)
    session_active = Signal(bool)

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
        self._watched_window: QWidget | None = None
        self.gentler_dialog: GentlerDialog | None = None
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
        self.run.pain_panel.go_on.connect(lambda: self._driver.command("resume"))
        self.run.pain_panel.end_session.connect(lambda: self._driver.command("stop"))
        self.run.pain_panel.gentler_requested.connect(self.show_gentler)
        self.summary.closed.connect(lambda: self.views.setCurrentWidget(self.setup))
        self.views.currentChanged.connect(self._enable_shortcuts)
        driver.snapshot_changed.connect(self._show_snapshot)
        driver.runner_event.connect(self._on_event)
        driver.ended.connect(self._on_ended)

        self.shortcuts: dict[str, QShortcut] = {}
        for keys, name in _SHORTCUTS.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda name=name: self._shortcut(name))
            self.shortcuts[keys] = shortcut
        self._enable_shortcuts()

    def set_library(self, library: Library) -> None:
        """Use ``library`` for the next session (its routines and choices on the setup view)."""
        self._library = library
        self.setup.set_library(library)

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
        if self.in_session:
            self._driver.command("stop")  # its summary is kept; the new session takes the page
        self.run.plan = plan
        self.run.clear_notice()
        self.session_active.emit(True)
        self.views.setCurrentWidget(self.run)
        self.run.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)
        problem = self.cue_player.problem
        if problem:
            self._notice_once(problem)
        self._driver.set_visible(self.isVisible())
        self._driver.start(plan)

    @property
    def in_session(self) -> bool:
        """Return whether a session is running or paused (not yet ended)."""
        runner = self._driver.runner
        return runner is not None and runner.state in _LIVE

    def pause_session(self) -> None:
        """Pause the session if it is running; the user resumes it."""
        runner = self._driver.runner
        if runner is not None and runner.state is RunnerState.RUNNING:
            self._driver.command("pause")

    def command(self, name: str) -> None:
        """Carry out a control: runner commands, ``stop`` (confirmed) and ``pain``.

        The session pauses while "Stop the session?" is asked; answered "No",
        it goes on if it was running before.
        """
        if name == "stop":
            runner = self._driver.runner
            was_running = runner is not None and runner.state is RunnerState.RUNNING
            self.pause_session()
            if self.confirm_stop():
                self._driver.command("stop")
            elif was_running:
                self._driver.command("resume")
            return
        if name == "pain":
            self._driver.command("stop_for_pain")
            return
        self._driver.command(name)

    def show_gentler(self, exercise: Exercise) -> None:
        """Open ``exercise`` (the gentler alternative) in a dialog over the window."""
        dialog = GentlerDialog(exercise, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_gentler)
        self.gentler_dialog = dialog
        dialog.open()

    def _forget_gentler(self) -> None:
        self.gentler_dialog = None

    def _shortcut(self, name: str) -> None:
        if not self.isVisible():
            return
        if self.views.currentWidget() is self.run:
            self.command(name)
        elif self.views.currentWidget() is self.setup and name == "done":
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and self.setup.isAncestorOf(focused):
                focused.click()  # Enter on New routine…, Copy and edit… presses that button
            else:
                self.setup.start_button.click()  # elsewhere, Enter starts the routine shown

    def _enable_shortcuts(self) -> None:
        """Let the keys act only where they mean something.

        The run view takes them all, except while the pain-stop choice shows
        (then Space and Enter press the focused choice); the setup view only
        Enter, which starts the routine; the summary none.
        """
        view = self.views.currentWidget()
        for keys, shortcut in self.shortcuts.items():
            if view is self.run:
                shortcut.setEnabled(not self.run.showing_pain_stop)
            else:
                shortcut.setEnabled(view is self.setup and keys in _SETUP_SHORTCUTS)

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
        self._enable_shortcuts()

    def _on_event(self, event: Event) -> None:
        if isinstance(event, PainReported):
            self._show_pain_stop(event)
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

    def _show_pain_stop(self, event: PainReported) -> None:
        exercise = event.step.exercise
        plan = self.run.plan
        if exercise is None or plan is None:
            return
        gentler = None
        if exercise.gentler:
            try:
                gentler = self._library.exercise(exercise.gentler)
            except KeyError:
                gentler = None
        self.run.pain_panel.show_for(exercise, gentler, next_exercise_name(plan, event.index))
        self.run.show_pain_stop()
        self._enable_shortcuts()

    def _on_ended(self, summary: SessionSummary) -> None:
        self.run.hide_pain_stop()
        self.summary.show_summary(summary)
        self.views.setCurrentWidget(self.summary)
        self.session_active.emit(False)
        self.session_ended.emit(summary)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """During a session the arrow keys belong to the player, never to the window around it."""
        if self.in_session and event.key() in _ARROWS:
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Pause when a dialog blocks the window or the window is minimised."""
        kind = event.type()
        minimised = (
            kind == QEvent.Type.WindowStateChange
            and isinstance(watched, QWidget)
            and watched.isMinimized()
        )
        if kind == QEvent.Type.WindowBlocked or minimised:
            self.pause_session()
        return False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._watch(self.window())
        self._driver.set_visible(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """Leaving the page (another section, a hidden or minimised window) pauses."""
        self.pause_session()
        self._driver.set_visible(False)
        super().hideEvent(event)

    def _watch(self, window: QWidget) -> None:
        if window is self._watched_window:
            return
        if self._watched_window is not None:
            self._watched_window.removeEventFilter(self)
        self._watched_window = window
        window.installEventFilter(self)
