"""The form that corrects one pain-journal entry: its ratings, where it hurt and its note."""

from __future__ import annotations

from datetime import tzinfo
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

from hipcoach.core.history import PainEntry, PainMoment
from hipcoach.core.pain_edits import corrected
from hipcoach.ui.pain_dialog import AREAS
from hipcoach.ui.scale_row import ScaleRow
from hipcoach.ui.text import label
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, error_text, format_date, format_time


def moment_name(moment: PainMoment) -> str:
    """Return how ``moment`` is named in the pain-entry views (English; shown translated)."""
    match moment:
        case PainMoment.BEFORE:
            return QT_TRANSLATE_NOOP("PainEntries", "Before a session")
        case PainMoment.AFTER:
            return QT_TRANSLATE_NOOP("PainEntries", "After a session")
        case PainMoment.QUICK:
            return QT_TRANSLATE_NOOP("PainEntries", "Quick check")
        case _:
            assert_never(moment)


def when_text(entry: PainEntry, tz: tzinfo) -> str:
    """Return when ``entry`` was made, as a local date and time (``5 Jan 2026 08:00``)."""
    local = entry.at.astimezone(tz)
    return f"{format_date(local.date(), short_month=True)} {format_time(local)}"


class PainEntryEditor(QDialog):
    """Shows one entry's ratings, areas and note for correcting; Save checks them first.

    ``correction()`` returns the corrected entry (raising ``PainEditError``
    or ``ValueError`` when it may not be saved). Save keeps the form open and
    says why when the correction is refused; Cancel (Esc) changes nothing.
    When and what kind of check it was stay as they were.
    """

    def __init__(self, entry: PainEntry, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Correct a pain entry"))
        self.setAccessibleName(self.tr("Correct a pain entry"))
        moment = self.tr(moment_name(entry.moment))
        heading = self.tr("{moment}, {when}").format(moment=moment, when=when_text(entry, tz))
        title = label(heading, 13, bold=True)
        title.setAccessibleName(heading)

        self.pain = ScaleRow(
            self.tr("Pain"), low=self.tr("no pain"), high=self.tr("worst imaginable")
        )
        self.pain.set_value(entry.pain)
        self.stiffness = ScaleRow(
            self.tr("Stiffness standing up from a chair"), low=self.tr("none"), high=self.tr("very")
        )
        self.stiffness.set_value(entry.stiffness)
        self.tight_left = ScaleRow(
            self.tr("Tightness, left side"), low=self.tr("loose"), high=self.tr("very tight")
        )
        self.tight_left.set_value(entry.tight_left)
        self.tight_right = ScaleRow(
            self.tr("Tightness, right side"), low=self.tr("loose"), high=self.tr("very tight")
        )
        self.tight_right.set_value(entry.tight_right)
        self.area_checks: dict[str, QCheckBox] = {}
        areas = QHBoxLayout()
        areas.setContentsMargins(0, 0, 0, 0)
        for area_id, text in AREAS:
            shown = self.tr(text)
            check = QCheckBox(shown)
            check.setAccessibleName(self.tr("Pain area: {area}").format(area=shown))
            check.setChecked(area_id in entry.areas)
            self.area_checks[area_id] = check
            areas.addWidget(check)
        areas.addStretch(1)
        area_box = QWidget()
        area_box.setLayout(areas)
        self.note = QLineEdit(entry.note or "")
        self.note.setAccessibleName(self.tr("Note"))

        form = QFormLayout()
        form.addRow(self._buddy(self.tr("&Pain (0–10)"), self.pain.buttons[0]), self.pain)
        form.addRow(QLabel(self.tr("Where")), area_box)
        form.addRow(
            self._buddy(self.tr("&Stiffness getting up"), self.stiffness.buttons[0]),
            self.stiffness,
        )
        form.addRow(
            self._buddy(self.tr("Tightness &left"), self.tight_left.buttons[0]), self.tight_left
        )
        form.addRow(
            self._buddy(self.tr("Tightness &right"), self.tight_right.buttons[0]),
            self.tight_right,
        )
        form.addRow(self._buddy(self.tr("&Note"), self.note), self.note)
        hint = QLabel(self.tr("Tap a chosen number again to clear it."))
        hint.setWordWrap(True)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #b91c1c; font-weight: bold; }")
        self.problem.setVisible(False)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save correction"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save correction"))
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.pain.buttons[0].setFocus()

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        buddy = QLabel(text)
        buddy.setBuddy(widget)
        buddy.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return buddy

    def correction(self) -> PainEntry:
        """Return the entry as the form shows it; see ``corrected`` for what it raises."""
        return corrected(
            self.entry,
            pain=self.pain.value,
            areas=tuple(area for area, check in self.area_checks.items() if check.isChecked()),
            stiffness=self.stiffness.value,
            tight_left=self.tight_left.value,
            tight_right=self.tight_right.value,
            note=self.note.text(),
        )

    def accept(self) -> None:
        """Close with Save only when the correction may be saved; else say why."""
        try:
            self.correction()
        except ValueError as error:
            text = error_text(error)
            self.problem.setText(text)
            self.problem.setAccessibleName(text)
            self.problem.setVisible(True)
            return
        super().accept()


__all__ = ["PainEntryEditor", "moment_name", "when_text"]
