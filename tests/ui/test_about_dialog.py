"""The About dialog: what it says, the log folder button, the platform lines and Esc."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from hipcoach import __version__
from hipcoach.platform import PieceStatus
from hipcoach.ui.about_dialog import AboutDialog, PlatformLine, platform_line_text
from hipcoach.ui.field_message import error_color


def _dialog(
    qtbot: QtBot, log_dir: Path, platform_lines: Sequence[PlatformLine] | None = None
) -> AboutDialog:
    dialog = AboutDialog(log_dir, platform_lines=platform_lines)
    qtbot.addWidget(dialog)
    return dialog


def _all_text(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_it_shows_the_name_version_licence_source_and_safety(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    text = " ".join(_all_text(dialog).split())
    assert dialog.windowTitle() == "About hipcoach"
    assert f"Version {__version__}" in text
    assert "GPL-3.0-or-later" in text
    assert "GNU General Public License" in text
    assert "published self-care guide" in text
    assert "written for hipcoach" in text
    assert "The gentle routine for flare-ups is hipcoach's own" in text
    assert "http" not in text.lower()
    assert "www" not in text.lower()
    assert "self-care guidance" in text
    assert "does not diagnose" in text
    assert "sharp or burning pain" in text
    assert "4–6 weeks" in text
    assert "red flag" in text
    assert f"Log files: {tmp_path}" in text


def test_open_log_folder_calls_the_opener_with_the_folder(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    opened: list[Path] = []

    def opener(folder: Path) -> bool:
        opened.append(folder)
        return True

    dialog.open_folder = opener
    assert dialog.open_log_button.accessibleName() == "Open log folder"
    qtbot.mouseClick(dialog.open_log_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path]
    assert dialog.status_label.isHidden()


def _must_not_open(folder: Path) -> bool:
    raise AssertionError(f"opened {folder}")


def test_a_failed_open_or_a_missing_folder_is_said(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.open_folder = lambda folder: False
    dialog.open_log_folder()
    assert not dialog.status_label.isHidden()
    assert dialog.status_label.text() == f"Could not open {tmp_path}; open it in your file manager."

    missing = _dialog(qtbot, tmp_path / "log")
    missing.open_folder = _must_not_open
    missing.open_log_folder()
    assert missing.status_label.text() == f"There is no log folder yet ({tmp_path / 'log'})."


def test_platform_lines_read_as_information_not_errors(qtbot: QtBot, tmp_path: Path) -> None:
    lines = [
        PieceStatus("notifications", True, "freedesktop via dunst"),
        PieceStatus("idle time", False, "no X11 screensaver extension"),
        PieceStatus("lock and sleep", True, "logind"),
        PieceStatus("lock and sleep", False, "no screensaver service"),
        PieceStatus("start at login", True, ""),
    ]
    dialog = _dialog(qtbot, tmp_path, platform_lines=lines)
    assert [label.text() for label in dialog.platform_labels] == [
        "Notifications: sent through the desktop's notification service",
        "Idle time: not available on this desktop — breaks still come on time",
        "Screen lock and sleep: noticed, so a locked screen counts as time away",
        "Start at login: can be turned on in Settings",
    ]
    # The technical words stay, for a bug report, under their sentence.
    assert [label.text() for label in dialog.platform_details] == [
        "Details: freedesktop via dunst",
        "Details: no X11 screensaver extension",
        "Details: logind; no screensaver service",
    ]
    for label in dialog.platform_labels + dialog.platform_details:
        assert label.accessibleName() == label.text()
        assert not label.text().startswith(("✗", "⚠"))
        assert error_color(label) not in label.styleSheet()
        assert "red" not in label.styleSheet()
    assert platform_line_text("battery", False) == "battery: not available on this desktop"
    assert _dialog(qtbot, tmp_path).platform_labels == []


def test_escape_and_close_close_it(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.close_button.accessibleName() == "Close About"
    assert dialog.close_button.isDefault()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_buttons_have_accessible_names(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName(), button.text()


def test_it_fits_a_small_screen_and_keeps_the_buttons(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, platform_lines=[("idle time", False, "x " * 80)])
    screen = dialog.screen()
    assert screen is not None
    available = screen.availableGeometry()
    assert dialog.width() <= available.width()
    assert dialog.height() <= available.height()


def test_call_sources_say_in_plain_words_which_work_here(qtbot: QtBot, tmp_path: Path) -> None:
    lines = [
        PieceStatus("calls: microphone", True, "recording streams on the sound server"),
        PieceStatus("calls: camera", False, "/proc does not list open files here"),
    ]
    dialog = _dialog(qtbot, tmp_path, platform_lines=lines)
    assert [label.text() for label in dialog.platform_labels] == [
        "Calls: a microphone in use by another program is noticed, so a break waits"
        " until your call ends",
        "Calls: camera use cannot be seen here — breaks come during calls as usual",
    ]
    assert [label.text() for label in dialog.platform_details] == [
        "Details: recording streams on the sound server",
        "Details: /proc does not list open files here",
    ]
