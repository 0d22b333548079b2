"""A whole short session driven through the real widgets with a manual clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QTreeWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.clock import ManualClock
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import Side
from hipcoach.core.session import CueKind, RunnerState, SessionSummary, SideResult
from hipcoach.services.session_driver import SessionDriver
from hipcoach.services.sound import SilentCuePlayer, SilentSpeaker
from hipcoach.ui.library_page import LibraryPage
from hipcoach.ui.main_window import MainWindow
from hipcoach.ui.player_page import PlayerPage
from hipcoach.ui.player_summary import skipped_text
from hipcoach.ui.sections import Section
from hipcoach.ui.translate import render

SHORT = """\
schema = 1
id = "short"
name = "Short test routine"
summary = "Two exercises."

[[phases]]
name = "Stretch"
budget_seconds = 60

[[phases.blocks]]
exercise = "half-kneeling-hip-flexor"
[phases.blocks.dosage]
hold_seconds = 12
sets = 1

[[phases]]
name = "Strengthen"
budget_seconds = 60

[[phases.blocks]]
exercise = "glute-bridge-hold"
[phases.blocks.dosage]
sets = 1
reps = 2
"""


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


#: One stretch of six long sets: too long for 10 minutes, done right.
LONG = """\
schema = 1
id = "long"
name = "Long test routine"
summary = "One long stretch."

[[phases]]
name = "Stretch"

[[phases.blocks]]
exercise = "supine-hip-flexor-stretch"
[phases.blocks.dosage]
hold_seconds = 60
sets = 6
"""


def library_with_routines(folder: Path, **routines: str) -> Library:
    """Return the bundled library plus a pack in ``folder`` holding the routine files by id."""
    pack = folder / "test-pack"
    (pack / "protocols").mkdir(parents=True)
    for routine_id, text in routines.items():
        (pack / "protocols" / f"{routine_id}.toml").write_text(text, encoding="utf-8")
    loaded = load_library(bundled_resources_dir(), [pack])
    assert loaded.problems == ()
    return loaded


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return library_with_routines(tmp_path, short=SHORT, long=LONG)


class Rig:
    """A main window with the player page, a manual clock and silent sound."""

    def __init__(self, qtbot: QtBot, library: Library) -> None:
        self.clock = ManualClock()
        self.driver = SessionDriver(self.clock, self.clock)
        self.sound = SilentCuePlayer("Sound is off: no audio output device was found.")
        self.speaker = SilentSpeaker()
        self.page = PlayerPage(
            library,
            driver=self.driver,
            clock=self.clock,
            cue_player_factory=lambda: self.sound,
            speaker_factory=lambda: self.speaker,
        )
        self.window = MainWindow()
        qtbot.addWidget(self.window)
        self.window.add_section(Section.LIBRARY, LibraryPage(library))
        self.window.add_section(Section.SESSION, self.page)
        self.page.session_active.connect(self.window.set_session_running)
        self.window.resize(1200, 800)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.sections.setCurrentRow(1)
        self.qtbot = qtbot

    def choose(self, routine_id: str) -> None:
        box = self.page.setup.routine_box
        box.setCurrentIndex(box.findData(routine_id))

    def wait(self, seconds: float, step: float = 0.5) -> None:
        """Let ``seconds`` pass, waking the driver as its timer would."""
        elapsed = 0.0
        while elapsed < seconds - 1e-9:
            self.clock.advance(min(step, seconds - elapsed))
            elapsed += step
            self.driver.poll()

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.window.focusWidget() or self.window, key, modifier)


@pytest.fixture
def rig(qtbot: QtBot, library: Library) -> Rig:
    return Rig(qtbot, library)


def overview(tree: QTreeWidget) -> dict[str, tuple[str, list[list[str]]]]:
    """Return each phase row's time and its exercise rows, by the phase row's title."""
    phases: dict[str, tuple[str, list[list[str]]]] = {}
    for row in range(tree.topLevelItemCount()):
        phase = tree.topLevelItem(row)
        assert phase is not None
        children = [phase.child(n) for n in range(phase.childCount())]
        rows = [[child.text(c) for c in range(4)] for child in children if child is not None]
        phases[phase.text(0)] = (phase.text(3), rows)
    return phases


def test_setup_lists_the_exercises_of_the_plan_and_what_the_choice_is(rig: Rig) -> None:
    rig.choose("daily")
    setup = rig.page.setup
    phases = overview(setup.table)
    assert list(phases) == ["Release phase", "Stretch phase", "Strengthen phase"]
    assert phases["Release phase"] == (
        "6 min 50 s",
        [
            ["Foam roll the quads", "Left, then right", "2 min per side", "4 min 20 s"],
            ["Psoas release with a ball", "Left, then right", "1 min per side", "2 min 25 s"],
        ],
    )
    strengthen = phases["Strengthen phase"][1]
    assert [row[1] for row in strengthen] == [
        "Not per side",
        "Left and right in turn",
        "Left and right in turn",
    ]
    assert strengthen[0][2] == "3 sets × 12 reps"
    assert setup.total_label.text().startswith("In all: 29 min 57 s,")
    shown = " ".join(label.text() for label in setup.findChildren(QLabel) if label.isVisible())
    assert "set aside" not in shown.lower()
    assert "20 minutes" not in shown  # no length taken from the routine's text
    assert "Couch stretch or Supine hip flexor stretch" in shown
    assert setup.table.accessibleName() == "Exercises in this routine"
    before = setup.plan
    setup.choose("couch-stretch", "supine-hip-flexor-stretch")
    assert setup.plan is not before
    assert setup.plan is not None
    ids = {s.exercise.id for s in setup.plan.steps if s.exercise}
    assert "supine-hip-flexor-stretch" in ids
    assert "couch-stretch" not in ids
    assert overview(setup.table)["Stretch phase"][1][1][0] == "Supine hip flexor stretch"


def test_whole_short_session_through_the_widgets(rig: Rig, qtbot: QtBot) -> None:
    rig.choose("short")
    rig.page.setup.start_button.click()
    run = rig.page.run
    assert rig.page.views.currentWidget() is run
    assert run.heading_label.text() == "Stretch phase"
    assert "Sound is off" in run.notice_label.text()  # said once, not a crash
    rig.wait(5)  # phase intro
    assert run.exercise_label.text() == "Half-kneeling hip flexor stretch"
    assert run.caution_label.isVisible()  # the caution shows before it starts
    rig.wait(10)  # get ready
    assert run.side_badge.text() == "◀  LEFT side"
    assert run.ring.text == "12"
    rig.wait(3)
    assert run.ring.text == "9"
    # pause with Space: the countdown stops
    rig.key(Qt.Key.Key_Space)
    assert rig.driver.runner is not None
    assert rig.driver.runner.state is RunnerState.PAUSED
    assert "paused" in run.ring.caption
    rig.wait(30)
    assert run.ring.text == "9"
    rig.key(Qt.Key.Key_Space)
    rig.wait(9)
    assert run.heading_label.text().startswith("Switch to the right side")
    assert run.side_badge.text() == "RIGHT side  ▶"
    rig.wait(10)  # switch (kneeling: 10 s)
    assert run.side_badge.text() == "RIGHT side  ▶"
    assert run.heading_label.text() == "Hold the stretch"
    # skip the right hold with the Right arrow: next is the strengthen phase
    rig.key(Qt.Key.Key_Right)
    assert run.heading_label.text() == "Strengthen phase"
    rig.wait(5 + 10)
    assert run.exercise_label.text() == "Glute bridge with hold"
    assert run.heading_label.text() == "Up"
    assert run.counter_label.text() == "Set 1 of 1   ·   Rep 1 of 2"
    assert not run.side_badge.isVisible()
    with qtbot.waitSignal(rig.page.session_ended) as ended:
        rig.wait(20)
    summary = ended.args[0]
    assert isinstance(summary, SessionSummary)
    assert summary.finished
    assert rig.page.views.currentWidget() is rig.page.summary
    assert rig.page.summary.title.text() == "Session partly done"  # one side was skipped
    assert "counts as a partial session" in rig.page.summary.status_label.text()
    table = rig.page.summary.table
    rows = [[cell(table, row, column) for column in range(5)] for row in range(table.rowCount())]
    assert rows[0][:4] == ["Half-kneeling hip flexor stretch", "Left", "1 of 1 set", "—"]
    assert rows[1][:4] == ["Half-kneeling hip flexor stretch", "Right", "0 of 1 set", "1 set"]
    assert rows[2][:4] == ["Glute bridge with hold", "—", "2 of 2 reps", "—"]
    played = set(rig.sound.played)
    assert {CueKind.SWITCH_SIDE, CueKind.COUNTDOWN, CueKind.SESSION_DONE} <= played


def summary_rows(rig: Rig) -> list[list[str]]:
    table = rig.page.summary.table
    return [[cell(table, row, column) for column in range(5)] for row in range(table.rowCount())]


def test_a_session_tapped_through_to_the_end_is_not_done(rig: Rig, qtbot: QtBot) -> None:
    rig.page.set_speaking(True)
    rig.choose("short")
    rig.page.setup.start_button.click()
    with qtbot.waitSignal(rig.page.session_ended) as ended:
        for _ in range(6):
            rig.wait(1)
            rig.key(Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    summary = ended.args[0]
    assert summary.finished  # it ran to its end …
    summary_view = rig.page.summary
    assert summary_view.title.text() == "Session skipped"  # … but is not a done session
    assert summary_view.status_label.text().startswith("This session is not counted")
    assert "Nice work" not in summary_view.status_label.text()
    assert summary_view.status_label.accessibleName() == summary_view.status_label.text()
    assert summary_view.time_label.text().startswith("Exercise work done: 0 s of 44 s.")
    assert [row[2:4] for row in summary_rows(rig)] == [
        ["0 of 1 set", "1 set"],
        ["0 of 1 set", "1 set"],
        ["0 of 2 reps", "2 reps"],
    ]
    assert "Session complete. Well done." not in rig.speaker.said
    assert "Session over." in rig.speaker.said


def test_the_skipped_column_counts_in_the_unit_of_the_done_column(rig: Rig) -> None:
    rig.choose("short")
    rig.page.setup.start_button.click()
    rig.wait(5 + 10 + 12 + 10 + 12)  # the whole stretch
    rig.wait(5 + 10 + 1)  # into the first bridge
    rig.page.run.pain_button.click()  # sharp pain: both reps stop
    assert rig.page.run.showing_pain_stop
    rig.page.run.pain_panel.end_button.click()  # the last exercise: the user ends there
    rows = summary_rows(rig)
    assert rig.page.views.currentWidget() is rig.page.summary
    assert rows[2][2:4] == ["0 of 2 reps", "2 reps (stopped for pain)"]
    # Stopping for sharp pain is the right thing to do: the rest was done, so it is complete.
    assert rig.page.summary.title.text() == "Session complete — well done"
    assert "Work stopped for sharp pain (19 s) does not count" in rig.page.summary.time_label.text()


def test_shortcuts_back_restart_done_and_stop(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    rig.choose("short")
    rig.page.setup.start_button.click()
    run = rig.page.run
    rig.key(Qt.Key.Key_Return)  # intro can be cut short
    assert run.heading_label.text() == "Get into position"
    rig.key(Qt.Key.Key_Return)
    assert run.heading_label.text() == "Hold the stretch"
    rig.wait(4)
    rig.key(Qt.Key.Key_R)
    assert run.ring.text == "12"
    rig.key(Qt.Key.Key_Left)
    assert run.heading_label.text() == "Get into position"
    rig.key(Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert run.heading_label.text() == "Strengthen phase"
    answers = iter([False, True])
    rig.page.confirm_stop = lambda: next(answers)
    rig.key(Qt.Key.Key_Escape)
    assert rig.page.views.currentWidget() is run  # said no
    rig.key(Qt.Key.Key_Escape)
    assert rig.page.views.currentWidget() is rig.page.summary
    assert rig.page.summary.title.text() == "Session stopped"


def test_sharp_pain_stops_the_exercise_and_suggests_a_gentler_one(rig: Rig) -> None:
    rig.choose("short")
    rig.page.setup.start_button.click()
    rig.wait(15)
    rig.page.run.pain_button.click()
    panel = rig.page.run.pain_panel
    assert "never sharp or burning" in panel.advice_label.text()
    assert "Supine hip flexor stretch" in panel.gentler_button.text()
    assert rig.page.run.heading_label.text() == "Hold the stretch"  # waits on the stretch
    panel.continue_button.click()
    assert rig.page.run.heading_label.text() == "Strengthen phase"


def test_every_control_is_named_and_has_its_shortcut_in_the_tooltip(rig: Rig) -> None:
    run = rig.page.run
    expected = {
        run.back_button: "Left arrow",
        run.pause_button: "Space",
        run.skip_button: "Right arrow",
        run.skip_exercise_button: "Shift+Right",
        run.restart_button: "(R)",
        run.done_button: "Enter",
        run.stop_button: "Esc",
    }
    for button, hint in expected.items():
        assert button.accessibleName()
        assert hint in button.toolTip()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert run.pain_button.accessibleName()


def test_the_sharp_pain_button_asks_for_what_every_stretch_asks_for(rig: Rig) -> None:
    hint = rig.page.run.pain_button.toolTip()
    assert "mild to moderate discomfort" in hint
    assert "strong" not in hint


def test_spoken_cues_use_the_speaker_when_on(rig: Rig) -> None:
    rig.page.set_speaking(True)
    rig.choose("short")
    rig.page.setup.start_button.click()
    rig.wait(5)
    assert rig.speaker.said[0] == "Half-kneeling hip flexor stretch"
    rig.wait(10 + 12)
    assert "Switch to the right side" in rig.speaker.said


def test_no_timer_runs_without_a_session_or_while_paused(rig: Rig) -> None:
    assert not rig.driver.timer.isActive()
    rig.choose("short")
    rig.page.setup.start_button.click()
    assert rig.driver.timer.isActive()
    rig.key(Qt.Key.Key_Space)
    assert not rig.driver.timer.isActive()


def test_hidden_page_pauses_and_stops_waking(rig: Rig) -> None:
    rig.choose("short")
    rig.page.setup.start_button.click()
    rig.wait(15)  # into the 12 s hold: display boundaries every second when shown
    assert 0 < rig.driver.timer.interval() <= 1000
    rig.window.sections.setCurrentRow(0)  # the page is hidden
    assert rig.driver.runner is not None
    assert rig.driver.runner.state is RunnerState.PAUSED
    assert not rig.driver.timer.isActive()


def test_enter_on_the_setup_view_starts_the_routine(rig: Rig) -> None:
    rig.choose("short")
    rig.key(Qt.Key.Key_Return)
    assert rig.page.views.currentWidget() is rig.page.run
    assert rig.driver.runner is not None
    assert rig.driver.runner.plan.routine_id == "short"


def test_routine_and_choices_are_announced_and_restored(rig: Rig) -> None:
    setup = rig.page.setup
    seen: list[tuple[str, object]] = []
    setup.preferences_changed.connect(lambda routine, choices: seen.append((routine, choices)))
    rig.choose("daily")
    setup.choose("couch-stretch", "supine-hip-flexor-stretch")
    assert seen[-1] == ("daily", {"couch-stretch": "supine-hip-flexor-stretch"})
    count = len(seen)
    rig.choose("short")
    setup.restore("daily", {"couch-stretch": "couch-stretch"})
    assert len(seen) == count + 1  # only the user's own change to "short" was announced
    assert setup.routine is not None
    assert setup.routine.id == "daily"
    assert setup.plan is not None
    assert "couch-stretch" in {s.exercise.id for s in setup.plan.steps if s.exercise}
    setup.restore("daily", {"couch-stretch": "supine-hip-flexor-stretch"})
    assert "supine-hip-flexor-stretch" in {s.exercise.id for s in setup.plan.steps if s.exercise}


def test_the_skipped_column_names_the_reps_stopped_for_pain_among_those_skipped() -> None:
    result = SideResult("bridge", "Glute bridge", None, "reps", 12, 7, 2, 3, 40.0)
    assert render(skipped_text(result)) == "5 reps (3 stopped for pain)"
    one = SideResult("kneel", "Kneel", None, "sets", 2, 1, 1, 0, 30.0)
    assert render(skipped_text(one)) == "1 set"
    assert render(skipped_text(SideResult("k", "K", None, "sets", 1, 1, 0, 0, 30.0))) == "—"
    # A stopped session names the work it never reached, beside what was skipped.
    unreached = SideResult("b", "Bird dog", Side.LEFT, "reps", 20, 0, 0, 0, 0.0)
    assert render(skipped_text(unreached)) == "20 reps not reached"
    both = SideResult("d", "Dead bug", Side.LEFT, "reps", 24, 10, 2, 0, 40.0)
    assert render(skipped_text(both)) == "2 reps; 12 reps not reached"


# --- Time I have ----------------------------------------------------------------------


def _exercises_listed(tree: QTreeWidget) -> list[str]:
    return [row[0] for _time, rows in overview(tree).values() for row in rows]


def test_time_i_have_fits_the_list_and_the_total_and_says_what_it_left_out(rig: Rig) -> None:
    rig.choose("daily")
    setup = rig.page.setup
    buttons = setup.time_choice.buttons
    assert [button.text() for button in buttons.values()] == [
        "Full routine",
        "20 min",
        "15 min",
        "10 min",
    ]
    assert [buttons[m].accessibleName() for m in (20, 15, 10)] == [
        "20 minutes",
        "15 minutes",
        "10 minutes",
    ]
    assert setup.time_choice.accessibleName() == "Time I have"
    assert setup.fit_label.isHidden()
    assert setup.daily_label.isHidden()

    buttons[15].click()

    assert setup.minutes == 15
    assert setup.plan is not None
    assert setup.plan.total_seconds <= 15 * 60
    assert setup.total_label.text().startswith("In all: 14 min 38 s,")
    assert _exercises_listed(setup.table) == [
        "Psoas release with a ball",
        "Half-kneeling hip flexor stretch",
        "Couch stretch",
        "Glute bridge with hold",
        "Dead bug",
    ]
    assert overview(setup.table)["Release phase"][0] == "2 min 30 s"
    said = setup.fit_label.text()
    assert not setup.fit_label.isHidden()
    assert "Left out to fit the time: Foam roll the quads (Release)," in said
    assert "Fewer sets to fit the time: Glute bridge with hold (2 of 3), Dead bug (2 of 3)." in said
    assert "Shorter than the routine sets aside: Release 2 min 30 s of 5 min," in said
    assert setup.fit_label.accessibleName() == ""  # named by what it shows
    assert not setup.daily_label.isHidden()
    assert "every day does more" in setup.daily_label.text()

    buttons[None].click()

    assert setup.total_label.text().startswith("In all: 29 min 57 s,")
    assert setup.fit_label.isHidden()
    assert setup.daily_label.isHidden()


def test_time_i_have_is_reached_and_changed_with_the_keyboard(rig: Rig, qtbot: QtBot) -> None:
    rig.choose("daily")
    setup = rig.page.setup
    setup.routine_box.setFocus()
    rig.key(Qt.Key.Key_Tab)
    assert rig.window.focusWidget() is setup.new_button
    rig.key(Qt.Key.Key_Tab)
    assert rig.window.focusWidget() is setup.copy_button  # Edit… is only for one's own
    rig.key(Qt.Key.Key_Tab)  # the stretch choice
    rig.key(Qt.Key.Key_Tab)
    assert rig.window.focusWidget() is setup.time_choice.buttons[None]
    rig.key(Qt.Key.Key_Right)
    assert setup.minutes == 20
    assert setup.plan is not None
    assert setup.plan.total_seconds <= 20 * 60
    rig.key(Qt.Key.Key_Tab)  # on to the list, not to the other times
    assert rig.window.focusWidget() is setup.table
    setup.start_button.setFocus()
    rig.key(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the label's shortcut
    assert rig.window.focusWidget() is setup.time_choice.buttons[20]


def test_enter_on_a_routine_button_presses_it_and_elsewhere_starts(rig: Rig) -> None:
    """Enter starts the routine shown, except on New routine… or Copy and edit…: it presses
    the button the focus is on, as Enter does on any button."""
    setup = rig.page.setup
    rig.choose("short")
    asked: list[str] = []
    setup.new_routine_requested.connect(lambda: asked.append("new"))
    setup.copy_requested.connect(lambda routine: asked.append(f"copy {routine.id}"))
    for button in (setup.new_button, setup.copy_button):
        button.setFocus()
        rig.key(Qt.Key.Key_Return)
    assert asked == ["new", "copy short"]
    assert rig.page.views.currentWidget() is setup, "no session started"
    setup.routine_box.setFocus()
    rig.key(Qt.Key.Key_Return)
    assert rig.page.views.currentWidget() is rig.page.run


def test_the_time_is_announced_and_restored_with_the_choices(rig: Rig) -> None:
    setup = rig.page.setup
    seen: list[tuple[str, object]] = []
    setup.preferences_changed.connect(lambda routine, choices: seen.append((routine, choices)))
    rig.choose("daily")
    setup.time_choice.buttons[10].click()
    assert seen[-1] == ("daily", {"couch-stretch": "couch-stretch", "time_i_have": "10"})
    setup.time_choice.buttons[None].click()
    assert seen[-1] == ("daily", {"couch-stretch": "couch-stretch"})  # the default is not kept
    count = len(seen)

    setup.restore("daily", {"time_i_have": "15"})
    assert len(seen) == count
    assert setup.minutes == 15
    assert setup.plan is not None
    assert setup.plan.total_seconds <= 15 * 60
    setup.restore("daily", {"time_i_have": "7"})  # not an offer: the whole routine
    assert setup.minutes is None


def test_start_runs_the_fitted_plan(rig: Rig) -> None:
    rig.choose("daily")
    setup = rig.page.setup
    setup.time_choice.buttons[10].click()
    fitted = setup.plan
    setup.start_button.click()
    assert rig.driver.runner is not None
    assert rig.driver.runner.plan is fitted
    assert fitted is not None
    assert fitted.total_seconds <= 10 * 60


def test_a_time_too_short_for_the_routine_says_so_and_cannot_start(rig: Rig) -> None:
    rig.choose("long")
    setup = rig.page.setup
    setup.time_choice.buttons[10].click()
    assert setup.plan is None
    assert not setup.start_button.isEnabled()
    assert setup.table.isHidden()
    assert setup.error_label.text() == (
        "10 min is too short for this routine done properly: even its shortest version"
        " (one exercise from each phase, the fewest sets, no hold shortened) takes"
        " 14 min 55 s. Choose more time, or the full routine."
    )
    setup.time_choice.buttons[15].click()
    assert setup.start_button.isEnabled()
    assert setup.error_label.isHidden()
    assert not setup.table.isHidden()
