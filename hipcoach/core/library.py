"""Loading the bundled library and the user's packs, with every problem collected."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hipcoach.core.exercises import Category, Exercise
from hipcoach.core.fileio import (
    MAX_INTEGER,
    TomlReadError,
    huge_integers,
    read_toml,
    without_huge_integers,
)
from hipcoach.core.messages import Message
from hipcoach.core.paths import AppPaths, bundled_resources_dir
from hipcoach.core.problems import PackText, Problem, Report, TableReader
from hipcoach.core.reference import Reference, load_reference
from hipcoach.core.routines import Routine
from hipcoach.core.schema import parse_exercise, parse_routine, read_schema_version

BUNDLED = "bundled"
PACK_FILE = "pack.toml"
REFERENCE_FOLDER = "reference"


@dataclass(frozen=True)
class PackReport:
    """What happened when one pack was loaded.

    A pack with any problem is not used at all (``loaded`` is false), so a
    half-broken pack never changes what the user practises.
    """

    name: str
    folder: Path
    source: str
    problems: tuple[Problem, ...]
    exercise_count: int
    routine_count: int

    @property
    def loaded(self) -> bool:
        """Return whether the pack's exercises and routines are in use."""
        return not self.problems


@dataclass(frozen=True)
class PackContent:
    """Everything read from one pack, valid or not."""

    report: PackReport
    exercises: tuple[Exercise, ...]
    routines: tuple[Routine, ...]
    reference: Reference | None


@dataclass(frozen=True)
class Library:
    """The exercises and routines in use, and a report for every pack tried."""

    exercises: tuple[Exercise, ...]
    routines: tuple[Routine, ...]
    packs: tuple[PackReport, ...]
    reference: Reference | None

    def exercise(self, exercise_id: str) -> Exercise:
        """Return the exercise with ``exercise_id``; raise ``KeyError`` if there is none."""
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)

    def routine(self, routine_id: str) -> Routine:
        """Return the routine with ``routine_id``; raise ``KeyError`` if there is none."""
        for routine in self.routines:
            if routine.id == routine_id:
                return routine
        raise KeyError(routine_id)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Return the problems of every pack, bundled first."""
        return tuple(problem for pack in self.packs for problem in pack.problems)

    @property
    def broken_packs(self) -> tuple[PackReport, ...]:
        """Return the packs that were skipped because of problems."""
        return tuple(pack for pack in self.packs if not pack.loaded)


def _kind_of(relative: Path, table: dict[str, Any]) -> tuple[str, Message | None]:
    """Return how to read a file, and a message if it is in the wrong folder."""
    top = relative.parts[0] if len(relative.parts) > 1 else ""
    looks_like = "routine" if "phases" in table else "exercise"
    if top == "exercises" and looks_like == "routine":
        return "routine", PackText.tr(
            "this is a routine (it has [[phases]]); move it to protocols/"
        )
    if top == "protocols" and looks_like == "exercise" and "category" in table:
        return "exercise", PackText.tr(
            "this is an exercise (it has no [[phases]]); move it to exercises/"
        )
    return looks_like, None


def _pack_files(folder: Path) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*.toml")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if relative.parts[0] == REFERENCE_FOLDER or relative == Path(PACK_FILE):
            continue
        files.append(path)
    return files


#: The item number at the end of a key path (``dosage.reps[2]``).
_LIST_ITEM = re.compile(r"\[\d+\]$")


class _ProblemCollector:
    """Collects the problems of one pack, naming files relative to ``root``."""

    def __init__(self, root: Path, parse: Callable[[Path], dict[str, Any]] | None = None) -> None:
        self.root = root
        self.parse = parse or _parse_toml
        self.problems: list[Problem] = []
        # Per file, the keys whose problem is already said: a number far too
        # large is reported once, not again as a consequence of leaving it out.
        self._said: dict[Path, set[str]] = {}

    def shown(self, path: Path) -> str:
        """Return how ``path`` is named in messages: ``<pack folder>/<path in pack>``."""
        try:
            shown = path.relative_to(self.root).as_posix()
        except ValueError:
            shown = path.as_posix()
        # A name that is not UTF-8 is shown with escapes, so it can be printed and displayed.
        return os.fsencode(shown).decode("utf-8", "backslashreplace")

    def report_for(self, path: Path) -> Report:
        """Return a reporter for key problems in ``path``."""
        said = self._said.get(path, set())

        def report(key: str, message: str | Message) -> None:
            if key in said:
                return
            self.problems.append(Problem(self.shown(path), message, key=key or None))

        return report

    def read(self, path: Path) -> dict[str, Any] | None:
        """Return the table in ``path``, or ``None`` after recording why it can't be read.

        Whole numbers far too large for any setting are each reported at
        their key and left out of the table (``without_huge_integers``), so
        every other problem of the file is still found; what leaving them out
        causes at the same key (a required key missing, a range missing an
        end) is not reported again.
        """
        try:
            table = self.parse(path)
        except TomlReadError as error:
            self.problems.append(Problem(self.shown(path), error.text, line=error.line))
            return None
        huge = huge_integers(table, MAX_INTEGER)
        if not huge:
            return table
        said = self._said.setdefault(path, set())
        for key, value in huge:
            self.problems.append(
                Problem(
                    self.shown(path),
                    PackText.tr(
                        "{value} is far out of range (whole numbers go from -{limit} to {limit})",
                        value=str(value),
                        limit=str(MAX_INTEGER),
                    ),
                    key=key,
                )
            )
            said.update((key, _LIST_ITEM.sub("", key)))  # and a range or list holding it
        cleaned: dict[str, Any] = without_huge_integers(table, MAX_INTEGER)
        return cleaned


def _parse_toml(path: Path) -> dict[str, Any]:
    """Return the table in ``path`` with every whole number kept (``read_toml``)."""
    return read_toml(path, integer_limit=None)


def _read_pack_file(path: Path, collector: _ProblemCollector) -> str | None:
    """Check the optional ``pack.toml``; return the pack's name if it gives one."""
    if not path.exists():
        return None
    table = collector.read(path)
    if table is None:
        return None
    reader = TableReader(table, "", collector.report_for(path))
    read_schema_version(reader)
    name = reader.text("name", required=False)
    reader.text("description", required=False)
    reader.text("author", required=False)
    reader.finish()
    return name


def load_pack(
    folder: Path,
    *,
    source: str,
    also_known: Iterable[str] = (),
    with_reference: bool = False,
    language: str | None = None,
    parse: Callable[[Path], dict[str, Any]] | None = None,
) -> PackContent:
    """Read every file of the pack in ``folder`` and collect all problems.

    Routines may name exercises of this pack or any id in ``also_known``.
    Reference data is read only ``with_reference``. Texts are in
    ``language`` (or its base language) where a file translates them, else
    in the original; every translation is checked whatever ``language`` is.
    ``parse`` turns a file into its table (``read_toml`` with every whole
    number kept, unless given: ``library_cache`` gives one that remembers).
    """
    folder = Path(os.path.abspath(folder))
    collector = _ProblemCollector(root=folder.parent, parse=parse)
    problems, shown, report_for, read = (
        collector.problems,
        collector.shown,
        collector.report_for,
        collector.read,
    )
    if not folder.is_dir():
        problems.append(Problem(shown(folder), PackText.tr("no such folder")))
        report = PackReport(folder.name, folder, source, tuple(problems), 0, 0)
        return PackContent(report, (), (), None)
    name = _read_pack_file(folder / PACK_FILE, collector) or folder.name

    tables: list[tuple[Path, str, dict[str, Any]]] = []
    for path in _pack_files(folder):
        table = read(path)
        if table is None:
            continue
        kind, misplaced = _kind_of(path.relative_to(folder), table)
        if misplaced:
            problems.append(Problem(shown(path), misplaced))
        tables.append((path, kind, table))

    exercises: list[Exercise] = []
    first_file_of_id: dict[tuple[str, str], Path] = {}

    def claim_id(path: Path, kind: str, table: dict[str, Any]) -> None:
        raw_id = table.get("id")
        if not isinstance(raw_id, str) or not raw_id.strip():
            return
        exercise_id = raw_id.strip()
        earlier = first_file_of_id.setdefault((kind, exercise_id), path)
        if earlier != path:
            report_for(path)(
                "id",
                PackText.tr(
                    "'{id}' is already used by {file}", id=exercise_id, file=shown(earlier)
                ),
            )

    for path, kind, table in tables:
        claim_id(path, kind, table)
    own_ids = {exercise_id for kind, exercise_id in first_file_of_id if kind == "exercise"}
    known = own_ids | set(also_known)
    routines: list[Routine] = []
    for path, kind, table in tables:
        if kind == "exercise":
            exercise = parse_exercise(
                table,
                report_for(path),
                pack_dir=folder,
                source=source,
                known_exercises=known,
                language=language,
            )
            if exercise is not None:
                exercises.append(exercise)
        else:
            routine = parse_routine(
                table, report_for(path), source=source, known_exercises=known, language=language
            )
            if routine is not None:
                routines.append(routine)

    reference = None
    if with_reference:
        reference = load_reference(folder / REFERENCE_FOLDER, read, report_for)

    report = PackReport(
        name=name,
        folder=folder,
        source=source,
        problems=tuple(problems),
        exercise_count=len(exercises),
        routine_count=len(routines),
    )
    return PackContent(report, tuple(exercises), tuple(routines), reference)


def find_user_packs(packs_dir: Path) -> list[Path]:
    """Return the pack folders inside ``packs_dir`` in name order (none if it is missing)."""
    if not packs_dir.is_dir():
        return []
    return sorted(
        path for path in packs_dir.iterdir() if path.is_dir() and not path.name.startswith(".")
    )


_CATEGORY_ORDER = {category: index for index, category in enumerate(Category)}


def _in_display_order(exercises: Iterable[Exercise]) -> tuple[Exercise, ...]:
    return tuple(sorted(exercises, key=lambda e: (_CATEGORY_ORDER[e.category], e.name.casefold())))


def load_library(
    bundled_dir: Path,
    user_packs: Sequence[Path] = (),
    *,
    language: str | None = None,
    parse: Callable[[Path], dict[str, Any]] | None = None,
) -> Library:
    """Load the bundled pack and then each user pack in order.

    A user pack with problems is skipped and reported. A user exercise or
    routine whose id matches one already loaded takes its place; an
    exercise that replaces a bundled one is marked ``replaces_bundled``.
    Texts are translated into ``language`` where a file offers it (see
    ``load_pack``); ids, dosages and everything else stay the same.
    ``parse`` reads each file (see ``load_pack``).
    """
    bundled = load_pack(
        bundled_dir, source=BUNDLED, with_reference=True, language=language, parse=parse
    )
    exercises = {exercise.id: exercise for exercise in bundled.exercises}
    routines = {routine.id: routine for routine in bundled.routines}
    bundled_ids = set(exercises)
    reports = [bundled.report]
    for folder in user_packs:
        pack = load_pack(
            folder, source=str(folder), also_known=bundled_ids, language=language, parse=parse
        )
        reports.append(pack.report)
        if not pack.report.loaded:
            continue
        for exercise in pack.exercises:
            exercises[exercise.id] = replace(exercise, replaces_bundled=exercise.id in bundled_ids)
        for routine in pack.routines:
            routines[routine.id] = routine
    return Library(
        exercises=_in_display_order(exercises.values()),
        routines=tuple(routines.values()),
        packs=tuple(reports),
        reference=bundled.reference,
    )


def load_user_library(
    paths: AppPaths, extra_packs: Sequence[Path] = (), *, language: str | None = None
) -> Library:
    """Return the library the app and the command line show.

    That is the bundled pack, then the user's packs (the folders in
    ``paths.packs_dir``, in name order), then ``extra_packs`` in the order
    given; texts are in ``language`` where a pack translates them (see
    ``load_library``).
    """
    user_packs = [*find_user_packs(paths.packs_dir), *extra_packs]
    return load_library(bundled_resources_dir(), user_packs, language=language)


def pack_folder_of(file: Path) -> Path:
    """Return the pack folder that ``file`` belongs to.

    That is the nearest folder above it with a ``pack.toml``, else the folder
    holding the nearest ``exercises/`` or ``protocols/`` folder above it, else
    the file's own folder.
    """
    absolute = Path(os.path.abspath(file))
    for folder in absolute.parents:
        if (folder / PACK_FILE).is_file():
            return folder
    for folder in absolute.parents:
        if folder.name in ("exercises", "protocols"):
            return folder.parent
    return absolute.parent


def check_paths(paths: Sequence[Path], bundled_dir: Path) -> list[Problem]:
    """Return every problem in the given packs or files.

    A folder is checked as a pack; a file is checked within the pack it
    belongs to, and only its own problems are returned.
    """
    bundled_ids = {e.id for e in load_pack(bundled_dir, source=BUNDLED).exercises}
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            folder, only = path, None
        elif path.is_file():
            folder, only = pack_folder_of(path), path
        else:
            problems.append(Problem(str(path), PackText.tr("no such file or folder")))
            continue
        pack = load_pack(
            folder,
            source=str(folder),
            also_known=bundled_ids,
            with_reference=(folder / REFERENCE_FOLDER).is_dir(),
        )
        found = pack.report.problems
        if only is not None:
            wanted = Path(os.path.abspath(only)).relative_to(pack.report.folder.parent).as_posix()
            found = tuple(problem for problem in found if problem.file == wanted)
        problems.extend(found)
    return problems
