"""Undo and redo for an editor of plain data: a stack of snapshots.

An editor keeps its whole state as plain data (a TOML table: dicts, lists,
text, numbers, true/false). Each change records a deep copy of the state
after it; undo and redo step through those copies. Typing in one field makes
one step, not one per key: changes that share a ``merge_key`` with the change
just before replace it instead of adding a step.
"""

from __future__ import annotations

import copy
from typing import Any


class UndoStack:
    """The states of a document, the current one last, with the states undone kept for redo.

    ``saved_here()`` marks the current state as the one on disk; ``dirty``
    says whether the current state differs from it.
    """

    def __init__(self, state: Any) -> None:
        self._done: list[Any] = [copy.deepcopy(state)]
        self._undone: list[Any] = []
        self._last_merge_key: str | None = None
        self._saved: Any = copy.deepcopy(state)

    @property
    def state(self) -> Any:
        """Return a copy of the current state."""
        return copy.deepcopy(self._done[-1])

    def peek(self) -> Any:
        """Return the current state itself, for reading only (never change it)."""
        return self._done[-1]

    def push(self, state: Any, *, merge_key: str | None = None) -> bool:
        """Make ``state`` the current one; return whether it changed anything.

        A change with the same non-empty ``merge_key`` as the change before
        it replaces that change (one undo step for a word typed in a field).
        Anything undone can no longer be redone.
        """
        if state == self._done[-1]:
            return False
        snapshot = copy.deepcopy(state)
        merging = merge_key is not None and merge_key == self._last_merge_key
        if merging and len(self._done) > 1 and not self._undone:
            self._done[-1] = snapshot
        else:
            self._done.append(snapshot)
        self._undone.clear()
        self._last_merge_key = merge_key
        return True

    @property
    def can_undo(self) -> bool:
        """Return whether there is a change to undo."""
        return len(self._done) > 1

    @property
    def can_redo(self) -> bool:
        """Return whether there is an undone change to redo."""
        return bool(self._undone)

    def undo(self) -> Any:
        """Go back one change and return the state (unchanged if there is none)."""
        if self.can_undo:
            self._undone.append(self._done.pop())
        self._last_merge_key = None
        return self.state

    def redo(self) -> Any:
        """Go forward one undone change and return the state (unchanged if there is none)."""
        if self._undone:
            self._done.append(self._undone.pop())
        self._last_merge_key = None
        return self.state

    def saved_here(self) -> None:
        """Mark the current state as the one written to disk."""
        self._saved = copy.deepcopy(self._done[-1])
        self._last_merge_key = None

    @property
    def dirty(self) -> bool:
        """Return whether the current state differs from the one last saved."""
        return bool(self._done[-1] != self._saved)
