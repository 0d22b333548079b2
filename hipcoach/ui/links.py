"""Links between pages inside rich text: to an exercise in the Library, to a Learn entry.

A ``QTextBrowser`` that shows them is set not to follow links itself
(``setOpenLinks(False)``); its ``anchorClicked`` hands the link to
``link_target``, which says where it goes.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QUrl


class LinkKind(StrEnum):
    """Where an in-app link goes (its URL scheme)."""

    EXERCISE = "exercise"
    LEARN = "learn"


def _link(kind: LinkKind, target: str) -> str:
    return QUrl.fromEncoded(f"{kind.value}:{target}".encode()).toString()


def exercise_link(exercise_id: str) -> str:
    """Return the link that opens the exercise ``exercise_id`` in the Library."""
    return _link(LinkKind.EXERCISE, exercise_id)


def learn_link(key: str) -> str:
    """Return the link that shows the Learn entry ``key`` (see ``hipcoach.core.learn``)."""
    return _link(LinkKind.LEARN, key)


def link_target(url: QUrl) -> tuple[LinkKind, str] | None:
    """Return where ``url`` goes (kind and exercise id or Learn key); ``None`` if not in-app."""
    try:
        kind = LinkKind(url.scheme())
    except ValueError:
        return None
    target = url.path()
    return (kind, target) if target else None
