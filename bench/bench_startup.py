"""Start-up time: hipcoach against a bare PySide6 window, on a real X server.

Prints figures; asserts nothing. Run by hand:

    uv run python bench/bench_startup.py            # 10 runs of each
    uv run python bench/bench_startup.py --quick    # 4 runs of each

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
Python writes bytecode caches during an uncounted first run of each, as it
does on a user's machine after the first start.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from benchlib import Figure, finish, parser

HERE = Path(__file__).resolve().parent
BARE = HERE / "bare_qt_window.py"
PREFIX = "hipcoach-startup:"
TARGET_RATIO = 1.5
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass
class Desktop:
    """Where the measured programs run: environment additions and a description."""

    environ: dict[str, str]
    description: str
    has_tray: bool


def _read_line(process: subprocess.Popen[str], timeout_s: float) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout_s)
    if not ready:
        raise TimeoutError(f"no output from {process.args!r} in {timeout_s} s")
    return process.stdout.readline().strip()


def _tray_owned(display: str) -> bool:
    """Return whether some program owns the X system-tray selection on ``display``."""
    found = ctypes.util.find_library("X11")
    if found is None:
        return False
    x11 = ctypes.CDLL(found)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = x11.XOpenDisplay(display.encode())
    if not handle:
        return False
    try:
        atom = x11.XInternAtom(handle, b"_NET_SYSTEM_TRAY_S0", 0)
        return bool(x11.XGetSelectionOwner(handle, atom))
    finally:
        x11.XCloseDisplay(handle)


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=3)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=3)
    if process.stdout is not None:
        process.stdout.close()


@contextmanager
def desktop(folder: Path) -> Iterator[Desktop]:
    """Run Xvfb, a session bus, openbox and trayer; fall back to offscreen without Xvfb."""
    if shutil.which("Xvfb") is None:
        yield Desktop(
            {"QT_QPA_PLATFORM": "offscreen"},
            "offscreen Qt platform (Xvfb is not installed, so no X server and no tray)",
            has_tray=False,
        )
        return
    processes: list[subprocess.Popen[str]] = []
    quiet = subprocess.DEVNULL
    try:
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=quiet,
            text=True,
        )
        processes.append(xvfb)
        display = ":" + _read_line(xvfb, 10.0)
        environ = {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        pieces = [f"Xvfb {display} 1280x800"]
        if shutil.which("dbus-daemon"):
            config = folder / "bus.conf"
            config.write_text(BUS_CONFIG.format(socket=folder / "bus"), encoding="utf-8")
            bus = subprocess.Popen(
                ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
                stdout=subprocess.PIPE,
                stderr=quiet,
                text=True,
            )
            processes.append(bus)
            environ["DBUS_SESSION_BUS_ADDRESS"] = _read_line(bus, 10.0)
            pieces.append("private D-Bus session bus")
        child = {**_base_environ(), **environ}
        for program in ("openbox", "trayer"):
            if shutil.which(program):
                extra = ["--edge", "top", "--align", "right", "--widthtype", "request"]
                command = [program, *(extra if program == "trayer" else [])]
                processes.append(
                    subprocess.Popen(command, stdout=quiet, stderr=quiet, text=True, env=child)
                )
                pieces.append(program)
        has_tray = False
        deadline = time.monotonic() + 10
        while shutil.which("trayer") and time.monotonic() < deadline:
            if _tray_owned(display):
                has_tray = True
                break
            time.sleep(0.1)
        time.sleep(0.5)  # let the window manager settle before the first measured start
        yield Desktop(environ, ", ".join(pieces), has_tray)
    finally:
        for process in reversed(processes):
            _stop(process)


def _base_environ() -> dict[str, str]:
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONDONTWRITEBYTECODE", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environ["LANG"] = "C.UTF-8"
    return environ


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
    args = arguments.parse_args(argv)
    runs = args.runs or (4 if args.quick else 10)
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as folder, desktop(Path(folder)) as where:
        home = Path(folder) / "home"
        home.mkdir()
        environ = {**_base_environ(), **where.environ, "HIPCOACH_HOME": str(home)}
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
        for _ in range(runs):
            for name, command in commands.items():
                elapsed, report = run_once(command, environ)
                times[name].append(elapsed)
                reports[name].add(report)
        notes.append(f"desktop: {where.description}")
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
            target=TARGET_RATIO,
            group="start",
        ),
    ]
    finish("bench_startup.py", figures, args.figures, notes)


if __name__ == "__main__":
    main()
