"""Sentences from the core are translatable Messages whose English is the text shown before."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from hipcoach.core.describe import dosage_lines, dosage_summary, format_seconds
from hipcoach.core.exercises import Amount, Category, Dosage, Position
from hipcoach.core.history_records import PainMoment
from hipcoach.core.library import check_paths, load_library
from hipcoach.core.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    MessageContext,
    MessageError,
    Number,
    english,
    english_date,
    joined,
)
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.problems import Problem
from hipcoach.core.programme import DayActivity, timeline_position, today_card
from hipcoach.core.reference import Reference
from hipcoach.core.safety import pain_trend, recommendation
from hipcoach.core.settings import TimeRange, WorkingHours, parse_time_range

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "hipcoach_de.ts"
START = date(2026, 1, 5)


class SampleText(MessageContext):
    """A context for these tests."""


@pytest.fixture(scope="module")
def reference() -> Reference:
    found = load_library(bundled_resources_dir()).reference
    assert found is not None
    return found


def test_a_context_class_names_the_context_and_keeps_the_arguments_in_order() -> None:
    message = SampleText.tr("{a} then {b}", b=2, a="one")
    assert message.context == "SampleText"
    assert message.source == "{a} then {b}"
    assert message.args == (("b", 2), ("a", "one"))
    assert message.arguments == {"a": "one", "b": 2}
    assert message.n is None
    assert message.english() == str(message) == "one then 2"


def test_nested_messages_numbers_and_dates_render_in_english() -> None:
    inner = SampleText.tr("about {value}", value=Number(5.666, 1))
    outer = SampleText.tr("{what} on {day}", what=inner, day=date(2026, 3, 5))
    assert str(outer) == "about 5.7 on 5 March 2026"
    assert english_date(date(2026, 12, 31)) == "31 December 2026"
    assert f"[{outer:>30}]" == f"[{'about 5.7 on 5 March 2026':>30}]"


def test_a_plural_uses_its_english_singular_only_for_one() -> None:
    def days(n: int) -> Message:
        return SampleText.tr("in %n days", "", n).one("tomorrow")

    assert [str(days(n)) for n in (0, 1, 2)] == ["in 0 days", "tomorrow", "in 2 days"]
    assert days(2).n == 2


def test_filling_replaces_only_named_placeholders_once() -> None:
    message = SampleText.tr("{a} {b} {unknown} {{", a="{b}", b="x")
    assert str(message) == "{b} x {unknown} {{"


def test_joined_lists_and_english_of_plain_text() -> None:
    parts = [SampleText.tr("a"), SampleText.tr("b"), SampleText.tr("c")]
    assert str(joined(parts)) == "a, b, c"
    assert joined([]) == ""
    assert english("plain") == "plain"
    assert english(QT_TRANSLATE_NOOP("SampleText", "marked")) == "marked"


def test_today_card_and_timeline_are_messages_with_the_old_english(
    reference: Reference,
) -> None:
    due = today_card(START, START + timedelta(days=2), {})
    assert isinstance(due.message, Message)
    assert due.message.context == "ProgrammeText"
    assert str(due.message) == "Day 3 of your first two weeks: today's session is due."
    soon = today_card(START, START - timedelta(days=1), {})
    assert str(soon.message) == "Your programme starts tomorrow."
    later = today_card(START, START - timedelta(days=4), {})
    assert str(later.message) == "Your programme starts in 4 days."
    assert later.message.n == 4
    done = {START + timedelta(days=15): DayActivity(sessions_completed=1)}
    maintenance = today_card(START, START + timedelta(days=15), done)
    assert str(maintenance.message) == (
        "Maintenance: today's session is done — 1 of this week's 3–4."
        " Two more this week keep you on track."
    )
    position = timeline_position(reference, START, START + timedelta(days=200))
    assert isinstance(position.message, Message)
    assert str(position.message).startswith("Day 201: you've come through the whole")


def test_safety_advice_and_trend_are_messages(reference: Reference) -> None:
    advice = recommendation({reference.red_flags[0].id: True}, reference)
    assert advice is not None
    for part in (advice.message, advice.what_to_say, advice.gentle_mode_note, advice.text):
        assert isinstance(part, Message)
        assert part.context == "SafetyText"
    assert str(advice.message).startswith("Please see a physiotherapist, a sports medicine")

    class Reading:
        def __init__(self, day: int, pain: int) -> None:
            self.at = datetime.combine(START + timedelta(days=day), datetime.min.time())
            self.pain, self.stiffness, self.moment = pain, None, PainMoment.BEFORE

    readings = [Reading(day, 6) for day in (0, 1, 2)] + [Reading(day, 2) for day in (10, 11, 12)]
    verdict = pain_trend(readings, START, START + timedelta(days=13), [], persist_weeks=(4, 6))
    assert verdict.kind == "improving"
    assert str(verdict.message) == (
        "Your pain is easing (about 6.0 out of 10 in your first week, 2.0 lately)."
        " Keep going — it's working."
    )


def test_dosage_and_labels_are_messages() -> None:
    lines = dosage_lines(
        Dosage(sets=Amount.exactly(1), reps=Amount(8, 10, 8), note="Slowly."), per_side=True
    )
    assert isinstance(lines[0], Message)
    assert [str(line) for line in lines] == ["1 set × 8–10 reps per side", "Slowly."]
    assert lines[1] == "Slowly."  # the pack's own note stays plain text
    assert format_seconds(90).context == "DosageText"
    exercise = load_library(bundled_resources_dir()).exercises[0]
    assert str(dosage_summary(exercise)) == str(
        dosage_lines(exercise.dosage, per_side=exercise.per_side)[0]
    )
    assert Category.SNACK.label == "Movement snack"
    assert Category.SNACK.label_message == Message("Labels", "Movement snack")
    assert Position.SUPINE.label == str(Position.SUPINE.label_message) == "Lying on your back"


def test_a_problem_takes_plain_text_or_a_message() -> None:
    plain = Problem("pack/a.toml", "something odd", key="dosage.sets")
    assert str(plain) == "pack/a.toml: dosage.sets: something odd"
    assert plain.location == "pack/a.toml: dosage.sets"
    assert (plain.message, plain.translatable, plain.text) == (
        "something odd",
        None,
        "something odd",
    )
    bad = SampleText.tr("bad {what}", what="thing")
    message = Problem("pack/a.toml", bad, line=3)
    assert str(message) == "pack/a.toml:3: bad thing"
    assert message.location == "pack/a.toml:3"
    assert message.message == "bad thing"  # always the English text
    assert message.translatable is bad
    assert message.text is bad
    assert message == Problem("pack/a.toml", "bad thing", line=3)
    assert Problem("pack", "no such folder").location == "pack"


def test_pack_problems_are_messages_with_the_old_english(tmp_path: Path) -> None:
    pack = tmp_path / "mine"
    (pack / "exercises").mkdir(parents=True)
    (pack / "exercises" / "x.toml").write_text(
        'schema = 1\nid = "x"\nname = "X"\ncategory = "strech"\nsummary = "s"\n'
        'targets = ["t"]\nposition = "standing"\nstarting_position = "s"\nsteps = ["a"]\n'
        "colour = 3\n[dosage]\nreps = [5, 2]\n",
        encoding="utf-8",
    )
    problems = {problem.key: problem for problem in check_paths([pack], bundled_resources_dir())}
    texts = {key: problem.message for key, problem in problems.items()}
    assert texts["category"] == (
        "'strech' is not one of release, stretch, strengthen, snack (did you mean 'stretch'?)"
    )
    assert texts["dosage.reps"] == "range [5, 2] has min > max"
    assert texts["colour"] == "unknown key"
    messages = [problem.translatable for problem in problems.values()]
    assert all(
        isinstance(message, Message) and message.context == "PackText" for message in messages
    )
    assert all(str(problem.text) == problem.message for problem in problems.values())


def test_working_hours_errors_carry_a_message_and_the_old_english() -> None:
    with pytest.raises(MessageError) as bad:
        parse_time_range("soon")
    assert str(bad.value) == '"soon" is not a time range like "09:00-17:00"'
    assert bad.value.message.context == "SettingsText"
    nine, noon, one = (datetime(2026, 1, 1, hour).time() for hour in (9, 12, 13))
    with pytest.raises(MessageError) as overlap:
        WorkingHours(tue=(TimeRange(nine, one), TimeRange(noon, one)))
    assert str(overlap.value) == 'working_hours.tue: "09:00-13:00" and "12:00-13:00" overlap'
    inner = overlap.value.message.arguments["error"]
    assert isinstance(inner, Message)
    assert str(inner) == '"09:00-13:00" and "12:00-13:00" overlap'


def _marked_texts() -> set[tuple[str, str, bool]]:
    """Return (context, source, plural) of every template marked in hipcoach/core."""
    found: set[tuple[str, str, bool]] = set()
    for path in sorted((ROOT / "hipcoach" / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            texts = [arg.value for arg in node.args if isinstance(arg, ast.Constant)]
            call = node.func
            if isinstance(call, ast.Attribute) and call.attr == "tr":
                if isinstance(call.value, ast.Name) and isinstance(texts[0], str):
                    found.add((call.value.id, texts[0], len(node.args) >= 3))
            elif isinstance(call, ast.Name) and call.id == "QT_TRANSLATE_NOOP" and len(texts) == 2:
                found.add((str(texts[0]), str(texts[1]), False))
    return found


def test_every_core_template_is_in_the_ts_file_with_its_plural_flag() -> None:
    """lupdate picked up every core template (re-run the README's lupdate command if not)."""
    in_ts: dict[tuple[str, str], bool] = {}
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name", ""), message.findtext("source", ""))
            in_ts[key] = message.get("numerus") == "yes"
    marked = _marked_texts()
    assert len(marked) > 100
    assert {context for context, _, _ in marked} >= {
        "DosageText",
        "Labels",
        "PackText",
        "ProgrammeText",
        "SafetyText",
    }
    wrong = [item for item in sorted(marked) if in_ts.get(item[:2]) != item[2]]
    assert not wrong, "re-run pyside6-lupdate (see README):\n" + "\n".join(map(str, wrong))


def test_lupdate_reads_a_context_class_tr_call_as_a_plural_message(tmp_path: Path) -> None:
    found = shutil.which("pyside6-lupdate")
    lupdate = found or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    source = tmp_path / "sample.py"
    source.write_text(
        "def f(n):\n"
        '    a = SampleText.tr("{count} sets", "", n, count=n).one("{count} set")\n'
        '    b = SampleText.tr("plain {x}", x=1)\n'
        '    c = QT_TRANSLATE_NOOP("Labels", "Marked")\n',
        encoding="utf-8",
    )
    target = tmp_path / "sample.ts"
    subprocess.run(
        [lupdate, str(source), "-ts", str(target)], check=True, capture_output=True, timeout=60
    )
    messages = {
        (context.findtext("name"), message.findtext("source")): message.get("numerus")
        for context in ET.parse(target).getroot().iter("context")
        for message in context.iter("message")
    }
    assert messages == {
        ("SampleText", "{count} sets"): "yes",
        ("SampleText", "plain {x}"): None,
        ("Labels", "Marked"): None,
    }
