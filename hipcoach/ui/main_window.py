"""The main window: a section list on the left and one page per section."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
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
    QT_TRANSLATE_NOOP("MainWindow", "Learn"),
)
_TITLE_ROLE = Qt.ItemDataRole.UserRole

#: Builds a page when its section is first shown (see ``MainWindow.add_section``).
PageFactory = Callable[[], QWidget]
#: After the window first shows, pages not built yet are built one at a time,
#: starting this long after (once the window has painted and settled) ...
PREBUILD_DELAY_MS = 500
#: ... and this long apart, so input is handled between them.
PREBUILD_GAP_MS = 20


class MainWindow(QMainWindow):
    """The app's one window. Sections are added with ``add_section``.

    ``player`` (the session page, or a function that builds it) is optional
    so the library can be shown on its own, e.g. in tests. While a session
    runs (the page's ``session_active`` signal says when) the keyboard stays
    on the session: the section list and the Help and About buttons take no focus, so
    the arrow keys cannot move to another section by accident.
    """

    #: The user asked for the About dialog (Shift+F1, or the button under the sections).
    about_requested = Signal()
    #: The user asked for help (F1, or the button under the sections).
    help_requested = Signal()

    def __init__(self, library: Library, *, player: QWidget | PageFactory | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("hipcoach"))
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setFixedWidth(170)
        self.sections.setStyleSheet(
            "QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px 10px; }"
        )
        self.pages = QStackedWidget()
        self._factories: dict[int, PageFactory] = {}
        self.sections.currentRowChanged.connect(self._show_row)
        self._stopped_building = False
        self._prebuild = QTimer(self)
        self._prebuild.setSingleShot(True)
        self._prebuild.timeout.connect(self._build_next)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.help_button = QPushButton(self.tr("Help"))
        self.help_button.setAccessibleName(self.tr("Help"))
        self.help_button.setToolTip(self.tr("What each page does (F1)"))
        self.help_button.setFixedWidth(self.sections.width())
        self.help_button.clicked.connect(self.help_requested)
        self.about_button = QPushButton(self.tr("About hipcoach"))
        self.about_button.setAccessibleName(self.tr("About hipcoach"))
        self.about_button.setToolTip(self.tr("About hipcoach (Shift+F1)"))
        self.about_button.setFixedWidth(self.sections.width())
        self.about_button.clicked.connect(self.about_requested)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.sections, 1)
        side.addWidget(self.help_button)
        side.addWidget(self.about_button)
        layout.addLayout(side)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._sidebar_focus = {
            self.sections: self.sections.focusPolicy(),
            self.help_button: self.help_button.focusPolicy(),
            self.about_button: self.about_button.focusPolicy(),
        }
        self.library_page = LibraryPage(library)
        self.add_section("Library", self.library_page)
        if player is not None:
            self.add_section("Session", player)
            if isinstance(player, QWidget):
                self._attach_player(player)
        self.sections.setCurrentRow(0)

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        help_action = QAction(self.tr("&Help"), self)
        help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        help_action.triggered.connect(self.help_requested)
        self.addAction(help_action)
        about_action = QAction(self.tr("&About hipcoach"), self)
        about_action.setShortcut(QKeySequence("Shift+F1"))
        about_action.triggered.connect(self.about_requested)
        self.addAction(about_action)

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """Show ``text`` in the status line (until replaced or for ``timeout_ms``); "" clears."""
        bar = self.statusBar()
        if not bar.accessibleDescription():  # the first message: the bar is new
            # Screen readers hear the message itself; "Status" says what it is.
            bar.setAccessibleDescription(self.tr("Status"))
            bar.messageChanged.connect(self._name_status)
        if text:
            bar.showMessage(text, timeout_ms)
        else:
            bar.clearMessage()

    def set_session_running(self, running: bool) -> None:
        """Keep the keyboard on the session while one runs: the sidebar takes no focus."""
        for widget, policy in self._sidebar_focus.items():
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus if running else policy)

    def _attach_player(self, page: QWidget) -> None:
        signal = getattr(page, "session_active", None)
        if isinstance(signal, SignalInstance):
            signal.connect(self.set_session_running)

    def _name_status(self, message: str) -> None:
        """Name the status line by its message (a slot: Qt's own setter is no slot here)."""
        self.statusBar().setAccessibleName(message)

    def show_section(self, title: str) -> bool:
        """Show the section called ``title``; return whether there is one."""
        row = self._row_of(title)
        if row is None:
            return False
        self.sections.setCurrentRow(row)
        return True

    def section_titles(self) -> list[str]:
        """Return the English titles of the sections, in their order."""
        titles: list[str] = []
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            if item is not None:
                titles.append(str(item.data(_TITLE_ROLE)))
        return titles

    @property
    def player_page(self) -> QWidget | None:
        """Return the Session page if it has been built."""
        return self.built_page("Session")

    def add_section(self, title: str, page: QWidget | PageFactory) -> None:
        """Add a page with its entry in the section list; Ctrl+<n> shows it.

        ``title`` is the English name (``show_section`` finds it by that); the
        list shows it translated (see ``SECTION_TITLES``). ``page`` may be a
        function that builds the page: it is called when the section is first
        shown, when ``page(title)`` asks for it, or else a moment after the
        window first shows, so the window appears without waiting for it.
        """
        number = self.sections.count() + 1
        shown = QCoreApplication.translate("MainWindow", title)
        item = QListWidgetItem(shown)
        item.setData(_TITLE_ROLE, title)
        item.setToolTip(self.tr("{title} (Ctrl+{number})").format(title=shown, number=number))
        self.sections.addItem(item)
        if isinstance(page, QWidget):
            self.pages.addWidget(page)
        else:
            self._factories[number - 1] = page
            self.pages.addWidget(QWidget())  # stands in until the page is built
        show = QAction(shown, self)
        show.setShortcut(QKeySequence(f"Ctrl+{number}"))
        show.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        show.triggered.connect(lambda: self.sections.setCurrentRow(number - 1))
        self.addAction(show)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Build the remaining pages soon after the window first shows, not before."""
        super().showEvent(event)
        if self._factories and not self._prebuild.isActive() and not self._stopped_building:
            self._prebuild.start(PREBUILD_DELAY_MS)

    def stop_building(self) -> None:
        """Build no more pages in the background (pages asked for are still built)."""
        self._prebuild.stop()
        self._stopped_building = True

    def _build_next(self) -> None:
        if self._stopped_building:
            return
        if self._factories:
            self._build(min(self._factories))
        if self._factories:
            self._prebuild.start(PREBUILD_GAP_MS)

    def page(self, title: str) -> QWidget | None:
        """Return the page of the section called ``title``, building it if need be."""
        row = self._row_of(title)
        return None if row is None else self._build(row)

    def built_page(self, title: str) -> QWidget | None:
        """Return the page of the section called ``title`` if it exists yet."""
        row = self._row_of(title)
        return None if row is None or row in self._factories else self.pages.widget(row)

    def _row_of(self, title: str) -> int | None:
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            if item is not None and title in (item.data(_TITLE_ROLE), item.text()):
                return row
        return None

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self._build(row)
        self.pages.setCurrentIndex(row)

    def _build(self, row: int) -> QWidget:
        placeholder = self.pages.widget(row)
        assert placeholder is not None
        factory = self._factories.get(row)
        if factory is None:
            return placeholder
        page = factory()
        del self._factories[row]
        if row == self._row_of("Session"):
            self._attach_player(page)
        current = self.pages.currentWidget()
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(placeholder)
        self.pages.setCurrentWidget(page if current in (placeholder, None) else current)
        placeholder.deleteLater()
        return page
