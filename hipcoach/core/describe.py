"""Short human-readable descriptions of amounts and dosages.

Each description is a translatable ``Message`` (``str()`` gives the English).
"""

from __future__ import annotations

from hipcoach.core.exercises import Amount, Dosage, Exercise
from hipcoach.core.messages import Message, MessageContext, joined


class DosageText(MessageContext):
    """Amounts, durations and dosage lines."""


def format_seconds(seconds: int) -> Message:
    """Return ``45 s``, ``2 min`` or ``1 min 30 s``."""
    if seconds < 60:
        return DosageText.tr("{seconds} s", seconds=seconds)
    minutes, rest = divmod(seconds, 60)
    if rest == 0:
        return DosageText.tr("{minutes} min", minutes=minutes)
    return DosageText.tr("{minutes} min {seconds} s", minutes=minutes, seconds=rest)


def format_duration(amount: Amount) -> Message:
    """Return a time amount such as ``45–60 s``, ``60–90 s``, ``1–2 min`` or ``2 min``."""
    if not amount.is_range:
        return format_seconds(amount.low)
    if amount.low % 60 == 0 and amount.high % 60 == 0:
        return DosageText.tr("{low}–{high} min", low=amount.low // 60, high=amount.high // 60)
    if amount.high <= 120:
        return DosageText.tr("{low}–{high} s", low=amount.low, high=amount.high)
    return DosageText.tr(
        "{low} – {high}", low=format_seconds(amount.low), high=format_seconds(amount.high)
    )


def format_count(amount: Amount) -> Message:
    """Return a count such as ``12`` or ``12–15``."""
    if amount.is_range:
        return DosageText.tr("{low}–{high}", low=amount.low, high=amount.high)
    return DosageText.tr("{count}", count=amount.low)


def _work(dosage: Dosage, per_side: bool) -> list[Message]:
    work: list[Message] = []
    if dosage.sets is not None:
        count = format_count(dosage.sets)
        work.append(
            DosageText.tr("{count} sets", "", dosage.sets.high, count=count).one("{count} set")
        )
    if dosage.reps is not None:
        count, n = format_count(dosage.reps), dosage.reps.high
        if per_side:
            reps = DosageText.tr("{count} reps per side", "", n, count=count)
            work.append(reps.one("{count} rep per side"))
        else:
            work.append(DosageText.tr("{count} reps", "", n, count=count).one("{count} rep"))
    if dosage.hold_seconds is not None:
        hold = format_duration(dosage.hold_seconds)
        if per_side:
            work.append(DosageText.tr("hold {duration} per side", duration=hold))
        else:
            work.append(DosageText.tr("hold {duration}", duration=hold))
    if dosage.duration_seconds is not None:
        duration = format_duration(dosage.duration_seconds)
        if per_side:
            work.append(DosageText.tr("{duration} per side", duration=duration))
        elif dosage.sets is None:
            work.append(DosageText.tr("{duration} in total", duration=duration))
        else:
            work.append(duration)
    return work


def dosage_lines(dosage: Dosage, *, per_side: bool) -> list[Message | str]:
    """Return the dosage as short lines, the main prescription first.

    Every line is a ``Message`` except the pack's own note, which is text.
    """
    lines: list[Message | str] = []
    work = _work(dosage, per_side)
    if work:
        if dosage.sets and len(work) == 2:
            lines.append(DosageText.tr("{sets} × {work}", sets=work[0], work=work[1]))
        else:
            lines.append(joined(work))
    if dosage.tempo is not None:
        parts: list[Message] = []
        if dosage.tempo.lift_seconds:
            parts.append(DosageText.tr("{seconds} s up", seconds=dosage.tempo.lift_seconds))
        if dosage.tempo.hold_seconds:
            parts.append(DosageText.tr("{seconds} s hold", seconds=dosage.tempo.hold_seconds))
        if dosage.tempo.lower_seconds:
            parts.append(DosageText.tr("{seconds} s down", seconds=dosage.tempo.lower_seconds))
        lines.append(DosageText.tr("Pace: {parts}", parts=joined(parts)))
    if dosage.pressure_hold_seconds is not None:
        duration = format_duration(dosage.pressure_hold_seconds)
        lines.append(DosageText.tr("Stay on a tender spot for {duration}", duration=duration))
    if dosage.rest_seconds is not None:
        duration = format_duration(dosage.rest_seconds)
        lines.append(DosageText.tr("Rest {duration} between sets", duration=duration))
    if dosage.note:
        lines.append(dosage.note)
    return lines


def dosage_summary(exercise: Exercise) -> Message | str:
    """Return the main prescription of ``exercise`` on one line (``""`` when there is none)."""
    lines = dosage_lines(exercise.dosage, per_side=exercise.per_side)
    return lines[0] if lines else ""
