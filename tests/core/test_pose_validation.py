"""The [figure] table: every kind of mistake is reported with its key path."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from hipcoach.core.library import load_pack
from hipcoach.core.pose_schema import read_figure
from hipcoach.core.poses import Figure, PropKind
from hipcoach.core.problems import TableReader
from tests.core.factories import exercise_table

STANDING: dict[str, Any] = {
    "figure": {
        "working": ["leg_near"],
        "muscles": ["glutes"],
        "props": [{"kind": "band", "anchor": [0.8, 0.1], "attach": "ankle_near"}],
        "keyframes": [
            {"name": "start", "contact": "heel_far"},
            {"name": "back", "hip_near": -30, "trunk": 5},
        ],
    }
}


def read(table: dict[str, Any]) -> tuple[Figure | None, list[str]]:
    problems: list[str] = []
    reader = TableReader(table, "", lambda key, message: problems.append(f"{key}: {message}"))
    figure = read_figure(reader)
    reader.finish()
    return figure, problems


def changed(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    """Return the standing figure with the value at ``path`` replaced (or removed for None)."""
    table = copy.deepcopy(STANDING)
    target: Any = table["figure"]
    for key in path[:-1]:
        target = target[key]
    if value is None:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return table


def test_a_good_figure_reads_without_problems() -> None:
    figure, problems = read(STANDING)
    assert problems == []
    assert figure is not None
    assert [pose.name for pose in figure.keyframes] == ["start", "back"]
    assert figure.still_index == 1
    assert figure.props[0].kind is PropKind.BAND
    # The second keyframe keeps what it does not change.
    assert figure.keyframes[1].hip_far == figure.keyframes[0].hip_far == 0


def test_no_figure_is_fine() -> None:
    assert read({}) == (None, [])


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            ("keyframes", 1, "knee_near"),
            -20,
            "figure.keyframes[2].knee_near: -20° is outside the range a body allows (0 to 160)",
        ),
        (
            ("keyframes", 1, "hip_near"),
            170,
            "figure.keyframes[2].hip_near: 170° is outside the range a body allows (-45 to 140)",
        ),
        (
            ("keyframes", 0, "elbow_far"),
            "bent",
            "figure.keyframes[1].elbow_far: must be a number, not text",
        ),
        (
            ("keyframes", 1, "knee"),
            30,
            "figure.keyframes[2].knee: unknown key (did you mean 'knee_far'?)",
        ),
        (
            ("keyframes", 0, "contact"),
            "heal_far",
            "figure.keyframes[1].contact: 'heal_far' is not a body point;",
        ),
        (
            ("keyframes", 0, "contact"),
            None,
            "figure.keyframes[1].contact: required key is missing in the first keyframe",
        ),
        (
            ("props", 0, "kind"),
            "rope",
            "figure.props[1].kind: 'rope' is not one of",
        ),
        (
            ("props", 0, "anchor"),
            None,
            "figure.props[1].anchor: a band needs its anchor",
        ),
        (
            ("props", 0, "anchor"),
            [1],
            "figure.props[1].anchor: must be two numbers, [x, height]",
        ),
        (
            ("working",),
            ["leg_left"],
            "figure.working[1]: 'leg_left' is not a known limb",
        ),
        (
            ("muscles",),
            ["glute"],
            "figure.muscles[1]: 'glute' is not a known muscle region; use one of"
            " hip_flexors, quads, glutes, tfl, hamstrings, core, lower_back, side, psoas,"
            " iliacus, rectus_femoris, sartorius (did you mean 'glutes'?)",
        ),
        (
            ("still",),
            "top",
            "figure.still: no keyframe is called 'top' (there are: start, back)",
        ),
        (
            ("keyframes", 1, "on"),
            "foam_roller",
            "figure.keyframes[2].on: rests on 'foam_roller', but the figure has no such prop",
        ),
        (
            ("keyframes", 1, "name"),
            "start",
            "figure.keyframes[2].name: another keyframe is already called 'start'",
        ),
        (
            ("keyframes", 1, "on"),
            "band",
            "figure.keyframes[2].on: nothing can rest on a band",
        ),
        (
            ("keyframes", 1, "on"),
            ["floor", "floor"],
            "figure.keyframes[2].on: names 2 surfaces for 1 contact point(s)",
        ),
        (
            ("keyframes", 1, "contact"),
            ["heel_far", "heel_far"],
            "figure.keyframes[2].contact: the two contact points must differ",
        ),
        (
            ("props", 0, "attach"),
            "ankle",
            "figure.props[1].attach: 'ankle' is not a body point;",
        ),
        (
            ("loop_seconds",),
            0,
            "figure.loop_seconds: must be more than 0, not 0",
        ),
    ],
)
def test_each_mistake_is_reported_at_its_key(
    path: tuple[Any, ...], value: Any, expected: str
) -> None:
    figure, problems = read(changed(path, value))
    assert figure is None
    assert any(problem.startswith(expected) for problem in problems), problems


def test_only_a_band_has_an_anchor() -> None:
    table = changed(("props",), [{"kind": "wall", "x": -0.3, "anchor": [0, 0]}])
    _, problems = read(table)
    assert problems == [
        "figure.props[1].anchor: only a band has an anchor and an attached body point"
    ]


@pytest.mark.parametrize("count", [1, 5])
def test_two_to_four_keyframes(count: int) -> None:
    frames = [{"name": f"k{n}", "contact": "heel_far"} for n in range(count)]
    _, problems = read(changed(("keyframes",), frames))
    assert f"figure.keyframes: has {count} keyframes; give 2 to 4" in problems


def test_a_body_point_through_the_floor_is_reported() -> None:
    # Standing on the heel with the other knee bent forward and down drives that foot
    # into the floor.
    _, problems = read(changed(("keyframes", 1, "knee_near"), 0) | {})
    assert problems == []
    sinking = changed(("keyframes", 1, "hip_near"), 20)
    sinking["figure"]["keyframes"][1]["contact"] = "heel_far"
    sinking["figure"]["keyframes"][1]["hip_far"] = -20
    _, problems = read(sinking)
    assert len(problems) == 1
    assert problems[0].startswith("figure.keyframes[2]: the heel near sinks")
    assert "below the floor" in problems[0]


def test_a_small_dip_within_the_tolerance_is_accepted() -> None:
    # Pointing the standing foot a little tips the toes under the floor line by
    # less than the tolerance; pointing it more sinks them.
    table = changed(("keyframes", 0, "ankle_far"), 2)
    del table["figure"]["keyframes"][1]["trunk"]
    figure, problems = read(table)
    assert problems == []
    assert figure is not None
    _, problems = read(changed(("keyframes", 0, "ankle_far"), 15))
    assert problems[0].startswith("figure.keyframes[1]: the toe far sinks")


def test_a_second_contact_that_cannot_reach_the_floor() -> None:
    table = changed(("keyframes", 0, "contact"), ["heel_far", "toe_far"])
    table["figure"]["keyframes"][0]["on"] = ["floor", "floor"]
    assert read(table)[1] == []
    table = changed(("keyframes", 0, "contact"), ["heel_far", "head"])
    table["figure"]["props"].append({"kind": "bench", "x": 0, "height": 3})
    table["figure"]["keyframes"][0]["on"] = ["floor", "bench"]
    _, problems = read(table)
    assert problems[0] == (
        "figure.keyframes[1].contact: 'head' cannot reach its surface"
        " while 'heel_far' rests where it does"
    )


def test_translations_do_not_carry_figures() -> None:
    from hipcoach.core.messages import QT_TRANSLATE_NOOP  # noqa: PLC0415
    from hipcoach.core.schema import read_translations  # noqa: PLC0415

    problems: list[str] = []
    table = {"name": "Bridge", "translations": {"de": {"name": "Brücke", "figure": {}}}}
    reader = TableReader(table, "", lambda key, message: problems.append(f"{key}: {message}"))
    read_translations(reader, ("name",), QT_TRANSLATE_NOOP("PackText", "the exercise"))
    assert problems == ["translations.de.figure: unknown key"]


def test_a_pack_reports_figure_problems_with_file_and_key(tmp_path: Path) -> None:
    figure = copy.deepcopy(STANDING["figure"])
    figure["keyframes"][1]["knee_near"] = 200
    path = tmp_path / "pack" / "exercises" / "kick.toml"
    path.parent.mkdir(parents=True)
    path.write_text(tomli_w.dumps(exercise_table(figure=figure)), encoding="utf-8")
    report = load_pack(tmp_path / "pack", source="test").report
    assert [str(problem) for problem in report.problems] == [
        "pack/exercises/kick.toml: figure.keyframes[2].knee_near:"
        " 200° is outside the range a body allows (0 to 160)"
    ]


def test_an_exercise_carries_its_figure(tmp_path: Path) -> None:
    path = tmp_path / "pack" / "exercises" / "kick.toml"
    path.parent.mkdir(parents=True)
    path.write_text(tomli_w.dumps(exercise_table(figure=STANDING["figure"])), encoding="utf-8")
    loaded = load_pack(tmp_path / "pack", source="test")
    assert not loaded.report.problems
    (exercise,) = loaded.exercises
    assert exercise.figure is not None
    assert exercise.figure.keyframe("back").hip_near == -30


def test_the_documented_example_is_valid() -> None:
    docs = Path(__file__).parents[2] / "docs" / "exercise-format.md"
    section = docs.read_text(encoding="utf-8").split("### `[figure]`")[1]
    example = section.split("```toml\n")[1].split("```")[0]
    figure, problems = read(tomllib.loads(example))
    assert problems == []
    assert figure is not None
    assert figure.still.name == "top"
