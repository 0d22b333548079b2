"""hipcoach left alone: resident memory, CPU time and wake-ups while idle.

Prints figures; asserts nothing. Run by hand, ideally on an X desktop with a
system tray so the app starts hidden in it (as it does at login):

    uv run python bench/bench_idle.py --minutes 10

Without a display it uses the offscreen platform (no tray: the window shows).
Wake-ups are counted as the process's voluntary context switches, an upper
bound on how often it woke (Qt timers, D-Bus traffic and anything else).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def sample(pid: int) -> tuple[float, int, int]:
    """Return (CPU seconds, resident kB, voluntary context switches) of ``pid``."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / TICKS
    rss = switches = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1])
        elif line.startswith("voluntary_ctxt_switches:"):
            switches = int(line.split()[1])
    return cpu, rss, switches


def main() -> None:
    """Start hipcoach with --autostart, let it settle, then watch it idle."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--settle", type=float, default=20.0, help="seconds before measuring")
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as home:
        env["HIPCOACH_HOME"] = home
        started = time.monotonic()
        app = subprocess.Popen(
            [sys.executable, "-m", "hipcoach", "--autostart"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(args.settle)
            cpu0, rss0, sw0 = sample(app.pid)
            t0 = time.monotonic()
            peak = rss0
            while time.monotonic() - t0 < args.minutes * 60:
                time.sleep(5)
                peak = max(peak, sample(app.pid)[1])
            cpu1, rss1, sw1 = sample(app.pid)
            minutes = (time.monotonic() - t0) / 60
        finally:
            app.terminate()
            app.wait(10)
    platform = "offscreen (no tray)" if env.get("QT_QPA_PLATFORM") == "offscreen" else "X11"
    print(
        f"platform: {platform}; settled {args.settle:.0f} s after start "
        f"({time.monotonic() - started:.0f} s in all)"
    )
    print(
        f"resident memory: {rss0 / 1024:.1f} MB after settling, {rss1 / 1024:.1f} MB at the end,"
        f" peak {peak / 1024:.1f} MB"
    )
    print(
        f"CPU: {cpu1 - cpu0:.2f} s over {minutes:.1f} min = "
        f"{(cpu1 - cpu0) / minutes:.4f} CPU-s per minute"
    )
    print(f"wake-ups (voluntary context switches): {(sw1 - sw0) / minutes:.1f} per minute")


if __name__ == "__main__":
    main()
