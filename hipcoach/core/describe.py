"""Short human-readable descriptions of amounts and dosages."""

from __future__ import annotations

from hipcoach.core.exercises import Amount, Dosage, Exercise


def format_seconds(seconds: int) -> str:
    """Return ``45 s``, ``2 min`` or ``1 min 30 s``."""
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min" if rest == 0 else f"{minutes} min {rest} s"


def format_duration(amount: Amount) -> str:
    """Return a time amount such as ``45–60 s``, ``60–90 s``, ``1–2 min`` or ``2 min``."""
    if not amount.is_range:
        return format_seconds(amount.low)
    if amount.low % 60 == 0 and amount.high % 60 == 0:
        return f"{amount.low // 60}–{amount.high // 60} min"
    if amount.high <= 120:
        return f"{amount.low}–{amount.high} s"
    return f"{format_seconds(amount.low)} – {format_seconds(amount.high)}"


def format_count(amount: Amount) -> str:
    """Return a count such as ``12`` or ``12–15``."""
    return f"{amount.low}–{amount.high}" if amount.is_range else str(amount.low)


def _plural(amount: Amount, word: str) -> str:
    return f"{format_count(amount)} {word}{'' if amount.high == 1 else 's'}"


def dosage_lines(dosage: Dosage, *, per_side: bool) -> list[str]:
    """Return the dosage as short lines, the main prescription first."""
    side = " per side" if per_side else ""
    lines: list[str] = []
    work: list[str] = []
    if dosage.sets is not None:
        work.append(_plural(dosage.sets, "set"))
    if dosage.reps is not None:
        work.append(f"{_plural(dosage.reps, 'rep')}{side}")
    if dosage.hold_seconds is not None:
        work.append(f"hold {format_duration(dosage.hold_seconds)}{side}")
    if dosage.duration_seconds is not None:
        total = side or (" in total" if dosage.sets is None else "")
        work.append(f"{format_duration(dosage.duration_seconds)}{total}")
    if work:
        lines.append(" × ".join(work) if dosage.sets and len(work) == 2 else ", ".join(work))
    if dosage.tempo is not None:
        parts = []
        if dosage.tempo.lift_seconds:
            parts.append(f"{dosage.tempo.lift_seconds} s up")
        if dosage.tempo.hold_seconds:
            parts.append(f"{dosage.tempo.hold_seconds} s hold")
        if dosage.tempo.lower_seconds:
            parts.append(f"{dosage.tempo.lower_seconds} s down")
        lines.append("Pace: " + ", ".join(parts))
    if dosage.pressure_hold_seconds is not None:
        lines.append(f"Stay on a tender spot for {format_duration(dosage.pressure_hold_seconds)}")
    if dosage.rest_seconds is not None:
        lines.append(f"Rest {format_duration(dosage.rest_seconds)} between sets")
    if dosage.note:
        lines.append(dosage.note)
    return lines


def dosage_summary(exercise: Exercise) -> str:
    """Return the main prescription of ``exercise`` on one line."""
    lines = dosage_lines(exercise.dosage, per_side=exercise.per_side)
    return lines[0] if lines else ""
