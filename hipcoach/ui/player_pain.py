"""After "Sharp pain — stop": what to do now, and the choice to go on or end the session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.exercises import Category, Exercise
from hipcoach.ui.exercise_detail import ExerciseDetail
from hipcoach.ui.text import sized
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, translate

#: What to do now, by the kind of exercise that hurt.
_ADVICE = {
    Category.RELEASE: QT_TRANSLATE_NOOP(
        "PainStopPanel",
        "Roll off the roller or ball and rest. Pressure on a tender spot may feel firm and"
        " uncomfortable, never sharp. Next time press more lightly and keep to the muscle,"
        " away from bone.",
    ),
    Category.STRETCH: QT_TRANSLATE_NOOP(
        "PainStopPanel",
        "Come out of the stretch slowly and rest. A stretch should feel like a mild to"
        " moderate pull, never sharp or burning. Next time go less far into it.",
    ),
    Category.STRENGTHEN: QT_TRANSLATE_NOOP(
        "PainStopPanel",
        "Come down gently and rest. Working muscles may tire and feel warm, but sharp pain"
        " in your back or hip means stop. Do not push through it: leave this exercise for"
        " today.",
    ),
    Category.SNACK: QT_TRANSLATE_NOOP(
        "PainStopPanel",
        "Stop and stand or sit comfortably. A movement break should feel easy; sharp pain"
        " means leave this move for now.",
    ),
}


def pain_advice(category: Category) -> str:
    """Return what to do after sharp pain in an exercise of ``category``, translated."""
    return translate("PainStopPanel", _ADVICE[category])


class GentlerDialog(QDialog):
    """Shows the gentler exercise in full, to read before deciding what to do next."""

    def __init__(self, exercise: Exercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A gentler exercise"))
        self.setAccessibleName(exercise.name)
        self.detail = ExerciseDetail()
        self.detail.show_exercise(exercise)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detail, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)


def _wrapped(points: int, *, bold: bool = False) -> QLabel:
    label = QLabel()
    sized(label, points, bold=bold)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class PainStopPanel(QFrame):
    """Shown in place of the countdown after a stop for sharp pain.

    It says what to do now (fitting the exercise's category), names the
    gentler exercise if there is one (``gentler_requested`` fires with it
    when the user asks to see it) or says plainly that there is none, and
    offers the choice: ``go_on`` (continue with the next exercise) or
    ``end_session``. Nothing counts down while it shows.
    """

    go_on = Signal()
    end_session = Signal()
    gentler_requested = Signal(Exercise)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painStopPanel")
        self.setStyleSheet(
            "QFrame#painStopPanel { background: #fdecea; border: 2px solid #b3261e;"
            " border-radius: 10px; } QFrame#painStopPanel QLabel { color: #3b0a07; }"
        )
        self.setAccessibleName(self.tr("Stopped for sharp pain"))
        self._gentler: Exercise | None = None

        self.title_label = _wrapped(20, bold=True)
        self.advice_label = _wrapped(13)
        self.gentler_label = _wrapped(13)
        self.gentler_button = QPushButton()
        self.gentler_button.clicked.connect(self._ask_for_gentler)
        self.help_label = _wrapped(12)
        self.help_label.setText(
            self.tr(
                "Sharp pain that starts suddenly during exercise can be a strain. If it stays"
                " or comes back, have a physiotherapist or doctor look at it."
            )
        )
        self.help_label.setAccessibleName(self.help_label.text())
        self.choice_label = _wrapped(13, bold=True)
        self.continue_button = QPushButton()
        self.continue_button.clicked.connect(self.go_on)
        self.end_button = QPushButton(self.tr("End the session"))
        self.end_button.setAccessibleName(self.end_button.text())
        self.end_button.setToolTip(self.tr("End the session now; what you did is kept"))
        self.end_button.clicked.connect(self.end_session)
        for button in (self.gentler_button, self.continue_button, self.end_button):
            button.setMinimumHeight(40)
            sized(button, 12, bold=button is not self.gentler_button)

        gentler_row = QHBoxLayout()
        gentler_row.addWidget(self.gentler_label, 1)
        gentler_row.addWidget(self.gentler_button, 0, Qt.AlignmentFlag.AlignVCenter)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.continue_button)
        choice_row.addWidget(self.end_button)
        choice_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.advice_label)
        layout.addLayout(gentler_row)
        layout.addWidget(self.help_label)
        layout.addSpacing(16)
        layout.addWidget(self.choice_label)
        layout.addLayout(choice_row)

    @property
    def gentler(self) -> Exercise | None:
        """Return the gentler exercise offered, if any."""
        return self._gentler

    def show_for(self, exercise: Exercise, gentler: Exercise | None, next_name: str | None) -> None:
        """Fill the panel for a pain stop in ``exercise``.

        ``gentler`` is its gentler alternative (None: there is none);
        ``next_name`` the exercise that comes next (None: this was the last,
        and only ending the session is offered).
        """
        self._gentler = gentler
        self._set(
            self.title_label,
            self.tr("Stopped: sharp pain in “{name}”").format(name=exercise.name),
        )
        self._set(self.advice_label, pain_advice(exercise.category))
        if gentler is not None:
            self._set(
                self.gentler_label,
                self.tr("A gentler exercise for this: “{name}”.").format(name=gentler.name),
            )
            self.gentler_button.setText(self.tr("Show “{name}”").format(name=gentler.name))
            self.gentler_button.setAccessibleName(self.gentler_button.text())
            self.gentler_button.setToolTip(self.tr("Read how to do the gentler exercise"))
        else:
            self._set(
                self.gentler_label,
                self.tr(
                    "There is no gentler version of this exercise in the library. Leave it"
                    " out until it no longer hurts."
                ),
            )
        self.gentler_button.setVisible(gentler is not None)
        if next_name is not None:
            self._set(
                self.choice_label,
                self.tr("Nothing counts down until you choose: go on, or end here."),
            )
            self.continue_button.setText(
                self.tr("Continue with the next exercise: {name}").format(name=next_name)
            )
            self.continue_button.setAccessibleName(self.continue_button.text())
            self.continue_button.setToolTip(self.tr("Leave this exercise and start the next one"))
        else:
            self._set(
                self.choice_label,
                self.tr("This was the last exercise. Nothing counts down until you end it."),
            )
        self.continue_button.setVisible(next_name is not None)

    def focus_choice(self) -> None:
        """Put the keyboard focus on the safest choice: ending the session."""
        self.end_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)

    def _ask_for_gentler(self) -> None:
        if self._gentler is not None:
            self.gentler_requested.emit(self._gentler)
