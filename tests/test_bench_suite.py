"""The benchmark suite's plumbing: figures, verdicts, and how run_all finds and reads scripts.

Nothing here measures anything; the benchmarks themselves run by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import benchlib  # noqa: E402
import run_all  # noqa: E402

FAKE_BENCH = """
from benchlib import Figure, finish, parser

args = parser("A stand-in benchmark.").parse_args()
runs = [1.0, 2.0] if args.quick else [1.0, 2.0, 9.0]
finish("bench_fake.py", [Figure("fake figure", "ms", runs, target=5.0, group="fake")],
       args.figures, ["quick" if args.quick else "full"])
"""


def test_verdicts_compare_median_and_worst_with_the_target() -> None:
    def verdict(samples: list[float], target: float | None) -> str:
        return benchlib.Figure("f", "ms", samples, target=target).verdict

    assert verdict([1, 2, 3], 3) == "met"
    assert verdict([1, 2, 4], 3) == "median only"
    assert verdict([4, 5, 6], 3) == "not met"
    assert verdict([4, 5, 6], None) == "—"


def test_a_figure_survives_the_trip_through_json(tmp_path: Path) -> None:
    figure = benchlib.Figure("f", "MB", [70.5, 71.0, 79.9], 80.0, note="every 5 s", group="idle")
    path = tmp_path / "figures.json"
    benchlib.finish("bench_x.py", [figure], path, ["a note"])
    results = benchlib.read_results(path)
    assert results.script == "bench_x.py"
    assert results.figures == [figure]
    assert results.notes == ["a note"]
    assert (figure.median, figure.worst) == (71.0, 79.9)


def test_every_bench_script_is_found_and_takes_the_common_options() -> None:
    found = run_all.discover()
    assert {"history", "idle", "library", "session", "startup"} <= set(found)
    for script in found.values():
        text = script.read_text(encoding="utf-8")
        assert "parser(" in text, script.name
        assert "finish(" in text, script.name


@pytest.mark.parametrize("quick", [False, True])
def test_run_all_runs_a_new_script_and_tabulates_it(tmp_path: Path, quick: bool) -> None:
    (tmp_path / "bench_fake.py").write_text(FAKE_BENCH, encoding="utf-8")
    (tmp_path / "benchlib.py").write_text(
        (BENCH / "benchlib.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    found = run_all.discover(tmp_path)
    assert list(found) == ["fake"]
    results, _ = run_all.run("fake", found["fake"], [], quick)
    assert results is not None
    (figure,) = results.figures
    assert figure.samples == ([1.0, 2.0] if quick else [1.0, 2.0, 9.0])
    assert results.notes == ["quick" if quick else "full"]
    text = run_all.table([results], markdown=True)
    row = "| 1.50 ms | 2.00 ms | met |" if quick else "| 2.00 ms | 9.00 ms | median only |"
    assert text.splitlines()[-1] == f"| fake figure | ≤ 5.00 ms {row}"
