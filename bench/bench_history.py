"""Ten years of history: how fast it opens, summarises, exports and shows.

Prints figures; asserts nothing. Run by hand:

    uv run python bench/bench_history.py            # builds the data once (about a minute)
    uv run python bench/bench_history.py --quick    # the same data, fewer runs

Synthetic history: 4,000 sessions (each with 40 recorded steps), 40,000
breaks and 8,000 pain entries over ten years, written through the store's
own API. Then: opening the store, a month and a year of ``day_activity``,
the CSV export, and opening the Progress page offscreen: built and opened at
once (it reads the history as it is built and again as it is shown) and
opened when already built, as in the app, which builds it in the background
after the window first shows (it reads the history on show). A profile of
one refresh says where the time goes.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchlib import Figure, finish, parser
from PySide6.QtWidgets import QApplication

from hipcoach.core.adherence import WorkTally
from hipcoach.core.clock import ManualClock
from hipcoach.core.history import BreakRecord, HistoryStore, PainEntry, StepRecord
from hipcoach.core.history_export import export_csv
from hipcoach.core.history_records import BreakAction, PainMoment
from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.ui.progress_page import ProgressPage

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
START = NOW - timedelta(days=3650)


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Return the wall time of each run of ``action`` in milliseconds."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return times


def open_and_close(path: Path) -> None:
    """Open the store as the app does at start, then close it."""
    HistoryStore.open(path, clock=ManualClock(NOW)).store.close()


def build(path: Path) -> None:
    """Write ten years of synthetic history into ``path``."""
    rng = random.Random(7)
    opened = HistoryStore.open(path, clock=ManualClock(NOW))
    with opened.store as store:
        for n in range(4000):
            began = START + timedelta(hours=21.9 * n)
            session = store.start_session("daily", began)
            for index in range(40):
                store.record_step(
                    StepRecord(
                        session,
                        index,
                        "glute-bridge-hold",
                        None,
                        1,
                        index + 1,
                        "completed" if rng.random() > 0.05 else "skipped",
                        10.0,
                        began + timedelta(seconds=10 * index),
                    )
                )
            done = 400.0 if rng.random() > 0.1 else 200.0
            store.finish_session(
                session, began + timedelta(minutes=25), 1500.0, WorkTally(400.0, done)
            )
        for n in range(40000):
            shown = START + timedelta(minutes=131 * n)
            store.record_break(
                BreakRecord(
                    shown,
                    shown,
                    shown,
                    rng.choice([BreakAction.DONE, BreakAction.SNOOZED, BreakAction.SKIPPED]),
                    None,
                    "walk-break",
                    False,
                )
            )
        for n in range(8000):
            store.add_pain(
                PainEntry(
                    START + timedelta(hours=10.95 * n),
                    PainMoment.QUICK,
                    pain=rng.randint(0, 10),
                    stiffness=rng.randint(0, 10),
                    note="note, with a comma",
                )
            )


def main() -> None:
    """Build the data, then measure."""
    args = parser(__doc__).parse_args()
    runs = 3 if args.quick else 10
    figures: list[Figure] = []

    def report(label: str, times: list[float], target: float | None = None) -> None:
        figures.append(Figure(label, "ms", times, target=target, group="history"))

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        began = time.perf_counter()
        build(path)
        notes = [
            f"built ten years of history in {time.perf_counter() - began:.1f} s "
            f"({path.stat().st_size / 1e6:.0f} MB)"
        ]
        report(
            "open the store (with its integrity check)",
            timed(lambda: open_and_close(path), runs),
        )
        store = HistoryStore.open(path, clock=ManualClock(NOW)).store
        month = date(2026, 11, 1)
        report(
            "day_activity for a month",
            timed(lambda: store.day_activity(month, date(2026, 11, 30), UTC), 4 * runs),
        )
        report(
            "day_activity for a year",
            timed(lambda: store.day_activity(date(2025, 11, 27), date(2026, 11, 26), UTC), runs),
        )
        report("pain entries since the start", timed(lambda: store.pain_entries(START, NOW), runs))
        out = Path(folder) / "export"
        report(
            "CSV export (sessions, steps, breaks, pain)",
            timed(lambda: export_csv(store, out), max(2, runs // 3)),
            target=2000.0,
        )
        app = QApplication.instance() or QApplication(sys.argv)
        reference = load_library(bundled_resources_dir()).reference
        assert reference is not None
        clock = ManualClock(NOW)
        pages: list[ProgressPage] = []

        def first_open() -> None:
            # As the app opens it: built on first show (the constructor reads the
            # history), shown (which reads it again) and painted.
            page = ProgressPage(store, reference, clock)
            page.resize(1000, 700)
            page.show()
            page.grab()
            pages.append(page)

        report(
            "Progress page: built and opened at once (build, show, paint)",
            timed(first_open, runs),
            150.0,
        )
        page = pages[-1]
        for old in pages[:-1]:
            old.close()

        def open_again() -> None:
            page.hide()
            page.show()
            page.grab()

        report("Progress page: opened, already built (show, paint)", timed(open_again, runs), 150.0)
        report("Progress page: refresh alone", timed(page.refresh, runs))
        pages.append(ProgressPage(store, reference, clock))
        profile = cProfile.Profile()
        profile.enable()
        pages[-1].refresh()
        profile.disable()
        notes.append("one Progress refresh, where the time goes (cProfile, cumulative):")
        listing = io.StringIO()
        pstats.Stats(profile, stream=listing).sort_stats("cumulative").print_stats(
            r"hipcoach.*\((refresh|day_activity|pain_readings|streak|weekly_adherence|"
            r"_show_charts|pain_chart|adherence_chart|pain_trend)\)"
        )
        for line in listing.getvalue().splitlines():
            columns = line.split()
            if len(columns) == 6 and "/hipcoach/" in columns[5]:
                where = columns[5].split("/hipcoach/", 1)[1]
                notes.append(f"  {float(columns[3]) * 1000:6.1f} ms  {where}")
        del app
    finish("bench_history.py", figures, args.figures, notes)


if __name__ == "__main__":
    main()
