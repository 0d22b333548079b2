"""SIGKILL at 50 random points each, over 500+ settings saves and history writes, loses nothing.

``kill_worker.py`` forks one worker per round; each worker reports a write on a
pipe only after it returned, and dies by SIGKILL at a point drawn from a seeded
random: inside the atomic save's system calls (or half-way through writing its
temporary file), from outside right after its n-th report (so somewhere in the
next write), or from a timer at a random moment inside SQLite. After every
round the test checks the files as the next start would find them:

- the settings file always parses and holds either the last reported save or
  the one in flight (never a mix, never empty), its ``.bak`` parses too, and
  the next load leaves no temporary files behind;
- every history write that was reported is in the database, which opens
  without being treated as damaged.

This replaces the older single-purpose history crash test.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hipcoach.core.atomic import backup_path
from hipcoach.core.clock import ManualClock
from hipcoach.core.history import HistoryStore
from hipcoach.core.settings import SettingsStore
from tests.robustness.kill_worker import interval_for

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL and fork")

WORKER = Path(__file__).with_name("kill_worker.py")
#: Writes that must be reported committed across all rounds (each round is cut short by its kill).
TOTAL_WRITES = 500
ROUNDS = 50
#: More than the calls one save makes (about 14 with its backup), so the sweep
#: covers every point of the save, and some rounds die between two saves.
POINTS = 16
NOW = datetime(2026, 1, 6, 9, tzinfo=UTC)


class Worker:
    """The forking helper process; ``round`` runs one worker to its death."""

    def __init__(self, kind: str, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), kind, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
        )

    def round(self, seed: int, writes: int, kill_after: int, call: int) -> tuple[list[str], int]:
        """Return the reports of one worker and how it ended (``-9`` for SIGKILL)."""
        process = self.process
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write(f"{seed} {writes} {kill_after} {call}\n")
        process.stdin.flush()
        reports: list[str] = []
        while True:
            line = process.stdout.readline()
            if not line:
                assert process.stderr is not None
                pytest.fail(f"the helper stopped: {process.stderr.read()}")
            if line.startswith("dead "):
                return reports, int(line.split()[1])
            assert not line.startswith("error"), line
            reports.append(line.strip())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def worker_factory() -> Iterator[type[Worker]]:
    started: list[Worker] = []

    class Tracked(Worker):
        def __init__(self, kind: str, path: Path) -> None:
            super().__init__(kind, path)
            started.append(self)

    yield Tracked
    for worker in started:
        worker.close()


def _plans(seed: int) -> list[tuple[int, int, int]]:
    """Return (writes, kill_after, self_kill_call) for every round, from a seeded random.

    The first rounds die at each point of a save in turn (in a save drawn at
    random); the others at a random point inside or, from outside, after a
    random number of reports.
    """
    rng = random.Random(seed)
    per_round = 24  # a kill lands about half-way, so about 600 writes get done
    plans = [(per_round, 0, rng.randrange(per_round) * 100 + point) for point in range(1, POINTS)]
    while len(plans) < ROUNDS:
        if rng.random() < 0.6:
            call = rng.randrange(per_round) * 100 + rng.randint(1, POINTS)
            plans.append((per_round, 0, call))
        else:
            plans.append((per_round, rng.randint(1, per_round), 0))
    return plans


def test_settings_survive_sigkill_at_random_points(
    tmp_path: Path, worker_factory: type[Worker]
) -> None:
    path = tmp_path / "config" / "settings.toml"
    worker = worker_factory("settings", path)
    committed_total = 0
    last: int | None = None
    for round_number, (writes, kill_after, call) in enumerate(_plans(20261126), start=1):
        reports, how = worker.round(round_number, writes, kill_after, call)
        assert how == -signal.SIGKILL
        numbers = [int(report) for report in reports]
        first = round_number * 1000
        assert numbers == list(range(first, first + len(numbers)))
        committed_total += len(numbers)
        if numbers:
            last = numbers[-1]
        in_flight = first + len(numbers)

        if last is None and not path.exists():
            continue  # killed before the very first save finished
        raw = path.read_bytes()
        assert raw.strip(), "the settings file is never left empty"
        table = tomllib.loads(raw.decode("utf-8"))
        allowed = {interval_for(in_flight)} | ({interval_for(last)} if last is not None else set())
        assert table.get("breaks", {}).get("interval_minutes", 60) in allowed  # 60: the default
        if backup_path(path).exists():
            tomllib.loads(backup_path(path).read_text("utf-8"))

        loaded = SettingsStore(path, clock=ManualClock(NOW)).load()
        assert loaded.notice is None
        assert loaded.problems == ()
        assert loaded.settings.breaks.interval_minutes in allowed
        leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == [], "loading clears what a killed save left behind"
    assert committed_total >= sum(kill_after for _, kill_after, _ in _plans(20261126))
    assert committed_total >= TOTAL_WRITES  # the kill points are seeded: this does not vary
    print(f"settings: {ROUNDS} kills, {committed_total} saves reported")


def test_every_reported_history_write_survives_sigkill(
    tmp_path: Path, worker_factory: type[Worker]
) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    worker = worker_factory("history", path)
    steps: dict[int, list[int]] = {}
    breaks: list[int] = []
    unreported: set[int] = set()
    written = 0
    for round_number, (writes, kill_after, call) in enumerate(_plans(7), start=1):
        # A timer kill within the first ~16 ms, or from outside after a report.
        reports, how = worker.round(round_number, writes, kill_after, call % 100)
        assert how == -signal.SIGKILL
        for report in reports:
            kind, *values = report.split()
            if kind == "session":
                steps[int(values[0])] = []
            elif kind == "step":
                steps[int(values[0])].append(int(values[1]))
            else:
                breaks.append(int(values[0]))
        written += len(reports)

        opened = HistoryStore.open(path, clock=ManualClock(NOW))
        with opened.store as store:
            assert opened.notice is None  # nothing was damaged
            for session_id, reported in steps.items():
                stored = [step.step_index for step in store.steps(session_id)]
                assert stored[: len(reported)] == reported
                assert len(stored) - len(reported) in (0, 1)  # at most the write in flight
            stored_breaks = {record.id for record in store.breaks() if record.id is not None}
            assert set(breaks) <= stored_breaks
            in_flight = stored_breaks - set(breaks)
            assert len(in_flight - unreported) <= 1  # this round's write in flight, if any
            unreported = in_flight
    # Each round killed from outside got at least that many reports (plus its session).
    assert written >= sum(kill_after + 1 for _, kill_after, _ in _plans(7) if kill_after)
    print(f"history: {ROUNDS} kills, {written} writes reported")
