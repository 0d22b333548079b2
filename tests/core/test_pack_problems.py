"""Problems in exercise packs: each is reported precisely and skips only the broken pack.

Packs are built in ``tmp_path`` from a valid minimal exercise with keys replaced
or removed (or from raw text), then loaded with ``load_pack``, ``load_library``
or ``check_paths``. A broken user pack must be skipped as a whole while the
bundled library stays complete.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import pytest
import tomli_w
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hipcoach.core.library import (
    Library,
    PackReport,
    check_paths,
    load_library,
    load_pack,
    load_user_library,
)
from hipcoach.core.paths import AppPaths, bundled_resources_dir
from tests.bundled import exercise_count, exercise_ids, routine_ids

BUNDLED_DIR: Final = bundled_resources_dir()
PACK: Final = "my-pack"
FILE: Final = f"{PACK}/exercises/x.toml"
ROUTINE_FILE: Final = f"{PACK}/protocols/p.toml"
BROKEN_ID: Final = "my-stretch"
GOOD_ID: Final = "my-good-stretch"
PER_SIDE_ONLY: Final = "only applies to exercises done per side (sides.per_side = true)"


class _Missing:
    """Marks a key to remove from the valid exercise."""


MISSING: Final = _Missing()


def valid_exercise() -> dict[str, Any]:
    """Return a minimal exercise table that loads without problems."""
    return {
        "schema": 1,
        "id": BROKEN_ID,
        "name": "My stretch",
        "category": "stretch",
        "summary": "A gentle stretch for the front of the hip.",
        "targets": ["psoas major"],
        "position": "half-kneeling",
        "starting_position": "Kneel on a cushion.",
        "steps": ["Tuck your tailbone.", "Breathe."],
        "dosage": {"hold_seconds": 30},
    }


def exercise_toml(changes: Mapping[str, object] = {}) -> str:
    """Return the valid exercise as TOML with ``changes`` applied.

    Keys are dotted paths (``"dosage.tempo.hold_seconds"``); a value of
    ``MISSING`` removes the key. Missing intermediate tables are created.
    """
    data = valid_exercise()
    for dotted, value in changes.items():
        *parents, last = dotted.split(".")
        table = data
        for part in parents:
            table = table.setdefault(part, {})
        if isinstance(value, _Missing):
            table.pop(last, None)
        else:
            table[last] = value
    return tomli_w.dumps(data)


def write_raw(pack: Path, relative: str, content: str | bytes) -> Path:
    """Write ``content`` (text as UTF-8, or bytes as they are) to ``pack/relative``."""
    path = pack / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def write_exercise(
    pack: Path, relative: str = "exercises/x.toml", changes: Mapping[str, object] = {}
) -> Path:
    """Write the valid exercise with ``changes`` to ``pack/relative``."""
    return write_raw(pack, relative, exercise_toml(changes))


def routine_toml(*blocks: Mapping[str, object], routine_id: str = "my-routine") -> str:
    """Return a routine with one phase holding ``blocks``."""
    data = {
        "schema": 1,
        "id": routine_id,
        "name": "My routine",
        "summary": "Five quiet minutes.",
        "phases": [{"name": "Stretch", "blocks": [dict(block) for block in blocks]}],
    }
    return tomli_w.dumps(data)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """Return a pack folder that already holds one valid exercise (``GOOD_ID``)."""
    folder = tmp_path / PACK
    write_exercise(folder, "exercises/good.toml", {"id": GOOD_ID})
    return folder


def problem_strings(report: PackReport) -> list[str]:
    """Return the report's problems as the lines ``hipcoach check`` prints."""
    return [str(problem) for problem in report.problems]


def report_of(library: Library, folder: Path) -> PackReport:
    """Return the report of the pack in ``folder``."""
    (report,) = [r for r in library.packs if r.folder == folder]
    return report


def assert_skipped(library: Library, folder: Path) -> None:
    """Check that the pack in ``folder`` was skipped and the bundled library is intact."""
    report = report_of(library, folder)
    assert report.loaded is False
    assert library.broken_packs == (report,)
    assert {e.id for e in library.exercises} == exercise_ids()
    assert GOOD_ID not in {e.id for e in library.exercises}
    assert all(e.source == "bundled" for e in library.exercises)
    assert {p.id for p in library.routines} == routine_ids()


def load_broken(folder: Path) -> list[str]:
    """Load ``folder`` beside the bundled pack, check it was skipped, return its problems."""
    library = load_library(BUNDLED_DIR, [folder])
    assert_skipped(library, folder)
    return problem_strings(report_of(library, folder))


# --- Files that cannot be read as TOML -------------------------------------------------


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        pytest.param(
            'schema = 1\nid = "x"\nname = = "X"\nsummary = "S"\n',
            3,
            "invalid TOML: ",
            id="syntax-error-on-line-3",
        ),
        pytest.param(
            'schema = 1\nid = "x"\nname = "X',
            3,
            "invalid TOML: text is not closed; is a closing quote missing? at the end of the file"
            " (Unterminated string)",
            id="unterminated-string-at-end",
        ),
        pytest.param(
            'schema = 1\nid = "x"\nname = "X\n',
            3,
            "invalid TOML: ",
            id="unterminated-string-before-newline",
        ),
        pytest.param(
            b'schema = 1\nname = "caf\xff"\nid = "x"\n',
            2,
            "not valid UTF-8 (byte 0xff); save the file as UTF-8",
            id="invalid-utf8-on-line-2",
        ),
    ],
)
def test_unreadable_file_is_reported_with_its_line(
    pack: Path, content: str | bytes, line: int, message: str
) -> None:
    write_raw(pack, "exercises/x.toml", content)

    (problem,) = load_broken(pack)

    assert problem.startswith(f"{FILE}:{line}: {message}")


@pytest.mark.parametrize(
    "content",
    [pytest.param(b"", id="empty"), pytest.param(b"  \n\t\n\r\n", id="whitespace-only")],
)
def test_empty_file_is_reported(pack: Path, content: bytes) -> None:
    write_raw(pack, "exercises/x.toml", content)

    assert load_broken(pack) == [f"{FILE}: the file is empty"]


# --- Exercise content ------------------------------------------------------------------

EXERCISE_CASES = [
    # required keys and typos
    pytest.param({"name": MISSING}, ["name: required key is missing"], id="missing-name"),
    pytest.param(
        {"dosage.setts": 3},
        ["dosage.setts: unknown key (did you mean 'sets'?)"],
        id="typo-in-dosage",
    ),
    pytest.param(
        {"summary": MISSING, "sumary": "A stretch."},
        ["summary: required key is missing", "sumary: unknown key (did you mean 'summary'?)"],
        id="typo-at-top-level",
    ),
    # wrong types
    pytest.param(
        {"targets": "psoas"}, ["targets: must be a list of text, not text"], id="targets-text"
    ),
    pytest.param(
        {"dosage.sets": "3"},
        ["dosage.sets: must be an integer or a range [min, max], not text"],
        id="sets-text",
    ),
    pytest.param(
        {"sides.per_side": "yes"},
        ["sides.per_side: must be true or false, not text"],
        id="per-side-text",
    ),
    pytest.param(
        {"dosage.sets": True},
        ["dosage.sets: must be an integer or a range [min, max], not true/false"],
        id="sets-boolean-is-not-an-integer",
    ),
    pytest.param(
        {"dosage.sets": 2.5},
        ["dosage.sets: must be an integer or a range [min, max], not a decimal number"],
        id="sets-decimal",
    ),
    # durations must be positive
    pytest.param(
        {"dosage.hold_seconds": 0},
        ["dosage.hold_seconds: must be an integer >= 1, not 0"],
        id="hold-zero",
    ),
    pytest.param(
        {"dosage.hold_seconds": -5},
        ["dosage.hold_seconds: must be an integer >= 1, not -5"],
        id="hold-negative",
    ),
    pytest.param(
        {"dosage.reps": 10, "dosage.tempo": {"lift_seconds": 2, "hold_seconds": 0}},
        ["dosage.tempo.hold_seconds: must be an integer >= 1, not 0"],
        id="tempo-hold-zero",
    ),
    # ranges and defaults
    pytest.param(
        {"dosage.hold_seconds": [60, 45]},
        ["dosage.hold_seconds: range [60, 45] has min > max"],
        id="range-min-above-max",
    ),
    pytest.param(
        {"dosage.hold_seconds": [1, 2, 3]},
        ["dosage.hold_seconds: a range must be two integers, [min, max]"],
        id="range-of-three",
    ),
    pytest.param(
        {"dosage.sets": [0, 2]},
        ["dosage.sets: both ends of the range must be integers >= 1"],
        id="range-with-zero",
    ),
    pytest.param(
        {"dosage.hold_seconds": [30, 45], "dosage.default.hold_seconds": 60},
        ["dosage.default.hold_seconds: default 60 is outside the range [30, 45]"],
        id="default-outside-range",
    ),
    pytest.param(
        {"dosage.default.sets": 2},
        ["dosage.default.sets: has a default but dosage.sets is not set"],
        id="default-without-value",
    ),
    # a dosage must say how much work there is
    pytest.param(
        {"dosage.hold_seconds": MISSING, "dosage.sets": 2, "dosage.rest_seconds": 15},
        ["dosage: needs at least one of reps, hold_seconds or duration_seconds"],
        id="dosage-without-work",
    ),
    pytest.param(
        {"dosage.hold_seconds": MISSING, "dosage.pressure_hold_seconds": 30},
        ["dosage: needs at least one of reps, hold_seconds or duration_seconds"],
        id="dosage-with-only-pressure-hold",
    ),
    # per-side options need per_side = true
    pytest.param(
        {"sides.alternating": True},
        [f"sides.alternating: {PER_SIDE_ONLY}"],
        id="alternating-without-per-side",
    ),
    pytest.param(
        {"sides.per_side": False, "sides.switch_seconds": 5},
        [f"sides.switch_seconds: {PER_SIDE_ONLY}"],
        id="switch-seconds-with-per-side-false",
    ),
    # format version
    pytest.param(
        {"schema": 2},
        ["schema: version 2 is not supported (this hipcoach reads version 1)"],
        id="schema-2",
    ),
    pytest.param(
        {"schema": MISSING},
        ["schema: required key is missing (write schema = 1)"],
        id="schema-missing",
    ),
]


@pytest.mark.parametrize(("changes", "expected"), EXERCISE_CASES)
def test_exercise_problem_is_reported_and_pack_skipped(
    pack: Path, changes: Mapping[str, object], expected: list[str]
) -> None:
    write_exercise(pack, changes=changes)

    assert load_broken(pack) == [f"{FILE}: {message}" for message in expected]


def test_per_side_options_are_accepted_on_a_sided_exercise(pack: Path) -> None:
    write_exercise(
        pack,
        changes={"sides": {"per_side": True, "alternating": True, "switch_seconds": 5}},
    )

    library = load_library(BUNDLED_DIR, [pack])

    assert report_of(library, pack).problems == ()
    sides = library.exercise(BROKEN_ID).sides
    assert (sides.per_side, sides.alternating, sides.switch_seconds) == (True, True, 5)


def test_every_problem_in_a_file_is_reported(pack: Path) -> None:
    write_exercise(
        pack,
        changes={"name": MISSING, "position": "supin", "dosage.sets": 0, "colour": "red"},
    )

    problems = load_broken(pack)

    assert problems == [
        f"{FILE}: name: required key is missing",
        f"{FILE}: position: 'supin' is not one of standing, walking, seated, supine, prone, "
        "side-lying, kneeling, half-kneeling, lunge, quadruped, floor-seated "
        "(did you mean 'supine'?)",
        f"{FILE}: dosage.sets: must be an integer >= 1, not 0",
        f"{FILE}: colour: unknown key",
    ]


def test_problems_in_every_file_of_a_pack_are_reported(pack: Path) -> None:
    write_raw(pack, "exercises/a.toml", 'schema = 1\nid = "a"\nname = = 1\n')
    write_exercise(pack, "exercises/b.toml", {"id": "b", "name": MISSING})
    write_exercise(pack, "exercises/c.toml", {"id": "c", "dosage.reps": -1})
    write_raw(pack, "protocols/p.toml", routine_toml({"exercise": "nope"}))

    problems = load_broken(pack)

    assert len(problems) == 4
    assert problems[0].startswith(f"{PACK}/exercises/a.toml:3: invalid TOML: ")
    assert problems[1:] == [
        f"{PACK}/exercises/b.toml: name: required key is missing",
        f"{PACK}/exercises/c.toml: dosage.reps: must be an integer >= 1, not -1",
        f"{ROUTINE_FILE}: phases[1].blocks[1].exercise: "
        "no exercise with id 'nope' in this pack or the library",
    ]


# --- Ids -------------------------------------------------------------------------------


def test_duplicate_id_is_reported_on_the_second_file(pack: Path) -> None:
    write_exercise(pack, "exercises/a.toml")
    write_exercise(pack, "exercises/b.toml", {"name": "Another stretch"})

    assert load_broken(pack) == [
        f"{PACK}/exercises/b.toml: id: '{BROKEN_ID}' is already used by {PACK}/exercises/a.toml"
    ]


def test_duplicate_id_differing_only_in_spaces_is_reported(pack: Path) -> None:
    # The parser strips spaces from ids, so both files define the same exercise id;
    # without a problem one of them silently hides the other in the library.
    write_exercise(pack, "exercises/a.toml")
    write_exercise(pack, "exercises/b.toml", {"id": f"{BROKEN_ID} ", "name": "Another"})

    assert load_broken(pack) == [
        f"{PACK}/exercises/b.toml: id: '{BROKEN_ID}' is already used by {PACK}/exercises/a.toml"
    ]


# --- Routines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "key", "missing_id"),
    [
        pytest.param({"exercise": "nope"}, "exercise", "nope", id="exercise"),
        pytest.param({"choose": [GOOD_ID, "nope"]}, "choose[2]", "nope", id="choose"),
        pytest.param({"choose": ["nope", "dead-bug"]}, "choose[1]", "nope", id="choose-first"),
    ],
)
def test_routine_naming_an_unknown_exercise_is_reported(
    pack: Path, block: Mapping[str, object], key: str, missing_id: str
) -> None:
    write_raw(pack, "protocols/p.toml", routine_toml(block))

    assert load_broken(pack) == [
        f"{ROUTINE_FILE}: phases[1].blocks[1].{key}: "
        f"no exercise with id '{missing_id}' in this pack or the library"
    ]


def test_unknown_choice_is_reported_at_its_own_position(pack: Path) -> None:
    # 'nope' is the second item; a bad first item must not shift its reported position.
    write_raw(pack, "protocols/p.toml", routine_toml({"choose": [1, "nope", GOOD_ID]}))

    problems = load_broken(pack)

    assert f"{ROUTINE_FILE}: phases[1].blocks[1].choose[1]: must be non-blank text" in problems
    assert (
        f"{ROUTINE_FILE}: phases[1].blocks[1].choose[2]: "
        "no exercise with id 'nope' in this pack or the library"
    ) in problems


@pytest.mark.parametrize(
    "block",
    [
        pytest.param({"exercise": "dead-bug"}, id="bundled-exercise"),
        pytest.param({"choose": ["couch-stretch", GOOD_ID]}, id="bundled-and-own-choice"),
        pytest.param({"exercise": GOOD_ID}, id="own-exercise"),
    ],
)
def test_routine_may_name_bundled_and_own_exercises(
    pack: Path, block: Mapping[str, object]
) -> None:
    routine = write_raw(pack, "protocols/p.toml", routine_toml(block))

    library = load_library(BUNDLED_DIR, [pack])

    assert report_of(library, pack).loaded is True
    assert library.broken_packs == ()
    assert library.routine("my-routine").source == str(pack)
    assert check_paths([pack], BUNDLED_DIR) == []
    assert check_paths([routine], BUNDLED_DIR) == []


@pytest.mark.parametrize(
    ("value", "shown"),
    [(0, "0"), (-2, "-2"), ("first", '"first"'), (1.5, "1.5"), (True, "true")],
)
def test_a_block_priority_must_be_a_whole_number_from_1(
    pack: Path, value: object, shown: str
) -> None:
    write_raw(pack, "protocols/p.toml", routine_toml({"exercise": GOOD_ID, "priority": value}))

    assert load_broken(pack) == [
        f"{ROUTINE_FILE}: phases[1].blocks[1].priority: must be an integer >= 1, not {shown}"
    ]


def test_a_block_priority_is_read(pack: Path) -> None:
    write_raw(
        pack,
        "protocols/p.toml",
        routine_toml({"exercise": GOOD_ID, "priority": 2}, {"exercise": "dead-bug"}),
    )

    blocks = load_library(BUNDLED_DIR, [pack]).routine("my-routine").phases[0].blocks
    assert [block.priority for block in blocks] == [2, None]


def test_load_pack_alone_knows_only_the_ids_it_is_given(pack: Path) -> None:
    write_raw(pack, "protocols/p.toml", routine_toml({"exercise": "dead-bug"}))

    alone = load_pack(pack, source=str(pack))
    with_bundled = load_pack(pack, source=str(pack), also_known={"dead-bug"})

    assert problem_strings(alone.report) == [
        f"{ROUTINE_FILE}: phases[1].blocks[1].exercise: "
        "no exercise with id 'dead-bug' in this pack or the library"
    ]
    assert with_bundled.report.problems == ()


# --- Files the pack refers to -----------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        pytest.param(
            "image",
            "../outside.png",
            "'../outside.png' points outside the pack; use a path inside the pack folder",
            id="parent-folder",
        ),
        pytest.param(
            "image",
            "/etc/passwd",
            "'/etc/passwd' points outside the pack; use a path inside the pack folder",
            id="absolute",
        ),
        pytest.param(
            "sound",
            "media/link.wav",
            "'media/link.wav' points outside the pack (through a link)",
            id="symlink-out",
        ),
        pytest.param(
            "image",
            "media/missing.png",
            "'media/missing.png' does not exist in the pack",
            id="missing-file",
        ),
    ],
)
def test_file_outside_the_pack_or_missing_is_reported(
    pack: Path, key: str, value: str, message: str
) -> None:
    outside = pack.parent / "outside.png"
    outside.write_bytes(b"png")  # exists, so only "outside" can be the reason
    (pack / "media").mkdir()
    (pack / "media" / "link.wav").symlink_to(outside)
    write_exercise(pack, changes={key: value})

    assert load_broken(pack) == [f"{FILE}: {key}: {message}"]


def test_file_inside_the_pack_is_accepted(pack: Path) -> None:
    image = write_raw(pack, "media/x.png", b"png")
    sound = write_raw(pack, "media/bell.wav", b"wav")
    write_exercise(pack, changes={"image": "media/x.png", "sound": "media/bell.wav"})

    library = load_library(BUNDLED_DIR, [pack])

    assert report_of(library, pack).problems == ()
    exercise = library.exercise(BROKEN_ID)
    assert exercise.image == image.resolve()
    assert exercise.sound == sound.resolve()


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("media/x\x00.png", id="nul-byte"),
        pytest.param("x" * 300 + ".png", id="name-too-long"),
    ],
)
def test_unusable_file_path_is_reported_not_raised(pack: Path, value: str) -> None:
    # A path the operating system refuses must be a problem, not a crash of the app.
    write_exercise(pack, changes={"image": value})

    (problem,) = load_broken(pack)

    assert problem.startswith(f"{FILE}: image: ")


# --- check_paths -----------------------------------------------------------------------


def test_check_paths_on_a_file_reports_only_that_file(pack: Path) -> None:
    checked = write_exercise(pack, "exercises/x.toml", {"dosage.sets": 0})
    write_exercise(pack, "exercises/y.toml", {"id": "other", "name": MISSING})

    only_x = check_paths([checked], BUNDLED_DIR)
    whole = check_paths([pack], BUNDLED_DIR)

    assert [str(p) for p in only_x] == [f"{FILE}: dosage.sets: must be an integer >= 1, not 0"]
    assert [str(p) for p in whole] == [
        f"{FILE}: dosage.sets: must be an integer >= 1, not 0",
        f"{PACK}/exercises/y.toml: name: required key is missing",
    ]


def test_check_paths_on_a_file_in_a_subfolder_checks_its_whole_pack(pack: Path) -> None:
    # load_pack reads sub-folders of protocols/, so checking one such file must agree
    # with checking the pack: the routine may name the pack's own exercises.
    routine = write_raw(pack, "protocols/morning/p.toml", routine_toml({"exercise": GOOD_ID}))

    assert load_pack(pack, source=str(pack)).report.problems == ()
    assert check_paths([pack], BUNDLED_DIR) == []
    assert [str(p) for p in check_paths([routine], BUNDLED_DIR)] == []


def test_check_paths_on_a_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-pack"

    assert [str(p) for p in check_paths([missing], BUNDLED_DIR)] == [
        f"{missing}: no such file or folder"
    ]


def test_check_paths_on_a_valid_pack_is_empty(pack: Path) -> None:
    write_raw(pack, "pack.toml", 'schema = 1\nname = "Knee-friendly"\nauthor = "A. Physio"\n')
    write_raw(pack, "protocols/p.toml", routine_toml({"exercise": GOOD_ID}))

    assert check_paths([pack], BUNDLED_DIR) == []


# --- Overrides and layout --------------------------------------------------------------


def test_user_exercise_replaces_the_bundled_one_with_its_id(pack: Path) -> None:
    write_exercise(pack, changes={"id": "dead-bug", "name": "Dead bug, my way"})

    library = load_library(BUNDLED_DIR, [pack])

    assert report_of(library, pack).loaded is True
    assert {e.id for e in library.exercises} == exercise_ids() | {GOOD_ID}
    replaced = library.exercise("dead-bug")
    assert replaced.name == "Dead bug, my way"
    assert replaced.replaces_bundled is True
    assert replaced.source == str(pack)
    assert library.exercise(GOOD_ID).replaces_bundled is False
    others = [e for e in library.exercises if e.id not in {"dead-bug", GOOD_ID}]
    assert len(others) == len(exercise_ids()) - 1
    assert all(e.source == "bundled" and not e.replaces_bundled for e in others)


def test_the_user_library_adds_the_packs_folder_then_the_extra_packs(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "home")
    write_exercise(paths.packs_dir / "b-pack", changes={"id": GOOD_ID, "name": "From b"})
    write_exercise(paths.packs_dir / "a-pack", changes={"id": GOOD_ID, "name": "From a"})
    extra = tmp_path / "extra"
    write_exercise(extra, changes={"id": "dead-bug", "name": "Dead bug, extra"})

    library = load_user_library(paths, [extra])

    # The packs folder in name order, then the extra packs: the last one wins.
    assert [r.folder for r in library.packs[1:]] == [
        paths.packs_dir / "a-pack",
        paths.packs_dir / "b-pack",
        extra,
    ]
    assert library.exercise(GOOD_ID).name == "From b"
    assert library.exercise("dead-bug").name == "Dead bug, extra"
    assert {e.id for e in library.exercises} == exercise_ids() | {GOOD_ID}


def test_files_at_the_pack_root_are_read_by_their_content(pack: Path) -> None:
    write_exercise(pack, "loose-stretch.toml", {"id": "loose-stretch"})
    write_raw(pack, "loose-routine.toml", routine_toml({"exercise": "loose-stretch"}))

    library = load_library(BUNDLED_DIR, [pack])

    report = report_of(library, pack)
    assert report.problems == ()
    assert (report.exercise_count, report.routine_count) == (2, 1)
    assert library.exercise("loose-stretch").source == str(pack)
    assert library.routine("my-routine").exercise_ids() == ("loose-stretch",)


def test_pack_file_problems_skip_the_pack(pack: Path) -> None:
    write_raw(pack, "pack.toml", 'name = "Knee-friendly"\nauthr = "me"\n')

    assert load_broken(pack) == [
        f"{PACK}/pack.toml: schema: required key is missing (write schema = 1)",
        f"{PACK}/pack.toml: authr: unknown key (did you mean 'author'?)",
    ]


# --- The bundled pack ------------------------------------------------------------------


def test_bundled_pack_loads_without_problems() -> None:
    content = load_pack(BUNDLED_DIR, source="bundled", with_reference=True)

    assert problem_strings(content.report) == []
    assert {exercise.id for exercise in content.exercises} == exercise_ids()
    assert {routine.id for routine in content.routines} == routine_ids()
    assert content.reference is not None
    assert content.reference.muscles
    assert content.reference.red_flags
    assert check_paths([BUNDLED_DIR], BUNDLED_DIR) == []
    library = load_library(BUNDLED_DIR)
    assert library.problems == ()
    assert len(library.exercises) == exercise_count()


# --- Robustness ------------------------------------------------------------------------


def _load_single_file(content: bytes) -> None:
    """Load a pack holding only ``content`` as an exercise; check the outcome is usable."""
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / PACK
        write_raw(folder, "exercises/x.toml", content)
        result = load_pack(folder, source=str(folder))
    problems = result.report.problems
    assert all(problem.file == FILE for problem in problems)
    if problems:
        assert result.report.loaded is False
    else:
        assert len(result.exercises) == 1


@settings(max_examples=200, deadline=None, database=None)
@given(st.text())
def test_any_text_is_loaded_or_reported(text: str) -> None:
    _load_single_file(text.encode())


@settings(max_examples=200, deadline=None, database=None)
@given(st.binary())
def test_any_bytes_are_loaded_or_reported(content: bytes) -> None:
    _load_single_file(content)


_SAFE_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40)
_TOML_VALUES = st.recursive(
    st.booleans() | st.integers() | st.floats(allow_nan=False) | _SAFE_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_SAFE_TEXT, inner, max_size=3),
    max_leaves=8,
)
_KEYS = st.sampled_from(
    [
        *valid_exercise(),
        "image",
        "sound",
        "equipment",
        "sides",
        "sides.per_side",
        "sides.switch_seconds",
        "dosage.sets",
        "dosage.tempo",
        "dosage.tempo.lift_seconds",
        "dosage.default",
        "dosage.default.hold_seconds",
        "dosage.note",
    ]
)


@settings(max_examples=200, deadline=None, database=None)
@given(st.dictionaries(_KEYS, _TOML_VALUES, min_size=1, max_size=3))
def test_any_value_for_any_key_is_loaded_or_reported(changes: dict[str, Any]) -> None:
    # A key and a key inside it (``dosage`` and ``dosage.sets``) cannot both be set.
    assume(not any(inner.startswith(f"{outer}.") for outer in changes for inner in changes))
    _load_single_file(exercise_toml(changes).encode())


def test_problem_file_names_do_not_depend_on_the_working_directory(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_exercise(pack, changes={"name": MISSING})
    monkeypatch.chdir(pack.parent)

    relative = check_paths([Path(PACK)], BUNDLED_DIR)
    absolute = check_paths([pack], BUNDLED_DIR)

    assert [str(p) for p in relative] == [str(p) for p in absolute]
    assert [str(p) for p in relative] == [f"{FILE}: name: required key is missing"]
    assert load_pack(Path(PACK), source=PACK).report.folder == pack
