"""The notices for the user, kept until the page that shows them exists.

Problems found while the window is not built (a damaged settings file moved
aside, a history that cannot be opened, a save that failed) must not be
lost: the board keeps them and hands them over, joined into one, when the
Settings page attaches; after that each new notice goes straight there.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class NoticeShower(Protocol):
    """Something that shows a notice (the Settings page's banner)."""

    def show_notice(self, text: str, *, warning: bool = True) -> None:
        """Show ``text`` until dismissed, as a warning or as information."""
        ...


class NoticeBoard:
    """Holds notices until ``attach`` names what shows them, then passes each on at once."""

    def __init__(self, warnings: Iterable[str] = ()) -> None:
        """Start with ``warnings`` waiting (empty texts are left out)."""
        self._waiting = [text for text in warnings if text]
        self._warning = bool(self._waiting)
        self._shower: NoticeShower | None = None

    @property
    def waiting(self) -> tuple[str, ...]:
        """Return the notices not shown yet, oldest first."""
        return tuple(self._waiting)

    def post(self, text: str, warning: bool = True) -> None:
        """Show ``text`` now if something shows notices, else keep it until something does."""
        if self._shower is not None:
            self._shower.show_notice(text, warning=warning)
            return
        self._waiting.append(text)
        self._warning = self._warning or warning

    def attach(self, shower: NoticeShower) -> None:
        """Show every waiting notice on ``shower`` as one, and every later one as it comes.

        The joined notice is a warning if any of its parts was.
        """
        self._shower = shower
        waiting, self._waiting = self._waiting, []
        if waiting:
            shower.show_notice("\n".join(waiting), warning=self._warning)
