"""Corrections to the pain journal: what an edit may do, what changed, and the audit of it.

An entry of the journal can be corrected or deleted after it was made, but
never silently: the history keeps one audit row per changed field (entry
id, field, old and new value, when). Deleting an entry writes one row per
field the entry held, old value kept and new value empty, so the audit
still tells what the entry said after it is gone from every view.

Values in the audit are text, exactly as the journal stores them: ratings
as numbers, areas comma-separated, the time as ISO-8601 with its offset.

Nothing here reads a clock or touches a file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from hipcoach.core.messages import MessageContext, MessageError

if TYPE_CHECKING:
    from hipcoach.core.history_records import PainEntry

#: The fields of a journal entry, in the order the audit lists them.
PAIN_FIELDS = (
    "at",
    "moment",
    "pain",
    "areas",
    "stiffness",
    "tight_left",
    "tight_right",
    "session_id",
    "note",
)
#: What an audit row records.
AUDIT_ACTIONS = ("edited", "deleted")


class PainEditText(MessageContext):
    """Why a correction to the pain journal was refused."""


class PainEditError(MessageError):
    """A correction that cannot be saved; the message says why, for the user."""


@dataclass(frozen=True)
class PainChange:
    """One field of an entry that changed: its stored text before and after (None: empty)."""

    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class PainAuditRow:
    """One line of the audit: entry ``entry_id``'s ``field`` went from ``old`` to ``new``.

    ``action`` is ``edited`` or ``deleted`` (then ``new`` is None);
    ``changed_at`` is when the user made the change.
    """

    id: int
    entry_id: int
    action: str
    field: str
    old: str | None
    new: str | None
    changed_at: datetime


def stored_text(entry: PainEntry, field: str) -> str | None:
    """Return ``entry``'s ``field`` as the audit keeps it (None for an empty field)."""
    value = getattr(entry, field)
    if field == "at":
        return str(value.isoformat())
    if field == "areas":
        return ",".join(value) or None
    return None if value is None else str(value)


def pain_changes(old: PainEntry, new: PainEntry) -> tuple[PainChange, ...]:
    """Return the fields that differ between ``old`` and ``new``, in ``PAIN_FIELDS`` order.

    A time counts as changed when its instant or its UTC offset differs.
    """
    changes = []
    for name in PAIN_FIELDS:
        before, after = stored_text(old, name), stored_text(new, name)
        if before != after:
            changes.append(PainChange(name, before, after))
    return tuple(changes)


def deletion_changes(entry: PainEntry) -> tuple[PainChange, ...]:
    """Return what deleting ``entry`` removes: every field it held, with no new value."""
    return tuple(
        PainChange(name, text, None)
        for name in PAIN_FIELDS
        if (text := stored_text(entry, name)) is not None
    )


def says_something(entry: PainEntry) -> bool:
    """Return whether ``entry`` holds any rating, area or note."""
    return bool(
        entry.pain is not None
        or entry.stiffness is not None
        or entry.tight_left is not None
        or entry.tight_right is not None
        or entry.areas
        or entry.note
    )


def corrected(
    entry: PainEntry,
    *,
    pain: int | None,
    areas: tuple[str, ...],
    stiffness: int | None,
    tight_left: int | None,
    tight_right: int | None,
    note: str | None,
) -> PainEntry:
    """Return ``entry`` with the ratings, areas and note replaced: its correction.

    The note is trimmed (an empty note becomes None); the time, moment and
    session stay. Raises ``PainEditError`` when the result would say nothing
    at all (deleting is the way to remove an entry) and ``ValueError`` for
    values no entry may hold (a rating outside 0–10, an unknown area).
    """
    result = replace(
        entry,
        pain=pain,
        areas=areas,
        stiffness=stiffness,
        tight_left=tight_left,
        tight_right=tight_right,
        note=(note or "").strip() or None,
    )
    check_correction(entry, result)
    return result


def check_correction(old: PainEntry, new: PainEntry) -> None:
    """Raise ``PainEditError`` unless ``new`` may replace ``old`` in the journal.

    ``new`` must be the same entry (same id) and must still say something.
    """
    if new.id != old.id:
        raise PainEditError(
            PainEditText.tr(
                "A correction must keep the entry it corrects (entry {old}, not {new}).",
                old=str(old.id),
                new=str(new.id),
            )
        )
    if not says_something(new):
        raise PainEditError(
            PainEditText.tr(
                "An entry needs at least one rating, area or note. To remove it, delete it instead."
            )
        )


__all__ = [
    "AUDIT_ACTIONS",
    "PAIN_FIELDS",
    "PainAuditRow",
    "PainChange",
    "PainEditError",
    "PainEditText",
    "check_correction",
    "corrected",
    "deletion_changes",
    "pain_changes",
    "says_something",
    "stored_text",
]
