"""The movement-break card: a small window with one guided move and three answers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from hipcoach.core.clock import Clock, WallClock
from hipcoach.core.countdown_speech import seconds_left
from hipcoach.core.describe import format_seconds
from hipcoach.core.exercises import Exercise
from hipcoach.core.plan import Plan, Side, StepKind
from hipcoach.core.reminders import BreakDue
from hipcoach.core.session import CueDue, Event, RunnerState, SessionEnded, Snapshot
from hipcoach.services.break_driver import BreakChoice
from hipcoach.services.session_driver import SessionDriver
from hipcoach.services.sound import CuePlayer
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.countdown_ring import CountdownRing
from hipcoach.ui.figure_view import FigureView
from hipcoach.ui.player_run import SideBadge, step_heading
from hipcoach.ui.text import label
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, render

#: (button text, choice, reason) for the one-click "not now" answers; the text
#: is English (it keys ``BreakCard.not_now_buttons``) and shown translated.
NOT_NOW_CHOICES = (
    (QT_TRANSLATE_NOOP("BreakCard", "In a meeting"), BreakChoice.SNOOZE, "meeting"),
    (QT_TRANSLATE_NOOP("BreakCard", "Later"), BreakChoice.SNOOZE, None),
    (QT_TRANSLATE_NOOP("BreakCard", "Pain"), BreakChoice.SKIP, "pain"),
    (QT_TRANSLATE_NOOP("BreakCard", "I was away"), BreakChoice.SKIP, "away"),
)

_MARGIN = 24


class BreakCard(QFrame):
    """Shows ``due``'s move with its own countdown, on the screen with the mouse.

    It does not take the keyboard focus when it appears. ``answered`` fires
    once with ``(choice, reason)``: a ``BreakChoice`` and the one-click
    reason or None. The card deletes itself when closed.
    """

    # The reason may be None, which a Signal(str) would turn into "".
    answered = Signal(BreakChoice, object)

    def __init__(
        self,
        due: BreakDue,
        exercise: Exercise,
        plan: Plan,
        *,
        clock: Clock,
        wall: WallClock,
        cue_player: CuePlayer | None = None,
        snoozes_left: int = 1,
        snooze_minutes: int = 5,
    ) -> None:
        super().__init__(None)
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.FramelessWindowHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("breakCard")
        self.setStyleSheet(
            "#breakCard { border: 2px solid palette(highlight); border-radius: 12px; }"
        )
        self.setWindowTitle(self.tr("Time to move"))
        self.setAccessibleName(self.tr("Movement break"))
        self.due, self.exercise, self.plan = due, exercise, plan
        self._answered = False
        self._cue_player = cue_player
        self.driver = SessionDriver(clock, wall, self)
        self.driver.snapshot_changed.connect(self._show_snapshot)
        self.driver.runner_event.connect(self._on_event)

        title = label(self.tr("Time to stand up and move"), 15, bold=True)
        sat = int(due.sitting.total_seconds() // 60)
        self.why_label = QLabel(
            self.tr("You have been sitting for about %n minutes.", "", sat)
            if sat
            else self.tr("A short break:")
        )
        self.held_label = QLabel(self._held_text(due))
        self.held_label.setWordWrap(True)
        self.held_label.setVisible(bool(self.held_label.text()))
        self.move_label = label(exercise.name, 13, bold=True)
        name_by_content(self.move_label, self.tr("Move"))
        self.how_label = QLabel(exercise.summary)
        self.how_label.setWordWrap(True)
        self.heading_label = label("", 13)
        name_by_content(self.heading_label, self.tr("What to do now"))
        self.side_badge = SideBadge()
        self.ring = CountdownRing()
        self.ring.setFixedSize(180, 180)
        length = render(format_seconds(plan.work_seconds)) if plan.work_seconds else ""
        self.ring.set_state(
            length,
            self.tr("press Start"),
            0.0,
            paused=False,
            spoken=self.tr("{length}, press Start").format(length=length) if length else None,
        )
        self.figure = FigureView(clock)
        self.figure.setFixedSize(180, 180)
        self.figure.show_still(exercise, Side.LEFT if exercise.per_side else None)
        move = QHBoxLayout()
        move.addStretch(1)
        move.addWidget(self.figure)
        move.addWidget(self.ring)
        move.addStretch(1)

        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start the guided move"))
        self.done_button = QPushButton(self.tr("Done ✓"))
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.setToolTip(self.tr("I did the break"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Skip this break"))
        self.start_button.clicked.connect(self.start_move)
        self.done_button.clicked.connect(lambda: self.answer(BreakChoice.DONE, None))
        self.skip_button.clicked.connect(lambda: self.answer(BreakChoice.SKIP, None))
        actions = QHBoxLayout()
        actions.addWidget(self.start_button)
        actions.addWidget(self.done_button)
        actions.addWidget(self.skip_button)

        not_now = QHBoxLayout()
        not_now_label = QLabel(self.tr("Not now? Say why in one click:"))
        self.not_now_buttons: dict[str, QPushButton] = {}
        for text, choice, reason in NOT_NOW_CHOICES:
            shown = self.tr(text)
            button = QPushButton(shown)
            if choice is BreakChoice.SNOOZE:
                button.setToolTip(self.tr("Remind me again in %n minutes", "", snooze_minutes))
                if snoozes_left <= 0:
                    button.setEnabled(False)
                    button.setToolTip(self.tr("This break has been put off as often as allowed"))
            else:
                button.setToolTip(self.tr("Skip this break and note why"))
            button.setAccessibleName(self.tr("Not now: {answer}").format(answer=shown))
            button.clicked.connect(lambda _=False, c=choice, r=reason: self.answer(c, r))
            self.not_now_buttons[text] = button
            not_now.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.why_label)
        layout.addWidget(self.held_label)
        layout.addWidget(self.move_label)
        layout.addWidget(self.how_label)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.side_badge, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(move)
        layout.addLayout(actions)
        layout.addWidget(not_now_label)
        layout.addLayout(not_now)
        self.setFixedWidth(400)

    def _held_text(self, due: BreakDue) -> str:
        """Return the line saying what held ``due`` back and how long ("" if nothing did)."""
        minutes = int(due.held_for.total_seconds() // 60)
        if due.held_by == "call":
            if minutes:
                return self.tr("Held back %n minutes because you were on a call.", "", minutes)
            return self.tr("Held back a moment because you were on a call.")
        if due.held_by == "fullscreen":
            if minutes:
                return self.tr("Held back %n minutes while an app was full screen.", "", minutes)
            return self.tr("Held back a moment while an app was full screen.")
        if due.held_by == "do-not-disturb":
            if minutes:
                return self.tr("Held back %n minutes while do-not-disturb was on.", "", minutes)
            return self.tr("Held back a moment while do-not-disturb was on.")
        return ""

    @property
    def move_running(self) -> bool:
        """Return whether the guided move is counting."""
        runner = self.driver.runner
        return runner is not None and runner.state is RunnerState.RUNNING

    def place_near_pointer(self) -> None:
        """Move to the bottom-right corner of the screen the mouse is on."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        size = self.sizeHint().expandedTo(self.minimumSizeHint())
        self.resize(size)
        self.move(
            QPoint(
                area.right() - size.width() - _MARGIN,
                area.bottom() - size.height() - _MARGIN,
            )
        )

    def start_move(self) -> None:
        """Start the move's countdown."""
        if self.driver.runner is None:
            self.start_button.setEnabled(False)
            self.driver.start(self.plan)
            self.keep_on_screen()

    def keep_on_screen(self) -> None:
        """Grow to fit what the move shows, moving up if the bottom would leave the screen."""
        self.adjustSize()
        area = self.screen().availableGeometry()
        lowest_top = area.bottom() - _MARGIN - self.height()
        if self.y() > lowest_top:
            self.move(self.x(), max(area.top(), lowest_top))

    def user_away(self) -> None:
        """The user left the desk: a walk in progress counts as done."""
        runner = self.driver.runner
        if runner is not None and self.exercise.id == "walk-break" and self.move_running:
            self.answer(BreakChoice.DONE, "away-during-walk")

    def answer(self, choice: BreakChoice, reason: str | None) -> None:
        """Answer the break once and close the card."""
        if self._answered:
            return
        self._answered = True
        runner = self.driver.runner
        if runner is not None and runner.state in (RunnerState.RUNNING, RunnerState.PAUSED):
            runner.stop()
        self.driver.timer.stop()
        self.answered.emit(choice, reason)
        self.close()

    def dismiss(self) -> None:
        """Close without an answer (the break was settled some other way)."""
        self._answered = True
        self.driver.timer.stop()
        self.close()

    def _show_snapshot(self, snapshot: Snapshot) -> None:
        step = snapshot.step
        if step is None:
            return
        self.heading_label.setText(
            self.tr("Well done") if step.kind is StepKind.DONE else step_heading(step)
        )
        self.side_badge.show_side(step.side)
        caption = (
            self.tr("squeeze {rep} of {reps}").format(rep=step.rep, reps=step.reps)
            if step.rep and step.reps
            else self.tr("seconds")
        )
        seconds = snapshot.display_seconds
        text, spoken = "", None
        if seconds is not None:
            text, spoken = str(seconds), render(seconds_left(seconds))
            if step.rep and step.reps:
                spoken = self.tr("{countdown}, {caption}").format(countdown=spoken, caption=caption)
        self.ring.set_state(text, caption, snapshot.progress, paused=False, spoken=spoken)
        if step.kind is not StepKind.DONE:
            self.figure.show_snapshot(snapshot)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, CueDue) and self._cue_player is not None:
            self._cue_player.play(event.kind)
        if isinstance(event, SessionEnded) and event.summary.finished:
            self.answer(BreakChoice.DONE, None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._answered:
            self._answered = True
            self.driver.timer.stop()
            self.answered.emit(BreakChoice.SNOOZE, None)  # closing the card is "later"
        super().closeEvent(event)
