"""Undo and redo for an editor whose whole state is one value: a stack of snapshots.

An editor keeps its whole state as one value: plain data (a TOML table:
dicts, lists, text, numbers, true/false), or an immutable value (a frozen
dataclass, a tuple). Each change records the state after it; undo and redo
step through those states. Plain data is recorded as a deep copy, so
changing it later changes no recorded step; an immutable state is recorded
as it is (``immutable=True``), which keeps a drag that makes many changes
cheap.

Typing in one field, or dragging one handle, makes one step, not one per
key or mouse move: changes that share a ``merge_key`` with the change just
before replace it instead of adding a step, until ``end_merge``.
"""

from __future__ import annotations

import copy
from typing import Generic, TypeVar

T = TypeVar("T")


class UndoStack(Generic[T]):
    """The states of a document, the current one last, with the states undone kept for redo.

    ``saved_here()`` marks the current state as the one on disk; ``dirty``
    says whether the current state differs from it (by ``==``, so undoing
    back to the saved state makes it clean again).

    With ``immutable=True`` the stack trusts that no state is ever changed in
    place and keeps and gives back the states themselves; otherwise it keeps
    deep copies and gives back copies.
    """

    def __init__(self, state: T, *, immutable: bool = False) -> None:
        self._immutable = immutable
        self._done: list[T] = [self._snapshot(state)]
        self._undone: list[T] = []
        self._last_merge_key: object = None
        self._saved: T = self._done[0]

    def _snapshot(self, state: T) -> T:
        return state if self._immutable else copy.deepcopy(state)

    @property
    def state(self) -> T:
        """Return the current state (a copy, unless the states are immutable)."""
        return self._snapshot(self._done[-1])

    def peek(self) -> T:
        """Return the current state itself, for reading only (never change it)."""
        return self._done[-1]

    def push(self, state: T, *, merge_key: object = None) -> bool:
        """Make ``state`` the current one; return whether it changed anything.

        A state equal to the current one is no change: nothing is recorded
        and the merge goes on. A change whose ``merge_key`` is not ``None``
        and equals (``==``) that of the change before it replaces that change
        (one undo step for a word typed in a field, or for one drag); any
        value that compares by ``==`` will do, such as a string or a tuple.
        Anything undone can no longer be redone.
        """
        if state == self._done[-1]:
            return False
        snapshot = self._snapshot(state)
        merging = merge_key is not None and merge_key == self._last_merge_key
        if merging and len(self._done) > 1 and not self._undone:
            self._done[-1] = snapshot
        else:
            self._done.append(snapshot)
        self._undone.clear()
        self._last_merge_key = merge_key
        return True

    def end_merge(self) -> None:
        """End the current run of merged changes: the next change is a step of its own."""
        self._last_merge_key = None

    @property
    def can_undo(self) -> bool:
        """Return whether there is a change to undo."""
        return len(self._done) > 1

    @property
    def can_redo(self) -> bool:
        """Return whether there is an undone change to redo."""
        return bool(self._undone)

    def undo(self) -> T:
        """Go back one change and return the state (unchanged if there is none)."""
        if self.can_undo:
            self._undone.append(self._done.pop())
        self.end_merge()
        return self.state

    def redo(self) -> T:
        """Go forward one undone change and return the state (unchanged if there is none)."""
        if self._undone:
            self._done.append(self._undone.pop())
        self.end_merge()
        return self.state

    def saved_here(self) -> None:
        """Mark the current state as the one on disk; the next change is a step of its own."""
        # A recorded state is never changed in place, so it can be shared.
        self._saved = self._done[-1]
        self.end_merge()

    @property
    def dirty(self) -> bool:
        """Return whether the current state differs from the one last saved."""
        return bool(self._done[-1] != self._saved)
