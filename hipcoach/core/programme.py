"""The programme calendar: which days were done, missed or rest, and what today asks for.

The programme begins on the user's start date, which is programme day 1: the
day of the first session that counts (complete or partial; the history's
``first_session_date``).

Phases
    Days 1–14 are the **daily** phase: one session every day. From day 15
    on it is **maintenance**: 3–4 sessions a week.

Weeks
    Weeks are **programme weeks**: seven-day blocks counted from the start
    date (days 1–7, 8–14, 15–21, …), so a week always begins on the weekday
    the user started on. The daily phase is exactly weeks 1 and 2, and every
    maintenance week is a whole week: no week is ever split between the two
    phases, and no target needs prorating.

What counts
    Whether a session is *complete*, *partial* or *abandoned* is decided in
    one place, ``hipcoach.core.adherence``, by the share of its planned work
    done. A day with at least one complete session is a *session day*. Two
    sessions on one day count once: the routine asks for a little often,
    not a lot at once. A partial session never counts towards a target but
    is always shown (``PARTIAL``), because the user did turn up. An
    abandoned session (hardly any work done, e.g. tapped through) counts for
    nothing here.

Status of a past day (before ``today``)
    - Daily phase: ``DONE`` with a complete session, else ``PARTIAL`` if it
      had a partial one, else ``MISSED``.
    - Maintenance: ``DONE`` with a complete session, else ``PARTIAL`` if it
      had a partial one. Any other day is ``REST`` — unless its week has
      ended with fewer than ``MAINTENANCE_TARGET`` session days. Then as
      many days as sessions were lacking are misses, taken from the latest
      days of that week without a complete session; those show ``MISSED``
      (or still ``PARTIAL`` if that day had a partial session), and the
      other empty days stay ``REST``. The current week has not ended, so it
      never shows ``MISSED``.

Status of today
    ``DONE`` once a session today is complete. Otherwise ``DUE_TODAY`` in
    the daily phase, and in maintenance while this week has fewer than
    ``MAINTENANCE_TARGET`` session days; ``REST`` when the week's target is
    already reached.

Other days
    ``FUTURE`` after today, ``BEFORE_START`` before the start date.

Streak
    The number of days in a row the user has stayed on track: every
    programme day since the last ``MISSED`` day (or since the start) counts —
    session days, partial days and rest days alike. Today counts once it is
    ``DONE`` or ``REST``; a session still due today is not counted yet but
    does not break the streak either. Because a maintenance week's misses
    are decided only when the week ends, a maintenance streak can only be
    broken at the end of a week that fell short.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum, StrEnum

from hipcoach.core.messages import QT_TRANSLATE_NOOP, Message, MessageContext
from hipcoach.core.reference import Reference, Stage

DAILY_PHASE_DAYS = 14
"""Programme days 1 to this one ask for a session every day."""

WEEK_DAYS = 7
DAILY_TARGET = WEEK_DAYS
"""Session days asked for in each week of the daily phase."""

MAINTENANCE_TARGET = 3
"""The fewest session days that keep a maintenance week on track."""

MAINTENANCE_UPPER = 4
"""The upper end of the 3–4 sessions a week suggested for maintenance."""


@dataclass(frozen=True)
class DayActivity:
    """What the user did on one local calendar day.

    ``sessions_completed`` counts complete sessions, ``sessions_partial``
    partial ones (``hipcoach.core.adherence``); abandoned sessions are in neither.
    """

    sessions_completed: int = 0
    sessions_partial: int = 0
    breaks_done: int = 0


NO_ACTIVITY = DayActivity()


class ProgrammePhase(StrEnum):
    """Where in the programme a day falls."""

    BEFORE_START = "before-start"
    DAILY = "daily"
    MAINTENANCE = "maintenance"


class DayStatus(Enum):
    """How a calendar day looks on the programme calendar (rules in the module docstring)."""

    DONE = "done"
    PARTIAL = "partial"
    MISSED = "missed"
    REST = "rest"
    DUE_TODAY = "due-today"
    FUTURE = "future"
    BEFORE_START = "before-start"


@dataclass(frozen=True)
class TodayCard:
    """The line the app shows about today: phase, programme day, whether a session is due."""

    phase: ProgrammePhase
    day_number: int
    due: bool
    message: Message


@dataclass(frozen=True)
class TimelinePosition:
    """Where today falls on the recovery timeline, and what to expect there.

    ``day_number`` is 0 before the start; ``stage`` is ``None`` before the
    start and after the last stage.
    """

    day_number: int
    stage: Stage | None
    message: Message


@dataclass(frozen=True)
class WeekAdherence:
    """Session days in one programme week against its target.

    ``days_counted`` is how many of the week's days are up to and including
    today; ``finished`` is true once every day of the week lies before today.
    ``target`` is always the whole week's target, never prorated: judge a
    week against it only once it is finished.
    """

    week_start: date
    sessions: int
    target: int
    days_counted: int
    finished: bool


def programme_day(start: date, day: date) -> int:
    """Return the programme day number of ``day``: 1 on ``start``, 0 or less before it."""
    return (day - start).days + 1


def phase_of(start: date, day: date) -> ProgrammePhase:
    """Return the phase ``day`` falls in."""
    number = programme_day(start, day)
    if number < 1:
        return ProgrammePhase.BEFORE_START
    if number <= DAILY_PHASE_DAYS:
        return ProgrammePhase.DAILY
    return ProgrammePhase.MAINTENANCE


def week_start_of(start: date, day: date) -> date:
    """Return the first day of the programme week containing ``day`` (``day`` >= ``start``)."""
    if day < start:
        raise ValueError(f"{day} is before the programme start {start}")
    return start + timedelta(days=(day - start).days // WEEK_DAYS * WEEK_DAYS)


def _days(first: date, count: int) -> Iterator[date]:
    for offset in range(count):
        yield first + timedelta(days=offset)


def _target_of_week(start: date, week_start: date) -> int:
    if programme_day(start, week_start) <= DAILY_PHASE_DAYS:
        return DAILY_TARGET
    return MAINTENANCE_TARGET


def _session_days(week_start: date, today: date, activity: Mapping[date, DayActivity]) -> int:
    """Return the days of the week up to ``today`` with a complete session."""
    return sum(
        1
        for day in _days(week_start, WEEK_DAYS)
        if day <= today and activity.get(day, NO_ACTIVITY).sessions_completed > 0
    )


def _week_statuses(
    start: date, today: date, week_start: date, activity: Mapping[date, DayActivity]
) -> dict[date, DayStatus]:
    """Return the status of each of the seven days of the programme week at ``week_start``."""
    days = list(_days(week_start, WEEK_DAYS))
    daily = programme_day(start, week_start) <= DAILY_PHASE_DAYS
    session_days = _session_days(week_start, today, activity)
    misses: set[date] = set()
    if not daily and days[-1] < today and session_days < MAINTENANCE_TARGET:
        empty = [day for day in days if activity.get(day, NO_ACTIVITY).sessions_completed == 0]
        misses = set(empty[len(empty) - (MAINTENANCE_TARGET - session_days) :])
    result: dict[date, DayStatus] = {}
    for day in days:
        done = activity.get(day, NO_ACTIVITY)
        if day > today:
            status = DayStatus.FUTURE
        elif done.sessions_completed > 0:
            status = DayStatus.DONE
        elif day == today:
            due = daily or session_days < MAINTENANCE_TARGET
            status = DayStatus.DUE_TODAY if due else DayStatus.REST
        elif done.sessions_partial > 0:
            status = DayStatus.PARTIAL
        elif daily or day in misses:
            status = DayStatus.MISSED
        else:
            status = DayStatus.REST
        result[day] = status
    return result


def day_status(
    start: date, today: date, day: date, activity: Mapping[date, DayActivity]
) -> DayStatus:
    """Return the calendar status of ``day`` as seen on ``today``.

    ``activity`` maps local calendar days to what was done; a day missing
    from it had no activity. The rules are in the module docstring.
    """
    if day < start:
        return DayStatus.BEFORE_START
    return _week_statuses(start, today, week_start_of(start, day), activity)[day]


def month_statuses(
    start: date, today: date, year: int, month: int, activity: Mapping[date, DayActivity]
) -> dict[date, DayStatus]:
    """Return the status of every day of ``month`` of ``year``, in calendar order.

    Each value is what ``day_status`` returns for that day.
    """
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    weeks: dict[date, dict[date, DayStatus]] = {}
    result: dict[date, DayStatus] = {}
    for day in _days(first, (following - first).days):
        if day < start:
            result[day] = DayStatus.BEFORE_START
            continue
        week = week_start_of(start, day)
        if week not in weeks:
            weeks[week] = _week_statuses(start, today, week, activity)
        result[day] = weeks[week][day]
    return result


def streak(start: date, today: date, activity: Mapping[date, DayActivity]) -> int:
    """Return how many days in a row the user has stayed on track, up to ``today``.

    Counts every day since the last ``MISSED`` day (or since the start);
    today counts only once it is ``DONE`` or ``REST``. 0 before the start.
    """
    if today < start:
        return 0
    count = 0
    week = start
    while week <= today:
        statuses = _week_statuses(start, today, week, activity)
        for day in _days(week, WEEK_DAYS):
            status = statuses[day]
            if day > today or status is DayStatus.DUE_TODAY:
                break
            count = 0 if status is DayStatus.MISSED else count + 1
        week += timedelta(days=WEEK_DAYS)
    return count


class ProgrammeText(MessageContext):
    """The today card and the recovery timeline position."""


_NUMBER_WORDS = (
    QT_TRANSLATE_NOOP("ProgrammeText", "no"),
    QT_TRANSLATE_NOOP("ProgrammeText", "one"),
    QT_TRANSLATE_NOOP("ProgrammeText", "two"),
    QT_TRANSLATE_NOOP("ProgrammeText", "three"),
    QT_TRANSLATE_NOOP("ProgrammeText", "four"),
)
_CAPITAL_NUMBER_WORDS = (
    QT_TRANSLATE_NOOP("ProgrammeText", "No"),
    QT_TRANSLATE_NOOP("ProgrammeText", "One"),
    QT_TRANSLATE_NOOP("ProgrammeText", "Two"),
    QT_TRANSLATE_NOOP("ProgrammeText", "Three"),
    QT_TRANSLATE_NOOP("ProgrammeText", "Four"),
)


def _in_words(count: int, *, capital: bool = False) -> Message | int:
    words = _CAPITAL_NUMBER_WORDS if capital else _NUMBER_WORDS
    return words[count] if count < len(words) else count


def _maintenance_card(
    start: date, today: date, activity: Mapping[date, DayActivity], status: DayStatus
) -> Message:
    week = week_start_of(start, today)
    done = _session_days(week, today, activity)
    lacking = MAINTENANCE_TARGET - done
    days_left = (week + timedelta(days=WEEK_DAYS - 1) - today).days + 1
    target, upper = MAINTENANCE_TARGET, MAINTENANCE_UPPER
    if status is DayStatus.DONE:
        if lacking <= 0:
            return ProgrammeText.tr(
                "Maintenance: today's session is done — {done} this week,"
                " so you're on track. Well done.",
                done=done,
            )
        return ProgrammeText.tr(
            "Maintenance: today's session is done — {done} of this week's"
            " {target}–{upper}. {more} more this week keep you on track.",
            "",
            lacking,
            done=done,
            target=target,
            upper=upper,
            more=_in_words(lacking, capital=True),
        ).one(
            "Maintenance: today's session is done — {done} of this week's"
            " {target}–{upper}. {more} more this week keeps you on track."
        )
    if status is DayStatus.REST:
        if done > MAINTENANCE_TARGET:
            return ProgrammeText.tr(
                "Maintenance: {done} sessions done this week — more than the target."
                " Enjoy a rest day.",
                done=done,
            )
        return ProgrammeText.tr(
            "Maintenance: {done} sessions done this week, so today is a rest day."
            " A fourth session is welcome if you feel like it.",
            done=done,
        )
    so_far = (
        ProgrammeText.tr("no sessions yet this week")
        if done == 0
        else ProgrammeText.tr(
            "{done} of this week's {target}–{upper} sessions done",
            done=done,
            target=target,
            upper=upper,
        )
    )
    if lacking > days_left:
        return ProgrammeText.tr(
            "Maintenance: {so_far}. This week can't reach {target} any more, but a session"
            " today still helps, and next week starts fresh.",
            so_far=so_far,
            target=_in_words(MAINTENANCE_TARGET),
        )
    words = _in_words(lacking)
    need = (
        ProgrammeText.tr("{count} more", count=words)
        if done
        else ProgrammeText.tr("{count} sessions", count=words)
    )
    if lacking == days_left and lacking > 1:
        return ProgrammeText.tr(
            "Maintenance: {so_far}; {need} keep you on track — that's one each day"
            " until the week ends.",
            so_far=so_far,
            need=need,
        )
    return ProgrammeText.tr(
        "Maintenance: {so_far}; {need} keep you on track.", "", lacking, so_far=so_far, need=need
    ).one("Maintenance: {so_far}; {need} keeps you on track.")


def _daily_card(day_number: int, today: date, activity: Mapping[date, DayActivity]) -> Message:
    done = activity.get(today, NO_ACTIVITY)
    if done.sessions_completed > 0:
        if day_number == DAILY_PHASE_DAYS:
            return ProgrammeText.tr(
                "Day {day}: your first two weeks of daily sessions are complete!"
                " From tomorrow, {target}–{upper} sessions a week keep what you've gained.",
                day=day_number,
                target=MAINTENANCE_TARGET,
                upper=MAINTENANCE_UPPER,
            )
        return ProgrammeText.tr(
            "Day {day} of your first two weeks: today's session is done. Nice work.",
            day=day_number,
        )
    if done.sessions_partial > 0:
        return ProgrammeText.tr(
            "Day {day} of your first two weeks: you've made a start today — one full"
            " session completes the day.",
            day=day_number,
        )
    return ProgrammeText.tr(
        "Day {day} of your first two weeks: today's session is due.", day=day_number
    )


def today_card(start: date, today: date, activity: Mapping[date, DayActivity]) -> TodayCard:
    """Return what the app says about ``today``.

    ``due`` is true exactly when today's status is ``DUE_TODAY``;
    ``day_number`` is the programme day, or 0 before the start.
    """
    phase = phase_of(start, today)
    if phase is ProgrammePhase.BEFORE_START:
        wait = (start - today).days
        starts = ProgrammeText.tr("Your programme starts in %n days.", "", wait)
        return TodayCard(phase, 0, False, starts.one("Your programme starts tomorrow."))
    status = day_status(start, today, today, activity)
    number = programme_day(start, today)
    if phase is ProgrammePhase.DAILY:
        message = _daily_card(number, today, activity)
    else:
        message = _maintenance_card(start, today, activity, status)
    return TodayCard(phase, number, status is DayStatus.DUE_TODAY, message)


def timeline_position(reference: Reference, start: date, today: date) -> TimelinePosition:
    """Return where ``today`` falls on the reference's recovery timeline.

    Inside a stage the message names the programme day and the stage and
    says what to expect there (the stage's own ``expect`` text). After the
    last stage it encourages keeping up maintenance; before the start it
    says the timeline begins with day 1.
    """
    if today < start:
        return TimelinePosition(
            0,
            None,
            ProgrammeText.tr(
                "Your programme hasn't started yet. From day 1 this shows what you can"
                " expect at each point along the way."
            ),
        )
    number = programme_day(start, today)
    stage = reference.stage_for_day(number)
    if stage is not None:
        return TimelinePosition(
            number,
            stage,
            ProgrammeText.tr(
                "Day {day} ({stage}). {expect}", day=number, stage=stage.label, expect=stage.expect
            ),
        )
    last_day = max((item.to_day for item in reference.stages), default=0)
    if number > last_day:
        return TimelinePosition(
            number,
            None,
            ProgrammeText.tr(
                "Day {day}: you've come through the whole {weeks}-week timeline."
                " Keeping up {target}–{upper} sessions a week and moving often through"
                " the day help you hold on to what you've gained.",
                day=number,
                weeks=last_day // WEEK_DAYS,
                target=MAINTENANCE_TARGET,
                upper=MAINTENANCE_UPPER,
            ),
        )
    return TimelinePosition(
        number, None, ProgrammeText.tr("Day {day} of your programme.", day=number)
    )


def weekly_adherence(
    start: date, today: date, activity: Mapping[date, DayActivity], weeks: int
) -> list[WeekAdherence]:
    """Return the last ``weeks`` programme weeks up to the current one, oldest first.

    Weeks before the start are left out, so the list may be shorter than
    ``weeks`` (and is empty before the start). The target is 7 in weeks 1–2
    (the daily phase) and ``MAINTENANCE_TARGET`` after; ``sessions`` counts
    session days up to ``today``.
    """
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    if today < start:
        return []
    current = (today - start).days // WEEK_DAYS
    result = []
    for index in range(max(0, current - weeks + 1), current + 1):
        week = start + timedelta(days=index * WEEK_DAYS)
        counted = min(WEEK_DAYS, (today - week).days + 1)
        result.append(
            WeekAdherence(
                week_start=week,
                sessions=_session_days(week, today, activity),
                target=_target_of_week(start, week),
                days_counted=counted,
                finished=week + timedelta(days=WEEK_DAYS - 1) < today,
            )
        )
    return result
