"""The main window and its pages: the one place every page is registered, built and connected.

Each page is registered by its ``Section`` with a function that builds it,
so it loads only when first shown or asked for (the Library page is built
with the window). A builder gives its page what it shows (the library, the
settings in use, the services) and connects what the user does there to
the ``PageActions`` of the app.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hipcoach.core.library_snapshot import LibrarySnapshot
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.ui.exercise_actions import ExerciseActions
from hipcoach.ui.icons import app_icon
from hipcoach.ui.library_page import LibraryPage
from hipcoach.ui.pack_actions import PackActions
from hipcoach.ui.sections import Section
from hipcoach.ui.window import HipCoachWindow

if TYPE_CHECKING:
    from hipcoach.core.clock import Clocks
    from hipcoach.core.library import Library
    from hipcoach.core.session import SessionSummary
    from hipcoach.core.settings import Settings
    from hipcoach.services.notices import NoticeBoard
    from hipcoach.services.session_driver import SessionDriver
    from hipcoach.services.settings_keeper import SettingsKeeper
    from hipcoach.services.sound import CuePlayer

    # Each page's module loads when the page is built.
    from hipcoach.ui.breaks_page import BreaksPage
    from hipcoach.ui.export_action import ExportAction
    from hipcoach.ui.help_dialog import HelpDialog
    from hipcoach.ui.learn_page import LearnPage
    from hipcoach.ui.player_page import PlayerPage
    from hipcoach.ui.progress_page import ProgressPage
    from hipcoach.ui.routine_actions import RoutineEditorActions
    from hipcoach.ui.settings_page import SettingsPage
    from hipcoach.ui.tray import TrayController
    from hipcoach.wiring.break_pieces import BreakPieces


class PageActions(Protocol):
    """What the pages ask of the app as a whole (``HipCoach`` does it)."""

    def apply_settings(self, settings: Settings) -> None:
        """Use ``settings`` at once and save them."""
        ...

    def remember_routine(self, routine_id: str, choices: dict[str, str]) -> None:
        """Keep the routine and choices picked on the Session page for the next start."""
        ...

    def session_ended(self, summary: SessionSummary) -> None:
        """A session on the Session page ended."""
        ...

    def quick_pain(self) -> None:
        """Ask the pain check now."""
        ...

    def safety_check(self) -> None:
        """Ask the red-flag questions now."""
        ...

    def reload_library(self, library: Library | None = None) -> bool:
        """Read the packs again and show the result everywhere (later, if a session runs)."""
        ...


class _Wiring(NamedTuple):
    """What the pages reach of the rest of the app (see ``Pages.attach``)."""

    clock: Clocks
    keeper: SettingsKeeper
    notices: NoticeBoard
    tray: TrayController
    exports: ExportAction
    actions: PageActions
    session_driver: Callable[[], SessionDriver]
    break_pieces: Callable[[], BreakPieces]
    cue_player: Callable[[], CuePlayer]
    log_dir: Path


class Pages(QObject):
    """The main window with its six sections; each page is built when first needed.

    ``library``, ``player``, ``breaks``, ``settings``, ``progress`` and
    ``learn`` return a page, building it if need be (``progress`` and
    ``learn`` are None without reference data, where the window has neither
    page).

    ``library_replaced`` fires with the library after ``set_library`` gave
    it to every page built so far (pages built later are built with it).

    Built from a ``LibrarySnapshot`` instead of a library, the window shows
    the snapshot until ``give_library``; anything that needs the library
    before then reads it with ``library_source``.
    """

    # The ``Library``; declared as object so the class is made without the library's
    # modules, which a window that starts from a snapshot loads after its first paint.
    library_replaced = Signal(object)

    def __init__(
        self,
        app: QApplication,
        library: Library | LibrarySnapshot,
        *,
        packs_dir: Path,
        detail_later: bool = False,
        parent: QObject | None = None,
    ) -> None:
        """Build the window, its Library page with its actions, and the list of every section.

        That is all the first paint needs: ``attach`` gives the pages the
        rest of the app (settings, notices, tray, the break pieces). The
        other pages are built when first asked for, and asking for one (or
        reloading the packs) before ``attach`` calls ``attach_requested``
        first (``None``: nothing can attach now). New and copied exercises
        are saved into packs in ``packs_dir``. With ``detail_later`` the
        Library page builds its detail pane after its first paint (see
        ``LibraryPage``).
        """
        super().__init__(parent)
        snapshot = library if isinstance(library, LibrarySnapshot) else None
        self._library: Library | None = None if isinstance(library, LibrarySnapshot) else library
        #: Reads the library, when the window shows a snapshot and something needs the library.
        self.library_source: Callable[[], Library] | None = None
        self._packs_dir = packs_dir
        self._wiring: _Wiring | None = None
        #: Called when a page needs the rest of the app before ``attach`` (it should attach).
        self.attach_requested: Callable[[], None] | None = None
        self._routine_actions: RoutineEditorActions | None = None
        self._player: PlayerPage | None = None
        self._breaks: BreaksPage | None = None
        self._progress: ProgressPage | None = None
        self._settings: SettingsPage | None = None
        self._learn: LearnPage | None = None
        self._help: HelpDialog | None = None

        self.window = window = HipCoachWindow()
        shared = app.windowIcon()  # run_app has drawn it once already
        window.setWindowIcon(app_icon() if shared.isNull() else shared)
        self._library_page = LibraryPage(library, detail_later=detail_later)
        self._library_page.library_needed = self._need_library
        window.add_section(Section.LIBRARY, self._library_page)
        #: New…, Copy and edit…, Edit…, Delete on the Library page.
        self.exercise_actions = ExerciseActions(
            self._library_page,
            packs_dir=packs_dir,
            bundled_dir=bundled_resources_dir(),
            parent=self,
        )
        self.exercise_actions.library_changed.connect(self._exercises_changed)
        self.exercise_actions.figure_editor = _edit_figure
        #: Install pack…, Export pack… on the Library page, after the exercise actions.
        self.packs = PackActions(packs_dir, bundled_resources_dir(), lambda: window, self)
        self._library_page.add_actions(self.packs.buttons(self._library_page))
        self.packs.packs_changed.connect(self._packs_changed)
        window.add_section(Section.SESSION, self._build_player)
        window.add_section(Section.BREAKS, self._build_breaks)
        has_reference = (
            snapshot.has_reference
            if snapshot is not None
            else self._library is not None and self._library.reference is not None
        )
        if has_reference:
            window.add_section(Section.PROGRESS, self._build_progress)
        window.add_section(Section.SETTINGS, self._build_settings)
        if has_reference:
            window.add_section(Section.LEARN, self._build_learn)
            self._library_page.learn_requested.connect(self.open_learn)
        window.resize(*_initial_size(app))
        window.help_requested.connect(self.show_help)
        window.about_requested.connect(self.show_about)

    def attach(
        self,
        *,
        clock: Clocks,
        keeper: SettingsKeeper,
        notices: NoticeBoard,
        tray: TrayController,
        exports: ExportAction,
        actions: PageActions,
        session_driver: Callable[[], SessionDriver],
        break_pieces: Callable[[], BreakPieces],
        cue_player: Callable[[], CuePlayer],
        log_dir: Path,
    ) -> None:
        """Give the pages the rest of the app, once."""
        assert self._wiring is None, "the pages are attached once"
        self._wiring = _Wiring(
            clock=clock,
            keeper=keeper,
            notices=notices,
            tray=tray,
            exports=exports,
            actions=actions,
            session_driver=session_driver,
            break_pieces=break_pieces,
            cue_player=cue_player,
            log_dir=log_dir,
        )
        self.window.hide_to_tray = tray.visible
        keeper.changed.connect(self._settings_changed)
        exports.exported.connect(self._exported)

    @property
    def shown_library(self) -> Library:
        """Return the library the pages show (``set_library`` replaces it).

        While the window shows a snapshot, the library is read now (``library_source``).
        """
        if self._library is None:
            self._need_library()
        assert self._library is not None, "the pages have no library and no library_source"
        return self._library

    @property
    def has_library(self) -> bool:
        """Whether the pages have their library (not while the window shows a snapshot)."""
        return self._library is not None

    def give_library(self, library: Library) -> None:
        """Show ``library`` where the window showed a snapshot of it (no other page has any)."""
        self._library = library
        self._library_page.set_library(library)

    def _need_library(self) -> None:
        if self._library is None and self.library_source is not None:
            self.give_library(self.library_source())

    @property
    def attached(self) -> bool:
        """Return whether ``attach`` has given the pages the rest of the app."""
        return self._wiring is not None

    @property
    def _wired(self) -> _Wiring:
        """The rest of the app, attached now (through ``attach_requested``) if need be."""
        if self._wiring is None and self.attach_requested is not None:
            self.attach_requested()
        assert self._wiring is not None, "the pages are not attached to the app"
        return self._wiring

    # -- the pages, built when first asked for ---------------------------------

    @property
    def library(self) -> LibraryPage:
        """Return the Library page."""
        return self._library_page

    @property
    def player(self) -> PlayerPage:
        """Return the Session page."""
        self.window.page(Section.SESSION)
        assert self._player is not None
        return self._player

    @property
    def routine_actions(self) -> RoutineEditorActions:
        """Return what opens the routine editor from the Session page (building that page).

        Its ``routine_saved(path)`` fires after each save in the editor.
        """
        self.window.page(Section.SESSION)
        assert self._routine_actions is not None
        return self._routine_actions

    @property
    def breaks(self) -> BreaksPage:
        """Return the Breaks page."""
        self.window.page(Section.BREAKS)
        assert self._breaks is not None
        return self._breaks

    @property
    def progress(self) -> ProgressPage | None:
        """Return the Progress page, or None if the window has none (no reference data)."""
        self.window.page(Section.PROGRESS)
        return self._progress

    @property
    def settings(self) -> SettingsPage:
        """Return the Settings page."""
        self.window.page(Section.SETTINGS)
        assert self._settings is not None
        return self._settings

    @property
    def learn(self) -> LearnPage | None:
        """Return the Learn page, or None if the window has none (no reference data)."""
        self.window.page(Section.LEARN)
        return self._learn

    # -- what the app asks of the pages -----------------------------------------

    def open(self, section: Section | None = None) -> None:
        """Show the window (at ``section``, if given) and bring it to the front."""
        if section is not None:
            self.window.show_section(section)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def show_section(self, section: Section) -> None:
        """Show ``section`` and bring the window forward (it is open: the help links here)."""
        self.window.show_section(section)
        self.window.raise_()
        self.window.activateWindow()

    def open_learn(self, key: str) -> None:
        """Show the Learn entry ``key`` (see ``hipcoach.core.learn``), its text focused."""
        learn = self.learn
        if learn is not None and learn.show_entry(key):
            self.window.show_section(Section.LEARN)
            learn.text.setFocus()

    def open_exercise(self, exercise_id: str) -> None:
        """Show the exercise ``exercise_id`` in the Library, its details focused."""
        library = self._library_page
        if library.show_exercise(exercise_id):
            self.window.show_section(Section.LIBRARY)
            library.detail.setFocus()

    def show_about(self) -> None:
        """Show the About dialog over the window (window-modal, closes itself)."""
        from PySide6.QtCore import Qt  # noqa: PLC0415  (not needed at start)

        from hipcoach.ui.about_dialog import AboutDialog  # noqa: PLC0415

        lines = self._wired.break_pieces().platform.describe()
        dialog = AboutDialog(self._wired.log_dir, platform_lines=lines, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_help(self) -> None:
        """Show the Help dialog beside the window (one at a time; F1 again brings it forward).

        A running session pauses first: nothing counts down behind the help.
        """
        from PySide6.QtCore import Qt  # noqa: PLC0415  (not needed at start)

        from hipcoach.ui.help_dialog import HelpDialog  # noqa: PLC0415

        if self._player is not None:
            self._player.pause_session()
        dialog = self._help
        if dialog is None or not shiboken6.isValid(dialog):
            window = self.window
            dialog = HelpDialog(window.section_list(), parent=window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.section_requested.connect(self.show_section)
            dialog.about_requested.connect(window.about_requested)
            self._help = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def set_library(self, library: Library) -> None:
        """Show ``library`` on every page built so far; later pages are built with it.

        The app calls it (``HipCoach.reload_library``) after the packs changed.
        """
        self._library = library
        self._library_page.set_library(library)
        if self._player is not None:
            self._player.set_library(library)
        if self._learn is not None:
            self._learn.set_exercises(library.exercises)
        if self._settings is not None:
            self._settings.set_exercises(_snacks(library))
        self.library_replaced.emit(library)

    def _packs_changed(self) -> None:
        """A pack was installed or removed: read the packs again."""
        self._wired.actions.reload_library()

    def _exercises_changed(self, exercise_id: str) -> None:
        """An exercise was saved, deleted or restored: read the packs again, show it."""
        self._wired.actions.reload_library()
        if exercise_id:
            self._library_page.show_exercise(exercise_id)
        self.exercise_actions.update_buttons()

    def tray_available(self, available: bool) -> None:
        """The tray icon is up (or not): closing the window then hides it to the tray."""
        self.window.hide_to_tray = available
        if self._breaks is not None:
            self._breaks.set_tray_available(available)

    def refresh_progress(self) -> None:
        """Show the history anew on the Progress page, if it is built."""
        if self._progress is not None:
            self._progress.refresh()

    def _exported(self, text: str) -> None:
        if self._progress is not None:
            self._progress.show_share_result(text, ok=True)

    def _settings_changed(self, previous: Settings, current: Settings) -> None:
        if self._settings is not None:
            self._settings.set_settings(current)
        if self._player is not None and current.sound != previous.sound:
            self._player.set_speaking(current.sound.spoken_cues)

    # -- the builders ----------------------------------------------------------

    def _build_player(self) -> PlayerPage:
        from hipcoach.services.sound import create_speaker  # noqa: PLC0415
        from hipcoach.ui.player_page import PlayerPage  # noqa: PLC0415

        general = self._wired.keeper.settings.general
        player = PlayerPage(
            self.shown_library,
            driver=self._wired.session_driver(),
            clock=self._wired.clock,
            cue_player_factory=self._wired.cue_player,
            speaker_factory=create_speaker,
        )
        player.session_ended.connect(self._wired.actions.session_ended)
        player.session_active.connect(self.window.set_session_running)
        safety = self._wired.break_pieces().safety
        player.before_start = safety.before_session
        player.caution_check = safety.check_caution
        player.setup.restore(general.protocol, general.choices)
        player.setup.preferences_changed.connect(self._wired.actions.remember_routine)
        player.set_speaking(self._wired.keeper.settings.sound.spoken_cues)
        self._player = player
        self._connect_routine_editor(player)
        return player

    def _connect_routine_editor(self, player: PlayerPage) -> None:
        from hipcoach.ui.routine_actions import RoutineEditorActions  # noqa: PLC0415

        actions = RoutineEditorActions(
            lambda: self.shown_library, self._packs_dir, player.start, self.window, parent=self
        )
        player.setup.new_routine_requested.connect(actions.new_routine)
        player.setup.copy_requested.connect(actions.copy_routine)
        player.setup.edit_requested.connect(actions.edit_routine)
        actions.routine_saved.connect(self._routine_saved)
        self._routine_actions = actions

    def _routine_saved(self, path: Path) -> None:
        """A routine was saved in the editor: read the packs again and pick it on the page."""
        if self._wired.actions.reload_library() and self._player is not None:
            choices = self._wired.keeper.settings.general.choices
            self._player.setup.restore(path.stem, choices)

    def _build_breaks(self) -> BreaksPage:
        from hipcoach.ui.breaks_page import BreaksPage  # noqa: PLC0415

        pieces = self._wired.break_pieces()
        breaks = BreaksPage(
            pieces.driver,
            self._wired.clock,
            history=pieces.history,
            move_name=self._exercise_name,
        )
        breaks.set_tray_available(self._wired.tray.visible)
        self._breaks = breaks
        return breaks

    def _build_progress(self) -> ProgressPage:
        from hipcoach.ui.progress_page import ProgressPage  # noqa: PLC0415

        reference = self.shown_library.reference
        assert reference is not None, "the Progress page is registered only with reference data"
        pieces = self._wired.break_pieces()
        progress = ProgressPage(
            pieces.history,
            reference,
            self._wired.clock,
            break_status=pieces.driver.status,
            problem=pieces.history_problem,
            exercise_name=self._exercise_name,
        )
        progress.pain_requested.connect(self._wired.actions.quick_pain)
        progress.safety_requested.connect(self._wired.actions.safety_check)
        progress.export_requested.connect(self._wired.exports.run)
        self._progress = progress
        return progress

    def _build_settings(self) -> SettingsPage:
        from hipcoach.ui.about_dialog import call_source_lines  # noqa: PLC0415
        from hipcoach.ui.settings_page import SettingsPage  # noqa: PLC0415

        self._wired.break_pieces()  # so a damaged history is among the notices
        settings = SettingsPage(
            self._wired.keeper.settings,
            exercises=_snacks(self.shown_library),
            autostart_available=True,
        )
        settings.show_call_sources(
            call_source_lines(self._wired.break_pieces().platform.describe())
        )
        self._wired.notices.attach(settings)
        settings.settings_changed.connect(self._wired.actions.apply_settings)
        self._settings = settings
        return settings

    def _build_learn(self) -> LearnPage:
        from hipcoach.ui.learn_page import LearnPage  # noqa: PLC0415

        reference = self.shown_library.reference
        assert reference is not None, "the Learn page is registered only with reference data"
        learn = LearnPage(reference, self.shown_library.exercises)
        learn.exercise_requested.connect(self.open_exercise)
        self._learn = learn
        return learn

    def _exercise_name(self, exercise_id: str) -> str:
        try:
            return self.shown_library.exercise(exercise_id).name
        except KeyError:
            return exercise_id


def _initial_size(app: QApplication) -> tuple[int, int]:
    screen = app.primaryScreen()
    available = screen.availableGeometry() if screen else None
    width, height = 1180, 760
    if available is not None:
        width = min(width, int(available.width() * 0.9))
        height = min(height, int(available.height() * 0.9))
    return width, height


def _edit_figure(figure: Mapping[str, Any] | None, parent: QWidget) -> Mapping[str, Any] | None:
    """Open the figure editor on ``figure``; return the edited table, or None if cancelled.

    The bundled exercises' figures, read now, are there to start again from.
    """
    from hipcoach.core.figure_table import bundled_figures  # noqa: PLC0415
    from hipcoach.ui.figure_editor import FigureEditorDialog  # noqa: PLC0415

    dialog = FigureEditorDialog(figure, parent=parent, starts=bundled_figures())
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.figure_table()
    finally:
        dialog.deleteLater()


def _snacks(library: Library) -> dict[str, str]:
    """Return the movement snacks of ``library`` (the moves a break can offer), id → name."""
    from hipcoach.core.exercises import Category  # noqa: PLC0415

    return {e.id: e.name for e in library.exercises if e.category is Category.SNACK}
