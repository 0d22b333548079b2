"""Filtering exercises by words and facets, as the library browser does."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hipcoach.core.exercises import Category, Exercise, Position


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
        words = self.query.casefold().split()
        if not words:
            return True
        text = _search_text(exercise, extra)
        return all(word in text for word in words)


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
