"""Correcting and deleting pain-journal entries: the store, the audit, the checks, the upgrade."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hipcoach.core.clock import ManualClock
from hipcoach.core.history import (
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryReadOnlyError,
    HistoryStore,
    PainEntry,
    migrate,
)
from hipcoach.core.history_records import PainMoment
from hipcoach.core.pain_edits import (
    PainAuditRow,
    PainChange,
    PainEditError,
    corrected,
    deletion_changes,
    pain_changes,
    says_something,
)

BERLIN = ZoneInfo("Europe/Berlin")
MADE = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)
LATER = datetime(2026, 3, 4, 19, 30, tzinfo=BERLIN)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3", clock=ManualClock(MADE)).store as opened:
        yield opened


def stored(store: HistoryStore, **fields: object) -> PainEntry:
    """Add an entry (a 'before' rating of 6 by default) and return it as stored."""
    values: dict[str, object] = {"at": MADE, "moment": "quick", "pain": 6, "stiffness": 4}
    values.update(fields)
    entry_id = store.add_pain(PainEntry(**values))  # type: ignore[arg-type]
    found = store.pain_entry(entry_id)
    assert found is not None
    return found


def fix(entry: PainEntry, **fields: object) -> PainEntry:
    """Return ``corrected(entry, …)`` keeping every field not given."""
    values: dict[str, object] = {
        "pain": entry.pain,
        "areas": entry.areas,
        "stiffness": entry.stiffness,
        "tight_left": entry.tight_left,
        "tight_right": entry.tight_right,
        "note": entry.note,
    }
    values.update(fields)
    return corrected(entry, **values)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- editing


def test_an_edit_replaces_the_entry_and_audits_each_changed_field(store: HistoryStore) -> None:
    entry = stored(store, areas=("front-of-hip",), note="after the drive")
    changes = store.edit_pain(
        fix(entry, pain=3, areas=("front-of-hip", "lower-back"), note="  after a long drive "),
        changed_at=LATER,
    )
    assert changes == (
        PainChange("pain", "6", "3"),
        PainChange("areas", "front-of-hip", "front-of-hip,lower-back"),
        PainChange("note", "after the drive", "after a long drive"),
    )
    (now,) = store.pain_entries()
    assert (now.id, now.pain, now.stiffness) == (entry.id, 3, 4)
    assert now.areas == ("front-of-hip", "lower-back")
    assert now.note == "after a long drive"
    assert (now.at, now.moment) == (MADE, "quick")  # when and what kind stay
    audit = store.pain_audit()
    assert [(row.entry_id, row.action, row.field, row.old, row.new) for row in audit] == [
        (entry.id, "edited", "pain", "6", "3"),
        (entry.id, "edited", "areas", "front-of-hip", "front-of-hip,lower-back"),
        (entry.id, "edited", "note", "after the drive", "after a long drive"),
    ]
    assert all(row.changed_at == LATER for row in audit)
    assert audit[0].changed_at.utcoffset() == timedelta(hours=1)
    assert store.pain_last_edited() == {entry.id: LATER}


def test_clearing_a_rating_is_audited_with_an_empty_new_value(store: HistoryStore) -> None:
    entry = stored(store)
    store.edit_pain(fix(entry, stiffness=None), changed_at=LATER)
    assert store.pain_audit(entry.id) == [
        PainAuditRow(1, entry.id, "edited", "stiffness", "4", None, LATER)  # type: ignore[arg-type]
    ]
    assert store.pain_readings()[0].stiffness is None


def test_an_edit_that_changes_nothing_writes_nothing(store: HistoryStore) -> None:
    entry = stored(store, note="same")
    assert store.edit_pain(fix(entry, note=" same "), changed_at=LATER) == ()
    assert store.pain_audit() == []
    assert store.pain_last_edited() == {}


def test_the_time_can_be_corrected_and_ranges_follow_it(store: HistoryStore) -> None:
    entry = stored(store)
    earlier = MADE - timedelta(days=1)
    (change,) = store.edit_pain(replace(entry, at=earlier), changed_at=LATER)
    assert change == PainChange("at", MADE.isoformat(), earlier.isoformat())
    assert store.pain_entries(since=MADE) == []
    assert [e.id for e in store.pain_entries(until=MADE)] == [entry.id]


def test_each_edit_of_an_entry_is_kept_in_order(store: HistoryStore) -> None:
    entry = stored(store)
    second = LATER + timedelta(days=1)
    store.edit_pain(fix(entry, pain=5), changed_at=LATER)
    store.edit_pain(fix(replace(entry, pain=5), pain=2), changed_at=second)
    other = stored(store, pain=1)
    store.edit_pain(fix(other, pain=0), changed_at=LATER)
    assert [(r.old, r.new, r.changed_at) for r in store.pain_audit(entry.id)] == [
        ("6", "5", LATER),
        ("5", "2", second),
    ]
    assert [r.entry_id for r in store.pain_audit()] == [entry.id, entry.id, other.id]
    assert store.pain_last_edited() == {entry.id: second, other.id: LATER}


def test_an_edit_that_would_leave_the_entry_empty_is_refused(store: HistoryStore) -> None:
    entry = stored(store, stiffness=None, note="x")
    with pytest.raises(PainEditError, match="at least one rating, area or note") as caught:
        fix(entry, pain=None, note="   ")
    assert caught.value.message.context == "PainEditText"
    with pytest.raises(PainEditError):  # the store checks too, whatever it is given
        store.edit_pain(replace(entry, pain=None, note=None), changed_at=LATER)
    assert store.pain_entry(entry.id or 0) == entry
    assert store.pain_audit() == []


def test_ratings_outside_the_scale_are_refused_before_anything_is_written(
    store: HistoryStore,
) -> None:
    entry = stored(store)
    with pytest.raises(ValueError, match="pain"):
        fix(entry, pain=11)
    with pytest.raises(ValueError, match="areas"):
        fix(entry, areas=("knee",))
    assert store.pain_audit() == []


def test_editing_a_missing_or_unsaved_entry_is_an_error(store: HistoryStore) -> None:
    entry = stored(store)
    with pytest.raises(KeyError, match="no pain entry 99"):
        store.edit_pain(replace(entry, id=99, pain=1), changed_at=LATER)
    with pytest.raises(KeyError):
        store.edit_pain(replace(entry, id=None), changed_at=LATER)
    with pytest.raises(KeyError, match="no session 7"):
        store.edit_pain(replace(entry, session_id=7), changed_at=LATER)
    assert store.pain_entry(entry.id or 0) == entry
    assert store.pain_audit() == []


def test_a_naive_change_time_is_refused(store: HistoryStore) -> None:
    entry = stored(store)
    with pytest.raises(ValueError, match="aware"):
        store.edit_pain(fix(entry, pain=1), changed_at=datetime(2026, 3, 4, 19, 30))
    with pytest.raises(ValueError, match="aware"):
        store.delete_pain(entry.id or 0, deleted_at=datetime(2026, 3, 4, 19, 30))


# --------------------------------------------------------------------------- deleting


def test_a_deleted_entry_leaves_every_view_but_its_audit_remains(store: HistoryStore) -> None:
    session_id = store.start_session("daily", MADE)
    entry = stored(
        store,
        moment="after",
        areas=("outer-hip",),
        tight_left=7,
        session_id=session_id,
        note="sharp on the stairs",
    )
    keep = stored(store, pain=2)
    store.edit_pain(fix(entry, pain=5), changed_at=LATER)
    removed = store.delete_pain(entry.id or 0, deleted_at=LATER + timedelta(hours=1))

    assert [e.id for e in store.pain_entries()] == [keep.id]
    assert [r.pain for r in store.pain_readings()] == [2]
    assert store.pain_entry(entry.id or 0) is None
    assert [row[0] for row in store.stored_rows("pain")] == [keep.id]
    assert store.pain_last_edited() == {}  # the edited entry is gone
    assert removed == deletion_changes(replace(entry, pain=5))
    audit = store.pain_audit(entry.id)
    assert [(r.action, r.field, r.old, r.new) for r in audit] == [
        ("edited", "pain", "6", "5"),
        ("deleted", "at", MADE.isoformat(), None),
        ("deleted", "moment", "after", None),
        ("deleted", "pain", "5", None),
        ("deleted", "areas", "outer-hip", None),
        ("deleted", "stiffness", "4", None),
        ("deleted", "tight_left", "7", None),
        ("deleted", "session_id", str(session_id), None),
        ("deleted", "note", "sharp on the stairs", None),
    ]
    assert audit[-1].changed_at == LATER + timedelta(hours=1)


def test_deleting_a_missing_entry_is_an_error_and_writes_nothing(store: HistoryStore) -> None:
    entry = stored(store)
    store.delete_pain(entry.id or 0, deleted_at=LATER)
    with pytest.raises(KeyError, match="no pain entry"):
        store.delete_pain(entry.id or 0, deleted_at=LATER)
    assert len(store.pain_audit()) == len(deletion_changes(entry))


def test_a_read_only_history_refuses_corrections(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore.open(path, clock=ManualClock(MADE)).store as writable:
        entry = stored(writable)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with HistoryStore.open(path, clock=ManualClock(MADE)).store as store:
        with pytest.raises(HistoryReadOnlyError):
            store.edit_pain(fix(entry, pain=1), changed_at=LATER)
        with pytest.raises(HistoryReadOnlyError):
            store.delete_pain(entry.id or 0, deleted_at=LATER)
        assert store.pain_entries() == [entry]


# --------------------------------------------------------------------------- the upgrade


def test_a_version_1_history_gains_the_audit_and_keeps_its_entries(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, MIGRATIONS[:1])  # the first layout, as the first release wrote it
    connection.execute(
        "INSERT INTO pain_entries (at, at_us, moment, pain, areas, note)"
        " VALUES (?, 0, 'quick', 4, '', 'from version 1')",
        (MADE.isoformat(),),
    )
    connection.close()

    with HistoryStore.open(path, clock=ManualClock(LATER)).store as store:
        (entry,) = store.pain_entries()
        assert (entry.pain, entry.note) == (4, "from version 1")
        assert store.pain_audit() == []
        store.edit_pain(fix(entry, pain=3), changed_at=LATER)
        assert [(r.field, r.old, r.new) for r in store.pain_audit()] == [("pain", "4", "3")]
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    check.close()


def test_the_audit_upgrade_needs_no_other_upgrade_before_it(tmp_path: Path) -> None:
    """It only adds a table, so it applies on top of version 1 plus any other change."""
    path = tmp_path / "history.sqlite3"

    def unrelated(connection: sqlite3.Connection) -> None:
        connection.execute("ALTER TABLE sessions ADD COLUMN status TEXT")

    audit_upgrade = MIGRATIONS[2]  # version 2 to 3
    connection = sqlite3.connect(path, isolation_level=None)
    assert migrate(connection, (MIGRATIONS[0], unrelated, audit_upgrade)) == 0
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "pain_audit" in tables


# --------------------------------------------------------------------------- pure helpers


def test_changes_are_listed_in_field_order_and_deletion_lists_what_was_held() -> None:
    old = PainEntry(MADE, PainMoment.QUICK, pain=6, areas=("lower-back",))
    new = replace(old, pain=None, note="better", areas=())
    assert pain_changes(old, new) == (
        PainChange("pain", "6", None),
        PainChange("areas", "lower-back", None),
        PainChange("note", None, "better"),
    )
    assert [c.field for c in deletion_changes(old)] == ["at", "moment", "pain", "areas"]
    same_instant_other_offset = replace(old, at=MADE.astimezone(ZoneInfo("UTC")))
    assert [c.field for c in pain_changes(old, same_instant_other_offset)] == ["at"]


def test_an_entry_says_something_with_any_rating_area_or_note() -> None:
    empty = PainEntry(MADE, PainMoment.QUICK)
    assert not says_something(empty)
    for fields in ({"pain": 0}, {"tight_right": 0}, {"areas": ("outer-hip",)}, {"note": "x"}):
        assert says_something(replace(empty, **fields))
