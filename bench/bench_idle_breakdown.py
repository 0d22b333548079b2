"""Where the memory of hipcoach idle in the tray goes: libraries and Python modules.

Prints figures and two tables; asserts nothing. Run by hand:

    uv run python bench/bench_idle_breakdown.py              # 3 starts, 80 s each
    uv run python bench/bench_idle_breakdown.py --quick      # 1 start, 20 s
    uv run python bench/bench_idle_breakdown.py --runs 5 --settle 80 --top 30
    uv run python bench/bench_idle_breakdown.py --cached     # a later start, as at login

hipcoach starts as at login (``--autostart``) on the script's own desktop
(``benchlib.desktop``: Xvfb, a private session bus, openbox, trayer) with an
empty ``HIPCOACH_HOME`` (with ``--cached``: a home where hipcoach has started
once before, so its icons and parsed packs are cached, as at every login but
the first), and is left alone for ``--settle`` seconds. Then:

* resident memory (``VmRSS``) and ``/proc/<pid>/smaps`` summed per mapped
  file (shared libraries, Python extension modules, fonts) and for the
  anonymous memory (heap, malloc arenas, thread stacks); the median over
  the runs;
* one more start, under ``tracemalloc``, that lists the Python modules
  loaded at that moment and the Python heap each module's code allocated
  (by the file that allocated it). That run's memory is not counted:
  tracemalloc itself costs memory.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchlib import Figure, base_environ, desktop, finish, parser

MEMORY_TARGET_MB = 70.0

#: Started instead of ``python -m hipcoach``: the same app, which after
#: ``settle`` seconds writes what it has loaded and quits.
INTROSPECT = r"""
import tracemalloc
tracemalloc.start(1)
import json, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
out, settle = sys.argv[1], float(sys.argv[2])
def dump():
    snapshot = tracemalloc.take_snapshot()
    per_file = {}
    for stat in snapshot.statistics("filename"):
        per_file[stat.traceback[0].filename] = stat.size
    files = {}
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if path:
            files[path] = name
    data = {"modules": sorted(sys.modules), "files": files, "per_file": per_file,
            "traced": tracemalloc.get_traced_memory()[0]}
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    app.quit()
QTimer.singleShot(int(settle * 1000), dump)
from hipcoach.start import run_app
sys.exit(run_app(autostart=True))
"""


def smaps_by_file(pid: int) -> dict[str, float]:
    """Return resident kB per mapped file (anonymous memory under ``[anonymous]`` and kin)."""
    totals: dict[str, float] = defaultdict(float)
    current = "[anonymous]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split(maxsplit=5)
        if len(head) >= 5 and "-" in head[0] and not line.endswith(":") and ":" in head[3]:
            current = head[5].strip() if len(head) == 6 else "[anonymous]"
        elif line.startswith("Rss:"):
            totals[current] += float(line.split()[1])
    return dict(totals)


def rss_mb(pid: int) -> float:
    """Return the resident memory of ``pid`` in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def short(path: str) -> str:
    """Return a mapped file's name without its folders (a library, a font)."""
    return path if path.startswith("[") else Path(path).name


def python_modules(files: dict[str, str], per_file: dict[str, int]) -> list[tuple[str, int]]:
    """Return (module or file, bytes allocated by its code), largest first."""
    sizes: dict[str, int] = defaultdict(int)
    for path, size in per_file.items():
        sizes[files.get(path, short(path))] += size
    return sorted(sizes.items(), key=lambda item: -item[1])


def main(argv: Sequence[str] | None = None) -> None:
    """Start hipcoach into the tray several times; print its memory by library and module."""
    arguments = parser(__doc__)
    arguments.add_argument("--runs", type=int, help="starts to measure (default 3, quick 1)")
    arguments.add_argument("--settle", type=float, help="seconds in the tray (80; quick 20)")
    arguments.add_argument("--top", type=int, default=25, help="rows per table (25)")
    arguments.add_argument(
        "--cached",
        action="store_true",
        help="measure a later start: each home has seen one (uncounted) start before",
    )
    args = arguments.parse_args(argv)
    runs = args.runs or (1 if args.quick else 3)
    settle = args.settle if args.settle is not None else (20.0 if args.quick else 80.0)
    totals: list[float] = []
    per_file: dict[str, list[float]] = defaultdict(list)
    data: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory() as folder, desktop(Path(folder)) as where:
        for run in range(runs + 1):
            home = Path(folder) / f"home{run}"
            home.mkdir()
            environ = {**base_environ(), **where.environ, "HIPCOACH_HOME": str(home)}
            if args.cached:  # the first start renders the icons and caches the packs
                subprocess.run(
                    [sys.executable, "-m", "hipcoach", "--autostart"],
                    env={**environ, "HIPCOACH_STARTUP_PROBE": "exit"},
                    capture_output=True,
                    timeout=60,
                    check=False,
                )
            introspect = run == runs
            out = Path(folder) / "modules.json"
            command = (
                [sys.executable, "-c", INTROSPECT, str(out), str(settle)]
                if introspect
                else [sys.executable, "-m", "hipcoach", "--autostart"]
            )
            app = subprocess.Popen(
                command, env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            try:
                if introspect:
                    app.wait(settle + 60)
                    if out.exists():
                        data = json.loads(out.read_text(encoding="utf-8"))
                    break
                time.sleep(settle)
                totals.append(rss_mb(app.pid))
                for path, kb in smaps_by_file(app.pid).items():
                    per_file[short(path)].append(kb / 1024)
            finally:
                if app.poll() is None:
                    app.terminate()
                    app.wait(10)
    print(f"\nresident memory after {settle:.0f} s in the tray, by mapping (median of {runs}):")
    medians = {
        name: statistics.median(values + [0.0] * (runs - len(values)))
        for name, values in per_file.items()
    }
    for name, mb in sorted(medians.items(), key=lambda item: -item[1])[: args.top]:
        print(f"  {mb:7.2f} MB  {name}")
    print(f"  {sum(medians.values()):7.2f} MB  (all mappings)")
    in_tray = "in the tray" if where.has_tray else "no tray: the window showed"
    start = "a later start (icons and packs cached)" if args.cached else "the first start"
    notes = [
        f"desktop: {where.description}; hipcoach --autostart, {settle:.0f} s ({in_tray}), {start}"
    ]
    if data is not None:
        modules = data["modules"]
        own = [name for name in modules if name.startswith("hipcoach")]
        qt = [name for name in modules if name.startswith("PySide6.Qt")]
        print(f"\nPython modules loaded: {len(modules)} ({len(own)} of hipcoach)")
        print(f"Qt modules loaded: {', '.join(name.removeprefix('PySide6.') for name in qt)}")
        print(f"hipcoach modules: {' '.join(name.removeprefix('hipcoach.') for name in own)}")
        print(f"\nPython heap by the module that allocated it ({data['traced'] / 1e6:.1f} MB):")
        for name, size in python_modules(data["files"], data["per_file"])[: args.top]:
            print(f"  {size / 1024:8.0f} kB  {name}")
        notes.append(f"{len(modules)} Python modules loaded, Qt: {' '.join(qt)}")
    figures = [
        Figure(
            f"resident memory after {settle:.0f} s in the tray, {start}",
            "MB",
            totals,
            target=MEMORY_TARGET_MB,
            group="idle",
        )
    ]
    finish("bench_idle_breakdown.py", figures, args.figures, notes)


if __name__ == "__main__":
    main()
