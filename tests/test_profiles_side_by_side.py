"""Two profiles of one user run side by side; each later start reaches its own.

Real ``hipcoach`` processes: two profiles told apart only by the XDG
folders (``XDG_CONFIG_HOME``, ``XDG_DATA_HOME``, ``XDG_CACHE_HOME``,
``XDG_RUNTIME_DIR``), and a third with ``HIPCOACH_HOME`` that shares the
first one's XDG folders. A ``--pause`` or ``--break-now`` sent with one
profile's environment changes that profile's running hipcoach only, as
``hipcoach status`` asked with each environment shows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

WAIT_S = 60.0  # generous: a loaded machine can be slow to start Qt


def profile_environ(root: Path, *, home: Path | None = None) -> dict[str, str]:
    """Return an environment whose hipcoach files all live under ``root`` (or ``home``)."""
    environ = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("XDG_") and key != "HIPCOACH_HOME"
    }
    for name in ("CONFIG", "DATA", "CACHE", "STATE", "RUNTIME"):
        folder = root / name.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        environ[f"XDG_{name}_HOME" if name != "RUNTIME" else "XDG_RUNTIME_DIR"] = str(folder)
    if home is not None:
        environ["HIPCOACH_HOME"] = str(home)
    environ["QT_QPA_PLATFORM"] = "offscreen"
    return environ


def hipcoach(environ: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run a later ``hipcoach`` start with ``arguments`` and wait for it."""
    return subprocess.run(
        [sys.executable, "-m", "hipcoach", *arguments],
        env=environ,
        capture_output=True,
        text=True,
        timeout=WAIT_S,
        check=False,
    )


def status(environ: dict[str, str]) -> dict[str, Any]:
    """Return ``hipcoach status --json`` as seen with ``environ``."""
    done = hipcoach(environ, "status", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert isinstance(data, dict)
    return data


def wait_until_running(environ: dict[str, str]) -> dict[str, Any]:
    deadline = time.monotonic() + WAIT_S
    while True:
        data = status(environ)
        if data["running"] or time.monotonic() > deadline:
            return data
        time.sleep(0.3)


@pytest.fixture
def profiles(tmp_path: Path) -> Iterator[list[dict[str, str]]]:
    with tempfile.TemporaryDirectory(prefix="hc-", dir="/tmp") as short:
        one = Path(short) / "one"
        two = Path(short) / "two"
        one.mkdir()
        two.mkdir()
        environs = [
            profile_environ(one),
            profile_environ(two),
            profile_environ(one, home=tmp_path / "own-home"),
        ]
        started = [
            subprocess.Popen(
                [sys.executable, "-m", "hipcoach"],
                env=environ,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for environ in environs
        ]
        try:
            yield environs
            assert [process.poll() for process in started] == [None, None, None]
        finally:
            for process in started:
                process.terminate()
            for process in started:
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=10)


def test_each_profiles_commands_reach_its_own_running_hipcoach(
    profiles: list[dict[str, str]],
) -> None:
    one, two, own_home = profiles
    for environ in profiles:
        data = wait_until_running(environ)
        assert data["running"] is True
        assert data["paused_until"] is None
        assert data["break_active"] is False
    assert hipcoach(one, "--pause", "1h").returncode == 0
    assert status(one)["paused_until"] is not None
    assert status(two)["paused_until"] is None
    assert status(own_home)["paused_until"] is None  # same XDG folders, a profile of its own
    assert hipcoach(two, "--break-now").returncode == 0
    deadline = time.monotonic() + WAIT_S
    while not status(two)["break_active"] and time.monotonic() < deadline:
        time.sleep(0.3)
    assert status(two)["break_active"] is True
    assert status(one)["break_active"] is False
    assert status(own_home)["break_active"] is False
    assert hipcoach(own_home, "--pause", "1h").returncode == 0
    assert status(own_home)["paused_until"] is not None
    assert status(two)["paused_until"] is None
