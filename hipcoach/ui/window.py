"""The main window as the app uses it: closing hides it to the tray when there is one."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent

from hipcoach.ui.main_window import MainWindow


class HipCoachWindow(MainWindow):
    """``hide_to_tray``: closing the window only hides it (the tray icon stays)."""

    hide_to_tray = False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.hide_to_tray:
            event.ignore()
            self.hide()
            return
        super().closeEvent(event)
