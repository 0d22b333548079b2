"""Turns due breaks into a card and a desktop notification, and answers into actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, assert_never

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame

from hipcoach.core.break_moves import break_plan, pick_move
from hipcoach.core.clock import Clock, WallClock
from hipcoach.core.library import Library
from hipcoach.core.reminders import BreakDue
from hipcoach.ui.break_driver import BreakChoice, BreakDriver, BreakStatus
from hipcoach.ui.sound import CuePlayer

if TYPE_CHECKING:
    from hipcoach.ui.break_card import BreakCard

Notify = Callable[[str, str], bool]


class BreakCoordinator(QObject):
    """Shows at most one break card at a time.

    ``card_shown`` fires with each new card; ``notice`` fires with a message
    for the user when a break could not be shown as planned.
    """

    # A BreakCard, named by its Qt class: the card's module loads with the first card.
    card_shown = Signal(QFrame)
    notice = Signal(str)

    def __init__(
        self,
        driver: BreakDriver,
        library: Library,
        *,
        clock: Clock,
        wall: WallClock,
        notify: Notify | None = None,
        cue_player: Callable[[], CuePlayer | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._driver = driver
        self._library = library
        self._clock = clock
        self._wall = wall
        self._notify = notify
        self._cue_player = cue_player
        self.card: BreakCard | None = None
        driver.break_due.connect(self.show_break)
        driver.break_cleared.connect(self._cleared)
        driver.status_changed.connect(self._status_changed)

    def show_break(self, due: BreakDue) -> None:
        """Show a card for ``due`` (replacing any card still open) and notify."""
        settings = self._driver.scheduler.settings
        exercise = pick_move(self._library, due.move, settings)
        if exercise is None:
            self.notice.emit(self.tr("No movement-break exercise is available; check your packs."))
            return
        self._dismiss()
        from hipcoach.ui.break_card import BreakCard  # noqa: PLC0415  (loads with the first card)

        card = BreakCard(
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

    def _forget(self, card: BreakCard) -> None:
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
