"""A hipcoach for the AT-SPI test, steered stop by stop from its standard input.

Run by ``test_atspi_tree.py`` as ``python a11y_app.py HOME`` on a real X
display with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``. It builds the whole app
on a manual clock (``tests/app_harness.py``) and prints one JSON line for
each command it reads:

- ``visit STOP``: go to a stop of ``tests/a11y_tour.py``; answers with the
  labels on show (screen rectangle and text), once the stop shows;
- ``leave``: close the stop's dialogs; ``end-break``: close the break card;
- ``tick``: move the clock on a second; answers with the countdown's text
  and the accessible name Qt gives it;
- ``quit``.

The first line, ``{"ready": PID}``, says the window is up.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QSocketNotifier
from PySide6.QtWidgets import QApplication, QLabel

from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from tests.a11y_checks import plain_text
from tests.a11y_tour import Tour
from tests.app_harness import AppHarness


def say(answer: object) -> None:
    """Print ``answer`` as one JSON line."""
    print(json.dumps(answer), flush=True)


def shown_labels(tour: Tour) -> list[dict[str, object]]:
    """Return each label on show: its rectangle on the screen and its text."""
    labels: list[dict[str, object]] = []
    for window in tour.windows():
        for label in window.findChildren(QLabel):
            if label.isVisible():
                corner = label.mapToGlobal(QPoint(0, 0))
                rect = [corner.x(), corner.y(), label.width(), label.height()]
                labels.append({"rect": rect, "text": plain_text(label)})
    return labels


class Steering:
    """Reads commands from standard input and carries them out on the tour."""

    def __init__(self, app: QApplication, tour: Tour) -> None:
        self.app = app
        self.tour = tour
        self.pending = b""
        self.notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.read)

    def read(self) -> None:
        chunk = os.read(0, 65536)
        if not chunk:
            self.app.quit()
            return
        self.pending += chunk
        while b"\n" in self.pending:
            line, self.pending = self.pending.split(b"\n", 1)
            self.run(line.decode().strip())

    def run(self, line: str) -> None:
        command, _, argument = line.partition(" ")
        tour = self.tour
        if command == "visit":
            tour.visit(argument, lambda: say({"stop": argument, "labels": shown_labels(tour)}))
        elif command == "leave":
            tour.leave()
            say({"left": True})
        elif command == "end-break":
            tour.end_break()
            say({"ended": True})
        elif command == "tick":
            ring = tour.tick()
            say({"text": ring.text, "caption": ring.caption, "name": ring.accessibleName()})
        elif command == "quit":
            say({"quit": True})
            self.app.quit()
        else:
            say({"error": f"unknown command {line!r}"})


def main() -> int:
    """Start the app in the folder given as the only argument and steer it."""
    app = QApplication(sys.argv)
    app.setApplicationName("hipcoach")
    library = load_library(bundled_resources_dir())
    harness = AppHarness(library, Path(sys.argv[1]))
    coach = harness.start()
    coach.window.resize(1180, 760)
    coach.window.show()
    tour = Tour(harness, coach)
    steering = Steering(app, tour)
    say({"ready": os.getpid()})
    status = app.exec()
    del steering
    harness.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
