"""Exporting the history as CSV files into a folder the user picks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from hipcoach.core.history import HistoryStore


class ExportAction(QObject):
    """Asks for a folder and writes the history there (``core.history_export``).

    ``exported(text)`` says what was written (the Progress page shows it);
    ``problem(text)`` says why nothing was (for the Settings page's notices).
    ``choose_folder`` may be replaced, e.g. by a test that answers for the user.
    """

    exported = Signal(str)
    problem = Signal(str)

    def __init__(
        self,
        history: Callable[[], HistoryStore | None],
        window: Callable[[], QWidget | None],
        parent: QObject | None = None,
    ) -> None:
        """Export the store ``history()`` returns, asking over ``window()``."""
        super().__init__(parent)
        self._history = history
        self._window = window
        self.choose_folder: Callable[[], Path | None] = self._ask_for_folder

    def run(self) -> None:
        """Ask for a folder and export into it; nothing happens if the user cancels."""
        history = self._history()
        if history is None:
            self.problem.emit(self.tr("There is no history to export."))
            return
        folder = self.choose_folder()
        if folder is None:
            return
        from hipcoach.core.history_export import export_csv  # noqa: PLC0415  (on first export)

        try:
            written = export_csv(history, folder)
        except OSError as error:
            self.problem.emit(
                self.tr("The export failed: {error}").format(error=error.strerror or error)
            )
            return
        done = self.tr("Exported %n CSV files to {folder}.", "", len(written)).format(folder=folder)
        self.exported.emit(done)

    def _ask_for_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self._window(), self.tr("Export history as CSV"), str(Path.home())
        )
        return Path(chosen) if chosen else None
