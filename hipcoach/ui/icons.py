"""The app and tray icons, rendered from the SVGs in ``resources/icons/``.

``io.github.hipcoach.HipCoach.svg`` is the app icon (windows, menus, the
desktop file). ``tray-normal.svg``, ``tray-paused.svg`` and
``tray-break-due.svg`` are the tray states: each tile has a white rim so it
reads on dark panels as well as light ones, and paused and break-due carry
differently shaped badges (a round pause sign, a warning triangle), not just
another colour.

Rendering an SVG needs QtSvg. Once ``use_icon_cache`` names a folder, each
rendered size is kept there as a PNG named by the SVG's contents, so a
later start (into the tray above all) reads PNGs and never loads QtSvg. A
changed SVG gets new names; a missing or damaged PNG is rendered again.
"""

from __future__ import annotations

import logging
import zlib
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImageReader

from hipcoach.core.atomic import write_atomic
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.platform.identity import APP_ID

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

#: The pixel sizes every icon carries (the hicolor theme's sizes).
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
#: Part of every cached PNG's name: raise it when the rendering itself changes.
RENDERING = 1

log = logging.getLogger(__name__)
_cache_dir: Path | None = None


def use_icon_cache(folder: Path | None) -> None:
    """Keep rendered icons as PNGs in ``folder`` from now on (``None``: render every time).

    The folder is created, readable by the user only, when the first PNG is written.
    """
    global _cache_dir  # noqa: PLW0603 - one cache for the process, named at start
    _cache_dir = folder


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
    # Only when no PNG is cached: QtSvg, and the image classes a start otherwise does without.
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise ValueError(f"cannot render the icon {path}")
    # Transparent from zeroed pixels, copied so the image owns them. (``QImage.fill``
    # makes PySide6 build Qt's whole namespace, which a first start can do without.)
    blank = bytes(4 * size * size)
    image = QImage(blank, size, size, 4 * size, QImage.Format.Format_ARGB32_Premultiplied).copy()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def cached_png(name: str, svg: bytes, size: int, folder: Path) -> Path:
    """Return where the ``size`` rendering of the SVG ``name`` (contents ``svg``) is kept."""
    # A CRC and the length tell one version of a file from the next; hashlib
    # would cost a start more time (it loads OpenSSL) than the PNGs save.
    key = f"{zlib.crc32(svg):08x}-{len(svg)}"
    return folder / f"{Path(name).stem}-{key}-{size}px-r{RENDERING}.png"


def _sound_png(png: Path, size: int) -> bool:
    """Return whether ``png`` is there and says it is a ``size`` × ``size`` image (header only)."""
    if not png.is_file():  # else the reader would load every image plugin to guess a format
        return False
    reader = QImageReader(str(png), b"png")
    return reader.canRead() and reader.size() == QSize(size, size)


def _render_and_keep(path: Path, size: int, png: Path) -> QImage:
    """Return ``path`` rendered at ``size``, kept as ``png`` for the next start if it can be."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: PLC0415 - rarely needed

    image = render_svg(path, size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes
        return image
    try:
        write_atomic(png, bytes(data.data()), keep_backup=False)
    except OSError as error:
        # Only a cache: the icon is drawn all the same, and rendered again next start.
        log.warning("cannot keep the rendered icon %s: %s", png, error)
    return image


def _icon_from(path: Path) -> QIcon:
    """Return the icon of the SVG ``path`` at every size in ``SIZES``.

    A sound cached PNG is only named to the icon, which reads it when that
    size is first drawn; any other size is rendered now (and kept).
    """
    from PySide6.QtGui import QPixmap  # noqa: PLC0415 - see ``render_svg``

    icon = QIcon()
    folder = _cache_dir
    if folder is None:
        for size in SIZES:
            icon.addPixmap(QPixmap.fromImage(render_svg(path, size)))
        return icon
    try:
        svg = path.read_bytes()
    except OSError as error:
        raise ValueError(f"cannot render the icon {path}: {error.strerror}") from None
    for size in SIZES:
        png = cached_png(path.name, svg, size, folder)
        if _sound_png(png, size):
            icon.addFile(str(png), QSize(size, size))
        else:
            icon.addPixmap(QPixmap.fromImage(_render_and_keep(path, size, png)))
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
