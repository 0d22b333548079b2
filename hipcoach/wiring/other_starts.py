"""What the running hipcoach does for later starts: carry out their commands, answer ``status``.

A later ``hipcoach --pause 1h`` sends one command line; ``hipcoach status``
asks ``STATUS_REQUEST`` and gets the running instance's ``StatusReport``
as one line of JSON.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Protocol

from hipcoach.core.commands import STATUS_REQUEST

if TYPE_CHECKING:
    from hipcoach.core.clock import Clocks
    from hipcoach.core.settings import Settings
    from hipcoach.core.status_report import StatusReport
    from hipcoach.platform.single_instance import SingleInstance
    from hipcoach.wiring.break_pieces import BreakPieces


class RunningCoach(Protocol):
    """What the running hipcoach offers later starts."""

    @property
    def clock(self) -> Clocks:
        """The clocks hipcoach runs on."""
        ...

    @property
    def settings(self) -> Settings:
        """The settings in force."""
        ...

    @property
    def pieces(self) -> BreakPieces:
        """The break pieces (built on first use)."""
        ...

    def handle_message(self, line: str) -> None:
        """Carry out a command line sent by another start."""
        ...


def status_report(coach: RunningCoach) -> StatusReport:
    """Return what ``hipcoach status`` says about the running ``coach`` now."""
    from hipcoach.core.status_report import from_history, live  # noqa: PLC0415

    pieces = coach.pieces
    now = coach.clock.now()
    return live(
        pieces.scheduler,
        now,
        history=from_history(pieces.history, now),
        break_active=pieces.coordinator.card is not None,
        enabled=coach.settings.breaks.enabled,
    )


def serve_other_starts(instance: SingleInstance, coach: RunningCoach) -> None:
    """Carry out the commands later starts send, and answer ``hipcoach status``.

    What arrived while the instance held its messages is carried out (and
    answered) now, in order.
    """
    instance.message_received.connect(coach.handle_message)
    instance.answer(STATUS_REQUEST, lambda: json.dumps(status_report(coach).as_json()))
    instance.serve()
