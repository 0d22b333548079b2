"""Turns due breaks into a card and a desktop notification, and answers into actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol, assert_never

from PySide6.QtCore import QObject, Signal, SignalInstance

from hipcoach.core.break_moves import BreakPart, break_parts
from hipcoach.core.clock import Clock, WallClock
from hipcoach.core.history_records import BreakPartRecord, PartOutcome
from hipcoach.core.library import Library
from hipcoach.core.reminders import BreakDue
from hipcoach.services.break_driver import BreakChoice, BreakDriver, BreakStatus
from hipcoach.services.sound import CuePlayer

Notify = Callable[[str, str], bool]


class Card(Protocol):
    """What the coordinator needs of a break card (``hipcoach.ui.break_card.BreakCard``)."""

    @property
    def due(self) -> BreakDue:
        """The break the card is for."""
        ...

    @property
    def parts(self) -> tuple[BreakPart, ...]:
        """The parts of the break, in order."""
        ...

    @property
    def part_records(self) -> tuple[BreakPartRecord, ...]:
        """What became of each part, once the card was answered (empty before)."""
        ...

    @property
    def answered(self) -> SignalInstance:
        """Fires once with ``(action, reason)``: ``done``, ``snooze`` or ``skip``."""
        ...

    @property
    def stood_up(self) -> SignalInstance:
        """Fires (instead of ``answered``) when the user says they stood up."""
        ...

    @property
    def destroyed(self) -> SignalInstance:
        """Fires when the card is gone (it deletes itself when closed)."""
        ...

    @property
    def move_running(self) -> bool:
        """Whether the card's guided move is counting."""
        ...

    def place_near_pointer(self) -> None:
        """Move to where the user will see it."""
        ...

    def show(self) -> None:
        """Show the card."""
        ...

    def user_away(self) -> None:
        """The user left the desk (a walk under way counts as done)."""
        ...

    def say_stood_up(self) -> None:
        """Settle the parts as not reached, fire ``stood_up`` and close."""
        ...

    def dismiss(self) -> None:
        """Close without an answer."""
        ...


class CardFactory(Protocol):
    """Builds the card for a due break (``BreakCard`` itself is one)."""

    def __call__(
        self,
        due: BreakDue,
        parts: tuple[BreakPart, ...],
        *,
        clock: Clock,
        wall: WallClock,
        cue_player: CuePlayer | None,
        snoozes_left: int,
        snooze_minutes: int,
    ) -> Card:
        """Return a new card, not shown yet."""
        ...


class BreakCoordinator(QObject):
    """Shows at most one break card at a time, built by ``card_factory``.

    ``card_shown`` fires with each new card; ``notice`` fires with a message
    for the user when a break could not be shown as planned.
    """

    # A BreakCard, named by a Qt base class: services import no widget of their own.
    card_shown = Signal(QObject)
    notice = Signal(str)

    def __init__(
        self,
        driver: BreakDriver,
        library: Library,
        *,
        card_factory: CardFactory,
        clock: Clock,
        wall: WallClock,
        notify: Notify | None = None,
        cue_player: Callable[[], CuePlayer | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._driver = driver
        self._library = library
        self._card_factory = card_factory
        self._clock = clock
        self._wall = wall
        self._notify = notify
        self._cue_player = cue_player
        self.card: Card | None = None
        driver.break_due.connect(self.show_break)
        driver.break_cleared.connect(self._cleared)
        driver.status_changed.connect(self._status_changed)

    def set_library(self, library: Library) -> None:
        """Pick the moves of later breaks from ``library`` (a card on show keeps its move)."""
        self._library = library

    def show_break(self, due: BreakDue) -> None:
        """Show a card for ``due`` (replacing any card still open) and notify."""
        settings = self._driver.scheduler.settings
        parts = break_parts(self._library, due, settings)
        if not parts:
            self.notice.emit(self.tr("No movement-break exercise is available; check your packs."))
            return
        self._dismiss()
        card = self._card_factory(
            due,
            parts,
            clock=self._clock,
            wall=self._wall,
            cue_player=self._cue_player(),
            snoozes_left=self._driver.scheduler.snoozes_left,
            snooze_minutes=settings.snooze_minutes,
        )
        card.answered.connect(
            lambda choice, reason, answered=card: self._answered(answered, choice, reason)
        )
        card.stood_up.connect(lambda answered=card: self._stood_up(answered))
        card.destroyed.connect(lambda _=None, gone=card: self._forget(gone))
        card.place_near_pointer()
        card.show()
        self.card = card
        self.card_shown.emit(card)
        if self._notify is not None:
            minutes = int(due.sitting.total_seconds() // 60)
            body = (
                self.tr("You have been sitting for %n minutes. Try: {move}.", "", minutes)
                if minutes
                else self.tr("Try: {move}.")
            )
            names = ", ".join(part.exercise.name for part in parts)
            self._notify(self.tr("Time to stand up"), body.format(move=names))

    def _forget(self, card: Card) -> None:
        if self.card is card:
            self.card = None

    def _answered(self, card: Card, choice: BreakChoice, reason: str | None) -> None:
        self.card = None
        parts = card.part_records
        match choice:
            case BreakChoice.DONE:
                self._driver.done(reason, parts=parts)
            case BreakChoice.SNOOZE:
                if not self._driver.snooze(reason, parts=parts):
                    self._driver.skip(reason or "snooze-limit", parts=_snooze_refused(parts))
            case BreakChoice.SKIP:
                self._driver.skip(reason, parts=parts)
            case _:
                assert_never(choice)

    def stood_up(self) -> None:
        """The user says they stood up (tray menu): an open card answers for its parts."""
        if self.card is not None:
            self.card.say_stood_up()  # its signal reaches ``_stood_up``
        else:
            self._driver.stood_up()

    def _stood_up(self, card: Card) -> None:
        self.card = None
        self._driver.stood_up(card.part_records)

    def _dismiss(self) -> None:
        if self.card is not None:
            card, self.card = self.card, None
            card.dismiss()

    def _cleared(self) -> None:
        # The user left the desk: a walk under way was done; any other card goes.
        if self.card is not None and self.card.move_running:
            self.card.user_away()
        self._dismiss()

    def _status_changed(self, status: BreakStatus) -> None:
        if self.card is not None and self._driver.scheduler.away:
            self.card.user_away()


def _snooze_refused(parts: tuple[BreakPartRecord, ...]) -> tuple[BreakPartRecord, ...]:
    """Return ``parts`` with those put off marked skipped: the break could not be snoozed."""
    return tuple(
        replace(part, outcome=PartOutcome.SKIPPED) if part.outcome is PartOutcome.SNOOZED else part
        for part in parts
    )
