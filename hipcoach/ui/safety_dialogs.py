"""The safety questions asked in real dialogs: red flags, the pain check, an exercise's cautions."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from hipcoach.core.exercises import Exercise
from hipcoach.core.history_records import PainMoment
from hipcoach.core.messages import Message
from hipcoach.core.reference import Reference
from hipcoach.core.safety import recommendation
from hipcoach.services.safety_flow import PainAnswers


class WindowDialogs:
    """The ``Dialogs`` of ``SafetyFlow`` as real dialogs, shown over the window ``parent()``.

    ``parent`` is asked each time, so the dialogs find the window even when
    it is built after them (a start into the tray builds it only when opened).
    """

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self._parent = parent

    @property
    def parent(self) -> QWidget | None:
        """Return the window the dialogs show over now (None before there is one)."""
        return self._parent()

    def red_flags(self, reference: Reference) -> tuple[str, dict[str, bool]] | None:
        """Show the red-flag check-in."""
        from hipcoach.ui.red_flag_dialog import RedFlagDialog  # noqa: PLC0415

        def advice(answers: Mapping[str, bool]) -> Message | None:
            found = recommendation(answers, reference)
            return None if found is None else found.text

        dialog = RedFlagDialog(reference.red_flags, advice, self.parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (
            (dialog.choice if accepted else "stop", dialog.answers()) if dialog.answers() else None
        )

    def pain(self, moment: PainMoment) -> PainAnswers | None:
        """Show the pain check."""
        from hipcoach.ui.pain_dialog import PainDialog  # noqa: PLC0415

        dialog = PainDialog(moment, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        answers = dialog.answers()
        return None if answers.empty else answers

    def caution(self, exercise: Exercise) -> bool:
        """Show the cautions in a message box with an acknowledgement button."""
        box, understood = caution_box(exercise, self.parent)
        box.exec()
        return box.clickedButton() is understood


def caution_box(exercise: Exercise, parent: QWidget | None) -> tuple[QMessageBox, QPushButton]:
    """Return the (not yet shown) caution box for ``exercise`` and its "I understand" button.

    The exercise's name heads the text rather than the title bar, where a
    window manager would cut a long name short.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("SafetyFlow", "Before you start"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<b>{html.escape(exercise.name)}</b>")
    cautions = exercise.cautions + exercise.contraindications
    box.setInformativeText("<br><br>".join(html.escape(text) for text in cautions))
    # Wide enough for the title bar and a comfortable line length.
    box.setStyleSheet(
        "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 26em; }"
    )
    understood = box.addButton(
        QCoreApplication.translate("SafetyFlow", "I understand"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("SafetyFlow", "Skip this exercise"),
        QMessageBox.ButtonRole.RejectRole,
    )
    return box, understood
