"""'Time I have': the whole routine, or the routine fitted into 20, 15 or 10 minutes.

A row of radio buttons: Tab reaches the one chosen, the arrow keys move
between them, and each is named for a screen reader in words ("20
minutes"). The choice is kept among the Session page's remembered choices
as text (``"full"``, ``"20"`` …; see ``as_text`` and ``minutes_of``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

#: The offers, in the order shown: ``None`` is the whole routine.
OFFERS: tuple[int | None, ...] = (None, 20, 15, 10)

#: The remembered text for the whole routine.
FULL = "full"


def as_text(minutes: int | None) -> str:
    """Return how the choice ``minutes`` is remembered (``"full"``, ``"20"`` …)."""
    return FULL if minutes is None else str(minutes)


def minutes_of(text: str | None) -> int | None:
    """Return the offer a remembered ``text`` names; anything else is the whole routine."""
    for minutes in OFFERS:
        if text == as_text(minutes):
            return minutes
    return None


class TimeChoice(QWidget):
    """Pick how much time the session may take; ``changed`` fires when the user picks.

    ``set_minutes`` picks without firing ``changed`` (to restore a remembered choice).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Time I have"))
        self.group = QButtonGroup(self)
        self.buttons: dict[int | None, QRadioButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for index, minutes in enumerate(OFFERS):
            if minutes is None:
                button = QRadioButton(self.tr("Full routine"))
                button.setToolTip(self.tr("Every exercise and set of the routine"))
            else:
                button = QRadioButton(self.tr("{minutes} min").format(minutes=minutes))
                button.setAccessibleName(self.tr("{minutes} minutes").format(minutes=minutes))
                button.setToolTip(
                    self.tr(
                        "Fit the routine into {minutes} minutes: fewer sets first, then"
                        " fewer exercises, never a shorter hold"
                    ).format(minutes=minutes)
                )
            self.group.addButton(button, index)
            self.buttons[minutes] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons[None].setChecked(True)
        self.group.idClicked.connect(lambda _index: self.changed.emit())

    @property
    def minutes(self) -> int | None:
        """Return the minutes chosen, or ``None`` for the whole routine."""
        return OFFERS[max(0, self.group.checkedId())]

    @property
    def chosen_button(self) -> QRadioButton:
        """Return the button of the current choice (where Tab and the label's shortcut go)."""
        return self.buttons[self.minutes]

    def set_minutes(self, minutes: int | None) -> None:
        """Choose ``minutes`` (one of ``OFFERS``, else the whole routine) without ``changed``."""
        self.buttons.get(minutes, self.buttons[None]).setChecked(True)
