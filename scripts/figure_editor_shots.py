"""Open the figure editor on a bundled figure and save pictures of it (run by hand).

    uv run python scripts/figure_editor_shots.py [--exercise ID] [--out FOLDER]

Opens the editor on the exercise's figure (default: the half-kneeling hip
flexor stretch) and saves, into FOLDER (default: the current folder):
``editor.png`` as it opens, ``editor-drag.png`` after the near knee is
dragged with the mouse, ``editor-problem.png`` with a foot pushed through the
floor, one picture of each tab (``editor-tab-N.png``) and ``start-from.png``
after starting again from the bird dog's figure. Then it closes without keeping
anything. Run it on a desktop to see the real window.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hipcoach.core.figure_table import bundled_figures
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.ui.figure_editor import FigureEditorDialog

#: Milliseconds given to each picture for the window to settle.
SETTLE_MS = 700


def main(argv: list[str] | None = None) -> int:
    """Take the pictures; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exercise", default="half-kneeling-hip-flexor")
    parser.add_argument("--out", type=Path, default=Path())
    options = parser.parse_args(argv)
    path = bundled_resources_dir() / "exercises" / f"{options.exercise}.toml"
    table = tomllib.loads(path.read_text(encoding="utf-8"))["figure"]
    out: Path = options.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    dialog = FigureEditorDialog(table, ask_discard=lambda parent: True, starts=bundled_figures())
    dialog.show()
    steps: list[Callable[[], object]] = []

    def shot(name: str) -> None:
        dialog.grab().save(str(out / name))
        print(out / name)

    def opened() -> None:
        shot("editor.png")
        canvas = dialog.canvas
        start = canvas.handle_points()["hip_near"].toPoint()
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(canvas, start + QPoint(40, -30))
        QTest.mouseMove(canvas, start + QPoint(90, -60))

    def dragged() -> None:
        shot("editor-drag.png")
        canvas = dialog.canvas
        end = canvas.handle_points()["hip_near"].toPoint()
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        dialog.undo()
        dialog.angles.boxes["knee_near"].setValue(10)

    def problem() -> None:
        shot("editor-problem.png")
        dialog.undo()

    steps += [opened, dragged, problem]

    def choose_tab(index: int) -> Callable[[], None]:
        return lambda: dialog.tabs.setCurrentIndex(index)

    def tab_shot(index: int) -> Callable[[], None]:
        return lambda: shot(f"editor-tab-{index + 1}.png")

    for index in range(dialog.tabs.count()):
        steps += [choose_tab(index), tab_shot(index)]

    def start_again() -> None:
        dialog.tabs.setCurrentIndex(0)
        dialog.start_combo.setCurrentIndex(dialog.start_combo.findText("Bird dog"))
        dialog.start_button.click()

    steps += [start_again, lambda: shot("start-from.png")]
    steps.append(dialog.reject)
    steps.append(app.quit)
    for number, step in enumerate(steps, start=1):
        QTimer.singleShot(SETTLE_MS * (number + 1), step)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
