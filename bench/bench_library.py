"""Library loading and filtering speed.

Prints figures; it asserts nothing. Run by hand:

    uv run python bench/bench_library.py [--quick]

Measures: loading the bundled library; loading a generated pack of 2,000
exercises; answering one filter keystroke over those 2,000 in the Qt proxy
model (offscreen). Reports the median and worst of several runs.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchlib import Figure, finish, parser

from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.search import ExerciseFilter

TEMPLATE = """\
schema = 1
id = "generated-{n}"
name = "Generated exercise {n} {word}"
category = "{category}"
summary = "Generated for the benchmark, number {n}."
targets = ["psoas major", "muscle {m}"]
equipment = ["mat"]
position = "standing"
starting_position = "Stand tall."
steps = ["Step one.", "Step two.", "Step three."]
cues = ["Breathe"]
[sides]
per_side = true
[dosage]
hold_seconds = [30, 45]
sets = 2
"""
WORDS = ("bridge", "stretch", "release", "lunge", "squeeze", "roll", "tilt", "reach")
CATEGORIES = ("release", "stretch", "strengthen", "snack")


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Return the wall time of each of ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def make_pack(folder: Path, count: int) -> Path:
    """Write a pack of ``count`` generated exercises and return its folder."""
    pack = folder / "generated"
    (pack / "exercises").mkdir(parents=True)
    for n in range(count):
        text = TEMPLATE.format(
            n=n, m=n % 37, word=WORDS[n % len(WORDS)], category=CATEGORIES[n % 4]
        )
        (pack / "exercises" / f"generated-{n}.toml").write_text(text, encoding="utf-8")
    return pack


def main() -> None:
    """Run every measurement and print the figures."""
    args = parser(__doc__).parse_args()
    runs = 2 if args.quick else 5
    bundled = bundled_resources_dir()
    figures = [
        Figure(
            "load the bundled library (17 exercises, reference data)",
            "ms",
            timed(lambda: load_library(bundled), 4 * runs),
            group="library",
        )
    ]
    with tempfile.TemporaryDirectory() as tmp:
        pack = make_pack(Path(tmp), 2000)
        figures.append(
            Figure(
                "load the bundled library + a 2,000-exercise pack",
                "ms",
                timed(lambda: load_library(bundled, [pack]), runs),
                target=500.0,
                group="library",
            )
        )
        library = load_library(bundled, [pack])
        assert len(library.exercises) == 2017, library.problems[:3]

        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from hipcoach.ui.exercise_model import (  # noqa: PLC0415
            ExerciseFilterModel,
            ExerciseTableModel,
        )

        app = QApplication.instance() or QApplication([])
        model = ExerciseFilterModel(ExerciseTableModel(library.exercises))
        query = "generated stretch 12"
        prefixes = [query[: i + 1] for i in range(len(query))]
        times: list[float] = []
        for _ in range(runs):
            for prefix in prefixes:
                start = time.perf_counter()
                model.set_filter(ExerciseFilter(query=prefix))
                times.append((time.perf_counter() - start) * 1000)
            model.set_filter(ExerciseFilter())
        figures.append(
            Figure(
                "one filter keystroke over 2,017 exercises (proxy model)",
                "ms",
                times,
                target=16.0,
                note=f"{len(times)} keystrokes",
                group="library",
            )
        )
        del app
    finish("bench_library.py", figures, args.figures, [f"{os.cpu_count()} cpus, offscreen Qt"])


if __name__ == "__main__":
    main()
