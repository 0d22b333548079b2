"""What an exercise is: immutable values built by the loader."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hipcoach.core.poses import Figure

from hipcoach.core.messages import QT_TRANSLATE_NOOP, Message

#: The language exercise and routine files are written in; translations are to others.
ORIGINAL_LANGUAGE = "en"


def pick_language(requested: str | None, available: Iterable[str]) -> str | None:
    """Return the translation to use for ``requested``, or ``None`` for the original text.

    That is ``requested`` itself if it is available, else its base language
    (``pt-br`` falls back to ``pt``). Codes are compared in lower case, and
    ``_`` counts as ``-`` (``pt_BR`` is ``pt-br``).
    """
    if not requested:
        return None
    wanted = requested.strip().casefold().replace("_", "-")
    offered = set(available)
    for code in (wanted, wanted.split("-")[0]):
        if code in offered:
            return code
    return None


class Category(StrEnum):
    """The four kinds of work, in the order a session does them."""

    RELEASE = "release"
    STRETCH = "stretch"
    STRENGTHEN = "strengthen"
    SNACK = "snack"

    @property
    def label(self) -> str:
        """Return the name shown to the user, in English (the command line, search)."""
        return _CATEGORY_LABELS[self].english()

    @property
    def label_message(self) -> Message:
        """Return the name shown to the user, translatable (what the interface shows)."""
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    Category.RELEASE: QT_TRANSLATE_NOOP("Labels", "Release"),
    Category.STRETCH: QT_TRANSLATE_NOOP("Labels", "Stretch"),
    Category.STRENGTHEN: QT_TRANSLATE_NOOP("Labels", "Strengthen"),
    Category.SNACK: QT_TRANSLATE_NOOP("Labels", "Movement snack"),
}


class Position(StrEnum):
    """The body position an exercise starts from."""

    STANDING = "standing"
    WALKING = "walking"
    SEATED = "seated"
    SUPINE = "supine"
    PRONE = "prone"
    SIDE_LYING = "side-lying"
    KNEELING = "kneeling"
    HALF_KNEELING = "half-kneeling"
    LUNGE = "lunge"
    QUADRUPED = "quadruped"
    FLOOR_SEATED = "floor-seated"

    @property
    def label(self) -> str:
        """Return the name shown to the user, in English (the command line, search)."""
        return _POSITION_LABELS[self].english()

    @property
    def label_message(self) -> Message:
        """Return the name shown to the user, translatable (what the interface shows)."""
        return _POSITION_LABELS[self]


_POSITION_LABELS = {
    Position.STANDING: QT_TRANSLATE_NOOP("Labels", "Standing"),
    Position.WALKING: QT_TRANSLATE_NOOP("Labels", "Walking"),
    Position.SEATED: QT_TRANSLATE_NOOP("Labels", "Seated"),
    Position.SUPINE: QT_TRANSLATE_NOOP("Labels", "Lying on your back"),
    Position.PRONE: QT_TRANSLATE_NOOP("Labels", "Lying face down"),
    Position.SIDE_LYING: QT_TRANSLATE_NOOP("Labels", "Lying on your side"),
    Position.KNEELING: QT_TRANSLATE_NOOP("Labels", "Kneeling"),
    Position.HALF_KNEELING: QT_TRANSLATE_NOOP("Labels", "Half-kneeling"),
    Position.LUNGE: QT_TRANSLATE_NOOP("Labels", "Lunge"),
    Position.QUADRUPED: QT_TRANSLATE_NOOP("Labels", "Hands and knees"),
    Position.FLOOR_SEATED: QT_TRANSLATE_NOOP("Labels", "Seated on the floor"),
}


@dataclass(frozen=True)
class Amount:
    """A count or a number of seconds: a single value or a range with a default."""

    low: int
    high: int
    default: int

    @classmethod
    def exactly(cls, value: int) -> Amount:
        """Return an amount with no choice in it."""
        return cls(value, value, value)

    @property
    def is_range(self) -> bool:
        """Return whether the user may choose within the amount."""
        return self.low != self.high

    def as_json(self) -> int | list[int]:
        """Return the value, or ``[min, max]`` for a range."""
        return [self.low, self.high] if self.is_range else self.low


@dataclass(frozen=True)
class Tempo:
    """The pace of one repetition, in seconds per part (``None``: not paced)."""

    lift_seconds: int | None = None
    hold_seconds: int | None = None
    lower_seconds: int | None = None

    @property
    def rep_seconds(self) -> int:
        """Return the time one repetition takes at this pace."""
        return sum(part or 0 for part in (self.lift_seconds, self.hold_seconds, self.lower_seconds))


#: The dosage fields that hold an ``Amount``, in the order they are shown.
AMOUNT_FIELDS = (
    "sets",
    "reps",
    "hold_seconds",
    "duration_seconds",
    "pressure_hold_seconds",
    "rest_seconds",
)


@dataclass(frozen=True)
class Dosage:
    """How much of an exercise to do. ``None`` fields are not part of it.

    For exercises done per side, every amount is per side.
    """

    sets: Amount | None = None
    reps: Amount | None = None
    hold_seconds: Amount | None = None
    duration_seconds: Amount | None = None
    pressure_hold_seconds: Amount | None = None
    rest_seconds: Amount | None = None
    tempo: Tempo | None = None
    note: str | None = None

    def overridden_by(self, other: Dosage) -> Dosage:
        """Return this dosage with every field that ``other`` sets replaced."""
        changes = {
            field.name: getattr(other, field.name)
            for field in fields(other)
            if getattr(other, field.name) is not None
        }
        return replace(self, **changes)

    def as_json(self) -> dict[str, object]:
        """Return the set fields as plain JSON values (ranges as ``[min, max]``)."""
        result: dict[str, object] = {}
        for name in AMOUNT_FIELDS:
            amount: Amount | None = getattr(self, name)
            if amount is not None:
                result[name] = amount.as_json()
        defaults = {
            name: amount.default
            for name in AMOUNT_FIELDS
            if (amount := getattr(self, name)) is not None and amount.is_range
        }
        if defaults:
            result["default"] = defaults
        if self.tempo is not None:
            result["tempo"] = {
                key: value
                for key, value in (
                    ("lift_seconds", self.tempo.lift_seconds),
                    ("hold_seconds", self.tempo.hold_seconds),
                    ("lower_seconds", self.tempo.lower_seconds),
                )
                if value is not None
            }
        if self.note:
            result["note"] = self.note
        return result


@dataclass(frozen=True)
class Sides:
    """Whether an exercise is done for each side, and how sides change."""

    per_side: bool = False
    alternating: bool = False
    switch_seconds: int | None = None


@dataclass(frozen=True)
class Exercise:
    """One exercise as the library shows it and the session player uses it.

    ``source`` is ``"bundled"`` or the folder of the user pack it came from;
    ``replaces_bundled`` is true when a user pack's exercise took the place
    of a bundled one with the same id. ``gentler`` is the id of an easier
    exercise to suggest when this one causes sharp pain.

    ``language`` is the language the texts are in (the original, ``"en"``,
    unless the loader was asked for a language the file translates into);
    ``translations`` lists every language the file translates into.
    """

    id: str
    name: str
    category: Category
    summary: str
    targets: tuple[str, ...]
    equipment: tuple[str, ...]
    position: Position
    starting_position: str
    steps: tuple[str, ...]
    dosage: Dosage
    sides: Sides = Sides()
    cues: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    contraindications: tuple[str, ...] = ()
    mistakes: tuple[str, ...] = ()
    progressions: tuple[str, ...] = ()
    why: str | None = None
    gentler: str | None = None
    image: Path | None = None
    sound: Path | None = None
    figure: Figure | None = None
    source: str = "bundled"
    replaces_bundled: bool = False
    language: str = ORIGINAL_LANGUAGE
    translations: tuple[str, ...] = ()

    @property
    def per_side(self) -> bool:
        """Return whether the exercise is done for the left and the right side."""
        return self.sides.per_side

    def as_json(self) -> dict[str, object]:
        """Return the stable JSON shape used by ``hipcoach library --json``."""
        return {
            "id": self.id,
            "name": self.name,
            "category": self.category.value,
            "summary": self.summary,
            "targets": list(self.targets),
            "equipment": list(self.equipment),
            "position": self.position.value,
            "per_side": self.sides.per_side,
            "alternating": self.sides.alternating,
            "dosage": self.dosage.as_json(),
            "source": self.source,
            "replaces_bundled": self.replaces_bundled,
            "language": self.language,
            "translations": list(self.translations),
        }
