"""The Breaks page: where break reminders stand, and control over them without a tray."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.clock import WallClock
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.break_driver import BreakAnswer, BreakDriver, BreakStatus
from hipcoach.ui.text import label, page_title
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, format_time, translate
from hipcoach.ui.tray import PAUSE_CHOICES, describe_status

_ACTION_WORDS = {
    "done": QT_TRANSLATE_NOOP("BreaksPage", "Done"),
    "snoozed": QT_TRANSLATE_NOOP("BreaksPage", "Snoozed"),
    "skipped": QT_TRANSLATE_NOOP("BreaksPage", "Skipped"),
}
#: The pause buttons' short words, by the tray's pause choice they stand for.
_PAUSE_BUTTONS = {
    "For 30 minutes": QT_TRANSLATE_NOOP("BreaksPage", "30 minutes"),
    "For 1 hour": QT_TRANSLATE_NOOP("BreaksPage", "1 hour"),
    "For 2 hours": QT_TRANSLATE_NOOP("BreaksPage", "2 hours"),
    "Until tomorrow": QT_TRANSLATE_NOOP("BreaksPage", "Until tomorrow"),
}


class BreaksPage(QWidget):
    """Shows the break status and today's answers; its buttons act on ``driver``."""

    def __init__(
        self,
        driver: BreakDriver,
        wall: WallClock,
        *,
        move_name: Callable[[str], str] = lambda move: move,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._driver = driver
        self._wall = wall
        self._move_name = move_name
        title = page_title(self.tr("Movement breaks"))
        self.status_label = label("", 14)
        self.status_label.setWordWrap(True)
        name_by_content(self.status_label, self.tr("Break status"))
        self.tray_label = QLabel()
        self.tray_label.setWordWrap(True)
        self.tray_label.setVisible(False)

        self.break_now_button = QPushButton(self.tr("Take a break now"))
        self.break_now_button.setToolTip(self.tr("Show a break card right away"))
        self.break_now_button.clicked.connect(driver.break_now)
        self.pause_buttons: list[QPushButton] = []
        pauses = QHBoxLayout()
        pauses.addWidget(QLabel(self.tr("Pause:")))
        for text, seconds in PAUSE_CHOICES:
            button = QPushButton(self.tr(_PAUSE_BUTTONS.get(text, text)))
            shown = translate("TrayController", text)
            when = text.lower() if shown == text else shown
            button.setAccessibleName(self.tr("Pause breaks {when}").format(when=when))
            button.setToolTip(self.tr("No break reminders {when}").format(when=when))
            if seconds is None:
                button.clicked.connect(driver.pause_until_tomorrow)
            else:
                button.clicked.connect(lambda _=False, s=seconds: driver.pause_for(s))
            self.pause_buttons.append(button)
            pauses.addWidget(button)
        pauses.addStretch(1)
        self.resume_button = QPushButton(self.tr("Resume breaks"))
        self.resume_button.clicked.connect(driver.resume)

        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Today's breaks"))
        history_label = QLabel(self.tr("&Today's breaks"))
        history_label.setBuddy(self.history)

        actions = QHBoxLayout()
        actions.addWidget(self.break_now_button)
        actions.addWidget(self.resume_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tray_label)
        layout.addLayout(actions)
        layout.addLayout(pauses)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

        driver.status_changed.connect(self.show_status)
        driver.answered.connect(self.add_answer)
        self.show_status(driver.status())

    def set_tray_available(self, available: bool) -> None:
        """Explain how reminders arrive when there is no system tray."""
        self.tray_label.setText(
            ""
            if available
            else self.tr(
                "No system tray was found, so hipcoach keeps running while this window is"
                " open (minimised is fine) and shows break cards itself."
            )
        )
        self.tray_label.setVisible(not available)

    def show_status(self, status: BreakStatus) -> None:
        """Show ``status``."""
        now = self._wall.now()
        self.status_label.setText(describe_status(status, now))
        paused = status.paused_until is not None and status.paused_until > now
        self.resume_button.setVisible(paused)
        self.break_now_button.setEnabled(status.enabled)

    def add_answer(self, answer: BreakAnswer) -> None:
        """List a break answer at the top."""
        when = format_time(answer.at)
        why = f" ({answer.reason})" if answer.reason else ""
        word = (
            self.tr(_ACTION_WORDS[answer.action])
            if answer.action in _ACTION_WORDS
            else answer.action
        )
        self.history.insertItem(0, f"{when}  {word}{why} — {self._move_name(answer.due.move)}")
