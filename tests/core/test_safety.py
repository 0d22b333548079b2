"""Safety rules: check-in triggers, the red-flag recommendation, the pain trend, cautions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import pytest

from hipcoach.core.history_records import PainMoment, RedFlagTrigger
from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.programme import DayActivity, WeekAdherence, weekly_adherence
from hipcoach.core.reference import Reference
from hipcoach.core.safety import (
    RED_FLAG_INTERVAL,
    PainReading,
    PastCheckIn,
    TrendKind,
    checkin_due,
    needs_caution_acknowledgement,
    pain_trend,
    recommendation,
)

START = date(2026, 3, 2)
GUIDE_WEEKS = (4, 6)
"""The weeks within which the text says self-care should have helped."""
NOW = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def reference() -> Reference:
    reference = load_library(bundled_resources_dir()).reference
    assert reference is not None
    return reference


# --- check-in triggers --------------------------------------------------------------------


@dataclass(frozen=True)
class CheckIn:
    at: datetime
    trigger: RedFlagTrigger = RedFlagTrigger.FORTNIGHTLY
    answers: Mapping[str, bool] = field(default_factory=dict)


def ago(**kwargs: float) -> CheckIn:
    return CheckIn(NOW - timedelta(**kwargs))


CHECKIN_CASES = [
    # (what, past, sharp pain since last, sessions done, expected)
    ("never asked, before the first session", [], False, 0, RedFlagTrigger.FIRST_SESSION),
    ("never asked, sessions already done", [], False, 4, RedFlagTrigger.FORTNIGHTLY),
    ("never asked, sharp pain", [], True, 0, RedFlagTrigger.SHARP_PAIN),
    ("yesterday", [ago(days=1)], False, 5, None),
    ("a minute short of 14 days", [ago(days=14, minutes=-1)], False, 5, None),
    ("13 days", [ago(days=13)], False, 5, None),
    ("exactly 14 days", [ago(days=14)], False, 5, RedFlagTrigger.FORTNIGHTLY),
    ("a month", [ago(days=30)], False, 5, RedFlagTrigger.FORTNIGHTLY),
    ("13 days, sharp pain", [ago(days=13)], True, 5, RedFlagTrigger.SHARP_PAIN),
    ("an hour ago, sharp pain", [ago(hours=1)], True, 5, RedFlagTrigger.SHARP_PAIN),
    ("the latest counts, whatever the order", [ago(days=2), ago(days=30)], False, 5, None),
    ("all old", [ago(days=20), ago(days=15)], False, 5, RedFlagTrigger.FORTNIGHTLY),
]


@pytest.mark.parametrize(
    ("past", "sharp", "sessions", "expected"),
    [case[1:] for case in CHECKIN_CASES],
    ids=[case[0] for case in CHECKIN_CASES],
)
def test_checkin_due(
    past: list[CheckIn], sharp: bool, sessions: int, expected: RedFlagTrigger | None
) -> None:
    checkins: list[PastCheckIn] = list(past)
    assert checkin_due(checkins, NOW, sharp_pain_since_last=sharp, sessions_done=sessions) == (
        expected
    )


def test_red_flag_interval_is_two_weeks() -> None:
    assert timedelta(days=14) == RED_FLAG_INTERVAL


# --- recommendation -----------------------------------------------------------------------


def test_no_recommendation_when_every_answer_is_no(reference: Reference) -> None:
    assert recommendation({flag.id: False for flag in reference.red_flags}, reference) is None
    assert recommendation({}, reference) is None


@pytest.mark.parametrize(
    "yes",
    [
        ["nerve-symptoms"],
        ["hip-history", "no-improvement"],
        [
            "no-improvement",
            "nerve-symptoms",
            "altered-walking",
            "mechanical-symptoms",
            "sudden-onset",
            "hip-history",
        ],
    ],
)
def test_recommendation_lists_the_yes_flags(reference: Reference, yes: list[str]) -> None:
    answers = {flag.id: flag.id in yes for flag in reference.red_flags}
    advice = recommendation(answers, reference)
    assert advice is not None
    in_order = [flag.id for flag in reference.red_flags if flag.id in yes]
    assert [flag.id for flag in advice.flags] == in_order
    for flag in reference.red_flags:
        assert (flag.text in str(advice.text)) == (flag.id in yes)


def test_recommendation_says_who_to_see_and_what_to_ask(reference: Reference) -> None:
    advice = recommendation({"altered-walking": True}, reference)
    assert advice is not None
    assert advice.see == reference.see
    assert str(advice.message).startswith(
        "Please see a physiotherapist, a sports medicine physician or an orthopedic specialist"
        " before you carry on"
    )
    assert advice.conditions == reference.conditions
    for condition in (
        "hip labral tear",
        "femoroacetabular impingement (FAI)",
        "iliopsoas bursitis",
        "nerve entrapment",
    ):
        assert condition in str(advice.what_to_say)
    assert advice.gentle_mode_allowed is True
    assert "gentle routine" in str(advice.gentle_mode_note)
    assert str(advice.text).split("\n\n") == [
        str(advice.message),
        f"You answered yes to:\n• {advice.flags[0].text}",
        str(advice.what_to_say),
        str(advice.gentle_mode_note),
    ]


def test_an_unknown_yes_still_recommends(reference: Reference) -> None:
    advice = recommendation({"something-new": True, "hip-history": False}, reference)
    assert advice is not None
    assert advice.flags == ()
    assert "You answered yes" not in str(advice.text)


# --- pain trend ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    at: datetime
    pain: int | None
    stiffness: int | None = None
    moment: PainMoment = PainMoment.BEFORE


def on(day: int, *pains: int | None, moment: PainMoment = PainMoment.BEFORE) -> list[Reading]:
    """Return one reading per pain value on programme day ``day`` (1 = start), an hour apart."""
    when = datetime.combine(START + timedelta(days=day - 1), time(8), tzinfo=UTC)
    return [
        Reading(when + timedelta(hours=index), pain, moment=moment)
        for index, pain in enumerate(pains)
    ]


def weeks(*pairs: tuple[int, int], current: tuple[int, int] | None = None) -> list[WeekAdherence]:
    """Return finished weeks of (sessions, target), then an optional unfinished one."""
    result = [
        WeekAdherence(START + timedelta(weeks=index), done, target, 7, True)
        for index, (done, target) in enumerate(pairs)
    ]
    if current is not None:
        done, target = current
        result.append(WeekAdherence(START + timedelta(weeks=len(pairs)), done, target, 3, False))
    return result


STEADY = weeks((7, 7), (7, 7), (3, 3), (3, 3))  # 20 of 20
SEVENTY = weeks((7, 7), (4, 7), (2, 3), (1, 3))  # 14 of 20: exactly 70 %
SIXTY_FIVE = weeks((7, 7), (3, 7), (2, 3), (1, 3))  # 13 of 20
FEW = weeks((3, 7), (2, 7), (1, 3), (0, 3))
EARLY_SIX = [*on(1, 6), *on(3, 6), *on(6, 6)]

TREND_CASES: list[tuple[str, int, list[Reading], list[WeekAdherence], TrendKind, bool]] = [
    # (what, today's programme day, readings, adherence, kind, see a professional)
    ("before the start", 0, [], [], "too-early", False),
    ("first week", 5, EARLY_SIX, STEADY, "too-early", False),
    ("last day of the first week", 7, [*EARLY_SIX, *on(7, 9, 9, 9)], STEADY, "too-early", False),
    ("no readings", 20, [], STEADY, "not-enough-data", False),
    ("too few recent", 20, [*EARLY_SIX, *on(15, 3, 3)], STEADY, "not-enough-data", False),
    ("too few early", 20, [*on(2, 6, 6), *on(15, 3, 3, 3)], STEADY, "not-enough-data", False),
    (
        "blank ratings do not count",
        20,
        [*EARLY_SIX, *on(15, 3, None, 3)],
        STEADY,
        "not-enough-data",
        False,
    ),
    (
        "before the start does not count",
        20,
        [*on(0, 6, 6, 6), *on(15, 3, 3, 3)],
        STEADY,
        "not-enough-data",
        False,
    ),
    ("improving", 20, [*EARLY_SIX, *on(15, 5), *on(18, 5), *on(20, 5)], STEADY, "improving", False),
    ("improving after four weeks", 40, [*EARLY_SIX, *on(35, 2, 3, 2)], FEW, "improving", False),
    (
        "after-session ratings left out",
        20,
        [*EARLY_SIX, *on(15, 6, 6, 6), *on(16, 1, 1, 1, 1, moment=PainMoment.AFTER)],
        STEADY,
        "too-early",
        False,
    ),
    (
        "quick ratings count",
        20,
        [*EARLY_SIX, *on(15, 2, 2, 2, moment=PainMoment.QUICK)],
        STEADY,
        "improving",
        False,
    ),
    (
        "flat, but only three weeks in",
        20,
        [*EARLY_SIX, *on(18, 6, 5, 6)],
        STEADY,
        "too-early",
        False,
    ),
    ("rising in week 2", 12, [*on(1, 3, 3, 3), *on(9, 5, 5, 4)], [], "rising", True),
    ("rising by exactly 1.5", 20, [*on(1, 2, 2, 2), *on(15, 3, 4, 3, 4)], STEADY, "rising", True),
    (
        "up 1.4 is not rising",
        20,
        [*on(1, 2, 2, 2), *on(15, 3, 3, 3, 4, 4)],
        STEADY,
        "too-early",
        False,
    ),
    (
        "rising late, whatever the adherence",
        60,
        [*EARLY_SIX, *on(58, 8, 8, 8)],
        FEW,
        "rising",
        True,
    ),
    ("flat on day 28", 28, [*EARLY_SIX, *on(27, 6, 5, 6)], STEADY, "too-early", False),
    ("flat on day 29, consistent", 29, [*EARLY_SIX, *on(27, 6, 5, 6)], STEADY, "no-change", True),
    ("flat, exactly 70 % done", 29, [*EARLY_SIX, *on(27, 6, 5, 6)], SEVENTY, "no-change", True),
    ("flat, 65 % done", 29, [*EARLY_SIX, *on(27, 6, 5, 6)], SIXTY_FIVE, "no-change", False),
    ("flat, few sessions", 29, [*EARLY_SIX, *on(27, 6, 5, 6)], FEW, "no-change", False),
    (
        "flat, unfinished week not counted",
        29,
        [*EARLY_SIX, *on(27, 6, 5, 6)],
        weeks((3, 7), (3, 7), current=(20, 3)),
        "no-change",
        False,
    ),
    ("flat, no adherence given", 29, [*EARLY_SIX, *on(27, 6, 5, 6)], [], "no-change", False),
    ("flat and low", 40, [*on(1, 2, 2, 1), *on(38, 2, 2, 1)], STEADY, "no-change", False),
    (
        "recent window is two weeks",
        40,
        [*EARLY_SIX, *on(25, 1, 1, 1), *on(27, 6, 6, 6)],
        STEADY,
        "no-change",
        True,
    ),
]


@pytest.mark.parametrize(
    ("day", "readings", "adherence", "kind", "see"),
    [case[1:] for case in TREND_CASES],
    ids=[case[0] for case in TREND_CASES],
)
def test_pain_trend(
    day: int,
    readings: list[Reading],
    adherence: list[WeekAdherence],
    kind: TrendKind,
    see: bool,
) -> None:
    journal: list[PainReading] = list(readings)
    verdict = pain_trend(
        journal, START, START + timedelta(days=day - 1), adherence, persist_weeks=GUIDE_WEEKS
    )
    assert (verdict.kind, verdict.see_professional) == (kind, see)


def test_trend_messages_give_the_figures() -> None:
    readings = [*EARLY_SIX, *on(27, 6, 5, 6)]
    verdict = pain_trend(
        readings, START, START + timedelta(days=28), STEADY, persist_weeks=GUIDE_WEEKS
    )
    assert verdict.early == 6.0
    assert verdict.recent == pytest.approx(17 / 3)
    assert "about 6.0 out of 10 in your first week, 5.7 lately" in str(verdict.message)
    assert "within 4 to 6 weeks" in str(verdict.message)
    rising = pain_trend(
        [*on(1, 3, 3, 3), *on(9, 5, 5, 5)],
        START,
        START + timedelta(days=11),
        [],
        persist_weeks=GUIDE_WEEKS,
    )
    assert "physiotherapist or doctor" in str(rising.message)


def test_trend_with_real_adherence() -> None:
    # Every daily session, then three a week: consistent, so a flat trend is worth a check.
    days = [*range(1, 15), 15, 17, 19, 22, 24, 26]
    activity = {START + timedelta(days=n - 1): DayActivity(1, 0, 0) for n in days}
    today = START + timedelta(days=28)
    adherence = weekly_adherence(START, today, activity, weeks=10)
    verdict = pain_trend(
        [*EARLY_SIX, *on(27, 6, 6, 5)], START, today, adherence, persist_weeks=GUIDE_WEEKS
    )
    assert (verdict.kind, verdict.see_professional) == ("no-change", True)


def test_the_weeks_self_care_should_take_come_from_the_reference_data(
    reference: Reference,
) -> None:
    assert reference.persist_weeks == GUIDE_WEEKS  # red-flags.toml: persist_weeks
    flat = [*EARLY_SIX, *on(27, 6, 5, 6), *on(40, 6, 5, 6)]
    day_29 = START + timedelta(days=28)
    assert pain_trend(flat, START, day_29, STEADY, persist_weeks=(4, 6)).kind == "no-change"
    # a reference with later weeks judges later, and says its own weeks
    later = pain_trend(flat, START, day_29, STEADY, persist_weeks=(6, 8))
    assert later.kind == "too-early"
    day_43 = START + timedelta(days=42)
    verdict = pain_trend(flat, START, day_43, STEADY, persist_weeks=(6, 8))
    assert verdict.kind == "no-change"
    assert "over 6 weeks" in str(verdict.message)
    assert "within 6 to 8 weeks" in str(verdict.message)


# --- cautions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cautions", "acknowledged", "needed"),
    [
        ((), set(), False),
        ((), {"psoas-ball-release"}, False),
        (("Feel a pulse? Move the ball outward.",), set(), True),
        (("Feel a pulse? Move the ball outward.",), {"couch-stretch"}, True),
        (("Feel a pulse? Move the ball outward.",), {"psoas-ball-release"}, False),
    ],
)
def test_needs_caution_acknowledgement(
    cautions: tuple[str, ...], acknowledged: set[str], needed: bool
) -> None:
    assert needs_caution_acknowledgement(cautions, "psoas-ball-release", acknowledged) is needed
