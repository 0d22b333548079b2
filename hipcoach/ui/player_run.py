"""The live view of a running session: what to do now, for how long, and on which side."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.clock import Clock
from hipcoach.core.countdown_speech import seconds_left
from hipcoach.core.exercises import Category
from hipcoach.core.plan import Plan, Side, Step, StepKind, TempoPart
from hipcoach.core.session import RunnerState, Snapshot
from hipcoach.ui.accessible import name_by_content, show_text
from hipcoach.ui.countdown_ring import CountdownRing
from hipcoach.ui.figure_view import FigureView
from hipcoach.ui.flow_layout import FlowLayout, flow_policy
from hipcoach.ui.player_pain import PainStopPanel
from hipcoach.ui.text import sized
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, render, translate

_PART_WORDS = {
    TempoPart.LIFT: QT_TRANSLATE_NOOP("RunView", "Up"),
    TempoPart.HOLD: QT_TRANSLATE_NOOP("RunView", "Hold"),
    TempoPart.LOWER: QT_TRANSLATE_NOOP("RunView", "Down"),
}
_TIMED_WORK_WORDS = {
    Category.RELEASE: QT_TRANSLATE_NOOP("RunView", "Roll slowly, rest on tender spots"),
    Category.STRETCH: QT_TRANSLATE_NOOP("RunView", "Keep going"),
    Category.STRENGTHEN: QT_TRANSLATE_NOOP("RunView", "Keep going"),
    Category.SNACK: QT_TRANSLATE_NOOP("RunView", "Keep walking"),
}


def _sized(label: QLabel, points: int, *, bold: bool = False) -> QLabel:
    sized(label, points, bold=bold)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def step_heading(step: Step) -> str:
    """Return the short instruction for ``step`` shown above the countdown."""
    if step.kind is StepKind.WORK and step.part is not None:
        return translate("RunView", _PART_WORDS[step.part])
    if step.kind is StepKind.WORK and step.seconds is None:
        if step.reps:
            return translate("RunView", "Do {reps} reps, then press Done").format(reps=step.reps)
        return translate("RunView", "Press Done when finished")
    if step.kind is StepKind.WORK and step.title == "Hold":
        return translate("RunView", "Hold the stretch")
    if step.kind is StepKind.WORK and step.exercise is not None:
        return translate("RunView", _TIMED_WORK_WORDS[step.exercise.category])
    if step.kind is StepKind.GET_READY:
        return translate("RunView", "Get into position")
    if step.kind is StepKind.PHASE_INTRO:
        return translate("RunView", "{phase} phase").format(phase=step.title)
    if step.kind is StepKind.REST:
        return translate("RunView", "Rest")
    if step.kind is StepKind.SWITCH_SIDE and step.side is not None:
        if step.side is Side.LEFT:
            return translate("RunView", "Switch to the left side")
        return translate("RunView", "Switch to the right side")
    if step.kind is StepKind.DONE:
        return translate("RunView", "Well done")
    return step.title


def next_exercise_name(plan: Plan, index: int) -> str | None:
    """Return the name of the first exercise after the one at ``index``, if any."""
    current = plan.steps[index].exercise_index
    for step in plan.steps[index + 1 :]:
        if step.exercise is not None and step.exercise_index != current:
            return step.exercise.name
    return None


class SideBadge(QLabel):
    """Shows which side is working: an arrow and a word, not colour alone.

    A screen reader hears "Left side" or "Right side" (without the arrow).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _sized(self, 22, bold=True)
        self.setAccessibleDescription(self.tr("Side"))
        self.setMinimumHeight(56)
        self.show_side(None)

    def show_side(self, side: Side | None) -> None:
        """Show ``side``, or hide the badge for exercises without sides."""
        if side is None:
            show_text(self, "")
            self.setVisible(False)
            return
        self.setVisible(True)
        if side is Side.LEFT:
            show_text(self, self.tr("◀  LEFT side"), spoken=self.tr("Left side"))
            colours = "background: #1f5fa8; color: white;"
        else:
            show_text(self, self.tr("RIGHT side  ▶"), spoken=self.tr("Right side"))
            colours = "background: #a8431f; color: white;"
        self.setStyleSheet(f"QLabel {{ {colours} border-radius: 10px; padding: 6px 24px; }}")


class RunView(QWidget):
    """Renders snapshots of the running session and offers its controls.

    ``command`` fires with a runner command name (``toggle_pause``, ``skip``,
    ``back``, ``restart_step``, ``done``, ``skip_exercise``) or with
    ``stop`` / ``pain`` for the page to confirm and carry out. ``clock`` is
    the session driver's clock, which lets the exercise figure move smoothly
    between snapshots. After a stop for sharp pain ``pain_panel`` takes the
    place of the countdown and the controls until the session goes on.
    """

    command = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.phase_label = _sized(QLabel(), 12)
        self.overall = QProgressBar()
        self.overall.setAccessibleName(self.tr("Session progress"))
        self.overall.setTextVisible(True)
        self.overall.setFormat(self.tr("%p% of the session"))
        self.exercise_label = _sized(QLabel(), 24, bold=True)
        name_by_content(self.exercise_label, self.tr("Exercise"))
        self.heading_label = _sized(QLabel(), 18)
        name_by_content(self.heading_label, self.tr("What to do now"))
        self.ring = CountdownRing()
        self.figure = FigureView(clock)
        self.figure.setMaximumSize(440, 360)  # big enough to follow, cheap enough to animate
        self.side_badge = SideBadge()
        self.counter_label = _sized(QLabel(), 16, bold=True)
        name_by_content(self.counter_label, self.tr("Set and repetition"))
        self.cue_label = _sized(QLabel(), 18)
        name_by_content(self.cue_label, self.tr("Cue"))
        self.caution_label = _sized(QLabel(), 13)
        name_by_content(self.caution_label, self.tr("Caution"))
        self.caution_label.setStyleSheet(
            "QLabel { background: #fff4e0; color: #4d3000; border: 2px solid #e0a030;"
            " border-radius: 8px; padding: 8px; }"
        )
        self.next_label = _sized(QLabel(), 12)
        name_by_content(self.next_label, self.tr("Next up"))
        self.notice_label = _sized(QLabel(), 11)
        name_by_content(self.notice_label, self.tr("Notice"))
        self.notice_label.setVisible(False)

        self.back_button = self._button(
            self.tr("◀ Back"), "back", self.tr("Go back one step (Left arrow)")
        )
        self.pause_button = self._button(
            self.tr("Pause"), "toggle_pause", self.tr("Pause or resume (Space)")
        )
        self.skip_button = self._button(
            self.tr("Skip ▶"), "skip", self.tr("Skip this step (Right arrow)")
        )
        self.skip_exercise_button = self._button(
            self.tr("Next exercise ▶▶"),
            "skip_exercise",
            self.tr("Skip the rest of this exercise (Shift+Right)"),
        )
        self.restart_button = self._button(
            self.tr("Restart step"), "restart_step", self.tr("Restart this step (R)")
        )
        self.done_button = self._button(
            self.tr("Done ✓"), "done", self.tr("Finished this step (Enter)")
        )
        self.stop_button = self._button(self.tr("Stop"), "stop", self.tr("Stop the session (Esc)"))
        self.pain_button = self._button(
            self.tr("Sharp pain — stop"),
            "pain",
            self.tr(
                "Stop this exercise now: a stretch brings mild to moderate discomfort,"
                " never sharp or burning pain"
            ),
        )
        self.pain_button.setStyleSheet(
            "QPushButton { background: #b3261e; color: white; font-weight: bold;"
            " padding: 8px 14px; border-radius: 6px; }"
            " QPushButton:disabled { background: #c9b3b1; color: #f4eeee; }"
        )

        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.figure, 4)
        middle.addWidget(self.ring, 4)
        middle.addStretch(1)
        # The buttons wrap onto a second row in a narrow window.
        buttons = QWidget()
        buttons.setSizePolicy(flow_policy())
        flow = FlowLayout(buttons)
        for button in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.skip_exercise_button,
            self.restart_button,
            self.done_button,
            self.stop_button,
        ):
            flow.addWidget(button)
        controls = QHBoxLayout()
        controls.addWidget(buttons, 1)
        controls.addWidget(self.pain_button, 0, Qt.AlignmentFlag.AlignTop)

        self.live = QWidget()
        live = QVBoxLayout(self.live)
        live.setContentsMargins(0, 0, 0, 0)
        live.addWidget(self.heading_label)
        live.addWidget(self.side_badge, 0, Qt.AlignmentFlag.AlignHCenter)
        live.addLayout(middle, 1)
        live.addWidget(self.counter_label)
        live.addWidget(self.cue_label)
        live.addWidget(self.caution_label)
        live.addWidget(self.next_label)
        live.addLayout(controls)
        self.pain_panel = PainStopPanel()
        holder = QWidget()  # the panel as tall as its text, at the top
        pain_page = QVBoxLayout(holder)
        pain_page.setContentsMargins(0, 0, 0, 0)
        pain_page.addWidget(self.pain_panel)
        pain_page.addStretch(1)
        # Scrolls rather than making the running view taller than a small window.
        self._pain_page = QScrollArea()
        self._pain_page.setWidget(holder)
        self._pain_page.setWidgetResizable(True)
        self._pain_page.setFrameShape(QFrame.Shape.NoFrame)
        # One of the two shows at a time. Not a stacked widget: a layout sizes
        # itself by the shown one only, so the panel never makes the view taller.
        self._pain_page.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.overall)
        layout.addWidget(self.exercise_label)
        layout.addWidget(self.live, 1)
        layout.addWidget(self._pain_page, 1)
        layout.addWidget(self.notice_label)

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.strip("◀▶✓ "))
        button.setAccessibleDescription(tip)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: self.command.emit(name))
        return button

    def show_notice(self, text: str) -> None:
        """Show a message under the countdown until ``clear_notice``."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def clear_notice(self) -> None:
        """Hide the notice."""
        self.show_notice("")

    @property
    def showing_pain_stop(self) -> bool:
        """Return whether the pain-stop panel is on show."""
        return not self._pain_page.isHidden()

    def show_pain_stop(self) -> None:
        """Show ``pain_panel`` (filled by the caller) in place of the countdown and controls."""
        self.live.hide()
        self._pain_page.show()
        self.pain_panel.focus_choice()

    def hide_pain_stop(self) -> None:
        """Show the countdown and controls again, with the keyboard focus on Pause."""
        if not self.showing_pain_stop:
            return
        had_focus = self.pain_panel.isAncestorOf(self.focusWidget())
        self._pain_page.hide()
        self.live.show()
        if had_focus:
            self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show ``snapshot`` of the session of ``self.plan``.

        A snapshot that no longer waits for a pain-stop choice puts the
        countdown back in place of the pain-stop panel.
        """
        plan, step = self.plan, snapshot.step
        if plan is None or step is None:
            return
        if not snapshot.awaiting_pain_choice:
            self.hide_pain_stop()
        done_before = sum(s.seconds or 0 for s in plan.steps[: snapshot.index])
        elapsed = done_before + (step.seconds or 0) * snapshot.progress
        self.overall.setMaximum(max(1, plan.total_seconds))
        self.overall.setValue(round(elapsed))
        exercises = 1 + max((s.exercise_index or 0) for s in plan.steps)
        position = (
            self.tr(" · exercise {number} of {count}").format(
                number=step.exercise_index + 1, count=exercises
            )
            if step.exercise_index is not None
            else ""
        )
        self.phase_label.setText(
            f"{step.phase}{position}"
            if step.kind is not StepKind.DONE
            else self.tr("Session complete")
        )
        done = step.kind is StepKind.DONE
        self.exercise_label.setText(
            step.exercise.name if step.exercise else step_heading(step) if done else step.title
        )
        self.heading_label.setText(step_heading(step))
        self.side_badge.show_side(step.side)
        paused = snapshot.state is RunnerState.PAUSED
        if snapshot.display_seconds is None:
            text, caption = "✓", self.tr("press Done")
            spoken = caption
        else:
            text, caption = str(snapshot.display_seconds), self.tr("seconds")
            spoken = render(seconds_left(snapshot.display_seconds))
        if paused:
            caption = self.tr("paused — Space to resume")
            spoken = self.tr("{countdown}, paused — Space to resume").format(countdown=spoken)
        self.ring.set_state(text, caption, snapshot.progress, paused=paused, spoken=spoken)
        self.figure.show_snapshot(snapshot)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        counters = []
        if step.sets and step.set:
            counters.append(self.tr("Set {n} of {total}").format(n=step.set, total=step.sets))
        if step.reps and step.rep:
            counters.append(self.tr("Rep {n} of {total}").format(n=step.rep, total=step.reps))
        self.counter_label.setText("   ·   ".join(counters))
        quoted = step.cue and step.kind is StepKind.WORK
        cue = render(step.cue or "")
        self.cue_label.setText(f"“{cue}”" if quoted else cue)
        caution = ""
        if step.kind is StepKind.GET_READY and step.exercise and step.exercise.cautions:
            caution = "⚠ " + step.exercise.cautions[0]
        self.caution_label.setText(caution)
        self.caution_label.setVisible(bool(caution))
        following = next_exercise_name(plan, snapshot.index)
        self.next_label.setText(
            self.tr("Next up: {name}").format(name=following) if following else ""
        )
        paced = step.seconds is None or step.kind is not StepKind.WORK
        self.done_button.setEnabled(paced and step.kind is not StepKind.DONE)
        self.pain_button.setEnabled(step.exercise is not None)  # nothing to stop otherwise
