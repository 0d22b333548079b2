"""The icons render from the SVGs: legible tray states that differ from each other."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from hipcoach.ui.icons import (
    SIZES,
    IconState,
    app_icon,
    app_icon_path,
    render_svg,
    tray_icon,
    tray_icon_path,
)


def _opaque_fraction(image: QImage) -> float:
    pixels = [
        QColor(image.pixel(x, y)).alpha() > 128
        for y in range(image.height())
        for x in range(image.width())
    ]
    return sum(pixels) / len(pixels)


def _pixels(image: QImage) -> list[int]:
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


@pytest.mark.parametrize("state", list(IconState))
def test_each_tray_state_renders_non_blank_at_16_px(qapp: QApplication, state: IconState) -> None:
    image = render_svg(tray_icon_path(state), 16)
    assert (image.width(), image.height()) == (16, 16)
    assert _opaque_fraction(image) > 0.6
    assert len(set(_pixels(image))) > 4  # a figure on a tile, not a flat square


@pytest.mark.parametrize("size", [16, 22])
def test_the_tray_states_differ_from_each_other(qapp: QApplication, size: int) -> None:
    rendered = {state: _pixels(render_svg(tray_icon_path(state), size)) for state in IconState}
    states = list(IconState)
    for index, first in enumerate(states):
        for second in states[index + 1 :]:
            differing = sum(a != b for a, b in zip(rendered[first], rendered[second], strict=True))
            assert differing > size * size // 8, (first, second)


def test_paused_and_break_due_differ_in_shape_not_only_colour(qapp: QApplication) -> None:
    def bright_mask(state: IconState) -> list[bool]:
        # Where the icon is light (white figure, rim, pause bars, yellow triangle).
        return [
            QColor(pixel).alpha() > 128 and QColor(pixel).lightness() > 170
            for pixel in _pixels(render_svg(tray_icon_path(state), 22))
        ]

    paused, due = bright_mask(IconState.PAUSED), bright_mask(IconState.BREAK_DUE)
    assert sum(a != b for a, b in zip(paused, due, strict=True)) > 15


def test_the_icons_carry_every_size(qapp: QApplication) -> None:
    for icon in (app_icon(), *(app_icon(state) for state in IconState), tray_icon()):
        sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
        assert sizes == {(size, size) for size in SIZES}


def test_a_missing_svg_is_an_error(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="cannot render"):
        render_svg(app_icon_path().with_name("missing.svg"), 16)
