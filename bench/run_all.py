"""Run every benchmark in ``bench/`` and print one table of figures and targets.

    uv run python bench/run_all.py                  # the full suite (about 22 minutes)
    uv run python bench/run_all.py --quick          # shorter runs (about 4 minutes)
    uv run python bench/run_all.py --only startup --only library
    uv run python bench/run_all.py --skip idle --json results.json --markdown

Every ``bench/bench_*.py`` takes part (see ``benchlib.py`` for the small
interface it follows); each runs in a process of its own, one after the
other. Some run more than once with different options (``VARIANTS``). The
table gives, per figure, its target, the median and the worst sample and
whether the target is met: ``met`` (even the worst sample), ``median only``
or ``not met``. The machine, the load on it and the date come first.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import Figure, Results, format_value, machine, read_results

HERE = Path(__file__).resolve().parent

#: Extra runs of a benchmark with other options: name -> one argument list per run.
VARIANTS: dict[str, list[list[str]]] = {"session": [[], ["--with-ui"]]}


def discover(folder: Path = HERE) -> dict[str, Path]:
    """Return the ``bench_*.py`` scripts in ``folder`` by short name (``idle`` and so on)."""
    scripts = sorted(folder.glob("bench_*.py"))
    return {path.stem.removeprefix("bench_"): path for path in scripts}


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def run(name: str, script: Path, extra: list[str], quick: bool) -> tuple[Results | None, float]:
    """Run one benchmark, its output shown as it goes; return its results and seconds taken."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "figures.json"
        command = [sys.executable, str(script), "--figures", str(out), *extra]
        if quick:
            command.append("--quick")
        print(f"\n=== {name} {' '.join(extra)}".rstrip(), flush=True)
        began = time.monotonic()
        done = subprocess.run(command, check=False)
        took = time.monotonic() - began
        if done.returncode != 0 or not out.exists():
            print(f"!!! {script.name} failed (status {done.returncode})", flush=True)
            return None, took
        return read_results(out), took


def table(results: list[Results], markdown: bool) -> str:
    """Return the figures of ``results`` as a text (or Markdown) table."""
    rows = [("figure", "target", "median", "worst", "verdict")]
    for result in results:
        for figure in result.figures:
            rows.append(_row(figure))
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|---|---|---|---|---|"]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def _row(figure: Figure) -> tuple[str, str, str, str, str]:
    target = "—" if figure.target is None else "≤ " + format_value(figure.target, figure.unit)
    label = f"{figure.label} ({figure.note})" if figure.note else figure.label
    return (
        label,
        target,
        format_value(figure.median, figure.unit),
        format_value(figure.worst, figure.unit),
        figure.verdict,
    )


def main() -> int:
    """Run the chosen benchmarks and print the table; return 1 if any benchmark failed."""
    found = discover()
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--quick", action="store_true", help="shorter runs")
    arguments.add_argument("--only", action="append", choices=sorted(found), default=[])
    arguments.add_argument("--skip", action="append", choices=sorted(found), default=[])
    arguments.add_argument("--json", type=Path, metavar="PATH", help="also write everything here")
    arguments.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = arguments.parse_args()
    chosen = [name for name in found if (not args.only or name in args.only)]
    chosen = [name for name in chosen if name not in args.skip]
    where = machine()
    load_before = _load()
    results: list[Results] = []
    failed: list[str] = []
    took: dict[str, float] = {}
    loads: dict[str, str] = {}
    for name in chosen:
        for extra in VARIANTS.get(name, [[]]):
            load = _load()
            result, seconds = run(name, found[name], extra, args.quick)
            label = " ".join([name, *extra])
            took[label] = seconds
            loads[label] = load
            if result is None:
                failed.append(label)
            else:
                results.append(result)
    load_after = _load()
    print("\n" + "=" * 72)
    print(f"hipcoach benchmarks, {'quick' if args.quick else 'full'} run, {where['date']}")
    print(
        f"machine: {where['cpu']}, {where['cores']} cores, {where['ram']} RAM; {where['os']}; "
        f"Python {where['python']}, PySide6 {where['pyside6']}"
    )
    print(f"load average: {load_before} before, {load_after} after")
    for label, seconds in took.items():
        print(f"{label}: {seconds:.0f} s, load average at its start {loads[label]}")
    for result in results:
        for note in result.notes:
            print(f"{result.script}: {note}")
    print()
    print(table(results, args.markdown))
    if failed:
        print("\nfailed: " + ", ".join(failed))
    if args.json is not None:
        data = {
            "machine": where,
            "mode": "quick" if args.quick else "full",
            "load": {"before": load_before, "after": load_after},
            "seconds": took,
            "load_at_start": loads,
            "failed": failed,
            "results": [
                {
                    "script": result.script,
                    "notes": result.notes,
                    "figures": [figure.as_json() for figure in result.figures],
                }
                for result in results
            ],
        }
        args.json.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
