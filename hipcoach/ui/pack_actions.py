"""Install pack…, Export pack…: sharing exercise packs from the Library page.

The work is ``hipcoach.core.pack_transfer``'s, the same as ``hipcoach pack``:
a pack is checked before it is installed, a pack with problems is not
installed (its problems are shown), and replacing an installed pack is
asked first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from hipcoach.ui.translate import render

if TYPE_CHECKING:
    # Loaded on the first install or export, not with the Library page.
    from hipcoach.core.pack_transfer import InstalledPack, PreparedInstall
    from hipcoach.core.problems import Problem

#: What the file dialog offers when installing from an archive.
_ZIP_FILTER = "*.zip"


class PackActions(QObject):
    """The Library page's pack actions: install from a ``.zip`` or a folder, export one.

    ``packs_changed`` fires after a pack was installed (the library should
    be loaded again). ``done(text)`` says what happened, ``failed(text)``
    why nothing was (both after the user was told in a dialog).

    What asks the user is kept in replaceable attributes, so a test can
    answer for the user: ``choose_archive``, ``choose_folder`` (a path or
    None), ``confirm_replace(pack_id)``, ``choose_pack(packs)`` (an id or
    None), ``choose_target(pack_id)`` (a path or None), ``show_problems``,
    ``tell`` and ``warn``.
    """

    packs_changed = Signal()
    done = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        packs_dir: Path,
        bundled_dir: Path,
        window: Callable[[], QWidget | None],
        parent: QObject | None = None,
    ) -> None:
        """Install into and export from ``packs_dir``, asking over ``window()``."""
        super().__init__(parent)
        self._packs_dir = packs_dir
        self._bundled_dir = bundled_dir
        self._window = window
        self.install_zip_action = QAction(self.tr("From a .&zip file…"), self)
        self.install_zip_action.triggered.connect(self.install_archive)
        self.install_folder_action = QAction(self.tr("From a &folder…"), self)
        self.install_folder_action.triggered.connect(self.install_folder)
        self.export_action = QAction(self.tr("E&xport pack…"), self)
        self.export_action.triggered.connect(self.export)

        self.choose_archive: Callable[[], Path | None] = self._ask_archive
        self.choose_folder: Callable[[], Path | None] = self._ask_folder
        self.confirm_replace: Callable[[str], bool] = self._ask_replace
        self.choose_pack: Callable[[Sequence[InstalledPack]], str | None] = self._ask_pack
        self.choose_target: Callable[[str], Path | None] = self._ask_target
        self.show_problems: Callable[[str, Sequence[Problem]], None] = self._problems_dialog
        self.tell: Callable[[str], None] = self._tell
        self.warn: Callable[[str], None] = self._warn

    def buttons(self, parent: QWidget | None = None) -> list[QPushButton]:
        """Return the two buttons for a page: "Install pack…" (with its menu) and "Export pack…"."""
        install = QPushButton(self.tr("&Install pack…"), parent)
        install.setAccessibleName(self.tr("Install pack"))
        install.setToolTip(
            self.tr("Add an exercise pack someone gave you; it is checked before it goes in")
        )
        menu = QMenu(install)
        menu.setAccessibleName(self.tr("Install pack from"))
        menu.addAction(self.install_zip_action)
        menu.addAction(self.install_folder_action)
        install.setMenu(menu)
        export = QPushButton(self.tr("E&xport pack…"), parent)
        export.setAccessibleName(self.tr("Export pack"))
        export.setToolTip(self.tr("Save one of your packs as a .zip file to hand over"))
        export.clicked.connect(self.export)
        for button in (install, export):
            button.setAutoDefault(False)
        return [install, export]

    # -- installing -------------------------------------------------------------

    def install_archive(self) -> None:
        """Ask for a ``.zip`` and install the pack in it."""
        source = self.choose_archive()
        if source is not None:
            self.install_from(source)

    def install_folder(self) -> None:
        """Ask for a pack folder and install a copy of it."""
        source = self.choose_folder()
        if source is not None:
            self.install_from(source)

    def install_from(self, source: Path) -> bool:
        """Check the pack at ``source`` and install it if it has no problems; return whether it was.

        A name that cannot be a pack id is replaced by one made from it.
        """
        from hipcoach.core.pack_zip import PackTransferError  # noqa: PLC0415 - on first use

        try:
            prepared = self._prepare(source)
        except PackTransferError as error:
            self._fail(
                self.tr("The pack was not installed: {reason}").format(reason=render(error.message))
            )
            return False
        with prepared:
            if prepared.problems:
                self.show_problems(prepared.pack_id, prepared.problems)
                self.failed.emit(
                    self.tr("The pack “{id}” has problems; it was not installed.").format(
                        id=prepared.pack_id
                    )
                )
                return False
            if prepared.replaces and not self.confirm_replace(prepared.pack_id):
                return False
            try:
                prepared.install()
            except PackTransferError as error:
                self._fail(render(error.message))
                return False
            report = prepared.report
            text = self.tr("Installed the pack “{name}”: {exercises}, {routines}.").format(
                name=report.name,
                exercises=self._exercises(report.exercise_count),
                routines=self._routines(report.routine_count),
            )
        self.packs_changed.emit()
        self.tell(text)
        self.done.emit(text)
        return True

    def _exercises(self, count: int) -> str:
        return self.tr("1 exercise") if count == 1 else self.tr("%n exercises", "", count)

    def _routines(self, count: int) -> str:
        return self.tr("1 routine") if count == 1 else self.tr("%n routines", "", count)

    def _prepare(self, source: Path) -> PreparedInstall:
        from hipcoach.core.pack_transfer import UnusableIdError, prepare_install  # noqa: PLC0415

        try:
            return prepare_install(source, self._packs_dir, self._bundled_dir)
        except UnusableIdError as error:
            return prepare_install(
                source, self._packs_dir, self._bundled_dir, pack_id=error.suggestion
            )

    # -- exporting --------------------------------------------------------------

    def export(self) -> bool:
        """Ask which of the user's packs to export and where; write it. Return whether it was."""
        from hipcoach.core.pack_transfer import export_pack, list_packs  # noqa: PLC0415
        from hipcoach.core.pack_zip import PackTransferError  # noqa: PLC0415

        packs = list_packs(self._packs_dir, self._bundled_dir)
        if not packs:
            self._fail(self.tr("You have no packs of your own to export yet."))
            return False
        pack_id = packs[0].id if len(packs) == 1 else self.choose_pack(packs)
        if pack_id is None:
            return False
        target = self.choose_target(pack_id)
        if target is None:
            return False
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        try:
            count = export_pack(self._packs_dir, pack_id, target)
        except PackTransferError as error:
            self._fail(
                self.tr("The pack was not exported: {reason}").format(reason=render(error.message))
            )
            return False
        text = self.tr("Exported the pack “{id}” ({files}) to {file}.").format(
            id=pack_id,
            files=self.tr("1 file") if count == 1 else self.tr("%n files", "", count),
            file=str(target),
        )
        self.tell(text)
        self.done.emit(text)
        return True

    def _fail(self, text: str) -> None:
        self.warn(text)
        self.failed.emit(text)

    # -- the dialogs ------------------------------------------------------------
    # Their classes load when first used: the page's first paint does without them.

    def _ask_archive(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415 - see ``# -- the dialogs``

        chosen, _filter = QFileDialog.getOpenFileName(
            self._window(),
            self.tr("Install pack from a .zip file"),
            str(Path.home()),
            self.tr("Pack archives ({pattern})").format(pattern=_ZIP_FILTER),
        )
        return Path(chosen) if chosen else None

    def _ask_folder(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415 - see ``# -- the dialogs``

        chosen = QFileDialog.getExistingDirectory(
            self._window(), self.tr("Install pack from a folder"), str(Path.home())
        )
        return Path(chosen) if chosen else None

    def _ask_replace(self, pack_id: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - see ``# -- the dialogs``

        answer = QMessageBox.question(
            self._window(),
            self.tr("Replace pack?"),
            self.tr(
                "A pack “{id}” is installed already. Replace it with the new one?"
                " The installed one is kept until the new one is in place."
            ).format(id=pack_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_pack(self, packs: Sequence[InstalledPack]) -> str | None:
        labels = [
            pack.id if pack.report.name == pack.id else f"{pack.report.name} ({pack.id})"
            for pack in packs
        ]
        from PySide6.QtWidgets import QInputDialog  # noqa: PLC0415 - see ``# -- the dialogs``

        chosen, accepted = QInputDialog.getItem(
            self._window(),
            self.tr("Export pack"),
            self.tr("&Pack to export:"),
            labels,
            0,
            False,
        )
        if not accepted or chosen not in labels:
            return None
        return packs[labels.index(chosen)].id

    def _ask_target(self, pack_id: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415 - see ``# -- the dialogs``

        chosen, _filter = QFileDialog.getSaveFileName(
            self._window(),
            self.tr("Export pack"),
            str(Path.home() / f"{pack_id}.zip"),
            self.tr("Pack archives ({pattern})").format(pattern=_ZIP_FILTER),
        )
        return Path(chosen) if chosen else None

    def _problems_dialog(self, pack_id: str, problems: Sequence[Problem]) -> None:
        from hipcoach.ui.pack_problems_dialog import ProblemsDialog  # noqa: PLC0415 - as above

        dialog = ProblemsDialog(pack_id, problems, self._window())
        dialog.exec()
        dialog.deleteLater()

    def _tell(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - see ``# -- the dialogs``

        QMessageBox.information(self._window(), self.tr("Packs"), text)

    def _warn(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - see ``# -- the dialogs``

        QMessageBox.warning(self._window(), self.tr("Packs"), text)
