"""Signals name what they carry, and Qt hands it over untouched.

PySide6 passes an instance of a Python class declared in ``Signal(SomeClass)``
as the very object emitted, through a direct connection and through a queued
one (where Qt keeps it until the event loop delivers it). The app relies on
that: its drivers and pages declare ``Signal(BreakAnswer)``,
``Signal(SessionSummary)`` … and the receivers take the object as it is.
``Signal(object)`` is left only where Qt cannot name the payload (a value
that may be None, a union), with a comment saying so; a test here keeps it so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame
from pytestqt.qtbot import QtBot

from hipcoach.core.history_records import BreakAction
from hipcoach.core.reminders import BreakDue
from hipcoach.services.break_driver import BreakAnswer, BreakChoice

HIPCOACH = Path(__file__).resolve().parents[2] / "hipcoach"
CONNECTIONS = (Qt.ConnectionType.DirectConnection, Qt.ConnectionType.QueuedConnection)


@dataclass(frozen=True)
class Payload:
    name: str
    values: tuple[int, ...]


class Card(QFrame):
    """A widget class of our own, as BreakCard is."""


class Emitter(QObject):
    payload = Signal(Payload)
    answer = Signal(BreakAnswer)
    choice = Signal(BreakChoice, object)
    card = Signal(QFrame)
    choices = Signal(str, dict)


@pytest.fixture
def emitter(qapp: QApplication) -> Iterator[Emitter]:
    made = Emitter()
    yield made
    made.deleteLater()


def deliver(
    emitter: Emitter, connection: Qt.ConnectionType, name: str, *args: object
) -> list[tuple[object, ...]]:
    """Emit ``name`` with ``args`` over a ``connection`` and return what the receiver got."""
    got: list[tuple[object, ...]] = []
    signal = getattr(emitter, name)
    signal.connect(lambda *received: got.append(received), connection)
    signal.emit(*args)
    QCoreApplication.processEvents()
    return got


@pytest.mark.parametrize("connection", CONNECTIONS, ids=["direct", "queued"])
def test_a_dataclass_arrives_as_the_object_emitted(
    emitter: Emitter, connection: Qt.ConnectionType
) -> None:
    sent = Payload("hold", (1, 2, 3))
    ((received,),) = deliver(emitter, connection, "payload", sent)
    assert received is sent


@pytest.mark.parametrize("connection", CONNECTIONS, ids=["direct", "queued"])
def test_the_apps_own_values_arrive_unchanged(
    emitter: Emitter, connection: Qt.ConnectionType
) -> None:
    now = datetime(2026, 1, 5, 9, tzinfo=UTC)
    answer = BreakAnswer(
        BreakDue(now, "walk-break", timedelta(hours=1)), BreakAction.SNOOZED, None, now
    )
    ((received,),) = deliver(emitter, connection, "answer", answer)
    assert received is answer
    ((choice, reason),) = deliver(emitter, connection, "choice", BreakChoice.SKIP, None)
    assert choice is BreakChoice.SKIP
    assert reason is None


@pytest.mark.parametrize("connection", CONNECTIONS, ids=["direct", "queued"])
def test_a_widget_of_our_own_class_arrives_as_itself(
    qtbot: QtBot, emitter: Emitter, connection: Qt.ConnectionType
) -> None:
    card = Card()
    qtbot.addWidget(card)
    ((received,),) = deliver(emitter, connection, "card", card)
    assert received is card
    assert isinstance(received, Card)


@pytest.mark.parametrize("connection", CONNECTIONS, ids=["direct", "queued"])
def test_a_dict_arrives_as_an_equal_dict(emitter: Emitter, connection: Qt.ConnectionType) -> None:
    choices = {"release": "couch-stretch", "strengthen": "glute-bridge"}
    ((routine, received),) = deliver(emitter, connection, "choices", "daily", choices)
    assert routine == "daily"
    assert received == choices
    assert isinstance(received, dict)


def _signals() -> Iterator[tuple[Path, int, str, str]]:
    """Yield each Signal declared in hipcoach: file, line, the declaration, the line above."""
    for path in sorted(HIPCOACH.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if re.match(r"\s+\w+ = Signal\(", line):
                yield path, number + 1, line.strip(), lines[number - 1].strip()


def test_every_untyped_signal_says_why() -> None:
    declared = list(_signals())
    assert len(declared) > 20  # the scan finds the app's signals
    unexplained = [
        f"{path.relative_to(HIPCOACH.parent)}:{number}: {line}"
        for path, number, line, above in declared
        if "object" in line and not above.startswith("#")
    ]
    assert unexplained == [], "say in a comment above why Qt cannot carry the type"
