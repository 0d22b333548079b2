"""A row of 0–10 buttons: one tap picks a rating."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

#: Marks the chosen number, besides its inverted colours and bold frame.
CHOSEN_MARK = "✓"


def chosen_style(palette: QPalette) -> str:
    """Return the style of a chosen button in ``palette``: filled with the text colour,
    its number in the button colour (inverted, so it stands out in a light or a dark
    palette), bold, in a thick frame of the accent colour."""
    fill = palette.color(QPalette.ColorRole.ButtonText).name()
    number = palette.color(QPalette.ColorRole.Button).name()
    frame = palette.color(QPalette.ColorRole.Highlight).name()
    return (
        f"QPushButton:checked {{ background: {fill}; color: {number};"
        f" border: 3px solid {frame}; border-radius: 4px; font-weight: bold; }}"
    )


def chosen_text(value: int, chosen: bool) -> str:
    """Return what the button for ``value`` shows: ``"✓5"`` when chosen, else ``"5"``."""
    return f"{CHOSEN_MARK}{value}" if chosen else str(value)


class ScaleRow(QWidget):
    """Eleven toggle buttons 0–10; ``value`` is the one chosen or ``None``.

    The chosen button is marked three ways, none by colour alone: a check
    mark before its number, inverted colours with a bold number, and a thick
    frame. ``changed`` fires with the new value (or ``None`` when cleared).
    """

    # The value is None when cleared, which a Signal(int) would turn into 0.
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
        bold = QFont(self.font())
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance(chosen_text(10, True)) + 20
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setFixedWidth(max(34, width))
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
        self._style_chosen()

    @property
    def value(self) -> int | None:
        """Return the rating chosen, if any."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show ``value`` as chosen (``None`` clears), without emitting."""
        self._value = value
        for index, button in enumerate(self.buttons):
            button.setChecked(index == value)
            button.setText(chosen_text(index, index == value))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Keep the chosen button's colours in step with the palette (light or dark)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_chosen()

    def _style_chosen(self) -> None:
        style = chosen_style(self.palette())
        for button in self.buttons:
            button.setStyleSheet(style)

    def _clicked(self, value: int) -> None:
        chosen = None if self._value == value else value  # a second tap clears
        self.set_value(chosen)
        self.changed.emit(chosen)
