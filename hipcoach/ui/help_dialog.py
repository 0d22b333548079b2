"""The Help dialog (F1): what each page does, with a link to each page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hipcoach.ui.help_text import TOPICS, HelpTopic
from hipcoach.ui.sections import Section
from hipcoach.ui.text import page_title
from hipcoach.ui.translate import translate

#: The scheme of the links that show a section of the main window.
SECTION_SCHEME = "section"


def section_link(section: Section) -> str:
    """Return the link that shows ``section`` in the main window."""
    return QUrl.fromEncoded(f"{SECTION_SCHEME}:{section.link_name}".encode()).toString()


def help_markdown(topics: Sequence[HelpTopic], sections: Sequence[Section]) -> str:
    """Return the help as Markdown: one bullet per topic, translated.

    A topic about one of ``sections`` (the window's, in its order) ends its
    first line with a link to that section; a section no topic is about
    gets a bullet of its own with its shortcut and a link.
    """
    items: list[str] = []
    covered = {topic.section for topic in topics}
    for topic in topics:
        first, _, rest = translate("HelpText", topic.text).partition("\n")
        if topic.section is not None and topic.section in sections:
            first += " " + _link(topic.section)
        items.append("- " + first + ("\n" + rest if rest else ""))
    for section in sections:
        if section not in covered:
            items.append(f"- **{section.title}** (Ctrl+{section.number}) {_link(section)}")
    return "\n".join(items) + "\n"


def _link(section: Section) -> str:
    text = translate("HelpDialog", "Go to {page}").format(page=section.title)
    return f"[{text}]({section_link(section)})"


class HelpDialog(QDialog):
    """Shows ``help_markdown`` for the window's ``sections``.

    A link to a section fires ``section_requested`` with its ``Section``;
    the About button fires ``about_requested``. It stays open beside the
    window (it is not modal) until closed (Esc or Close).
    """

    section_requested = Signal(Section)
    about_requested = Signal()

    def __init__(self, sections: Sequence[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("hipcoach help"))
        self.setAccessibleName(self.tr("hipcoach help"))
        title = page_title(self.tr("Using hipcoach"))

        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Using hipcoach"))
        self.browser.setOpenLinks(False)
        self.browser.setMarkdown(help_markdown(TOPICS, sections))
        self.browser.anchorClicked.connect(self._link_clicked)

        self.about_button = QPushButton(self.tr("&About hipcoach…"))
        self.about_button.setAccessibleName(self.tr("About hipcoach"))
        self.about_button.setToolTip(
            self.tr("Version, licence and what works on this desktop ({key})").format(
                key=QKeySequence("Shift+F1").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.about_button.setAutoDefault(False)
        self.about_button.clicked.connect(self.about_requested)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close help"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.about_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self._fit()

    def _link_clicked(self, url: QUrl) -> None:
        section = Section.from_link_name(url.path()) if url.scheme() == SECTION_SCHEME else None
        if section is not None:
            self.section_requested.emit(section)

    def _fit(self) -> None:
        """Open about 100 characters wide and 40 lines tall, within the screen."""
        width = 100 * self.fontMetrics().averageCharWidth()
        height = 40 * self.fontMetrics().lineSpacing()
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.85))
        self.resize(width, height)
