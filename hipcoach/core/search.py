"""Filtering exercises by words and facets, as the library browser does."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from hipcoach.core.exercises import Category, Exercise, Position
from hipcoach.core.learn import LearnEntry
from hipcoach.core.messages import english


def _has_every_word(query: str, text: str) -> bool:
    """Return whether every word of ``query`` appears in ``text`` (any case)."""
    folded = text.casefold()
    return all(word in folded for word in query.casefold().split())


def _search_text(exercise: Exercise, extra: Iterable[str]) -> str:
    parts = [
        *extra,
        exercise.name,
        exercise.id,
        exercise.summary,
        exercise.category.label,
        exercise.position.label,
        *exercise.targets,
        *exercise.equipment,
    ]
    return " ".join(parts).casefold()


@dataclass(frozen=True)
class ExerciseFilter:
    """Which exercises to show. Empty fields do not filter.

    ``query`` matches when every word in it appears in the exercise's name,
    summary, category, position, targets or equipment (any case), or in the
    extra text the caller passes to ``matches`` (the category and position
    names in the user's language, say).
    """

    query: str = ""
    category: Category | None = None
    target: str | None = None
    equipment: str | None = None
    position: Position | None = None

    def matches(self, exercise: Exercise, extra: Iterable[str] = ()) -> bool:
        """Return whether ``exercise`` passes every part of the filter.

        The words of ``query`` may also be found in ``extra``: more text that
        describes ``exercise``, searched as if it were part of it.
        """
        if self.category is not None and exercise.category != self.category:
            return False
        if self.position is not None and exercise.position != self.position:
            return False
        if self.target is not None and self.target not in exercise.targets:
            return False
        if self.equipment is not None and self.equipment not in exercise.equipment:
            return False
        if not self.query.split():
            return True
        return _has_every_word(self.query, _search_text(exercise, extra))


def facet_values(exercises: Iterable[Exercise]) -> dict[str, list[str]]:
    """Return the distinct targets, equipment and positions used, sorted for menus."""
    targets: set[str] = set()
    equipment: set[str] = set()
    positions: set[Position] = set()
    for exercise in exercises:
        targets.update(exercise.targets)
        equipment.update(exercise.equipment)
        positions.add(exercise.position)
    return {
        "targets": sorted(targets, key=str.casefold),
        "equipment": sorted(equipment, key=str.casefold),
        "positions": [position.value for position in Position if position in positions],
    }


def find_learn_entries(
    entries: Iterable[LearnEntry], query: str, shown: Callable[[LearnEntry], str] | None = None
) -> tuple[LearnEntry, ...]:
    """Return the entries of the Learn page that ``query`` finds, in their order.

    An entry matches as an exercise does: every word of ``query`` appears in
    its title (in English, and as ``shown`` renders it for the user) or its
    words. A blank query finds nothing: there is nothing to offer yet.
    """
    if not query.split():
        return ()
    found = []
    for entry in entries:
        title = english(entry.title)
        text = " ".join((title, shown(entry) if shown else "", entry.words))
        if _has_every_word(query, text):
            found.append(entry)
    return tuple(found)
