"""A routine being edited: changes with undo and redo, checks, lengths and saving.

``RoutineDraft`` holds a ``RoutineContent`` (``hipcoach.core.routine_table``)
and changes it one step at a time; each step can be undone and redone. It is
made new, as a copy of any routine (a new id and "… (copy)" in the name), or
from a routine file in a user pack.

- ``problems(library, pack_dir)`` are the routine validator's own messages
  (``parse_routine`` reads the table the draft would write), plus a dosage
  outside what the exercise allows (``amount_limits``).
- ``phase_plans(library)`` gives each phase's length from the compiled plan;
  the draft never states a length itself.
- ``save`` writes one file per routine into a user pack through
  ``hipcoach.core.pack_files``: a new file from scratch, an existing one by
  merging into the document as read, so its comments and layout stay. A
  draft with problems is never saved.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Table
from tomlkit.toml_document import TOMLDocument

from hipcoach.core.exercises import Amount, Exercise
from hipcoach.core.fileio import TomlReadError, read_toml
from hipcoach.core.library import BUNDLED, Library, find_user_packs, pack_folder_of
from hipcoach.core.messages import Message, MessageContext, MessageError
from hipcoach.core.pack_files import (
    MY_PACK_ID,
    MY_PACK_NAME,
    ItemKind,
    ensure_pack,
    file_for,
    load_document,
    merge_into,
    new_document,
    save_document,
    slug,
)
from hipcoach.core.plan import PhasePlan, Plan, PlanError, compile_plan
from hipcoach.core.routine_table import (
    EDITED,
    BlockContent,
    PhaseContent,
    RoutineContent,
    as_routine,
    as_table,
    content_from_table,
    content_of,
)
from hipcoach.core.routines import Routine
from hipcoach.core.schema import parse_routine
from hipcoach.core.undo_stack import UndoStack

#: The dosage fields the editor lets a routine choose, in the order shown.
EDITABLE_AMOUNTS = ("sets", "reps", "hold_seconds", "duration_seconds", "rest_seconds")
#: Rest between sets may be longer than the exercise asks, up to this (seconds).
REST_CEILING = 300
#: The shortest rest for an exercise whose own dosage names none (seconds).
REST_FLOOR = 10

_WHERE = re.compile(r"^phases\[(\d+)\](?:\.blocks\[(\d+)\])?")


class DraftText(MessageContext):
    """What is wrong with a routine being edited."""


class DraftInvalidError(MessageError):
    """The draft has problems and was not saved."""


@dataclass(frozen=True)
class DraftProblem:
    """One problem of a draft: the key it is at, the message, and where in the routine.

    ``phase`` and ``block`` count from 0 (``None`` when the problem is not in one).
    """

    key: str
    message: Message | str
    phase: int | None = None
    block: int | None = None

    def __str__(self) -> str:
        return f"{self.key}: {self.message}" if self.key else str(self.message)


@dataclass(frozen=True)
class PackChoice:
    """A user pack the draft can be saved into: its folder name and what it is called."""

    pack_id: str
    name: str


def _problem(key: str, message: Message | str) -> DraftProblem:
    match = _WHERE.match(key)
    if match is None:
        return DraftProblem(key, message)
    phase = int(match.group(1)) - 1
    block = int(match.group(2)) - 1 if match.group(2) else None
    return DraftProblem(key, message, phase, block)


def _same_folder(a: str | Path, b: str | Path) -> bool:
    return os.path.abspath(a) == os.path.abspath(b)


def usable_exercises(library: Library, pack_dir: Path | None) -> tuple[Exercise, ...]:
    """Return the exercises a routine saved into ``pack_dir`` may name.

    That is what the pack loader lets it name: the bundled exercises (or a
    user's replacement of one) and the pack's own; every exercise of the
    library when there is no pack.
    """
    if pack_dir is None:
        return library.exercises
    return tuple(
        exercise
        for exercise in library.exercises
        if exercise.source == BUNDLED
        or exercise.replaces_bundled
        or _same_folder(exercise.source, pack_dir)
    )


def amount_limits(exercise: Exercise, name: str) -> tuple[int, int] | None:
    """Return the lowest and highest ``name`` a routine may give ``exercise``, or ``None``.

    Reps, holds and bouts stay within the exercise's own range. A routine may
    do fewer sets than the exercise (down to one), never more; it may rest
    longer than the exercise says, up to ``REST_CEILING``, never less.
    ``None``: the exercise has no such amount to choose.
    """
    own: Amount | None = getattr(exercise.dosage, name)
    if name == "sets":
        return 1, own.high if own else 1
    if name == "rest_seconds":
        low = own.low if own else REST_FLOOR
        return low, max(REST_CEILING, own.high if own else REST_CEILING)
    return None if own is None else (own.low, own.high)


def _known(library: Library, exercise_id: str) -> Exercise | None:
    try:
        return library.exercise(exercise_id)
    except KeyError:
        return None


def block_limits(library: Library, block: BlockContent, name: str) -> tuple[int, int] | None:
    """Return the range of ``name`` that fits every exercise of ``block`` (``None``: none does)."""
    lows, highs = [], []
    for choice in block.choices:
        exercise = _known(library, choice)
        limits = None if exercise is None else amount_limits(exercise, name)
        if limits is None:
            return None
        lows.append(limits[0])
        highs.append(limits[1])
    if not lows or max(lows) > min(highs):
        return None
    return max(lows), min(highs)


def _amount_problems(library: Library, content: RoutineContent) -> list[DraftProblem]:
    found = []
    for p, phase in enumerate(content.phases):
        for b, block in enumerate(phase.blocks):
            for name in EDITABLE_AMOUNTS:
                amount: Amount | None = getattr(block.dosage, name)
                if amount is None:
                    continue
                key = f"phases[{p + 1}].blocks[{b + 1}].dosage.{name}"
                for choice in block.choices:
                    exercise = _known(library, choice)
                    if exercise is None:
                        continue  # the validator names it
                    limits = amount_limits(exercise, name)
                    if limits is None:
                        message = DraftText.tr(
                            "{exercise} has no {name} in its own dosage, so this routine"
                            " cannot set it",
                            exercise=exercise.name,
                            name=name,
                        )
                    elif limits[0] <= amount.low and amount.high <= limits[1]:
                        continue
                    else:
                        message = DraftText.tr(
                            "{name} for {exercise} must be from {low} to {high}",
                            name=name,
                            exercise=exercise.name,
                            low=limits[0],
                            high=limits[1],
                        )
                    found.append(DraftProblem(key, message, p, b))
    return found


class RoutineDraft:
    """A routine being edited, with undo and redo; see the module's description.

    Positions count from 0: ``phase`` is an index into the phases, ``block``
    into that phase's blocks. Every change returns nothing and can be undone
    as one step; a change that changes nothing is not a step. Changes of the
    same value in a row (typing in a name, turning a number up) are one step.
    """

    def __init__(
        self, content: RoutineContent, *, routine_id: str | None = None, path: Path | None = None
    ) -> None:
        self._history = UndoStack(content, immutable=True)
        self._id = routine_id
        self._path = path

    # -- making one ------------------------------------------------------------

    @classmethod
    def new(cls, name: str, phase_name: str) -> RoutineDraft:
        """Return a draft of a new routine called ``name`` with one empty phase."""
        return cls(RoutineContent(name=name, summary="", phases=(PhaseContent(phase_name),)))

    @classmethod
    def copy_of(cls, routine: Routine, name: str | None = None) -> RoutineDraft:
        """Return a draft of a copy of ``routine``: a new routine called ``name``.

        ``name`` defaults to the routine's name with " (copy)"; the copy gets
        its id from its name when it is first saved.
        """
        content = replace(content_of(routine), name=name or f"{routine.name} (copy)")
        return cls(content)

    @classmethod
    def from_file(cls, path: Path) -> RoutineDraft:
        """Return a draft of the routine in ``path``, its texts as the file writes them.

        Raises ``TomlReadError`` when the file cannot be read.
        """
        table = read_toml(path)
        raw_id = table.get("id")
        routine_id = raw_id if isinstance(raw_id, str) and raw_id else path.stem
        return cls(content_from_table(table), routine_id=routine_id, path=path)

    # -- what it holds ---------------------------------------------------------

    @property
    def content(self) -> RoutineContent:
        """Return the routine as it stands."""
        return self._history.peek()

    @property
    def path(self) -> Path | None:
        """Return the file the draft was read from or last saved to (``None``: not yet saved)."""
        return self._path

    @property
    def dirty(self) -> bool:
        """Return whether the draft differs from what was loaded or last saved."""
        return self._history.dirty

    @property
    def can_undo(self) -> bool:
        """Return whether there is a change to undo."""
        return self._history.can_undo

    @property
    def can_redo(self) -> bool:
        """Return whether there is an undone change to redo."""
        return self._history.can_redo

    def block(self, phase: int, block: int) -> BlockContent:
        """Return the block at ``phase``, ``block``."""
        return self.content.phases[phase].blocks[block]

    def routine_id(self, library: Library, pack_dir: Path | None = None) -> str:
        """Return the draft's id: its file's, or a new one made from its name.

        A new id is not that of any routine of ``library`` nor of a file in
        ``pack_dir``'s routines; ``-2``, ``-3`` … are added if need be.
        """
        if self._id is not None:
            return self._id
        base = slug(self.content.name)[:60].strip("-") or "routine"
        taken = {routine.id for routine in library.routines}
        folder = pack_dir / ItemKind.ROUTINE.value if pack_dir is not None else None
        candidate, number = base, 1
        while candidate in taken or (folder and (folder / f"{candidate}.toml").exists()):
            number += 1
            candidate = f"{base}-{number}"
        return candidate

    def as_routine(self, library: Library, pack_dir: Path | None = None) -> Routine:
        """Return the draft as a ``Routine``, to compile and run as it stands."""
        routine_id = self.routine_id(library, pack_dir)
        source = str(pack_dir) if pack_dir is not None else EDITED
        return as_routine(self.content, routine_id, source)

    # -- checks and lengths ----------------------------------------------------

    def problems(self, library: Library, pack_dir: Path | None = None) -> tuple[DraftProblem, ...]:
        """Return what stops the draft from being saved into ``pack_dir``.

        The routine validator's messages, for the table ``save`` would write
        (naming only exercises ``usable_exercises`` allows), then every
        amount outside what its exercise allows.
        """
        found: list[DraftProblem] = []
        table = as_table(self.content, self.routine_id(library, pack_dir))
        known = {exercise.id for exercise in usable_exercises(library, pack_dir)}
        parse_routine(
            table,
            lambda key, message: found.append(_problem(key, message)),
            source=EDITED,
            known_exercises=known,
        )
        return (*found, *_amount_problems(library, self.content))

    def plan(self, library: Library) -> Plan | None:
        """Return the draft compiled as it stands (``None``: it cannot be compiled)."""
        try:
            return compile_plan(self.as_routine(library), library)
        except PlanError:
            return None

    def phase_plans(self, library: Library) -> tuple[PhasePlan, ...] | None:
        """Return each phase's planned length from the compiled plan (``None``: cannot compile)."""
        plan = self.plan(library)
        return None if plan is None else plan.phases

    def phase_seconds(self, library: Library) -> tuple[int, ...] | None:
        """Return the timed seconds of each phase as ``compile_plan`` adds them up."""
        plans = self.phase_plans(library)
        return None if plans is None else tuple(plan.planned_seconds for plan in plans)

    # -- undo and redo ---------------------------------------------------------

    def _change(self, content: RoutineContent, key: object = None) -> None:
        """Make ``content`` current; changes with the same ``key`` in a row are one step."""
        self._history.push(content, merge_key=key)

    def undo(self) -> bool:
        """Go back one change; return whether there was one."""
        if not self._history.can_undo:
            return False
        self._history.undo()
        return True

    def redo(self) -> bool:
        """Make the last undone change again; return whether there was one."""
        if not self._history.can_redo:
            return False
        self._history.redo()
        return True

    # -- changes to the routine ------------------------------------------------

    def set_name(self, name: str) -> None:
        """Call the routine ``name`` (typing on in the name is one step)."""
        self._change(replace(self.content, name=name), "name")

    def set_summary(self, summary: str) -> None:
        """Describe the routine in ``summary`` (typing on in the summary is one step)."""
        self._change(replace(self.content, summary=summary), "summary")

    def _phases(self, phases: Sequence[PhaseContent]) -> None:
        self._change(replace(self.content, phases=tuple(phases)))

    def _edit_phase(self, index: int, key: object = None, **changes: Any) -> None:
        phases = list(self.content.phases)
        phases[index] = replace(phases[index], **changes)
        self._change(replace(self.content, phases=tuple(phases)), key)

    def add_phase(self, name: str, at: int | None = None) -> int:
        """Add an empty phase called ``name`` at ``at`` (default: last); return its index."""
        phases = list(self.content.phases)
        index = len(phases) if at is None else max(0, min(at, len(phases)))
        phases.insert(index, PhaseContent(name))
        self._phases(phases)
        return index

    def remove_phase(self, index: int) -> None:
        """Remove the phase at ``index`` with its blocks."""
        phases = list(self.content.phases)
        del phases[index]
        self._phases(phases)

    def move_phase(self, index: int, step: int) -> int:
        """Move the phase at ``index`` by ``step`` places (kept in range); return where it went."""
        phases = list(self.content.phases)
        target = max(0, min(index + step, len(phases) - 1))
        phases.insert(target, phases.pop(index))
        self._phases(phases)
        return target

    def rename_phase(self, index: int, name: str) -> None:
        """Call the phase at ``index`` ``name``."""
        self._edit_phase(index, ("phase name", index), name=name)

    def set_intro(self, index: int, intro: str) -> None:
        """Give the phase at ``index`` the introduction ``intro`` (blank: none)."""
        self._edit_phase(index, ("intro", index), intro=intro.strip() or None)

    def set_budget_minutes(self, index: int, minutes: int | None) -> None:
        """Set aside ``minutes`` for the phase at ``index`` (``None`` or 0: no budget)."""
        budget = minutes * 60 if minutes else None
        self._edit_phase(index, ("budget", index), budget_seconds=budget)

    def _blocks(self, phase: int, blocks: Iterable[BlockContent]) -> None:
        self._edit_phase(phase, blocks=tuple(blocks))

    def _edit_block(self, phase: int, block: int, key: object, **changes: Any) -> None:
        blocks = list(self.content.phases[phase].blocks)
        blocks[block] = replace(blocks[block], **changes)
        self._edit_phase(phase, (key, phase, block), blocks=tuple(blocks))

    def add_block(self, phase: int, exercise_id: str, at: int | None = None) -> int:
        """Add ``exercise_id`` to ``phase`` at ``at`` (default: last); return its index."""
        blocks = list(self.content.phases[phase].blocks)
        index = len(blocks) if at is None else max(0, min(at, len(blocks)))
        blocks.insert(index, BlockContent(choices=(exercise_id,)))
        self._blocks(phase, blocks)
        return index

    def remove_block(self, phase: int, block: int) -> None:
        """Remove the block at ``phase``, ``block``."""
        blocks = list(self.content.phases[phase].blocks)
        del blocks[block]
        self._blocks(phase, blocks)

    def move_block_to(self, phase: int, block: int, to_phase: int, to_block: int) -> None:
        """Move a block to ``to_phase`` at index ``to_block`` of that phase without it."""
        phases = list(self.content.phases)
        moved = phases[phase].blocks[block]
        source = list(phases[phase].blocks)
        del source[block]
        phases[phase] = replace(phases[phase], blocks=tuple(source))
        target = list(phases[to_phase].blocks)
        target.insert(max(0, min(to_block, len(target))), moved)
        phases[to_phase] = replace(phases[to_phase], blocks=tuple(target))
        self._phases(phases)

    def move_block(self, phase: int, block: int, step: int) -> tuple[int, int]:
        """Move a block one place up (``step`` -1) or down (+1); return where it is now.

        Past the first or last block of its phase it moves into the end of the
        phase before, or the start of the phase after; at the very top or
        bottom of the routine it stays.
        """
        count = len(self.content.phases[phase].blocks)
        target = block + step
        if 0 <= target < count:
            self.move_block_to(phase, block, phase, target)
            return phase, target
        neighbour = phase + (1 if step > 0 else -1)
        if not 0 <= neighbour < len(self.content.phases):
            return phase, block
        at = 0 if step > 0 else len(self.content.phases[neighbour].blocks)
        self.move_block_to(phase, block, neighbour, at)
        return neighbour, at

    def set_amount(self, phase: int, block: int, name: str, value: int | None) -> None:
        """Make the block's ``name`` exactly ``value`` (``None``: the exercise's own amount)."""
        if name not in EDITABLE_AMOUNTS:
            raise ValueError(f"not an amount the editor sets: {name}")
        current = self.block(phase, block)
        changes: dict[str, Any] = {name: None if value is None else Amount.exactly(value)}
        dosage = replace(current.dosage, **changes)
        self._edit_block(phase, block, name, dosage=dosage)

    def set_note(self, phase: int, block: int, note: str) -> None:
        """Give the block the note ``note`` (blank: none)."""
        self._edit_block(phase, block, "note", note=note.strip() or None)

    def set_priority(self, phase: int, block: int, priority: int | None) -> None:
        """Rank the block for a shortened routine (``None`` or 0: unranked)."""
        self._edit_block(phase, block, "priority", priority=priority or None)

    # -- saving ----------------------------------------------------------------

    def pack_dir(self, packs_dir: Path, pack_id: str = MY_PACK_ID) -> Path:
        """Return the pack folder a save would write into: the file's own, else ``pack_id``'s."""
        if self._path is not None:
            return pack_folder_of(self._path)
        return packs_dir / pack_id

    def save(self, library: Library, packs_dir: Path, pack_id: str = MY_PACK_ID) -> Path:
        """Write the draft into its file, or a new file in pack ``pack_id``; return the path.

        A draft read from a file is written back into that file, merged into
        the document as read (comments and layout of what did not change
        stay); the next change is a step of its own. Raises
        ``DraftInvalidError`` (nothing written) if it has problems,
        ``OSError`` if the file cannot be written.
        """
        pack_dir = self.pack_dir(packs_dir, pack_id)
        problems = self.problems(library, pack_dir)
        if problems:
            raise DraftInvalidError(
                DraftText.tr("the routine has problems: {first}", first=str(problems[0]))
            )
        routine_id = self.routine_id(library, pack_dir)
        table = as_table(self.content, routine_id)
        if self._path is not None and self._path.exists():
            document = load_document(self._path)
            _merge_keeping_entries(document, table)
            path = self._path
        else:
            name = MY_PACK_NAME if pack_id == MY_PACK_ID else pack_id
            path = file_for(ensure_pack(packs_dir, pack_id, name), ItemKind.ROUTINE, routine_id)
            document = new_document(table)
        save_document(path, document)
        self._path, self._id = path, routine_id
        self._history.saved_here()
        return path


def routine_file(routine: Routine) -> Path | None:
    """Return the file of a user pack's ``routine``, or ``None`` (bundled, or not found).

    That is ``protocols/<id>.toml`` of its pack, else the routine file of the
    pack whose ``id`` is the routine's.
    """
    if routine.source in (BUNDLED, EDITED):
        return None
    folder = Path(routine.source)
    named = folder / ItemKind.ROUTINE.value / f"{routine.id}.toml"
    candidates = [named, *sorted((folder / ItemKind.ROUTINE.value).glob("*.toml"))]
    for path in candidates:
        try:
            if path.is_file() and read_toml(path).get("id") == routine.id:
                return path
        except TomlReadError:
            continue
    return None


def pack_choices(library: Library, packs_dir: Path) -> tuple[PackChoice, ...]:
    """Return the user packs to save into: "My exercises" first, then the others by folder."""
    names = {
        os.path.abspath(report.folder): report.name
        for report in library.packs
        if report.source != BUNDLED
    }
    choices = [PackChoice(MY_PACK_ID, MY_PACK_NAME)]
    for folder in find_user_packs(packs_dir):
        if folder.name != MY_PACK_ID:
            choices.append(PackChoice(folder.name, names.get(os.path.abspath(folder), folder.name)))
    return tuple(choices)


def _identity(table: Mapping[str, Any]) -> object:
    """Return what an entry of a list of tables is known by: a block's exercises, else its name."""
    for key in ("exercise", "choose", "name"):
        if key in table:
            value = table[key]
            return (key, tuple(value) if isinstance(value, list) else value)
    return None


def _merge_keeping_entries(target: Table | TOMLDocument, data: Mapping[str, Any]) -> None:
    """``merge_into``, with each list of tables merged entry by entry.

    An entry of the new list takes the table of the old entry with the same
    identity (``_identity``), so a moved block keeps its comments; the
    rest take old tables in order, and new ones are made for what is left.
    """
    for key, value in data.items():
        current = target.get(key)
        tables = isinstance(value, list) and all(isinstance(entry, Mapping) for entry in value)
        if isinstance(current, AoT) and value and tables:
            _merge_entries(current, value, _merge_keeping_entries)
    merge_into(target, data)


def _merge_entries(
    tables: AoT,
    entries: Sequence[Mapping[str, Any]],
    merge: Callable[[Table, Mapping[str, Any]], None],
) -> None:
    old = list(tables.body)
    unused = list(range(len(old)))
    chosen: list[int | None] = []
    for entry in entries:
        match = next((i for i in unused if _identity(old[i]) == _identity(entry)), None)
        if match is not None:
            unused.remove(match)
        chosen.append(match)
    for position, index in enumerate(chosen):
        if index is None and unused:
            chosen[position] = unused.pop(0)
    tables.clear()
    for entry, index in zip(entries, chosen, strict=True):
        table = tomlkit.table() if index is None else old[index]
        merge(table, entry)
        tables.append(table)
