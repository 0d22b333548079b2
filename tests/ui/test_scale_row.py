"""The 0–10 rating row: the chosen number stands out by more than a colour, in any palette."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from hipcoach.ui.scale_row import ScaleRow

LIGHT = {"window": "#efefef", "button": "#f0f0f0", "text": "#1a1a1a", "accent": "#2f6fd0"}
DARK = {"window": "#2b2b2b", "button": "#3c3c3c", "text": "#eeeeee", "accent": "#3d8ee0"}


def _palette(colours: dict[str, str]) -> QPalette:
    palette = QPalette(QColor(colours["button"]), QColor(colours["window"]))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor(colours["text"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(colours["accent"]))
    return palette


def _fill(button: QPushButton) -> QColor:
    """Return the colour just inside the button's frame, left of its text."""
    image = button.grab().toImage()
    return image.pixelColor(5, image.height() // 2)


def _value(row: ScaleRow) -> int | None:
    """Read the row's value afresh (a click changes it)."""
    return row.value


def _near(colour: QColor, expected: str) -> bool:
    other = QColor(expected)
    pairs = (
        (colour.red(), other.red()),
        (colour.green(), other.green()),
        (colour.blue(), other.blue()),
    )
    return all(abs(a - b) <= 24 for a, b in pairs)


@pytest.fixture(params=[LIGHT, DARK], ids=["light", "dark"])
def colours(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """Give the whole app a light or a dark palette, as the desktop's theme does."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    chosen: dict[str, str] = request.param
    app.setPalette(_palette(chosen))
    yield chosen
    app.setPalette(before)


def test_the_chosen_number_is_marked_inverted_and_framed(
    qtbot: QtBot, colours: dict[str, str]
) -> None:
    row = ScaleRow("Pain")
    qtbot.addWidget(row)
    row.show()
    qtbot.waitExposed(row)
    row.buttons[4].click()
    assert row.value == 4
    chosen, other = row.buttons[4], row.buttons[5]
    assert chosen.text() == "✓4"
    assert other.text() == "5"
    assert all("✓" not in button.text() for button in row.buttons if button is not chosen)
    # Inverted: the chosen button is filled with the text colour ...
    assert _near(_fill(chosen), colours["text"]), _fill(chosen).name()
    assert not _near(_fill(other), colours["text"]), _fill(other).name()
    # ... inside a thick frame in the accent colour.
    image = chosen.grab().toImage()
    assert _near(image.pixelColor(1, image.height() // 2), colours["accent"])
    # A second tap clears it, marks and all.
    chosen.click()
    assert _value(row) is None
    assert chosen.text() == "4"
    assert not _near(_fill(chosen), colours["text"])


def test_every_number_fits_its_button_when_chosen(qtbot: QtBot) -> None:
    row = ScaleRow("Pain")
    qtbot.addWidget(row)
    row.set_value(10)
    button = row.buttons[10]
    bold = button.font()
    bold.setBold(True)
    button.setFont(bold)
    assert button.fontMetrics().horizontalAdvance(button.text()) < button.width() - 6
