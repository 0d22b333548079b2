"""A process killed with SIGKILL loses at most the step it was writing.

A child process records steps as fast as it can and prints each step's index
only after ``record_step`` returned. The test kills it at a different point
each time, reopens the history and checks that every printed step is there,
in order, with nothing but possibly the one step in flight beyond them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hipcoach.core.history import HistoryStore

CHILD = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hipcoach.core.history import HistoryStore, StepRecord

start = datetime(2026, 1, 5, 9, tzinfo=UTC)
store = HistoryStore.open(Path(sys.argv[1]), now=start).store
session_id = store.start_session("daily", start)
print("session", session_id, flush=True)
for index in range(1_000_000):
    store.record_step(StepRecord(
        session_id, index, "kneeling-hip-flexor-stretch", ("left", "right")[index % 2],
        1, None, "completed", 30.0, start + timedelta(seconds=index),
    ))
    print(index, flush=True)
"""

#: How many printed steps the parent reads before it kills the child: right
#: away, early, and well into the run (the child keeps writing meanwhile).
KILL_AFTER = (0, 1, 7, 40, 150, 600)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kill_after", KILL_AFTER)
def test_every_printed_step_survives_a_kill(tmp_path: Path, kill_after: int) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        assert child.stderr is not None
        try:
            first = child.stdout.readline().split()
            assert first[:1] == ["session"], child.stderr.read()
            session_id = int(first[1])
            lines = [child.stdout.readline() for _ in range(kill_after)]
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=10)
        # Read on through the same buffered stream: lines it already holds count too.
        remaining = child.stdout.read()
        errors = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, errors
    printed = [int(line) for line in [*lines, *remaining.splitlines()] if line.strip()]
    assert printed == list(range(len(printed)))
    assert len(printed) >= kill_after

    result = HistoryStore.open(path, now=datetime(2026, 1, 5, 10, tzinfo=UTC))
    with result.store as store:
        assert result.notice is None  # nothing was damaged
        stored = [step.step_index for step in store.steps(session_id)]
        (session,) = store.sessions()
    assert stored[: len(printed)] == printed
    assert len(stored) - len(printed) in (0, 1)  # at most the step in flight
    assert stored == list(range(len(stored)))
    assert session.ended_at is None
