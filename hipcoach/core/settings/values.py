"""The settings as values: one dataclass per section of the settings file.

The dataclasses only ever hold valid values (constructors raise
``ValueError`` naming the field otherwise), so the reminder scheduler and
the pages can use them without checking.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import ClassVar, NamedTuple

from hipcoach.core.messages import QT_TRANSLATE_NOOP, Message, MessageContext
from hipcoach.core.schema import ID_PATTERN
from hipcoach.core.settings.working_hours import WorkingHours

#: The settings format this version writes; files with a higher number are never overwritten.
SCHEMA = 1


class SettingsFileText(MessageContext):
    """What was wrong with the settings file, or saving it (shown at start-up and after saving)."""


class Limits(NamedTuple):
    """The inclusive range a number setting must lie in (for validation and spin boxes)."""

    low: int
    high: int

    def __contains__(self, value: object) -> bool:
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and self.low <= value <= self.high
        )


INTERVAL_MINUTES = Limits(10, 240)
SNOOZE_MINUTES = Limits(1, 60)
SNOOZE_LIMIT = Limits(0, 10)
ABSENCE_MINUTES = Limits(1, 30)
WALK_MINUTES = Limits(2, 5)
#: 0 means a full-screen app or do-not-disturb never holds a break back.
DEFER_CAP_MINUTES = Limits(0, 120)

DEFAULT_MOVES = ("standing-hip-flexor-stretch", "standing-glute-squeezes", "walk-break")


def _require(name: str, ok: bool, rule: Message) -> None:
    if not ok:
        raise ValueError(f"{name}: {rule}")


def whole_rule(limits: Limits) -> Message:
    """Return what a whole number within ``limits`` must be, for the user."""
    return SettingsFileText.tr(
        "must be a whole number from {low} to {high}", low=str(limits.low), high=str(limits.high)
    )


MOVES_RULE = QT_TRANSLATE_NOOP(
    "SettingsFileText", 'must be a list of one or more exercise ids like "walk-break"'
)
ID_RULE = QT_TRANSLATE_NOOP(
    "SettingsFileText", 'must be an id like "daily" (lower-case letters, digits and "-")'
)
VOLUME_RULE = QT_TRANSLATE_NOOP("SettingsFileText", "must be a number from 0.0 to 1.0")
BOOL_RULE = QT_TRANSLATE_NOOP("SettingsFileText", "must be true or false")


def is_id(value: object) -> bool:
    """Return whether ``value`` is an id like ``"daily"``."""
    return isinstance(value, str) and bool(ID_PATTERN.match(value))


@dataclass(frozen=True)
class BreakSettings:
    """Movement-break reminders: how often, when, and what to do."""

    interval_minutes: int = 60
    working_hours: WorkingHours = field(default_factory=WorkingHours)
    snooze_minutes: int = 5
    #: Snoozes allowed per break.
    snooze_limit: int = 3
    #: Idle or locked at least this long counts as a break already taken.
    absence_minutes: int = 2
    #: Exercise ids that take turns as the suggested move.
    moves: tuple[str, ...] = DEFAULT_MOVES
    stretch_per_side: bool = True
    walk_minutes: int = 3
    #: How long a full-screen app or do-not-disturb may hold a due break back.
    defer_cap_minutes: int = 30
    enabled: bool = True

    LIMITS: ClassVar[Mapping[str, Limits]] = MappingProxyType(
        {
            "interval_minutes": INTERVAL_MINUTES,
            "snooze_minutes": SNOOZE_MINUTES,
            "snooze_limit": SNOOZE_LIMIT,
            "absence_minutes": ABSENCE_MINUTES,
            "walk_minutes": WALK_MINUTES,
            "defer_cap_minutes": DEFER_CAP_MINUTES,
        }
    )

    def __post_init__(self) -> None:
        for name, limits in self.LIMITS.items():
            _require(name, getattr(self, name) in limits, whole_rule(limits))
        for name in ("stretch_per_side", "enabled"):
            _require(name, isinstance(getattr(self, name), bool), BOOL_RULE)
        moves = tuple(self.moves)
        _require("moves", bool(moves) and all(is_id(move) for move in moves), MOVES_RULE)
        object.__setattr__(self, "moves", moves)


@dataclass(frozen=True)
class SoundSettings:
    """Sound cues during breaks and sessions."""

    enabled: bool = True
    volume: float = 0.7
    spoken_cues: bool = False

    def __post_init__(self) -> None:
        for name in ("enabled", "spoken_cues"):
            _require(name, isinstance(getattr(self, name), bool), BOOL_RULE)
        _require("volume", is_volume(self.volume), VOLUME_RULE)
        object.__setattr__(self, "volume", float(self.volume))


def is_volume(value: object) -> bool:
    """Return whether ``value`` is a number from 0.0 to 1.0 (true/false is not)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and 0.0 <= value <= 1.0


@dataclass(frozen=True)
class GeneralSettings:
    """Everything else: start-up, the session protocol and the user's exercise choices.

    ``choices`` maps a block of the protocol that offers a choice (named by
    the caller, e.g. ``"daily/stretch-2"``) to the exercise id the user picked.
    It is a read-only mapping; settings are compared with ``==``, not hashed.
    """

    start_at_login: bool = False
    protocol: str = "daily"
    choices: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        _require("start_at_login", isinstance(self.start_at_login, bool), BOOL_RULE)
        _require("protocol", is_id(self.protocol), ID_RULE)
        choices = dict(self.choices)
        for block, exercise in choices.items():
            _require(f"choices.{block}", bool(block.strip()) and is_id(exercise), ID_RULE)
        object.__setattr__(self, "choices", MappingProxyType(choices))


@dataclass(frozen=True)
class Settings:
    """All settings of one user."""

    breaks: BreakSettings = field(default_factory=BreakSettings)
    sound: SoundSettings = field(default_factory=SoundSettings)
    general: GeneralSettings = field(default_factory=GeneralSettings)

    schema: ClassVar[int] = SCHEMA
