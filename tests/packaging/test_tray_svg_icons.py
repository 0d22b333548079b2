"""The icons render from the SVGs: legible tray states that differ from each other."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from hipcoach.ui import icons
from hipcoach.ui.icons import (
    SIZES,
    IconState,
    app_icon,
    app_icon_path,
    cached_png,
    render_svg,
    tray_icon,
    tray_icon_path,
    use_icon_cache,
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


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "cache" / "icons"
    use_icon_cache(folder)
    yield folder
    use_icon_cache(None)


def _icon_pixels(state: IconState, size: int) -> list[int]:
    image = tray_icon(state).pixmap(size, size).toImage()
    return _pixels(image.convertToFormat(QImage.Format.Format_ARGB32))


def test_a_cached_icon_is_kept_as_pngs_and_read_back_without_rendering(
    qapp: QApplication, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svg = tray_icon_path(IconState.PAUSED)
    first = _icon_pixels(IconState.PAUSED, 22)
    for size in SIZES:
        png = cached_png(svg.name, svg.read_bytes(), size, cache)
        assert QImage(str(png)).size().width() == size
    rendered = render_svg(svg, 22).convertToFormat(QImage.Format.Format_ARGB32)
    assert first == _pixels(rendered)

    def no_rendering(path: Path, size: int) -> QImage:
        raise AssertionError(f"rendered {path} at {size} again")

    monkeypatch.setattr(icons, "render_svg", no_rendering)
    assert _icon_pixels(IconState.PAUSED, 22) == first


def test_a_damaged_or_wrong_sized_png_is_rendered_again(qapp: QApplication, cache: Path) -> None:
    svg = tray_icon_path(IconState.NORMAL)
    data = svg.read_bytes()
    expected = _icon_pixels(IconState.NORMAL, 16)
    damaged = cached_png(svg.name, data, 16, cache)
    damaged.write_bytes(b"not a png")
    wrong = cached_png(svg.name, data, 22, cache)
    assert render_svg(tray_icon_path(IconState.NORMAL), 16).save(str(wrong))
    assert _icon_pixels(IconState.NORMAL, 16) == expected
    assert QImage(str(damaged)).width() == 16
    assert QImage(str(wrong)).width() == 22


def test_a_changed_svg_is_kept_under_another_name(tmp_path: Path) -> None:
    before = cached_png("tray.svg", b"<svg/>", 16, tmp_path)
    assert cached_png("tray.svg", b"<svg></svg>", 16, tmp_path) != before
    assert cached_png("tray.svg", b"<svG/>", 16, tmp_path) != before  # the same length
    assert cached_png("other.svg", b"<svg/>", 16, tmp_path) != before
    assert cached_png("tray.svg", b"<svg/>", 22, tmp_path) != before
    assert cached_png("tray.svg", b"<svg/>", 16, tmp_path) == before


def test_an_unwritable_cache_still_gives_the_icon(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    use_icon_cache(blocker / "icons")
    try:
        with caplog.at_level(logging.WARNING, logger="hipcoach.ui.icons"):
            icon = app_icon()
    finally:
        use_icon_cache(None)
    assert {size.width() for size in icon.availableSizes()} == set(SIZES)
    assert "cannot keep the rendered icon" in caplog.text


PLUGINS_CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from hipcoach.ui import icons
app = QApplication([])
icons.use_icon_cache(Path(sys.argv[1]))
icons.app_icon()
icons.tray_icon().pixmap(22, 22)
print("\\n".join(line.split()[-1] for line in open("/proc/self/maps") if "imageformats" in line))
"""


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/self/maps")
def test_drawing_the_icons_loads_no_image_plugins(tmp_path: Path) -> None:
    # Qt's image plugins (PDF, SVG, ...) would stay loaded all day: a megabyte and more.
    for start in ("first (rendered)", "later (cached)"):
        done = subprocess.run(
            [sys.executable, "-c", PLUGINS_CHILD, str(tmp_path / "icons")],
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert done.stdout.split() == [], start
