"""When a countdown's spoken form changes (``hipcoach.core.countdown_speech``)."""

from __future__ import annotations

import pytest

from hipcoach.core.countdown_speech import CountdownReading, seconds_left, worth_saying


def spoken_seconds(total: int, words: str = "seconds") -> list[int]:
    """Count ``total`` seconds down; return the numbers that would be said."""
    said: CountdownReading | None = None
    heard = []
    for shown in range(total, 0, -1):
        reading = CountdownReading(shown, words, (total - shown) / total)
        if worth_saying(said, reading):
            said = reading
            heard.append(shown)
    return heard


@pytest.mark.parametrize(
    ("total", "heard"),
    [
        (30, [30, 20, 15, 10, 3, 2, 1]),
        (20, [20, 10, 3, 2, 1]),
        (45, [45, 40, 30, 22, 20, 10, 3, 2, 1]),
        (5, [5, 3, 2, 1]),
        (3, [3, 2, 1]),
        (120, [120, 110, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 3, 2, 1]),
    ],
)
def test_a_hold_is_said_at_its_start_every_ten_seconds_halfway_and_at_the_end(
    total: int, heard: list[int]
) -> None:
    assert spoken_seconds(total) == heard


def test_a_long_hold_is_said_far_less_often_than_every_second() -> None:
    assert len(spoken_seconds(60)) <= 60 // 5


def test_the_same_reading_is_never_said_twice() -> None:
    reading = CountdownReading(17, "seconds", 0.4)
    assert worth_saying(None, reading)
    assert not worth_saying(reading, reading)
    assert not worth_saying(reading, CountdownReading(17, "seconds", 0.42))


def test_pausing_resuming_and_new_words_are_said_at_once() -> None:
    said = CountdownReading(17, "seconds", 0.4)
    assert worth_saying(said, CountdownReading(17, "paused", 0.4, paused=True))
    paused = CountdownReading(17, "paused", 0.4, paused=True)
    assert worth_saying(paused, CountdownReading(17, "seconds", 0.4))
    assert worth_saying(said, CountdownReading(16, "squeeze 4 of 10", 0.45))


def test_a_new_step_or_a_restart_is_said_at_once() -> None:
    late = CountdownReading(7, "seconds", 0.8)
    assert worth_saying(late, CountdownReading(5, "seconds", 0.0))  # the next step, shorter
    assert worth_saying(late, CountdownReading(35, "seconds", 0.0))  # restarted


def test_a_step_without_a_number_is_said_when_it_changes() -> None:
    press_done = CountdownReading(None, "press Done", 0.0)
    assert worth_saying(CountdownReading(1, "seconds", 0.97), press_done)
    assert not worth_saying(press_done, CountdownReading(None, "press Done", 0.0))
    assert worth_saying(press_done, CountdownReading(12, "seconds", 0.0))


def test_seconds_left_in_english_has_a_singular() -> None:
    assert str(seconds_left(12)) == "12 seconds left"
    assert str(seconds_left(1)) == "1 second left"
