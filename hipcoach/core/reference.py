"""The background facts the app explains: muscles, symptoms, timeline, mistakes, red flags."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from hipcoach.core.exercises import Exercise
from hipcoach.core.messages import Message
from hipcoach.core.poses import Muscle as Region
from hipcoach.core.problems import PackText, Report, TableReader
from hipcoach.core.schema import read_schema_version


@dataclass(frozen=True)
class MuscleFigure:
    """How a muscle is drawn: keyframe ``pose`` of ``exercise``'s figure, ``region`` tinted."""

    exercise: str
    pose: str
    region: Region


@dataclass(frozen=True)
class Muscle:
    """A hip flexor: where it runs, what it does, how it gets tight, where it hurts.

    ``targets`` are the names exercises use for it in their targets (compared
    without regard to case); ``figure`` says how to draw it, if it can be.
    """

    id: str
    name: str
    origin: str
    insertion: str
    role: str
    tightens: str
    pain_pattern: str
    targets: tuple[str, ...] = ()
    figure: MuscleFigure | None = None

    def is_target(self, target: str) -> bool:
        """Return whether an exercise target called ``target`` means this muscle."""
        wanted = target.strip().casefold()
        return any(name.casefold() == wanted for name in self.targets)

    def worked_by(self, exercises: Iterable[Exercise]) -> tuple[Exercise, ...]:
        """Return the exercises of ``exercises`` with this muscle among their targets, in order."""
        return tuple(e for e in exercises if any(self.is_target(t) for t in e.targets))


@dataclass(frozen=True)
class Symptom:
    """A sign of tight hip flexors; ``group`` is local, referred or performance."""

    group: str
    text: str


@dataclass(frozen=True)
class Stage:
    """A stretch of the recovery timeline, by programme day (inclusive)."""

    label: str
    from_day: int
    to_day: int
    expect: str


@dataclass(frozen=True)
class Mistake:
    """A common mistake that slows recovery."""

    title: str
    text: str


@dataclass(frozen=True)
class RedFlag:
    """A sign that calls for a professional's opinion."""

    id: str
    text: str


@dataclass(frozen=True)
class Reference:
    """All reference data of the bundled library."""

    muscles: tuple[Muscle, ...]
    symptoms: tuple[Symptom, ...]
    stages: tuple[Stage, ...]
    caveat: str
    consistency: str
    meaningful_relief_weeks: tuple[int, int]
    mistakes: tuple[Mistake, ...]
    red_flags: tuple[RedFlag, ...]
    see: tuple[str, ...]
    persist_weeks: tuple[int, int]
    conditions: tuple[str, ...]

    def muscle(self, muscle_id: str) -> Muscle | None:
        """Return the muscle with ``muscle_id``, or ``None`` if there is none."""
        return next((muscle for muscle in self.muscles if muscle.id == muscle_id), None)

    def muscles_for_target(self, target: str) -> tuple[Muscle, ...]:
        """Return the muscles an exercise target called ``target`` means (often none)."""
        return tuple(muscle for muscle in self.muscles if muscle.is_target(target))

    def stage_for_day(self, day: int) -> Stage | None:
        """Return the timeline stage that programme day ``day`` (from 1) falls in."""
        for stage in self.stages:
            if stage.from_day <= day <= stage.to_day:
                return stage
        return None


REFERENCE_FILES = ("muscles", "symptoms", "timeline", "mistakes", "red-flags")
SYMPTOM_GROUPS = ("local", "referred", "performance")


def _week_range(reader: TableReader, key: str) -> tuple[int, int]:
    value = reader.raw(key)
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(item, int) and not isinstance(item, bool) for item in value)
        or not 0 < value[0] <= value[1]
    ):
        reader.problem(key, PackText.tr("must be a range of weeks [min, max] with 0 < min <= max"))
        return (0, 0)
    return (value[0], value[1])


_MUSCLE_TEXTS = ("id", "name", "origin", "insertion", "role", "tightens", "pain_pattern")
REGIONS = tuple(region.value for region in Region)


def _muscle_figure(item: TableReader) -> MuscleFigure | None:
    table = item.table("figure")
    if table is None:
        return None
    exercise, pose = table.text("exercise"), table.text("pose")
    region = table.choice("region", REGIONS)
    table.finish()
    if exercise is None or pose is None or region is None:
        return None
    return MuscleFigure(exercise, pose, Region(region))


def _muscles(reader: TableReader) -> tuple[Muscle, ...]:
    result = []
    for item in reader.tables("muscles", required=True):
        texts = {key: item.text(key) or "" for key in _MUSCLE_TEXTS}
        targets = item.text_list("targets")
        figure = _muscle_figure(item)
        item.finish()
        result.append(Muscle(**texts, targets=targets, figure=figure))
    return tuple(result)


def _symptoms(reader: TableReader) -> tuple[Symptom, ...]:
    result = []
    for item in reader.tables("symptoms", required=True):
        result.append(Symptom(item.choice("group", SYMPTOM_GROUPS) or "", item.text("text") or ""))
        item.finish()
    return tuple(result)


def _mistakes(reader: TableReader) -> tuple[Mistake, ...]:
    result = []
    for item in reader.tables("mistakes", required=True):
        result.append(Mistake(item.text("title") or "", item.text("text") or ""))
        item.finish()
    return tuple(result)


def _stages(reader: TableReader) -> tuple[Stage, ...]:
    result = []
    for item in reader.tables("stages", required=True):
        label = item.text("label") or ""
        start = item.integer("from_day", minimum=1) or 0
        end = item.integer("to_day", minimum=1) or 0
        if start and end and start > end:
            item.problem(
                "to_day",
                PackText.tr("ends ({end}) before it starts ({start})", end=end, start=start),
            )
        result.append(Stage(label, start, end, item.text("expect") or ""))
        item.finish()
    for earlier, later in pairwise(result):
        if earlier.to_day and later.from_day and later.from_day != earlier.to_day + 1:
            reader.problem(
                "stages",
                PackText.tr(
                    "'{later}' does not start the day after '{earlier}'",
                    later=later.label,
                    earlier=earlier.label,
                ),
            )
    return tuple(result)


def _red_flags(reader: TableReader) -> tuple[RedFlag, ...]:
    result = []
    for item in reader.tables("red_flags", required=True):
        result.append(RedFlag(item.text("id") or "", item.text("text") or ""))
        item.finish()
    return tuple(result)


def load_reference(
    folder: Path,
    read: Callable[[Path], dict[str, Any] | None],
    report_for: Callable[[Path], Report],
) -> Reference | None:
    """Return the reference data in ``folder``, or ``None`` if anything is wrong.

    ``read`` returns a file's table (or ``None`` after reporting a read
    error); ``report_for`` gives the problem reporter for a file.
    """
    tables: dict[str, TableReader] = {}
    failed: list[str | Message] = []  # one entry per problem; closures below append to it

    def counting(path: Path) -> Report:
        report = report_for(path)

        def counted(key: str, message: str | Message) -> None:
            failed.append(message)
            report(key, message)

        return counted

    for name in REFERENCE_FILES:
        path = folder / f"{name}.toml"
        table = read(path)
        if table is None:
            failed.append(name)
            continue
        reader = TableReader(table, "", counting(path))
        if read_schema_version(reader):
            tables[name] = reader
        else:
            failed.append(name)
    if failed:
        return None
    muscles = _muscles(tables["muscles"])
    symptoms = _symptoms(tables["symptoms"])
    timeline = tables["timeline"]
    stages = _stages(timeline)
    caveat = timeline.text("caveat") or ""
    consistency = timeline.text("consistency") or ""
    relief = _week_range(timeline, "meaningful_relief_weeks")
    mistakes = _mistakes(tables["mistakes"])
    flags = tables["red-flags"]
    red_flags = _red_flags(flags)
    see = flags.text_list("see", required=True)
    persist = _week_range(flags, "persist_weeks")
    conditions = flags.text_list("conditions", required=True)
    for reader in tables.values():
        reader.finish()
    if failed:
        return None
    return Reference(
        muscles=muscles,
        symptoms=symptoms,
        stages=stages,
        caveat=caveat,
        consistency=consistency,
        meaningful_relief_weeks=relief,
        mistakes=mistakes,
        red_flags=red_flags,
        see=see,
        persist_weeks=persist,
        conditions=conditions,
    )
