"""The red-flag check-in: six yes/no questions, and what to do if any is yes."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.messages import Message
from hipcoach.core.reference import RedFlag
from hipcoach.core.safety import CONTINUE, GENTLE, STOP
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.text import label
from hipcoach.ui.translate import render

__all__ = ["CONTINUE", "GENTLE", "STOP", "RedFlagDialog"]


class RedFlagDialog(QDialog):
    """Asks each red flag as a yes/no question.

    With all answers "no" it closes accepted with ``choice == CONTINUE``.
    With any "yes" it shows ``recommend(answers)`` and lets the user stop
    (``STOP``), switch to the gentle routine (``GENTLE``) or carry on
    (``CONTINUE``). ``answers()`` returns the answers given.
    """

    def __init__(
        self,
        flags: tuple[RedFlag, ...],
        recommend: Callable[[Mapping[str, bool]], Message | str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Safety check"))
        self.setAccessibleName(self.tr("Safety check"))
        self._flags = flags
        self._recommend = recommend
        self.choice = STOP
        self.groups: dict[str, QButtonGroup] = {}

        questions = QWidget()
        grid = QGridLayout(questions)
        grid.addWidget(
            label(self.tr("Before you go on: has any of these happened?"), 14, bold=True),
            0,
            0,
            1,
            3,
        )
        intro = QLabel(
            self.tr(
                "These signs can point to a problem that needs a professional's eyes, not"
                " more stretching. Answer each one; nothing leaves this computer."
            )
        )
        intro.setWordWrap(True)
        grid.addWidget(intro, 1, 0, 1, 3)
        for row, flag in enumerate(flags, start=2):
            text = QLabel(flag.text)
            text.setWordWrap(True)
            yes, no = QRadioButton(self.tr("Yes")), QRadioButton(self.tr("No"))
            yes.setAccessibleName(self.tr("Yes: {question}").format(question=flag.text))
            no.setAccessibleName(self.tr("No: {question}").format(question=flag.text))
            group = QButtonGroup(self)
            group.addButton(yes, 1)
            group.addButton(no, 0)
            group.idClicked.connect(self._answered)
            self.groups[flag.id] = group
            grid.addWidget(text, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(0, 420)
        self.next_button = QPushButton(self.tr("Continue"))
        self.next_button.setEnabled(False)
        self.next_button.setToolTip(self.tr("Answer every question to continue"))
        self.next_button.clicked.connect(self._next)
        grid.addWidget(self.next_button, len(flags) + 2, 2)

        advice = QWidget()
        advice_layout = QVBoxLayout(advice)
        advice_layout.addWidget(label(self.tr("Please have this checked first"), 14, bold=True))
        self.advice_text = QLabel()
        self.advice_text.setWordWrap(True)
        name_by_content(self.advice_text, self.tr("Recommendation"))
        advice_layout.addWidget(self.advice_text, 1)
        buttons = QHBoxLayout()
        self.stop_button = QPushButton(self.tr("Stop for now"))
        self.gentle_button = QPushButton(self.tr("Use the gentle routine"))
        self.continue_button = QPushButton(self.tr("Continue anyway"))
        for button, choice in (
            (self.stop_button, STOP),
            (self.gentle_button, GENTLE),
            (self.continue_button, CONTINUE),
        ):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            buttons.addWidget(button)
        advice_layout.addLayout(buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(questions)
        self.pages.addWidget(advice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def answers(self) -> dict[str, bool]:
        """Return the answers given so far (flag id → yes)."""
        return {
            flag_id: group.checkedId() == 1
            for flag_id, group in self.groups.items()
            if group.checkedId() != -1
        }

    def answer(self, flag_id: str, yes: bool) -> None:
        """Answer one question (as a click would)."""
        self.groups[flag_id].button(1 if yes else 0).click()

    def _answered(self, _value: int) -> None:
        self.next_button.setEnabled(len(self.answers()) == len(self._flags))

    def _next(self) -> None:
        advice = self._recommend(self.answers())
        if advice is None:
            self._choose(CONTINUE)
            return
        self.advice_text.setText(render(advice))
        self.pages.setCurrentIndex(1)
        self.stop_button.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == STOP:
            self.reject()
        else:
            self.accept()
