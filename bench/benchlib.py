"""What every ``bench/bench_*.py`` shares: figures, their targets, and the machine.

A benchmark script takes part in ``bench/run_all.py`` when it

* accepts ``--quick`` (a shorter run; figures may be rougher) and
  ``--figures PATH`` (write its figures there as JSON), and
* builds a list of :class:`Figure` and hands it to :func:`finish`, which
  prints them and writes the file when asked.

A figure is a list of samples (several runs, or every event of one run) in
one unit, with an optional target the worst sample should not exceed.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import os
import platform
import select
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path


@dataclass
class Figure:
    """One measured figure: ``samples`` in ``unit``; lower is better.

    ``target`` is the most a sample may be (None: reported, no target).
    ``note`` says what the samples are (runs, events, minutes...).
    """

    label: str
    unit: str
    samples: list[float]
    target: float | None = None
    note: str = ""
    group: str = ""

    @property
    def median(self) -> float:
        """Return the median sample."""
        return statistics.median(self.samples)

    @property
    def worst(self) -> float:
        """Return the largest sample."""
        return max(self.samples)

    @property
    def verdict(self) -> str:
        """Return ``met``, ``median only`` (the worst sample misses), ``not met`` or ``—``."""
        if self.target is None:
            return "—"
        if self.worst <= self.target:
            return "met"
        if self.median <= self.target:
            return "median only"
        return "not met"

    def as_json(self) -> dict[str, object]:
        """Return the figure as plain JSON data."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Figure:
        """Return the figure ``as_json`` wrote."""
        samples = data["samples"]
        assert isinstance(samples, list)
        target = data.get("target")
        return cls(
            label=str(data["label"]),
            unit=str(data["unit"]),
            samples=[float(s) for s in samples],
            target=float(target) if isinstance(target, int | float) else None,
            note=str(data.get("note", "")),
            group=str(data.get("group", "")),
        )


@dataclass
class Results:
    """What one benchmark script measured, and anything it wants said about it."""

    script: str
    figures: list[Figure]
    notes: list[str] = field(default_factory=list)


def parser(description: str | None) -> argparse.ArgumentParser:
    """Return an argument parser with the options every benchmark accepts."""
    made = argparse.ArgumentParser(description=(description or "").split("\n\n")[0])
    made.add_argument("--quick", action="store_true", help="a shorter run (rougher figures)")
    made.add_argument("--figures", type=Path, metavar="PATH", help="write the figures as JSON")
    return made


def format_value(value: float, unit: str) -> str:
    """Return ``value`` with its unit, at a precision that suits its size."""
    if unit in ("x", "ratio"):
        return f"{value:.2f}×"
    if abs(value) >= 100:
        text = f"{value:.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    elif abs(value) >= 0.1:
        text = f"{value:.2f}"
    else:
        text = f"{value:.4f}"
    return f"{text} {unit}"


def finish(
    script: str, figures: Sequence[Figure], path: Path | None, notes: Sequence[str] = ()
) -> None:
    """Print ``figures`` (median, worst, target) and write them to ``path`` if given."""
    for note in notes:
        print(f"note: {note}")
    for figure in figures:
        target = (
            ""
            if figure.target is None
            else f"  target ≤ {format_value(figure.target, figure.unit)}"
        )
        print(
            f"{figure.label:<58} median {format_value(figure.median, figure.unit):>12}"
            f"  worst {format_value(figure.worst, figure.unit):>12}{target}  {figure.verdict}"
        )
    if path is not None:
        data = {
            "script": script,
            "figures": [figure.as_json() for figure in figures],
            "notes": list(notes),
        }
        path.write_text(json.dumps(data, indent=1), encoding="utf-8")


def read_results(path: Path) -> Results:
    """Return what a benchmark wrote with ``finish``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Results(
        script=data["script"],
        figures=[Figure.from_json(item) for item in data["figures"]],
        notes=list(data.get("notes", [])),
    )


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"') + f" (kernel {platform.release()})"
    except OSError:
        pass
    return platform.platform()


def _pyside_version() -> str:
    # Asked in a child process: importing Qt here would distort what the caller measures.
    found = subprocess.run(
        [sys.executable, "-c", "import PySide6; print(PySide6.__version__)"],
        capture_output=True,
        text=True,
        check=False,
    )
    return found.stdout.strip() or "not importable"


def machine() -> dict[str, str]:
    """Return the machine, OS, Python and PySide6 the figures were measured on."""
    memory = _memory_gib()
    return {
        "cpu": _cpu_name(),
        "cores": str(os.cpu_count()),
        "ram": f"{memory:.1f} GiB" if memory is not None else "unknown",
        "os": _os_name(),
        "python": platform.python_version(),
        "pyside6": _pyside_version(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


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
        child = {**base_environ(), **environ}
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


def base_environ() -> dict[str, str]:
    """Return this process's environment for a measured app: UTF-8, bytecode kept.

    The app writes its bytecode cache (as an installed app would), picks its
    own Qt platform from the desktop it is given, and never Wayland.
    """
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONDONTWRITEBYTECODE", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environ["LANG"] = "C.UTF-8"
    return environ
