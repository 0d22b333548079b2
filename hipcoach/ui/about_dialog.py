"""About hipcoach: version, licence, where the exercises come from, safety, and this machine."""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hipcoach import APP_NAME, __version__
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.text import PAGE_TITLE_POINTS, label
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, translate

DESCRIPTION = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "A desktop coach for tight, painful hip flexors. It teaches the moves that help —"
    " releasing the tissue, stretching the front of the hip, strengthening the glutes"
    " and deep core — with clear steps and the right amount of each, guides you through"
    " a timed session, and reminds you to get up and move when you have sat for long.",
)

LICENCE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "hipcoach is free software under the GNU General Public License, version 3 or"
    " (at your option) any later version (GPL-3.0-or-later): you may use, study, share"
    " and change it. It comes with no warranty.",
)

CONTENT_SOURCE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "The exercises, their amounts (holds, sets, repetitions) and the daily routine's"
    " release → stretch → strengthen order follow a published self-care guide to releasing,"
    " stretching and strengthening tight hip flexors. The gentle routine for flare-ups is"
    " hipcoach's own: the guide has no such routine. All the wording was written for"
    " hipcoach.",
)

SAFETY = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "hipcoach offers self-care guidance; it does not diagnose or treat anything. Stop at"
    " sharp or burning pain. See a physiotherapist or doctor if the pain has not improved"
    " after 4–6 weeks of steady practice, or straight away at any red flag the app lists"
    " (such as numbness or tingling down the leg).",
)

#: One row of the platform section: piece, whether it works, what it uses or why not.
PlatformLine = tuple[str, bool, str]

_HEADING_POINTS = 12

#: What each desktop piece means for the user, when it works and when it does not
#: (keyed by the piece names of ``Platform.describe()``). Information, not errors:
#: hipcoach works either way.
PIECE_SENTENCES = {
    "notifications": (
        QT_TRANSLATE_NOOP(
            "AboutDialog", "Notifications: sent through the desktop's notification service"
        ),
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Notifications: this desktop has no notification service — break cards"
            " still show in hipcoach's own window",
        ),
    ),
    "idle time": (
        QT_TRANSLATE_NOOP(
            "AboutDialog", "Idle time: read from the desktop, so time away counts as a break"
        ),
        QT_TRANSLATE_NOOP(
            "AboutDialog", "Idle time: not available on this desktop — breaks still come on time"
        ),
    ),
    "lock and sleep": (
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Screen lock and sleep: noticed, so a locked screen counts as time away",
        ),
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Screen lock and sleep: not reported by this desktop — breaks still come on time",
        ),
    ),
    "full screen / do not disturb": (
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Full screen and do-not-disturb: noticed, so a break waits until you are done",
        ),
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Full screen and do-not-disturb: not visible on this desktop — breaks come"
            " on time regardless",
        ),
    ),
    "calls: microphone": (
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Calls: a microphone in use by another program is noticed, so a break waits"
            " until your call ends",
        ),
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Calls: microphone use cannot be seen here — breaks come during calls as usual",
        ),
    ),
    "calls: camera": (
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Calls: a camera in use by another program is noticed, so a break waits"
            " until your call ends",
        ),
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Calls: camera use cannot be seen here — breaks come during calls as usual",
        ),
    ),
    "start at login": (
        QT_TRANSLATE_NOOP("AboutDialog", "Start at login: can be turned on in Settings"),
        QT_TRANSLATE_NOOP(
            "AboutDialog", "Start at login: add hipcoach to your desktop's startup programs"
        ),
    ),
}


def platform_summary(lines: Sequence[PlatformLine]) -> list[tuple[str, bool, str]]:
    """Return one ``(piece, available, details)`` per piece, in first-seen order.

    A piece listed more than once (a source that works and one that does
    not) counts as available if any of its lines is; its details are joined.
    """
    pieces: dict[str, tuple[bool, list[str]]] = {}
    for piece, available, detail in lines:
        works, details = pieces.get(piece, (False, []))
        if detail and detail not in details:
            details.append(detail)
        pieces[piece] = (works or available, details)
    return [(piece, works, "; ".join(details)) for piece, (works, details) in pieces.items()]


def platform_line_text(piece: str, available: bool) -> str:
    """Return what ``piece`` means for the user, in neutral words (translated)."""
    sentences = PIECE_SENTENCES.get(piece)
    if sentences is not None:
        return translate("AboutDialog", sentences[0] if available else sentences[1])
    if available:
        return translate("AboutDialog", "{piece}: works on this desktop").format(piece=piece)
    return translate("AboutDialog", "{piece}: not available on this desktop").format(piece=piece)


def call_source_lines(lines: Sequence[PlatformLine]) -> list[str]:
    """Return, in plain words, whether each call source works here (translated)."""
    return [
        platform_line_text(piece, works)
        for piece, works, _ in platform_summary(lines)
        if piece.startswith("calls:")
    ]


def open_in_file_manager(folder: Path) -> bool:
    """Open ``folder`` in the desktop's file manager; return whether that worked."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _paragraph(text: str) -> QLabel:
    result = QLabel(text)
    result.setWordWrap(True)
    result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return result


class AboutDialog(QDialog):
    """Says what hipcoach is, its licence, where its content comes from and how to stay safe.

    ``log_dir`` is the folder the "Open log folder" button opens, through
    ``open_folder`` (replace it in tests). ``platform_lines`` (for example
    ``Platform.describe()``) lists which desktop pieces work here.
    """

    def __init__(
        self,
        log_dir: Path,
        *,
        platform_lines: Sequence[PlatformLine] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setAccessibleName(self.tr("About {app}").format(app=APP_NAME))
        self.log_dir = log_dir
        self.open_folder: Callable[[Path], bool] = open_in_file_manager

        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(6)
        title = label(APP_NAME, PAGE_TITLE_POINTS, bold=True)
        title.setAccessibleName(f"{APP_NAME} {__version__}")
        column.addWidget(title)
        self.version_label = _paragraph(self.tr("Version {version}").format(version=__version__))
        column.addWidget(self.version_label)
        self.description_label = _paragraph(self.tr(DESCRIPTION))
        column.addWidget(self.description_label)

        self.safety_label = self._section(column, self.tr("Safety"), self.tr(SAFETY))
        self.licence_label = self._section(column, self.tr("Licence"), self.tr(LICENCE))
        self.source_label = self._section(
            column, self.tr("Exercise content"), self.tr(CONTENT_SOURCE)
        )

        self.platform_labels: list[QLabel] = []
        self.platform_details: list[QLabel] = []
        column.addWidget(self._heading(self.tr("On this computer")))
        runtime = self.tr("Python {python}, PySide6 {pyside}, Qt {qt} on {system}").format(
            python=platform.python_version(),
            pyside=pyside_version,
            qt=qVersion(),
            system=sys.platform,
        )
        column.addWidget(_paragraph(runtime))
        for piece, available, detail in platform_summary(platform_lines or ()):
            line = _paragraph(platform_line_text(piece, available))
            line.setAccessibleName(line.text())
            self.platform_labels.append(line)
            column.addWidget(line)
            if detail:
                # The technical words, for a bug report; quieter than the sentence.
                details = _paragraph(self.tr("Details: {detail}").format(detail=detail))
                details.setAccessibleName(details.text())
                small = details.font()
                small.setPointSizeF(small.pointSizeF() * 0.9)
                details.setFont(small)
                details.setContentsMargins(16, 0, 0, 4)
                self.platform_details.append(details)
                column.addWidget(details)
        self.log_dir_label = _paragraph(self.tr("Log files: {folder}").format(folder=log_dir))
        column.addWidget(self.log_dir_label)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.status_label = _paragraph("")
        name_by_content(self.status_label, self.tr("Log folder status"))
        self.status_label.hide()

        self.open_log_button = QPushButton(self.tr("Open log folder"))
        self.open_log_button.setAccessibleName(self.tr("Open log folder"))
        self.open_log_button.setToolTip(str(log_dir))
        self.open_log_button.setAutoDefault(False)
        self.open_log_button.clicked.connect(self.open_log_folder)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close About"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_log_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.close_button.setFocus()
        self._fit(body, layout)

    def open_log_folder(self) -> None:
        """Open the log folder, or say why it cannot be opened."""
        if not self.log_dir.is_dir():
            self._say(self.tr("There is no log folder yet ({folder}).").format(folder=self.log_dir))
        elif not self.open_folder(self.log_dir):
            self._say(
                self.tr("Could not open {folder}; open it in your file manager.").format(
                    folder=self.log_dir
                )
            )
        else:
            self.status_label.hide()

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

    def _heading(self, text: str) -> QLabel:
        heading = label(text, _HEADING_POINTS, bold=True)
        heading.setContentsMargins(0, 8, 0, 0)
        return heading

    def _section(self, column: QVBoxLayout, heading: str, text: str) -> QLabel:
        column.addWidget(self._heading(heading))
        paragraph = _paragraph(text)
        column.addWidget(paragraph)
        return paragraph

    def _fit(self, body: QWidget, layout: QVBoxLayout) -> None:
        """Open about 76 characters wide and tall enough to need no scrolling, within
        the screen; on a small (or 2×) screen the text wraps narrower and scrolls,
        while the buttons stay in view."""
        margins = layout.contentsMargins()
        side = margins.left() + margins.right()
        width = 76 * self.fontMetrics().averageCharWidth() + side
        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        if available is not None:
            width = min(width, int(available.width() * 0.9))
        text_height = body.heightForWidth(width - side) if body.hasHeightForWidth() else -1
        height = (
            max(text_height, body.minimumSizeHint().height())
            + margins.top()
            + margins.bottom()
            + layout.spacing()
            + self.close_button.sizeHint().height()
            + 2 * self.fontMetrics().height()  # QLabel height-for-width runs short
        )
        if available is not None:
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)
