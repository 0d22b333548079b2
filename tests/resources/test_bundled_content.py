"""The bundled library says what the source text says, and loads cleanly.

Each figure below is the text's own dosage for that exercise; a change to a
TOML file that loses or alters one fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hipcoach.core.exercises import Amount, Category, Exercise, Tempo
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import PlanPreferences, compile_plan
from hipcoach.core.routines import Purpose
from tests.bundled import BUNDLED_DIR, exercise_ids, toml_files


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


def test_bundled_pack_has_no_problems(library: Library) -> None:
    assert [str(problem) for problem in library.problems] == []


#: The exercises the source text teaches, each in its category. More may be
#: bundled; none of these may be missing or change category.
GUIDE_EXERCISES = {
    Category.RELEASE: {
        "foam-roll-quads",
        "psoas-ball-release",
        "tfl-foam-roll",
        "spinal-ball-release",
    },
    Category.STRETCH: {
        "half-kneeling-hip-flexor",
        "couch-stretch",
        "supine-hip-flexor-stretch",
        "low-lunge-side-reach",
        "pigeon-hip-flexor",
    },
    Category.STRENGTHEN: {
        "glute-bridge-hold",
        "dead-bug",
        "banded-hip-extension",
        "side-lying-hip-abduction",
        "bird-dog",
    },
    Category.SNACK: {"standing-hip-flexor-stretch", "walk-break", "standing-glute-squeezes"},
}


def test_every_exercise_of_the_guide_is_bundled_in_its_category(library: Library) -> None:
    by_category: dict[Category, set[str]] = {}
    for exercise in library.exercises:
        by_category.setdefault(exercise.category, set()).add(exercise.id)
    for category, ids in GUIDE_EXERCISES.items():
        assert ids <= by_category.get(category, set()), category
    assert {exercise.id for exercise in library.exercises} == exercise_ids()  # every file loads


def _range(low: int, high: int) -> Amount:
    return Amount(low, high, low)


# (id, per_side, alternating, {dosage field: expected Amount})
TEXT_DOSAGES: list[tuple[str, bool, bool, dict[str, Amount]]] = [
    (
        "foam-roll-quads",
        True,
        False,
        {"pressure_hold_seconds": _range(20, 30), "duration_seconds": Amount.exactly(120)},
    ),
    (
        "psoas-ball-release",
        True,
        False,
        {"pressure_hold_seconds": _range(30, 60), "duration_seconds": _range(60, 120)},
    ),
    (
        "tfl-foam-roll",
        True,
        False,
        {"pressure_hold_seconds": _range(20, 30), "duration_seconds": _range(60, 120)},
    ),
    (
        "spinal-ball-release",
        False,
        False,
        {"pressure_hold_seconds": _range(20, 30), "duration_seconds": _range(120, 180)},
    ),
    (
        "half-kneeling-hip-flexor",
        True,
        False,
        {"hold_seconds": _range(45, 60), "sets": _range(2, 3)},
    ),
    ("couch-stretch", True, False, {"hold_seconds": _range(60, 90)}),
    ("supine-hip-flexor-stretch", True, False, {"hold_seconds": _range(60, 120)}),
    (
        "low-lunge-side-reach",
        True,
        False,
        {"hold_seconds": _range(30, 45), "sets": Amount.exactly(2)},
    ),
    ("pigeon-hip-flexor", True, False, {"hold_seconds": _range(60, 90)}),
    ("glute-bridge-hold", False, False, {"sets": Amount.exactly(3), "reps": _range(12, 15)}),
    ("dead-bug", True, True, {"sets": Amount.exactly(3), "reps": _range(8, 10)}),
    ("banded-hip-extension", True, False, {"sets": Amount.exactly(3), "reps": _range(12, 15)}),
    (
        "side-lying-hip-abduction",
        True,
        False,
        {"sets": Amount.exactly(3), "reps": Amount.exactly(15)},
    ),
    ("bird-dog", True, True, {"sets": Amount.exactly(3), "reps": Amount.exactly(10)}),
    ("standing-hip-flexor-stretch", True, False, {"hold_seconds": Amount.exactly(20)}),
    ("walk-break", False, False, {"duration_seconds": _range(120, 300)}),
    ("standing-glute-squeezes", False, False, {"reps": Amount.exactly(10)}),
]


@pytest.mark.parametrize(
    ("exercise_id", "per_side", "alternating", "amounts"),
    TEXT_DOSAGES,
    ids=[row[0] for row in TEXT_DOSAGES],
)
def test_dosage_matches_the_text(
    library: Library,
    exercise_id: str,
    per_side: bool,
    alternating: bool,
    amounts: dict[str, Amount],
) -> None:
    exercise = library.exercise(exercise_id)
    assert exercise.sides.per_side is per_side
    assert exercise.sides.alternating is alternating
    for field, expected in amounts.items():
        assert getattr(exercise.dosage, field) == expected, field


@pytest.mark.parametrize(
    ("exercise_id", "hold", "lower"),
    [
        ("glute-bridge-hold", 5, 3),
        ("banded-hip-extension", 2, None),
        ("side-lying-hip-abduction", 2, None),
        ("bird-dog", 3, None),
    ],
)
def test_tempo_holds_match_the_text(
    library: Library, exercise_id: str, hold: int, lower: int | None
) -> None:
    tempo = library.exercise(exercise_id).dosage.tempo
    assert isinstance(tempo, Tempo)
    assert tempo.hold_seconds == hold
    if lower is not None:
        assert tempo.lower_seconds == lower


def _text_of(exercise: Exercise) -> str:
    return " ".join(
        [
            exercise.summary,
            exercise.starting_position,
            *exercise.steps,
            *exercise.tips,
            *exercise.cautions,
            *exercise.contraindications,
            *exercise.mistakes,
            *exercise.progressions,
            exercise.dosage.note or "",
            exercise.why or "",
        ]
    ).casefold()


@pytest.mark.parametrize(
    ("exercise_id", "facts"),
    [
        ("psoas-ball-release", ["pulse", "aorta", "pregnan", "abdomen", "2 in"]),
        ("tfl-foam-roll", ["6 in"]),
        ("spinal-ball-release", ["l3", "l4", "l1", "l5"]),
        ("foam-roll-quads", ["hip bone"]),
        ("half-kneeling-hip-flexor", ["90", "arch"]),
        ("couch-stretch", ["out from the wall", "closer"]),
        ("side-lying-hip-abduction", ["45"]),
        ("glute-bridge-hold", ["single-leg", "hip thrust"]),
    ],
)
def test_text_specific_facts_are_present(
    library: Library, exercise_id: str, facts: list[str]
) -> None:
    text = _text_of(library.exercise(exercise_id))
    missing = [fact for fact in facts if fact not in text]
    assert missing == []


def test_every_exercise_is_complete_enough_to_teach(library: Library) -> None:
    for exercise in library.exercises:
        assert exercise.targets, exercise.id
        assert len(exercise.steps) >= 3, exercise.id
        assert exercise.cues, exercise.id
        assert exercise.why, exercise.id
        if exercise.category != Category.SNACK:
            assert exercise.cautions, exercise.id
            assert exercise.mistakes, exercise.id


def test_daily_routine_uses_the_texts_routine_dosages(library: Library) -> None:
    daily = library.routine("daily")
    assert [(p.name, p.budget_seconds) for p in daily.phases] == [
        ("Release", 300),
        ("Stretch", 300),
        ("Strengthen", 600),
    ]
    blocks = {block.default_choice: block for phase in daily.phases for block in phase.blocks}
    assert list(blocks) == [
        "foam-roll-quads",
        "psoas-ball-release",
        "half-kneeling-hip-flexor",
        "couch-stretch",
        "low-lunge-side-reach",
        "glute-bridge-hold",
        "dead-bug",
        "bird-dog",
    ]
    assert blocks["couch-stretch"].choices == ("couch-stretch", "supine-hip-flexor-stretch")
    assert blocks["foam-roll-quads"].dosage.duration_seconds == Amount.exactly(120)
    assert blocks["psoas-ball-release"].dosage.duration_seconds == Amount(60, 120, 60)
    assert blocks["half-kneeling-hip-flexor"].dosage.hold_seconds == Amount.exactly(45)
    assert blocks["couch-stretch"].dosage.hold_seconds == Amount.exactly(60)
    assert blocks["low-lunge-side-reach"].dosage.hold_seconds == Amount.exactly(30)
    bridge, dead_bug, bird_dog = (
        blocks[i].dosage for i in ("glute-bridge-hold", "dead-bug", "bird-dog")
    )
    # the text's sets are the defaults; a session fitted into less time may drop to 2
    assert (bridge.sets, bridge.reps) == (Amount(2, 3, 3), Amount.exactly(12))
    assert (dead_bug.sets, dead_bug.reps) == (Amount(2, 3, 3), Amount.exactly(8))
    assert (bird_dog.sets, bird_dog.reps) == (Amount.exactly(2), Amount.exactly(10))


#: The text's shortest hold or bout for each release and stretch, in seconds (per side
#: where the exercise is done per side): its routine's figures where it has them
#: (half-kneeling 45 s, couch or supine 60 s, low lunge 30 s), else the lower end of
#: the exercise's own range (foam rolling 2 min per leg, the psoas 1 to 2 min …).
GUIDE_MINIMUM_SECONDS = {
    "foam-roll-quads": 120,
    "psoas-ball-release": 60,
    "tfl-foam-roll": 60,
    "spinal-ball-release": 120,
    "half-kneeling-hip-flexor": 45,
    "couch-stretch": 60,
    "supine-hip-flexor-stretch": 60,
    "low-lunge-side-reach": 30,
    "pigeon-hip-flexor": 60,
}


def test_each_release_and_stretch_starts_its_range_at_the_texts_minimum(
    library: Library,
) -> None:
    held = {
        exercise.id: exercise
        for exercise in library.exercises
        if exercise.category in (Category.RELEASE, Category.STRETCH)
    }
    assert set(GUIDE_MINIMUM_SECONDS) <= set(held)
    for exercise_id, minimum in GUIDE_MINIMUM_SECONDS.items():
        dosage = held[exercise_id].dosage
        own = dosage.hold_seconds or dosage.duration_seconds
        assert own is not None, exercise_id
        assert own.low == minimum, exercise_id


def test_the_daily_routine_holds_nothing_below_the_texts_minimum(library: Library) -> None:
    for choice in ("couch-stretch", "supine-hip-flexor-stretch"):
        prefs = PlanPreferences(choices={"couch-stretch": choice})
        plan = compile_plan(library.routine("daily"), library, prefs)
        for step in plan.steps:
            if step.is_work and step.exercise and step.exercise.id in GUIDE_MINIMUM_SECONDS:
                assert step.seconds is not None
                assert step.seconds >= GUIDE_MINIMUM_SECONDS[step.exercise.id], step.exercise.id


def test_the_daily_routine_ranks_what_a_shorter_session_keeps(library: Library) -> None:
    daily = library.routine("daily")
    ranks = {block.default_choice: block.priority for p in daily.phases for block in p.blocks}
    assert sorted(rank for rank in ranks.values() if rank is not None) == list(
        range(1, len(ranks) + 1)
    )
    # the text's single most important stretch is kept longest
    assert ranks["half-kneeling-hip-flexor"] == 1
    # release before stretching, and strengthening so the gains last: the best-ranked
    # exercise of each phase comes before every second choice
    best = [min(ranks[b.default_choice] or 0 for b in phase.blocks) for phase in daily.phases]
    assert sorted(best) == [1, 2, 3]
    # the glutes oppose the hip flexors directly: the bridge is the strengthening kept
    assert ranks["glute-bridge-hold"] == min(
        ranks[b] or 0 for b in ("glute-bridge-hold", "dead-bug", "bird-dog")
    )


#: A length in words: "20 minutes", "about 5 min", "ten minutes", "90 s" …
_LENGTH = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)"
    r"[\s-]*(s|secs?|seconds?|mins?|minutes?|h|hours?)\b",
    re.IGNORECASE,
)


def test_no_session_routine_states_its_own_length_in_words(library: Library) -> None:
    for routine in library.routines:
        if routine.purpose is not Purpose.SESSION:
            continue
        texts = [routine.name, routine.summary, routine.frequency or ""]
        for phase in routine.phases:
            texts += [phase.name, phase.intro or ""]
            texts += [block.note or "" for block in phase.blocks]
        found = [text for text in texts if _LENGTH.search(text)]
        assert found == [], routine.id


def test_the_gentle_routine_says_it_is_hipcoachs_own(library: Library) -> None:
    assert "hipcoach's own" in library.routine("gentle").summary
    assert "hipcoach's own" not in library.routine("daily").summary


def test_the_couch_stretch_asks_for_what_every_other_stretch_asks_for(
    library: Library,
) -> None:
    couch = library.exercise("couch-stretch")
    text = _text_of(couch).lower()
    assert "strong" not in text
    assert "intense" not in text
    wanted = "A mild to moderate pull is what you want. Stop if you feel sharp or burning pain."
    assert wanted in couch.cautions
    assert wanted in library.exercise("half-kneeling-hip-flexor").cautions


def test_gentle_routine_is_built_on_the_passive_stretch(library: Library) -> None:
    gentle = library.routine("gentle")
    ids = gentle.exercise_ids()
    assert "supine-hip-flexor-stretch" in ids
    assert not {"psoas-ball-release", "couch-stretch", "half-kneeling-hip-flexor"} & set(ids)


def test_desk_break_set_holds_the_three_snacks_and_only_snacks(library: Library) -> None:
    breaks = library.routine("desk-breaks")
    assert breaks.purpose == "breaks"
    assert set(breaks.exercise_ids()) >= GUIDE_EXERCISES[Category.SNACK]
    assert set(breaks.exercise_ids()) <= exercise_ids(Category.SNACK)


def test_reference_data(library: Library) -> None:
    reference = library.reference
    assert reference is not None
    assert [m.id for m in reference.muscles] == [
        "psoas-major",
        "iliacus",
        "rectus-femoris",
        "tensor-fasciae-latae",
        "sartorius",
    ]
    psoas = reference.muscles[0]
    assert "T12" in psoas.origin
    assert "L5" in psoas.origin
    assert "lesser trochanter" in psoas.insertion
    assert {s.group for s in reference.symptoms} == {"local", "referred", "performance"}
    assert len(reference.symptoms) == 13
    assert [(s.from_day, s.to_day) for s in reference.stages] == [
        (1, 7),
        (8, 28),
        (29, 56),
        (57, 84),
    ]
    stage = reference.stage_for_day(20)
    assert stage is not None
    assert stage.label == "Weeks 2–4"
    assert reference.stage_for_day(200) is None
    assert len(reference.mistakes) == 6
    assert len(reference.red_flags) == 6
    assert reference.persist_weeks == (4, 6)
    assert reference.meaningful_relief_weeks == (2, 4)
    assert len(reference.conditions) == 4


#: Exercise targets that name one of the five hip flexors (or two: the iliopsoas).
HIP_FLEXOR_TARGETS = {
    "psoas major": {"psoas-major"},
    "iliopsoas": {"psoas-major", "iliacus"},
    "iliacus": {"iliacus"},
    "rectus femoris": {"rectus-femoris"},
    "tensor fasciae latae": {"tensor-fasciae-latae"},
}


def test_the_learn_page_can_draw_every_muscle_and_name_its_exercises(library: Library) -> None:
    reference = library.reference
    assert reference is not None
    regions = set()
    for muscle in reference.muscles:
        assert muscle.tightens, muscle.id
        assert muscle.figure is not None, muscle.id
        figure = library.exercise(muscle.figure.exercise).figure
        assert figure is not None, muscle.id
        figure.keyframe(muscle.figure.pose)  # the pose is there (KeyError if not)
        regions.add(muscle.figure.region)
    assert len(regions) == len(reference.muscles)  # each drawn in its own place
    targets = {target for exercise in library.exercises for target in exercise.targets}
    for target, muscles in HIP_FLEXOR_TARGETS.items():
        assert target in targets
        assert {m.id for m in reference.muscles_for_target(target)} == muscles, target
    # The guide names exercises for every hip flexor but the sartorius.
    worked = {m.id for m in reference.muscles if m.worked_by(library.exercises)}
    assert worked == {"psoas-major", "iliacus", "rectus-femoris", "tensor-fasciae-latae"}


def test_the_timeline_says_it_depends_on_severity_and_consistency(library: Library) -> None:
    reference = library.reference
    assert reference is not None
    assert "how tight and painful" in reference.caveat
    assert "how regularly" in reference.caveat


def test_every_bundled_file_is_valid_utf8_toml_with_schema_1() -> None:
    import tomllib  # noqa: PLC0415

    files = toml_files()
    assert [path.relative_to(BUNDLED_DIR) for path in files].count(Path("pack.toml")) == 1
    places = {path.parent.relative_to(BUNDLED_DIR) for path in files}
    assert places == {Path(), Path("exercises"), Path("protocols"), Path("reference")}
    for path in files:
        assert tomllib.loads(path.read_text(encoding="utf-8"))["schema"] == 1, path
