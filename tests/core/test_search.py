"""Filtering exercises by words and facets."""

from __future__ import annotations

import pytest

from hipcoach.core.exercises import Amount, Category, Dosage, Exercise, Position
from hipcoach.core.learn import LearnEntry, learn_entries
from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.search import ExerciseFilter, facet_values, find_learn_entries


def make(exercise_id: str, **changes: object) -> Exercise:
    values: dict[str, object] = {
        "id": exercise_id,
        "name": exercise_id.replace("-", " ").title(),
        "category": Category.STRETCH,
        "summary": "A summary.",
        "targets": ("psoas major",),
        "equipment": (),
        "position": Position.STANDING,
        "starting_position": "Stand.",
        "steps": ("Do it.",),
        "dosage": Dosage(hold_seconds=Amount.exactly(30)),
    }
    values.update(changes)
    return Exercise(**values)  # type: ignore[arg-type]


BRIDGE = make(
    "glute-bridge",
    category=Category.STRENGTHEN,
    targets=("gluteus maximus",),
    equipment=("mat",),
    position=Position.SUPINE,
)
ROLL = make("quad-roll", category=Category.RELEASE, equipment=("foam roller",))
STRETCH = make("couch-stretch", position=Position.HALF_KNEELING, summary="Knee against a wall.")


@pytest.mark.parametrize(
    ("exercise_filter", "expected"),
    [
        (ExerciseFilter(), {"glute-bridge", "quad-roll", "couch-stretch"}),
        (ExerciseFilter(query="GLUTE"), {"glute-bridge"}),
        (ExerciseFilter(query="  roller  quad "), {"quad-roll"}),
        (ExerciseFilter(query="roller bridge"), set()),
        (ExerciseFilter(query="wall"), {"couch-stretch"}),
        (ExerciseFilter(query="lying on your back"), {"glute-bridge"}),
        (ExerciseFilter(query="strengthen"), {"glute-bridge"}),
        (ExerciseFilter(category=Category.RELEASE), {"quad-roll"}),
        (ExerciseFilter(target="psoas major"), {"quad-roll", "couch-stretch"}),
        (ExerciseFilter(target="psoas major", query="couch"), {"couch-stretch"}),
        (ExerciseFilter(equipment="mat"), {"glute-bridge"}),
        (ExerciseFilter(position=Position.HALF_KNEELING), {"couch-stretch"}),
    ],
)
def test_filter(exercise_filter: ExerciseFilter, expected: set[str]) -> None:
    found = {e.id for e in (BRIDGE, ROLL, STRETCH) if exercise_filter.matches(e)}
    assert found == expected


def test_facet_values_are_distinct_and_sorted() -> None:
    facets = facet_values([BRIDGE, ROLL, STRETCH])
    assert facets["targets"] == ["gluteus maximus", "psoas major"]
    assert facets["equipment"] == ["foam roller", "mat"]
    assert facets["positions"] == ["standing", "supine", "half-kneeling"]


def _learn() -> tuple[LearnEntry, ...]:
    library = load_library(bundled_resources_dir())
    assert library.reference is not None
    return learn_entries(library.reference)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("psoas", {"muscle/psoas-major", "muscle/iliacus", "symptoms", "red-flags"}),
        ("ILIACUS", {"muscle/iliacus"}),
        ("iliopsoas", {"muscle/psoas-major", "muscle/iliacus", "red-flags"}),
        ("tfl", {"muscle/tensor-fasciae-latae"}),
        ("sartorius", {"muscle/sartorius"}),
        ("common mistakes", {"mistakes"}),
        ("knee pain", {"symptoms"}),
        ("physiotherapist", {"red-flags"}),
        ("consistency 10 minutes", set()),  # every word must be found
        ("10 minutes", {"timeline"}),
        ("   ", set()),
        ("couch stretch", set()),
    ],
)
def test_search_finds_learn_entries(query: str, expected: set[str]) -> None:
    assert {entry.key for entry in find_learn_entries(_learn(), query)} == expected


def test_learn_search_keeps_the_page_order_and_finds_titles_as_shown() -> None:
    entries = _learn()
    found = find_learn_entries(entries, "hip")
    assert [e.key for e in found] == [e.key for e in entries if e in found]
    shown = {"mistakes": "Häufige Fehler"}
    found = find_learn_entries(entries, "fehler", lambda e: shown.get(e.key, ""))
    assert [e.key for e in found] == ["mistakes"]
