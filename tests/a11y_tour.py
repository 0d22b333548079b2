"""A tour of a running hipcoach: every page, every dialog and the break card.

The accessibility tests share it. The offscreen test reads Qt's accessibility
interfaces in its own process; the AT-SPI test drives a separate hipcoach
(``tests/platform/a11y_app.py``) stop by stop and reads what a screen reader
gets over the accessibility bus.

``Tour.visit(stop, ready)`` brings the app to a stop and calls ``ready`` once
it shows. Some dialogs run their own event loop (``QMessageBox.question``, the
file dialogs): ``ready`` is then called from inside that loop, so a caller can
look at the dialog, and ``leave()`` closes it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hipcoach.app import HipCoach
from hipcoach.core.figure_table import bundled_figures
from hipcoach.core.history_records import PainMoment
from hipcoach.core.messages import Message
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import Plan, Step, StepKind, compile_plan
from hipcoach.core.safety import recommendation
from hipcoach.core.session import RunnerState
from hipcoach.ui.break_card import BreakCard
from hipcoach.ui.countdown_ring import CountdownRing
from hipcoach.ui.figure_editor import FigureEditorDialog
from hipcoach.ui.learn_page import LearnPage
from hipcoach.ui.pain_dialog import PainDialog
from hipcoach.ui.progress_page import ProgressPage
from hipcoach.ui.red_flag_dialog import RedFlagDialog
from hipcoach.ui.routine_editor import RoutineEditor
from hipcoach.ui.safety_dialogs import caution_box
from hipcoach.ui.sections import Section
from hipcoach.ui.settings_page import SettingsPage
from tests.app_harness import AppHarness

#: Every stop, in an order that works: the session runs before Progress has a history.
STOPS = (
    "library",
    "pack-problems",
    "exercise-editor",
    "session",
    "routine-editor",
    "routine-add-exercise",
    "session-hold",
    "session-run",
    "confirm-stop",
    "session-pain-stop",
    "session-summary",
    "breaks",
    "progress",
    "report-save",
    "export-folder",
    "pain-entries",
    "settings",
    "learn",
    "restore-defaults",
    "about",
    "help",
    "pain-check",
    "safety-questions",
    "safety-advice",
    "caution",
    "figure-editor",
    "break-card",
    "break-card-run",
)
#: The stops where a countdown runs: ``Tour.tick`` moves it on.
COUNTING_STOPS = ("session-hold", "session-run", "break-card-run")

#: How often a stop whose dialog runs its own event loop looks for it (ms).
_POLL_MS = 10


def _long_hold(step: Step) -> bool:
    """A timed hold of half a minute or more: the countdown speaks a few times in it."""
    return step.kind is StepKind.WORK and step.part is None and (step.seconds or 0) >= 30


def _counted_side(step: Step) -> bool:
    """A counted repetition of an exercise done per side: every live label has content."""
    return (
        step.kind is StepKind.WORK
        and step.side is not None
        and bool(step.rep)
        and bool(step.seconds)
    )


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class Tour:
    """Takes ``coach`` (started by ``harness``) through ``STOPS`` one at a time."""

    def __init__(self, harness: AppHarness, coach: HipCoach) -> None:
        self.harness = harness
        self.coach = coach
        self.window = coach.window
        self.library = coach.library
        self._stops: Mapping[str, Callable[[], bool]] = {
            "library": self._library,
            "pack-problems": self._pack_problems,
            "exercise-editor": self._exercise_editor,
            "session": lambda: self._section(Section.SESSION),
            "routine-editor": self._routine_editor,
            "routine-add-exercise": self._routine_add_exercise,
            "session-hold": lambda: self._session_until(_long_hold),
            "session-run": lambda: self._session_until(_counted_side),
            "confirm-stop": self._confirm_stop,
            "session-pain-stop": self._pain_stop,
            "session-summary": self._session_summary,
            "breaks": lambda: self._section(Section.BREAKS),
            "progress": lambda: self._section(Section.PROGRESS),
            "report-save": self._report_save,
            "export-folder": self._export_folder,
            "pain-entries": self._pain_entries,
            "settings": lambda: self._section(Section.SETTINGS),
            "learn": self._learn,
            "restore-defaults": self._restore_defaults,
            "about": self._about,
            "help": self._help,
            "pain-check": self._pain_check,
            "safety-questions": lambda: self._safety(advice=False),
            "safety-advice": lambda: self._safety(advice=True),
            "caution": self._caution,
            "figure-editor": self._figure_editor,
            "break-card": self._break_card,
            "break-card-run": self._break_card_run,
        }

    # -- driving ---------------------------------------------------------------

    def visit(self, stop: str, ready: Callable[[], None]) -> None:
        """Bring the app to ``stop``; call ``ready`` from the event loop once it shows."""
        if stop not in self._stops:
            raise KeyError(f"no stop called {stop!r}; the stops are {', '.join(STOPS)}")
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        if self._stops[stop]():
            QTimer.singleShot(_POLL_MS, lambda: self._when_modal(ready))
        else:
            QTimer.singleShot(0, ready)

    def _when_modal(self, ready: Callable[[], None]) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            ready()
        else:
            QTimer.singleShot(_POLL_MS, lambda: self._when_modal(ready))

    def leave(self) -> None:
        """Close the dialogs the last stop opened (a break card stays: see ``end_break``)."""
        for widget in _application().topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def end_break(self) -> None:
        """Close the break card, if one is open."""
        card = self.card
        if card is not None:
            card.dismiss()

    def windows(self) -> list[QWidget]:
        """Return the app's windows on screen now (main window, dialogs, break card)."""
        return [w for w in _application().topLevelWidgets() if w.isVisible()]

    @property
    def card(self) -> BreakCard | None:
        """Return the break card on show, if any."""
        card = self.coach.coordinator.card
        assert card is None or isinstance(card, BreakCard)
        return card

    # -- the stops (each returns whether its dialog runs an event loop of its own) --

    def _section(self, section: Section) -> bool:
        assert self.window.show_section(section), section
        return False

    def _library(self) -> bool:
        self._section(Section.LIBRARY)
        self.coach.ui.library.search.setText("hip")  # the field's clear button shows
        return False

    def _pack_problems(self) -> bool:
        """Installing a pack with a problem: the dialog that lists them."""
        self._section(Section.LIBRARY)
        packs = self.coach.ui.packs
        assert packs is not None
        folder = self.harness.paths.cache_dir / "tour" / "broken-pack" / "exercises"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "broken.toml").write_text('schema = 1\nid = "broken"\nname = "Br\n')
        QTimer.singleShot(0, lambda: packs.install_from(folder.parent))
        return True

    def _exercise_editor(self) -> bool:
        """The exercise editor on a copy of a bundled exercise: every field filled."""
        self._section(Section.LIBRARY)
        library = self.coach.ui.library
        library.search.clear()
        assert library.show_exercise("glute-bridge-hold")
        self.coach.ui.exercise_actions.copy_and_edit()
        return True  # window-modal: wait until it is the active modal widget

    def _plan(self) -> Plan:
        daily = next(p for p in self.library.routines if p.id == "daily")
        return compile_plan(daily, self.library)

    def _session_until(self, wanted: Callable[[Step], bool]) -> bool:
        """Run the daily routine (started if need be) up to the next step that is ``wanted``."""
        self._section(Section.SESSION)
        driver = self.coach.session_driver
        runner = driver.runner
        if runner is None or runner.state is not RunnerState.RUNNING:
            self.coach.player.start(self._plan())
            runner = driver.runner
        assert runner is not None
        while (step := runner.current_step) is not None and not wanted(step):
            driver.command("skip")
        assert step is not None, "the daily routine has no such step"
        self.harness.clock.advance(1.0)
        driver.poll()
        return False

    def tick(self) -> CountdownRing:
        """Move the clock on one second; return the countdown on show (the card's first)."""
        self.harness.clock.advance(1.0)
        card = self.card
        if card is not None:
            card.driver.poll()
            return card.ring
        self.coach.session_driver.poll()
        return self.coach.player.run.ring

    def _routine_editor(self) -> bool:
        self._open_routine_editor()
        return False

    def _open_routine_editor(self) -> RoutineEditor:
        """The routine editor on a copy of the daily routine, an exercise selected."""
        self._section(Section.SESSION)
        editor = self.coach.ui.routine_actions.copy_routine(self.library.routine("daily"))
        phase = editor.tree.topLevelItem(1)
        block = phase.child(0) if phase is not None else None
        assert block is not None
        editor.tree.setCurrentItem(block)
        return editor

    def _routine_add_exercise(self) -> bool:
        editor = self._open_routine_editor()
        editor.add_exercise()
        assert editor.add_dialog is not None
        editor.add_dialog.search.setText("hip")  # the field's clear button shows
        return False

    def _confirm_stop(self) -> bool:
        QTimer.singleShot(0, lambda: self.coach.player.command("stop"))
        return True

    def _pain_stop(self) -> bool:
        """Sharp pain in a counted exercise: the panel with its choices shows."""
        self._session_until(_counted_side)
        self.coach.player.run.pain_button.click()
        assert self.coach.player.run.showing_pain_stop
        return False

    def _session_summary(self) -> bool:
        self._section(Section.SESSION)
        self.coach.session_driver.command("stop")
        return False

    def _progress(self) -> ProgressPage:
        page = self.window.page(Section.PROGRESS)
        assert isinstance(page, ProgressPage)
        return page

    def _report_save(self) -> bool:
        self._section(Section.PROGRESS)
        QTimer.singleShot(0, self._progress().save_report)
        return True

    def _export_folder(self) -> bool:
        self._section(Section.PROGRESS)
        QTimer.singleShot(0, self.coach.export.run)
        return True

    def _learn(self) -> bool:
        """The Learn page on a muscle: the topics, the drawing, its caption and the text."""
        self._section(Section.LEARN)
        page = self.window.page(Section.LEARN)
        assert isinstance(page, LearnPage)
        assert page.show_entry("muscle/psoas-major")
        return False

    def _restore_defaults(self) -> bool:
        self._section(Section.SETTINGS)
        page = self.window.page(Section.SETTINGS)
        assert isinstance(page, SettingsPage)
        interval = page.spin_box("breaks.interval_minutes")
        interval.setValue(interval.value() + interval.singleStep())
        QTimer.singleShot(0, page.restore_defaults)
        return True

    def _pain_entries(self) -> bool:
        self._section(Section.PROGRESS)
        self._progress().show_pain_entries()
        return True  # window-modal: wait until it is the active modal widget

    def _help(self) -> bool:
        self.coach.show_help()
        return False

    def _about(self) -> bool:
        self.coach.show_about()
        return False

    def _pain_check(self) -> bool:
        dialog = PainDialog(PainMoment.AFTER, self.window)
        dialog.open()
        return False

    def _safety(self, *, advice: bool) -> bool:
        reference = self.library.reference
        assert reference is not None

        def recommend(answers: Mapping[str, bool]) -> Message | None:
            found = recommendation(answers, reference)
            return None if found is None else found.text

        dialog = RedFlagDialog(reference.red_flags, recommend, self.window)
        dialog.open()
        if advice:
            for number, flag in enumerate(reference.red_flags):
                dialog.answer(flag.id, yes=number == 0)
            dialog.next_button.click()
        return False

    def _caution(self) -> bool:
        exercise = next(e for e in self.library.exercises if e.cautions)
        box, _understood = caution_box(exercise, self.window)
        box.open()
        return False

    def _figure_editor(self) -> bool:
        """The figure editor on a bundled figure, with figures to start from, over the window."""
        path = bundled_resources_dir() / "exercises" / "half-kneeling-hip-flexor.toml"
        table = tomllib.loads(path.read_text(encoding="utf-8"))["figure"]
        dialog = FigureEditorDialog(table, parent=self.window, starts=bundled_figures())
        dialog.open()
        return False

    def _break_card(self) -> bool:
        self.coach.break_driver.break_now()
        assert self.card is not None
        return False

    def _break_card_run(self) -> bool:
        card = self.card
        if card is None:
            self._break_card()
            card = self.card
        assert card is not None
        card.start_move()
        self.harness.clock.advance(1.0)
        card.driver.poll()
        return False
