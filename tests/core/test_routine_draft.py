"""A routine being edited: the validator's messages, allowed amounts, lengths, undo, saving."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hipcoach.core.exercises import Amount
from hipcoach.core.library import Library, load_library, load_pack, load_user_library
from hipcoach.core.pack_files import MY_PACK_ID
from hipcoach.core.paths import AppPaths, bundled_resources_dir
from hipcoach.core.plan import compile_plan
from hipcoach.core.routine_draft import (
    DraftInvalidError,
    RoutineDraft,
    amount_limits,
    pack_choices,
    usable_exercises,
)
from hipcoach.core.routine_table import as_table

HAND_WRITTEN = """\
# My physio's routine, written by hand.
schema = 1
id = "physio"
name = "Physio routine"  # what the clinic calls it
summary = "The three stretches from the clinic."

# The only phase.
[[phases]]
name = "Stretch"
budget_seconds = 300  # five minutes at most

[[phases.blocks]]
exercise = "couch-stretch"  # the hard one
[phases.blocks.dosage]
hold_seconds = 60

[[phases.blocks]]
exercise = "pigeon-hip-flexor"
[phases.blocks.dosage]
hold_seconds = 75  # agreed at the last visit

[phases.translations.de]
name = "Dehnen"
"""


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


def _loader_problems(tmp_path: Path, table_text: str, library: Library) -> list[tuple[str, str]]:
    pack = tmp_path / "pack"
    (pack / "protocols").mkdir(parents=True)
    (pack / "protocols" / "r.toml").write_text(table_text)
    content = load_pack(pack, source=str(pack), also_known={e.id for e in library.exercises})
    return [(problem.key or "", problem.message) for problem in content.report.problems]


def _toml(table: dict[str, object]) -> str:
    import tomli_w  # noqa: PLC0415

    return tomli_w.dumps(table)


def test_the_messages_are_the_loaders_for_the_same_table(tmp_path: Path, library: Library) -> None:
    draft = RoutineDraft.new("", "Stretch")  # blank name and summary, a phase without blocks
    draft.add_phase("Strengthen")
    draft.add_block(1, "no-such-exercise")
    table = as_table(draft.content, draft.routine_id(library))
    mine = [(problem.key, str(problem.message)) for problem in draft.problems(library)]
    assert mine == _loader_problems(tmp_path, _toml(table), library)
    assert ("phases[1].blocks", "must have at least one entry") in mine
    assert (
        "phases[2].blocks[1].exercise",
        "no exercise with id 'no-such-exercise' in this pack or the library",
    ) in mine
    located = {problem.key: (problem.phase, problem.block) for problem in draft.problems(library)}
    assert located["phases[2].blocks[1].exercise"] == (1, 0)
    assert located["name"] == (None, None)


def test_an_amount_outside_the_exercises_range_is_a_problem(library: Library) -> None:
    draft = RoutineDraft.new("Holds", "Stretch")
    draft.set_summary("Two holds.")
    draft.add_block(0, "half-kneeling-hip-flexor")  # holds 45–60 s, 2–3 sets, rest 15 s
    assert draft.problems(library) == ()
    draft.set_amount(0, 0, "hold_seconds", 90)
    (problem,) = draft.problems(library)
    assert problem.key == "phases[1].blocks[1].dosage.hold_seconds"
    assert str(problem.message) == (
        "hold_seconds for Half-kneeling hip flexor stretch must be from 45 to 60"
    )
    assert (problem.phase, problem.block) == (0, 0)
    draft.set_amount(0, 0, "hold_seconds", 60)
    draft.set_amount(0, 0, "sets", 1)  # fewer sets than the exercise: allowed
    draft.set_amount(0, 0, "rest_seconds", 60)  # a longer rest: allowed
    assert draft.problems(library) == ()
    draft.set_amount(0, 0, "sets", 4)
    draft.set_amount(0, 0, "reps", 10)  # a hold has no reps
    messages = [str(problem.message) for problem in draft.problems(library)]
    assert messages == [
        "sets for Half-kneeling hip flexor stretch must be from 1 to 3",
        "Half-kneeling hip flexor stretch has no reps in its own dosage,"
        " so this routine cannot set it",
    ]


def test_the_limits_of_each_amount(library: Library) -> None:
    kneeling = library.exercise("half-kneeling-hip-flexor")
    assert amount_limits(kneeling, "hold_seconds") == (45, 60)
    assert amount_limits(kneeling, "sets") == (1, 3)
    assert amount_limits(kneeling, "rest_seconds") == (15, 300)
    assert amount_limits(kneeling, "reps") is None
    couch = library.exercise("couch-stretch")  # no sets, no rest of its own
    assert amount_limits(couch, "sets") == (1, 1)
    assert amount_limits(couch, "rest_seconds") == (10, 300)


def test_phase_lengths_are_the_compiled_plans(library: Library) -> None:
    draft = RoutineDraft.copy_of(library.routine("daily"))
    plan = compile_plan(library.routine("daily"), library)
    expected = tuple(phase.planned_seconds for phase in plan.phases)
    assert draft.phase_seconds(library) == expected
    before = draft.phase_seconds(library)
    assert before is not None
    draft.set_amount(1, 0, "hold_seconds", 60)  # 45 s → 60 s, per side
    after = draft.phase_seconds(library)
    assert after is not None
    assert after[1] == before[1] + 2 * 15
    assert after == tuple(
        p.planned_seconds for p in compile_plan(draft.as_routine(library), library).phases
    )
    draft.add_block(0, "no-such-exercise")
    assert draft.phase_seconds(library) is None


def test_blocks_move_within_and_between_phases(library: Library) -> None:
    draft = RoutineDraft.new("Order", "One")
    draft.add_phase("Two")
    for exercise_id in ("couch-stretch", "pigeon-hip-flexor"):
        draft.add_block(0, exercise_id)
    draft.add_block(1, "dead-bug")

    def order() -> list[list[str]]:
        return [[b.choices[0] for b in phase.blocks] for phase in draft.content.phases]

    assert draft.move_block(0, 0, +1) == (0, 1)
    assert order() == [["pigeon-hip-flexor", "couch-stretch"], ["dead-bug"]]
    assert draft.move_block(0, 1, +1) == (1, 0)  # past the end: into the next phase
    assert order() == [["pigeon-hip-flexor"], ["couch-stretch", "dead-bug"]]
    assert draft.move_block(1, 0, -1) == (0, 1)  # past the start: to the end of the one before
    assert draft.move_block(0, 0, -1) == (0, 0)  # the very top stays
    draft.move_block_to(0, 0, 1, 1)
    assert order() == [["couch-stretch"], ["dead-bug", "pigeon-hip-flexor"]]
    assert draft.move_phase(1, -1) == 0
    assert order() == [["dead-bug", "pigeon-hip-flexor"], ["couch-stretch"]]


def test_undo_and_redo_go_back_and_forth_one_change_at_a_time(library: Library) -> None:
    draft = RoutineDraft.new("Undo", "Stretch")
    start = draft.content
    assert not draft.can_undo
    assert not draft.dirty
    draft.add_block(0, "couch-stretch")
    draft.set_amount(0, 0, "hold_seconds", 75)
    draft.set_amount(0, 0, "hold_seconds", 75)  # no change: no step
    with_hold = draft.content
    draft.set_budget_minutes(0, 6)
    assert draft.content.phases[0].budget_seconds == 360
    assert draft.undo()
    assert draft.content == with_hold
    assert draft.undo()
    assert draft.block(0, 0).dosage.hold_seconds is None
    assert draft.undo()
    assert draft.content == start
    assert not draft.dirty
    assert not draft.undo()
    assert draft.redo()
    assert draft.redo()
    assert draft.content == with_hold
    draft.rename_phase(0, "Lengthen")  # a new change drops what could be redone
    assert not draft.can_redo
    assert draft.dirty


def test_a_copy_of_the_daily_routine_is_a_new_routine(tmp_path: Path, library: Library) -> None:
    daily = library.routine("daily")
    draft = RoutineDraft.copy_of(daily)
    assert draft.content.name == "Daily hip flexor routine (copy)"
    assert draft.routine_id(library) == "daily-hip-flexor-routine-copy"
    assert draft.problems(library) == ()
    packs = AppPaths.under(tmp_path).packs_dir
    path = draft.save(library, packs)
    assert path == packs / MY_PACK_ID / "protocols" / "daily-hip-flexor-routine-copy.toml"
    assert not draft.dirty
    reloaded = load_user_library(AppPaths.under(tmp_path))
    copy = reloaded.routine("daily-hip-flexor-routine-copy")
    assert copy.phases == daily.phases
    assert reloaded.routine("daily") == daily
    again = RoutineDraft.copy_of(daily)
    assert again.routine_id(reloaded, packs / MY_PACK_ID) == "daily-hip-flexor-routine-copy-2"


def test_a_hand_written_file_keeps_its_comments_through_an_edit(
    tmp_path: Path, library: Library
) -> None:
    pack = tmp_path / "packs" / "clinic"
    path = pack / "protocols" / "physio.toml"
    path.parent.mkdir(parents=True)
    path.write_text(HAND_WRITTEN)
    draft = RoutineDraft.from_file(path)
    assert draft.content.phases[0].name == "Stretch"  # as written, not translated
    draft.set_amount(0, 1, "hold_seconds", 90)
    draft.move_block(0, 1, -1)
    draft.add_block(0, "supine-hip-flexor-stretch")
    assert draft.save(library, tmp_path / "packs") == path
    text = path.read_text()
    for comment in (
        "# My physio's routine, written by hand.",
        "# what the clinic calls it",
        "# The only phase.",
        "# five minutes at most",
        '"couch-stretch"  # the hard one',
    ):
        assert comment in text
    table = tomllib.loads(text)
    blocks = table["phases"][0]["blocks"]
    assert [b["exercise"] for b in blocks] == [
        "pigeon-hip-flexor",
        "couch-stretch",
        "supine-hip-flexor-stretch",
    ]
    assert blocks[0]["dosage"] == {"hold_seconds": 90}
    assert table["phases"][0]["translations"] == {"de": {"name": "Dehnen"}}
    assert load_pack(pack, source=str(pack), also_known={e.id for e in library.exercises})
    assert RoutineDraft.from_file(path).content == draft.content


def test_a_draft_with_problems_is_never_saved(tmp_path: Path, library: Library) -> None:
    draft = RoutineDraft.new("Nothing yet", "Stretch")
    with pytest.raises(DraftInvalidError, match="summary: must not be blank"):
        draft.save(library, tmp_path)
    assert not any(tmp_path.iterdir())


def test_a_routine_names_only_exercises_its_pack_can_load(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    other = packs / "other" / "exercises"
    other.mkdir(parents=True)
    couch = (bundled_resources_dir() / "exercises" / "couch-stretch.toml").read_text()
    (other / "own.toml").write_text(couch.replace('id = "couch-stretch"', 'id = "own-stretch"'))
    library = load_library(bundled_resources_dir(), [packs / "other"])
    assert "own-stretch" in {e.id for e in library.exercises}
    assert "own-stretch" not in {e.id for e in usable_exercises(library, packs / MY_PACK_ID)}
    assert "own-stretch" in {e.id for e in usable_exercises(library, packs / "other")}
    draft = RoutineDraft.new("Own", "Stretch")
    draft.set_summary("One stretch.")
    draft.add_block(0, "own-stretch")
    assert draft.problems(library, packs / MY_PACK_ID)
    assert draft.problems(library, packs / "other") == ()
    saved = draft.save(library, packs, "other")
    assert saved == packs / "other" / "protocols" / "own.toml"
    assert [c.pack_id for c in pack_choices(library, packs)] == [MY_PACK_ID, "other"]


def test_a_ranged_amount_of_a_copied_block_is_kept(library: Library) -> None:
    draft = RoutineDraft.copy_of(library.routine("daily"))
    bridge = draft.block(2, 0)
    assert bridge.dosage.sets == Amount(2, 3, 3)
    table = as_table(draft.content, "x")
    assert table["phases"][2]["blocks"][0]["dosage"] == {
        "sets": [2, 3],
        "reps": 12,
        "default": {"sets": 3},
    }


def test_typing_in_one_field_is_one_step(library: Library) -> None:
    draft = RoutineDraft.new("", "Stretch")
    for typed in ("M", "My", "My day"):
        draft.set_name(typed)
    draft.add_block(0, "couch-stretch")
    for seconds in (65, 70, 75):
        draft.set_amount(0, 0, "hold_seconds", seconds)
    draft.set_summary("S")
    assert draft.undo()
    assert draft.block(0, 0).dosage.hold_seconds == Amount.exactly(75)
    assert draft.undo()
    assert draft.block(0, 0).dosage.hold_seconds is None
    assert draft.undo()
    assert draft.content.name == "My day"
    assert draft.undo()
    assert draft.content.name == ""


def test_a_user_routines_file_is_found_by_its_id(tmp_path: Path, library: Library) -> None:
    from hipcoach.core.routine_draft import routine_file  # noqa: PLC0415

    pack = tmp_path / "packs" / "clinic"
    path = pack / "protocols" / "named-otherwise.toml"
    path.parent.mkdir(parents=True)
    path.write_text(HAND_WRITTEN)
    loaded = load_library(bundled_resources_dir(), [pack])
    assert routine_file(loaded.routine("physio")) == path
    assert routine_file(library.routine("daily")) is None
