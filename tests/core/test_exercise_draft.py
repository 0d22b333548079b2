"""An exercise draft checks itself as `hipcoach check` would, undoes, and saves without loss."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from hipcoach.core.exercise_draft import (
    DraftError,
    ExerciseDraft,
    delete_exercise_file,
    exercise_files,
    free_id,
    ordered,
    source_of,
)
from hipcoach.core.library import check_paths, load_library, load_pack
from hipcoach.core.pack_files import ensure_pack
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.undo_stack import UndoStack

BUNDLED = bundled_resources_dir()

HAND_WRITTEN = """\
# Written by hand for a patient's left hip.
schema = 1
id = "clam"
name = "Clam"  # what the clinic calls it
category = "strengthen"
summary = "Side-lying clams for the outer hip."
targets = ["gluteus medius"]
position = "side-lying"
starting_position = "Lie on your side, knees bent."
steps = [
  "Keep the feet together.",  # heels touch
  "Open the top knee.",
]

[dosage]
# two or three sets, as agreed with the clinic
sets = [2, 3]
reps = 10
"""


def _valid_table(**changes: Any) -> dict[str, Any]:
    table: dict[str, Any] = {
        "schema": 1,
        "id": "wall-stretch",
        "name": "Wall stretch",
        "category": "stretch",
        "summary": "A stretch at the wall.",
        "targets": ["psoas major"],
        "position": "standing",
        "starting_position": "Stand by a wall.",
        "steps": ["Lean in.", "Breathe."],
        "dosage": {"hold_seconds": [30, 45], "sets": 2, "default": {"hold_seconds": 40}},
    }
    table.update(changes)
    return table


@pytest.fixture
def bundled_ids() -> set[str]:
    return set(exercise_files(BUNDLED))


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return ensure_pack(tmp_path / "packs")


BROKEN_TABLES = [
    _valid_table(name="  "),
    _valid_table(category="stretching", position="sitting"),
    _valid_table(steps=["Lean in.", ""], targets=[]),
    _valid_table(dosage={"sets": [3, 2], "default": {"sets": 9, "reps": 2}}),
    _valid_table(dosage={"hold_seconds": 30, "tempo": {}}),
    _valid_table(sides={"per_side": False, "alternating": True}, gentler="no-such-move"),
    _valid_table(id="Wall Stretch", setts=3),
    _valid_table(image="../outside.png"),
]


@pytest.mark.parametrize("table", BROKEN_TABLES)
def test_problems_are_what_hipcoach_check_says_about_the_same_file(
    table: dict[str, Any], pack: Path, bundled_ids: set[str]
) -> None:
    draft = ExerciseDraft(table, pack_dir=pack, bundled_ids=bundled_ids)
    problems = draft.problems()
    assert problems, "each of these tables has something wrong"
    written = pack / "exercises" / "wall-stretch.toml"
    draft.file = written  # checked as that file
    written.parent.mkdir(parents=True, exist_ok=True)
    written.write_bytes(tomli_w.dumps(table).encode())
    expected = [str(problem) for problem in check_paths([written], BUNDLED)]
    assert [str(problem) for problem in draft.problems()] == expected


def test_a_valid_draft_becomes_the_exercise_the_pack_loads(pack: Path) -> None:
    draft = ExerciseDraft(_valid_table(), pack_dir=pack)
    assert draft.problems() == []
    exercise = draft.to_exercise()
    assert exercise.name == "Wall stretch"
    assert exercise.dosage.hold_seconds is not None
    assert exercise.dosage.hold_seconds.default == 40


def test_an_invalid_draft_is_neither_an_exercise_nor_saved(pack: Path) -> None:
    draft = ExerciseDraft(_valid_table(steps=[]), pack_dir=pack)
    with pytest.raises(DraftError):
        draft.to_exercise()
    with pytest.raises(DraftError, match="steps"):
        draft.save()
    assert not (pack / "exercises").exists()


def test_a_new_draft_starts_with_what_is_missing_said(pack: Path) -> None:
    draft = ExerciseDraft.new(pack)
    keys = {problem.key for problem in draft.problems()}
    assert {"id", "name", "summary", "targets", "starting_position", "steps"} <= keys
    assert not draft.dirty


def test_setting_and_removing_values_by_path(pack: Path) -> None:
    draft = ExerciseDraft(_valid_table(), pack_dir=pack)
    assert draft.set(("dosage", "default", "hold_seconds"), None)
    assert "default" not in draft.get("dosage"), "an emptied table goes too"
    assert draft.set(("sides", "per_side"), True)
    assert draft.get("sides") == {"per_side": True}
    assert not draft.set(("sides", "per_side"), True), "the same value changes nothing"
    assert not draft.set(("nothing", "here"), None)


def test_undo_and_redo_step_through_changes(pack: Path) -> None:
    draft = ExerciseDraft(_valid_table(), pack_dir=pack)
    assert not draft.can_undo
    draft.set(("name",), "W", merge_key="name")
    draft.set(("name",), "Wa", merge_key="name")
    draft.set(("name",), "Wal", merge_key="name")  # one word typed: one step
    draft.set(("steps",), ["Lean in."])
    assert draft.dirty
    draft.undo()
    assert draft.get("steps") == ["Lean in.", "Breathe."]
    draft.undo()
    assert draft.get("name") == "Wall stretch"
    assert (draft.can_undo, draft.dirty) == (False, False)
    draft.redo()
    assert draft.get("name") == "Wal"
    draft.redo()
    assert draft.get("steps") == ["Lean in."]
    assert not draft.can_redo


def test_a_change_after_undo_drops_the_redo() -> None:
    stack = UndoStack({"a": 1})
    stack.push({"a": 2})
    stack.undo()
    stack.push({"a": 3}, merge_key="a")
    assert not stack.can_redo
    assert stack.state == {"a": 3}
    stack.undo()
    assert stack.state == {"a": 1}


def test_editing_a_hand_written_file_keeps_its_comments(pack: Path) -> None:
    path = pack / "exercises" / "clam.toml"
    path.parent.mkdir()
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    draft = ExerciseDraft.of_file(path)
    assert draft.problems() == []
    draft.set(("dosage", "reps"), 12)
    draft.set(("cues",), ["Slowly"])
    assert draft.save() == path
    text = path.read_text(encoding="utf-8")
    for comment in (
        "# Written by hand for a patient's left hip.",
        "# what the clinic calls it",
        "# heels touch",
        "# two or three sets, as agreed with the clinic",
    ):
        assert comment in text
    assert tomllib.loads(text)["dosage"] == {"sets": [2, 3], "reps": 12}
    assert tomllib.loads(text)["cues"] == ["Slowly"]
    assert path.with_name("clam.toml.bak").read_text(encoding="utf-8") == HAND_WRITTEN
    assert not draft.dirty
    assert load_pack(pack, source="mine").report.loaded


def test_a_copy_of_a_bundled_exercise_gets_its_own_id_and_name(
    pack: Path, bundled_ids: set[str]
) -> None:
    library = load_library(BUNDLED)
    original = library.exercise("glute-bridge-hold")
    path, table = source_of(original, BUNDLED)
    assert path.name == "glute-bridge-hold.toml"
    draft = ExerciseDraft.copy_of(table, pack, bundled_ids=bundled_ids)
    assert draft.get("name") == "Glute bridge with hold (copy)"
    assert draft.exercise_id == "glute-bridge-with-hold-copy"
    assert draft.get("figure") == table["figure"], "the figure comes along as it is"
    assert draft.problems() == []
    draft.set(("dosage", "sets"), 2)  # the physiotherapist said two
    saved = draft.save()
    assert saved == pack / "exercises" / "glute-bridge-with-hold-copy.toml"
    assert path.read_text(encoding="utf-8") == (BUNDLED / "exercises" / path.name).read_text(
        encoding="utf-8"
    )
    again = load_library(BUNDLED, [pack])
    assert again.exercise("glute-bridge-with-hold-copy").dosage.sets.low == 2  # type: ignore[union-attr]
    second = ExerciseDraft.copy_of(table, pack, bundled_ids=bundled_ids)
    assert second.exercise_id == "glute-bridge-with-hold-copy-2"


def test_a_new_file_is_written_in_the_format_documents_order(pack: Path) -> None:
    table = _valid_table(sides={"per_side": True}, why="It lengthens the hip flexor.")
    reversed_table = dict(reversed(list(table.items())))
    draft = ExerciseDraft(reversed_table, pack_dir=pack)
    path = draft.save()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("schema = 1\nid = ")
    assert text.index("why =") < text.index("[sides]") < text.index("[dosage]")
    assert list(ordered(reversed_table)) == list(ordered(table))


def test_an_id_another_file_holds_is_a_collision_to_resolve(pack: Path) -> None:
    first = ExerciseDraft(_valid_table(), pack_dir=pack)
    first.save()
    second = ExerciseDraft(_valid_table(name="Another"), pack_dir=pack)
    collision = second.collision()
    assert collision is not None
    assert collision.file == pack / "exercises" / "wall-stretch.toml"
    assert collision.free == "wall-stretch-2"
    with pytest.raises(DraftError, match="already used"):
        second.save()
    second.set(("id",), collision.free)
    assert second.save() == pack / "exercises" / "wall-stretch-2.toml"
    third = ExerciseDraft(_valid_table(name="Replacement"), pack_dir=pack)
    third.save(replace_file=collision.file)
    assert tomllib.loads(collision.file.read_text())["name"] == "Replacement"
    assert first.collision() is None, "its own file is no collision"


def test_a_gentler_exercise_may_be_bundled_or_in_the_same_pack(
    pack: Path, bundled_ids: set[str]
) -> None:
    ExerciseDraft(_valid_table(id="easy", name="Easy"), pack_dir=pack).save()
    draft = ExerciseDraft(_valid_table(gentler="easy"), pack_dir=pack, bundled_ids=bundled_ids)
    assert draft.problems() == []
    draft.set(("gentler",), "standing-glute-squeezes")
    assert draft.problems() == []
    draft.set(("gentler",), "nowhere")
    assert [p.key for p in draft.problems()] == ["gentler"]


def test_a_deleted_file_leaves_the_pack_and_can_come_back(pack: Path) -> None:
    path = ExerciseDraft(_valid_table(), pack_dir=pack).save()
    deleted = delete_exercise_file(path)
    assert not path.exists()
    assert load_pack(pack, source="mine").exercises == ()
    deleted.restore()
    assert [e.id for e in load_pack(pack, source="mine").exercises] == ["wall-stretch"]


def test_free_id_counts_up() -> None:
    assert free_id("a", set()) == "a"
    assert free_id("a", {"a", "a-2"}) == "a-3"
