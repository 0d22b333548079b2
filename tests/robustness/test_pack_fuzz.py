"""Generated TOML documents never make the pack loader raise, and every problem is placed.

``tests/core/test_pack_problems.py`` already feeds any text, any bytes and
any value at a known key into one exercise file. This adds what it does not
cover: whole random documents (any keys, any nesting) as a routine, as
``pack.toml`` and as an exercise; valid routines with parts swapped for
random values; and documents stitched together from TOML fragments, which
reach the parser's error paths. For each, loading returns (never raises),
the pack is skipped when anything is wrong, and every problem names its file
with a line that exists in it, or a key path.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from hipcoach.core.library import load_pack

PACK = "fuzzed"
#: Problems about a file as a whole carry neither a line nor a key.
WHOLE_FILE = ("the file is empty", "nested", "far too large", "this is a")

_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
_KEYS = st.sampled_from(
    [
        "schema", "id", "name", "summary", "phases", "blocks", "choices", "dosage",
        "budget_seconds", "hold_seconds", "sets", "reps", "rest_seconds", "sides", "translations",
        "de", "note",
        "description", "author", "category", "steps", "image", "sound", "tempo", "default",
    ]
) | _TEXT  # fmt: skip
_SCALARS = (
    st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=True)
    | _TEXT
    | st.datetimes()
    | st.dates()
    | st.times()
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=12,
)
_DOCUMENTS = st.dictionaries(_KEYS, _VALUES, max_size=6)


def valid_routine() -> dict[str, Any]:
    return {
        "schema": 1,
        "id": "fuzzed-routine",
        "name": "Fuzzed routine",
        "summary": "Five quiet minutes.",
        "phases": [
            {
                "name": "Stretch",
                "budget_seconds": 300,
                "blocks": [{"choices": ["fine-stretch"], "dosage": {"hold_seconds": 30}}],
            }
        ],
    }


FINE_EXERCISE = tomli_w.dumps(
    {
        "schema": 1,
        "id": "fine-stretch",
        "name": "Fine stretch",
        "category": "stretch",
        "summary": "A gentle stretch.",
        "targets": ["psoas major"],
        "position": "half-kneeling",
        "starting_position": "Kneel.",
        "steps": ["Breathe."],
        "dosage": {"hold_seconds": 30},
    }
)


def check(relative: str, content: bytes) -> None:
    """Load a pack with a fine exercise plus ``content`` at ``relative``; check the outcome."""
    with tempfile.TemporaryDirectory() as temp:
        pack = Path(temp) / PACK
        (pack / "exercises").mkdir(parents=True)
        (pack / "exercises" / "fine.toml").write_text(FINE_EXERCISE)
        target = pack / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        report = load_pack(pack, source=PACK).report
    lines = max(1, content.count(b"\n") + 1)
    for problem in report.problems:
        assert problem.file.startswith(f"{PACK}/"), str(problem)
        assert problem.message.strip(), str(problem)
        if problem.line is not None:
            assert 1 <= problem.line <= lines, str(problem)
        elif not problem.key:
            assert any(words in problem.message for words in WHOLE_FILE), str(problem)
    if report.problems:
        assert not report.loaded


def dumps(document: dict[str, Any]) -> bytes:
    try:
        return tomli_w.dumps(document).encode("utf-8")
    except (TypeError, ValueError):  # tomli_w cannot write every value (NaN is fine, others not)
        return b""


@settings(max_examples=100, deadline=None, database=None)
@given(_DOCUMENTS, st.sampled_from(["protocols/p.toml", "pack.toml", "exercises/x.toml"]))
def test_any_document_anywhere_is_loaded_or_reported(
    document: dict[str, Any], relative: str
) -> None:
    check(relative, dumps(document))


_PATHS = st.sampled_from(
    [
        ("id",),
        ("name",),
        ("summary",),
        ("phases",),
        ("phases", 0),
        ("phases", 0, "name"),
        ("phases", 0, "budget_seconds"),
        ("phases", 0, "blocks"),
        ("phases", 0, "blocks", 0),
        ("phases", 0, "blocks", 0, "choices"),
        ("phases", 0, "blocks", 0, "dosage"),
        ("phases", 0, "blocks", 0, "dosage", "hold_seconds"),
    ]
)


@settings(max_examples=100, deadline=None, database=None)
@given(st.lists(st.tuples(_PATHS, _VALUES), min_size=1, max_size=3))
def test_a_routine_with_parts_replaced_is_loaded_or_reported(
    changes: list[tuple[tuple[str | int, ...], Any]],
) -> None:
    routine: Any = valid_routine()
    for path, value in changes:
        table = routine
        for part in path[:-1]:
            if isinstance(part, int):
                if not isinstance(table, list) or not table:
                    break
                table = table[0]
            elif isinstance(table, dict):
                table = table.setdefault(part, {})
            else:
                break
        else:
            last = path[-1]
            if isinstance(table, dict) and isinstance(last, str):
                table[last] = value
            elif isinstance(table, list) and table and isinstance(last, int):
                table[0] = value
    check("protocols/p.toml", dumps(routine))


_FRAGMENTS = st.sampled_from(
    [
        "schema = 1\n", 'id = "x"\n', "[[phases]]\n", "[phases.blocks]\n", "[[phases.blocks]]\n",
        "name = ", '"open', '"closed"\n', "'''\n", '"""\n', "[", "]", "{", "}", " = ", "\n",
        "# comment\n", "a.b.c = 1\n", "x = [1, 'a']\n", "1979-05-27T07:32:00Z", "\ufeff", "\t",
        "key = inf\n", "key = 0x_1\n", "[dosage]\nhold_seconds = 30\n", "é = 1\n", "\r\n",
        'choices = ["fine-stretch"]\n', "[[phases]]\n[[phases]]\n", "x = {a = 1, a = 2}\n",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(_FRAGMENTS, max_size=25), st.sampled_from(["protocols/p.toml", "pack.toml"]))
def test_stitched_fragments_are_loaded_or_reported(fragments: list[str], relative: str) -> None:
    check(relative, "".join(fragments).encode("utf-8"))
