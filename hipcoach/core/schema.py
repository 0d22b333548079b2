"""Turning parsed TOML tables into exercises and routines (format version 1).

Each parser reports every problem it finds through the reader's report
function and returns ``None`` when the result would be unusable.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Container, Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from hipcoach.core.exercises import (
    AMOUNT_FIELDS,
    ORIGINAL_LANGUAGE,
    Amount,
    Category,
    Dosage,
    Exercise,
    Position,
    Sides,
    Tempo,
    pick_language,
)
from hipcoach.core.messages import QT_TRANSLATE_NOOP, Message
from hipcoach.core.pose_schema import read_figure
from hipcoach.core.problems import PackText, Report, TableReader, is_integer, type_name
from hipcoach.core.routines import Block, Phase, Purpose, Routine

SCHEMA_VERSION = 1
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_MINIMUM = {name: 1 for name in AMOUNT_FIELDS}
_TEMPO_KEYS = ("lift_seconds", "hold_seconds", "lower_seconds")
#: Everyday words for positions, used only to suggest the right value.
POSITION_ALIASES = {
    "sitting": "seated",
    "chair": "seated",
    "lying": "supine",
    "on your back": "supine",
    "back": "supine",
    "face down": "prone",
    "front": "prone",
    "side": "side-lying",
    "all fours": "quadruped",
    "hands and knees": "quadruped",
    "tabletop": "quadruped",
    "pigeon": "floor-seated",
}


#: A language code: ISO 639-1 in lower case, optionally with a region (``pt-br``).
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2}(-[a-z]{2})?$")
#: Language names people write instead of a code, used only to suggest the code.
_LANGUAGE_NAMES = {
    "english": "en",
    "german": "de",
    "deutsch": "de",
    "french": "fr",
    "français": "fr",
    "spanish": "es",
    "español": "es",
    "italian": "it",
    "italiano": "it",
    "dutch": "nl",
    "nederlands": "nl",
    "portuguese": "pt",
    "português": "pt",
    "polish": "pl",
    "polski": "pl",
}
#: The texts a translation may give, per kind of table.
#: "dosage.note" is the ``note`` of ``[translations.<lang>.dosage]``.
EXERCISE_TEXTS = (
    "name",
    "summary",
    "starting_position",
    "steps",
    "cues",
    "tips",
    "cautions",
    "contraindications",
    "mistakes",
    "progressions",
    "why",
    "dosage.note",
)
ROUTINE_TEXTS = ("name", "summary", "frequency")
PHASE_TEXTS = ("name", "intro")
BLOCK_TEXTS = ("note", "dosage.note")
_LIST_TEXTS = frozenset(
    ("steps", "cues", "tips", "cautions", "contraindications", "mistakes", "progressions")
)

Texts = dict[str, str | tuple[str, ...]]
"""Translated texts of one table in one language, by key ("dosage.note" for the nested one)."""


def language_code_problem(code: str) -> Message | None:
    """Return why ``code`` cannot name a translation, or ``None`` if it can."""
    normal = code.strip().casefold().replace("_", "-")
    guess = _LANGUAGE_NAMES.get(normal, normal if LANGUAGE_PATTERN.match(normal) else None)
    if code == guess:
        if code.split("-", maxsplit=1)[0] == ORIGINAL_LANGUAGE:
            return PackText.tr(
                "the original text is already English; translate into other languages only"
            )
        return None
    message = PackText.tr(
        "'{code}' is not a language code; use a lower-case ISO 639-1 code"
        " such as 'de', or 'pt-br' for a regional variant",
        code=code,
    )
    if guess and guess.split("-")[0] == ORIGINAL_LANGUAGE:
        return PackText.tr("{message} (the original text is already English)", message=message)
    if guess:
        return PackText.tr("{message} (did you mean '{guess}'?)", message=message, guess=guess)
    return message


def _unknown_exercise(exercise_id: str) -> Message:
    return PackText.tr("no exercise with id '{id}' in this pack or the library", id=exercise_id)


def _read_text(reader: TableReader, key: str, original: object, what: Message, shown: str) -> Any:
    """Read one translated text, checked against the ``original`` value it translates."""
    if not reader.has(key):
        return None
    raw = reader.raw(key)
    value = reader.text_list(key) if shown in _LIST_TEXTS else reader.text(key, required=False)
    if original is None:
        reader.problem(key, PackText.tr("{what} has no {key} to translate", what=what, key=shown))
        return None
    if isinstance(raw, list) and isinstance(original, list) and len(raw) != len(original):
        items = PackText.tr(
            "has %n items, {what} has {count}", "", len(raw), what=what, count=len(original)
        )
        reader.problem(key, items.one("has %n item, {what} has {count}"))
    return value or None


def _read_translation(
    translation: TableReader, reader: TableReader, keys: Sequence[str], what: Message
) -> Texts:
    """Read one ``[translations.<lang>]`` table of the table ``reader`` reads."""
    texts: Texts = {}
    for key in keys:
        if "." in key:
            continue
        value = _read_text(translation, key, reader.raw(key), what, key)
        if value is not None:
            texts[key] = value
    for group in dict.fromkeys(key.split(".")[0] for key in keys if "." in key):
        nested = translation.table(group)
        if nested is None:
            continue
        originals = reader.raw(group)
        for key in keys:
            if not key.startswith(f"{group}."):
                continue
            leaf = key.removeprefix(f"{group}.")
            original = originals.get(leaf) if isinstance(originals, dict) else None
            value = _read_text(nested, leaf, original, what, key)
            if value is not None:
                texts[key] = value
        nested.finish()
    return texts


def read_translations(reader: TableReader, keys: Sequence[str], what: Message) -> dict[str, Texts]:
    """Read the ``[translations.<lang>]`` tables of the table ``reader`` reads.

    ``keys`` are the translatable texts of that table; each translated text
    is checked against the original (a list must have as many items).
    ``what`` names the table in messages ("the exercise"). Returns the
    valid translations by language code.
    """
    raw = reader.raw("translations")
    languages = reader.table("translations")
    if languages is None or not isinstance(raw, dict):
        return {}
    found: dict[str, Texts] = {}
    for code in raw:
        problem = language_code_problem(code)
        if problem is not None:
            languages.has(code)
            languages.problem(code, problem)
            continue
        translation = languages.table(code)
        if translation is None:
            continue
        found[code] = _read_translation(translation, reader, keys, what)
        translation.finish()
        if not raw[code]:
            translation.problem(
                "", PackText.tr("translates nothing; give at least one text, such as name")
            )
    languages.finish()
    return found


def _chosen(translations: dict[str, Texts], language: str | None) -> tuple[str, Texts]:
    """Return the language to use and its texts (the original's: none)."""
    code = pick_language(language, translations)
    if code is None:
        return ORIGINAL_LANGUAGE, {}
    return code, translations[code]


def _plain(texts: Texts) -> dict[str, Any]:
    """Return the texts that replace fields of the table itself (not of its dosage)."""
    return {key: value for key, value in texts.items() if "." not in key}


def _with_dosage_note(dosage: Dosage, texts: Texts) -> Dosage:
    note = texts.get("dosage.note")
    return replace(dosage, note=note) if isinstance(note, str) else dosage


def read_schema_version(reader: TableReader) -> bool:
    """Check the ``schema`` key; return whether the rest can be read as this version.

    A missing version is reported, and the file is still checked as version 1
    so that all its problems show at once.
    """
    value = reader.raw("schema")
    if value is None:
        reader.problem(
            "schema",
            PackText.tr(
                "required key is missing (write schema = {version})", version=SCHEMA_VERSION
            ),
        )
        return True
    if not is_integer(value):
        reader.problem(
            "schema", PackText.tr("must be an integer, not {type}", type=type_name(value))
        )
        return False
    if value != SCHEMA_VERSION:
        reader.problem(
            "schema",
            PackText.tr(
                "version {value} is not supported (this hipcoach reads version {version})",
                value=value,
                version=SCHEMA_VERSION,
            ),
        )
        return False
    return True


def read_id(reader: TableReader) -> str | None:
    """Return a valid ``id`` value, or ``None`` after reporting."""
    value = reader.text("id")
    if value is not None and not ID_PATTERN.match(value):
        reader.problem(
            "id",
            PackText.tr("'{value}' must use only lower-case letters, digits and '-'", value=value),
        )
        return None
    return value


def _amount(reader: TableReader, key: str) -> Amount | None:
    value = reader.raw(key)
    if value is None:
        return None
    minimum = _MINIMUM[key]
    if is_integer(value):
        if value < minimum:
            reader.problem(
                key,
                PackText.tr(
                    "must be an integer >= {minimum}, not {value}", minimum=minimum, value=value
                ),
            )
            return None
        return Amount.exactly(value)
    if isinstance(value, list):
        if len(value) != 2 or not all(is_integer(item) for item in value):
            reader.problem(key, PackText.tr("a range must be two integers, [min, max]"))
            return None
        low, high = value
        if low < minimum or high < minimum:
            reader.problem(
                key,
                PackText.tr(
                    "both ends of the range must be integers >= {minimum}", minimum=minimum
                ),
            )
            return None
        if low > high:
            reader.problem(
                key, PackText.tr("range [{low}, {high}] has min > max", low=low, high=high)
            )
            return None
        return Amount(low, high, low)
    reader.problem(
        key,
        PackText.tr("must be an integer or a range [min, max], not {type}", type=type_name(value)),
    )
    return None


def _tempo(reader: TableReader) -> Tempo | None:
    table = reader.table("tempo")
    if table is None:
        return None
    parts = {key: table.integer(key, minimum=1) for key in _TEMPO_KEYS}
    table.finish()
    if not any(table.has(key) for key in _TEMPO_KEYS):
        reader.problem(
            "tempo", PackText.tr("give at least one of {keys}", keys=", ".join(_TEMPO_KEYS))
        )
        return None
    if all(value is None for value in parts.values()):
        return None
    return Tempo(**parts)


def read_dosage(reader: TableReader, *, complete: bool) -> Dosage:
    """Read a dosage table.

    ``complete`` dosages (an exercise's own) must say how much work there is;
    a routine's dosage only overrides some of the exercise's fields.
    """
    amounts = {name: _amount(reader, name) for name in AMOUNT_FIELDS}
    tempo = _tempo(reader)
    note = reader.text("note", required=False)
    defaults = reader.table("default")
    if defaults is not None:
        for name in AMOUNT_FIELDS:
            chosen = defaults.integer(name, minimum=1)
            amount = amounts[name]
            if chosen is None:
                continue
            if amount is None:
                if not reader.has(name):
                    defaults.problem(
                        name,
                        PackText.tr("has a default but dosage.{name} is not set", name=name),
                    )
                continue
            if not amount.is_range:
                defaults.problem(
                    name,
                    PackText.tr(
                        "dosage.{name} is a single value ({value}), so it needs no default",
                        name=name,
                        value=amount.low,
                    ),
                )
                continue
            if not amount.low <= chosen <= amount.high:
                defaults.problem(
                    name,
                    PackText.tr(
                        "default {value} is outside the range [{low}, {high}]",
                        value=chosen,
                        low=amount.low,
                        high=amount.high,
                    ),
                )
                continue
            amounts[name] = Amount(amount.low, amount.high, chosen)
        defaults.finish()
    reader.finish()
    if complete and not any(
        reader.has(key) for key in ("reps", "hold_seconds", "duration_seconds")
    ):
        reader.problem(
            "", PackText.tr("needs at least one of reps, hold_seconds or duration_seconds")
        )
    return Dosage(tempo=tempo, note=note, **amounts)


def _pack_path(reader: TableReader, key: str, pack_dir: Path) -> Path | None:
    value = reader.text(key, required=False)
    if value is None:
        return None
    relative = PurePosixPath(value.replace("\\", "/"))
    lexically_outside = posixpath.normpath(relative.as_posix()).split("/")[0] == ".."
    if relative.is_absolute() or re.match(r"^[A-Za-z]:", value) or lexically_outside:
        reader.problem(
            key,
            PackText.tr(
                "'{value}' points outside the pack; use a path inside the pack folder", value=value
            ),
        )
        return None
    try:
        resolved = (pack_dir / relative).resolve()
        inside = resolved.is_relative_to(pack_dir.resolve())
        is_file, is_dir = resolved.is_file(), resolved.is_dir()
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        reader.problem(
            key,
            PackText.tr(
                "'{value}' is not a usable file path ({reason})", value=value, reason=reason
            ),
        )
        return None
    if not inside:
        reader.problem(
            key, PackText.tr("'{value}' points outside the pack (through a link)", value=value)
        )
        return None
    if is_dir:
        reader.problem(
            key, PackText.tr("'{value}' is a folder; name a file inside it", value=value)
        )
        return None
    if not is_file:
        reader.problem(key, PackText.tr("'{value}' does not exist in the pack", value=value))
        return None
    return resolved


def _sides(reader: TableReader) -> Sides:
    table = reader.table("sides")
    if table is None:
        return Sides()
    per_side = table.boolean("per_side", default=False)
    alternating = table.boolean("alternating", default=False)
    switch_seconds = table.integer("switch_seconds", minimum=1)
    if not per_side:
        for key in ("alternating", "switch_seconds"):
            if table.raw(key) not in (None, False):
                table.problem(
                    key,
                    PackText.tr("only applies to exercises done per side (sides.per_side = true)"),
                )
        alternating, switch_seconds = False, None
    table.finish()
    return Sides(per_side=per_side, alternating=alternating, switch_seconds=switch_seconds)


def parse_exercise(
    table: dict[str, Any],
    report: Report,
    *,
    pack_dir: Path,
    source: str,
    known_exercises: Container[str] = (),
    language: str | None = None,
) -> Exercise | None:
    """Return the exercise described by ``table``, or ``None`` if it has problems.

    ``gentler`` must name an id in ``known_exercises``. Every translation is
    checked; the one for ``language`` (or its base language) is used.
    """
    counter = _Counter(report)
    reader = TableReader(table, "", counter)
    if not read_schema_version(reader):
        return None
    exercise_id = read_id(reader)
    name = reader.text("name")
    category = reader.choice("category", tuple(member.value for member in Category))
    summary = reader.text("summary")
    targets = reader.text_list("targets", required=True)
    equipment = reader.text_list("equipment")
    position = reader.choice(
        "position", tuple(member.value for member in Position), aliases=POSITION_ALIASES
    )
    starting_position = reader.text("starting_position")
    steps = reader.text_list("steps", required=True)
    sides = _sides(reader)
    dosage_reader = reader.table("dosage", required=True)
    dosage = read_dosage(dosage_reader, complete=True) if dosage_reader else None
    cues = reader.text_list("cues")
    tips = reader.text_list("tips")
    cautions = reader.text_list("cautions")
    contraindications = reader.text_list("contraindications")
    mistakes = reader.text_list("mistakes")
    progressions = reader.text_list("progressions")
    why = reader.text("why", required=False)
    gentler = reader.text("gentler", required=False)
    if gentler is not None and gentler not in known_exercises:
        reader.problem("gentler", _unknown_exercise(gentler))
    image = _pack_path(reader, "image", pack_dir)
    sound = _pack_path(reader, "sound", pack_dir)
    figure = read_figure(reader)
    translations = read_translations(
        reader, EXERCISE_TEXTS, QT_TRANSLATE_NOOP("PackText", "the exercise")
    )
    reader.finish()
    if counter.count or dosage is None:
        return None
    # Each of these was reported above if missing, so the counter is non-zero.
    assert exercise_id is not None
    assert name is not None
    assert category is not None
    assert summary is not None
    assert position is not None
    assert starting_position is not None
    used, texts = _chosen(translations, language)
    exercise = Exercise(
        id=exercise_id,
        name=name,
        category=Category(category),
        summary=summary,
        targets=targets,
        equipment=equipment,
        position=Position(position),
        starting_position=starting_position,
        steps=steps,
        dosage=dosage,
        sides=sides,
        cues=cues,
        tips=tips,
        cautions=cautions,
        contraindications=contraindications,
        mistakes=mistakes,
        progressions=progressions,
        why=why,
        gentler=gentler,
        image=image,
        sound=sound,
        figure=figure,
        source=source,
        language=used,
        translations=tuple(sorted(translations)),
    )
    return replace(exercise, **_plain(texts), dosage=_with_dosage_note(dosage, texts))


def _block(
    reader: TableReader, known_exercises: Container[str], language: str | None, seen: set[str]
) -> Block | None:
    choices: tuple[str, ...] = ()
    has_exercise, has_choose = reader.has("exercise"), reader.has("choose")
    if has_exercise and has_choose:
        reader.problem("choose", PackText.tr("give either exercise or choose, not both"))
    elif has_exercise:
        single = reader.text("exercise")
        choices = (single,) if single else ()
    elif has_choose:
        choices = reader.text_list("choose", required=True)
        if len(choices) == 1:
            reader.problem(
                "choose", PackText.tr("list two or more ids to choose from (or use exercise = ...)")
            )
    else:
        reader.problem("exercise", PackText.tr("required key is missing (or give choose = [...])"))
    named = [reader.raw("exercise")] if has_exercise else reader.raw("choose")
    for index, choice in enumerate(named if isinstance(named, list) else [], start=1):
        if not isinstance(choice, str) or not choice.strip():
            continue  # already reported as a wrong value
        if choice.strip() not in known_exercises:
            where = "exercise" if has_exercise else f"choose[{index}]"
            reader.problem(where, _unknown_exercise(choice.strip()))
    dosage_reader = reader.table("dosage")
    dosage = read_dosage(dosage_reader, complete=False) if dosage_reader else Dosage()
    note = reader.text("note", required=False)
    priority = reader.integer("priority", minimum=1)
    translations = read_translations(
        reader, BLOCK_TEXTS, QT_TRANSLATE_NOOP("PackText", "the block")
    )
    seen.update(translations)
    reader.finish()
    if not choices:
        return None
    _, texts = _chosen(translations, language)
    block = Block(
        choices=choices, dosage=_with_dosage_note(dosage, texts), note=note, priority=priority
    )
    return replace(block, **_plain(texts))


def parse_routine(
    table: dict[str, Any],
    report: Report,
    *,
    source: str,
    known_exercises: Container[str],
    language: str | None = None,
) -> Routine | None:
    """Return the routine described by ``table``, or ``None`` if it has problems.

    Every exercise id a block names must be in ``known_exercises``. Every
    translation is checked; the routine, each phase and each block use
    their own translation for ``language`` (or its base language) if any.
    """
    counter = _Counter(report)
    reader = TableReader(table, "", counter)
    if not read_schema_version(reader):
        return None
    routine_id = read_id(reader)
    name = reader.text("name")
    summary = reader.text("summary")
    purpose = reader.choice("purpose", tuple(p.value for p in Purpose), required=False)
    frequency = reader.text("frequency", required=False)
    phases: list[Phase] = []
    seen: set[str] = set()
    for phase_reader in reader.tables("phases", required=True):
        phase_name = phase_reader.text("name")
        budget = phase_reader.integer("budget_seconds", minimum=1)
        intro = phase_reader.text("intro", required=False)
        blocks = [
            _block(block, known_exercises, language, seen)
            for block in phase_reader.tables("blocks", required=True)
        ]
        phase_translations = read_translations(
            phase_reader, PHASE_TEXTS, QT_TRANSLATE_NOOP("PackText", "the phase")
        )
        seen.update(phase_translations)
        phase_reader.finish()
        if phase_name and all(blocks):
            phase = Phase(
                name=phase_name,
                blocks=tuple(b for b in blocks if b),
                budget_seconds=budget,
                intro=intro,
            )
            phases.append(replace(phase, **_plain(_chosen(phase_translations, language)[1])))
    translations = read_translations(
        reader, ROUTINE_TEXTS, QT_TRANSLATE_NOOP("PackText", "the routine")
    )
    seen.update(translations)
    reader.finish()
    if counter.count:
        return None
    assert routine_id is not None
    assert name is not None
    assert summary is not None
    routine = Routine(
        id=routine_id,
        name=name,
        summary=summary,
        phases=tuple(phases),
        purpose=Purpose(purpose) if purpose else Purpose.SESSION,
        frequency=frequency,
        source=source,
        language=pick_language(language, seen) or ORIGINAL_LANGUAGE,
        translations=tuple(sorted(seen)),
    )
    return replace(routine, **_plain(_chosen(translations, language)[1]))


class _Counter:
    """Passes problems on and counts them."""

    def __init__(self, report: Report) -> None:
        self._report = report
        self.count = 0

    def __call__(self, key: str, message: str | Message) -> None:
        self.count += 1
        self._report(key, message)
