"""The main window: a section list on the left and one page per section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from hipcoach.ui.translate import QT_TRANSLATE_NOOP

#: The section titles the app adds, listed for lupdate: ``add_section`` shows a
#: title translated in the "MainWindow" context and still finds it by its English name.
SECTION_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Library"),
    QT_TRANSLATE_NOOP("MainWindow", "Session"),
    QT_TRANSLATE_NOOP("MainWindow", "Breaks"),
    QT_TRANSLATE_NOOP("MainWindow", "Progress"),
    QT_TRANSLATE_NOOP("MainWindow", "Settings"),
)
_TITLE_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    #: The user asked for the About dialog (F1, or the button under the sections).
    about_requested = Signal()

    """The app's one window. Sections are added with ``add_section``.

    ``player`` (the session page) is optional so the library can be shown on
    its own, e.g. in tests.
    """

    def __init__(self, library: Library, *, player: QWidget | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("hipcoach"))
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setFixedWidth(170)
        self.sections.setStyleSheet(
            "QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px 10px; }"
        )
        self.pages = QStackedWidget()
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.about_button = QPushButton(self.tr("About hipcoach"))
        self.about_button.setAccessibleName(self.tr("About hipcoach"))
        self.about_button.setToolTip(self.tr("About hipcoach (F1)"))
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

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        about_action = QAction(self.tr("&About hipcoach"), self)
        about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        about_action.triggered.connect(self.about_requested)
        self.addAction(about_action)

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """Show ``text`` in the status line (until replaced or for ``timeout_ms``); "" clears."""
        bar = self.statusBar()
        bar.setAccessibleName(self.tr("Status"))
        if text:
            bar.showMessage(text, timeout_ms)
        else:
            bar.clearMessage()

    def show_section(self, title: str) -> bool:
        """Show the section called ``title``; return whether there is one."""
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            if item is not None and title in (item.data(_TITLE_ROLE), item.text()):
                self.sections.setCurrentRow(row)
                return True
        return False

    def add_section(self, title: str, page: QWidget) -> None:
        """Add a page with its entry in the section list; Ctrl+<n> shows it.

        ``title`` is the English name (``show_section`` finds it by that); the
        list shows it translated (see ``SECTION_TITLES``).
        """
        number = self.sections.count() + 1
        shown = QCoreApplication.translate("MainWindow", title)
        item = QListWidgetItem(shown)
        item.setData(_TITLE_ROLE, title)
        item.setToolTip(self.tr("{title} (Ctrl+{number})").format(title=shown, number=number))
        self.sections.addItem(item)
        self.pages.addWidget(page)
        show = QAction(shown, self)
        show.setShortcut(QKeySequence(f"Ctrl+{number}"))
        show.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        show.triggered.connect(lambda: self.sections.setCurrentRow(number - 1))
        self.addAction(show)
