"""The start-up baseline: a bare PySide6 ``QMainWindow``, shown, then quit.

``bench_startup.py`` runs it next to hipcoach. It reports its first paint the
way hipcoach does with ``HIPCOACH_STARTUP_PROBE=exit`` (see
``hipcoach/ui/startup_probe.py``): one ``hipcoach-startup:`` line on stderr
with ``time.monotonic()``, written once the window has painted.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    """Reports the first paint of the watched window, then quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        """Write the line and leave."""
        sys.stderr.write(f"hipcoach-startup: window-shown {time.monotonic():.6f} bare\n")
        sys.stderr.flush()
        QApplication.quit()


def main() -> int:
    """Show an empty main window and quit after its first paint."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1180, 760)
    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
