"""When to suggest a movement break: a pure state machine on wall-clock time.

``ReminderScheduler`` holds no timers and reads no clock. A driver feeds it
the current aware wall-clock time (``poll`` at least once a minute, plus the
user's actions and presence signals) and shows a break card whenever
``poll`` returns a ``BreakDue``.

How time is measured
--------------------
Wall time can jump: the machine sleeps, NTP steps the clock, daylight saving
changes the UTC offset. The scheduler therefore never compares a deadline
with the wall clock. It keeps *counters* instead and moves them forward by
the time that passed between two calls:

- ``elapsed`` is the difference between this call's and the previous call's
  instants, taken in UTC (aware datetimes that share a ``ZoneInfo`` subtract
  as naive wall times in Python, which would be an hour off across a DST
  change), and clamped at zero.
- A step back (NTP correcting a fast clock) thus adds nothing: the break is
  neither delayed by the size of the step nor shown twice.
- A gap longer than ``max_poll_gap`` (default 3 min; the driver polls every
  minute) that no presence signal explains is time the scheduler did not
  see: a suspend it was not told about, a frozen process, or a step forward.
  Wall time alone cannot tell these apart, so all are treated alike: as an
  *absence* of that length. An absence of ``absence_minutes`` or more is a
  natural break (the sitting interval restarts); a shorter one keeps
  counting, like a short idle pause. A forward step therefore never fires a
  burst: a big one restarts the interval and a small one is
  indistinguishable from time passing (it can bring a break forward by at
  most its own size).
- ``suspended`` / ``resumed`` (logind's PrepareForSleep) make a sleep a
  natural break whatever its length; without them only gaps over
  ``max_poll_gap`` are noticed.
- Each ``poll`` returns at most one break, and after a break is shown the
  next one needs another full interval of sitting (or a snooze), so no
  amount of sleeping or clock stepping produces more than one reminder.
- Pauses, snoozes and the deferral cap are counters of elapsed time too, so
  a clock step never stretches or shortens them.

What counts as getting up
------------------------
Sitting is measured honestly: only a real absence restarts the interval.

- Idle input (``user_idle``) counts as time away only from
  ``absence_minutes`` on (5 by default, at least 3): reading, thinking or
  listening on a call for a few minutes is still sitting, and the sitting
  clock runs on through such a pause.
- A lock of any length restarts the interval (counted from the unlock):
  people lock the screen when they get up.
- A sleep restarts it whatever its length, and nothing piles up after it.
- ``stood_up`` is the user saying they got up although the computer did not
  notice: the interval restarts at once and an outstanding break is settled.
- ``break_done`` and ``session_completed`` restart it too. ``skip`` and
  ``snooze`` restart or move the reminder, but the user is still sitting.

Alongside the interval the scheduler keeps the *sitting spans*
(``hipcoach.core.sitting``): each stretch of unbroken sitting, from when the
user sat down (came back, unlocked, woke the machine, or working hours
began) to what ended it, with the time it ended (the last input before an
idle absence, the lock, the sleep, the end of working hours).
``take_sitting_spans`` hands out the spans that ended since it was last
called; ``closing`` ends the one in progress when hipcoach stops.

Sitting time only counts inside working hours. Whenever a call finds itself
outside them, the interval is cleared; when a call finds that the current
working span began after the previous call, sitting counts from the span's
start. So a break that fell due last night is not shown in the morning: the
first one comes one interval after work starts. Touching ranges
(09:00-12:00, 12:00-17:00) count as one span.

Holding a due break back
------------------------
A break that falls due while something speaks against showing it waits,
each reason up to its own limit of held time:

- a call (``set_in_call``: a microphone or camera in use by another
  program) up to ``call_hold_minutes`` (0: calls never hold a break);
- a full-screen app or do-not-disturb (``set_deferred``) up to
  ``defer_cap_minutes``.

The limits count the time the break was held, across calls that follow each
other, so back-to-back calls cannot hold it for longer. A call's end is
trusted only after ``CALL_END_GRACE`` (30 s) without a new call: a program
that re-opens the microphone (switching devices, the next call) does not
bring the break up in between. The break then comes once, saying what held
it (``BreakDue.held_by``, ``held_for``). The sitting clock runs on during a
call, and idle input during one is not time away: on a call the user is at
the computer whether they type or not.

The moment the scheduler is created starts the first interval. Every
method that takes ``now`` first brings the counters up to ``now``; only
``poll`` (and ``break_now``) hand out breaks. A driver that reports idle
time does so just before each ``poll``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from enum import StrEnum

from hipcoach.core.settings.values import BreakSettings
from hipcoach.core.settings.working_hours import TimeRange, WorkingHours
from hipcoach.core.sitting import SittingEnd, SittingSpan

#: The exercise id of the walk, suggested instead of the rotation after long sitting.
WALK_MOVE = "walk-break"
#: Sitting this many intervals without a break makes the walk the suggestion.
WALK_AFTER_INTERVALS = 1.5
#: Longer unexplained silences between calls count as time away (see module docs).
DEFAULT_MAX_POLL_GAP = timedelta(minutes=3)
#: How long a call must have been over before a break it held comes.
CALL_END_GRACE = timedelta(seconds=30)
_ZERO = timedelta(0)
_LOCKED = "locked"
_IDLE = "idle"


class Hold(StrEnum):
    """Why a due break is held back (the names ``hipcoach status`` reports)."""

    CALL = "call"
    FULL_SCREEN = "fullscreen"
    DO_NOT_DISTURB = "do-not-disturb"


@dataclass(frozen=True)
class BreakDue:
    """A break to show now.

    ``due`` is the wall time it fell due (earlier than now when it was held
    back by a pause, a call or a full-screen app); ``move`` is the exercise
    id to suggest; ``sitting`` is how long the user had sat; ``snoozes`` is
    how often this break was snoozed before; ``held_by`` names what held it
    back last (a ``Hold`` value such as ``"call"``, or the reason given to
    ``set_deferred``), ``None`` when nothing did, and ``held_for`` is how
    long after falling due it came; ``requested`` is true for ``break_now``.
    """

    due: datetime
    move: str
    sitting: timedelta
    snoozes: int = 0
    held_by: str | None = None
    held_for: timedelta = _ZERO
    requested: bool = False

    @property
    def deferred(self) -> bool:
        """Whether something (a call, a full-screen app, do-not-disturb) held it back."""
        return self.held_by is not None


def _spans(ranges: tuple[TimeRange, ...]) -> tuple[TimeRange, ...]:
    """Return ``ranges`` (sorted, not overlapping) with touching ones joined."""
    merged: list[TimeRange] = []
    for item in ranges:
        if merged and merged[-1].end == item.start:
            merged[-1] = TimeRange(merged[-1].start, item.end)
        else:
            merged.append(item)
    return tuple(merged)


def _at(day: datetime, moment: time) -> datetime:
    """Return ``moment`` on the local date of ``day`` as a UTC instant."""
    return datetime.combine(day.date(), moment, tzinfo=day.tzinfo).astimezone(UTC)


class _Hours:
    """Working hours as spans of UTC instants around a given local time."""

    def __init__(self, hours: WorkingHours) -> None:
        self._days = tuple(_spans(hours.on(weekday)) for weekday in range(7))

    def span_at(self, local: datetime) -> tuple[datetime, datetime] | None:
        """Return the (start, end) instants of the span containing ``local``, if any."""
        moment = local.time()
        for span in self._days[local.weekday()]:
            if span.start <= moment < span.end:
                return _at(local, span.start), _at(local, span.end)
        return None

    def spans_after(self, local: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Yield the spans that start after ``local``, for the coming eight days."""
        instant = local.astimezone(UTC)
        for days in range(8):
            day = local + timedelta(days=days)
            for span in self._days[day.weekday()]:
                start = _at(day, span.start)
                if start > instant:
                    yield start, _at(day, span.end)


class ReminderScheduler:
    """Decides when to suggest a movement break; see the module docs for how time is counted.

    The driver calls ``poll(now)`` at least once a minute and shows each
    ``BreakDue`` it returns. ``poll`` never returns a break outside working
    hours, while the screen is locked, while the user is away (idle at least
    ``absence_minutes``), while paused, or while reminders are disabled; a
    break that falls due during a call (``set_in_call``) or while a
    full-screen app or do-not-disturb is on (``set_deferred``) is held until
    that ends or its limit passes (``call_hold_minutes``,
    ``defer_cap_minutes``).

    A break shown and left unanswered is shown again after another interval.
    ``break_done``, ``stood_up``, ``skip`` and ``session_completed`` restart
    the interval, and so do a lock or a sleep of any length and an idle
    absence of ``absence_minutes`` or more, counted from the moment the
    user came back.
    """

    def __init__(
        self,
        settings: BreakSettings,
        now: datetime,
        *,
        walk_move: str = WALK_MOVE,
        max_poll_gap: timedelta = DEFAULT_MAX_POLL_GAP,
    ) -> None:
        self._settings = settings
        self._hours = _Hours(settings.working_hours)
        self._walk_move = walk_move
        self._max_poll_gap = max_poll_gap
        self._zone = _zone_of(now)
        self._instant = now.astimezone(UTC)
        self._span = self._hours.span_at(now)
        self._rotation = 0
        self._pause_left = _ZERO
        self._deferral: str | None = None
        self._in_call = False
        # Time since the last call ended; None before the first call ends.
        self._since_call: timedelta | None = None
        self._absent: set[str] = set()
        self._absence = _ZERO
        # A lock, a sleep or idle input counted as away was part of the absence: a break.
        self._absence_forced = False
        self._asleep = False
        # The sitting span in progress (its UTC start), those ended and not yet taken.
        self._sit: datetime | None = None
        self._last_sit_end: datetime | None = None
        self._sits_ended: list[SittingSpan] = []
        self._closed = False
        # The current interval; _restart sets them all.
        self._sat = _ZERO
        self._due_at = _ZERO
        self._snoozes = 0
        self._outstanding: BreakDue | None = None
        self._held_by: str | None = None
        self._held_for_call = _ZERO
        self._held_for_deferral = _ZERO
        self._restart(_ZERO)
        self._resume_sit()

    # ------------------------------------------------------------------ queries

    @property
    def settings(self) -> BreakSettings:
        """The settings in use."""
        return self._settings

    @property
    def outstanding(self) -> BreakDue | None:
        """The last break handed out and not yet answered (done, snoozed, skipped) or void."""
        return self._outstanding

    @property
    def sitting_since(self) -> datetime | None:
        """When the current sitting interval began, as of the last call; ``None`` off hours."""
        if self._span is None:
            return None
        return self._local(self._instant - self._sat)

    @property
    def sat_down_at(self) -> datetime | None:
        """When the sitting span in progress began, as of the last call; ``None`` when not sitting.

        Unlike ``sitting_since`` it is not moved by a skipped or snoozed
        break: it says how long the user has sat without getting up.
        """
        return None if self._sit is None else self._local(self._sit)

    def take_sitting_spans(self) -> tuple[SittingSpan, ...]:
        """Return the sitting spans that ended since the last call, oldest first."""
        spans, self._sits_ended = tuple(self._sits_ended), []
        return spans

    @property
    def paused_until(self) -> datetime | None:
        """When the current pause ends, as of the last call; ``None`` when not paused."""
        if self._pause_left <= _ZERO:
            return None
        return self._local(self._instant + self._pause_left)

    @property
    def snoozes_left(self) -> int:
        """How many more times the current break may be snoozed."""
        return max(0, self._settings.snooze_limit - self._snoozes)

    @property
    def away(self) -> bool:
        """Whether the screen is locked or the user is idle long enough to count as away."""
        return bool(self._absent)

    @property
    def in_call(self) -> bool:
        """Whether the last ``set_in_call`` said a call is going on."""
        return self._in_call

    @property
    def held_because(self) -> str | None:
        """What holds a due break back as of the last call (see ``BreakDue.held_by``), or None."""
        if not self._may_remind() or self._sat < self._due_at:
            return None
        return self._hold()

    def sitting_minutes(self, now: datetime) -> int:
        """Return the whole minutes sat since the interval began (0 off hours)."""
        return int(self.sitting(now).total_seconds() // 60)

    def sitting(self, now: datetime) -> timedelta:
        """Return how long the user has sat since the interval began (zero off hours)."""
        self._observe(now)
        return self._sat

    def next_due(self, now: datetime) -> datetime | None:
        """Return when ``poll`` will next hand out a break if nothing changes.

        ``None`` when disabled, while the user is away (it depends on when
        they return) or when no working hours come in the next week. For a
        break held back (``held_because``) the result is ``now``.
        The driver still polls every minute: presence and clocks change.
        """
        self._observe(now)
        if not self._settings.enabled or self._absent:
            return None
        pause_end = self._instant + self._pause_left
        if self._span is not None:
            candidate = max(self._instant + (self._due_at - self._sat), pause_end)
            if candidate < self._span[1]:
                return self._local(max(candidate, self._instant))
        interval = timedelta(minutes=self._settings.interval_minutes)
        for start, end in self._hours.spans_after(self._local(self._instant)):
            candidate = max(start + interval, pause_end)
            if candidate < end:
                return self._local(candidate)
        return None

    # ------------------------------------------------------------------ the tick

    def poll(self, now: datetime) -> BreakDue | None:
        """Return the break to show now, or ``None``; each due break is returned once."""
        self._observe(now)
        if not self._may_remind() or self._sat < self._due_at:
            return None
        hold = self._hold()
        if hold is not None:
            self._held_by = hold
            return None
        overdue = self._sat - self._due_at
        return self._deliver(self._instant - overdue, requested=False)

    # ------------------------------------------------------------------ user actions

    def break_done(self, now: datetime) -> None:
        """The user took a break: the sitting interval restarts now."""
        self._got_up(now, SittingEnd.BREAK)

    def stood_up(self, now: datetime) -> None:
        """The user stood up: the interval restarts now; an outstanding break is settled."""
        self._got_up(now, SittingEnd.STOOD_UP)

    def skip(self, now: datetime) -> None:
        """The user skipped the break: no more reminders until a new interval has passed."""
        self._user_seen(now)
        self._restart(_ZERO)

    def session_completed(self, now: datetime) -> None:
        """The user finished an exercise session: that counts as a break."""
        self._got_up(now, SittingEnd.BREAK)

    def closing(self, now: datetime) -> None:
        """hipcoach stops: the sitting span in progress ends now (``take_sitting_spans`` has it).

        No span begins after this.
        """
        self._observe(now)
        self._end_sit(self._instant, SittingEnd.QUIT)
        self._closed = True

    def snooze(self, now: datetime) -> bool:
        """Show the outstanding break again in ``snooze_minutes``.

        Returns ``False`` (and changes nothing) when no break is outstanding
        or this break was already snoozed ``snooze_limit`` times.
        """
        self._user_seen(now)
        if self._outstanding is None or self._snoozes >= self._settings.snooze_limit:
            return False
        self._snoozes += 1
        self._due_at = self._sat + timedelta(minutes=self._settings.snooze_minutes)
        self._outstanding = None
        return True

    def break_now(self, now: datetime) -> BreakDue:
        """Return a break the user asked for, whatever the hours, pause or deferral."""
        self._user_seen(now)
        return self._deliver(self._instant, requested=True)

    def pause(self, now: datetime, until: datetime) -> None:
        """Hand out no breaks until ``until`` (aware); sitting time still counts.

        The pause is kept as a duration from ``now``, so clock steps do not
        stretch it. A break that falls due meanwhile is shown when it ends
        (if that is within working hours).
        """
        self._observe(now)
        _zone_of(until)
        self._pause_left = max(_ZERO, until.astimezone(UTC) - self._instant)

    def resume(self, now: datetime) -> None:
        """End a pause early."""
        self._observe(now)
        self._pause_left = _ZERO

    def set_deferred(self, now: datetime, reason: str | None) -> None:
        """Note that a full-screen app or do-not-disturb is on (``reason``) or off (``None``).

        ``reason`` is what ``BreakDue.held_by`` and ``held_because`` report
        (``Hold.FULL_SCREEN`` or ``Hold.DO_NOT_DISTURB``).
        """
        self._observe(now)
        self._deferral = reason

    def set_in_call(self, now: datetime, in_call: bool) -> None:
        """Note whether a call is going on (a microphone or camera in use by another program).

        A call starting ends an idle absence (the user is back at the
        computer); during a call idle input is not time away.
        """
        self._observe(now)
        if in_call and not self._in_call:
            self._since_call = None
            if _IDLE in self._absent:
                self._absent.discard(_IDLE)
                if not self._absent:
                    self._end_absence(back_for=_ZERO)
        elif self._in_call and not in_call:
            self._since_call = _ZERO
        self._in_call = in_call

    def update_settings(self, now: datetime, settings: BreakSettings) -> None:
        """Use new settings from ``now`` on; time already sat still counts."""
        self._observe(now)
        self._settings = settings
        self._hours = _Hours(settings.working_hours)
        self._span = self._hours.span_at(self._local(self._instant))
        if self._outstanding is None and self._snoozes == 0:
            self._due_at = timedelta(minutes=settings.interval_minutes)

    # ------------------------------------------------------------------ presence

    def user_idle(self, now: datetime, idle_seconds: float | None) -> None:
        """Report the seconds since the last keyboard or mouse input; ``None`` if unknown.

        Idle for ``absence_minutes`` or more means away (no reminders); the
        first report below that afterwards ends the absence, which then
        counts as a break from the moment input resumed. ``None`` changes
        nothing: unknown is neither present nor away. During a call idle
        time changes nothing either, and after one it counts from the
        call's end.
        """
        self._observe(now)
        if idle_seconds is None or not math.isfinite(idle_seconds) or self._in_call:
            return
        idle = timedelta(seconds=max(0.0, idle_seconds))
        if self._since_call is not None:
            idle = min(idle, self._since_call)  # the time on a call was not time away
        if idle >= self._absence_threshold:
            if _IDLE not in self._absent:
                self._absence = max(self._absence, idle) if self._absent else idle
                self._absent.add(_IDLE)
                self._absence_forced = True  # away from the last input on: a break
                self._end_sit(self._instant - idle, SittingEnd.ABSENCE)
        elif _IDLE in self._absent:
            self._absent.discard(_IDLE)
            if not self._absent:
                self._end_absence(back_for=idle)

    def screen_locked(self, now: datetime) -> None:
        """The screen was locked: no reminders until it is unlocked, which restarts the interval."""
        self._observe(now)
        if not self._absent:
            self._absence = _ZERO
        self._absent.add(_LOCKED)
        self._absence_forced = True
        self._end_sit(self._instant, SittingEnd.LOCK)

    def screen_unlocked(self, now: datetime) -> None:
        """The screen was unlocked (which takes input, so the user is back)."""
        self._user_seen(now)

    def suspended(self, now: datetime) -> None:
        """The machine is going to sleep: the time until the next call is time away.

        Waking restarts the interval, however short the sleep.
        """
        self._observe(now)
        if not self._absent:
            self._absence = _ZERO
        self._asleep = True
        self._absence_forced = True
        self._end_sit(self._instant, SittingEnd.SLEEP)

    def resumed(self, now: datetime) -> None:
        """The machine woke up (any call after ``suspended`` ends the sleep as well)."""
        self._observe(now)

    # ------------------------------------------------------------------ internals

    @property
    def _absence_threshold(self) -> timedelta:
        return timedelta(minutes=self._settings.absence_minutes)

    def _hold(self) -> str | None:
        """Return what holds a due break back now (within its limit), or None."""
        if self._call_holds() and self._held_for_call < timedelta(
            minutes=self._settings.call_hold_minutes
        ):
            return Hold.CALL
        if self._deferral is not None and self._held_for_deferral < timedelta(
            minutes=self._settings.defer_cap_minutes
        ):
            return self._deferral
        return None

    def _call_holds(self) -> bool:
        """Whether a call is on, or ended too recently to be sure it is over."""
        return self._in_call or (self._since_call is not None and self._since_call < CALL_END_GRACE)

    def _local(self, instant: datetime) -> datetime:
        return instant.astimezone(self._zone)

    def _may_remind(self) -> bool:
        return (
            self._settings.enabled
            and self._span is not None
            and not self._absent
            and self._pause_left <= _ZERO
        )

    def _restart(self, sat: timedelta) -> None:
        """Begin a new sitting interval that has already lasted ``sat``."""
        self._sat = sat
        self._due_at = timedelta(minutes=self._settings.interval_minutes)
        self._snoozes = 0
        self._outstanding = None
        self._held_by = None
        self._held_for_call = _ZERO
        self._held_for_deferral = _ZERO

    def _deliver(self, due: datetime, *, requested: bool) -> BreakDue:
        interval = timedelta(minutes=self._settings.interval_minutes)
        long_sit = self._sat >= interval * WALK_AFTER_INTERVALS or self._snoozes > 0
        if long_sit and self._walk_move in self._settings.moves:
            move = self._walk_move
        else:
            moves = self._settings.moves
            move = moves[self._rotation % len(moves)]
            self._rotation += 1
        result = BreakDue(
            due=self._local(due),
            move=move,
            sitting=self._sat,
            snoozes=self._snoozes,
            held_by=None if requested else self._held_by,
            held_for=_ZERO if requested or self._held_by is None else self._instant - due,
            requested=requested,
        )
        self._outstanding = result
        self._due_at = self._sat + interval
        self._held_by = None
        self._held_for_call = _ZERO
        self._held_for_deferral = _ZERO
        return result

    def _user_seen(self, now: datetime) -> None:
        """The user did something: whatever absence was noted is over."""
        self._observe(now)
        if self._absent:
            self._absent.clear()
            self._end_absence(back_for=_ZERO)

    def _got_up(self, now: datetime, why: SittingEnd) -> None:
        """The user got up now (a break, a session, or they said so): a new interval begins."""
        self._user_seen(now)
        self._end_sit(self._instant, why)
        self._restart(_ZERO)
        self._resume_sit()

    def _end_absence(self, back_for: timedelta) -> None:
        """Close the absence; one that was noticed as such, or a long enough gap, is a break.

        The interval and the next sitting span count from the user's return.
        """
        length = self._absence - back_for
        forced, self._absence_forced = self._absence_forced, False
        self._absence = _ZERO
        if forced or length >= self._absence_threshold:
            self._restart(max(_ZERO, min(back_for, self._sat)))
        self._resume_sit()

    def _end_sit(self, at: datetime, why: SittingEnd) -> None:
        """End the sitting span in progress at the UTC instant ``at`` (kept if it lasted at all)."""
        start, self._sit = self._sit, None
        if start is None:
            return
        end = min(max(at, start), self._instant)
        self._last_sit_end = end
        if end > start:
            self._sits_ended.append(SittingSpan(self._local(start), self._local(end), why))

    def _resume_sit(self) -> None:
        """Begin a sitting span where the interval began, if the user sits and none is open."""
        if self._sit is not None or self._closed or self._absent or self._asleep:
            return
        if self._span is not None:
            start = max(self._instant - self._sat, self._span[0])
            if self._last_sit_end is not None:
                start = max(start, self._last_sit_end)  # spans never overlap
            self._sit = start

    def _sit_ends_before(self, previous: datetime, elapsed: timedelta) -> bool:
        """End the sit at an unseen absence or the end of working hours since ``previous``.

        Returns whether the time since ``previous`` is a gap no presence
        signal explains (see the module docs).
        """
        gap = not self._asleep and not self._absent and elapsed > self._max_poll_gap
        if gap and elapsed >= self._absence_threshold:
            self._end_sit(previous, SittingEnd.ABSENCE)
        ended = self._span
        if ended is not None and ended[1] <= self._instant:
            self._end_sit(ended[1], SittingEnd.HOURS)
        return gap

    def _observe(self, now: datetime) -> None:
        """Bring every counter up to ``now`` (see the module docs)."""
        self._zone = _zone_of(now)
        instant = now.astimezone(UTC)
        previous = self._instant
        elapsed = max(_ZERO, instant - previous)
        self._instant = instant
        unpaused = max(_ZERO, elapsed - self._pause_left)
        self._pause_left = max(_ZERO, self._pause_left - elapsed)

        gap = self._sit_ends_before(previous, elapsed)

        self._span = self._hours.span_at(now)
        if self._span is None:
            self._restart(_ZERO)
        elif self._span[0] > previous:
            self._restart(min(elapsed, instant - self._span[0]))
        else:
            self._sat += elapsed
            if self._may_remind() and self._sat >= self._due_at:
                # The holds in force since the last call count the time the break waited.
                waited = min(unpaused, self._sat - self._due_at)
                if self._call_holds():
                    self._held_for_call += waited
                if self._deferral is not None:
                    self._held_for_deferral += waited
        if self._since_call is not None:
            self._since_call += elapsed

        if self._asleep:
            self._asleep = False
            self._absence += elapsed
            if not self._absent:
                self._end_absence(back_for=_ZERO)
        elif self._absent:
            self._absence += elapsed
        elif gap:
            self._absence = elapsed
            self._end_absence(back_for=_ZERO)
        self._resume_sit()


def _zone_of(moment: datetime) -> tzinfo:
    """Return the time zone of ``moment``; raise ``ValueError`` for a naive datetime."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the reminder scheduler needs aware datetimes")
    return moment.tzinfo
