"""Opening the routine editor from the Session page, and what follows a save or a Start.

``RoutineEditorActions`` makes the draft (new, or a copy of a routine),
opens the editor over the window, passes each save on as
``routine_saved(path)`` (for the app to load its packs again) and runs a
routine the editor starts: compiled against the library with that routine
in it, then handed to the same function the Session page's Start button
reaches (``PlayerPage.start``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from hipcoach.core.fileio import TomlReadError
from hipcoach.core.library import Library
from hipcoach.core.plan import Plan, compile_plan
from hipcoach.core.routine_draft import RoutineDraft, pack_choices, routine_file
from hipcoach.core.routines import Routine
from hipcoach.ui.routine_editor import RoutineEditor


def with_routine(library: Library, routine: Routine) -> Library:
    """Return ``library`` with ``routine`` in it (in place of one with the same id)."""
    others = tuple(r for r in library.routines if r.id != routine.id)
    return replace(library, routines=(*others, routine))


class RoutineEditorActions(QObject):
    """ "New routine…", "Copy and edit…" and "Edit…": each opens the editor over ``window``.

    ``library`` is asked each time, so a library loaded anew is the one
    used; ``start`` runs a compiled plan (the Session page's start).
    ``routine_saved(path)`` fires after every save; ``editor`` is the
    editor on show, if any.
    """

    routine_saved = Signal(Path)

    def __init__(
        self,
        library: Callable[[], Library],
        packs_dir: Path,
        start: Callable[[Plan], None],
        window: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._packs_dir = packs_dir
        self._start = start
        self._window = window
        self.editor: RoutineEditor | None = None

    def new_routine(self) -> RoutineEditor:
        """Open the editor on a new routine with one empty phase."""
        draft = RoutineDraft.new(self.tr("My routine"), self.tr("Stretch"))
        return self._open(draft)

    def copy_routine(self, routine: Routine) -> RoutineEditor:
        """Open the editor on a copy of ``routine``, named "… (copy)"."""
        name = self.tr("{name} (copy)").format(name=routine.name)
        return self._open(RoutineDraft.copy_of(routine, name))

    def edit_routine(self, routine: Routine) -> RoutineEditor | None:
        """Open the editor on the file of ``routine``, a user pack's (saved back into it).

        Returns ``None`` (and opens nothing) when the routine has no file of
        its own that can be read.
        """
        path = routine_file(routine)
        if path is None:
            return None
        try:
            draft = RoutineDraft.from_file(path)
        except TomlReadError:
            return None
        return self._open(draft)

    def _open(self, draft: RoutineDraft) -> RoutineEditor:
        library = self._library()
        editor = RoutineEditor(
            draft, library, self._packs_dir, pack_choices(library, self._packs_dir), self._window
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.saved.connect(self.routine_saved)
        editor.start_requested.connect(self.start)
        editor.destroyed.connect(self._forget)
        self.editor = editor
        editor.open()
        return editor

    def _forget(self) -> None:
        self.editor = None

    def start(self, routine: Routine) -> None:
        """Compile ``routine`` against the library with it in, and run it."""
        self._start(compile_plan(routine, with_routine(self._library(), routine)))
