"""The movement-break card: the break's set of moves at a glance, one guided at a time.

The card lists every part of the break (the guide's set: the standing
stretch on each side, the glute squeezes, the walk) with how each stands:
done ✓, skipped, now, next. The part that is now has its figure and its
own countdown; "Start" guides it, and once started the set runs on part by
part. Each part can be skipped on its own (the walk with "No time to walk
now"); the whole break can be done, skipped, put off, or settled with
"I stood up".
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.break_moves import BreakPart, BreakProgress, PartState
from hipcoach.core.clock import Clock, WallClock
from hipcoach.core.countdown_speech import seconds_left
from hipcoach.core.describe import format_seconds
from hipcoach.core.exercises import Exercise
from hipcoach.core.history_records import BreakPartRecord, PartOutcome
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
from hipcoach.ui.text import label, sized
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, render

#: (button text, choice, reason) for the one-click "not now" answers; the text
#: is English (it keys ``BreakCard.not_now_buttons``) and shown translated.
NOT_NOW_CHOICES = (
    (QT_TRANSLATE_NOOP("BreakCard", "In a meeting"), BreakChoice.SNOOZE, "meeting"),
    (QT_TRANSLATE_NOOP("BreakCard", "Later"), BreakChoice.SNOOZE, None),
    (QT_TRANSLATE_NOOP("BreakCard", "Pain"), BreakChoice.SKIP, "pain"),
    (QT_TRANSLATE_NOOP("BreakCard", "I was away"), BreakChoice.SKIP, "away"),
)
#: The reason recorded for a walk skipped with "No time to walk now".
NO_TIME = "no-time"
#: The marks of a part's state on the card (shown with a word, never alone).
_MARKS = {PartState.DONE: "✓", PartState.SKIPPED: "–", PartState.NOW: "▶", PartState.NEXT: "·"}

_MARGIN = 24
_WIDTH = 460


class PartRow:
    """One part of the break in the card's list: its mark, name, dosage and state word."""

    def __init__(self, grid: QGridLayout, row: int, part: BreakPart, dose: str) -> None:
        self.part = part
        self.dose = dose
        self.mark = label("", 13, bold=True)
        self.mark.setFixedWidth(22)
        self.mark.setAccessibleName(" ")  # the state is said in words by the name
        self.name = label(part.exercise.name, 12)
        self.name.setWordWrap(True)
        self.amount = label(dose, 12)
        self.state_word = label("", 12)
        self.state_word.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.mark, row, 0)
        grid.addWidget(self.name, row, 1)
        grid.addWidget(self.amount, row, 2)
        grid.addWidget(self.state_word, row, 3)


class BreakCard(QFrame):
    """Shows ``due``'s parts with their states and guides them one by one, near the mouse.

    It does not take the keyboard focus when it appears. ``answered`` fires
    once with ``(choice, reason)``: a ``BreakChoice`` and the one-click
    reason or None; ``stood_up`` fires instead when the user says they stood
    up. ``part_records`` then says what became of each part. The card
    deletes itself when closed.
    """

    # The reason may be None, which a Signal(str) would turn into "".
    answered = Signal(BreakChoice, object)
    stood_up = Signal()

    def __init__(
        self,
        due: BreakDue,
        parts: tuple[BreakPart, ...],
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
        self.due = due
        self.progress = BreakProgress(parts)
        self._records: tuple[BreakPartRecord, ...] = ()
        self._answered = False
        self._guiding = False  # once started, each next part starts by itself
        self._cue_player = cue_player
        self.driver = SessionDriver(clock, wall, self)
        self.driver.snapshot_changed.connect(self._show_snapshot)
        self.driver.runner_event.connect(self._on_event)

        title = label(self.tr("Time to stand up and move"), 15, bold=True)
        sat = int(due.sitting.total_seconds() // 60)
        self.why_label = QLabel(
            self.tr("You have been sitting for about %n minutes.", "", sat)
            if sat
            else self.tr("You asked for a break now.")
            if due.requested
            else self.tr("Time for a short break.")
        )
        self.held_label = QLabel(self._held_text(due))
        self.held_label.setWordWrap(True)
        self.held_label.setVisible(bool(self.held_label.text()))

        self.set_label = label(self._set_heading(parts), 12, bold=True)
        self.part_list = QWidget()
        self.part_list.setAccessibleName(self.tr("The parts of this break"))
        grid = QGridLayout(self.part_list)
        grid.setContentsMargins(4, 0, 4, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.part_rows = [
            PartRow(grid, row, part, self._dose(part)) for row, part in enumerate(parts)
        ]

        self.move_label = label("", 13, bold=True)
        name_by_content(self.move_label, self.tr("Move"))
        self.how_label = QLabel()
        self.how_label.setWordWrap(True)
        self.heading_label = label("", 13)
        name_by_content(self.heading_label, self.tr("What to do now"))
        self.side_badge = SideBadge()
        self.ring = CountdownRing()
        self.ring.setFixedSize(170, 170)
        self.figure = FigureView(clock)
        self.figure.setFixedSize(170, 170)
        move = QHBoxLayout()
        move.addStretch(1)
        move.addWidget(self.figure)
        move.addWidget(self.ring)
        move.addStretch(1)

        self.start_button = QPushButton(self.tr("&Start"))
        self.part_skip_button = QPushButton()
        self.start_button.clicked.connect(self.start_move)
        self.part_skip_button.clicked.connect(self.skip_part)
        part_actions = QHBoxLayout()
        part_actions.addWidget(self.start_button, 1)
        part_actions.addWidget(self.part_skip_button, 1)

        self.done_button = QPushButton(self.tr("All &done ✓"))
        self.done_button.setAccessibleName(self.tr("All done"))
        self.done_button.setToolTip(self.tr("I did the whole break"))
        self.skip_button = QPushButton(self.tr("Skip &break"))
        self.skip_button.setAccessibleName(self.tr("Skip the break"))
        self.skip_button.setToolTip(self.tr("Skip this whole break"))
        self.stood_up_button = QPushButton(self.tr("I stood &up"))
        self.stood_up_button.setToolTip(
            self.tr("I was up and about already: close this and count sitting time from now")
        )
        self.done_button.clicked.connect(lambda: self.answer(BreakChoice.DONE, None))
        self.skip_button.clicked.connect(lambda: self.answer(BreakChoice.SKIP, None))
        self.stood_up_button.clicked.connect(self.say_stood_up)
        actions = QHBoxLayout()
        actions.addWidget(self.done_button)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.stood_up_button)

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
        layout.addWidget(self.set_label)
        layout.addWidget(self.part_list)
        layout.addWidget(_line())
        layout.addWidget(self.move_label)
        layout.addWidget(self.how_label)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.side_badge, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(move)
        layout.addLayout(part_actions)
        layout.addWidget(_line())
        layout.addLayout(actions)
        layout.addWidget(not_now_label)
        layout.addLayout(not_now)
        self.setFixedWidth(_WIDTH)
        order = [
            self.start_button,
            self.part_skip_button,
            self.done_button,
            self.skip_button,
            self.stood_up_button,
            *self.not_now_buttons.values(),
        ]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        self._show_part()

    # -- what the coordinator reads ----------------------------------------------

    @property
    def parts(self) -> tuple[BreakPart, ...]:
        """The parts of the break, in order."""
        return self.progress.parts

    @property
    def part_records(self) -> tuple[BreakPartRecord, ...]:
        """What became of each part, once the card was answered (empty before)."""
        return self._records

    @property
    def exercise(self) -> Exercise:
        """The exercise of the part on show (the last one once all are settled)."""
        part = self.progress.current_part or self.parts[-1]
        return part.exercise

    @property
    def plan(self) -> Plan:
        """The plan of the part on show."""
        part = self.progress.current_part or self.parts[-1]
        return part.plan

    @property
    def move_running(self) -> bool:
        """Return whether the current part's countdown is counting."""
        runner = self.driver.runner
        return runner is not None and runner.state is RunnerState.RUNNING

    # -- placing ----------------------------------------------------------------

    def place_near_pointer(self) -> None:
        """Move to the bottom-right corner of the screen the mouse is on."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        size = self.sizeHint().expandedTo(self.minimumSizeHint()).expandedTo(self.minimumSize())
        self.resize(size)
        self.move(
            QPoint(
                area.right() - size.width() - _MARGIN,
                area.bottom() - size.height() - _MARGIN,
            )
        )

    def keep_on_screen(self) -> None:
        """Grow to fit what the move shows, moving up if the bottom would leave the screen."""
        self.adjustSize()
        area = self.screen().availableGeometry()
        lowest_top = area.bottom() - _MARGIN - self.height()
        if self.y() > lowest_top:
            self.move(self.x(), max(area.top(), lowest_top))

    # -- the user's actions -----------------------------------------------------------

    def start_move(self) -> None:
        """Start the current part's countdown; the parts after it follow by themselves."""
        part = self.progress.current_part
        if part is None or self.move_running:
            return
        self._guiding = True
        self.start_button.setEnabled(False)
        self.driver.start(part.plan)
        self.keep_on_screen()

    def skip_part(self) -> None:
        """Skip the current part alone (the walk: "no time to walk now") and go on."""
        part = self.progress.current_part
        if part is None or self._answered:
            return
        seconds = self._stop_part()
        self.progress.skip(seconds, NO_TIME if part.is_walk else None)
        self._next_part()

    def say_stood_up(self) -> None:
        """The user was up already: close, with the parts not done as not reached."""
        if self._answered:
            return
        self._settle(PartOutcome.NOT_REACHED, PartOutcome.NOT_REACHED, None)
        self.stood_up.emit()
        self.close()

    def user_away(self) -> None:
        """The user left the desk: a walk in progress counts as done."""
        part = self.progress.current_part
        if part is not None and part.is_walk and self.move_running:
            self.answer(BreakChoice.DONE, "away-during-walk")

    def answer(self, choice: BreakChoice, reason: str | None) -> None:
        """Answer the whole break once and close the card."""
        if self._answered:
            return
        match choice:
            case BreakChoice.DONE:
                after = PartOutcome.NOT_REACHED if reason else PartOutcome.DONE
                self._settle(PartOutcome.DONE, after, reason)
            case BreakChoice.SNOOZE:
                self._settle(PartOutcome.SNOOZED, PartOutcome.SNOOZED, reason)
            case BreakChoice.SKIP:
                self._settle(PartOutcome.SKIPPED, PartOutcome.SKIPPED, reason)
        self.answered.emit(choice, reason)
        self.close()

    def dismiss(self) -> None:
        """Close without an answer (the break was settled some other way)."""
        self._answered = True
        self.driver.timer.stop()
        self.close()

    # -- internals ---------------------------------------------------------------

    def _settle(self, current: PartOutcome, rest: PartOutcome, reason: str | None) -> None:
        """Stop any countdown and fix every part's record; the card is answered."""
        self._answered = True
        seconds = self._stop_part()
        self._records = self.progress.records(current, rest, seconds=seconds, reason=reason)

    def _stop_part(self) -> float:
        """Stop the current part's countdown; return the work it counted."""
        runner = self.driver.runner
        if runner is None or runner.state is RunnerState.IDLE:
            return 0.0
        if runner.state in (RunnerState.RUNNING, RunnerState.PAUSED):
            runner.stop()
        self.driver.timer.stop()
        return runner.summary().work.done_seconds

    def _next_part(self) -> None:
        """Show the next part (started if the set is being guided), or end the break."""
        if self.progress.finished:
            choice = BreakChoice.DONE if self.progress.any_done else BreakChoice.SKIP
            self.answer(choice, None)
            return
        self._show_part()
        if self._guiding:
            self.start_move()

    def _show_part(self) -> None:
        """Show the list's states and the current part, ready to start."""
        for index, row in enumerate(self.part_rows):
            state = self.progress.state(index)
            word = self._state_word(state)
            row.mark.setText(_MARKS[state])
            row.state_word.setText(word)
            sized(row.name, 12, bold=state is PartState.NOW)
            row.name.setAccessibleName(
                self.tr("{move}, {amount}: {state}").format(
                    move=row.part.exercise.name, amount=row.dose, state=word
                )
            )
        part = self.progress.current_part
        if part is None:
            return
        exercise = part.exercise
        self.move_label.setText(exercise.name)
        self.how_label.setText(exercise.summary)
        self.heading_label.setText("")
        self.side_badge.show_side(None)
        length = render(format_seconds(part.plan.work_seconds)) if part.plan.work_seconds else ""
        self.ring.set_state(
            length,
            self.tr("press Start"),
            0.0,
            paused=False,
            spoken=self.tr("{length}, press Start").format(length=length) if length else None,
        )
        self.figure.show_still(exercise, Side.LEFT if exercise.per_side else None)
        self.start_button.setEnabled(True)
        self.start_button.setToolTip(
            self.tr("Start the guided {move}").format(move=exercise.name.lower())
        )
        if part.is_walk:
            self.part_skip_button.setText(self.tr("&No time to walk now"))
            self.part_skip_button.setToolTip(
                self.tr("Leave out the walk this time; the rest of the break still counts")
            )
        else:
            self.part_skip_button.setText(self.tr("S&kip this part"))
            self.part_skip_button.setToolTip(
                self.tr("Leave out {move} and go on").format(move=exercise.name.lower())
            )
        self.part_skip_button.setAccessibleName(self.part_skip_button.text().replace("&", ""))

    def _state_word(self, state: PartState) -> str:
        match state:
            case PartState.DONE:
                return self.tr("done")
            case PartState.SKIPPED:
                return self.tr("skipped")
            case PartState.NOW:
                return self.tr("now")
            case PartState.NEXT:
                return self.tr("next")

    def _set_heading(self, parts: tuple[BreakPart, ...]) -> str:
        if len(parts) == 1:
            return self.tr("This break:")
        return self.tr("This break, %n parts in order:", "", len(parts))

    def _dose(self, part: BreakPart) -> str:
        """Return the part's amount in a few words ("20 s each side", "10 times", "3 min")."""
        exercise = part.exercise
        dosage = exercise.dosage
        if dosage.reps is not None:
            return self.tr("%n times", "", dosage.reps.default)
        seconds = dosage.hold_seconds or dosage.duration_seconds
        if seconds is None:
            return ""
        amount = render(format_seconds(seconds.default))
        if exercise.per_side:
            return self.tr("{amount} each side").format(amount=amount)
        return amount

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

    def _show_snapshot(self, snapshot: Snapshot) -> None:
        step = snapshot.step
        if step is None or self._answered:
            return
        if step.kind is StepKind.DONE:
            return  # the next part takes over at once
        self.heading_label.setText(step_heading(step))
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
            if seconds >= 60:
                text = f"{seconds // 60}:{seconds % 60:02d}"
                caption = (
                    self.tr("left to walk")
                    if self.progress.current_part and (self.progress.current_part.is_walk)
                    else self.tr("left")
                )
            if step.rep and step.reps:
                spoken = self.tr("{countdown}, {caption}").format(countdown=spoken, caption=caption)
        self.ring.set_state(text, caption, snapshot.progress, paused=False, spoken=spoken)
        self.figure.show_snapshot(snapshot)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, CueDue) and self._cue_player is not None:
            self._cue_player.play(event.kind)
        if isinstance(event, SessionEnded) and event.summary.finished and not self._answered:
            self.progress.done(event.summary.work.done_seconds)
            self._next_part()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._answered:
            self._settle(PartOutcome.SNOOZED, PartOutcome.SNOOZED, None)
            self.answered.emit(BreakChoice.SNOOZE, None)  # closing the card is "later"
        super().closeEvent(event)


def _line() -> QFrame:
    """Return a thin line between the card's sections."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
