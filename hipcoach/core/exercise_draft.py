"""An exercise being written or changed in the app, before it is saved into a pack.

The draft is the exercise's TOML table as plain data (what a file holds),
with the pack it goes into. ``problems`` checks it with the very parser that
reads packs, so the editor says what ``hipcoach check`` would say about the
same table; ``save`` refuses while there is any problem. A file that exists
is changed in place (``pack_files.merge_into``), so a hand-written file
keeps its comments and layout; a new file is written fresh. Every change is
a step of an ``UndoStack``.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hipcoach.core.atomic import backup_path
from hipcoach.core.exercises import AMOUNT_FIELDS, Exercise
from hipcoach.core.fileio import TomlReadError, read_toml
from hipcoach.core.library import BUNDLED, PACK_FILE, REFERENCE_FOLDER, pack_folder_of
from hipcoach.core.pack_files import (
    ItemKind,
    file_for,
    is_safe_id,
    load_document,
    merge_into,
    new_document,
    save_document,
    slug,
)
from hipcoach.core.problems import Problem
from hipcoach.core.schema import SCHEMA_VERSION, parse_exercise
from hipcoach.core.undo_stack import UndoStack

#: The order keys are written in a new file, as the format document lists them.
KEY_ORDER = (
    "schema",
    "id",
    "name",
    "category",
    "summary",
    "targets",
    "equipment",
    "position",
    "starting_position",
    "steps",
    "cues",
    "tips",
    "cautions",
    "contraindications",
    "mistakes",
    "progressions",
    "why",
    "gentler",
    "image",
    "sound",
    "sides",
    "dosage",
    "figure",
    "translations",
)
_DOSAGE_ORDER = (*AMOUNT_FIELDS, "note", "tempo", "default")


class DraftError(ValueError):
    """Raised when a draft with problems is asked to become an exercise or a file."""


def ordered(table: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``table`` with its keys in the format document's order (unknown keys last)."""
    rank = {key: index for index, key in enumerate(KEY_ORDER)}
    result = {key: table[key] for key in sorted(table, key=lambda k: rank.get(k, len(rank)))}
    dosage = result.get("dosage")
    if isinstance(dosage, Mapping):
        dosage_rank = {key: index for index, key in enumerate(_DOSAGE_ORDER)}
        result["dosage"] = {
            key: dosage[key]
            for key in sorted(dosage, key=lambda k: dosage_rank.get(k, len(dosage_rank)))
        }
    return result


def exercise_files(pack_dir: Path) -> dict[str, Path]:
    """Return the exercise files of the pack in ``pack_dir`` by the id each gives.

    Files that cannot be read, routines and files without an id are left
    out; of two files with one id the first in name order counts (as when
    the pack loads).
    """
    found: dict[str, Path] = {}
    if not pack_dir.is_dir():
        return found
    for path in sorted(pack_dir.rglob("*.toml")):
        relative = path.relative_to(pack_dir)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if relative.parts[0] == REFERENCE_FOLDER or relative == Path(PACK_FILE):
            continue
        try:
            table = read_toml(path)
        except TomlReadError:
            continue
        item_id = table.get("id")
        if "phases" in table or not isinstance(item_id, str):
            continue
        found.setdefault(item_id.strip(), path)
    return found


def source_of(exercise: Exercise, bundled_dir: Path) -> tuple[Path, dict[str, Any]]:
    """Return the file an exercise of the library was read from, and its table.

    Raises ``FileNotFoundError`` when the pack no longer has it, and
    ``TomlReadError`` when the file cannot be read any more.
    """
    pack_dir = bundled_dir if exercise.source == BUNDLED else Path(exercise.source)
    path = exercise_files(pack_dir).get(exercise.id)
    if path is None:
        raise FileNotFoundError(f"{pack_dir}: no file for exercise {exercise.id!r}")
    return path, read_toml(path)


def free_id(wanted: str, taken: Collection[str]) -> str:
    """Return ``wanted``, or ``wanted-2``, ``wanted-3`` … whichever is not ``taken``."""
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted}-{number}" in taken:
        number += 1
    return f"{wanted}-{number}"


def blank_table() -> dict[str, Any]:
    """Return the table a new exercise starts from: what every exercise needs, still empty."""
    return {
        "schema": SCHEMA_VERSION,
        "id": "",
        "name": "",
        "category": "stretch",
        "summary": "",
        "targets": [],
        "position": "standing",
        "starting_position": "",
        "steps": [],
        "dosage": {"sets": 1, "hold_seconds": 30},
    }


@dataclass(frozen=True)
class Collision:
    """Another file of the pack already holds the draft's id."""

    exercise_id: str
    file: Path
    #: An id nothing in the pack uses yet, to save under instead.
    free: str


class ExerciseDraft:
    """One exercise being edited: its table, the pack it goes into, and the file if it has one.

    ``bundled_ids`` are the ids of the bundled exercises: a ``gentler``
    exercise may name them or any exercise of the pack, as when the pack
    loads. ``file`` is the file being edited, or None for an exercise
    that has no file yet (new, or a copy).
    """

    def __init__(
        self,
        table: Mapping[str, Any],
        *,
        pack_dir: Path,
        bundled_ids: Collection[str] = (),
        file: Path | None = None,
    ) -> None:
        self._history = UndoStack(dict(table))
        self._bundled_ids = frozenset(bundled_ids)
        self.file = file
        self._pack_ids: dict[str, Path] = {}
        self.pack_dir = pack_dir

    # -- making one ----------------------------------------------------------------

    @classmethod
    def new(cls, pack_dir: Path, *, bundled_ids: Collection[str] = ()) -> ExerciseDraft:
        """Return a draft of a new exercise for the pack in ``pack_dir``."""
        return cls(blank_table(), pack_dir=pack_dir, bundled_ids=bundled_ids)

    @classmethod
    def copy_of(
        cls,
        table: Mapping[str, Any],
        pack_dir: Path,
        *,
        bundled_ids: Collection[str] = (),
        copy_name: str | None = None,
    ) -> ExerciseDraft:
        """Return a draft of a copy of the exercise ``table``, to be saved as a new file.

        The copy gets ``copy_name`` (default "<name> (copy)") and an id made
        from it that the pack does not use yet. Its translations are left
        out: they would no longer match texts changed in the copy.
        """
        data = copy.deepcopy(dict(table))
        data.pop("translations", None)
        name = str(data.get("name", ""))
        data["name"] = copy_name if copy_name is not None else f"{name} (copy)"
        taken = {*exercise_files(pack_dir), str(table.get("id", ""))}
        data["id"] = free_id(slug(data["name"]), taken)
        return cls(data, pack_dir=pack_dir, bundled_ids=bundled_ids)

    @classmethod
    def of_file(cls, path: Path, *, bundled_ids: Collection[str] = ()) -> ExerciseDraft:
        """Return a draft of the exercise in the user's file ``path`` (edited in place).

        Raises ``TomlReadError`` if the file cannot be read.
        """
        return cls(
            read_toml(path), pack_dir=pack_folder_of(path), bundled_ids=bundled_ids, file=path
        )

    # -- the pack ------------------------------------------------------------------

    @property
    def pack_dir(self) -> Path:
        """Return the folder of the pack the exercise is saved into."""
        return self._pack_dir

    @pack_dir.setter
    def pack_dir(self, folder: Path) -> None:
        self._pack_dir = Path(os.path.abspath(folder))
        self._pack_ids = exercise_files(self._pack_dir)

    def _other_files(self) -> dict[str, Path]:
        """Return the pack's other exercise files by id (the one being edited left out)."""
        mine = Path(os.path.abspath(self.file)) if self.file is not None else None
        return {key: path for key, path in self._pack_ids.items() if path != mine}

    # -- the data ------------------------------------------------------------------

    @property
    def table(self) -> dict[str, Any]:
        """Return a copy of the exercise's table as it is now."""
        state: dict[str, Any] = self._history.state
        return state

    def get(self, *path: str) -> Any:
        """Return the value at ``path`` (``"dosage", "sets"``), or None when it is absent."""
        value: Any = self._history.peek()
        for key in path:
            if not isinstance(value, Mapping) or key not in value:
                return None
            value = value[key]
        return copy.deepcopy(value)

    def set(self, path: tuple[str, ...], value: Any, *, merge_key: str | None = None) -> bool:
        """Set the value at ``path``; ``None`` removes the key. Return whether anything changed.

        A table left empty by a removal is removed too (``[dosage.default]``
        without defaults). ``merge_key`` joins this change with the one before
        it into one undo step when both have it (see ``UndoStack.push``).
        """
        table = self.table
        _put(table, path, value)
        return self._history.push(table, merge_key=merge_key)

    def replace(self, table: Mapping[str, Any]) -> bool:
        """Make ``table`` the whole draft (one undo step); return whether anything changed."""
        return self._history.push(dict(table))

    @property
    def exercise_id(self) -> str:
        """Return the id the draft gives (blank if none)."""
        value = self.get("id")
        return value.strip() if isinstance(value, str) else ""

    # -- undo ------------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        """Return whether a change can be undone."""
        return self._history.can_undo

    @property
    def can_redo(self) -> bool:
        """Return whether an undone change can be made again."""
        return self._history.can_redo

    def undo(self) -> None:
        """Undo the last change."""
        self._history.undo()

    def redo(self) -> None:
        """Make the last undone change again."""
        self._history.redo()

    @property
    def dirty(self) -> bool:
        """Return whether the draft has changes not saved (a new draft counts as saved)."""
        return self._history.dirty

    # -- checking ----------------------------------------------------------------------

    def target_file(self) -> Path:
        """Return the file the draft is saved to: its own, or ``exercises/<id>.toml``.

        Raises ``ValueError`` for a new draft whose id cannot name a file.
        """
        if self.file is not None:
            return self.file
        return file_for(self.pack_dir, ItemKind.EXERCISE, self.exercise_id)

    def shown_file(self) -> str:
        """Return how problems name the file: ``<pack folder>/<path in the pack>``."""
        try:
            target = self.target_file()
        except ValueError:
            target = self.pack_dir / ItemKind.EXERCISE.value / "new.toml"
        absolute = Path(os.path.abspath(target))
        try:
            return absolute.relative_to(self.pack_dir.parent).as_posix()
        except ValueError:
            return absolute.as_posix()

    def _parse(self, report: Any) -> Exercise | None:
        known = set(self._bundled_ids) | set(self._other_files()) | {self.exercise_id}
        return parse_exercise(
            self._history.peek(),
            report,
            pack_dir=self.pack_dir,
            source=str(self.pack_dir),
            known_exercises=known,
        )

    def problems(self) -> list[Problem]:
        """Return what ``hipcoach check`` would say about the draft saved in its pack."""
        found: list[Problem] = []
        shown = self.shown_file()

        def report(key: str, message: Any) -> None:
            found.append(Problem(shown, message, key=key or None))

        self._parse(report)
        return found

    @property
    def valid(self) -> bool:
        """Return whether the draft has no problems (it can be saved)."""
        return not self.problems()

    def to_exercise(self) -> Exercise:
        """Return the exercise the draft describes; raise ``DraftError`` if it has problems."""
        exercise = self._parse(lambda _key, _message: None)
        if exercise is None:
            raise DraftError(f"{self.shown_file()}: the exercise has problems")
        return exercise

    def collision(self) -> Collision | None:
        """Return the other file of the pack that holds the draft's id, if there is one.

        For a new draft, a file already at the path it would be saved to
        counts as well, whatever it holds.
        """
        exercise_id = self.exercise_id
        others = self._other_files()
        if exercise_id in others:
            return Collision(exercise_id, others[exercise_id], self._free_id(exercise_id))
        if self.file is None and is_safe_id(exercise_id):
            target = self.target_file()
            if target.exists():
                return Collision(exercise_id, target, self._free_id(exercise_id))
        return None

    def _free_id(self, wanted: str) -> str:
        taken = set(self._pack_ids)
        folder = self.pack_dir / ItemKind.EXERCISE.value
        while True:
            candidate = free_id(wanted, taken)
            if not (folder / f"{candidate}.toml").exists():
                return candidate
            taken.add(candidate)

    # -- saving -------------------------------------------------------------------------

    def save(self, *, replace_file: Path | None = None) -> Path:
        """Write the draft into its pack and return the file written.

        A file that exists (the draft's own, or ``replace_file``, the other
        file holding the same id that the user chose to replace) is changed
        in place so its comments stay; otherwise a new file is written.
        Raises ``DraftError`` while the draft has problems, or when its id
        is held by another file of the pack that was not named as
        ``replace_file``; ``OSError`` if the file cannot be written.
        """
        problems = self.problems()
        if problems:
            raise DraftError(str(problems[0]))
        collision = self.collision()
        if collision is not None and collision.file != replace_file:
            raise DraftError(
                f"{self.shown_file()}: id {collision.exercise_id!r} is already used by"
                f" {collision.file}"
            )
        target = replace_file or self.target_file()
        data = self._history.peek()
        if target.exists():
            document = load_document(target)
            merge_into(document, data)
        else:
            document = new_document(ordered(data))
        save_document(target, document)
        if replace_file is not None and self.file is not None and replace_file != self.file:
            self.file.unlink(missing_ok=True)  # the exercise now lives in the replaced file
        self.file = target
        self.pack_dir = self.pack_dir  # the pack's files changed: read their ids again
        self._history.saved_here()
        return target


def _put(table: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    """Set (or with ``None`` remove) ``path`` in ``table``; drop tables a removal empties."""
    *parents, last = path
    holders = [table]
    for key in parents:
        inner = holders[-1].get(key)
        if not isinstance(inner, dict):
            if value is None:
                return
            inner = {}
            holders[-1][key] = inner
        holders.append(inner)
    if value is None:
        holders[-1].pop(last, None)
        for holder, key in zip(reversed(holders[:-1]), reversed(parents), strict=True):
            if holder.get(key) == {}:
                del holder[key]
    else:
        holders[-1][last] = copy.deepcopy(value)


@dataclass(frozen=True)
class DeletedExercise:
    """An exercise file deleted in the app, kept as ``<name>.bak`` so it can come back."""

    file: Path
    kept_as: Path

    def restore(self) -> None:
        """Put the file back where it was; raise ``FileExistsError`` if that place is taken."""
        if self.file.exists():
            raise FileExistsError(str(self.file))
        os.replace(self.kept_as, self.file)


def delete_exercise_file(path: Path) -> DeletedExercise:
    """Take the exercise file ``path`` out of its pack, keeping it beside as ``<name>.bak``.

    The pack no longer loads it (only ``*.toml`` files are read); ``restore``
    brings it back. Raises ``OSError`` if it cannot be moved.
    """
    kept = backup_path(path)
    os.replace(path, kept)
    return DeletedExercise(path, kept)
