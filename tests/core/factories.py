"""Small exercises, routines and libraries built in code for core tests."""

from __future__ import annotations

from hipcoach.core.exercises import (
    Amount,
    Category,
    Dosage,
    Exercise,
    Position,
    Sides,
    Tempo,
)
from hipcoach.core.library import Library
from hipcoach.core.routines import Block, Phase, Routine


def exercise(
    exercise_id: str,
    *,
    dosage: Dosage,
    per_side: bool = False,
    alternating: bool = False,
    switch_seconds: int | None = None,
    category: Category = Category.STRETCH,
) -> Exercise:
    """Return an exercise with the given dosage and sides, the rest filler."""
    return Exercise(
        id=exercise_id,
        name=exercise_id.replace("-", " ").capitalize(),
        category=category,
        summary="Test exercise.",
        targets=("psoas major",),
        equipment=(),
        position=Position.STANDING,
        starting_position="Stand.",
        steps=("Do it.",),
        dosage=dosage,
        sides=Sides(per_side=per_side, alternating=alternating, switch_seconds=switch_seconds),
        cues=(f"{exercise_id} cue",),
    )


def hold(seconds: int, sets: int = 1, rest: int | None = None) -> Dosage:
    """Return a timed-hold dosage."""
    return Dosage(
        hold_seconds=Amount.exactly(seconds),
        sets=Amount.exactly(sets),
        rest_seconds=Amount.exactly(rest) if rest else None,
    )


def paced(reps: int, sets: int = 1, lift: int = 2, top: int = 0, lower: int = 2) -> Dosage:
    """Return a dosage of tempo reps."""
    return Dosage(
        reps=Amount.exactly(reps),
        sets=Amount.exactly(sets),
        tempo=Tempo(lift_seconds=lift, hold_seconds=top or None, lower_seconds=lower),
    )


def library_of(*exercises: Exercise, routines: tuple[Routine, ...] = ()) -> Library:
    """Return a library holding exactly these exercises and routines."""
    return Library(exercises=exercises, routines=routines, packs=(), reference=None)


def routine(*phases: tuple[str, list[str | tuple[str, ...]]], budget: int = 300) -> Routine:
    """Return a routine; each phase is (name, [exercise id or (choices...)])."""
    return Routine(
        id="test",
        name="Test routine",
        summary="For tests.",
        phases=tuple(
            Phase(
                name=name,
                budget_seconds=budget,
                blocks=tuple(
                    Block(choices=(item,) if isinstance(item, str) else item) for item in items
                ),
            )
            for name, items in phases
        ),
    )


def exercise_table(**changes: object) -> dict[str, object]:
    """Return a minimal valid exercise as a TOML table; a change of None removes a key."""
    table: dict[str, object] = {
        "schema": 1,
        "id": "wall-stretch",
        "name": "Wall stretch",
        "category": "stretch",
        "summary": "A supported stretch.",
        "targets": ["psoas major"],
        "position": "half-kneeling",
        "starting_position": "Kneel by a wall.",
        "steps": ["Tuck.", "Breathe."],
        "dosage": {"hold_seconds": 30},
    }
    table.update(changes)
    return {key: value for key, value in table.items() if value is not None}
