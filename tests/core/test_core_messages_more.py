"""Figure, reference-data and settings-file problems are translatable; search takes shown names."""

from __future__ import annotations

import ast
import errno
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from hipcoach.core.clock import ManualClock
from hipcoach.core.exercises import Category
from hipcoach.core.fileio import TomlReadError, read_toml
from hipcoach.core.history import HistoryError, HistoryStore
from hipcoach.core.messages import Message, MessageError
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.pose_schema import read_figure
from hipcoach.core.problems import TableReader
from hipcoach.core.reference import load_reference
from hipcoach.core.search import ExerciseFilter
from hipcoach.core.settings import (
    MigrationError,
    Settings,
    SettingsStore,
    migrate,
    read_settings_table,
    settings_from_toml,
)
from tests.core.factories import exercise, hold

CORE = Path(__file__).resolve().parents[2] / "hipcoach" / "core"


def figure_problems(figure: dict[str, Any]) -> list[tuple[str, Message | str]]:
    found: list[tuple[str, Message | str]] = []
    reader = TableReader({"figure": figure}, "", lambda key, message: found.append((key, message)))
    read_figure(reader)
    return found


def test_figure_problems_are_pack_messages_with_the_same_english() -> None:
    found = figure_problems(
        {
            "working": ["legg_near"],
            "muscles": ["glutes"],
            "keyframes": [{"name": "start", "contact": "heel_far", "knee_near": -20}],
        }
    )
    assert all(isinstance(message, Message) for _, message in found)
    messages = {key: message for key, message in found if isinstance(message, Message)}
    assert {message.context for message in messages.values()} == {"PackText"}
    limb = messages["figure.working[1]"]
    assert limb.source == (
        "'{value}' is not a known limb; use one of {choices} (did you mean '{hint}'?)"
    )
    assert str(limb) == (
        "'legg_near' is not a known limb; use one of arm_near, arm_far, leg_near, leg_far,"
        " trunk (did you mean 'leg_near'?)"
    )
    knee = messages["figure.keyframes[1].knee_near"]
    assert str(knee) == "-20° is outside the range a body allows (0 to 160)"
    assert knee.arguments == {"value": "-20", "low": "0", "high": "160"}
    count = messages["figure.keyframes"]
    assert (count.n, str(count)) == (1, "has 1 keyframes; give 2 to 4")


def test_a_contact_count_problem_is_a_plural_by_the_number_of_points() -> None:
    found = figure_problems(
        {
            "keyframes": [
                {"name": "a", "contact": "heel_far", "on": ["floor", "floor"]},
                {"name": "b"},
            ]
        }
    )
    key, message = found[0]
    assert key == "figure.keyframes[1].on"
    assert isinstance(message, Message)
    assert message.n == 1
    assert str(message) == "names 2 surfaces for 1 contact point(s)"


def _reference_tables() -> dict[str, dict[str, Any]]:
    folder = bundled_resources_dir() / "reference"
    return {
        path.stem: tomllib.loads(path.read_text(encoding="utf-8")) for path in folder.glob("*.toml")
    }


def test_reference_data_problems_are_pack_messages() -> None:
    tables = _reference_tables()
    stages = tables["timeline"]["stages"]
    stages[0]["from_day"], stages[0]["to_day"] = 9, 3
    tables["timeline"]["meaningful_relief_weeks"] = [4, 2]
    found: list[tuple[str, str, Message | str]] = []
    folder = bundled_resources_dir() / "reference"
    reference = load_reference(
        folder,
        lambda path: tables[path.stem],
        lambda path: lambda key, message: found.append((path.stem, key, message)),
    )
    assert reference is None
    by_key = {key: message for _, key, message in found}
    assert all(isinstance(message, Message) for message in by_key.values())
    assert str(by_key["stages[1].to_day"]) == "ends (3) before it starts (9)"
    assert isinstance(by_key["stages[1].to_day"], Message)
    assert by_key["stages[1].to_day"].context == "PackText"
    assert str(by_key["stages"]) == "'Weeks 2–4' does not start the day after 'Days 1–7'"
    assert str(by_key["meaningful_relief_weeks"]) == (
        "must be a range of weeks [min, max] with 0 < min <= max"
    )


def test_settings_problems_are_messages_whose_english_is_what_the_file_reader_reports() -> None:
    table = {
        "schema": 1,
        "breaks": {"interval_minutes": 5, "working_hours": {"tue": ["9-5"]}, "mood": 1},
        "sound": "loud",
        "general": {"choices": {"stretch": "Not An Id"}},
    }
    settings, messages = read_settings_table(table)
    assert settings == Settings()
    assert all(isinstance(message, Message) for message in messages)
    assert {message.context for message in messages} == {"SettingsFileText"}
    english = [str(message) for message in messages]
    assert settings_from_toml(table) == (settings, english)
    assert english == [
        "breaks.interval_minutes: must be a whole number from 10 to 240; using 60",
        'breaks.working_hours.tue: "9-5" is not a time range like "09:00-17:00";'
        " using 09:00-17:00 on Tuesday",
        "breaks.mood: unknown key",
        "sound: must be a table ([sound]); using the defaults",
        'general.choices.stretch: must be an exercise id like "couch-stretch"; ignored',
    ]
    # The pieces stay translatable: the weekday, the time-range error, the unknown key.
    day = messages[1].arguments["fallback"]
    assert isinstance(day, Message)
    weekday = day.arguments["day"]
    assert isinstance(weekday, Message)
    assert (weekday.context, weekday.source) == ("SettingsFileText", "Tuesday")
    problem = messages[1].arguments["problem"]
    assert isinstance(problem, Message)
    assert problem.context == "SettingsText"
    unknown = messages[2].arguments["problem"]
    assert isinstance(unknown, Message)
    assert (unknown.context, unknown.source) == ("PackText", "unknown key")


def test_a_weekend_day_without_hours_falls_back_with_a_translatable_description() -> None:
    _, messages = read_settings_table({"breaks": {"working_hours": {"sun": 7}}})
    (message,) = messages
    assert str(message) == (
        'breaks.working_hours.sun: must be a list of time ranges like ["09:00-17:00"];'
        " using no hours (no breaks that day) on Sunday"
    )
    fallback = message.arguments["fallback"]
    assert isinstance(fallback, Message)
    hours = fallback.arguments["hours"]
    assert isinstance(hours, Message)
    assert hours.source == "no hours (no breaks that day)"


def test_a_migration_error_carries_its_message() -> None:
    with pytest.raises(MigrationError) as caught:
        migrate({"schema": 0}, migrations={}, target=1)
    assert caught.value.message.context == "SettingsFileText"
    assert str(caught.value) == "settings version 0 cannot be upgraded"
    _, messages = read_settings_table({"schema": 0}, migrations={})
    assert [str(message) for message in messages] == [
        "schema: settings version 0 cannot be upgraded; reading it as version 1"
    ]


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(
        tmp_path / "settings.toml", clock=ManualClock(datetime(2026, 3, 5, 8, 30, tzinfo=UTC))
    )


def test_load_notices_are_messages(store: SettingsStore) -> None:
    store.path.write_text("schema = 3\n[breaks]\ninterval_minutes = 45\n", encoding="utf-8")
    newer = store.load()
    assert newer.notice_message is not None
    assert newer.notice_message.context == "SettingsFileText"
    assert newer.notice == str(newer.notice_message)
    assert newer.notice.startswith(f"{store.path} was written by a newer version of hipcoach")
    assert newer.problems == tuple(str(message) for message in newer.problem_messages)
    assert newer.problems[0].startswith("schema: written by a newer hipcoach")
    refused = store.save(Settings())
    assert refused.notice_message == newer.notice_message

    store.path.write_text("[breaks\n", encoding="utf-8")
    corrupt = store.load()
    assert corrupt.notice_message is not None
    reason = corrupt.notice_message.arguments["reason"]
    assert isinstance(reason, Message)
    assert reason.source == "line {line}: {problem}"
    moved = corrupt.notice_message.arguments["moved"]
    assert corrupt.notice == (
        f"Your settings file could not be read ({reason}). It was moved to {moved}"
        " and the default settings are in use."
    )
    assert str(moved).endswith("settings.toml.corrupt-20260305-083000")


def test_a_failed_save_is_a_message(store: SettingsStore, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("hipcoach.core.settings.store.write_atomic", full)
    result = store.save(Settings())
    assert not result
    assert result.notice_message is not None
    assert result.notice_message.source == "Settings could not be saved to {path}: {reason}"
    assert result.notice == f"Settings could not be saved to {store.path}: No space left on device"


def test_search_also_matches_the_extra_text_the_caller_gives() -> None:
    stretch = exercise("couch-stretch", dosage=hold(30), category=Category.STRETCH)
    release = exercise("ball-release", dosage=hold(30), category=Category.RELEASE)
    shown = {stretch.id: ("Dehnen", "Im Stehen"), release.id: ("Lösen", "Im Stehen")}
    query = ExerciseFilter(query="dehn")
    assert not query.matches(stretch)  # the English words alone do not contain it
    assert [e.id for e in (stretch, release) if query.matches(e, shown[e.id])] == ["couch-stretch"]
    both = ExerciseFilter(query="stehen couch")
    assert both.matches(stretch, shown[stretch.id])
    assert not both.matches(release, shown[release.id])
    # English names keep working with or without extra text.
    assert ExerciseFilter(query="stretch").matches(stretch, shown[stretch.id])
    assert ExerciseFilter(query="Standing").matches(release)
    # The extra text does not widen the facet filters.
    facet = ExerciseFilter(query="dehnen", category=Category.RELEASE)
    assert not facet.matches(stretch, shown[stretch.id])


def _problem_texts(path: Path) -> list[ast.expr]:
    """Return the message argument of every ``.problem(key, message)`` call in ``path``."""
    found: list[ast.expr] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "problem"
            and len(node.args) == 2
        ):
            found.append(node.args[1])
    return found


@pytest.mark.parametrize("name", ["pose_schema.py", "reference.py", "schema.py"])
def test_no_pack_problem_is_plain_english_text(name: str) -> None:
    texts = _problem_texts(CORE / name)
    assert texts
    plain = [ast.unparse(text) for text in texts if isinstance(text, ast.Constant | ast.JoinedStr)]
    assert plain == []


@pytest.mark.parametrize(
    ("content", "source", "english"),
    [
        (b"  \n", "the file is empty", "the file is empty"),
        (
            b'name = "open\n',
            "invalid TOML: {hint} ({error})",
            "invalid TOML: a line ends inside text; is a closing quote missing?"
            " (Illegal character '\\n')",
        ),
        (
            b"a = \xff\n",
            "not valid UTF-8 (byte {byte}); save the file as UTF-8",
            "not valid UTF-8 (byte 0xff); save the file as UTF-8",
        ),
        (
            b"a = 99999999999\n",
            "{key}: {value} is far too large (whole numbers go up to {limit})",
            "a: 99999999999 is far too large (whole numbers go up to 2147483647)",
        ),
    ],
)
def test_file_read_errors_are_translatable_with_the_same_english(
    tmp_path: Path, content: bytes, source: str, english: str
) -> None:
    path = tmp_path / "x.toml"
    path.write_bytes(content)
    with pytest.raises(TomlReadError) as caught:
        read_toml(path)
    text = caught.value.text
    assert isinstance(text, Message)
    assert (text.context, text.source) == ("FileText", source)
    assert caught.value.message == str(caught.value) == str(text) == english


def test_history_notices_and_errors_are_translatable(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"not a database at all, just some text" * 4)
    opened = HistoryStore.open(path, clock=ManualClock(datetime(2026, 3, 5, 8, 30, tzinfo=UTC)))
    try:
        notice = opened.notice_message
        assert notice is not None
        assert notice.context == "HistoryText"
        problem = notice.arguments["problem"]
        assert isinstance(problem, Message)
        assert problem.source == "file is not a database"
        assert opened.moved_to is not None
        assert opened.notice == (
            "Your history file could not be read (file is not a database). It was moved to "
            f"{opened.moved_to} and a new, empty history was started."
        )
    finally:
        opened.store.close()
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way", encoding="utf-8")
    with pytest.raises(HistoryError) as caught:
        HistoryStore.open(
            blocked / "history.sqlite3", clock=ManualClock(datetime(2026, 3, 5, tzinfo=UTC))
        )
    assert isinstance(caught.value, MessageError)
    assert caught.value.message.context == "HistoryText"
    assert str(caught.value).startswith(
        f"The folder {blocked} for the history could not be created"
    )
