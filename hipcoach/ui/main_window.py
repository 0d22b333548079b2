"""The main window: a section list on the left and one page per section."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.library import Library
from hipcoach.ui.library_page import LibraryPage


class MainWindow(QMainWindow):
    #: The user asked for the About dialog (F1, or the button under the sections).
    about_requested = Signal()

    """The app's one window. Sections are added with ``add_section``.

    ``player`` (the session page) is optional so the library can be shown on
    its own, e.g. in tests.
    """

    def __init__(self, library: Library, *, player: QWidget | None = None) -> None:
        super().__init__()
        self.setWindowTitle("hipcoach")
        self.sections = QListWidget()
        self.sections.setAccessibleName("Sections")
        self.sections.setFixedWidth(170)
        self.sections.setStyleSheet(
            "QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px 10px; }"
        )
        self.pages = QStackedWidget()
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.about_button = QPushButton("About hipcoach")
        self.about_button.setAccessibleName("About hipcoach")
        self.about_button.setToolTip("About hipcoach (F1)")
        self.about_button.setFixedWidth(self.sections.width())
        self.about_button.clicked.connect(self.about_requested)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.sections, 1)
        side.addWidget(self.about_button)
        layout.addLayout(side)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.library_page = LibraryPage(library)
        self.add_section("Library", self.library_page)
        self.player_page = player
        if player is not None:
            self.add_section("Session", player)
        self.sections.setCurrentRow(0)

        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        about_action = QAction("&About hipcoach", self)
        about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        about_action.triggered.connect(self.about_requested)
        self.addAction(about_action)

    def show_section(self, title: str) -> bool:
        """Show the section called ``title``; return whether there is one."""
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            if item is not None and item.text() == title:
                self.sections.setCurrentRow(row)
                return True
        return False

    def add_section(self, title: str, page: QWidget) -> None:
        """Add a page with its entry in the section list; Ctrl+<n> shows it."""
        number = self.sections.count() + 1
        item = QListWidgetItem(title)
        item.setToolTip(f"{title} (Ctrl+{number})")
        self.sections.addItem(item)
        self.pages.addWidget(page)
        show = QAction(title, self)
        show.setShortcut(QKeySequence(f"Ctrl+{number}"))
        show.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        show.triggered.connect(lambda: self.sections.setCurrentRow(number - 1))
        self.addAction(show)
