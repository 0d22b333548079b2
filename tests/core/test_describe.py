"""Dosage descriptions read the way a coach would say them."""

from __future__ import annotations

import pytest

from hipcoach.core.describe import dosage_lines, format_duration, format_seconds
from hipcoach.core.exercises import Amount, Dosage, Tempo
from hipcoach.core.messages import Message


def _english(lines: list[Message | str]) -> list[str]:
    return [str(line) for line in lines]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(20, "20 s"), (60, "1 min"), (90, "1 min 30 s"), (300, "5 min")],
)
def test_format_seconds(seconds: int, text: str) -> None:
    assert str(format_seconds(seconds)) == text


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Amount.exactly(45), "45 s"),
        (Amount(45, 60, 45), "45–60 s"),
        (Amount(60, 90, 60), "60–90 s"),
        (Amount(60, 120, 60), "1–2 min"),
        (Amount(120, 300, 120), "2–5 min"),
        (Amount(150, 200, 150), "2 min 30 s – 3 min 20 s"),
    ],
)
def test_format_duration(amount: Amount, text: str) -> None:
    assert str(format_duration(amount)) == text


def test_sets_reps_and_tempo() -> None:
    dosage = Dosage(
        sets=Amount.exactly(3),
        reps=Amount(12, 15, 12),
        rest_seconds=Amount.exactly(45),
        tempo=Tempo(lift_seconds=2, hold_seconds=5, lower_seconds=3),
    )
    assert _english(dosage_lines(dosage, per_side=False)) == [
        "3 sets × 12–15 reps",
        "Pace: 2 s up, 5 s hold, 3 s down",
        "Rest 45 s between sets",
    ]


def test_per_side_hold_and_release_work() -> None:
    stretch = Dosage(hold_seconds=Amount(45, 60, 45), sets=Amount(2, 3, 2))
    assert str(dosage_lines(stretch, per_side=True)[0]) == "2–3 sets × hold 45–60 s per side"
    release = Dosage(
        duration_seconds=Amount(120, 180, 120),
        pressure_hold_seconds=Amount(20, 30, 20),
        note="Cover L1 to L5.",
    )
    assert _english(dosage_lines(release, per_side=False)) == [
        "2–3 min in total",
        "Stay on a tender spot for 20–30 s",
        "Cover L1 to L5.",
    ]
    assert _english(dosage_lines(Dosage(reps=Amount.exactly(1)), per_side=False)) == ["1 rep"]


def test_overridden_by_keeps_what_the_override_leaves_out() -> None:
    own = Dosage(
        hold_seconds=Amount(45, 60, 45), sets=Amount(2, 3, 2), rest_seconds=Amount.exactly(15)
    )
    routine = Dosage(hold_seconds=Amount.exactly(45), sets=Amount.exactly(1))
    merged = own.overridden_by(routine)
    assert merged.hold_seconds == Amount.exactly(45)
    assert merged.sets == Amount.exactly(1)
    assert merged.rest_seconds == Amount.exactly(15)
