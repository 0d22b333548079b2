"""A quick pain check: before or after a session, or any time from the tray."""

from __future__ import annotations

from typing import assert_never

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.history_records import PainMoment
from hipcoach.services.safety_flow import PainAnswers
from hipcoach.ui.scale_row import ScaleRow
from hipcoach.ui.text import label
from hipcoach.ui.translate import QT_TRANSLATE_NOOP

#: Where it hurts: stored id and what the user reads.
AREAS = (
    ("front-of-hip", QT_TRANSLATE_NOOP("PainDialog", "Front of the hip / groin")),
    ("lower-back", QT_TRANSLATE_NOOP("PainDialog", "Lower back")),
    ("outer-hip", QT_TRANSLATE_NOOP("PainDialog", "Outer hip")),
    ("front-of-thigh", QT_TRANSLATE_NOOP("PainDialog", "Front of the thigh / knee")),
)


def _title(moment: PainMoment) -> str:
    """Return the question heading the check at ``moment`` (English, shown translated)."""
    match moment:
        case PainMoment.BEFORE:
            return QT_TRANSLATE_NOOP("PainDialog", "Before you start: how is it today?")
        case PainMoment.AFTER:
            return QT_TRANSLATE_NOOP("PainDialog", "After the session: how is it now?")
        case PainMoment.QUICK:
            return QT_TRANSLATE_NOOP("PainDialog", "How is your hip right now?")
        case _:
            assert_never(moment)


class PainDialog(QDialog):
    """Asks for pain, where, stiffness (and tightness per side after a session).

    Every question is optional and answered with one tap; Skip closes
    without saving. ``answers()`` returns what was entered.
    """

    def __init__(self, moment: PainMoment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moment = moment
        self.setWindowTitle(self.tr("Pain check"))
        self.setAccessibleName(self.tr("Pain check"))
        title = label(self.tr(_title(moment)), 14, bold=True)
        hint = QLabel(
            self.tr("Tap a number for each question you want to answer; all are optional.")
        )
        hint.setWordWrap(True)
        self.pain = ScaleRow(
            self.tr("Pain"), low=self.tr("no pain"), high=self.tr("worst imaginable")
        )
        self.stiffness = ScaleRow(
            self.tr("Stiffness standing up from a chair"), low=self.tr("none"), high=self.tr("very")
        )
        self.area_checks: dict[str, QCheckBox] = {}
        areas = QHBoxLayout()
        for area_id, text in AREAS:
            shown = self.tr(text)
            check = QCheckBox(shown)
            check.setAccessibleName(self.tr("Pain area: {area}").format(area=shown))
            self.area_checks[area_id] = check
            areas.addWidget(check)
        areas.addStretch(1)
        self.tight_left = ScaleRow(
            self.tr("Tightness, left side"), low=self.tr("loose"), high=self.tr("very tight")
        )
        self.tight_right = ScaleRow(
            self.tr("Tightness, right side"), low=self.tr("loose"), high=self.tr("very tight")
        )
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Anything to remember (optional)"))

        form = QFormLayout()
        form.addRow(self._buddy(self.tr("&Pain (0–10)"), self.pain.buttons[0]), self.pain)
        form.addRow(QLabel(self.tr("Where")), _wrap(areas))
        form.addRow(
            self._buddy(self.tr("&Stiffness getting up"), self.stiffness.buttons[0]), self.stiffness
        )
        if moment is PainMoment.AFTER:
            form.addRow(
                self._buddy(self.tr("Tightness &left"), self.tight_left.buttons[0]), self.tight_left
            )
            form.addRow(
                self._buddy(self.tr("Tightness &right"), self.tight_right.buttons[0]),
                self.tight_right,
            )
        else:
            self.tight_left.hide()
            self.tight_right.hide()
        form.addRow(self._buddy(self.tr("&Note"), self.note), self.note)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.skip_button.setToolTip(self.tr("Go on without recording anything (Esc)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        buddy = QLabel(text)
        buddy.setBuddy(widget)
        buddy.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return buddy

    def answers(self) -> PainAnswers:
        """Return what the controls hold."""
        after = self.moment is PainMoment.AFTER
        return PainAnswers(
            moment=self.moment,
            pain=self.pain.value,
            areas=tuple(area for area, check in self.area_checks.items() if check.isChecked()),
            stiffness=self.stiffness.value,
            tight_left=self.tight_left.value if after else None,
            tight_right=self.tight_right.value if after else None,
            note=self.note.text().strip() or None,
        )


def _wrap(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder
