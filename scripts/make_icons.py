"""Render the hicolor PNGs of the app icon (run by hand; the PNGs are committed).

    uv run python scripts/make_icons.py [--sheet FILE.png]

Renders ``resources/icons/io.github.hipcoach.HipCoach.svg`` with Qt's
``QSvgRenderer`` at every hicolor size into
``packaging/linux/icons/hicolor/<N>x<N>/apps/io.github.hipcoach.HipCoach.png``
and copies the SVG to ``.../scalable/apps/``. With ``--sheet`` it also writes
a contact sheet: the app and tray icons at 16, 22 and 48 px, magnified ×8
without smoothing, on a light and on a dark panel colour.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from hipcoach.platform.identity import APP_ID
from hipcoach.ui.icons import (
    SIZES,
    IconState,
    app_icon_path,
    render_svg,
    tray_icon_path,
)

REPO = Path(__file__).resolve().parent.parent
HICOLOR = REPO / "packaging" / "linux" / "icons" / "hicolor"
SHEET_SIZES = (16, 22, 48)
PANELS = ("#f3f4f6", "#1f2937")  # a light and a dark panel
ZOOM = 8
GAP = 8


def make_hicolor(svg: Path, hicolor: Path) -> list[Path]:
    """Render ``svg`` at every size in ``SIZES`` into ``hicolor``; return the files written."""
    written = []
    for size in SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render_svg(svg, size).save(str(target)):
            raise OSError(f"could not write {target}")
        written.append(target)
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


def make_sheet(target: Path) -> None:
    """Write the contact sheet: one row per icon, light panel then dark panel."""
    svgs = [app_icon_path(), *(tray_icon_path(state) for state in IconState)]
    cell = max(SHEET_SIZES) * ZOOM + 2 * GAP
    width = 2 * len(SHEET_SIZES) * cell
    sheet = QImage(width, len(svgs) * cell, QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    for row, svg in enumerate(svgs):
        for panel_index, panel in enumerate(PANELS):
            for column, size in enumerate(SHEET_SIZES):
                x = (panel_index * len(SHEET_SIZES) + column) * cell
                painter.fillRect(x, row * cell, cell, cell, QColor(panel))
                big = render_svg(svg, size).scaled(
                    size * ZOOM,
                    size * ZOOM,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.FastTransformation,
                )
                painter.drawImage(QPoint(x + GAP, row * cell + GAP), big)
    painter.end()
    if not sheet.save(str(target)):
        raise OSError(f"could not write {target}")


def main(argv: list[str] | None = None) -> int:
    """Render the PNGs (and the contact sheet when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sheet", type=Path, metavar="FILE", help="also write a contact sheet")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in make_hicolor(app_icon_path(), HICOLOR):
        print(path.relative_to(REPO))
    if args.sheet is not None:
        make_sheet(args.sheet)
        print(args.sheet)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
