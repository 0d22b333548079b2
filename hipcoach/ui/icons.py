"""The app and tray icons, rendered from the SVGs in ``resources/icons/``.

``io.github.hipcoach.HipCoach.svg`` is the app icon (windows, menus, the
desktop file). ``tray-normal.svg``, ``tray-paused.svg`` and
``tray-break-due.svg`` are the tray states: each tile has a white rim so it
reads on dark panels as well as light ones, and paused and break-due carry
differently shaped badges (a round pause sign, a warning triangle), not just
another colour.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from hipcoach.core.paths import bundled_resources_dir
from hipcoach.platform.identity import APP_ID

#: The pixel sizes every icon carries (the hicolor theme's sizes).
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


class IconState(StrEnum):
    """What the tray icon says at a glance."""

    NORMAL = "normal"
    PAUSED = "paused"
    BREAK_DUE = "break-due"


def icons_dir() -> Path:
    """Return the folder of the icon SVGs (inside the package once installed)."""
    return bundled_resources_dir() / "icons"


def app_icon_path() -> Path:
    """Return the app icon's SVG."""
    return icons_dir() / f"{APP_ID}.svg"


def tray_icon_path(state: IconState) -> Path:
    """Return the tray icon SVG for ``state``."""
    return icons_dir() / f"tray-{state.value}.svg"


def render_svg(path: Path, size: int) -> QImage:
    """Render the SVG at ``path`` into a transparent ``size`` × ``size`` image.

    Raises ``ValueError`` when the file is missing or is not a valid SVG.
    """
    if not path.is_file():
        raise ValueError(f"cannot render the icon {path}: there is no such file")
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise ValueError(f"cannot render the icon {path}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def _icon_from(path: Path) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(QPixmap.fromImage(render_svg(path, size)))
    return icon


def tray_icon(state: IconState = IconState.NORMAL) -> QIcon:
    """Return the tray icon for ``state``, with a pixmap for every size in ``SIZES``."""
    return _icon_from(tray_icon_path(state))


def app_icon(state: IconState = IconState.NORMAL) -> QIcon:
    """Return the icon for ``state`` with a pixmap for every size in ``SIZES``.

    ``NORMAL`` is the app icon itself; the other states are their tray icons.
    """
    if state is IconState.NORMAL:
        return _icon_from(app_icon_path())
    return tray_icon(state)
