"""The Linux desktop entry, AppStream metainfo and hicolor icons are valid and complete."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from hipcoach.desktop_install import ICON_SIZES, desktop_source_dir
from hipcoach.platform.identity import APP_ID

REPO = Path(__file__).resolve().parent.parent.parent
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = REPO / "resources" / "icons"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return path


def _desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def test_the_source_checkout_is_where_the_desktop_files_are_found() -> None:
    assert desktop_source_dir() == LINUX


def test_desktop_file_validate_accepts_the_desktop_entry() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    # Not even hints (e.g. two main categories) or deprecation warnings.
    assert result.stdout.strip() == "", result.stdout


def test_appstreamcli_accepts_the_metainfo() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # The one pedantic remark allowed: the app id has capitals, as APP_ID must.
    remarks = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:", "I:", "P:")]
    assert all("cid-contains-uppercase-letter" in line for line in remarks), remarks


def test_the_desktop_entry_runs_hipcoach_with_its_icon_and_actions() -> None:
    entry = _desktop_entry()
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Exec"] == "hipcoach"
    assert main["Icon"] == APP_ID
    assert main["Terminal"] == "false"
    assert main["StartupWMClass"] == "hipcoach"
    assert "SingleMainWindow" not in main  # Debian 12's desktop-file-validate rejects it
    assert main["Actions"] == "start-session;break-now;"
    assert entry["Desktop Action start-session"]["Name"] == "Start today's session"
    assert entry["Desktop Action start-session"]["Exec"] == "hipcoach --start-session"
    assert entry["Desktop Action break-now"]["Name"] == "Take a break now"
    assert entry["Desktop Action break-now"]["Exec"] == "hipcoach --break-now"
    keywords = main["Keywords"].split(";")
    assert {"hip", "stretch", "break", "posture", "exercise", "physio"} <= set(keywords)


def test_the_metainfo_names_the_app_its_launcher_and_its_licences() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.text == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "hipcoach"
    rating = root.find("content_rating")
    assert rating is not None
    assert rating.get("type") == "oars-1.1"
    assert list(rating) == []  # no content attributes: all "none"
    (release,) = root.findall("releases/release")
    assert (release.get("version"), release.get("date")) == ("0.1.0", "2026-11-26")


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_hicolor_png_exists_at_its_size(size: int) -> None:
    path = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    image = QImage(str(path))
    assert not image.isNull(), path
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_the_scalable_icon_is_the_app_svg() -> None:
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / f"{APP_ID}.svg").read_bytes()


@pytest.mark.parametrize(
    "name", [f"{APP_ID}.svg", "tray-normal.svg", "tray-paused.svg", "tray-break-due.svg"]
)
def test_the_svgs_parse(name: str) -> None:
    root = ET.parse(ICONS / name).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") is not None


def test_the_screenshots_are_window_pngs() -> None:
    shots = sorted((LINUX / "screenshots").glob("*.png"))
    assert len(shots) >= 2
    for shot in shots:
        image = QImage(str(shot))
        assert not image.isNull(), shot
        assert image.width() >= 800
