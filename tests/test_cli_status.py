"""``hipcoach status``: from the running hipcoach when one runs, from the files when none does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hipcoach.cli import main
from hipcoach.core.clock import ManualClock
from hipcoach.core.history import BreakAction, BreakRecord, HistoryStore, history_path
from hipcoach.core.paths import AppPaths

pytestmark = pytest.mark.usefixtures("qapp")  # the command reuses the tests' application


def status_json(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["status", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    return data


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "profile"
    monkeypatch.setenv("HIPCOACH_HOME", str(folder))
    return folder


def test_with_nothing_running_and_no_history_it_says_so_and_creates_nothing(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = status_json(capsys)
    assert data["running"] is False
    assert data["in_call"] is None
    assert data["breaks_today"] == {"done": 0, "skipped": 0, "snoozed": 0}
    assert (data["last_session"], data["streak_days"]) == (None, 0)
    assert main(["status"]) == 0
    assert capsys.readouterr().out.strip() == "hipcoach is not running"
    assert not home.exists()


def test_with_nothing_running_the_history_is_read(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = datetime.now().astimezone()
    with HistoryStore.open(
        history_path(AppPaths.under(home)), clock=ManualClock(now)
    ).store as store:
        for action in (BreakAction.DONE, BreakAction.DONE, BreakAction.SKIPPED):
            shown = now - timedelta(seconds=5)
            store.record_break(BreakRecord(shown, shown, now, action, None, "walk-break", False))
    data = status_json(capsys)
    assert data["breaks_today"] == {"done": 2, "skipped": 1, "snoozed": 0}
    assert main(["status"]) == 0
    assert capsys.readouterr().out.strip() == "hipcoach is not running · 2 breaks done today"


def test_a_damaged_history_is_reported_and_left_alone(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = history_path(AppPaths.under(home))
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database")
    assert main(["status", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["running"] is False
    assert "could not be read" in captured.err
    assert path.read_bytes() == b"this is not a database"


@pytest.fixture
def running(home: Path, qapp: QApplication) -> Iterator[subprocess.Popen[bytes]]:
    """A real hipcoach on the offscreen platform, with this test's profile."""
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", HIPCOACH_HOME=str(home))
    app = subprocess.Popen(
        [sys.executable, "-m", "hipcoach"],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield app
    finally:
        app.terminate()
        app.wait(15)


def wait_for_running(capsys: pytest.CaptureFixture[str], timeout_s: float = 30) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while True:
        data = status_json(capsys)
        if data["running"] or time.monotonic() > deadline:
            return data
        time.sleep(0.2)


def test_the_running_hipcoach_answers_and_shows_a_pause(
    running: subprocess.Popen[bytes], home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = wait_for_running(capsys)
    assert data["running"] is True
    assert data["in_call"] is False
    assert isinstance(data["sitting_seconds"], int)
    assert data["paused_until"] is None
    asked_at = datetime.now().astimezone()
    subprocess.run(
        [sys.executable, "-m", "hipcoach", "--pause", "1h"],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=True,
        timeout=60,
    )
    paused = status_json(capsys)
    until = datetime.fromisoformat(paused["paused_until"])
    assert until.utcoffset() is not None
    assert timedelta(minutes=59) < until - asked_at < timedelta(minutes=61)
    assert main(["status"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("sitting 0 min · paused until ")
    assert running.poll() is None  # asking did not disturb it
