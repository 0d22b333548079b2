"""Calls and the break scheduler: held while a call lasts, up to a limit, then once after.

Scenarios on the injected clock, driven like ``tests/core/test_reminders.py``:
the ``Desk`` polls once a minute (every 10 s where the driver would, while a
break is held) and records every break it is handed.
"""

from __future__ import annotations

from datetime import timedelta

from hipcoach.core.reminders import CALL_END_GRACE, Hold
from hipcoach.core.settings import BreakSettings
from tests.core.test_reminders import Desk


def call(desk: Desk, on: bool) -> None:
    desk.scheduler.set_in_call(desk.now, on)


def held(desk: Desk) -> str | None:
    """What holds a due break back now (a fresh look each time)."""
    return desk.scheduler.held_because


def away(desk: Desk) -> bool:
    """Whether the user counts as away now (a fresh look each time)."""
    return desk.scheduler.away


def test_a_call_across_a_due_break_holds_it_and_it_comes_once_when_the_call_ends() -> None:
    desk = Desk()
    desk.sit(50)
    call(desk, True)
    assert desk.sit(30) == []  # due at 10:00, nothing while the call lasts
    assert held(desk) == Hold.CALL
    assert desk.scheduler.next_due(desk.now) == desk.now
    assert desk.scheduler.sitting_minutes(desk.now) == 80  # the sitting clock ran on
    call(desk, False)
    shown = desk.sit(1, every=10)
    assert len(shown) == 1
    card = shown[0]
    assert card.wall - desk.at(10, 20) <= CALL_END_GRACE + timedelta(seconds=10)
    assert (card.due.held_by, card.due.due) == (Hold.CALL, desk.at(10))
    assert card.due.deferred
    assert timedelta(minutes=20) < card.due.held_for < timedelta(minutes=21)
    assert held(desk) is None
    assert desk.sit(30) == []  # once: not again before another interval


def test_a_break_due_outside_a_call_is_not_marked_held() -> None:
    desk = Desk()
    call(desk, True)
    call(desk, False)
    desk.sit(61)
    assert desk.times() == ["10:00"]
    assert desk.shown[0].due.held_by is None
    assert desk.shown[0].due.held_for == timedelta(0)


def test_a_call_longer_than_the_limit_lets_the_break_through_at_the_limit() -> None:
    desk = Desk(BreakSettings(call_hold_minutes=45))
    desk.sit(30)
    call(desk, True)
    shown = desk.sit(80)
    assert [item.hhmm for item in shown] == ["10:45"]  # due 10:00, held 45 minutes
    assert shown[0].due.held_by == Hold.CALL
    assert shown[0].due.held_for == timedelta(minutes=45)
    assert desk.scheduler.in_call


def test_never_hold_shows_the_break_on_time_during_a_call() -> None:
    desk = Desk(BreakSettings(call_hold_minutes=0))
    call(desk, True)
    desk.sit(61)
    assert desk.times() == ["10:00"]
    assert desk.shown[0].due.held_by is None


def test_calls_back_to_back_keep_the_break_held_and_share_one_limit() -> None:
    desk = Desk(BreakSettings(call_hold_minutes=40))
    desk.sit(50)
    call(desk, True)
    desk.sit(20)  # the first call: 09:50-10:10
    call(desk, False)
    assert desk.sit(20 / 60, every=10) == []  # 20 s between the calls: still held
    call(desk, True)
    shown = desk.sit(60, every=10)  # the second call runs past the limit
    assert [item.hhmm for item in shown] == ["10:40"]  # 40 minutes held over both calls
    assert shown[0].due.held_by == Hold.CALL


def test_a_gap_between_calls_longer_than_the_grace_lets_the_break_come() -> None:
    desk = Desk()
    desk.sit(50)
    call(desk, True)
    desk.sit(20)
    call(desk, False)
    shown = desk.sit(1, every=10)
    call(desk, True)  # the next call begins a minute later: too late to hold it again
    assert len(shown) == 1
    assert shown[0].wall <= desk.at(10, 10) + CALL_END_GRACE + timedelta(seconds=10)


def test_a_call_while_paused_holds_the_break_from_the_end_of_the_pause() -> None:
    desk = Desk(BreakSettings(call_hold_minutes=20))
    desk.sit(45)
    desk.scheduler.pause(desk.now, desk.at(10, 15))
    desk.sit(5)
    call(desk, True)  # 09:50, during the pause; the break falls due at 10:00
    assert desk.sit(25) == []
    assert held(desk) == Hold.CALL  # the pause is over: the call holds it
    shown = desk.sit(20)
    # Held from 10:15, when the pause ended, for the 20-minute limit.
    assert [item.hhmm for item in shown] == ["10:35"]


def test_a_call_ending_during_a_pause_leaves_the_break_to_the_pause() -> None:
    desk = Desk()
    desk.sit(45)
    desk.scheduler.pause(desk.now, desk.at(10, 30))
    call(desk, True)
    desk.sit(20)
    call(desk, False)  # 10:05, while still paused
    shown = desk.sit(30)
    assert [item.hhmm for item in shown] == ["10:30"]
    assert shown[0].due.held_by is None  # the pause held it, which the user chose


def test_sleep_during_a_call_is_time_away_and_clears_the_held_break() -> None:
    desk = Desk()
    desk.sit(50)
    call(desk, True)
    desk.sit(15)
    assert held(desk) == Hold.CALL
    assert desk.sleep(20) is None  # 10:05-10:25 asleep: a natural break
    assert held(desk) is None
    desk.sit(15)
    call(desk, False)  # 10:40, nothing is due
    assert desk.sit(40) == []
    desk.sit(10)
    assert desk.times() == ["11:25"]  # one interval after waking


def test_even_a_short_sleep_during_a_call_clears_the_held_break() -> None:
    desk = Desk(BreakSettings(absence_minutes=10))
    desk.sit(50)
    call(desk, True)
    desk.sit(15)
    assert held(desk) == Hold.CALL
    assert desk.sleep(3) is None  # a sleep of any length restarts the interval
    assert held(desk) is None
    desk.sit(5)
    call(desk, False)
    assert desk.sit(1, every=10) == []
    assert desk.scheduler.sitting_minutes(desk.now) == 6


def test_idle_input_during_a_call_is_not_time_away() -> None:
    desk = Desk()
    desk.sit(10)
    call(desk, True)
    for minute in range(1, 41):  # 40 minutes on a call without touching the keyboard
        desk.clock.advance(60)
        desk.scheduler.user_idle(desk.now, minute * 60.0)
        desk.poll()
    assert not away(desk)
    assert desk.scheduler.sitting_minutes(desk.now) == 50
    call(desk, False)
    # Right after the call the input has been idle for 40 minutes: that was the call.
    desk.clock.advance(60)
    desk.scheduler.user_idle(desk.now, 41 * 60.0)
    assert not away(desk)
    desk.scheduler.user_idle(desk.now, 1.0)
    assert desk.scheduler.sitting_minutes(desk.now) == 51
    # Leaving the desk after the call still counts as time away.
    for minute in range(2, 6):
        desk.clock.advance(60)
        desk.scheduler.user_idle(desk.now, minute * 60.0)
    assert away(desk)


def test_a_call_starting_ends_an_idle_absence() -> None:
    desk = Desk()
    desk.sit(50)
    for minute in range(1, 11):  # ten minutes away from the desk
        desk.clock.advance(60)
        desk.scheduler.user_idle(desk.now, minute * 60.0)
    assert away(desk)
    call(desk, True)  # back for a call, without touching the keyboard
    assert not away(desk)
    assert desk.scheduler.sitting_minutes(desk.now) == 0  # the absence was a break


def test_a_call_wins_over_full_screen_as_the_reason_given() -> None:
    desk = Desk()
    desk.scheduler.set_deferred(desk.now, Hold.FULL_SCREEN)
    call(desk, True)
    desk.sit(65)
    assert held(desk) == Hold.CALL
    call(desk, False)
    desk.sit(1)
    # The full screen still holds it (its own limit of 30 minutes is not reached).
    assert desk.shown == []
    assert held(desk) == Hold.FULL_SCREEN
    desk.scheduler.set_deferred(desk.now, None)
    desk.sit(1)
    assert [item.due.held_by for item in desk.shown] == [Hold.FULL_SCREEN]


def test_break_now_during_a_call_comes_at_once_and_is_not_marked_held() -> None:
    desk = Desk()
    call(desk, True)
    desk.sit(70)
    due = desk.scheduler.break_now(desk.now)
    assert due.requested
    assert due.held_by is None


def test_the_call_limit_counts_only_the_time_a_call_held_the_break() -> None:
    desk = Desk(BreakSettings(call_hold_minutes=20, defer_cap_minutes=30))
    desk.scheduler.set_deferred(desk.now, Hold.FULL_SCREEN)
    desk.sit(85)  # due at 10:00, held by the full-screen app until 10:25
    assert desk.shown == []
    desk.scheduler.set_deferred(desk.now, None)
    call(desk, True)
    shown = desk.sit(30)
    assert [item.hhmm for item in shown] == ["10:45"]  # 20 minutes of call from 10:25
    assert shown[0].due.held_by == Hold.CALL
    assert shown[0].due.held_for == timedelta(minutes=45)
