"""A routine as plain, editable data, and its form in a routine file.

``RoutineContent`` holds what the routine editor changes: the routine's texts,
its phases and their blocks, each block with the dosage this routine sets.
It is made from a loaded ``Routine`` (``content_of``) or from the table of a
routine file (``content_from_table``, which keeps the texts as the file
writes them, untranslated), and turned back into a file's table
(``as_table``) and into a ``Routine`` for the plan compiler (``as_routine``).

Keys the editor does not change (a translation, say) are kept in ``extra``
and written back as they were.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from hipcoach.core.exercises import AMOUNT_FIELDS, Amount, Dosage
from hipcoach.core.problems import TableReader
from hipcoach.core.routines import Block, Phase, Purpose, Routine
from hipcoach.core.schema import SCHEMA_VERSION, read_dosage

#: The source given to a routine made from the editor's content.
EDITED = "edited"

_ROUTINE_KEYS = frozenset(("schema", "id", "name", "summary", "purpose", "frequency", "phases"))
_PHASE_KEYS = frozenset(("name", "budget_seconds", "intro", "blocks"))
_BLOCK_KEYS = frozenset(("exercise", "choose", "dosage", "note", "priority"))


@dataclass(frozen=True)
class BlockContent:
    """One block: an exercise (or a choice, the first the default) and this routine's dosage.

    ``dosage`` holds only what the routine changes from the exercise's own.
    """

    choices: tuple[str, ...]
    dosage: Dosage = field(default_factory=Dosage)
    note: str | None = None
    priority: int | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PhaseContent:
    """One phase: its name, the time it sets aside (if any), its intro and blocks."""

    name: str
    blocks: tuple[BlockContent, ...] = ()
    budget_seconds: int | None = None
    intro: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RoutineContent:
    """Everything of a routine the editor shows and changes, as plain values."""

    name: str
    summary: str
    phases: tuple[PhaseContent, ...] = ()
    purpose: Purpose = Purpose.SESSION
    frequency: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


def content_of(routine: Routine) -> RoutineContent:
    """Return the editable content of a loaded ``routine`` (texts as it shows them)."""
    return RoutineContent(
        name=routine.name,
        summary=routine.summary,
        purpose=routine.purpose,
        frequency=routine.frequency,
        phases=tuple(
            PhaseContent(
                name=phase.name,
                budget_seconds=phase.budget_seconds,
                intro=phase.intro,
                blocks=tuple(
                    BlockContent(
                        choices=block.choices,
                        dosage=block.dosage,
                        note=block.note,
                        priority=block.priority,
                    )
                    for block in phase.blocks
                ),
            )
            for phase in routine.phases
        ),
    )


def _text(table: Mapping[str, Any], key: str) -> str | None:
    value = table.get(key)
    return value if isinstance(value, str) else None


def _count(table: Mapping[str, Any], key: str) -> int | None:
    value = table.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _extra(table: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    return {key: value for key, value in table.items() if key not in known}


def _dosage_of(raw: object) -> Dosage:
    if not isinstance(raw, dict):
        return Dosage()
    return read_dosage(TableReader(raw, "dosage", lambda _key, _message: None), complete=False)


def _block_of(raw: Mapping[str, Any]) -> BlockContent:
    exercise, choose = raw.get("exercise"), raw.get("choose")
    if isinstance(exercise, str):
        choices: tuple[str, ...] = (exercise,)
    elif isinstance(choose, list):
        choices = tuple(item for item in choose if isinstance(item, str))
    else:
        choices = ()
    return BlockContent(
        choices=choices,
        dosage=_dosage_of(raw.get("dosage")),
        note=_text(raw, "note"),
        priority=_count(raw, "priority"),
        extra=_extra(raw, _BLOCK_KEYS),
    )


def _tables(raw: object) -> list[Mapping[str, Any]]:
    return [item for item in raw if isinstance(item, dict)] if isinstance(raw, list) else []


def content_from_table(table: Mapping[str, Any]) -> RoutineContent:
    """Return the content of a routine file's ``table``, its texts as written.

    Values of the wrong type are left out (the file's problems are for the
    validator to report); keys the editor does not know go into ``extra``.
    """
    purpose = _text(table, "purpose")
    return RoutineContent(
        name=_text(table, "name") or "",
        summary=_text(table, "summary") or "",
        purpose=Purpose(purpose) if purpose in tuple(Purpose) else Purpose.SESSION,
        frequency=_text(table, "frequency"),
        phases=tuple(
            PhaseContent(
                name=_text(phase, "name") or "",
                budget_seconds=_count(phase, "budget_seconds"),
                intro=_text(phase, "intro"),
                blocks=tuple(_block_of(block) for block in _tables(phase.get("blocks"))),
                extra=_extra(phase, _PHASE_KEYS),
            )
            for phase in _tables(table.get("phases"))
        ),
        extra=_extra(table, _ROUTINE_KEYS),
    )


def _amount_value(amount: Amount) -> int | list[int]:
    return [amount.low, amount.high] if amount.is_range else amount.low


def dosage_table(dosage: Dosage) -> dict[str, Any]:
    """Return ``dosage`` as a routine file writes it: values first, then its tables."""
    table: dict[str, Any] = {}
    for name in AMOUNT_FIELDS:
        amount: Amount | None = getattr(dosage, name)
        if amount is not None:
            table[name] = _amount_value(amount)
    if dosage.note:
        table["note"] = dosage.note
    defaults = {
        name: amount.default
        for name in AMOUNT_FIELDS
        if (amount := getattr(dosage, name)) is not None and amount.is_range
    }
    if defaults:
        table["default"] = defaults
    if dosage.tempo is not None:
        parts = (
            ("lift_seconds", dosage.tempo.lift_seconds),
            ("hold_seconds", dosage.tempo.hold_seconds),
            ("lower_seconds", dosage.tempo.lower_seconds),
        )
        table["tempo"] = {key: value for key, value in parts if value is not None}
    return table


def _with_tables_last(table: dict[str, Any]) -> dict[str, Any]:
    """Return ``table`` with plain values before tables, as TOML needs them."""

    def is_table(value: object) -> bool:
        return isinstance(value, Mapping) or (
            isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)
        )

    plain = {key: value for key, value in table.items() if not is_table(value)}
    return plain | {key: value for key, value in table.items() if is_table(value)}


def block_table(block: BlockContent) -> dict[str, Any]:
    """Return ``block`` as a ``[[phases.blocks]]`` table."""
    table: dict[str, Any] = {}
    if len(block.choices) == 1:
        table["exercise"] = block.choices[0]
    else:
        table["choose"] = list(block.choices)
    if block.note:
        table["note"] = block.note
    if block.priority is not None:
        table["priority"] = block.priority
    dosage = dosage_table(block.dosage)
    if dosage:
        table["dosage"] = dosage
    return _with_tables_last(table | dict(block.extra))


def phase_table(phase: PhaseContent) -> dict[str, Any]:
    """Return ``phase`` as a ``[[phases]]`` table."""
    table: dict[str, Any] = {"name": phase.name}
    if phase.budget_seconds is not None:
        table["budget_seconds"] = phase.budget_seconds
    if phase.intro:
        table["intro"] = phase.intro
    table |= dict(phase.extra)
    table["blocks"] = [block_table(block) for block in phase.blocks]
    return _with_tables_last(table)


def as_table(content: RoutineContent, routine_id: str) -> dict[str, Any]:
    """Return the table of the routine file for ``content`` with id ``routine_id``."""
    table: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "id": routine_id,
        "name": content.name,
        "summary": content.summary,
    }
    if content.purpose is not Purpose.SESSION:
        table["purpose"] = content.purpose.value
    if content.frequency:
        table["frequency"] = content.frequency
    table |= dict(content.extra)
    table["phases"] = [phase_table(phase) for phase in content.phases]
    return _with_tables_last(table)


def as_routine(content: RoutineContent, routine_id: str, source: str = EDITED) -> Routine:
    """Return ``content`` as a ``Routine`` with id ``routine_id`` (for compiling a plan)."""
    return Routine(
        id=routine_id,
        name=content.name,
        summary=content.summary,
        purpose=content.purpose,
        frequency=content.frequency,
        source=source,
        phases=tuple(
            Phase(
                name=phase.name,
                budget_seconds=phase.budget_seconds,
                intro=phase.intro,
                blocks=tuple(
                    Block(
                        choices=block.choices,
                        dosage=block.dosage,
                        note=block.note,
                        priority=block.priority,
                    )
                    for block in phase.blocks
                ),
            )
            for phase in content.phases
        ),
    )
