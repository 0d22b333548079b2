"""Start-up time: hipcoach against a bare PySide6 window, on a real X server.

Prints figures; asserts nothing. Run by hand:

    uv run python bench/bench_startup.py            # 10 runs of each
    uv run python bench/bench_startup.py --quick    # 4 runs of each
    uv run python bench/bench_startup.py --fresh-home   # every run a first start

Wall time from starting the process to (a) the main window painted with the
library in it, (b) with ``--autostart``, the tray icon up, and (c) the same
for ``bench/bare_qt_window.py``, an empty ``QMainWindow``. The three are run
in turn, several times, on the same X server, so slow and fast moments of
the machine fall on all of them alike; the ratio is taken run by run.

The script starts its own desktop: Xvfb, a private D-Bus session bus,
openbox and trayer (a system tray). Without Xvfb it falls back to Qt's
offscreen platform (no tray) and says so. hipcoach runs with an empty
``HIPCOACH_HOME`` in a temporary folder and reports through
``HIPCOACH_STARTUP_PROBE=exit`` (see ``hipcoach/ui/startup_probe.py``).
Python writes bytecode caches (and hipcoach its library cache) during an
uncounted first run of each, as on a user's machine after the first start;
``--fresh-home`` gives every run an empty ``HIPCOACH_HOME`` instead, so the
library is parsed each time.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchlib import Figure, base_environ, desktop, finish, parser

HERE = Path(__file__).resolve().parent
BARE = HERE / "bare_qt_window.py"
PREFIX = "hipcoach-startup:"
TARGET_RATIO = 1.5
TRAY_TARGET_RATIO = 1.3


def run_once(command: Sequence[str], environ: dict[str, str]) -> tuple[float, str]:
    """Run ``command`` until it reports; return milliseconds from start, and the report."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, env=environ, capture_output=True, text=True, timeout=30, check=False
        )
    except subprocess.TimeoutExpired as error:
        output = error.stderr.decode(errors="replace") if isinstance(error.stderr, bytes) else ""
        raise RuntimeError(f"{command!r} did not report within 30 s:\n{output}") from None
    lines = [line for line in done.stderr.splitlines() if line.startswith(PREFIX)]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"{command!r} ended with status {done.returncode} without a report:\n{done.stderr}"
        )
    _, event, moment, *details = lines[-1].split()
    return (float(moment) - started) * 1000, " ".join([event, *details])


def main(argv: Sequence[str] | None = None) -> None:
    """Start each program several times in turn and print the figures."""
    arguments = parser(__doc__)
    arguments.add_argument("--runs", type=int, help="runs of each (default 10, --quick 4)")
    arguments.add_argument(
        "--fresh-home",
        action="store_true",
        help="a new empty HIPCOACH_HOME for every run: no library cache (a first start)",
    )
    args = arguments.parse_args(argv)
    runs = args.runs or (4 if args.quick else 10)
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as folder, desktop(Path(folder)) as where:
        home = Path(folder) / "home"
        home.mkdir()
        environ = {**base_environ(), **where.environ, "HIPCOACH_HOME": str(home)}
        environ["HIPCOACH_STARTUP_PROBE"] = "exit"
        commands = {
            "bare": [sys.executable, str(BARE)],
            "window": [sys.executable, "-m", "hipcoach"],
            "tray": [sys.executable, "-m", "hipcoach", "--autostart"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        reports: dict[str, set[str]] = {name: set() for name in commands}
        for command in commands.values():
            run_once(command, environ)  # uncounted: writes bytecode caches, warms disk caches
        for run in range(runs):
            if args.fresh_home:
                home = Path(folder) / f"home{run}"
                home.mkdir()
                environ["HIPCOACH_HOME"] = str(home)
            for name, command in commands.items():
                elapsed, report = run_once(command, environ)
                times[name].append(elapsed)
                reports[name].add(report)
        notes.append(f"desktop: {where.description}")
        if args.fresh_home:
            notes.append("a new empty HIPCOACH_HOME for every run (nothing cached)")
        notes.append(
            "reports: "
            + "; ".join(f"{name}: {', '.join(sorted(r))}" for name, r in reports.items())
        )
    tray_event = "tray icon ready" if where.has_tray else "window shown (no tray here)"
    figures = [
        Figure(
            "bare PySide6 QMainWindow: start to first paint", "ms", times["bare"], group="start"
        ),
        Figure(
            "hipcoach: start to window painted with the library",
            "ms",
            times["window"],
            note=f"{runs} runs",
            group="start",
        ),
        Figure(
            "hipcoach ÷ bare window, run by run",
            "x",
            [w / b for w, b in zip(times["window"], times["bare"], strict=True)],
            target=TARGET_RATIO,
            group="start",
        ),
        Figure(f"hipcoach --autostart: start to {tray_event}", "ms", times["tray"], group="start"),
        Figure(
            "hipcoach --autostart ÷ bare window, run by run",
            "x",
            [t / b for t, b in zip(times["tray"], times["bare"], strict=True)],
            target=TRAY_TARGET_RATIO,
            group="start",
        ),
    ]
    finish("bench_startup.py", figures, args.figures, notes)


if __name__ == "__main__":
    main()
