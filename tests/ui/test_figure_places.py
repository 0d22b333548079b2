"""The exercise figure where the app shows it: library, session player and break card."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hipcoach.core.break_moves import break_part
from hipcoach.core.clock import ManualClock
from hipcoach.core.exercises import Exercise
from hipcoach.core.plan import PlanPreferences, Side, StepKind, compile_plan
from hipcoach.core.poses import Figure, Pose
from hipcoach.core.reminders import BreakDue
from hipcoach.core.settings import BreakSettings
from hipcoach.services.session_driver import SessionDriver
from hipcoach.services.sound import SilentCuePlayer
from hipcoach.ui.break_card import BreakCard
from hipcoach.ui.library_page import LibraryPage
from hipcoach.ui.player_page import PlayerPage
from tests.core.factories import exercise, hold, library_of, paced, routine

START = Pose("start", hip_near=0.0)
TOP = Pose("top", hip_near=50.0)
FIGURE = Figure(keyframes=(START, TOP), working=("leg_near",), still_index=1)

WITH = replace(exercise("with-figure", dosage=paced(1, lift=2, top=2, lower=2)), figure=FIGURE)
SIDED = replace(exercise("sided", dosage=hold(20), per_side=True), figure=FIGURE)
WITHOUT = exercise("without-figure", dosage=hold(10))


def _library_page(qtbot: QtBot, *exercises: Exercise) -> LibraryPage:
    page = LibraryPage(library_of(*exercises))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_library_shows_the_still_figure_and_hides_it_without_one(qtbot: QtBot) -> None:
    page = _library_page(qtbot, WITH, WITHOUT, SIDED)
    assert page.select_exercise("with-figure")
    panel = page.figure
    assert panel.isVisible()
    assert panel.view.figure is FIGURE
    assert panel.view.pose == TOP  # the still keyframe
    assert panel.position_label.text() == "Position 2 of 2"
    assert not panel.side_button.isVisible()  # not done per side
    assert page.select_exercise("without-figure")
    assert not panel.isVisible()
    assert page.detail.isVisible()
    assert page.select_exercise("sided")
    assert panel.isVisible()
    assert panel.view.side is Side.LEFT
    assert panel.side_button.isVisible()


def test_library_figure_controls_work_from_the_keyboard(qtbot: QtBot) -> None:
    page = _library_page(qtbot, SIDED)
    panel = page.figure
    assert page.select_exercise("sided")
    for button in (panel.previous_button, panel.play_button, panel.next_button, panel.side_button):
        assert button.accessibleName(), button
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button
    panel.next_button.setFocus()
    qtbot.keyClick(panel.next_button, Qt.Key.Key_Space)
    assert panel.view.pose == START
    assert panel.position_label.text() == "Position 1 of 2"
    panel.side_button.setFocus()
    qtbot.keyClick(panel.side_button, Qt.Key.Key_Space)
    assert panel.view.side is Side.RIGHT
    assert "right side" in panel.view.accessibleDescription()
    assert panel.side_button.text() == "Show left side"
    panel.play_button.setFocus()
    qtbot.keyClick(panel.play_button, Qt.Key.Key_Space)
    assert panel.view.is_animating()
    assert panel.play_button.text() == "Stop"
    qtbot.keyClick(panel.play_button, Qt.Key.Key_Space)
    assert not panel.view.is_animating()
    assert page.select_exercise("sided")  # same exercise again: nothing changes
    page.search.setText("no such exercise")
    assert not panel.isVisible()
    assert not panel.view.is_animating()


class Player:
    """The session page on a manual clock."""

    def __init__(self, qtbot: QtBot, *exercises: Exercise) -> None:
        self.clock = ManualClock()
        self.driver = SessionDriver(self.clock, self.clock)
        library = library_of(*exercises, routines=(routine(("Work", [e.id for e in exercises])),))
        self.page = PlayerPage(
            library,
            driver=self.driver,
            clock=self.clock,
            cue_player_factory=lambda: SilentCuePlayer(""),
        )
        qtbot.addWidget(self.page)
        self.page.resize(1200, 760)
        self.page.show()
        qtbot.waitExposed(self.page)
        prefs = PlanPreferences(get_ready_seconds=3, phase_intro_seconds=0, switch_seconds=3)
        self.plan = compile_plan(library.routines[0], library, prefs)


def test_player_shows_the_moving_figure_beside_a_readable_countdown(qtbot: QtBot) -> None:
    player = Player(qtbot, WITHOUT, WITH)
    run = player.page.run
    player.page.start(player.plan)
    assert run.exercise_label.text() == "Without figure"
    assert not run.figure.isVisible()
    player.driver.command("skip_exercise")
    assert run.exercise_label.text() == "With figure"
    assert run.figure.isVisible()
    assert run.figure.figure is FIGURE
    player.clock.advance(3)
    player.driver.poll()
    assert run.figure.is_animating()
    assert run.figure.accessibleDescription().endswith("lifting")
    assert min(run.ring.width(), run.ring.height()) >= 220
    assert run.figure.geometry().intersected(run.ring.geometry()).isEmpty()


def test_player_figure_stops_when_the_page_hides_and_the_session_ends(qtbot: QtBot) -> None:
    player = Player(qtbot, WITH)
    run = player.page.run
    player.page.start(player.plan)
    player.clock.advance(3)
    player.driver.poll()
    assert run.figure.is_animating()
    player.page.hide()  # leaving the page pauses the session
    assert not run.figure.is_animating()
    player.page.show()
    assert not run.figure.is_animating()  # still paused until the user resumes
    player.driver.command("resume")
    assert run.figure.is_animating()
    player.driver.command("stop")
    assert not run.figure.is_animating()


def _card(qtbot: QtBot, move: Exercise) -> tuple[BreakCard, ManualClock]:
    clock = ManualClock()
    due = BreakDue(due=clock.now(), move=move.id, sitting=timedelta(minutes=60))
    card = BreakCard(due, (break_part(move, BreakSettings()),), clock=clock, wall=clock)
    # Not handed to qtbot: the card deletes itself when the test dismisses it.
    card.show()
    qtbot.waitExposed(card)
    return card, clock


def test_break_card_shows_the_move_and_animates_while_guided(qtbot: QtBot) -> None:
    card, clock = _card(qtbot, SIDED)
    assert card.figure.isVisible()
    assert card.figure.pose == TOP  # still until the move starts
    assert not card.figure.is_animating()
    assert card.figure.accessibleName() == "Figure: Sided"
    assert card.width() == 460
    card.start_move()
    runner = card.driver.runner
    assert runner is not None
    clock.advance(3)
    card.driver.poll()
    assert runner.current_step is not None
    assert runner.current_step.kind is StepKind.WORK
    assert card.figure.is_animating()
    assert card.figure.side is Side.LEFT
    card.dismiss()


def test_break_card_without_a_figure_keeps_the_countdown_alone(qtbot: QtBot) -> None:
    card, _ = _card(qtbot, WITHOUT)
    assert not card.figure.isVisible()
    assert card.ring.isVisible()
    card.dismiss()


def test_library_figure_is_as_tall_as_its_shape_needs(qtbot: QtBot) -> None:
    lying = Figure(keyframes=(Pose("start", trunk=-90.0, y=0.12), Pose("up", trunk=-90.0, y=0.3)))
    flat = replace(exercise("flat", dosage=hold(10)), figure=lying)
    page = _library_page(qtbot, WITH, flat)
    view = page.figure.view
    assert page.select_exercise("with-figure")
    standing_height = view.heightForWidth(400)
    assert page.select_exercise("flat")
    lying_height = view.heightForWidth(400)
    assert 110 <= lying_height < standing_height <= 190
    qtbot.waitUntil(lambda: view.height() == view.heightForWidth(view.width()), timeout=1000)


def test_break_card_stays_on_screen_when_the_move_starts(qtbot: QtBot) -> None:
    card, _ = _card(qtbot, SIDED)
    card.place_near_pointer()
    area = card.screen().availableGeometry()
    height_before = card.height()
    card.start_move()
    assert card.height() > height_before  # the side and what to do now appear
    assert area.contains(card.frameGeometry())
    card.dismiss()
