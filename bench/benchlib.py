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
import json
import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Sequence
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
