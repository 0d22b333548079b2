"""The programme calendar: day statuses, streaks, the today card, timeline and adherence.

Days are written as programme day numbers (``D(1)`` is the start date) so a
table row reads like the rule it checks. The start is a Monday, but the
rules never depend on the weekday: weeks are counted from the start.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

import pytest

from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.programme import (
    DayActivity,
    DayStatus,
    ProgrammePhase,
    WeekAdherence,
    day_status,
    month_statuses,
    phase_of,
    programme_day,
    streak,
    timeline_position,
    today_card,
    week_start_of,
    weekly_adherence,
)
from hipcoach.core.reference import Reference

START = date(2026, 1, 7)  # a Wednesday: programme weeks run Wednesday to Tuesday


def D(number: int) -> date:
    """Return the calendar date of programme day ``number``."""
    return START + timedelta(days=number - 1)


Activity = Mapping[date, DayActivity]


def activity(
    done: tuple[int, ...] = (), partial: tuple[int, ...] = (), double: tuple[int, ...] = ()
) -> dict[date, DayActivity]:
    """Return activity with a completed session on ``done`` days, two on ``double`` days
    and a partial one on ``partial`` days (programme day numbers)."""
    result: dict[date, DayActivity] = {}
    for number in (*done, *partial, *double):
        result[D(number)] = DayActivity(
            sessions_completed=(1 if number in done else 0) + (2 if number in double else 0),
            sessions_partial=1 if number in partial else 0,
            breaks_done=0,
        )
    return result


ALL_DAILY = tuple(range(1, 15))
S = DayStatus


@pytest.fixture(scope="module")
def reference() -> Reference:
    reference = load_library(bundled_resources_dir()).reference
    assert reference is not None
    return reference


# --- phases and weeks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "phase"),
    [
        (0, ProgrammePhase.BEFORE_START),
        (1, ProgrammePhase.DAILY),
        (14, ProgrammePhase.DAILY),
        (15, ProgrammePhase.MAINTENANCE),
        (200, ProgrammePhase.MAINTENANCE),
    ],
)
def test_phase_of_day(number: int, phase: ProgrammePhase) -> None:
    assert programme_day(START, D(number)) == number
    assert phase_of(START, D(number)) is phase


@pytest.mark.parametrize(
    ("number", "week_start"), [(1, 1), (7, 1), (8, 8), (14, 8), (15, 15), (21, 15), (22, 22)]
)
def test_weeks_are_counted_from_the_start(number: int, week_start: int) -> None:
    assert week_start_of(START, D(number)) == D(week_start)


def test_no_week_before_the_start() -> None:
    with pytest.raises(ValueError, match="before the programme start"):
        week_start_of(START, D(0))


# --- day status ---------------------------------------------------------------------------

STATUS_CASES = [
    # (what, today, day, activity, expected)
    ("before the start", 5, 0, activity(), S.BEFORE_START),
    ("before the start, even with activity", 5, -3, activity(done=(-3,)), S.BEFORE_START),
    ("after today", 5, 6, activity(done=(6,)), S.FUTURE),
    # daily phase, past days
    ("daily: completed", 5, 3, activity(done=(3,)), S.DONE),
    ("daily: completed and partial", 5, 3, activity(done=(3,), partial=(3,)), S.DONE),
    ("daily: only partial", 5, 3, activity(partial=(3,)), S.PARTIAL),
    ("daily: nothing", 5, 3, activity(), S.MISSED),
    ("daily: nothing, first day", 2, 1, activity(), S.MISSED),
    ("daily: nothing on day 14, seen later", 30, 14, activity(), S.MISSED),
    (
        "daily: a day off is missed even after a full week",
        9,
        8,
        activity(done=ALL_DAILY[:7]),
        S.MISSED,
    ),
    # daily phase, today
    ("daily today: nothing yet", 5, 5, activity(), S.DUE_TODAY),
    ("daily today: only partial", 5, 5, activity(partial=(5,)), S.DUE_TODAY),
    ("daily today: completed", 5, 5, activity(done=(5,)), S.DONE),
    ("daily today: day 1", 1, 1, activity(), S.DUE_TODAY),
    # maintenance: a finished week that reached the target
    ("reached: session day", 25, 15, activity(done=(15, 17, 19)), S.DONE),
    ("reached: empty day between", 25, 16, activity(done=(15, 17, 19)), S.REST),
    ("reached: empty last day", 25, 21, activity(done=(15, 17, 19)), S.REST),
    ("reached with four", 25, 21, activity(done=(15, 16, 17, 18)), S.REST),
    # maintenance: a finished week one session short -> only the latest empty day missed
    ("one short: latest empty day", 25, 21, activity(done=(15, 16)), S.MISSED),
    ("one short: earlier empty day", 25, 20, activity(done=(15, 16)), S.REST),
    ("one short: first empty day", 25, 17, activity(done=(15, 16)), S.REST),
    # sessions at the end: the misses are the latest days *without* a session
    ("two short, done last day: day 21", 25, 21, activity(done=(21,)), S.DONE),
    ("two short, done last day: day 20", 25, 20, activity(done=(21,)), S.MISSED),
    ("two short, done last day: day 19", 25, 19, activity(done=(21,)), S.MISSED),
    ("two short, done last day: day 18", 25, 18, activity(done=(21,)), S.REST),
    # an empty week: three misses, the rest rest
    ("empty week: day 21", 25, 21, activity(), S.MISSED),
    ("empty week: day 19", 25, 19, activity(), S.MISSED),
    ("empty week: day 18", 25, 18, activity(), S.REST),
    ("empty week: day 15", 25, 15, activity(), S.REST),
    # two sessions on one day count once
    ("double day counts once: day 21", 25, 21, activity(double=(15,), done=(16,)), S.MISSED),
    ("double day itself", 25, 15, activity(double=(15,)), S.DONE),
    # a partial session shows as partial, also on a day that would be a miss
    ("partial on a would-be miss", 25, 21, activity(done=(15, 16), partial=(21,)), S.PARTIAL),
    (
        "partial elsewhere in a short week",
        25,
        18,
        activity(done=(15, 16), partial=(18,)),
        S.PARTIAL,
    ),
    (
        "partial elsewhere: miss stays latest",
        25,
        21,
        activity(done=(15, 16), partial=(18,)),
        S.MISSED,
    ),
    # the current week is never missed before it ends
    ("current week: past empty day", 20, 17, activity(), S.REST),
    ("current week: today with nothing", 20, 20, activity(), S.DUE_TODAY),
    ("week ending today: past empty day", 21, 19, activity(), S.REST),
    ("week ended yesterday: same day now missed", 22, 19, activity(), S.MISSED),
    # maintenance: today
    ("maintenance today: two done, due", 19, 19, activity(done=(15, 17)), S.DUE_TODAY),
    ("maintenance today: three done, rest", 19, 19, activity(done=(15, 16, 17)), S.REST),
    ("maintenance today: done", 19, 19, activity(done=(15, 19)), S.DONE),
    ("maintenance today: partial, still due", 19, 19, activity(partial=(19,)), S.DUE_TODAY),
    ("maintenance today: first day of a week", 22, 22, activity(done=(15, 16, 17)), S.DUE_TODAY),
]


@pytest.mark.parametrize(
    ("today", "day", "done", "expected"),
    [case[1:] for case in STATUS_CASES],
    ids=[case[0] for case in STATUS_CASES],
)
def test_day_status(today: int, day: int, done: Activity, expected: DayStatus) -> None:
    assert day_status(START, D(today), D(day), done) is expected


def test_future_activity_does_not_count_towards_the_week() -> None:
    # A clock set back can leave activity dated after today: it must not make today a rest day.
    done = activity(done=(15, 16, 20))
    assert day_status(START, D(17), D(17), done) is S.DUE_TODAY


def test_month_statuses_match_day_status() -> None:
    done = activity(done=(1, 2, 3, 5, 15, 16), partial=(4,))
    today = D(22)
    month = month_statuses(START, today, 2026, 1, done)
    assert list(month) == [date(2026, 1, day) for day in range(1, 32)]
    assert month == {day: day_status(START, today, day, done) for day in month}
    assert month[date(2026, 1, 6)] is S.BEFORE_START
    assert month[START] is S.DONE
    assert month[D(4)] is S.PARTIAL
    assert month[D(6)] is S.MISSED
    assert month[D(21)] is S.MISSED
    assert month[D(20)] is S.REST
    assert month[D(22)] is S.DUE_TODAY
    assert month[D(23)] is S.FUTURE
    assert month[date(2026, 1, 31)] is S.FUTURE


@pytest.mark.parametrize(
    ("year", "month", "days"), [(2026, 2, 28), (2028, 2, 29), (2026, 12, 31), (2025, 12, 31)]
)
def test_month_statuses_cover_the_whole_month(year: int, month: int, days: int) -> None:
    statuses = month_statuses(START, D(30), year, month, activity())
    assert list(statuses) == [date(year, month, day) for day in range(1, days + 1)]


# --- streak -------------------------------------------------------------------------------

STREAK_CASES = [
    # (what, today, activity, expected)
    ("before the start", 0, activity(done=(0,)), 0),
    ("day 1, not done yet", 1, activity(), 0),
    ("day 1, done", 1, activity(done=(1,)), 1),
    ("today not done does not break it", 5, activity(done=(1, 2, 3, 4)), 4),
    ("today done counts", 5, activity(done=(1, 2, 3, 4, 5)), 5),
    ("a missed day resets", 6, activity(done=(1, 2, 4, 5)), 2),
    ("missed yesterday, today not done", 6, activity(done=(1, 2, 3, 4)), 0),
    ("missed yesterday, today done", 6, activity(done=(1, 2, 3, 4, 6)), 1),
    ("a partial day keeps it", 5, activity(done=(1, 2, 4), partial=(3,)), 4),
    ("all daily, maintenance on target", 25, activity(done=(*ALL_DAILY, 15, 17, 19, 22)), 24),
    ("done today in maintenance", 24, activity(done=(*ALL_DAILY, 15, 17, 19, 22, 23, 24)), 24),
    ("maintenance rest day today", 25, activity(done=(*ALL_DAILY, 15, 17, 19, 22, 23, 24)), 25),
    ("current week gaps do not break it", 20, activity(done=ALL_DAILY), 19),
    ("a short finished week resets at its miss", 24, activity(done=(*ALL_DAILY, 15, 16)), 2),
    ("the misses are the latest empty days", 24, activity(done=(*ALL_DAILY, 21)), 3),
]


@pytest.mark.parametrize(
    ("today", "done", "expected"),
    [case[1:] for case in STREAK_CASES],
    ids=[case[0] for case in STREAK_CASES],
)
def test_streak(today: int, done: Activity, expected: int) -> None:
    assert streak(START, D(today), done) == expected


# --- today card ---------------------------------------------------------------------------

CARD_CASES = [
    # (what, today, activity, phase, day number, due, message)
    (
        "three days to go",
        -2,
        activity(),
        ProgrammePhase.BEFORE_START,
        0,
        False,
        "Your programme starts in 3 days.",
    ),
    (
        "starts tomorrow",
        0,
        activity(),
        ProgrammePhase.BEFORE_START,
        0,
        False,
        "Your programme starts tomorrow.",
    ),
    (
        "daily, due",
        5,
        activity(),
        ProgrammePhase.DAILY,
        5,
        True,
        "Day 5 of your first two weeks: today's session is due.",
    ),
    (
        "daily, partial",
        5,
        activity(partial=(5,)),
        ProgrammePhase.DAILY,
        5,
        True,
        "Day 5 of your first two weeks: you've made a start today — one full session"
        " completes the day.",
    ),
    (
        "daily, done",
        5,
        activity(done=(5,)),
        ProgrammePhase.DAILY,
        5,
        False,
        "Day 5 of your first two weeks: today's session is done. Nice work.",
    ),
    (
        "last daily day, done",
        14,
        activity(done=(14,)),
        ProgrammePhase.DAILY,
        14,
        False,
        "Day 14: your first two weeks of daily sessions are complete! From tomorrow,"
        " 3–4 sessions a week keep what you've gained.",
    ),
    (
        "maintenance, new week",
        15,
        activity(),
        ProgrammePhase.MAINTENANCE,
        15,
        True,
        "Maintenance: no sessions yet this week; three sessions keep you on track.",
    ),
    (
        "maintenance, two done",
        18,
        activity(done=(15, 17)),
        ProgrammePhase.MAINTENANCE,
        18,
        True,
        "Maintenance: 2 of this week's 3–4 sessions done; one more keeps you on track.",
    ),
    (
        "maintenance, one done",
        17,
        activity(done=(15,)),
        ProgrammePhase.MAINTENANCE,
        17,
        True,
        "Maintenance: 1 of this week's 3–4 sessions done; two more keep you on track.",
    ),
    (
        "maintenance, one a day left",
        20,
        activity(done=(15,)),
        ProgrammePhase.MAINTENANCE,
        20,
        True,
        "Maintenance: 1 of this week's 3–4 sessions done; two more keep you on track"
        " — that's one each day until the week ends.",
    ),
    (
        "maintenance, out of reach",
        20,
        activity(),
        ProgrammePhase.MAINTENANCE,
        20,
        True,
        "Maintenance: no sessions yet this week. This week can't reach three any more,"
        " but a session today still helps, and next week starts fresh.",
    ),
    (
        "maintenance, done today, short",
        17,
        activity(done=(15, 17)),
        ProgrammePhase.MAINTENANCE,
        17,
        False,
        "Maintenance: today's session is done — 2 of this week's 3–4. One more this week"
        " keeps you on track.",
    ),
    (
        "maintenance, done today, on target",
        17,
        activity(done=(15, 16, 17)),
        ProgrammePhase.MAINTENANCE,
        17,
        False,
        "Maintenance: today's session is done — 3 this week, so you're on track. Well done.",
    ),
    (
        "maintenance, rest",
        18,
        activity(done=(15, 16, 17)),
        ProgrammePhase.MAINTENANCE,
        18,
        False,
        "Maintenance: 3 sessions done this week, so today is a rest day. A fourth"
        " session is welcome if you feel like it.",
    ),
    (
        "maintenance, rest after four",
        19,
        activity(done=(15, 16, 17, 18)),
        ProgrammePhase.MAINTENANCE,
        19,
        False,
        "Maintenance: 4 sessions done this week — more than the target. Enjoy a rest day.",
    ),
]


@pytest.mark.parametrize(
    ("today", "done", "expected"),
    [(case[1], case[2], case[3:]) for case in CARD_CASES],
    ids=[case[0] for case in CARD_CASES],
)
def test_today_card(
    today: int, done: Activity, expected: tuple[ProgrammePhase, int, bool, str]
) -> None:
    card = today_card(START, D(today), done)
    assert (card.phase, card.day_number, card.due, str(card.message)) == expected


def test_today_card_due_matches_todays_status() -> None:
    for number in range(1, 40):
        done = activity(done=tuple(n for n in range(1, number) if n % 3 == 0))
        card = today_card(START, D(number), done)
        assert card.due == (day_status(START, D(number), D(number), done) is S.DUE_TODAY)


# --- timeline -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "label"),
    [
        (1, "Days 1–7"),
        (7, "Days 1–7"),
        (8, "Weeks 2–4"),
        (28, "Weeks 2–4"),
        (29, "Weeks 4–8"),
        (56, "Weeks 4–8"),
        (57, "Weeks 8–12"),
        (84, "Weeks 8–12"),
    ],
)
def test_timeline_stage(reference: Reference, number: int, label: str) -> None:
    position = timeline_position(reference, START, D(number))
    assert position.day_number == number
    assert position.stage is not None
    assert position.stage.label == label
    assert str(position.message) == f"Day {number} ({label}). {position.stage.expect}"


def test_timeline_after_the_last_stage(reference: Reference) -> None:
    position = timeline_position(reference, START, D(85))
    assert (position.day_number, position.stage) == (85, None)
    text = str(position.message)
    assert text.startswith("Day 85: you've come through the whole 12-week timeline.")
    assert "3–4 sessions a week" in text


def test_timeline_before_the_start(reference: Reference) -> None:
    position = timeline_position(reference, START, D(0))
    assert (position.day_number, position.stage) == (0, None)
    assert "hasn't started" in str(position.message)


# --- weekly adherence ---------------------------------------------------------------------


def test_weekly_adherence_targets_and_counts() -> None:
    done = activity(done=(*range(1, 8), 8, 9, 15, 17, 22), double=(23,), partial=(24,))
    weeks = weekly_adherence(START, D(24), done, weeks=10)
    assert weeks == [
        WeekAdherence(D(1), sessions=7, target=7, days_counted=7, finished=True),
        WeekAdherence(D(8), sessions=2, target=7, days_counted=7, finished=True),
        WeekAdherence(D(15), sessions=2, target=3, days_counted=7, finished=True),
        WeekAdherence(D(22), sessions=2, target=3, days_counted=3, finished=False),
    ]


@pytest.mark.parametrize(
    ("today", "weeks", "starts", "finished"),
    [
        (1, 4, [1], [False]),
        (7, 4, [1], [False]),  # the week's last day is today: not finished yet
        (8, 4, [1, 8], [True, False]),
        (40, 2, [29, 36], [True, False]),
        (42, 1, [36], [False]),
        (43, 1, [43], [False]),
    ],
)
def test_weekly_adherence_window(
    today: int, weeks: int, starts: list[int], finished: list[bool]
) -> None:
    result = weekly_adherence(START, D(today), activity(), weeks)
    assert [week.week_start for week in result] == [D(n) for n in starts]
    assert [week.finished for week in result] == finished


def test_weekly_adherence_before_start_and_bad_count() -> None:
    assert weekly_adherence(START, D(0), activity(done=(0,)), 4) == []
    with pytest.raises(ValueError, match="at least 1"):
        weekly_adherence(START, D(10), activity(), 0)
