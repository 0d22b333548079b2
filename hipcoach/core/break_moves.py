"""The small guided move of a movement break, as a plan the runner can play."""

from __future__ import annotations

from dataclasses import replace

from hipcoach.core.exercises import Amount, Exercise, Sides
from hipcoach.core.library import Library
from hipcoach.core.plan import Plan, PlanPreferences, compile_plan
from hipcoach.core.routines import Block, Phase, Routine
from hipcoach.core.settings.values import BreakSettings

#: Seconds to stand up and get set before a break move starts.
BREAK_GET_READY_SECONDS = 3


def break_exercise(exercise: Exercise, settings: BreakSettings) -> Exercise:
    """Return ``exercise`` adjusted to the user's break settings.

    A walk lasts the chosen walk length; a per-side stretch is done on one
    side only when the user turned per-side breaks off.
    """
    dosage = exercise.dosage
    if dosage.duration_seconds is not None and dosage.reps is None and dosage.hold_seconds is None:
        dosage = replace(dosage, duration_seconds=Amount.exactly(settings.walk_minutes * 60))
    sides = exercise.sides
    if sides.per_side and not sides.alternating and not settings.stretch_per_side:
        sides = Sides()
    return replace(exercise, dosage=dosage, sides=sides)


def break_plan(exercise: Exercise, settings: BreakSettings) -> Plan:
    """Return the plan of one break move: a short get-ready, then the move."""
    adjusted = break_exercise(exercise, settings)
    routine = Routine(
        id=f"break:{exercise.id}",
        name=exercise.name,
        summary=exercise.summary,
        phases=(Phase(name="Break", blocks=(Block(choices=(exercise.id,)),)),),
    )
    library = Library(exercises=(adjusted,), routines=(routine,), packs=(), reference=None)
    prefs = PlanPreferences(
        get_ready_seconds=BREAK_GET_READY_SECONDS, phase_intro_seconds=0, switch_seconds=3
    )
    return compile_plan(routine, library, prefs)


def pick_move(library: Library, wanted: str, settings: BreakSettings) -> Exercise | None:
    """Return the exercise for move id ``wanted``, else the first usable chosen move."""
    for exercise_id in (wanted, *settings.moves):
        try:
            return library.exercise(exercise_id)
        except KeyError:
            continue
    return None
