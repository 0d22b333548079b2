"""Turns due breaks into a card and a desktop notification, and answers into actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, assert_never

from PySide6.QtCore import QObject, Signal, SignalInstance

from hipcoach.core.break_moves import break_plan, pick_move
from hipcoach.core.clock import Clock, WallClock
from hipcoach.core.exercises import Exercise
from hipcoach.core.library import Library
from hipcoach.core.plan import Plan
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
    def answered(self) -> SignalInstance:
        """Fires once with ``(action, reason)``: ``done``, ``snooze`` or ``skip``."""
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

    def dismiss(self) -> None:
        """Close without an answer."""
        ...


class CardFactory(Protocol):
    """Builds the card for a due break (``BreakCard`` itself is one)."""

    def __call__(
        self,
        due: BreakDue,
        exercise: Exercise,
        plan: Plan,
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
        exercise = pick_move(self._library, due.move, settings)
        if exercise is None:
            self.notice.emit(self.tr("No movement-break exercise is available; check your packs."))
            return
        self._dismiss()
        card = self._card_factory(
            due,
            exercise,
            break_plan(exercise, settings),
            clock=self._clock,
            wall=self._wall,
            cue_player=self._cue_player(),
            snoozes_left=self._driver.scheduler.snoozes_left,
            snooze_minutes=settings.snooze_minutes,
        )
        card.answered.connect(self._answered)
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
            self._notify(self.tr("Time to stand up"), body.format(move=exercise.name))

    def _forget(self, card: Card) -> None:
        if self.card is card:
            self.card = None

    def _answered(self, choice: BreakChoice, reason: str | None) -> None:
        self.card = None
        match choice:
            case BreakChoice.DONE:
                self._driver.done(reason)
            case BreakChoice.SNOOZE:
                if not self._driver.snooze(reason):
                    self._driver.skip(reason or "snooze-limit")
            case BreakChoice.SKIP:
                self._driver.skip(reason)
            case _:
                assert_never(choice)

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
