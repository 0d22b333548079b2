"""How a setting is declared: its kind and limits, and how the Settings page shows it.

Every setting is one field of a settings dataclass (``values.py``), declared
with one of the functions here::

    interval_minutes: int = whole(60, Limits(10, 240), label=..., help=...)

That declaration is the setting's one entry in the table: its name (the
field's, which is also its key in the TOML file), its type, its default, its
kind with the limits a value must keep, and the label, accessible name and
help the Settings page shows. ``settings_fields`` reads the table back, in
declaration order; from it come the checks of the constructors
(``SettingsGroup``), reading and writing the file (``toml_form.py``) and the
rows of the Settings page (``hipcoach.ui.setting_rows``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field
from enum import Enum, StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias, TypeVar

from hipcoach.core.messages import QT_TRANSLATE_NOOP, Message, MessageContext
from hipcoach.core.schema import ID_PATTERN
from hipcoach.core.settings.working_hours import WorkingHours

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

#: The key of a field's ``metadata`` under which its declaration is kept.
_DECLARED = "hipcoach.setting"


class SettingsFileText(MessageContext):
    """What was wrong with the settings file, or saving it (shown at start-up and after saving)."""


class SettingsPageText(MessageContext):
    """The settings as the Settings page names and explains them."""


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


def _require(name: str, ok: bool, rule: Message) -> None:
    if not ok:
        raise ValueError(f"{name}: {rule}")


def is_id(value: object) -> bool:
    """Return whether ``value`` is an id like ``"daily"``."""
    return isinstance(value, str) and bool(ID_PATTERN.match(value))


# --------------------------------------------------------------------------- kinds


@dataclass(frozen=True)
class Whole:
    """A whole number within ``limits`` (true/false is not one); a spin box on the page.

    ``raised_from`` is an earlier, lower minimum: a file's value from it up
    to the minimum is raised to the minimum (and reported) rather than
    replaced by the default, so a setting whose least value went up keeps
    the user's choice as closely as it can.
    """

    limits: Limits
    raised_from: int | None = None

    def raised(self, value: Any) -> int | None:
        """Return the minimum if ``value`` is a whole number from ``raised_from`` up to it."""
        low = self.raised_from
        if low is None or value not in Limits(low, self.limits.low - 1):
            return None
        return self.limits.low

    @property
    def rule(self) -> Message:
        """What a value must be, for the user."""
        return SettingsFileText.tr(
            "must be a whole number from {low} to {high}",
            low=str(self.limits.low),
            high=str(self.limits.high),
        )

    def checked(self, name: str, value: Any) -> Any:
        """Return ``value``; raise ``ValueError`` naming ``name`` if it is not valid."""
        _require(name, value in self.limits, self.rule)
        return value


@dataclass(frozen=True)
class Flag:
    """True or false; a check box on the page."""

    rule = QT_TRANSLATE_NOOP("SettingsFileText", "must be true or false")

    def checked(self, name: str, value: Any) -> Any:
        """Return ``value``; raise ``ValueError`` naming ``name`` if it is not valid."""
        _require(name, isinstance(value, bool), self.rule)
        return value


@dataclass(frozen=True)
class Fraction:
    """A number from 0.0 to 1.0 (a whole 0 or 1 too), kept as a float."""

    rule = QT_TRANSLATE_NOOP("SettingsFileText", "must be a number from 0.0 to 1.0")

    @staticmethod
    def accepts(value: object) -> bool:
        """Return whether ``value`` is such a number (true/false is not)."""
        return (
            isinstance(value, int | float) and not isinstance(value, bool) and 0.0 <= value <= 1.0
        )

    def checked(self, name: str, value: Any) -> Any:
        """Return ``value`` as a float; raise ``ValueError`` naming ``name`` if it is not valid."""
        _require(name, self.accepts(value), self.rule)
        return float(value)


@dataclass(frozen=True)
class Identifier:
    """An id like ``"daily"``: lower-case letters, digits and ``-``."""

    rule = QT_TRANSLATE_NOOP(
        "SettingsFileText", 'must be an id like "daily" (lower-case letters, digits and "-")'
    )

    def checked(self, name: str, value: Any) -> Any:
        """Return ``value``; raise ``ValueError`` naming ``name`` if it is not valid."""
        _require(name, is_id(value), self.rule)
        return value


@dataclass(frozen=True)
class Identifiers:
    """One or more exercise ids, in order, kept as a tuple."""

    rule = QT_TRANSLATE_NOOP(
        "SettingsFileText", 'must be a list of one or more exercise ids like "walk-break"'
    )

    @staticmethod
    def accepts(value: object) -> bool:
        """Return whether ``value`` is a non-empty list or tuple of ids."""
        return (
            isinstance(value, list | tuple) and bool(value) and all(is_id(item) for item in value)
        )

    def checked(self, name: str, value: Any) -> Any:
        """Return ``value`` as a tuple; raise ``ValueError`` naming ``name`` if it is not valid."""
        _require(name, self.accepts(value), self.rule)
        return tuple(value)


@dataclass(frozen=True)
class Choices:
    """A read-only mapping of a name (not blank) to an exercise id.

    The user's exercise choices: a block of a routine that offers a choice
    (named by the caller, e.g. ``"daily/stretch-2"``) to the exercise picked.
    """

    rule = Identifier.rule

    def checked(self, name: str, value: Any) -> Any:
        """Return a read-only copy of ``value``; raise ``ValueError`` naming the bad entry."""
        choices = dict(value)
        for block, exercise in choices.items():
            _require(f"{name}.{block}", bool(block.strip()) and is_id(exercise), self.rule)
        return MappingProxyType(choices)


@dataclass(frozen=True)
class OneOf:
    """One of the values of ``words``, a ``StrEnum`` (kept as its member); a list to pick from."""

    words: type[StrEnum]

    @property
    def rule(self) -> Message:
        """What a value must be, for the user."""
        return SettingsFileText.tr(
            "must be one of {values}", values=", ".join(f'"{word}"' for word in self.words)
        )

    def checked(self, name: str, value: Any) -> Any:
        """Return ``value`` as the member; raise ``ValueError`` naming ``name`` if it is none."""
        _require(name, isinstance(value, str) and value in set(self.words), self.rule)
        return self.words(value)


@dataclass(frozen=True)
class Hours:
    """``WorkingHours``, which check themselves; their own editor on the page."""

    def checked(self, name: str, value: Any) -> Any:
        """Return ``value`` (a ``WorkingHours`` is valid once built)."""
        del name
        return value


Kind: TypeAlias = Whole | Flag | Fraction | Identifier | Identifiers | Choices | OneOf | Hours
"""What a setting's value is; reading and writing the file match on it."""


# --------------------------------------------------------------------------- showing


class Place(Enum):
    """Where the Settings page puts a setting's control in its group."""

    #: A row of the group's form: the label on the left, the control on the right.
    ROW = "row"
    #: On the right, with no label of its own (a check box under the row above).
    FIELD = "field"
    #: Across the whole width of the form (a check box that stands for itself).
    WIDE = "wide"
    #: Above the group's form; while it is off, the rest of the group is greyed out.
    SWITCH = "switch"


@dataclass(frozen=True)
class Shown:
    """How the Settings page shows a setting; every text is translatable.

    ``label`` marks its access key with ``&``; ``accessible_name`` is what a
    screen reader says for the control and ``help`` its tooltip. ``heading``
    is a subheading put above the row; ``after`` a text right of the control
    (``"counts as a break"``). ``needs`` is the key of a flag of the same
    group that must be on for the row to be enabled. ``suffix``, ``zero``
    and ``step`` are the spin box's unit, its text for 0 and its step.
    ``options`` are the texts of a ``OneOf`` setting's values, in the order
    the list shows them.
    """

    label: Message
    place: Place = Place.ROW
    accessible_name: Message | None = None
    help: Message | None = None
    heading: Message | None = None
    after: Message | None = None
    needs: str | None = None
    suffix: Message | None = None
    zero: Message | None = None
    step: int = 1
    options: tuple[tuple[str, Message], ...] = ()


@dataclass(frozen=True)
class _Declared:
    """What a declaring function keeps in the field's ``metadata``."""

    kind: Kind
    shown: Shown | None


# --------------------------------------------------------------------------- declaring


def _with_limits(message: Message, limits: Limits) -> Message:
    """Return ``message`` with ``{low}`` and ``{high}`` given by ``limits``."""
    return dataclasses.replace(
        message, args=(*message.args, ("low", limits.low), ("high", limits.high))
    )


def whole(
    default: int,
    limits: Limits,
    *,
    label: Message,
    accessible_name: Message,
    help: Message,
    suffix: Message | None = None,
    zero: Message | None = None,
    step: int = 1,
    heading: Message | None = None,
    after: Message | None = None,
    needs: str | None = None,
    raised_from: int | None = None,
) -> int:
    """Declare a whole number within ``limits``, shown in a spin box in a row of its own.

    ``help`` may name ``{low}`` and ``{high}``: they are the limits.
    ``raised_from`` is an earlier minimum (see ``Whole``).
    """
    shown = Shown(
        label,
        accessible_name=accessible_name,
        help=_with_limits(help, limits),
        heading=heading,
        after=after,
        needs=needs,
        suffix=suffix,
        zero=zero,
        step=step,
    )
    declared = _Declared(Whole(limits, raised_from), shown)
    return field(default=default, metadata={_DECLARED: declared})


def flag(
    default: bool,
    *,
    label: Message,
    accessible_name: Message,
    help: Message,
    place: Place = Place.FIELD,
    heading: Message | None = None,
    needs: str | None = None,
) -> bool:
    """Declare a flag, shown as a check box (its text is ``label``) at ``place``."""
    shown = Shown(
        label, place, accessible_name=accessible_name, help=help, heading=heading, needs=needs
    )
    return field(default=default, metadata={_DECLARED: _Declared(Flag(), shown)})


def fraction(
    default: float,
    *,
    label: Message,
    accessible_name: Message,
    help: Message,
    needs: str | None = None,
) -> float:
    """Declare a number from 0.0 to 1.0 (its editor is the page's: a volume slider)."""
    shown = Shown(label, accessible_name=accessible_name, help=help, needs=needs)
    return field(default=default, metadata={_DECLARED: _Declared(Fraction(), shown)})


WordT = TypeVar("WordT", bound=StrEnum)


def one_of(
    default: WordT,
    *,
    options: tuple[tuple[WordT, Message], ...],
    label: Message,
    accessible_name: Message,
    help: Message,
) -> WordT:
    """Declare a choice of one of ``default``'s enum values, shown as a list of ``options``.

    ``options`` gives every value of the enum its text, in the order shown.
    """
    words = type(default)
    if {word for word, _ in options} != set(words):
        raise ValueError(f"{words.__name__}: every value needs exactly one option text")
    shown = Shown(
        label,
        accessible_name=accessible_name,
        help=help,
        options=tuple((str(word), text) for word, text in options),
    )
    return field(default=default, metadata={_DECLARED: _Declared(OneOf(words), shown)})


def identifier(default: str) -> str:
    """Declare an id, not on the Settings page (the routine, chosen on the Session page)."""
    return field(default=default, metadata={_DECLARED: _Declared(Identifier(), None)})


def identifiers(default: tuple[str, ...], *, label: Message, help: Message) -> tuple[str, ...]:
    """Declare a list of exercise ids (its editor is the page's: the break moves)."""
    shown = Shown(label, help=help)
    return field(default=default, metadata={_DECLARED: _Declared(Identifiers(), shown)})


def _no_choices() -> Mapping[str, str]:
    return MappingProxyType({})


def exercise_choices() -> Mapping[str, str]:
    """Declare exercise choices (none by default), not on the Settings page."""
    return field(default_factory=_no_choices, metadata={_DECLARED: _Declared(Choices(), None)})


def hours(*, label: Message) -> WorkingHours:
    """Declare working hours (9 to 5 on weekdays by default; their editor is the page's)."""
    shown = Shown(label)
    return field(default_factory=WorkingHours, metadata={_DECLARED: _Declared(Hours(), shown)})


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class SettingsGroup:
    """A section of the settings (``[breaks]``, ``[sound]`` …) whose fields are declared here.

    The constructor checks every field against its kind and keeps the
    normalised value (a tuple for a list, a float for a fraction, a
    read-only mapping for choices); a value that is not valid raises
    ``ValueError`` naming the field.
    """

    def __post_init__(self) -> None:
        for item in dataclasses.fields(self):
            value = _declared(type(self), item).kind.checked(item.name, getattr(self, item.name))
            object.__setattr__(self, item.name, value)


def _declared(owner: type, item: dataclasses.Field[Any]) -> _Declared:
    declared = item.metadata.get(_DECLARED)
    if not isinstance(declared, _Declared):
        message = f"{owner.__name__}.{item.name} is not declared with whole(), flag() …"
        raise TypeError(message)
    return declared


#: A settings value: ``Settings``, or a class with more groups.
SettingsT = TypeVar("SettingsT", bound="DataclassInstance")


@dataclass(frozen=True)
class SettingField:
    """One entry of the table: a setting, where it lives, and what it may be.

    ``section`` is the group's name in ``Settings`` and its table in the
    file; ``key`` the field's name and its key there; ``path`` joins them
    (``breaks.interval_minutes``), as problems name it. ``shown`` is
    ``None`` for a setting the Settings page does not show.
    """

    section: str
    key: str
    default: Any
    kind: Kind
    shown: Shown | None

    @property
    def path(self) -> str:
        """``section.key``."""
        return f"{self.section}.{self.key}"

    def get(self, settings: object) -> Any:
        """Return this setting's value in ``settings``."""
        return getattr(getattr(settings, self.section), self.key)

    def set(self, settings: SettingsT, value: Any) -> SettingsT:
        """Return ``settings`` with this setting changed to ``value`` (checked by its group)."""
        group = dataclasses.replace(getattr(settings, self.section), **{self.key: value})
        return dataclasses.replace(settings, **{self.section: group})


def group_fields(group: type[SettingsGroup], section: str) -> tuple[SettingField, ...]:
    """Return the settings of ``group``, the section named ``section``, in declaration order."""
    result = []
    for item in dataclasses.fields(group):
        declared = _declared(group, item)
        default = item.default
        if item.default_factory is not MISSING:
            default = item.default_factory()
        result.append(SettingField(section, item.name, default, declared.kind, declared.shown))
    return tuple(result)


def settings_sections(shape: type) -> tuple[tuple[str, type[SettingsGroup]], ...]:
    """Return the name and class of each group of the settings class ``shape``, in order.

    Each group is a field of ``shape`` whose default factory is its class
    (``breaks: BreakSettings = field(default_factory=BreakSettings)``).
    """
    sections = []
    for item in dataclasses.fields(shape):
        group: object = item.default_factory
        if not (isinstance(group, type) and issubclass(group, SettingsGroup)):
            message = f"{shape.__name__}.{item.name} is no group of settings"
            raise TypeError(message)
        sections.append((item.name, group))
    return tuple(sections)


def settings_fields(shape: type) -> tuple[SettingField, ...]:
    """Return every setting of the settings class ``shape``, section by section, in order."""
    return tuple(
        item for section, group in settings_sections(shape) for item in group_fields(group, section)
    )
