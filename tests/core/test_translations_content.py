"""Translated texts in exercise and routine files, and the loader picking a language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import tomli_w

from hipcoach.cli import main
from hipcoach.core.library import check_paths, load_library, load_pack
from hipcoach.core.paths import bundled_resources_dir
from tests.core.factories import exercise_table

GERMAN = {
    "name": "Dehnung an der Wand",
    "summary": "Eine gestützte Dehnung.",
    "starting_position": "Knie dich neben eine Wand.",
    "steps": ["Becken einrollen.", "Atmen."],
    "cautions": ["Bei stechendem Schmerz aufhören."],
    "dosage": {"note": "Ruhig atmen."},
}
PORTUGUESE = {"name": "Alongamento na parede"}


def exercise(**changes: object) -> dict[str, object]:
    """The shared minimal exercise with a caution, a dosage note and translations."""
    return exercise_table(
        **{
            "cautions": ["Stop if it hurts sharply."],
            "dosage": {"hold_seconds": [30, 45], "note": "Breathe slowly."},
            "translations": {"de": GERMAN, "pt": PORTUGUESE},
            **changes,
        }
    )


BLOCK: dict[str, object] = {
    "exercise": "wall-stretch",
    "note": "Either side first.",
    "dosage": {"hold_seconds": 45},
    "translations": {"de": {"note": "Beliebige Seite zuerst."}},
}
PHASE: dict[str, object] = {
    "name": "Stretch",
    "intro": "Slowly.",
    "translations": {"de": {"name": "Dehnen"}},
    "blocks": [BLOCK],
}
ROUTINE: dict[str, object] = {
    "schema": 1,
    "id": "morning",
    "name": "Morning",
    "summary": "Short.",
    "frequency": "Daily",
    "translations": {"de": {"name": "Morgen", "summary": "Kurz."}},
    "phases": [PHASE],
}


def write_pack(folder: Path, files: dict[str, dict[str, object]]) -> Path:
    for relative, table in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(tomli_w.dumps(table), encoding="utf-8")
    return folder


def problems_of(tmp_path: Path, table: dict[str, object]) -> list[str]:
    pack = write_pack(tmp_path / "pack", {"exercises/wall.toml": table})
    return [str(problem) for problem in load_pack(pack, source="test").report.problems]


FILE = "pack/exercises/wall.toml"


def test_german_texts_when_asked_for_german(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", {"exercises/wall.toml": exercise()})
    content = load_pack(pack, source="test", language="de")
    assert content.report.problems == ()
    (loaded,) = content.exercises
    assert loaded.language == "de"
    assert loaded.translations == ("de", "pt")
    assert loaded.name == "Dehnung an der Wand"
    assert loaded.steps == ("Becken einrollen.", "Atmen.")
    assert loaded.cautions == ("Bei stechendem Schmerz aufhören.",)
    assert loaded.dosage.note == "Ruhig atmen."
    # what is not translated stays, and nothing but texts changes
    original = load_pack(pack, source="test").exercises[0]
    assert loaded.tips == original.tips
    assert (loaded.id, loaded.category, loaded.targets) == (
        original.id,
        original.category,
        original.targets,
    )
    assert loaded.dosage.hold_seconds == original.dosage.hold_seconds


@pytest.mark.parametrize("language", [None, "fr", "en", "en-gb"])
def test_other_languages_get_the_english_original(tmp_path: Path, language: str | None) -> None:
    pack = write_pack(tmp_path / "pack", {"exercises/wall.toml": exercise()})
    (loaded,) = load_pack(pack, source="test", language=language).exercises
    assert loaded.language == "en"
    assert loaded.name == "Wall stretch"
    assert loaded.steps == ("Tuck.", "Breathe.")
    assert loaded.dosage.note == "Breathe slowly."
    assert loaded.translations == ("de", "pt")


@pytest.mark.parametrize("language", ["pt-br", "pt_BR", "PT"])
def test_regional_variant_falls_back_to_its_base_language(tmp_path: Path, language: str) -> None:
    pack = write_pack(tmp_path / "pack", {"exercises/wall.toml": exercise()})
    (loaded,) = load_pack(pack, source="test", language=language).exercises
    assert loaded.language == "pt"
    assert loaded.name == "Alongamento na parede"
    assert loaded.steps == ("Tuck.", "Breathe.")  # not translated: the original


def test_regional_variant_is_used_when_given(tmp_path: Path) -> None:
    translations = {"pt": PORTUGUESE, "pt-br": {"name": "Alongamento (BR)"}}
    pack = write_pack(
        tmp_path / "pack", {"exercises/wall.toml": exercise(translations=translations)}
    )
    (loaded,) = load_pack(pack, source="test", language="pt-br").exercises
    assert (loaded.language, loaded.name) == ("pt-br", "Alongamento (BR)")


def test_routine_phase_and_block_texts_are_translated(tmp_path: Path) -> None:
    pack = write_pack(
        tmp_path / "pack",
        {"exercises/wall.toml": exercise(), "protocols/morning.toml": ROUTINE},
    )
    content = load_pack(pack, source="test", language="de")
    assert content.report.problems == ()
    (routine,) = content.routines
    assert (routine.name, routine.summary, routine.frequency) == ("Morgen", "Kurz.", "Daily")
    assert (routine.language, routine.translations) == ("de", ("de",))
    (phase,) = routine.phases
    assert (phase.name, phase.intro) == ("Dehnen", "Slowly.")
    assert phase.blocks[0].note == "Beliebige Seite zuerst."
    assert phase.blocks[0].dosage.hold_seconds is not None
    english = load_pack(pack, source="test", language="fr").routines[0]
    assert (english.name, english.phases[0].name, english.language) == ("Morning", "Stretch", "en")


@pytest.mark.parametrize(
    ("translations", "expected"),
    [
        (
            {"de": {"steps": ["Eins.", "Zwei.", "Drei."]}},
            f"{FILE}: translations.de.steps: has 3 items, the exercise has 2",
        ),
        (
            {"de": {"cautions": []}},
            f"{FILE}: translations.de.cautions: has 0 items, the exercise has 1",
        ),
        (
            {"de": {"nmae": "Dehnung"}},
            f"{FILE}: translations.de.nmae: unknown key (did you mean 'name'?)",
        ),
        (
            {"de": {"category": "dehnen"}},
            f"{FILE}: translations.de.category: unknown key",
        ),
        (
            {"de": {"dosage": {"hold_seconds": 30}}},
            f"{FILE}: translations.de.dosage.hold_seconds: unknown key",
        ),
        (
            {"de": {"name": 5}},
            f"{FILE}: translations.de.name: must be text, not an integer",
        ),
        (
            {"de": {"steps": "Eins."}},
            f"{FILE}: translations.de.steps: must be a list of text, not text",
        ),
        (
            {"de": {"steps": ["Eins.", 2]}},
            f"{FILE}: translations.de.steps[2]: must be non-blank text",
        ),
        (
            {"de": "Dehnung an der Wand"},
            f"{FILE}: translations.de: must be a table, not text",
        ),
        (
            {"de": {"tips": ["Langsam."]}},
            f"{FILE}: translations.de.tips: the exercise has no tips to translate",
        ),
        (
            {"de": {}},
            f"{FILE}: translations.de: translates nothing; give at least one text, such as name",
        ),
        (
            {"EN": {"name": "Wall"}},
            f"{FILE}: translations.EN: 'EN' is not a language code; use a lower-case ISO 639-1"
            " code such as 'de', or 'pt-br' for a regional variant"
            " (the original text is already English)",
        ),
        (
            {"english": {"name": "Wall"}},
            f"{FILE}: translations.english: 'english' is not a language code; use a lower-case"
            " ISO 639-1 code such as 'de', or 'pt-br' for a regional variant"
            " (the original text is already English)",
        ),
        (
            {"German": {"name": "Wand"}},
            f"{FILE}: translations.German: 'German' is not a language code; use a lower-case"
            " ISO 639-1 code such as 'de', or 'pt-br' for a regional variant"
            " (did you mean 'de'?)",
        ),
        (
            {"pt_BR": {"name": "Parede"}},
            f"{FILE}: translations.pt_BR: 'pt_BR' is not a language code; use a lower-case"
            " ISO 639-1 code such as 'de', or 'pt-br' for a regional variant"
            " (did you mean 'pt-br'?)",
        ),
        (
            {"en": {"name": "Wall"}},
            f"{FILE}: translations.en: the original text is already English;"
            " translate into other languages only",
        ),
    ],
    ids=[
        "too-many-steps",
        "empty-cautions",
        "typo",
        "not-a-text",
        "dosage-amount",
        "integer-name",
        "text-for-list",
        "list-item",
        "language-not-a-table",
        "no-original",
        "empty",
        "upper-case",
        "language-name",
        "language-name-suggested",
        "underscore",
        "english",
    ],
)
def test_translation_problem(tmp_path: Path, translations: object, expected: str) -> None:
    assert problems_of(tmp_path, exercise(translations=translations)) == [expected]


def test_every_translation_is_checked_whatever_the_language(tmp_path: Path) -> None:
    broken = {"de": GERMAN, "fr": {"steps": ["Un."]}}
    pack = write_pack(tmp_path / "pack", {"exercises/wall.toml": exercise(translations=broken)})
    content = load_pack(pack, source="test", language="de")
    assert [str(p) for p in content.report.problems] == [
        f"{FILE}: translations.fr.steps: has 1 item, the exercise has 2"
    ]
    assert content.exercises == ()
    assert [str(p) for p in check_paths([pack], bundled_resources_dir())] == [
        f"{FILE}: translations.fr.steps: has 1 item, the exercise has 2"
    ]


def test_routine_translation_problems_name_the_phase(tmp_path: Path) -> None:
    phase = {**PHASE, "translations": {"de": {"intro": 3, "budget_seconds": 9}}}
    routine = {**ROUTINE, "phases": [phase], "translations": {"de": {"purpose": "x"}}}
    pack = write_pack(
        tmp_path / "pack",
        {"exercises/wall.toml": exercise(), "protocols/morning.toml": routine},
    )
    found = [str(problem) for problem in load_pack(pack, source="test").report.problems]
    shown = "pack/protocols/morning.toml"
    assert found == [
        f"{shown}: phases[1].translations.de.intro: must be text, not an integer",
        f"{shown}: phases[1].translations.de.budget_seconds: unknown key",
        f"{shown}: translations.de.purpose: unknown key",
    ]


@pytest.mark.parametrize("language", [None, "en", "de", "pt-br", "fr", "zz"])
def test_bundled_library_loads_cleanly_in_any_language(language: str | None) -> None:
    english = load_library(bundled_resources_dir())
    library = load_library(bundled_resources_dir(), language=language)
    assert library.problems == ()
    assert [e.id for e in library.exercises] == [e.id for e in english.exercises]
    assert [p.id for p in library.routines] == [p.id for p in english.routines]


def test_library_json_in_german(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = write_pack(tmp_path / "pack", {"exercises/wall.toml": exercise()})
    assert main(["--pack", str(pack), "library", "--json", "--language", "de"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    exercises = {item["id"]: item for item in json.loads(captured.out)}
    assert exercises["wall-stretch"]["name"] == "Dehnung an der Wand"
    assert exercises["wall-stretch"]["language"] == "de"
    assert exercises["wall-stretch"]["translations"] == ["de", "pt"]
    assert exercises["wall-stretch"]["dosage"]["hold_seconds"] == [30, 45]
    bridge = exercises["glute-bridge-hold"]
    assert (bridge["language"], bridge["translations"]) == ("en", [])


def test_library_refuses_a_language_name(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["library", "--language", "German"])
    assert exit_info.value.code == 2
    assert "'German' is not a language code" in capsys.readouterr().err
