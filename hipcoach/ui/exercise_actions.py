"""The Library's exercise actions: new, copy and edit, edit, delete (and restore).

Buttons under the exercise list. Edit and Delete are for exercises of the
user's own packs; Copy and edit works on any exercise, bundled ones
included. After a save or a delete ``library_changed`` fires with the id of
the exercise to select; the app then reads the packs again
(``HipCoach.reload_library``). A deleted file is kept beside its pack as
``<name>.bak``, and "Restore" puts it back for as long as the app runs.
The editor and the file functions load when first used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from hipcoach.ui.library_page import LibraryPage

if TYPE_CHECKING:
    from hipcoach.core.exercise_draft import DeletedExercise, ExerciseDraft
    from hipcoach.core.exercises import Exercise
    from hipcoach.ui.exercise_editor import ExerciseEditor, FigureEditor

BUNDLED = "bundled"


class ExerciseActions(QObject):
    """The New, Copy and edit, Edit, Delete and Restore buttons of the Library page.

    ``packs_dir`` is the user's packs folder (new exercises go into a pack
    there, "My exercises" unless the user picks another); ``bundled_dir``
    is the bundled pack, read for copies of bundled exercises.
    ``figure_editor`` is what the editor's "Edit figure…" opens; while it
    is None that button is hidden.
    """

    library_changed = Signal(str)

    def __init__(
        self,
        page: LibraryPage,
        *,
        packs_dir: Path,
        bundled_dir: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.packs_dir = packs_dir
        self.bundled_dir = bundled_dir
        self.figure_editor: FigureEditor | None = None
        self.editor: ExerciseEditor | None = None
        self._deleted: tuple[DeletedExercise, str] | None = None

        self.new_button = self._button(self.tr("&New…"), self.tr("New exercise"), self.new)
        self.new_button.setToolTip(self.tr("Write a new exercise of your own (Ctrl+N)"))
        self.copy_button = self._button(
            self.tr("Cop&y and edit…"), self.tr("Copy and edit"), self.copy_and_edit
        )
        self.copy_button.setToolTip(
            self.tr("Make your own copy of this exercise, to change its dosage or texts")
        )
        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Edit"), self.edit)
        self.edit_button.setToolTip(self.tr("Change this exercise of your own pack"))
        self.delete_button = self._button(self.tr("Delete"), self.tr("Delete"), self.delete)
        self.delete_button.setToolTip(self.tr("Take this exercise out of your pack"))
        self.restore_button = self._button(
            self.tr("Restore"), self.tr("Restore deleted exercise"), self.restore
        )
        self.restore_button.setVisible(False)
        page.add_actions(
            (
                self.new_button,
                self.copy_button,
                self.edit_button,
                self.delete_button,
                self.restore_button,
            )
        )
        # A window shortcut: while the page shows, wherever the focus is (the
        # section list, after Ctrl+1).
        shortcut = QShortcut(QKeySequence.StandardKey.New, page)
        shortcut.activated.connect(self.new)
        page.exercise_selected.connect(self.update_buttons)
        self.update_buttons()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- what can be done ----------------------------------------------------------

    def own_file(self, exercise: Exercise | None) -> Path | None:
        """Return the file of ``exercise`` if it is in one of the user's packs."""
        if exercise is None or exercise.source == BUNDLED:
            return None
        from hipcoach.core.exercise_draft import exercise_files  # noqa: PLC0415

        return exercise_files(Path(exercise.source)).get(exercise.id)

    def update_buttons(self) -> None:
        """Enable the buttons that apply to the exercise selected."""
        exercise = self.page.current_exercise()
        if exercise is None and not self.page.has_library:  # a snapshot's row, as it was
            row = self.page.selected_row()
            self.copy_button.setEnabled(row is not None)
            self.edit_button.setEnabled(row is not None and row.from_pack)
            self.delete_button.setEnabled(row is not None and row.from_pack)
            return
        own = exercise is not None and exercise.source != BUNDLED
        self.copy_button.setEnabled(exercise is not None)
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)

    def _bundled_ids(self) -> set[str]:
        from hipcoach.core.exercise_draft import exercise_files  # noqa: PLC0415

        return set(exercise_files(self.bundled_dir))

    def _packs(self) -> list[tuple[str, Path]]:
        """Return the packs a new exercise may go into: "My exercises" first, then the others."""
        import tomllib  # noqa: PLC0415 - only when choosing where to save

        from hipcoach.core.library import PACK_FILE, find_user_packs  # noqa: PLC0415
        from hipcoach.core.pack_files import MY_PACK_ID  # noqa: PLC0415

        mine = self.packs_dir / MY_PACK_ID
        packs = [(self.tr("My exercises"), mine)]
        for folder in find_user_packs(self.packs_dir):
            if folder == mine:
                continue
            name = folder.name
            try:
                given = tomllib.loads((folder / PACK_FILE).read_text(encoding="utf-8"))
                name = str(given.get("name") or name)
            except (OSError, ValueError):
                pass
            packs.append((name, folder))
        return packs

    # -- the actions ---------------------------------------------------------------

    def new(self) -> None:
        """Open the editor on a new exercise (Ctrl+N)."""
        from hipcoach.core.exercise_draft import ExerciseDraft  # noqa: PLC0415

        packs = self._packs()
        self._open(ExerciseDraft.new(packs[0][1], bundled_ids=self._bundled_ids()), packs)

    def copy_and_edit(self) -> None:
        """Open the editor on a copy of the selected exercise, for a pack of the user's own."""
        from hipcoach.core.exercise_draft import ExerciseDraft, source_of  # noqa: PLC0415
        from hipcoach.core.fileio import TomlReadError  # noqa: PLC0415

        exercise = self.page.current_exercise()
        if exercise is None:
            return
        try:
            _path, table = source_of(exercise, self.bundled_dir)
        except (OSError, TomlReadError) as error:
            self._cannot(error)
            return
        packs = self._packs()
        draft = ExerciseDraft.copy_of(
            table,
            packs[0][1],
            bundled_ids=self._bundled_ids(),
            copy_name=self.tr("{name} (copy)").format(name=table.get("name", "")),
        )
        self._open(draft, packs)

    def edit(self) -> None:
        """Open the editor on the selected exercise's own file."""
        from hipcoach.core.exercise_draft import ExerciseDraft  # noqa: PLC0415
        from hipcoach.core.fileio import TomlReadError  # noqa: PLC0415

        path = self.own_file(self.page.current_exercise())
        if path is None:
            return
        try:
            draft = ExerciseDraft.of_file(path, bundled_ids=self._bundled_ids())
        except (OSError, TomlReadError) as error:
            self._cannot(error)
            return
        self._open(draft, [])

    def _open(self, draft: ExerciseDraft, packs: list[tuple[str, Path]]) -> None:
        from PySide6.QtCore import Qt  # noqa: PLC0415  (not needed at start)

        from hipcoach.ui.exercise_editor import ExerciseEditor  # noqa: PLC0415

        library = self.page.library
        reference = library.reference
        suggestions: dict[str, None] = {}
        if reference is not None:
            for muscle in reference.muscles:
                suggestions[muscle.name.lower()] = None
                suggestions.update(dict.fromkeys(t.lower() for t in muscle.targets))
        for exercise in library.exercises:
            suggestions.update(dict.fromkeys(t.lower() for t in exercise.targets))
        editor = ExerciseEditor(
            draft,
            packs=packs,
            reference=reference,
            suggestions=sorted(suggestions),
            exercises={e.id: e.name for e in library.exercises},
            figure_editor=self.figure_editor,
            parent=self.page.window(),
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self.library_changed)
        self.editor = editor
        editor.open()

    def delete(self) -> None:
        """Ask, then take the selected exercise's file out of its pack (Restore brings it back)."""
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - not needed at start

        from hipcoach.core.exercise_draft import delete_exercise_file  # noqa: PLC0415

        exercise = self.page.current_exercise()
        path = self.own_file(exercise)
        if exercise is None or path is None:
            return
        answer = QMessageBox.question(
            self.page,
            self.tr("Delete exercise"),
            self.tr(
                "Delete “{name}” from your pack? Its file is kept as {file}.bak; Restore"
                " brings it back."
            ).format(name=exercise.name, file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            deleted = delete_exercise_file(path)
        except OSError as error:
            self._cannot(error)
            return
        self._deleted = (deleted, exercise.id)
        self.restore_button.setText(self.tr("Restore “{name}”").format(name=exercise.name))
        self.restore_button.setAccessibleName(
            self.tr("Restore deleted exercise {name}").format(name=exercise.name)
        )
        self.restore_button.setVisible(True)
        self.library_changed.emit("")

    def restore(self) -> None:
        """Put the exercise deleted last back into its pack."""
        if self._deleted is None:
            return
        deleted, exercise_id = self._deleted
        try:
            deleted.restore()
        except OSError as error:
            self._cannot(error)
            return
        self._deleted = None
        self.restore_button.setVisible(False)
        self.library_changed.emit(exercise_id)

    def _cannot(self, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - not needed at start

        QMessageBox.warning(
            self.page,
            self.tr("Exercise files"),
            self.tr("That did not work: {error}").format(error=error),
        )
