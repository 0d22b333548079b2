"""The headless command line: --version, library, check, --pack."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hipcoach import __version__, cli
from hipcoach.cli import main
from hipcoach.core.paths import AppPaths
from tests.bundled import exercise_ids

EXERCISE = """\
schema = 1
id = "{id}"
name = "{name}"
category = "stretch"
summary = "A test stretch."
targets = ["psoas major"]
position = "standing"
starting_position = "Stand tall."
steps = ["Tuck the pelvis.", "Breathe."]

[sides]
per_side = true

[dosage]
hold_seconds = [30, 40]
"""


def write_pack(folder: Path, exercise_id: str = "my-stretch", name: str = "My stretch") -> Path:
    (folder / "exercises").mkdir(parents=True)
    path = folder / "exercises" / f"{exercise_id}.toml"
    path.write_text(EXERCISE.format(id=exercise_id, name=name), encoding="utf-8")
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"hipcoach {__version__}"


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "hipcoach", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("hipcoach ")


def test_library_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["library", "--json"]) == 0
    exercises = json.loads(capsys.readouterr().out)
    assert isinstance(exercises, list)
    assert {item["id"] for item in exercises} == exercise_ids()
    for item in exercises:
        assert {"id", "name", "category", "targets", "per_side", "dosage", "source"} <= set(item)
        assert isinstance(item["targets"], list)
        assert isinstance(item["per_side"], bool)
        assert item["source"] == "bundled"
    bridge = next(item for item in exercises if item["id"] == "glute-bridge-hold")
    assert bridge["dosage"]["reps"] == [12, 15]
    assert bridge["dosage"]["sets"] == 3
    assert bridge["dosage"]["tempo"]["hold_seconds"] == 5


def test_library_text_lists_exercises_and_routines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["library"]) == 0
    out = capsys.readouterr().out
    assert "glute-bridge-hold" in out
    assert "routine     daily" in out


def test_pack_option_adds_and_overrides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_pack(tmp_path / "extra", "couch-stretch", "My couch stretch")
    assert main(["--pack", str(tmp_path / "extra"), "library", "--json"]) == 0
    exercises = {item["id"]: item for item in json.loads(capsys.readouterr().out)}
    assert set(exercises) == exercise_ids()
    assert exercises["couch-stretch"]["name"] == "My couch stretch"
    assert exercises["couch-stretch"]["source"] == str(tmp_path / "extra")
    assert exercises["couch-stretch"]["replaces_bundled"] is True


def test_user_packs_folder_is_loaded_and_broken_pack_reported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    packs = AppPaths.for_user().packs_dir
    write_pack(packs / "good", "wall-stretch")
    broken = write_pack(packs / "broken", "bad-stretch")
    broken.write_text(broken.read_text() + "setts = 3\n", encoding="utf-8")
    assert main(["library", "--json"]) == 0
    captured = capsys.readouterr()
    ids = {item["id"] for item in json.loads(captured.out)}
    assert "wall-stretch" in ids
    assert "bad-stretch" not in ids
    assert "skipped pack 'broken'" in captured.err
    assert (
        "broken/exercises/bad-stretch.toml: dosage.setts: unknown key (did you mean 'sets'?)"
        in captured.err
    )


def test_check_reports_every_problem_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "my-pack"
    path = write_pack(pack)
    path.write_text(
        path.read_text().replace("[30, 40]", "[40, 30]").replace('"standing"', '"standin"'),
        encoding="utf-8",
    )
    (pack / "exercises" / "broken.toml").write_text('schema = 1\nid = "x\n', encoding="utf-8")
    assert main(["check", str(pack)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines == [
        "my-pack/exercises/broken.toml:2: invalid TOML: a line ends inside text;"
        " is a closing quote missing? (Illegal character '\\n')",
        "my-pack/exercises/my-stretch.toml: position: 'standin' is not one of standing, walking,"
        " seated, supine, prone, side-lying, kneeling, half-kneeling, lunge, quadruped,"
        " floor-seated (did you mean 'standing'?)",
        "my-pack/exercises/my-stretch.toml: dosage.hold_seconds: range [40, 30] has min > max",
    ]
    assert "3 problems found" in captured.err


def test_check_passes_on_a_good_pack_and_on_the_bundled_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pack(tmp_path / "fine")
    from hipcoach.core.paths import bundled_resources_dir  # noqa: PLC0415

    assert main(["check", str(tmp_path / "fine"), str(bundled_resources_dir())]) == 0
    assert capsys.readouterr().out == ""


def test_check_single_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_pack(tmp_path / "p")
    path.write_text(path.read_text().replace("schema = 1", "schema = 7"), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out.strip() == (
        "p/exercises/my-stretch.toml: schema: version 7 is not supported"
        " (this hipcoach reads version 1)"
    )


def test_check_needs_a_path(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check"])
    assert exit_info.value.code == 2
    assert "PATH" in capsys.readouterr().err


def test_plan_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "daily", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["protocol"] == "daily"
    assert [p["name"] for p in plan["phases"]] == ["Release", "Stretch", "Strengthen"]
    assert [p["budget_seconds"] for p in plan["phases"]] == [300, 300, 600]
    assert plan["total_seconds"] == sum(p["planned_seconds"] for p in plan["phases"])
    first_work = next(step for step in plan["steps"] if step["kind"] == "work")
    assert first_work == {
        **first_work,
        "exercise": "foam-roll-quads",
        "side": "left",
        "set": 1,
        "sets": 1,
        "seconds": 120,
    }


def test_plan_text_shows_budget_and_planned_time(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "gentle"]) == 0
    out = capsys.readouterr().out
    assert "planned" in out
    assert "the routine budgets" in out
    assert "Supine hip flexor stretch" in out


def test_plan_text_gives_each_repetition_its_whole_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["plan", "daily"]) == 0
    bridge = [line for line in capsys.readouterr().out.splitlines() if "rep 1/12" in line]
    # 2 s up, 5 s squeezed at the top, 3 s down: one repetition takes 10 s
    assert " ".join(bridge[0].split()) == (
        "work 10 s Glute bridge with hold set 1/3 rep 1/12 lift 2 s + hold 5 s + lower 3 s"
    )
    assert len(bridge) == 3  # one line per set's first rep, not one per part


def test_plan_text_of_a_routine_without_budgets_says_nothing_about_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["plan", "desk-breaks"]) == 0
    out = capsys.readouterr().out
    assert "Movement break: planned" in out
    assert "budget" not in out


@pytest.mark.parametrize("minutes", [20, 15, 10])
def test_plan_fit_json_is_the_plan_plus_what_it_left_out(
    minutes: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["plan", "daily", "--json"]) == 0
    whole = json.loads(capsys.readouterr().out)
    assert main(["plan", "daily", "--fit", str(minutes), "--json"]) == 0
    fitted = json.loads(capsys.readouterr().out)
    assert set(fitted) == set(whole) | {"fit_minutes", "omissions", "notes"}
    assert fitted["fit_minutes"] == minutes
    assert fitted["total_seconds"] <= minutes * 60
    assert fitted["total_seconds"] == sum(p["planned_seconds"] for p in fitted["phases"])
    assert [p["name"] for p in fitted["phases"]] == ["Release", "Stretch", "Strengthen"]
    assert fitted["omissions"]
    for omission in fitted["omissions"]:
        assert omission["left_out"] in {"exercise", "sets"}
        assert omission["reason"].endswith("to fit the time.")
    kept = {step["exercise"] for step in fitted["steps"] if step["kind"] == "work"}
    dropped = {o["exercise"] for o in fitted["omissions"] if o["left_out"] == "exercise"}
    assert not kept & dropped


def test_plan_fit_text_says_what_it_left_out(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "daily", "--fit", "15"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Daily hip flexor routine — fitted to 15 min: planned 14 min 38 s\n")
    assert "  Left out to fit the time: Foam roll the quads (Release)," in out
    assert "  Fewer sets to fit the time: Glute bridge with hold (2 of 3)" in out
    assert "  Shorter than the routine sets aside: Release 2 min 30 s of 5 min," in out


def test_plan_fit_that_cannot_fit_says_so_and_prints_no_plan(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["plan", "daily", "--fit", "2", "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("hipcoach: cannot fit 'daily' into 2 min: 2 min is too short")
    assert "takes 9 min 25 s" in captured.err


@pytest.mark.parametrize("value", ["0", "-5", "ten", "1.5"])
def test_plan_fit_needs_whole_minutes_from_1(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["plan", "daily", "--fit", value])
    assert exit_info.value.code == 2
    assert f"'{value}' is not a whole number of minutes from 1" in capsys.readouterr().err


def test_plan_unknown_routine(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "nope"]) == 2
    assert "no routine 'nope'" in capsys.readouterr().err


def test_check_reports_a_huge_number_and_every_other_problem_of_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_pack(tmp_path / "my-pack")
    text = path.read_text()
    for old, new in (
        ('"stretch"', '"stretchh"'),
        ('"standing"', '"standin"'),
        ("[30, 40]", "[40, 30]"),
        ('summary = "A test stretch."', 'summary = ""\ncolour = "red"'),
        ("per_side = true", "per_side = 3"),
    ):
        assert old in text
        text = text.replace(old, new)
    path.write_text(
        text + "sets = 99999999999999999999999\nreps = [2, -99999999999999999999999]\n",
        encoding="utf-8",
    )
    assert main(["check", str(tmp_path / "my-pack")]) == 1
    captured = capsys.readouterr()
    where = "my-pack/exercises/my-stretch.toml"
    limit = "whole numbers go from -2147483647 to 2147483647"
    assert sorted(captured.out.splitlines()) == sorted(
        [
            f"{where}: dosage.sets: 99999999999999999999999 is far out of range ({limit})",
            f"{where}: dosage.reps[2]: -99999999999999999999999 is far out of range ({limit})",
            f"{where}: category: 'stretchh' is not one of release, stretch, strengthen, snack"
            " (did you mean 'stretch'?)",
            f"{where}: position: 'standin' is not one of standing, walking, seated, supine, prone,"
            " side-lying, kneeling, half-kneeling, lunge, quadruped, floor-seated"
            " (did you mean 'standing'?)",
            f"{where}: summary: must not be blank",
            f"{where}: colour: unknown key",
            f"{where}: sides.per_side: must be true or false, not an integer",
            f"{where}: dosage.hold_seconds: range [40, 30] has min > max",
        ]
    )
    assert "8 problems found" in captured.err


def test_export_without_a_history_writes_the_header_rows_and_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from hipcoach.core.history import history_path  # noqa: PLC0415
    from hipcoach.core.history_export import (  # noqa: PLC0415
        BREAK_HEADER,
        BREAK_PART_HEADER,
        PAIN_CHANGE_HEADER,
        PAIN_HEADER,
        SESSION_HEADER,
        SITTING_HEADER,
        STEP_HEADER,
    )

    history = history_path(AppPaths.for_user())
    assert not history.exists()
    out = tmp_path / "export"
    assert main(["export", "--csv", str(out)]) == 0
    captured = capsys.readouterr()
    assert "no history yet" in captured.err
    headers = {
        "sessions.csv": SESSION_HEADER,
        "steps.csv": STEP_HEADER,
        "breaks.csv": BREAK_HEADER,
        "break_parts.csv": BREAK_PART_HEADER,
        "pain.csv": PAIN_HEADER,
        "pain_changes.csv": PAIN_CHANGE_HEADER,
        "sitting.csv": SITTING_HEADER,
    }
    assert sorted(captured.out.splitlines()) == sorted(str(out / name) for name in headers)
    for name, header in headers.items():
        assert (out / name).read_bytes() == (",".join(header) + "\r\n").encode("utf-8")
    assert not history.exists()  # exporting creates no history


@pytest.mark.parametrize("argv", [[], ["--autostart"]])
def test_a_plain_start_gives_what_the_parser_would(argv: list[str]) -> None:
    # The starts from the menu and at login skip building the parser; nothing may differ.
    plain = cli._plain_start(argv)
    assert plain is not None
    assert vars(plain) == vars(cli.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["--verbose"], ["--autostart", "--verbose"], ["status"], ["-h"]])
def test_any_other_command_line_is_parsed(argv: list[str]) -> None:
    assert cli._plain_start(argv) is None
