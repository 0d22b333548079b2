"""The reference loader: every field it reads is checked, and muscles know their exercises."""

from __future__ import annotations

import copy
import tomllib
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from hipcoach.core.exercises import Exercise
from hipcoach.core.messages import Message
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.poses import Muscle as Region
from hipcoach.core.reference import Muscle, MuscleFigure, Reference, load_reference
from tests.core.factories import exercise, hold

FOLDER = bundled_resources_dir() / "reference"


@cache
def _bundled_tables() -> dict[str, dict[str, Any]]:
    return {
        path.stem: tomllib.loads(path.read_text(encoding="utf-8")) for path in FOLDER.glob("*.toml")
    }


def tables() -> dict[str, dict[str, Any]]:
    """Return a fresh copy of the bundled reference tables, to change in a test."""
    return copy.deepcopy(_bundled_tables())


def load(changed: dict[str, dict[str, Any]]) -> tuple[Reference | None, dict[str, str]]:
    """Load ``changed``; return the reference and the problems by ``file: key``."""
    found: dict[str, str] = {}

    def report_for(path: Path) -> Any:
        def report(key: str, message: Message | str) -> None:
            found[f"{path.stem}: {key}"] = str(message)

        return report

    return load_reference(FOLDER, lambda path: changed[path.stem], report_for), found


def test_the_bundled_reference_loads_with_what_the_learn_page_needs() -> None:
    reference, problems = load(tables())
    assert problems == {}
    assert reference is not None
    psoas = reference.muscle("psoas-major")
    assert psoas is not None
    assert psoas.tightens
    assert psoas.figure == MuscleFigure("half-kneeling-hip-flexor", "reach", Region.PSOAS)
    assert "iliopsoas" in psoas.targets
    assert reference.caveat
    assert reference.muscle("nope") is None


@pytest.mark.parametrize(
    ("file", "change", "key", "problem"),
    [
        (
            "muscles",
            lambda t: t["muscles"][0].pop("tightens"),
            "muscles[1].tightens",
            "required key is missing",
        ),
        (
            "muscles",
            lambda t: t["muscles"][1]["figure"].update(region="psoas_minor"),
            "muscles[2].figure.region",
            "'psoas_minor' is not one of",
        ),
        (
            "muscles",
            lambda t: t["muscles"][2]["figure"].pop("pose"),
            "muscles[3].figure.pose",
            "required key is missing",
        ),
        (
            "muscles",
            lambda t: t["muscles"][2]["figure"].update(colour="red"),
            "muscles[3].figure.colour",
            "unknown key",
        ),
        (
            "muscles",
            lambda t: t["muscles"][3].update(targets=["tfl", 3]),
            "muscles[4].targets[2]",
            "must be non-blank text",
        ),
        (
            "muscles",
            lambda t: t["muscles"][4].update(figure="legs"),
            "muscles[5].figure",
            "must be a table",
        ),
        ("timeline", lambda t: t.pop("caveat"), "caveat", "required key is missing"),
        ("timeline", lambda t: t.update(caveat="  "), "caveat", "must not be blank"),
    ],
)
def test_each_new_field_is_checked(file: str, change: Any, key: str, problem: str) -> None:
    changed = tables()
    change(changed[file])
    reference, problems = load(changed)
    assert reference is None
    assert problems[f"{file}: {key}"].startswith(problem), problems


def test_a_muscle_needs_no_targets_or_figure() -> None:
    changed = tables()
    for muscle in changed["muscles"]["muscles"]:
        muscle.pop("targets")
        muscle.pop("figure")
    reference, problems = load(changed)
    assert problems == {}
    assert reference is not None
    assert all(m.targets == () and m.figure is None for m in reference.muscles)


def make(exercise_id: str, targets: tuple[str, ...]) -> Exercise:
    return replace(exercise(exercise_id, dosage=hold(30)), targets=targets)


def _muscle(muscle_id: str, *targets: str) -> Muscle:
    return Muscle(muscle_id, muscle_id.title(), "o", "i", "r", "t", "p", targets=targets)


def test_a_target_means_a_muscle_by_any_of_its_names_in_any_case() -> None:
    psoas = _muscle("psoas-major", "psoas major", "iliopsoas")
    assert psoas.is_target("Psoas Major")
    assert psoas.is_target(" iliopsoas ")
    assert not psoas.is_target("psoas")
    assert not _muscle("sartorius").is_target("sartorius")  # no names, no match


def test_a_muscle_lists_the_exercises_that_target_it_in_their_order() -> None:
    psoas = _muscle("psoas-major", "psoas major", "iliopsoas")
    exercises = (
        make("couch", ("iliopsoas", "quadriceps")),
        make("bridge", ("gluteus maximus",)),
        make("ball", ("Psoas major", "iliacus")),
    )
    assert [e.id for e in psoas.worked_by(exercises)] == ["couch", "ball"]


def test_the_reference_finds_every_muscle_a_target_means() -> None:
    reference, _ = load(tables())
    assert reference is not None
    assert [m.id for m in reference.muscles_for_target("Iliopsoas")] == [
        "psoas-major",
        "iliacus",
    ]
    assert [m.id for m in reference.muscles_for_target("TFL")] == ["tensor-fasciae-latae"]
    assert reference.muscles_for_target("gluteus maximus") == ()
