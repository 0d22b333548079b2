"""hipcoach left alone in the tray: resident memory, CPU time and wake-ups.

Prints figures; asserts nothing. Run by hand:

    uv run python bench/bench_idle.py                # 10 minutes after 20 s to settle
    uv run python bench/bench_idle.py --quick        # 1 minute after 10 s
    uv run python bench/bench_idle.py --minutes 30

hipcoach starts as at login (``--autostart``) on a desktop of the script's
own (Xvfb, a private session bus, openbox and trayer, as in
``bench_startup.py``), so it starts hidden in the tray. Without Xvfb it uses
the offscreen platform, where there is no tray and the window shows; the
output says so. ``HIPCOACH_HOME`` is an empty temporary folder.

Samples every 5 s. CPU time is the sum over the process's threads of the
time on a CPU (``/proc/<pid>/task/*/schedstat``, nanoseconds); wake-ups are
voluntary context switches, an upper bound on how often a thread woke
(Qt timers, D-Bus and X traffic, anything else): the main thread (Qt's event
loop, where the app's timers run) and all threads together.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchlib import Figure, base_environ, desktop, finish, parser

MEMORY_TARGET_MB = 70.0
CPU_TARGET = 0.02  # CPU-seconds per minute
SAMPLE_S = 5.0


@dataclass(frozen=True)
class Sample:
    """One look at the process."""

    moment: float
    cpu_s: float
    rss_mb: float
    main_switches: int
    all_switches: int


def sample(pid: int) -> Sample:
    """Return the CPU time, resident memory and voluntary switches of ``pid`` now."""
    cpu_ns = 0
    all_switches = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            cpu_ns += int((task / "schedstat").read_text().split()[0])
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    all_switches += int(line.split()[1])
        except (OSError, IndexError):
            continue  # a thread that ended between the listing and the read
    rss_kb = main_switches = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss_kb = int(line.split()[1])
        elif line.startswith("voluntary_ctxt_switches:"):
            main_switches = int(line.split()[1])
    return Sample(time.monotonic(), cpu_ns / 1e9, rss_kb / 1024, main_switches, all_switches)


def per_minute(samples: Sequence[Sample], window_s: float) -> dict[str, list[float]]:
    """Return CPU-s and switches per minute over consecutive windows of ``window_s``."""
    rates: dict[str, list[float]] = {"cpu": [], "main": [], "all": []}
    start = samples[0]
    for current in samples[1:]:
        span = current.moment - start.moment
        if span >= window_s - SAMPLE_S / 2:
            scale = 60 / span
            rates["cpu"].append((current.cpu_s - start.cpu_s) * scale)
            rates["main"].append((current.main_switches - start.main_switches) * scale)
            rates["all"].append((current.all_switches - start.all_switches) * scale)
            start = current
    return rates


def main(argv: Sequence[str] | None = None) -> None:
    """Start hipcoach into the tray, let it settle, then watch it idle."""
    arguments = parser(__doc__)
    arguments.add_argument("--minutes", type=float, help="how long to watch (default 10, quick 1)")
    arguments.add_argument("--settle", type=float, help="seconds before measuring (20; quick 10)")
    args = arguments.parse_args(argv)
    minutes = args.minutes or (1.0 if args.quick else 10.0)
    settle = args.settle if args.settle is not None else (10.0 if args.quick else 20.0)
    window_s = 60.0 if minutes >= 4 else 15.0
    with tempfile.TemporaryDirectory() as folder, desktop(Path(folder)) as where:
        home = Path(folder) / "home"
        home.mkdir()
        environ = {**base_environ(), **where.environ, "HIPCOACH_HOME": str(home)}
        app = subprocess.Popen(
            [sys.executable, "-m", "hipcoach", "--autostart"],
            env=environ,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(settle)
            samples = [sample(app.pid)]
            while samples[-1].moment - samples[0].moment < minutes * 60:
                time.sleep(SAMPLE_S)
                samples.append(sample(app.pid))
        finally:
            app.terminate()
            app.wait(10)
    first, last = samples[0], samples[-1]
    watched = (last.moment - first.moment) / 60
    rates = per_minute(samples, window_s)
    in_tray = "tray" if where.has_tray else "no tray: the window showed"
    notes = [
        f"desktop: {where.description}; hipcoach --autostart ({in_tray})",
        f"watched {watched:.1f} min after {settle:.0f} s to settle; per-minute rates over "
        f"{window_s:.0f}-s windows",
        f"whole run: CPU {last.cpu_s - first.cpu_s:.3f} s = "
        f"{(last.cpu_s - first.cpu_s) / watched:.4f} CPU-s/min; main-thread wake-ups "
        f"{(last.main_switches - first.main_switches) / watched:.1f}/min; memory "
        f"{first.rss_mb:.1f} MB after settling, {last.rss_mb:.1f} MB at the end",
    ]
    figures = [
        Figure(
            "resident memory (every 5 s)",
            "MB",
            [s.rss_mb for s in samples],
            target=MEMORY_TARGET_MB,
            group="idle",
        ),
        Figure("CPU time per minute", "CPU-s", rates["cpu"], target=CPU_TARGET, group="idle"),
        Figure("wake-ups per minute, main thread", "/min", rates["main"], group="idle"),
        Figure("wake-ups per minute, all threads", "/min", rates["all"], group="idle"),
    ]
    finish("bench_idle.py", figures, args.figures, notes)


if __name__ == "__main__":
    main()
