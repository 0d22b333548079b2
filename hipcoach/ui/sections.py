"""The main window's sections: each page is registered and found by its ``Section``.

A section knows its Ctrl+number and its title (English here, shown
translated in the "MainWindow" context), so nothing looks a page up by the
text the user reads. The order of the members is the order of the list.
"""

from __future__ import annotations

from enum import Enum

from hipcoach.ui.translate import QT_TRANSLATE_NOOP, translate

_TITLES = {
    "LIBRARY": QT_TRANSLATE_NOOP("MainWindow", "Library"),
    "SESSION": QT_TRANSLATE_NOOP("MainWindow", "Session"),
    "BREAKS": QT_TRANSLATE_NOOP("MainWindow", "Breaks"),
    "PROGRESS": QT_TRANSLATE_NOOP("MainWindow", "Progress"),
    "SETTINGS": QT_TRANSLATE_NOOP("MainWindow", "Settings"),
    "LEARN": QT_TRANSLATE_NOOP("MainWindow", "Learn"),
}


class Section(Enum):
    """A page of the main window; the value is its shortcut number (Ctrl+<value>)."""

    LIBRARY = 1
    SESSION = 2
    BREAKS = 3
    PROGRESS = 4
    SETTINGS = 5
    LEARN = 6

    @property
    def number(self) -> int:
        """Return the number of its shortcut, Ctrl+<number>."""
        return int(self.value)

    @property
    def english_title(self) -> str:
        """Return its title as written in the source (and in the README)."""
        return _TITLES[self.name]

    @property
    def title(self) -> str:
        """Return its title in the user's language."""
        return translate("MainWindow", _TITLES[self.name])

    @property
    def link_name(self) -> str:
        """Return the word that names it in a link (``library``, ``session`` …)."""
        return self.name.lower()

    @classmethod
    def from_link_name(cls, word: str) -> Section | None:
        """Return the section ``link_name`` gives ``word``, or None if none does."""
        return next((section for section in cls if section.link_name == word), None)
