"""What a routine (a routine of phases and blocks) is."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from hipcoach.core.exercises import ORIGINAL_LANGUAGE, Dosage


class Purpose(StrEnum):
    """What a routine is for."""

    SESSION = "session"
    BREAKS = "breaks"


@dataclass(frozen=True)
class Block:
    """One exercise of a phase, or a choice between several.

    ``choices`` holds exercise ids; the first is the default. ``dosage``
    holds only what this routine changes from the exercise's own dosage.
    ``priority`` ranks the block for a routine fitted into less time
    (``hipcoach.core.fit``): 1 is kept longest, higher numbers are left out
    sooner, and a block without one is left out before any block with one.
    """

    choices: tuple[str, ...]
    dosage: Dosage = field(default_factory=Dosage)
    note: str | None = None
    priority: int | None = None

    @property
    def default_choice(self) -> str:
        """Return the exercise id used when the user has not chosen."""
        return self.choices[0]

    @property
    def is_choice(self) -> bool:
        """Return whether the user picks between several exercises."""
        return len(self.choices) > 1


@dataclass(frozen=True)
class Phase:
    """A named part of a routine with the time it sets aside."""

    name: str
    blocks: tuple[Block, ...]
    budget_seconds: int | None = None
    intro: str | None = None


@dataclass(frozen=True)
class Routine:
    """A routine: phases in order.

    ``source``, ``language`` and ``translations`` are as for exercises;
    ``translations`` lists the languages any part of the file translates into.
    """

    id: str
    name: str
    summary: str
    phases: tuple[Phase, ...]
    purpose: Purpose = Purpose.SESSION
    frequency: str | None = None
    source: str = "bundled"
    language: str = ORIGINAL_LANGUAGE
    translations: tuple[str, ...] = ()

    def exercise_ids(self) -> tuple[str, ...]:
        """Return every exercise id the routine names, in order, without repeats."""
        seen: dict[str, None] = {}
        for phase in self.phases:
            for block in phase.blocks:
                for choice in block.choices:
                    seen.setdefault(choice)
        return tuple(seen)
