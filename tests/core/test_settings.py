"""Settings: valid values only, forgiving reading, minimal writing, and a file never lost."""

from __future__ import annotations

import dataclasses
import tomllib
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from hipcoach.core.clock import ManualClock
from hipcoach.core.paths import AppPaths
from hipcoach.core.settings import (
    DEFAULT_MOVES,
    SCHEMA,
    WEEKDAYS,
    BreakSettings,
    BreakStyle,
    GeneralSettings,
    MigrationError,
    Settings,
    SettingsStore,
    SoundSettings,
    TimeRange,
    WorkingHours,
    file_schema,
    migrate,
    parse_time_range,
    settings_from_toml,
    settings_to_toml,
)
from hipcoach.core.settings import store as store_module

NOON = time(12)
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def read(table: dict[str, Any]) -> tuple[Settings, list[str]]:
    return settings_from_toml({"schema": 1, **table})


# ---------------------------------------------------------------------- the values


def test_defaults_are_the_documented_ones() -> None:
    breaks = BreakSettings()
    assert (breaks.interval_minutes, breaks.snooze_minutes, breaks.snooze_limit) == (60, 5, 3)
    assert (breaks.absence_minutes, breaks.walk_minutes, breaks.defer_cap_minutes) == (5, 3, 30)
    assert breaks.call_hold_minutes == 60
    assert breaks.moves == (
        "standing-hip-flexor-stretch",
        "standing-glute-squeezes",
        "walk-break",
    )
    assert breaks.stretch_per_side
    assert breaks.enabled
    assert breaks.style is BreakStyle.GUIDE  # the guide's set every hour
    nine_to_five = (TimeRange(time(9), time(17)),)
    assert [breaks.working_hours.on(day) for day in range(7)] == [nine_to_five] * 5 + [(), ()]
    assert SoundSettings() == SoundSettings(enabled=True, volume=0.7, spoken_cues=False)
    general = GeneralSettings()
    assert (general.start_at_login, general.protocol, dict(general.choices)) == (
        False,
        "daily",
        {},
    )
    assert Settings.schema == SCHEMA == 1


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: BreakSettings(interval_minutes=9), "interval_minutes: must be a whole number"),
        (lambda: BreakSettings(interval_minutes=True), "interval_minutes"),
        (lambda: BreakSettings(snooze_limit=11), "snooze_limit"),
        (lambda: BreakSettings(moves=()), "moves"),
        (lambda: BreakSettings(moves=("Walk",)), "moves"),
        (lambda: BreakSettings(enabled=1), "enabled: must be true or false"),  # type: ignore[arg-type]
        (lambda: SoundSettings(volume=1.01), "volume: must be a number from 0.0 to 1.0"),
        (lambda: GeneralSettings(protocol=""), "protocol"),
        (lambda: GeneralSettings(choices={"stretch": "Couch"}), "choices.stretch"),
        (lambda: WorkingHours(mon=(TimeRange(NOON, time(9)),)), "mon: .* ends before"),
        (
            lambda: WorkingHours(tue=(TimeRange(time(9), NOON), TimeRange(time(11), time(13)))),
            'tue: "09:00-12:00" and "11:00-13:00" overlap',
        ),
    ],
)
def test_constructors_refuse_invalid_values(make: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()


def test_values_are_normalised() -> None:
    hours = WorkingHours(mon=(TimeRange(time(13), time(17)), TimeRange(time(9), NOON)))
    assert hours.mon == (TimeRange(time(9), NOON), TimeRange(time(13), time(17)))
    assert BreakSettings(moves=["walk-break"]).moves == ("walk-break",)  # type: ignore[arg-type]
    assert isinstance(SoundSettings(volume=1).volume, float)
    source = {"stretch": "couch-stretch"}
    general = GeneralSettings(choices=source)
    source["stretch"] = "other"
    assert general.choices == {"stretch": "couch-stretch"}
    with pytest.raises(TypeError):
        general.choices["x"] = "y"  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:00-17:00", TimeRange(time(9), time(17))),
        ("9:30 - 12:05", TimeRange(time(9, 30), time(12, 5))),
        ("00:00-23:59", TimeRange(time(0), time(23, 59))),
    ],
)
def test_time_ranges_are_read(text: str, expected: TimeRange) -> None:
    assert parse_time_range(text) == expected
    assert str(expected) == f"{expected.start:%H:%M}-{expected.end:%H:%M}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("9-17", r'"9-17" is not a time range like "09:00-17:00"'),
        ("09:00", "is not a time range"),
        ("17:00-09:00", "ends before it starts .*cannot cross midnight"),
        ("09:00-09:00", "ends before it starts"),
        ("09:00-24:00", "does not exist"),
        ("09:60-10:00", "does not exist"),
    ],
)
def test_bad_time_ranges_are_explained(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_time_range(text)


# ---------------------------------------------------------------------- reading


def test_an_empty_table_gives_the_defaults_without_problems() -> None:
    assert settings_from_toml({}) == (Settings(), [])
    assert read({}) == (Settings(), [])


def test_every_key_is_read() -> None:
    settings, problems = read(
        {
            "breaks": {
                "interval_minutes": 45,
                "working_hours": {"mon": ["13:30-17:00", "09:00-12:30"], "sat": ["10:00-12:00"]},
                "snooze_minutes": 10,
                "snooze_limit": 0,
                "absence_minutes": 5,
                "moves": ["walk-break"],
                "stretch_per_side": False,
                "walk_minutes": 5,
                "defer_cap_minutes": 0,
                "call_hold_minutes": 0,
                "enabled": False,
                "style": "rotation",
            },
            "sound": {"enabled": False, "volume": 0, "spoken_cues": True},
            "general": {
                "start_at_login": True,
                "protocol": "gentle",
                "choices": {"daily/stretch-2": "supine-hip-flexor-stretch"},
            },
        }
    )
    assert problems == []
    assert settings == Settings(
        breaks=BreakSettings(
            interval_minutes=45,
            working_hours=WorkingHours(
                mon=(TimeRange(time(9), time(12, 30)), TimeRange(time(13, 30), time(17))),
                sat=(TimeRange(time(10), NOON),),
            ),
            snooze_minutes=10,
            snooze_limit=0,
            absence_minutes=5,
            moves=("walk-break",),
            stretch_per_side=False,
            walk_minutes=5,
            defer_cap_minutes=0,
            call_hold_minutes=0,
            enabled=False,
            style=BreakStyle.ROTATION,
        ),
        sound=SoundSettings(enabled=False, volume=0.0, spoken_cues=True),
        general=GeneralSettings(
            start_at_login=True,
            protocol="gentle",
            choices={"daily/stretch-2": "supine-hip-flexor-stretch"},
        ),
    )


MOVES_TOML = '["standing-hip-flexor-stretch", "standing-glute-squeezes", "walk-break"]'


@pytest.mark.parametrize(
    ("section", "key", "value", "message"),
    [
        ("breaks", "interval_minutes", 5, "must be a whole number from 10 to 240; using 60"),
        ("breaks", "interval_minutes", 241, "must be a whole number from 10 to 240; using 60"),
        ("breaks", "interval_minutes", 60.0, "must be a whole number from 10 to 240; using 60"),
        ("breaks", "interval_minutes", "60", "must be a whole number from 10 to 240; using 60"),
        ("breaks", "interval_minutes", True, "must be a whole number from 10 to 240; using 60"),
        ("breaks", "snooze_minutes", 0, "must be a whole number from 1 to 60; using 5"),
        ("breaks", "snooze_limit", 11, "must be a whole number from 0 to 10; using 3"),
        ("breaks", "absence_minutes", 31, "must be a whole number from 3 to 30; using 5"),
        ("breaks", "absence_minutes", 0, "must be a whole number from 3 to 30; using 5"),
        ("breaks", "walk_minutes", 1, "must be a whole number from 2 to 5; using 3"),
        ("breaks", "defer_cap_minutes", -1, "must be a whole number from 0 to 120; using 30"),
        ("breaks", "call_hold_minutes", -1, "must be a whole number from 0 to 240; using 60"),
        ("breaks", "call_hold_minutes", 241, "must be a whole number from 0 to 240; using 60"),
        ("breaks", "call_hold_minutes", 30.5, "must be a whole number from 0 to 240; using 60"),
        ("breaks", "moves", [], f"must be a list of one or more exercise ids {'like'}"),
        ("breaks", "moves", "walk-break", f"; using {MOVES_TOML}"),
        ("breaks", "moves", ["Walk Break"], f"; using {MOVES_TOML}"),
        ("breaks", "stretch_per_side", "yes", "must be true or false; using true"),
        ("breaks", "style", "every-hour", 'must be one of "guide", "rotation"; using "guide"'),
        ("breaks", "style", 1, 'must be one of "guide", "rotation"; using "guide"'),
        ("breaks", "enabled", 1, "must be true or false; using true"),
        ("sound", "enabled", "on", "must be true or false; using true"),
        ("sound", "volume", 1.5, "must be a number from 0.0 to 1.0; using 0.7"),
        ("sound", "volume", "loud", "must be a number from 0.0 to 1.0; using 0.7"),
        ("sound", "volume", True, "must be a number from 0.0 to 1.0; using 0.7"),
        ("sound", "spoken_cues", 0, "must be true or false; using false"),
        ("general", "start_at_login", "no", "must be true or false; using false"),
        ("general", "protocol", "", 'must be an id like "daily"'),
        ("general", "protocol", "Daily Routine", '; using "daily"'),
    ],
)
def test_each_bad_value_falls_back_to_its_default_and_is_reported(
    section: str, key: str, value: object, message: str
) -> None:
    # A good neighbour in the same section must survive the bad key.
    neighbour, good = {
        "breaks": ("walk_minutes", 4) if key != "walk_minutes" else ("snooze_minutes", 7),
        "sound": ("volume", 0.25) if key != "volume" else ("enabled", False),
        "general": ("protocol", "gentle") if key != "protocol" else ("start_at_login", True),
    }[section]
    settings, problems = read({section: {key: value, neighbour: good}})
    assert len(problems) == 1
    assert problems[0].startswith(f"{section}.{key}: ")
    assert message in problems[0]
    part = getattr(settings, section)
    assert getattr(part, key) == getattr(getattr(Settings(), section), key)
    assert getattr(part, neighbour) == good


@pytest.mark.parametrize("old", [1, 2])
def test_an_absence_below_the_new_minimum_is_raised_to_it_and_reported(old: int) -> None:
    settings, problems = read({"breaks": {"absence_minutes": old, "interval_minutes": 45}})
    assert settings.breaks.absence_minutes == 3
    assert settings.breaks.interval_minutes == 45
    assert problems == [f"breaks.absence_minutes: {old} is below the least allowed now; using 3"]


def test_an_old_settings_file_with_a_two_minute_absence_loads(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("schema = 1\n[breaks]\nabsence_minutes = 2\nsnooze_minutes = 7\n")
    loaded = SettingsStore(path, clock=ManualClock(datetime(2026, 1, 5, tzinfo=UTC))).load()
    assert (loaded.settings.breaks.absence_minutes, loaded.settings.breaks.snooze_minutes) == (3, 7)
    assert loaded.problems == ("breaks.absence_minutes: 2 is below the least allowed now; using 3",)


def test_the_exact_message_for_an_out_of_range_interval() -> None:
    _, problems = read({"breaks": {"interval_minutes": 5}})
    assert problems == ["breaks.interval_minutes: must be a whole number from 10 to 240; using 60"]


def test_unknown_keys_are_reported_and_ignored() -> None:
    settings, problems = read(
        {
            "colour": "blue",
            "breaks": {"intervall_minutes": 30},
            "sound": {"voice": "x"},
            "general": {"language": "de"},
        }
    )
    assert settings == Settings()
    assert problems == [
        "breaks.intervall_minutes: unknown key (did you mean 'interval_minutes'?)",
        "sound.voice: unknown key",
        "general.language: unknown key",
        "colour: unknown key",
    ]


def test_a_section_that_is_not_a_table_gives_its_defaults() -> None:
    settings, problems = read({"breaks": 3, "sound": {"volume": 0.2}})
    assert settings == Settings(sound=SoundSettings(volume=0.2))
    assert problems == ["breaks: must be a table ([breaks]); using the defaults"]


@pytest.mark.parametrize(
    ("day", "value", "message"),
    [
        ("mon", ["9-17"], 'mon: "9-17" is not a time range like "09:00-17:00"'),
        ("tue", ["17:00-09:00"], 'tue: "17:00-09:00" ends before it starts'),
        ("wed", ["09:00-12:00", "11:00-17:00"], 'wed: "09:00-12:00" and "11:00-17:00" overlap'),
        ("thu", 9, 'thu: must be a list of time ranges like ["09:00-17:00"]'),
        ("fri", ["09:00-12:00", 13], "fri: must be a list of time ranges"),
    ],
)
def test_bad_working_hours_fall_back_for_that_day(day: str, value: object, message: str) -> None:
    settings, problems = read({"breaks": {"working_hours": {day: value, "sat": ["10:00-11:00"]}}})
    weekday = WEEKDAYS.index(day)
    assert len(problems) == 1
    assert problems[0].startswith(f"breaks.working_hours.{message}")
    assert problems[0].endswith("; using 09:00-17:00 on " + _DAY_NAMES[weekday])
    hours = settings.breaks.working_hours
    assert hours.on(weekday) == WorkingHours().on(weekday)
    assert hours.sat == (TimeRange(time(10), time(11)),)


def test_working_hours_details() -> None:
    settings, problems = read(
        {
            "breaks": {
                "working_hours": {
                    "mon": "8:00-16:00",
                    "tue": [],
                    "sun": ["25:00-26:00"],
                    "monday": ["09:00-17:00"],
                }
            }
        }
    )
    hours = settings.breaks.working_hours
    assert hours.mon == (TimeRange(time(8), time(16)),)
    assert hours.tue == ()
    assert hours.wed == WorkingHours().wed
    assert hours.sun == ()
    assert problems == [
        'breaks.working_hours.sun: "25:00-26:00" has a time that does not exist (00:00 to 23:59)'
        "; using no hours (no breaks that day) on Sunday",
        "breaks.working_hours.monday: unknown key (did you mean 'mon'?)",
    ]
    _, not_a_table = read({"breaks": {"working_hours": ["09:00-17:00"]}})
    assert not_a_table == [
        'breaks.working_hours: must be a table of weekdays like mon = ["09:00-17:00"]; '
        "using the default hours"
    ]


def test_a_day_turned_off_keeps_its_hours() -> None:
    early = (TimeRange(time(7), NOON),)
    hours = WorkingHours().with_day("fri", early).turned_off("fri")
    assert hours.fri == ()
    assert hours.on(4) == ()  # kept hours never count
    assert hours.kept_while_off == {"fri": early}
    assert hours.with_day("fri", early) == WorkingHours().with_day("fri", early)
    assert hours.turned_off("sat") == hours  # a day with no hours keeps none
    # A day that is on keeps nothing; a bad kept range is refused like any other.
    assert WorkingHours(kept_while_off={"mon": early}).kept_while_off == {}
    with pytest.raises(ValueError, match=r"kept_while_off\.sun: .* ends before it starts"):
        WorkingHours(kept_while_off={"sun": (TimeRange(NOON, time(9)),)})
    with pytest.raises(ValueError, match="kept_while_off: someday is no weekday"):
        WorkingHours(kept_while_off={"someday": early})


def test_kept_hours_are_written_beside_the_days_an_older_version_reads() -> None:
    hours = WorkingHours().turned_off("fri")
    table = settings_to_toml(Settings(breaks=BreakSettings(working_hours=hours)))
    # "fri = []" stays as before, so an older hipcoach also leaves Friday off.
    assert table["breaks"] == {
        "working_hours": {"fri": [], "kept_while_off": {"fri": ["09:00-17:00"]}}
    }
    settings, problems = settings_from_toml(tomllib.loads(tomli_w.dumps(table)))
    assert problems == []
    assert settings.breaks.working_hours == hours


def test_bad_kept_hours_are_ignored_with_a_problem() -> None:
    settings, problems = read(
        {
            "breaks": {
                "working_hours": {
                    "sat": [],
                    "kept_while_off": {"sat": ["10:00-09:00"], "sun": ["10:00-14:00"], "x": []},
                }
            }
        }
    )
    hours = settings.breaks.working_hours
    assert hours.kept_while_off == {"sun": (TimeRange(time(10), time(14)),)}
    assert problems == [
        'breaks.working_hours.kept_while_off.sat: "10:00-09:00" ends before it starts'
        " (a range cannot cross midnight; split it over two days); ignored",
        "breaks.working_hours.kept_while_off.x: unknown key",
    ]
    _, not_a_table = read({"breaks": {"working_hours": {"kept_while_off": ["09:00-17:00"]}}})
    assert not_a_table == [
        "breaks.working_hours.kept_while_off: must be a table of weekdays"
        ' like mon = ["09:00-17:00"]; ignored'
    ]


def test_bad_choices_are_dropped_one_by_one() -> None:
    settings, problems = read(
        {"general": {"choices": {"stretch": "couch-stretch", "release": 3, " ": "x"}}}
    )
    assert settings.general.choices == {"stretch": "couch-stretch"}
    assert problems == [
        'general.choices.release: must be an exercise id like "couch-stretch"; ignored',
        'general.choices. : must be an exercise id like "couch-stretch"; ignored',
    ]
    _, not_a_table = read({"general": {"choices": "couch-stretch"}})
    assert not_a_table[0].startswith("general.choices: must be a table")


# ---------------------------------------------------------------------- writing


def test_the_break_style_is_read_as_its_word_and_written_only_when_not_the_guide() -> None:
    settings, problems = read({"breaks": {"style": "rotation"}})
    assert problems == []
    assert settings.breaks.style is BreakStyle.ROTATION
    assert settings_to_toml(settings) == {"schema": 1, "breaks": {"style": "rotation"}}
    assert BreakSettings(style="rotation").style is BreakStyle.ROTATION  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="style: must be one of"):
        BreakSettings(style="hourly")  # type: ignore[arg-type]


def test_a_file_from_before_the_break_style_gets_the_guide_s_set() -> None:
    older = {"schema": 1, "breaks": {"moves": ["walk-break"], "walk_minutes": 4}}
    settings, problems = read(older)
    assert problems == []
    assert settings.breaks.style is BreakStyle.GUIDE
    assert settings.breaks.moves == ("walk-break",)


def test_default_settings_write_only_the_schema() -> None:
    assert settings_to_toml(Settings()) == {"schema": 1}
    assert tomli_w.dumps(settings_to_toml(Settings())) == "schema = 1\n"


def test_only_non_default_values_are_written() -> None:
    changed = Settings(
        breaks=BreakSettings(
            interval_minutes=45,
            working_hours=WorkingHours(mon=(TimeRange(time(8), NOON),), sat=()),
        ),
        general=GeneralSettings(choices={"daily/stretch-2": "couch-stretch"}),
    )
    assert settings_to_toml(changed) == {
        "schema": 1,
        "breaks": {"interval_minutes": 45, "working_hours": {"mon": ["08:00-12:00"]}},
        "general": {"choices": {"daily/stretch-2": "couch-stretch"}},
    }
    weekend = Settings(breaks=BreakSettings(working_hours=WorkingHours(fri=())))
    assert settings_to_toml(weekend)["breaks"] == {"working_hours": {"fri": []}}


def test_never_holding_breaks_for_calls_is_written_and_read_back() -> None:
    never = Settings(breaks=BreakSettings(call_hold_minutes=0))
    table = settings_to_toml(never)
    assert table == {"schema": 1, "breaks": {"call_hold_minutes": 0}}
    assert settings_from_toml(table) == (never, [])
    with pytest.raises(ValueError, match="call_hold_minutes"):
        BreakSettings(call_hold_minutes=241)


TIMES = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 59]))


@st.composite
def day_ranges(draw: st.DrawFn) -> tuple[TimeRange, ...]:
    points = sorted(set(draw(st.lists(TIMES, max_size=6))))
    pairs = list(zip(points[::2], points[1::2], strict=False))
    return tuple(TimeRange(start, end) for start, end in pairs)


SETTINGS = st.builds(
    Settings,
    breaks=st.builds(
        BreakSettings,
        interval_minutes=st.integers(10, 240),
        working_hours=st.builds(
            WorkingHours,
            **dict.fromkeys(WEEKDAYS, day_ranges()),
            kept_while_off=st.dictionaries(st.sampled_from(WEEKDAYS), day_ranges()),
        ),
        snooze_minutes=st.integers(1, 60),
        snooze_limit=st.integers(0, 10),
        absence_minutes=st.integers(3, 30),
        moves=st.lists(st.sampled_from(DEFAULT_MOVES), min_size=1).map(tuple),
        stretch_per_side=st.booleans(),
        walk_minutes=st.integers(2, 5),
        defer_cap_minutes=st.integers(0, 120),
        call_hold_minutes=st.integers(0, 240),
        enabled=st.booleans(),
        style=st.sampled_from(BreakStyle),
    ),
    sound=st.builds(
        SoundSettings,
        enabled=st.booleans(),
        volume=st.floats(0.0, 1.0),
        spoken_cues=st.booleans(),
    ),
    general=st.builds(
        GeneralSettings,
        start_at_login=st.booleans(),
        protocol=st.sampled_from(["daily", "gentle", "my-plan-2"]),
        choices=st.dictionaries(
            st.text(min_size=1).filter(str.strip), st.sampled_from(["couch-stretch", "a-1"])
        ),
    ),
)


@given(SETTINGS)
def test_any_settings_survive_a_trip_through_a_toml_file(settings: Settings) -> None:
    text = tomli_w.dumps(settings_to_toml(settings))
    assert settings_from_toml(tomllib.loads(text)) == (settings, [])


# ---------------------------------------------------------------------- versions


def rename_interval(table: dict[str, Any]) -> dict[str, Any]:
    """A version 0 -> 1 step as a real one would look: an old key gets its new name."""
    if "interval" in table:
        table.setdefault("breaks", {})["interval_minutes"] = table.pop("interval")
    return table


def test_migrate_upgrades_by_schema_number_without_touching_its_input() -> None:
    old = {"schema": 0, "interval": 45, "sound": {"volume": 0.5}}
    upgraded = migrate(old, migrations={0: rename_interval})
    assert upgraded == {"schema": 1, "breaks": {"interval_minutes": 45}, "sound": {"volume": 0.5}}
    assert old == {"schema": 0, "interval": 45, "sound": {"volume": 0.5}}


def test_migrate_chains_steps_and_leaves_current_and_newer_tables_alone() -> None:
    def add_marker(table: dict[str, Any]) -> dict[str, Any]:
        table.setdefault("steps", []).append(table["schema"])
        return table

    chained = migrate({"schema": 0}, migrations={0: add_marker, 1: add_marker}, target=2)
    assert chained == {"schema": 2, "steps": [0, 1]}
    assert migrate({"schema": 1, "x": 1}, migrations={0: add_marker}) == {"schema": 1, "x": 1}
    assert migrate({"schema": 7}, migrations={0: add_marker}) == {"schema": 7}
    with pytest.raises(MigrationError, match="version -1 cannot be upgraded"):
        migrate({"schema": -1}, migrations={0: add_marker})


def test_reading_an_old_table_migrates_it_first() -> None:
    settings, problems = settings_from_toml(
        {"schema": 0, "interval": 45}, migrations={0: rename_interval}
    )
    assert problems == []
    assert settings.breaks.interval_minutes == 45
    _, unmigratable = settings_from_toml({"schema": 0, "interval": 45})
    assert unmigratable[0] == (
        "schema: settings version 0 cannot be upgraded; reading it as version 1"
    )
    assert unmigratable[1].startswith("interval: unknown key")


def test_a_newer_table_is_read_as_far_as_it_is_understood() -> None:
    settings, problems = settings_from_toml(
        {"schema": 2, "breaks": {"interval_minutes": 30, "mood": "calm"}}
    )
    assert settings.breaks.interval_minutes == 30
    assert problems[0] == (
        "schema: written by a newer hipcoach (settings version 2, this one reads 1); "
        "reading what this version understands"
    )
    assert problems[1:] == ["breaks.mood: unknown key"]
    assert file_schema({"schema": 2}) == 2
    assert file_schema({}) is None
    assert file_schema({"schema": "2"}) is None


def test_a_bad_schema_number_is_reported() -> None:
    settings, problems = settings_from_toml({"schema": "1", "sound": {"volume": 0.1}})
    assert settings.sound.volume == 0.1
    assert problems == ["schema: must be a whole number; reading as version 1"]


# ---------------------------------------------------------------------- the file


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 1, 5, 9, 30, 15, tzinfo=UTC))


@pytest.fixture
def store(tmp_path: Path, clock: ManualClock) -> SettingsStore:
    return SettingsStore(tmp_path / "settings.toml", clock=clock)


def test_a_missing_file_gives_the_defaults_silently(store: SettingsStore) -> None:
    result = store.load()
    assert (result.settings, result.problems, result.notice) == (Settings(), (), None)
    assert not store.path.exists()
    assert not store.read_only


def test_the_store_lives_in_the_config_folder(tmp_path: Path, clock: ManualClock) -> None:
    paths = AppPaths.under(tmp_path)
    assert SettingsStore.for_paths(paths, clock=clock).path == paths.config_dir / "settings.toml"


def test_save_and_load_round_trip(store: SettingsStore, clock: ManualClock) -> None:
    settings = Settings(
        breaks=BreakSettings(interval_minutes=50, snooze_limit=1),
        sound=SoundSettings(volume=0.3),
    )
    assert store.save(settings)
    again = SettingsStore(store.path, clock=clock).load()
    assert (again.settings, again.problems, again.notice) == (settings, (), None)


def test_saving_the_defaults_writes_just_the_schema(store: SettingsStore) -> None:
    result = store.save(Settings())
    assert result.saved
    assert result.notice is None
    assert store.path.read_text(encoding="utf-8") == "schema = 1\n"


def test_saving_keeps_the_previous_file_as_bak(store: SettingsStore) -> None:
    store.save(Settings(breaks=BreakSettings(interval_minutes=30)))
    first = store.path.read_bytes()
    store.save(Settings(breaks=BreakSettings(interval_minutes=40)))
    assert store.path.with_name("settings.toml.bak").read_bytes() == first
    assert b"interval_minutes = 40" in store.path.read_bytes()


def test_problems_in_the_file_are_passed_on(store: SettingsStore) -> None:
    store.path.write_text("schema = 1\n[breaks]\ninterval_minutes = 5\nsnooze_minutes = 9\n")
    result = store.load()
    assert result.problems == (
        "breaks.interval_minutes: must be a whole number from 10 to 240; using 60",
    )
    assert result.settings.breaks.snooze_minutes == 9
    assert result.notice is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"schema = 1\n[breaks\ninterval_minutes = 30\n", "line 2: invalid TOML"),
        (b'schema = 1\nname = "caf\xe9"\n', "line 2: not valid UTF-8"),
    ],
    ids=["syntax", "encoding"],
)
def test_an_unreadable_file_is_moved_aside_and_never_overwritten(
    store: SettingsStore, content: bytes, reason: str
) -> None:
    store.path.write_bytes(content)
    result = store.load()
    moved = store.path.with_name("settings.toml.corrupt-20260105-093015")
    assert result.settings == Settings()
    assert result.notice is not None
    assert reason in result.notice
    assert str(moved) in result.notice
    assert moved.read_bytes() == content
    assert not store.path.exists()
    assert not store.read_only
    assert store.save(Settings(sound=SoundSettings(volume=0.1)))
    assert moved.read_bytes() == content
    assert store.load().settings.sound.volume == 0.1


def test_two_corrupt_files_in_the_same_second_both_survive(store: SettingsStore) -> None:
    store.path.write_bytes(b"= first")
    store.load()
    store.path.write_bytes(b"= second")
    result = store.load()
    second = store.path.with_name("settings.toml.corrupt-20260105-093015-2")
    assert second.read_bytes() == b"= second"
    assert result.notice is not None
    assert str(second) in result.notice
    assert store.path.with_name("settings.toml.corrupt-20260105-093015").read_bytes() == (
        b"= first"
    )


def test_a_blank_file_is_just_defaults(store: SettingsStore) -> None:
    store.path.write_bytes(b"\n  \n")
    result = store.load()
    assert (result.settings, result.notice) == (Settings(), None)
    assert store.path.exists()


NEWER = b'schema = 2\n[breaks]\ninterval_minutes = 30\nmood = "calm"\n'


def test_a_file_from_a_newer_version_is_used_but_never_overwritten(
    store: SettingsStore,
) -> None:
    store.path.write_bytes(NEWER)
    result = store.load()
    assert result.settings.breaks.interval_minutes == 30
    assert store.read_only
    assert result.notice is not None
    assert "newer version" in result.notice
    saved = store.save(Settings())
    assert not saved
    assert saved.notice == result.notice
    assert store.path.read_bytes() == NEWER
    assert not store.path.with_name("settings.toml.bak").exists()


def test_save_without_load_still_refuses_a_newer_file(store: SettingsStore) -> None:
    store.path.write_bytes(NEWER)
    assert not store.save(Settings())
    assert store.path.read_bytes() == NEWER


def test_a_file_that_cannot_be_opened_is_left_alone(store: SettingsStore) -> None:
    store.path.mkdir()  # reading a folder fails whoever runs the tests
    result = store.load()
    assert result.settings == Settings()
    assert result.notice is not None
    assert "could not be read" in result.notice
    assert store.read_only
    assert not store.save(Settings())
    assert store.path.is_dir()
    assert list(store.path.parent.iterdir()) == [store.path]


def test_a_failed_write_is_reported_not_raised(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "write_atomic", full_disk)
    result = store.save(Settings())
    assert not result
    assert result.notice == f"Settings could not be saved to {store.path}: No space left on device"


def test_settings_are_values() -> None:
    one = Settings(general=GeneralSettings(choices={"a": "couch-stretch"}))
    two = dataclasses.replace(one)
    assert one == two
    assert one != Settings()
