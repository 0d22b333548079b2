"""A row of 0–10 buttons: one tap picks a rating."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget


class ScaleRow(QWidget):
    """Eleven toggle buttons 0–10; ``value`` is the one chosen or ``None``.

    ``changed`` fires with the new value (or ``None`` when cleared).
    """

    changed = Signal(object)

    def __init__(
        self, name: str, *, low: str = "none", high: str = "worst", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setFixedWidth(34)
            meaning = (
                self.tr(" ({meaning})").format(meaning=low)
                if value == 0
                else self.tr(" ({meaning})").format(meaning=high)
                if value == 10
                else ""
            )
            button.setAccessibleName(
                self.tr("{name}: {value}{meaning}").format(name=name, value=value, meaning=meaning)
            )
            button.setToolTip(f"{value}{meaning}")
            self.group.addButton(button, value)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)
        self._value: int | None = None

    @property
    def value(self) -> int | None:
        """Return the rating chosen, if any."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show ``value`` as chosen (``None`` clears), without emitting."""
        self._value = value
        for index, button in enumerate(self.buttons):
            button.setChecked(index == value)

    def _clicked(self, value: int) -> None:
        chosen = None if self._value == value else value  # a second tap clears
        self.set_value(chosen)
        self.changed.emit(chosen)
