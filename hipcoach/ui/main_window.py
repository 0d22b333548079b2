"""The main window: a section list on the left and one page per section.

The window builds no page itself: whoever composes the app registers each
page, or a function that builds it, with ``add_section`` and its ``Section``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
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

from hipcoach.ui.item_roles import USER_ROLE
from hipcoach.ui.sections import Section

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

_SECTION_ROLE = USER_ROLE

#: Builds a page when its section is first shown (see ``MainWindow.add_section``).
PageFactory = Callable[[], QWidget]
#: After the window first shows, pages not built yet are built one at a time,
#: starting this long after (once the window has painted and settled) ...
PREBUILD_DELAY_MS = 500
#: ... and this long apart, so input is handled between them.
PREBUILD_GAP_MS = 20


class MainWindow(QMainWindow):
    """The app's one window. Sections are added with ``add_section``.

    While a session runs (``set_session_running``; the app connects the
    Session page's ``session_active`` to it) the keyboard stays on the
    session: the section list and the Help and About buttons take no focus,
    so the arrow keys cannot move to another section by accident.
    """

    #: The user asked for the About dialog (Shift+F1, or the button under the sections).
    about_requested = Signal()
    #: The user asked for help (F1, or the button under the sections).
    help_requested = Signal()

    def __init__(self) -> None:
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

        # Each sidebar widget's own focus policy, kept while a session runs (see
        # ``set_session_running``; read then: reading it now would build Qt's namespace).
        self._sidebar_focus: dict[QWidget, Qt.FocusPolicy] = {}

        # Shortcuts are set as lists: PySide6 would build Qt's whole namespace to
        # choose among ``setShortcut``'s overloads, which the first paint does without.
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        help_action = QAction(self.tr("&Help"), self)
        help_action.setShortcuts([QKeySequence("F1")])
        help_action.triggered.connect(self.help_requested)
        self.addAction(help_action)
        about_action = QAction(self.tr("&About hipcoach"), self)
        about_action.setShortcuts([QKeySequence("Shift+F1")])
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
        from PySide6.QtCore import Qt  # noqa: PLC0415  (see ``item_roles``: not at start)

        sidebar = (self.sections, self.help_button, self.about_button)
        if running and not self._sidebar_focus:
            self._sidebar_focus = {widget: widget.focusPolicy() for widget in sidebar}
        for widget, policy in self._sidebar_focus.items():
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus if running else policy)

    def _name_status(self, message: str) -> None:
        """Name the status line by its message (a slot: Qt's own setter is no slot here)."""
        self.statusBar().setAccessibleName(message)

    def show_section(self, section: Section) -> bool:
        """Show ``section``; return whether the window has it."""
        row = self._row_of(section)
        if row is None:
            return False
        self.sections.setCurrentRow(row)
        return True

    def section_list(self) -> list[Section]:
        """Return the sections the window has, in their order."""
        shown: list[Section] = []
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            if item is not None:
                shown.append(item.data(_SECTION_ROLE))
        return shown

    def add_section(self, section: Section, page: QWidget | PageFactory) -> None:
        """Add ``section``'s page with its entry in the section list; its Ctrl+<number> shows it.

        The list shows the section's title translated. ``page`` may be a
        function that builds the page: it is called when the section is first
        shown, when ``page(section)`` asks for it, or else a moment after the
        window first shows, so the window appears without waiting for it.
        """
        row = self.sections.count()
        shown = section.title
        item = QListWidgetItem(shown)
        item.setData(_SECTION_ROLE, section)
        item.setToolTip(
            self.tr("{title} (Ctrl+{number})").format(title=shown, number=section.number)
        )
        self.sections.addItem(item)
        if isinstance(page, QWidget):
            self.pages.addWidget(page)
        else:
            self._factories[row] = page
            self.pages.addWidget(QWidget())  # stands in until the page is built
        show = QAction(shown, self)
        show.setShortcuts([QKeySequence(f"Ctrl+{section.number}")])  # a window shortcut
        show.triggered.connect(lambda: self.sections.setCurrentRow(row))
        self.addAction(show)
        if row == 0:
            self.sections.setCurrentRow(0)

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

    def page(self, section: Section) -> QWidget | None:
        """Return ``section``'s page, building it if need be; None if the window lacks it."""
        row = self._row_of(section)
        return None if row is None else self._build(row)

    def built_page(self, section: Section) -> QWidget | None:
        """Return ``section``'s page if it exists yet."""
        row = self._row_of(section)
        return None if row is None or row in self._factories else self.pages.widget(row)

    def _row_of(self, section: Section) -> int | None:
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            if item is not None and item.data(_SECTION_ROLE) is section:
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
        current = self.pages.currentWidget()
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(placeholder)
        self.pages.setCurrentWidget(page if current in (placeholder, None) else current)
        placeholder.deleteLater()
        return page
