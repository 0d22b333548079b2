"""A caption under a group of inputs: a hint, or in its place why an input was refused.

The caption keeps its height whether it shows the hint, a problem or
nothing, so a problem appearing never moves the controls around it: the
next click lands where the user aimed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def error_color(widget: QWidget) -> str:
    """Return a red that reads well on ``widget``'s background (light or dark theme)."""
    background = widget.palette().color(QPalette.ColorRole.Window)
    return "#ffb4ab" if background.lightness() < 128 else "#b3261e"


class FieldMessage(QLabel):
    """Shows ``hint`` until ``show_problem`` puts a problem (marked ⚠, in red) in its place.

    It is always at least ``lines`` lines of text high (more only if a
    problem needs more at the width it has), empty or not. Its accessible
    name is what it shows.
    """

    def __init__(self, hint: str = "", *, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = hint
        self._problem: str | None = None
        self._lines = lines
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._reserve()
        self._show()

    @property
    def problem(self) -> str | None:
        """The problem on show, or ``None`` when the hint (or nothing) is shown."""
        return self._problem

    def show_problem(self, text: str | None) -> None:
        """Show ``text`` as a problem in place of the hint; ``None`` brings the hint back."""
        self._problem = text
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Keep the reserved height in step with the font."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._reserve()

    def _reserve(self) -> None:
        self.setMinimumHeight(self._lines * self.fontMetrics().lineSpacing())

    def _show(self) -> None:
        if self._problem is None:
            self.setStyleSheet("")
            self.setText(self._hint)
        else:
            self.setStyleSheet(f"QLabel {{ color: {error_color(self)}; }}")
            self.setText(f"⚠ {self._problem}")
        self.setAccessibleName(self.text())
