"""Runs settings saves or history writes in forked workers that get killed with SIGKILL.

Started once per test as ``python kill_worker.py settings|history PATH``. It
imports hipcoach once and then, for every line ``<seed> <writes> <kill_after>
<self_kill_call>`` read from stdin, forks a worker that does ``<writes>``
writes, reporting each one on a pipe *after* it returned (so a reported write
is committed). The worker dies by SIGKILL in one of three ways:

- ``self_kill_call > 0`` (settings): written as ``save * 100 + point``, at
  the ``point``-th call of ``os.open``/``os.fsync``/``os.replace``/``os.close``
  or half-way through writing a file (each counts) during save number
  ``save`` of the round, or just after that save if it makes fewer calls;
- ``self_kill_call > 0`` (history): from a timer after up to that many ms;
- ``kill_after > 0``: this process kills it right after it has read that many
  reports (the worker is then somewhere inside its next write);
- otherwise, when it has done all its writes.

Every report is passed on to stdout, then ``dead <signal>``. Forking from this
small, thread-free process keeps a round at a few milliseconds.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hipcoach.core.clock import ManualClock
from hipcoach.core.history import BreakRecord, HistoryStore, StepRecord
from hipcoach.core.history_records import BreakAction
from hipcoach.core.settings import BreakSettings, Settings, SettingsStore

START = datetime(2026, 1, 5, 9, tzinfo=UTC)


def interval_for(number: int) -> int:
    """Return the interval the settings worker saves as its ``number``-th write."""
    return 10 + number % 231


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class _KillPoint:
    """Where in which save the worker dies; the settings worker calls ``next_save``."""

    def __init__(self, save: int, point: int) -> None:
        self.save = save
        self.point = point
        self.current = -1
        self.count = 0

    def next_save(self) -> None:
        if self.current == self.save:
            _die()  # that save made fewer calls than ``point``: die right after it
        self.current += 1
        self.count = 0

    def tick(self) -> None:
        self.count += 1
        if self.current == self.save and self.count >= self.point:
            _die()


_KILL: _KillPoint | None = None


def _arm_self_kill(call: int) -> None:
    """Count file-system calls (and half-written files) and die at ``call``."""
    global _KILL  # noqa: PLW0603
    kill = _KillPoint(*divmod(call, 100))
    _KILL = kill
    tick = kill.tick

    def counted(function: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            tick()
            return function(*args, **kwargs)

        return wrapper

    for name in ("open", "fsync", "replace", "close"):
        setattr(os, name, counted(getattr(os, name)))
    real_fdopen = os.fdopen

    class HalfWriter:
        """A file that may die after writing half of what it was given."""

        def __init__(self, stream: Any) -> None:
            self._stream = stream

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exc: object) -> None:
            self._stream.close()

        def write(self, data: bytes) -> int:
            half = len(data) // 2
            self._stream.write(data[:half])
            self._stream.flush()
            tick()
            return int(self._stream.write(data[half:])) + half

        def __getattr__(self, name: str) -> Any:
            return getattr(self._stream, name)

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        stream = real_fdopen(fd, *args, **kwargs)
        return HalfWriter(stream) if "w" in str(args[:1]) else stream

    os.fdopen = fdopen


def _settings_worker(path: Path, first: int, writes: int, report: int) -> None:
    store = SettingsStore(path, clock=ManualClock(START))
    store.load()
    for number in range(first, first + writes):
        if _KILL is not None:
            _KILL.next_save()
        settings = Settings(breaks=BreakSettings(interval_minutes=interval_for(number)))
        result = store.save(settings)
        if not result:
            raise SystemExit(f"save failed: {result.notice}")
        os.write(report, f"{number}\n".encode())


def _history_worker(path: Path, first: int, writes: int, report: int, delay: float | None) -> None:
    store = HistoryStore.open(path, clock=ManualClock(START)).store
    session_id = store.start_session("daily", START)
    os.write(report, f"session {session_id}\n".encode())
    if delay is not None:  # from here: opening the file takes longer as it grows
        threading.Timer(delay, _die).start()
    for number in range(first, first + writes):
        at = START + timedelta(seconds=number)
        if number % 3 == 0:
            break_id = store.record_break(
                BreakRecord(at, at, None, BreakAction.SHOWN, None, "walk-break", False)
            )
            os.write(report, f"break {break_id}\n".encode())
        else:
            store.record_step(
                StepRecord(session_id, number, "couch-stretch", None, 1, None, "completed", 1, at)
            )
            os.write(report, f"step {session_id} {number}\n".encode())


def _run_worker(kind: str, path: Path, seed: int, writes: int, call: int, report: int) -> None:  # noqa: PLR0917
    first = seed * 1000
    if kind == "settings":
        if call > 0:
            _arm_self_kill(call)
        _settings_worker(path, first, writes, report)
    else:
        # SQLite writes in C: a timer kills at a random moment instead.
        delay = random.Random(seed).uniform(0.0, call / 1000) if call > 0 else None
        _history_worker(path, first, writes, report, delay)
    _die()


def main() -> None:
    kind, path = sys.argv[1], Path(sys.argv[2])
    for line in sys.stdin:
        seed, writes, kill_after, call = (int(word) for word in line.split())
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            try:
                _run_worker(kind, path, seed, writes, call, write_end)
            except BaseException as error:  # pragma: no cover - reported to the test
                os.write(write_end, f"error {error!r}\n".encode())
                os._exit(3)
        os.close(write_end)
        seen = 0
        with os.fdopen(read_end, "rb") as reports:
            for report in reports:
                sys.stdout.write(report.decode())
                seen += 1
                if seen == kill_after:
                    os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        how = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        sys.stdout.write(f"dead {how}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
