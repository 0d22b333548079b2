"""Safety rules: when to ask the red-flag questions, what to advise, and how pain is trending.

Nothing here diagnoses anything. The rules only decide when to ask, when to
suggest that a physiotherapist or doctor takes a look, and how to say so
calmly. Every threshold is a named constant below, except the weeks within
which self-care should have helped: those come from the reference data
(``Reference.persist_weeks``, read from ``red-flags.toml``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import Literal, Protocol

from hipcoach.core.history_records import PainMoment, RedFlagTrigger
from hipcoach.core.messages import Message, MessageContext, Number
from hipcoach.core.programme import WeekAdherence, programme_day
from hipcoach.core.reference import RedFlag, Reference

RED_FLAG_INTERVAL = timedelta(days=14)

#: What the user may choose after a red-flag recommendation.
CONTINUE, GENTLE, STOP = "continue", "gentle", "stop"
"""How long after the last red-flag check-in the questions are asked again."""

EARLY_DAYS = 7
"""The baseline: pain readings of programme days 1 to 7."""

RECENT_DAYS = 14
"""The recent window: readings of the last 14 days, today included (never inside the baseline)."""

MIN_READINGS = 3
"""Each window needs at least this many readings before the two are compared."""

RISING_POINTS = 1.5
"""A recent average this much above the baseline counts as rising pain, at any time."""

IMPROVING_POINTS = 1.0
"""A recent average at least this much below the baseline counts as improvement."""

CONSISTENT_SHARE = Fraction(7, 10)
"""Share of the finished weeks' session targets that counts as consistent work (exact)."""

LOW_PAIN = 2.0
"""A recent average at or below this is low, steady pain: not improving, but no cause to refer."""

TREND_MOMENTS = frozenset({PainMoment.BEFORE, PainMoment.QUICK})
"""Journal moments used for the trend: ratings before a session or at any time.

Ratings right after a session are left out: they measure the session's
short-term effect, not how the hip is doing day to day.
"""

TrendKind = Literal["too-early", "not-enough-data", "improving", "no-change", "rising"]


class PainReading(Protocol):
    """A pain journal entry; ratings are 0–10 or ``None`` when left out."""

    @property
    def at(self) -> datetime:
        """When the entry was made."""
        ...

    @property
    def pain(self) -> int | None:
        """Pain from 0 (none) to 10 (worst)."""
        ...

    @property
    def stiffness(self) -> int | None:
        """Stiffness from 0 (none) to 10 (very)."""
        ...

    @property
    def moment(self) -> PainMoment:
        """Before or after a session, or a quick check (any time)."""
        ...


class PastCheckIn(Protocol):
    """A red-flag check-in the user answered."""

    @property
    def at(self) -> datetime:
        """When it was answered."""
        ...

    @property
    def trigger(self) -> RedFlagTrigger:
        """Why it was asked."""
        ...

    @property
    def answers(self) -> Mapping[str, bool]:
        """Red-flag id to the answer (true means yes)."""
        ...


def checkin_due(
    past: Sequence[PastCheckIn],
    now: datetime,
    *,
    sharp_pain_since_last: bool,
    sessions_done: int,
) -> RedFlagTrigger | None:
    """Return why the red-flag questions should be asked now, or ``None`` if they need not be.

    In order of precedence (each a ``RedFlagTrigger``): ``SHARP_PAIN`` when
    the user reported sharp pain since the last check-in (or ever, if never
    asked); ``FIRST_SESSION`` when never asked and no session is done yet;
    ``FORTNIGHTLY`` when never asked although sessions were done (the
    check-in is overdue), or when ``RED_FLAG_INTERVAL`` or more has passed
    since the latest check-in.
    """
    if sharp_pain_since_last:
        return RedFlagTrigger.SHARP_PAIN
    if not past:
        return RedFlagTrigger.FIRST_SESSION if sessions_done == 0 else RedFlagTrigger.FORTNIGHTLY
    latest = max(checkin.at for checkin in past)
    if now - latest >= RED_FLAG_INTERVAL:
        return RedFlagTrigger.FORTNIGHTLY
    return None


@dataclass(frozen=True)
class Recommendation:
    """Advice after a red-flag check-in with at least one "yes".

    ``flags`` are the reference's red flags answered yes, in reference
    order; ``conditions`` are what a professional may check for.
    """

    flags: tuple[RedFlag, ...]
    message: Message
    see: tuple[str, ...]
    what_to_say: Message
    conditions: tuple[str, ...]
    gentle_mode_allowed: bool
    gentle_mode_note: Message

    @property
    def text(self) -> Message:
        """Return the whole advice: message, the yes answers, what to say, gentle routine."""
        parts = {
            "message": self.message,
            "what_to_say": self.what_to_say,
            "gentle": self.gentle_mode_note,
        }
        if not self.flags:
            return SafetyText.tr("{message}\n\n{what_to_say}\n\n{gentle}", **parts)
        answered = "\n".join(f"• {flag.text}" for flag in self.flags)
        return SafetyText.tr(
            "{message}\n\nYou answered yes to:\n{answers}\n\n{what_to_say}\n\n{gentle}",
            answers=answered,
            **parts,
        )


class SafetyText(MessageContext):
    """Red-flag advice and what the pain trend means."""


def _or_list(items: Sequence[Message | str]) -> Message | str:
    """Return ``a, b or c`` (``""`` for no items)."""
    if len(items) <= 1:
        return items[0] if items else ""
    head: Message | str = items[0]
    for item in items[1:-1]:
        head = SafetyText.tr("{list}, {item}", list=head, item=item)
    return SafetyText.tr("{list} or {item}", list=head, item=items[-1])


def _with_article(role: str) -> Message:
    if role[:1].lower() in "aeiou":
        return SafetyText.tr("an {role}", role=role)
    return SafetyText.tr("a {role}", role=role)


def recommendation(answers: Mapping[str, bool], reference: Reference) -> Recommendation | None:
    """Return advice to see a professional if any answer is yes, else ``None``.

    Any true answer leads to a recommendation, even one whose id the
    reference does not know (safety first); only known flags are listed.
    The message names who to see (the reference's ``see``); ``what_to_say``
    names the conditions the reference lists as things a professional can
    check. The gentle routine always stays allowed: the choice is the user's.
    """
    if not any(answers.values()):
        return None
    flags = tuple(flag for flag in reference.red_flags if answers.get(flag.id, False))
    who = _or_list([_with_article(role) for role in reference.see])
    message = SafetyText.tr(
        "Please see {who} before you carry on with the full programme. What you"
        " told us doesn't mean something is wrong, but it is worth a professional's look.",
        who=who,
    )
    what_to_say = SafetyText.tr(
        "When you go, describe what you noticed, when it started, and which movements"
        " make it better or worse. You can ask whether it could be something they are able to check"
        " for, such as {conditions}. Only an examination can tell.",
        conditions=_or_list(reference.conditions),
    )
    gentle = SafetyText.tr(
        "If you want to keep moving in the meantime, the gentle routine is still"
        " here for you. Go easy and stop anything that causes sharp pain."
    )
    return Recommendation(
        flags=flags,
        message=message,
        see=reference.see,
        what_to_say=what_to_say,
        conditions=reference.conditions,
        gentle_mode_allowed=True,
        gentle_mode_note=gentle,
    )


@dataclass(frozen=True)
class TrendVerdict:
    """How pain has moved since the start, and whether to suggest a professional's opinion.

    ``early`` and ``recent`` are the averages compared (``None`` when they
    were not computed).
    """

    kind: TrendKind
    message: Message
    see_professional: bool
    early: float | None = None
    recent: float | None = None


def _average(values: Sequence[int]) -> float:
    return sum(values) / len(values)


def _consistent(adherence: Sequence[WeekAdherence]) -> bool:
    finished = [week for week in adherence if week.finished]
    target = sum(week.target for week in finished)
    return target > 0 and sum(week.sessions for week in finished) >= CONSISTENT_SHARE * target


def pain_trend(
    readings: Sequence[PainReading],
    start: date,
    today: date,
    adherence: Sequence[WeekAdherence],
    *,
    persist_weeks: tuple[int, int],
) -> TrendVerdict:
    """Compare the first week's pain with the last two weeks' and say what it means.

    Uses the pain ratings with a moment in ``TREND_MOMENTS`` dated from the
    start to ``today`` (each reading's own calendar date); ratings left out
    (``None``) are ignored. The baseline is programme days 1–``EARLY_DAYS``;
    the recent window is the last ``RECENT_DAYS`` days, never reaching back
    into the baseline. Each needs ``MIN_READINGS`` ratings. Then, in order:

    - ``"too-early"`` before the start and during the first week;
    - ``"not-enough-data"`` when either window has too few ratings;
    - ``"rising"`` when the recent average is ``RISING_POINTS`` or more above
      the baseline — ``see_professional`` at any time;
    - ``"improving"`` when it is ``IMPROVING_POINTS`` or more below;
    - ``"too-early"`` until the first of ``persist_weeks`` (the weeks within which
      self-care should have helped: the reference's ``persist_weeks``) has passed;
    - ``"no-change"`` after that; ``see_professional`` only if the work was
      consistent (finished weeks in ``adherence`` reached ``CONSISTENT_SHARE``
      of their targets) and the recent pain is above ``LOW_PAIN``.

    Pass ``adherence`` for every week since the start (``weekly_adherence``).
    """
    number = programme_day(start, today)
    if number < 1:
        return TrendVerdict("too-early", SafetyText.tr("Your programme hasn't started yet."), False)
    if number <= EARLY_DAYS:
        return TrendVerdict(
            "too-early",
            SafetyText.tr(
                "This is your first week. Rate your pain before your sessions, and from"
                " next week you'll see how it compares with where you started."
            ),
            False,
        )
    baseline_end = start + timedelta(days=EARLY_DAYS)
    recent_from = max(today - timedelta(days=RECENT_DAYS - 1), baseline_end)
    early: list[int] = []
    recent: list[int] = []
    for reading in readings:
        day = reading.at.date()
        if reading.pain is None or reading.moment not in TREND_MOMENTS:
            continue
        if start <= day < baseline_end:
            early.append(reading.pain)
        elif recent_from <= day <= today:
            recent.append(reading.pain)
    if len(early) < MIN_READINGS or len(recent) < MIN_READINGS:
        return TrendVerdict(
            "not-enough-data",
            SafetyText.tr(
                "There aren't enough pain ratings yet to compare your first week with the"
                " last two (at least {minimum} in each). A quick rating before each"
                " session is all it takes.",
                minimum=MIN_READINGS,
            ),
            False,
        )
    then, now = _average(early), _average(recent)
    figures = SafetyText.tr(
        "about {then} out of 10 in your first week, {now} lately",
        then=Number(then, 1),
        now=Number(now, 1),
    )
    if now - then >= RISING_POINTS:
        return TrendVerdict(
            "rising",
            SafetyText.tr(
                "Your pain has gone up ({figures}). Please have a physiotherapist or doctor"
                " look at your hip before you push on; go gently until then.",
                figures=figures,
            ),
            True,
            then,
            now,
        )
    if then - now >= IMPROVING_POINTS:
        return TrendVerdict(
            "improving",
            SafetyText.tr(
                "Your pain is easing ({figures}). Keep going — it's working.", figures=figures
            ),
            False,
            then,
            now,
        )
    low, high = persist_weeks
    if number <= low * 7:
        return TrendVerdict(
            "too-early",
            SafetyText.tr(
                "No clear change yet ({figures}). That's normal in the first weeks;"
                " relief tends to build gradually with regular sessions.",
                figures=figures,
            ),
            False,
            then,
            now,
        )
    if now <= LOW_PAIN:
        return TrendVerdict(
            "no-change",
            SafetyText.tr(
                "Your pain is low and steady ({figures}). Keep up your sessions to keep it there.",
                figures=figures,
            ),
            False,
            then,
            now,
        )
    if not _consistent(adherence):
        return TrendVerdict(
            "no-change",
            SafetyText.tr(
                "Your pain hasn't clearly changed yet ({figures}). There have been fewer"
                " sessions than planned, so it's too soon to judge: a few steady weeks"
                " will give a fairer picture.",
                figures=figures,
            ),
            False,
            then,
            now,
        )
    return TrendVerdict(
        "no-change",
        SafetyText.tr(
            "You've kept up your sessions for over {low} weeks and your pain hasn't clearly"
            " eased ({figures}). Self-care usually shows results within {low} to {high}"
            " weeks, so now is a good time to have a physiotherapist or doctor take a look.",
            low=low,
            high=high,
            figures=figures,
        ),
        True,
        then,
        now,
    )


def needs_caution_acknowledgement(
    exercise_cautions: tuple[str, ...], exercise_id: str, acknowledged: set[str]
) -> bool:
    """Return whether the exercise's cautions must be shown and acknowledged before it starts.

    True when the exercise has cautions and the user has not yet
    acknowledged them (``acknowledged`` holds exercise ids).
    """
    return bool(exercise_cautions) and exercise_id not in acknowledged
