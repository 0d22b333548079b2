"""Messages that tell a pack author what to do, not only what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
import tomli_w

from hipcoach.core.library import load_pack
from tests.core.factories import exercise_table


def exercise(**changes: object) -> dict[str, object]:
    return exercise_table(**changes)


def problems_of(tmp_path: Path, relative: str, table: dict[str, object]) -> list[str]:
    path = tmp_path / "pack" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(table), encoding="utf-8")
    return [str(problem) for problem in load_pack(tmp_path / "pack", source="test").report.problems]


FILE = "pack/exercises/wall.toml"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"position": "sitting"},
            f"{FILE}: position: 'sitting' is not one of standing, walking, seated, supine, prone,"
            " side-lying, kneeling, half-kneeling, lunge, quadruped, floor-seated"
            " (did you mean 'seated'?)",
        ),
        (
            {"dosage": {"hold_seconds": 30, "default": {"hold_seconds": 40}}},
            f"{FILE}: dosage.default.hold_seconds: dosage.hold_seconds is a single value (30),"
            " so it needs no default",
        ),
        (
            {"dosage": {"hold_seconds": 30, "tempo": {"hold_seconds": 0}}},
            f"{FILE}: dosage.tempo.hold_seconds: must be an integer >= 1, not 0",
        ),
        (
            {"sides": {"per_side": True, "switch_seconds": True}},
            f"{FILE}: sides.switch_seconds: must be an integer >= 1, not true",
        ),
    ],
    ids=["everyday-word", "default-of-single-value", "tempo-zero-once", "boolean-spelt-as-toml"],
)
def test_message(tmp_path: Path, changes: dict[str, object], expected: str) -> None:
    assert problems_of(tmp_path, "exercises/wall.toml", exercise(**changes)) == [expected]


def test_missing_schema_still_shows_every_other_problem(tmp_path: Path) -> None:
    found = problems_of(tmp_path, "exercises/wall.toml", exercise(schema=None, name=None))
    assert found == [
        f"{FILE}: schema: required key is missing (write schema = 1)",
        f"{FILE}: name: required key is missing",
    ]


def test_routine_saved_among_exercises_is_told_where_to_go(tmp_path: Path) -> None:
    routine = {
        "schema": 1,
        "id": "morning",
        "name": "Morning",
        "summary": "Short.",
        "phases": [{"name": "Stretch", "blocks": [{"exercise": "couch-stretch"}]}],
    }
    found = problems_of(tmp_path, "exercises/morning.toml", routine)
    assert found[0] == (
        "pack/exercises/morning.toml: this is a routine (it has [[phases]]); move it to protocols/"
    )
    # read as the routine it is, so no list of "missing exercise keys" follows
    assert not any("required key is missing" in problem for problem in found)


def test_exercise_saved_among_routines_is_told_where_to_go(tmp_path: Path) -> None:
    found = problems_of(tmp_path, "protocols/wall.toml", exercise())
    assert found == [
        "pack/protocols/wall.toml: this is an exercise (it has no [[phases]]);"
        " move it to exercises/"
    ]


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    (tmp_path / "pack" / "media").mkdir(parents=True)
    found = problems_of(tmp_path, "exercises/wall.toml", exercise(image="media"))
    assert found == [f"{FILE}: image: 'media' is a folder; name a file inside it"]


def test_dot_dot_that_stays_inside_is_fine(tmp_path: Path) -> None:
    (tmp_path / "pack" / "media").mkdir(parents=True)
    (tmp_path / "pack" / "media" / "a.png").write_bytes(b"png")
    found = problems_of(tmp_path, "exercises/wall.toml", exercise(image="media/../media/a.png"))
    assert found == []
