"""The history store's records and queries: round trips, ranges, local days, indexes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hipcoach.core.adherence import SessionStatus, WorkTally
from hipcoach.core.clock import ManualClock
from hipcoach.core.history import (
    BreakRecord,
    HistoryStore,
    PainEntry,
    RedFlagCheckIn,
    StepRecord,
    step_record,
)
from hipcoach.core.history_records import BreakAction, PainMoment, RedFlagTrigger
from hipcoach.core.plan import PlanPreferences, compile_plan
from hipcoach.core.programme import DayActivity
from hipcoach.core.session import SessionRunner, StepEnded
from tests.core.factories import exercise, hold, library_of, paced, routine

BERLIN = ZoneInfo("Europe/Berlin")
KOLKATA = timezone(timedelta(hours=5, minutes=30))
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=BERLIN)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3", clock=ManualClock(NOW)).store as opened:
        yield opened


def berlin(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def step(session_id: int, index: int, outcome: str = "completed", **fields: Any) -> StepRecord:
    values: dict[str, Any] = {
        "exercise_id": "kneeling-hip-flexor-stretch",
        "side": "left",
        "set": 1,
        "rep": None,
        "active_seconds": 30.0,
        "ended_at": NOW + timedelta(seconds=30 * (index + 1)),
    }
    values.update(fields)
    return StepRecord(session_id, index, outcome=outcome, **values)


def same_instant_and_offset(got: datetime | None, expected: datetime | None) -> bool:
    if got is None or expected is None:
        return got is expected
    return got == expected and got.utcoffset() == expected.utcoffset()


# --------------------------------------------------------------------------- sessions and steps


def test_a_session_round_trips_with_its_offset(store: HistoryStore) -> None:
    started = datetime(2026, 7, 1, 18, 0, 0, 123456, tzinfo=BERLIN)  # summer time, +02:00
    session_id = store.start_session("daily", started)
    (fresh,) = store.sessions()
    assert fresh.id == session_id
    assert (fresh.protocol_id, fresh.ended_at, fresh.active_seconds) == ("daily", None, 0.0)
    assert fresh.completed is False
    assert same_instant_and_offset(fresh.started_at, started)
    assert fresh.started_at.utcoffset() == timedelta(hours=2)

    ended = datetime(2026, 7, 1, 21, 50, tzinfo=KOLKATA)
    store.finish_session(session_id, ended, 1187.25, WorkTally(900.0, 850.0, 10.0))
    finished = store.session(session_id)
    assert finished is not None
    assert same_instant_and_offset(finished.ended_at, ended)
    assert (finished.active_seconds, finished.completed) == (1187.25, True)
    assert finished.status is SessionStatus.COMPLETE
    assert (finished.work_planned_seconds, finished.work_done_seconds) == (900.0, 850.0)
    assert finished.work_pain_seconds == 10.0
    assert store.session(session_id + 1) is None


def test_finishing_an_unknown_session_is_an_error(store: HistoryStore) -> None:
    with pytest.raises(KeyError, match="no session 42"):
        store.finish_session(42, NOW, 10.0, WorkTally(0, 0))


def test_naive_times_are_refused(store: HistoryStore) -> None:
    with pytest.raises(ValueError, match="aware"):
        store.start_session("daily", datetime(2026, 1, 5, 9, 0))
    with pytest.raises(ValueError, match="aware"):
        store.sessions(since=datetime(2026, 1, 5))


def test_steps_round_trip_in_the_order_recorded(store: HistoryStore) -> None:
    first = store.start_session("daily", NOW)
    other = store.start_session("daily", NOW + timedelta(hours=1))
    records = [
        step(first, 3, side="left", set=1, rep=None),
        step(first, 5, "skipped", side="right", set=2, rep=None, active_seconds=0.0),
        step(first, 4, "stopped-for-pain", side=None, set=None, rep=7, active_seconds=2.5),
        step(first, 4, side=None, set=None, rep=7),  # went back and did it again
        step(other, 0, "stopped", exercise_id="glute-bridge", ended_at=berlin(2026, 1, 5, 11)),
    ]
    for record in records:
        store.record_step(record)
    assert store.steps(first) == records[:4]
    assert store.steps(other) == records[4:]
    assert list(store.all_steps()) == records
    for got, expected in zip(store.steps(first), records, strict=False):
        assert same_instant_and_offset(got.ended_at, expected.ended_at)


def test_a_step_of_an_unknown_session_is_refused(store: HistoryStore) -> None:
    with pytest.raises(KeyError, match="no session 9"):
        store.record_step(step(9, 0))
    assert list(store.all_steps()) == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"outcome": "done"}, "outcome"),
        ({"side": "both"}, "side"),
        ({"set": 0}, "set"),
        ({"rep": 1.5}, "rep"),
        ({"active_seconds": -1.0}, "active_seconds"),
        ({"exercise_id": ""}, "exercise_id"),
        ({"ended_at": datetime(2026, 1, 5, 9, 0)}, "aware"),
    ],
)
def test_bad_steps_are_refused(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        step(1, 0, **fields)


def test_step_record_keeps_the_work_of_a_real_run(store: HistoryStore) -> None:
    kneel = exercise("kneel", dosage=hold(20, sets=2, rest=10), per_side=True)
    bridge = exercise("bridge", dosage=paced(2, lift=1, lower=1))
    plan = compile_plan(
        routine(("Stretch", ["kneel"]), ("Strengthen", ["bridge"])),
        library_of(kneel, bridge),
        PlanPreferences(get_ready_seconds=5, phase_intro_seconds=3, switch_seconds=4),
    )
    clock = ManualClock()
    runner = SessionRunner(plan, clock, max_gap_seconds=None)
    events = runner.start()
    while runner.state.value == "running":
        clock.advance(1.0)
        events += runner.advance()
    ended = [event for event in events if isinstance(event, StepEnded)]
    session_id = store.start_session(plan.routine_id, NOW)
    for event in ended:
        record = step_record(session_id, event, NOW)
        if record is not None:
            store.record_step(record)

    stored = store.steps(session_id)
    work = [event for event in ended if event.step.is_work]
    assert len(work) < len(ended)  # intros, get-ready, rests and switches were left out
    assert [record.step_index for record in stored] == [event.index for event in work]
    assert {(r.exercise_id, r.side, r.set) for r in stored if r.exercise_id == "kneel"} == {
        ("kneel", side, number) for side in ("left", "right") for number in (1, 2)
    }
    assert {r.rep for r in stored if r.exercise_id == "bridge"} == {1, 2}
    assert all(record.outcome == "completed" for record in stored)
    assert [record.active_seconds for record in stored] == [
        pytest.approx(event.active_seconds) for event in work
    ]


def test_sessions_are_selected_by_start_in_a_half_open_range(store: HistoryStore) -> None:
    starts = [berlin(2026, 1, day, 8) for day in (3, 4, 5, 6)]
    ids = [store.start_session("daily", start) for start in reversed(starts)]
    assert [s.started_at for s in store.sessions()] == starts
    picked = store.sessions(since=starts[1], until=starts[3])
    assert [s.started_at for s in picked] == starts[1:3]
    assert [s.id for s in picked] == [ids[2], ids[1]]
    assert [s.started_at for s in store.sessions(until=starts[1])] == starts[:1]
    assert [s.started_at for s in store.sessions(since=starts[3])] == starts[3:]


def test_ranges_compare_instants_not_local_clock_text(store: HistoryStore) -> None:
    # 10:00 in Kolkata is 04:30 UTC: earlier than 08:00 UTC though its text sorts later.
    early = datetime(2026, 1, 5, 10, 0, tzinfo=KOLKATA)
    late = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    store.start_session("late", late)
    store.start_session("early", early)
    assert [s.protocol_id for s in store.sessions()] == ["early", "late"]
    assert [
        s.protocol_id for s in store.sessions(until=datetime(2026, 1, 5, 5, 0, tzinfo=UTC))
    ] == ["early"]


# --------------------------------------------------------------------------- breaks


def test_breaks_round_trip_and_take_their_answer_later(store: HistoryStore) -> None:
    shown = BreakRecord(
        due_at=berlin(2026, 1, 5, 10, 0),
        shown_at=datetime(2026, 1, 5, 9, 12, tzinfo=UTC),  # 10:12 in Berlin
        answered_at=None,
        action=BreakAction.SHOWN,
        reason=None,
        move="standing-hip-flexor-stretch",
        deferred=True,
    )
    break_id = store.record_break(shown)
    (stored,) = store.breaks()
    assert stored == BreakRecord(
        due_at=shown.due_at,
        shown_at=shown.shown_at,
        answered_at=None,
        action=BreakAction.SHOWN,
        reason=None,
        move=shown.move,
        deferred=True,
        id=break_id,
    )
    assert same_instant_and_offset(stored.shown_at, shown.shown_at)

    answered = berlin(2026, 1, 5, 10, 13)
    store.update_break(
        break_id, action=BreakAction.SKIPPED, answered_at=answered, reason="in a meeting"
    )
    (updated,) = store.breaks()
    assert (updated.action, updated.reason, updated.deferred) == ("skipped", "in a meeting", True)
    assert same_instant_and_offset(updated.answered_at, answered)
    with pytest.raises(KeyError):
        store.update_break(break_id + 1, action=BreakAction.DONE, answered_at=answered)
    with pytest.raises(ValueError, match="action"):
        store.update_break(break_id, action="ignored", answered_at=answered)  # type: ignore[arg-type]


def test_breaks_are_selected_by_when_they_were_shown(store: HistoryStore) -> None:
    times = [berlin(2026, 1, 5, hour) for hour in (9, 10, 11)]
    for shown in times:
        store.record_break(
            BreakRecord(
                shown - timedelta(hours=2),
                shown,
                shown,
                BreakAction.DONE,
                None,
                "walk-break",
                False,
            )
        )
    assert [b.shown_at for b in store.breaks(times[1], times[2])] == [times[1]]
    assert [b.shown_at for b in store.breaks(since=times[1])] == times[1:]


def test_a_bad_break_action_is_refused() -> None:
    with pytest.raises(ValueError, match="action"):
        BreakRecord(NOW, NOW, None, "dismissed", None, "walk-break", False)  # type: ignore[arg-type]


def test_the_words_are_stored_as_the_strings_they_always_were(store: HistoryStore) -> None:
    assert [action.value for action in BreakAction] == ["shown", "done", "snoozed", "skipped"]
    assert [moment.value for moment in PainMoment] == ["before", "after", "quick"]
    assert [trigger.value for trigger in RedFlagTrigger] == [
        "first-session",
        "fortnightly",
        "sharp-pain",
        "manual",
        "follow-up",
    ]
    break_id = store.record_break(
        BreakRecord(NOW, NOW, None, BreakAction.SHOWN, None, "walk-break", False)
    )
    store.update_break(break_id, action=BreakAction.SNOOZED, answered_at=NOW)
    store.add_pain(PainEntry(NOW, PainMoment.AFTER, pain=2))
    store.add_red_flags(RedFlagCheckIn(NOW, RedFlagTrigger.FOLLOW_UP, {}))
    raw = sqlite3.connect(store.path)
    try:
        stored = [
            raw.execute(f"SELECT {column}, typeof({column}) FROM {table}").fetchall()
            for table, column in (
                ("breaks", "action"),
                ("pain_entries", "moment"),
                ("red_flag_checkins", "trigger"),
            )
        ]
    finally:
        raw.close()
    assert stored == [[("snoozed", "text")], [("after", "text")], [("follow-up", "text")]]
    (read,) = store.breaks()
    assert read.action is BreakAction.SNOOZED
    assert store.pain_entries()[0].moment is PainMoment.AFTER
    assert store.pain_readings()[0].moment is PainMoment.AFTER
    assert store.red_flag_checkins()[0].trigger is RedFlagTrigger.FOLLOW_UP


def test_a_record_made_from_a_stored_string_holds_the_word() -> None:
    made = BreakRecord(NOW, NOW, None, "done", None, "walk-break", False)  # type: ignore[arg-type]
    assert made.action is BreakAction.DONE
    assert PainEntry(NOW, "quick").moment is PainMoment.QUICK  # type: ignore[arg-type]
    assert RedFlagCheckIn(NOW, "manual", {}).trigger is RedFlagTrigger.MANUAL  # type: ignore[arg-type]


# --------------------------------------------------------------------------- pain journal


def test_pain_entries_round_trip(store: HistoryStore) -> None:
    session_id = store.start_session("daily", NOW)
    full = PainEntry(
        at=berlin(2026, 1, 5, 9, 1),
        moment=PainMoment.BEFORE,
        pain=6,
        areas=("lower-back", "front-of-hip"),
        stiffness=7,
        tight_left=8,
        tight_right=3,
        session_id=session_id,
        note="stiff after the drive,\nworse on the left",
    )
    bare = PainEntry(
        at=datetime(2026, 1, 6, 20, 0, tzinfo=KOLKATA), moment=PainMoment.QUICK, pain=0
    )
    first, second = store.add_pain(full), store.add_pain(bare)
    entries = store.pain_entries()
    assert entries == [
        PainEntry(**{**full.__dict__, "id": first}),
        PainEntry(**{**bare.__dict__, "id": second}),
    ]
    assert entries[0].areas == ("lower-back", "front-of-hip")
    assert entries[1].areas == ()
    assert (entries[1].stiffness, entries[1].session_id, entries[1].note) == (None, None, None)
    assert same_instant_and_offset(entries[1].at, bare.at)
    assert store.pain_entries(since=berlin(2026, 1, 6)) == entries[1:]
    assert store.pain_entries(until=berlin(2026, 1, 6)) == entries[:1]


def test_a_pain_entry_for_an_unknown_session_is_refused(store: HistoryStore) -> None:
    with pytest.raises(KeyError):
        store.add_pain(PainEntry(at=NOW, moment=PainMoment.AFTER, pain=2, session_id=77))
    assert store.pain_entries() == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"pain": 11}, "pain"),
        ({"pain": -1}, "pain"),
        ({"pain": True}, "pain"),
        ({"stiffness": 2.5}, "stiffness"),
        ({"tight_left": 12}, "tight_left"),
        ({"tight_right": -3}, "tight_right"),
        ({"areas": ("knee",)}, "areas"),
        ({"areas": ("outer-hip", "outer-hip")}, "repeat"),
        ({"moment": "during"}, "moment"),
        ({"at": datetime(2026, 1, 5, 9, 0)}, "aware"),
    ],
)
def test_bad_pain_entries_are_refused(fields: dict[str, object], message: str) -> None:
    values: dict[str, object] = {"at": NOW, "moment": "quick", "pain": 3}
    values.update(fields)
    with pytest.raises(ValueError, match=message):
        PainEntry(**values)  # type: ignore[arg-type]


def test_pain_scale_ends_are_accepted() -> None:
    entry = PainEntry(NOW, PainMoment.AFTER, pain=0, stiffness=10, tight_left=0, tight_right=10)
    assert (entry.pain, entry.stiffness) == (0, 10)


# --------------------------------------------------------------------------- red flags, cautions


def test_red_flag_checkins_round_trip(store: HistoryStore) -> None:
    calm = RedFlagCheckIn(
        at=berlin(2026, 1, 5, 9),
        trigger=RedFlagTrigger.FIRST_SESSION,
        answers={"nerve-symptoms": False, "altered-walking": False, "hip-history": False},
    )
    worried = RedFlagCheckIn(
        at=berlin(2026, 1, 19, 9),
        trigger=RedFlagTrigger.FORTNIGHTLY,
        answers={"no-improvement": True, "sudden-onset": False},
    )
    ids = [store.add_red_flags(calm), store.add_red_flags(worried)]
    stored = store.red_flag_checkins()
    assert [checkin.id for checkin in stored] == ids
    assert [dict(checkin.answers) for checkin in stored] == [
        dict(calm.answers),
        dict(worried.answers),
    ]
    assert [checkin.trigger for checkin in stored] == ["first-session", "fortnightly"]
    assert [checkin.any_yes for checkin in stored] == [False, True]
    assert stored[1].at == worried.at


def test_red_flag_answers_are_read_only_and_checked() -> None:
    answers = {"nerve-symptoms": True}
    checkin = RedFlagCheckIn(NOW, RedFlagTrigger.MANUAL, answers)
    answers["nerve-symptoms"] = False  # the caller's dict is copied
    assert checkin.any_yes
    with pytest.raises(TypeError):
        checkin.answers["nerve-symptoms"] = False  # type: ignore[index]
    with pytest.raises(ValueError, match="true or false"):
        RedFlagCheckIn(NOW, RedFlagTrigger.MANUAL, {"nerve-symptoms": "yes"})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="trigger"):
        RedFlagCheckIn(NOW, "weekly", {})  # type: ignore[arg-type]


def test_cautions_are_acknowledged_once(store: HistoryStore) -> None:
    assert store.acknowledged_cautions() == set()
    store.acknowledge_caution("couch-stretch", NOW)
    store.acknowledge_caution("couch-stretch", NOW + timedelta(days=1))
    store.acknowledge_caution("psoas-march", NOW)
    assert store.acknowledged_cautions() == {"couch-stretch", "psoas-march"}


# --------------------------------------------------------------------------- local days


def _counted(store: HistoryStore, started: datetime, done: float = 600.0) -> int:
    """Add a session of 600 s of planned work with ``done`` of it done; return its id."""
    session_id = store.start_session("daily", started)
    store.finish_session(session_id, started + timedelta(minutes=20), 1200.0, WorkTally(600, done))
    return session_id


def test_first_session_date_is_a_local_date(store: HistoryStore) -> None:
    assert store.first_session_date(BERLIN) is None
    _counted(store, datetime(2026, 2, 1, 12, 0, tzinfo=UTC))
    _counted(store, datetime(2026, 1, 31, 23, 30, tzinfo=UTC), 200.0)  # 00:30 in Berlin; partial
    assert store.first_session_date(BERLIN) == date(2026, 2, 1)
    assert store.first_session_date(UTC) == date(2026, 1, 31)


def test_the_programme_starts_with_the_first_session_that_counts(store: HistoryStore) -> None:
    _counted(store, berlin(2026, 1, 3, 8), done=30.0)  # tapped through: abandoned
    store.start_session("daily", berlin(2026, 1, 4, 8))  # started, never finished, nothing done
    assert store.first_session_date(BERLIN) is None
    _counted(store, berlin(2026, 1, 6, 8), done=590.0)
    assert store.first_session_date(BERLIN) == date(2026, 1, 6)


def _session(store: HistoryStore, started: datetime, kind: str) -> None:
    """Add a session that is ``completed``, ``partial`` or ``empty`` (hardly any work done)."""
    session_id = store.start_session("daily", started)
    store.record_step(step(session_id, 0, "skipped", ended_at=started))
    if kind in ("completed", "partial"):
        store.record_step(step(session_id, 1, ended_at=started))
    done = {"completed": 600.0, "partial": 300.0, "empty": 30.0}[kind]
    store.finish_session(
        session_id, started + timedelta(minutes=20), 1200.0, WorkTally(600.0, done)
    )


def _break(store: HistoryStore, shown: datetime, action: BreakAction) -> None:
    store.record_break(BreakRecord(shown, shown, shown, action, None, "walk-break", False))


def test_day_activity_follows_local_days_across_spring_forward(store: HistoryStore) -> None:
    # Berlin moves from +01:00 to +02:00 at 02:00 on Sunday 29 March 2026: a 23-hour day.
    _session(store, berlin(2026, 3, 28, 23, 30), "completed")  # 22:30 UTC on the 28th
    _session(store, berlin(2026, 3, 29, 0, 15), "partial")  # 23:15 UTC on the 28th
    _session(store, berlin(2026, 3, 29, 23, 45), "empty")  # started, nothing completed
    _session(store, datetime(2026, 3, 29, 22, 30, tzinfo=UTC), "completed")  # 00:30 on the 30th
    _break(store, berlin(2026, 3, 28, 23, 55), BreakAction.DONE)
    _break(store, datetime(2026, 3, 28, 23, 5, tzinfo=UTC), BreakAction.DONE)  # 00:05 on the 29th
    _break(store, berlin(2026, 3, 29, 10, 0), BreakAction.SKIPPED)
    _break(store, berlin(2026, 3, 29, 11, 0), BreakAction.SNOOZED)

    assert store.day_activity(date(2026, 3, 27), date(2026, 3, 30), BERLIN) == {
        date(2026, 3, 27): DayActivity(0, 0, 0),
        date(2026, 3, 28): DayActivity(1, 0, 1),
        date(2026, 3, 29): DayActivity(0, 1, 1),
        date(2026, 3, 30): DayActivity(1, 0, 0),
    }
    # The 29th alone: what started after its local midnight and before the next one.
    assert store.day_activity(date(2026, 3, 29), date(2026, 3, 29), BERLIN) == {
        date(2026, 3, 29): DayActivity(0, 1, 1)
    }
    # The same moments counted in UTC days fall elsewhere.
    assert store.day_activity(date(2026, 3, 28), date(2026, 3, 29), UTC) == {
        date(2026, 3, 28): DayActivity(1, 1, 2),
        date(2026, 3, 29): DayActivity(1, 0, 0),
    }


def test_day_activity_follows_local_days_across_fall_back(store: HistoryStore) -> None:
    # Berlin moves from +02:00 back to +01:00 at 03:00 on Sunday 25 October 2026: 25 hours.
    _session(store, berlin(2026, 10, 24, 23, 50), "partial")
    _session(store, berlin(2026, 10, 25, 0, 30), "completed")  # 22:30 UTC on the 24th
    _session(store, berlin(2026, 10, 25, 23, 30), "completed")  # 22:30 UTC on the 25th
    _session(store, berlin(2026, 10, 26, 0, 10), "partial")  # 23:10 UTC on the 25th
    _break(store, datetime(2026, 10, 25, 22, 59, tzinfo=UTC), BreakAction.DONE)  # 23:59 on the 25th
    _break(store, datetime(2026, 10, 25, 23, 0, tzinfo=UTC), BreakAction.DONE)  # 00:00 on the 26th

    assert store.day_activity(date(2026, 10, 24), date(2026, 10, 26), BERLIN) == {
        date(2026, 10, 24): DayActivity(0, 1, 0),
        date(2026, 10, 25): DayActivity(2, 0, 1),
        date(2026, 10, 26): DayActivity(0, 1, 1),
    }


def test_day_activity_needs_a_forward_range(store: HistoryStore) -> None:
    with pytest.raises(ValueError, match="before it starts"):
        store.day_activity(date(2026, 1, 5), date(2026, 1, 4), BERLIN)


# --------------------------------------------------------------------------- indexes


def _plans(connection: sqlite3.Connection, statements: list[str]) -> dict[str, list[str]]:
    """Return the query plan (detail lines) of every SELECT in ``statements``."""
    return {
        sql: [str(row[3]) for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}")]
        for sql in statements
        if sql.lstrip().upper().startswith("SELECT")
    }


def test_range_queries_and_day_activity_use_indexes(store: HistoryStore) -> None:
    connection = store._connection
    session_id = store.start_session("daily", NOW)
    store.record_step(step(session_id, 0))
    traced: list[str] = []
    connection.set_trace_callback(traced.append)
    since, until = NOW - timedelta(days=30), NOW + timedelta(days=1)
    store.day_activity(date(2026, 1, 1), date(2026, 1, 31), BERLIN)
    store.sessions(since, until)
    store.steps(session_id)
    store.breaks(since, until)
    store.pain_entries(since, until)
    store.first_session_date(BERLIN)
    connection.set_trace_callback(None)

    plans = _plans(connection, traced)
    assert len(plans) == 7
    for sql, plan in plans.items():
        full_scans = [line for line in plan if line.startswith("SCAN")]
        assert not full_scans, f"{sql} scans a whole table: {plan}"
    day_sessions = next(plan for sql, plan in plans.items() if "status FROM sessions" in sql)
    assert any("sessions_by_start (started_us>? AND started_us<?)" in line for line in day_sessions)


def test_pain_readings_are_the_ratings_of_the_entries_in_range(store: HistoryStore) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    first = datetime(2026, 3, 28, 20, 0, tzinfo=berlin)
    for hours, pain in ((0, 6), (12, None), (30, 3)):
        store.add_pain(
            PainEntry(
                first + timedelta(hours=hours), PainMoment.QUICK, pain=pain, stiffness=2, note="x"
            )
        )
    readings = store.pain_readings(first + timedelta(hours=1))
    assert [(r.moment, r.pain, r.stiffness) for r in readings] == [
        ("quick", None, 2),
        ("quick", 3, 2),
    ]
    assert readings[-1].at == first + timedelta(hours=30)
    assert readings[-1].at.utcoffset() == timedelta(hours=2)  # summer time kept as stored
    full = store.pain_entries(first + timedelta(hours=1))
    assert [(e.at, e.pain) for e in full] == [(r.at, r.pain) for r in readings]
