"""The whole app wired together: sections, settings that survive a restart, commands."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from hipcoach import __version__
from hipcoach.app import HipCoach
from hipcoach.cli import main as cli_main
from hipcoach.core.exercises import Exercise
from hipcoach.core.history_records import PainMoment
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.reference import Reference
from hipcoach.core.session import Outcome, RunnerState, SessionRunner, SessionSummary, WorkUnit
from hipcoach.platform.single_instance import SingleInstance
from hipcoach.services.safety_flow import PainAnswers
from hipcoach.ui.about_dialog import AboutDialog
from hipcoach.ui.break_card import BreakCard
from hipcoach.ui.help_dialog import HelpDialog
from hipcoach.ui.learn_page import LearnPage
from hipcoach.ui.links import exercise_link, learn_link
from hipcoach.ui.sections import Section
from tests.app_harness import AppHarness, short_plan


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


class ScriptedDialogs:
    """Answers the safety questions the way a test says, and records what was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.red_flag_answers: dict[str, bool] = {}
        self.red_flag_choice = "continue"
        self.pain_answers: PainAnswers | None = None
        self.acknowledge = True

    def red_flags(self, reference: Reference) -> tuple[str, dict[str, bool]] | None:
        self.asked.append("red-flags")
        answers = {
            flag.id: self.red_flag_answers.get(flag.id, False) for flag in reference.red_flags
        }
        return self.red_flag_choice, answers

    def pain(self, moment: str) -> PainAnswers | None:
        self.asked.append(f"pain-{moment}")
        return self.pain_answers

    def caution(self, exercise: Exercise) -> bool:
        self.asked.append(f"caution-{exercise.id}")
        return self.acknowledge


class Harness(AppHarness):
    """The shared app harness with scripted safety answers and the test's qtbot."""

    dialogs: ScriptedDialogs

    def __init__(self, qtbot: QtBot, library: Library, home: Path) -> None:
        super().__init__(library, home, dialogs=ScriptedDialogs())
        self.qtbot = qtbot


@pytest.fixture
def harness(qtbot: QtBot, library: Library, tmp_path: Path) -> Iterator[Harness]:
    h = Harness(qtbot, library, tmp_path)
    yield h
    h.close()


def section_titles(coach: HipCoach) -> list[str]:
    sections = coach.window.sections
    return [sections.item(row).text() for row in range(sections.count())]


def shortcuts(coach: HipCoach) -> dict[str, str]:
    """Return each section's title in the list by the shortcut that shows it."""
    texts = set(section_titles(coach))
    return {
        action.shortcut().toString(): action.text()
        for action in coach.window.actions()
        if action.text() in texts
    }


def built(coach: HipCoach) -> bool:
    return coach.ui_built


def test_the_window_is_built_only_when_needed(harness: Harness) -> None:
    coach = harness.start()
    assert not built(coach)
    coach.break_driver.break_now()  # breaks work from the tray alone
    assert coach.coordinator.card is not None
    assert not built(coach)
    coach.activate()
    assert built(coach)
    assert coach.window.isVisible()


def test_all_sections(harness: Harness) -> None:
    coach = harness.start()
    assert section_titles(coach) == [
        "Library",
        "Session",
        "Breaks",
        "Progress",
        "Settings",
        "Learn",
    ]
    assert coach.window.section_list() == list(Section)
    assert shortcuts(coach) == {
        "Ctrl+1": "Library",
        "Ctrl+2": "Session",
        "Ctrl+3": "Breaks",
        "Ctrl+4": "Progress",
        "Ctrl+5": "Settings",
        "Ctrl+6": "Learn",
    }


def test_without_reference_data_there_is_no_progress_nor_learn_page_and_settings_keeps_its_number(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    harness = Harness(qtbot, replace(library, reference=None), tmp_path)
    try:
        coach = harness.start()
        assert coach.window.section_list() == [
            Section.LIBRARY,
            Section.SESSION,
            Section.BREAKS,
            Section.SETTINGS,
        ]
        # The shortcut the help and the README give, not the list's fourth place.
        assert shortcuts(coach) == {
            "Ctrl+1": "Library",
            "Ctrl+2": "Session",
            "Ctrl+3": "Breaks",
            "Ctrl+5": "Settings",
        }
        assert coach.window.page(Section.PROGRESS) is None
        assert coach.window.page(Section.LEARN) is None
        assert coach.ui.learn is None
    finally:
        harness.close()


def test_learn_is_ctrl_6_and_links_both_ways_with_the_library(
    harness: Harness, qtbot: QtBot
) -> None:
    coach = harness.start()
    window = coach.window
    window.show()
    qtbot.waitExposed(window)
    (ctrl_6,) = [a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+6")]
    ctrl_6.trigger()
    learn = window.pages.currentWidget()
    assert isinstance(learn, LearnPage)
    # A muscle's exercise opens in the Library, even where the search hid it.
    library = coach.ui.library
    library.search.setText("bridge")
    learn.show_entry("muscle/rectus-femoris")
    learn.text.anchorClicked.emit(QUrl(exercise_link("couch-stretch")))
    assert window.pages.currentWidget() is library
    assert library.detail.exercise is not None
    assert library.detail.exercise.id == "couch-stretch"
    assert window.focusWidget() is library.detail
    # The exercise's target links back to its muscle.
    library.detail.anchorClicked.emit(QUrl(learn_link("muscle/iliacus")))
    assert window.pages.currentWidget() is learn
    assert learn.current_key == "muscle/iliacus"
    assert window.focusWidget() is learn.text
    # So does a Learn entry the search offers.
    window.show_section(Section.LIBRARY)
    library.search.setText("sartorius")
    (button,) = library.learn_buttons
    button.click()
    assert window.pages.currentWidget() is learn
    assert learn.current_key == "muscle/sartorius"


def test_a_search_can_open_the_learn_page_before_it_is_built(harness: Harness) -> None:
    coach = harness.start()
    window = coach.window
    assert window.built_page(Section.LEARN) is None
    coach.ui.library.search.setText("iliacus")
    coach.ui.library.learn_buttons[0].click()
    learn = window.built_page(Section.LEARN)
    assert isinstance(learn, LearnPage)
    assert window.pages.currentWidget() is learn
    assert learn.current_key == "muscle/iliacus"


def test_a_setting_survives_a_restart(harness: Harness) -> None:
    coach = harness.start()
    page = coach.settings_page
    page.spin_box("breaks.interval_minutes").setValue(45)
    page.spin_box("breaks.interval_minutes").editingFinished.emit()
    assert coach.settings.breaks.interval_minutes == 45
    assert "interval_minutes = 45" in (harness.paths.config_dir / "settings.toml").read_text()
    assert coach.pieces.scheduler.settings.interval_minutes == 45  # applied at once
    again = harness.start()
    assert again.settings.breaks.interval_minutes == 45
    assert again.settings_page.spin_box("breaks.interval_minutes").value() == 45


def test_a_corrupt_settings_file_is_moved_aside_and_the_user_told(harness: Harness) -> None:
    settings = harness.paths.config_dir / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b"[breaks\ninterval_minutes = ")
    coach = harness.start()
    notice = coach.settings_page.notice_text
    assert notice is not None
    moved = list(settings.parent.glob("settings.toml.corrupt-*"))
    assert len(moved) == 1
    assert moved[0].read_bytes() == b"[breaks\ninterval_minutes = "
    assert moved[0].name in notice
    assert coach.settings.breaks.interval_minutes == 60


def test_commands_from_another_instance(harness: Harness, qtbot: QtBot) -> None:
    coach = harness.start()
    coach.break_driver.start()
    first = SingleInstance("io.github.hipcoach.Test", harness.paths.cache_dir / "a", parent=coach)
    assert first.acquire()
    first.message_received.connect(coach.handle_message)
    second = SingleInstance("io.github.hipcoach.Test", harness.paths.cache_dir / "a", parent=coach)
    assert not second.acquire()
    with qtbot.waitSignal(first.message_received, timeout=10_000):
        assert second.send("break-now", timeout_ms=5000)
    card = coach.coordinator.card
    assert isinstance(card, BreakCard)
    card.dismiss()
    qtbot.waitUntil(lambda: not shiboken6.isValid(card), timeout=1000)
    assert coach.coordinator.card is None
    coach.handle_message("pause 3600")
    assert coach.break_driver.status().paused_until is not None
    coach.handle_message("resume")
    assert coach.break_driver.status().paused_until is None
    coach.handle_message("nonsense")  # ignored, not a crash
    coach.handle_message("start-session")
    assert coach.window.pages.currentWidget() is coach.player
    first.release()


def _summary(done_seconds: float) -> SessionSummary:
    """Return the summary of a finished session of 600 s of work with ``done_seconds`` done."""
    unit = WorkUnit(0, "couch-stretch", None, 1, None, Outcome.SKIPPED, 600, done_seconds, 600)
    return SessionSummary("daily", 700, 700, finished=True, results=(), units=(unit,))


def test_a_session_that_counts_counts_as_a_break(harness: Harness) -> None:
    coach = harness.start()
    coach.break_driver.start()
    for _ in range(40):
        harness.clock.advance(60)
        coach.break_driver.poll()
    assert coach.pieces.scheduler.sitting_minutes(harness.clock.now()) == 40
    coach.player.session_ended.emit(_summary(30))  # tapped through to the end: not a break
    assert coach.pieces.scheduler.sitting_minutes(harness.clock.now()) == 40
    coach.player.session_ended.emit(_summary(150))  # partial: real exercise
    assert coach.pieces.scheduler.sitting_minutes(harness.clock.now()) == 0


def test_session_choices_are_remembered(harness: Harness) -> None:
    coach = harness.start()
    coach.player.setup.choose("couch-stretch", "supine-hip-flexor-stretch")
    assert dict(coach.settings.general.choices) == {"couch-stretch": "supine-hip-flexor-stretch"}
    again = harness.start()
    plan = again.player.setup.plan
    assert plan is not None
    assert "supine-hip-flexor-stretch" in {s.exercise.id for s in plan.steps if s.exercise}


def test_time_i_have_is_remembered_with_the_choices(harness: Harness) -> None:
    coach = harness.start()
    coach.player.setup.time_choice.buttons[15].click()
    assert dict(coach.settings.general.choices) == {
        "couch-stretch": "couch-stretch",
        "time_i_have": "15",
    }
    again = harness.start()
    assert again.player.setup.minutes == 15
    plan = again.player.setup.plan
    assert plan is not None
    assert plan.total_seconds <= 15 * 60


def test_start_at_login_writes_the_autostart_entry(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    coach = harness.start()
    coach.settings_page.check_box("general.start_at_login").click()
    assert coach.settings.general.start_at_login
    assert coach.platform.autostart.is_enabled()
    coach.settings_page.check_box("general.start_at_login").click()
    assert not coach.platform.autostart.is_enabled()


def current_runner(coach: HipCoach) -> SessionRunner | None:
    return coach.session_driver.runner


def run_to_end(harness: Harness, coach: HipCoach) -> None:
    for _ in range(400):
        runner = coach.session_driver.runner
        if runner is None or runner.state is not RunnerState.RUNNING:
            return
        harness.clock.advance(0.5)
        coach.session_driver.poll()


def test_a_session_is_recorded_step_by_step_after_the_safety_checks(
    harness: Harness, qtbot: QtBot
) -> None:
    coach = harness.start()
    harness.dialogs.pain_answers = PainAnswers(
        PainMoment.BEFORE, 4, ("front-of-hip",), 5, None, None, None
    )
    coach.player.start(short_plan(harness.library))
    assert harness.dialogs.asked[:2] == ["red-flags", "pain-before"]
    run_to_end(harness, coach)
    qtbot.waitUntil(lambda: "pain-after" in harness.dialogs.asked, timeout=2000)
    history = coach.history
    assert history is not None
    (session,) = history.sessions()
    assert session.completed
    assert session.protocol_id == "short"
    steps = history.steps(session.id)
    assert [(s.exercise_id, s.side, s.outcome) for s in steps] == [
        ("half-kneeling-hip-flexor", "left", "completed"),
        ("half-kneeling-hip-flexor", "right", "completed"),
    ]
    (check_in,) = history.red_flag_checkins()
    assert check_in.trigger == "first-session"
    assert not check_in.any_yes
    pains = history.pain_entries()
    assert [(p.moment, p.pain) for p in pains] == [("before", 4), ("after", 4)]


def test_the_pain_checks_before_and_after_a_session_name_that_session(
    harness: Harness, qtbot: QtBot
) -> None:
    coach = harness.start()
    history = coach.history
    assert history is not None
    harness.dialogs.pain_answers = PainAnswers(PainMoment.BEFORE, 3, (), None, None, None, None)
    coach.player.start(short_plan(harness.library))
    run_to_end(harness, coach)
    qtbot.waitUntil(lambda: "pain-after" in harness.dialogs.asked, timeout=2000)
    coach.player.start(short_plan(harness.library))  # a second session the same morning
    run_to_end(harness, coach)
    qtbot.waitUntil(lambda: harness.dialogs.asked.count("pain-after") == 2, timeout=2000)
    first, second = history.sessions()
    assert [(p.moment, p.session_id) for p in history.pain_entries()] == [
        ("before", first.id),
        ("after", first.id),
        ("before", second.id),
        ("after", second.id),
    ]
    for entry, session in zip(history.pain_entries()[::2], (first, second), strict=True):
        assert entry.at <= session.started_at  # answered before the session began


def test_a_red_flag_can_switch_to_the_gentle_routine_or_stop(harness: Harness) -> None:
    coach = harness.start()
    harness.dialogs.red_flag_answers = {"nerve-symptoms": True}
    harness.dialogs.red_flag_choice = "stop"
    coach.player.start(short_plan(harness.library))
    assert current_runner(coach) is None  # nothing started
    harness.dialogs.red_flag_choice = "gentle"
    coach.player.start(short_plan(harness.library))
    runner = current_runner(coach)
    assert runner is not None
    assert runner.plan.routine_id == "gentle"
    history = coach.history
    assert history is not None
    assert [(c.trigger, c.any_yes) for c in history.red_flag_checkins()] == [
        ("first-session", True),
        ("follow-up", True),
    ]


def test_cautions_are_acknowledged_once(harness: Harness, qtbot: QtBot) -> None:
    coach = harness.start()
    coach.player.start(short_plan(harness.library, "psoas-ball-release"))
    for _ in range(12):  # through the phase intro to "get ready"
        harness.clock.advance(0.5)
        coach.session_driver.poll()
    qtbot.waitUntil(lambda: "caution-psoas-ball-release" in harness.dialogs.asked, timeout=2000)
    history = coach.history
    assert history is not None
    assert history.acknowledged_cautions() == {"psoas-ball-release"}
    asked = len(harness.dialogs.asked)
    coach.pieces.safety.check_caution(harness.library.exercise("psoas-ball-release"))
    assert len(harness.dialogs.asked) == asked  # not asked again


def test_breaks_are_recorded_with_their_answer(harness: Harness) -> None:
    coach = harness.start()
    coach.break_driver.start()
    coach.break_driver.break_now()
    card = coach.coordinator.card
    assert isinstance(card, BreakCard)
    card.not_now_buttons["In a meeting"].click()
    history = coach.history
    assert history is not None
    (record,) = history.breaks()
    assert (record.action, record.reason) == ("snoozed", "meeting")


def test_todays_breaks_are_listed_again_after_a_restart(harness: Harness) -> None:
    coach = harness.start()
    coach.break_driver.start()
    coach.break_driver.break_now()
    card = coach.coordinator.card
    assert isinstance(card, BreakCard)
    card.not_now_buttons["In a meeting"].click()
    listed = coach.ui.breaks.history
    assert listed.count() == 1
    before = listed.item(0).text()
    coach.close()

    again = harness.start()
    listed = again.ui.breaks.history
    assert [listed.item(row).text() for row in range(listed.count())] == [before]
    assert "Snoozed (meeting)" in before


def test_export_writes_csv_files(
    harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    coach = harness.start()
    harness.dialogs.pain_answers = PainAnswers(
        PainMoment.QUICK, 3, (), None, None, None, "after a run"
    )
    coach.pieces.safety.quick_pain()
    coach.close()
    monkeypatch.setenv("HIPCOACH_HOME", str(harness.paths.config_dir.parent))
    out = tmp_path / "export"
    assert cli_main(["export", "--csv", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert "pain.csv" in names
    assert "sessions.csv" in names
    assert "after a run" in (out / "pain.csv").read_text(encoding="utf-8")


def test_progress_page_export_and_refresh(harness: Harness, tmp_path: Path) -> None:
    coach = harness.start()
    harness.dialogs.pain_answers = PainAnswers(PainMoment.QUICK, 5, (), None, None, None, None)
    progress = coach.ui.progress
    assert progress is not None
    progress.pain_requested.emit()  # "Log how it feels"
    history = coach.history
    assert history is not None
    assert [p.pain for p in history.pain_entries()] == [5]
    out = tmp_path / "csv"
    out.mkdir()
    coach.export.choose_folder = lambda: out
    progress.export_requested.emit()
    assert (out / "pain.csv").is_file()
    assert str(out) in progress.report_status.text()
    assert not progress.report_status.isHidden()  # said, not just set
    assert progress.open_report_button.isHidden()  # no report to open


def test_sharp_pain_brings_the_safety_questions_back_even_after_a_restart(
    harness: Harness, qtbot: QtBot
) -> None:
    coach = harness.start()
    coach.player.start(short_plan(harness.library))
    assert harness.dialogs.asked.count("red-flags") == 1
    for _ in range(40):  # into the left hold
        harness.clock.advance(0.5)
        coach.session_driver.poll()
    coach.player.run.pain_button.click()
    runner = current_runner(coach)
    assert runner is not None
    runner.stop()
    coach.close()
    again = harness.start()  # a new run of the app: nothing kept in memory
    again.player.start(short_plan(harness.library))
    assert harness.dialogs.asked.count("red-flags") == 2
    history = again.history
    assert history is not None
    assert [c.trigger for c in history.red_flag_checkins()] == ["first-session", "sharp-pain"]


def _shown(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_f1_opens_help_and_shift_f1_about(harness: Harness, qtbot: QtBot) -> None:
    coach = harness.start()
    coach.activate()
    qtbot.waitUntil(coach.window.isActiveWindow, timeout=2000)
    qtbot.keyClick(coach.window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(_shown(HelpDialog)), timeout=2000)
    assert _shown(AboutDialog) == []
    (help_dialog,) = _shown(HelpDialog)
    assert isinstance(help_dialog, HelpDialog)
    assert "Ctrl+Z" in help_dialog.browser.toPlainText()
    # A link in the help shows its page.
    help_dialog.section_requested.emit(Section.SETTINGS)
    assert coach.window.pages.currentWidget() is coach.settings_page
    # F1 again brings the same dialog forward rather than a second one.
    coach.show_help()
    assert _shown(HelpDialog) == [help_dialog]
    help_dialog.close()

    coach.window.activateWindow()
    qtbot.waitUntil(coach.window.isActiveWindow, timeout=2000)
    qtbot.keyClick(coach.window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(_shown(AboutDialog)), timeout=2000)
    (dialog,) = _shown(AboutDialog)
    text = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in text
    assert "Notifications: " in text  # one line per platform piece
    assert str(harness.paths.log_dir) in text
    dialog.close()


def test_the_settings_page_says_which_call_sources_work_here(harness: Harness) -> None:
    coach = harness.start()
    coach.window.show_section(Section.SETTINGS)
    note = coach.ui.settings.call_sources_note
    assert note is not None
    described = {piece for piece, _, _ in coach.pieces.platform.describe()}
    assert {"calls: microphone", "calls: camera"} <= described
    assert [line.split(":")[0] for line in note.text().splitlines()] == ["Calls", "Calls"]


def test_ctrl_z_on_the_settings_page_works_with_the_focus_in_the_section_list(
    harness: Harness, qtbot: QtBot
) -> None:
    coach = harness.start()
    coach.window.show()
    coach.ui.open(Section.SETTINGS)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is coach.window)
    page = coach.settings_page
    page.spin_box("breaks.walk_minutes").setValue(4)
    assert coach.settings.breaks.walk_minutes == 4
    sections = coach.window.sections
    sections.setFocus()  # where the focus is after Ctrl+5
    qtbot.keyClick(sections, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert coach.settings.breaks.walk_minutes == 3
    coach.ui.open(Section.LIBRARY)  # a hidden Settings page takes no Ctrl+Z
    page.spin_box("breaks.walk_minutes").setValue(5)
    sections.setFocus()
    qtbot.keyClick(sections, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert coach.settings.breaks.walk_minutes == 5
