"""The Learn page: the hip flexors, the signs of tightness, mistakes, timeline, red flags.

A list of topics on the left (the five muscles under "The hip flexors"),
the chosen topic's text on the right, with a drawing for a muscle. Links in
the text go to another entry, or open an exercise in the Library (the page
asks for that with ``exercise_requested``; the app shows it).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.exercises import Exercise
from hipcoach.core.learn import LearnEntry, learn_entries, muscle_drawing
from hipcoach.core.reference import Reference
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.learn_content import entry_html
from hipcoach.ui.links import LinkKind, link_target
from hipcoach.ui.muscle_figure import MuscleFigure
from hipcoach.ui.text import page_title
from hipcoach.ui.translate import render

_KEY_ROLE = Qt.ItemDataRole.UserRole
TOPICS_PADDING = 28
"""Pixels the topic list needs besides its longest title (margins, frame, scroll bar room)."""
TOPICS_MOST = 260
"""The topic list is never made wider than this to fit a long title."""


class LearnPage(QWidget):
    """What the reference teaches, one entry at a time.

    ``exercise_requested`` fires with an exercise id when a link to it is
    followed (a click, or Enter on the link). ``show_entry`` shows an entry
    by its key (``hipcoach.core.learn``).
    """

    exercise_requested = Signal(str)

    def __init__(
        self,
        reference: Reference,
        exercises: Sequence[Exercise],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reference = reference
        self._exercises = tuple(exercises)
        self._entries = {entry.key: entry for entry in learn_entries(reference)}
        self._current: LearnEntry | None = None

        self.topics = QTreeWidget()
        self.topics.setHeaderHidden(True)
        self.topics.setRootIsDecorated(False)
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self._items: dict[str, QTreeWidgetItem] = {}
        self._fill_topics()

        self.figure = MuscleFigure()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name_by_content(self.caption, self.tr("About the drawing"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._follow)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.figure)
        content_layout.addWidget(self.caption)
        content_layout.addWidget(self.text, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.topics)
        splitter.addWidget(content)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([self.topics.minimumWidth(), 720])

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Learn")))
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.topics, self.text)
        self.topics.currentItemChanged.connect(self._item_changed)
        first = self.topics.topLevelItem(0)
        if first is not None:
            self.topics.setCurrentItem(first)

    def set_exercises(self, exercises: Sequence[Exercise]) -> None:
        """Link the entries to ``exercises`` instead (the library read again)."""
        self._exercises = tuple(exercises)
        current = self.topics.currentItem()
        if current is not None:
            self._item_changed(current, None)

    def _fill_topics(self) -> None:
        heading: QTreeWidgetItem | None = None
        for entry in self._entries.values():
            title = render(entry.title)
            if entry.muscle is None or heading is None:
                item = QTreeWidgetItem(self.topics, [title])
                heading = item
            else:
                item = QTreeWidgetItem(heading, [title])
            item.setData(0, _KEY_ROLE, entry.key)
            item.setToolTip(0, title)
            self._items[entry.key] = item
        self.topics.expandAll()
        # Muscles stay listed under their heading: the tree does not fold.
        self.topics.setItemsExpandable(False)
        # Wide enough for every title, so none is cut short in a small window.
        metrics = self.topics.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(item.text(0))
            + (self.topics.indentation() if item.parent() else 0)
            for item in self._items.values()
        )
        self.topics.setMinimumWidth(min(widest + TOPICS_PADDING, TOPICS_MOST))

    # -- what is on show ---------------------------------------------------------

    @property
    def current_key(self) -> str | None:
        """Return the key of the entry on show."""
        return None if self._current is None else self._current.key

    def entry_keys(self) -> list[str]:
        """Return the key of every entry, in the order of the topic list."""
        return list(self._entries)

    def show_entry(self, key: str) -> bool:
        """Show the entry ``key`` (and select it in the topics); return whether there is one."""
        item = self._items.get(key)
        if item is None:
            return False
        self.topics.setCurrentItem(item)
        return True

    def _item_changed(
        self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        if item is None:
            return
        entry = self._entries[str(item.data(0, _KEY_ROLE))]
        self._current = entry
        self.text.setHtml(entry_html(entry, self._reference, self._exercises))
        self.text.setAccessibleName(render(entry.title))
        self.text.setAccessibleDescription(self.tr("Learn topic"))
        self.text.verticalScrollBar().setValue(0)
        muscle = self._reference.muscle(entry.muscle) if entry.muscle is not None else None
        if muscle is not None:
            self.figure.show_drawing(muscle, muscle_drawing(muscle, self._exercises))
            self.caption.setText(self.figure.description())
        self.figure.setVisible(muscle is not None and self.figure.drawing is not None)
        self.caption.setVisible(muscle is not None)

    def _follow(self, url: QUrl) -> None:
        target = link_target(url)
        if target is None:
            return
        kind, value = target
        if kind is LinkKind.EXERCISE:
            self.exercise_requested.emit(value)
        else:
            self.show_entry(value)
