"""hipcoach opens no network connection: everything it does stays on the computer.

``network_probe.py`` runs a whole app in a child process (window, a break, a
session, a settings change, the event loop) and reports every internet socket
it saw, both through a Python audit hook and by matching the process's socket
inodes against ``/proc/net``; local (unix) sockets are allowed. The second
run opens one UDP socket on purpose, proving the watchers would notice.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(
    not Path("/proc/net/tcp").exists(), reason="needs Linux's /proc/net"
)

#: The project folder: the probe runs as a module of the tests package from there.
ROOT = Path(__file__).resolve().parents[2]


def probe(home: Path, *extra: str) -> dict[str, Any]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.robustness.network_probe", str(home), *extra],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_a_whole_run_opens_no_network_socket(tmp_path: Path) -> None:
    report = probe(tmp_path)
    assert report["audited"] == []
    stages = ["started", "break", "session", "settings", "event loop"]
    assert report["sockets"] == {stage: [] for stage in stages}
    # The run really did what it says.
    assert report["did"]["breaks"] == 1
    assert report["did"]["steps"] >= 2
    assert report["did"]["settings saved"]


def test_the_probe_notices_a_network_socket(tmp_path: Path) -> None:
    report = probe(tmp_path, "--open-one")
    assert report["audited"] == ["socket.bind (('127.0.0.1', 0),)"]
    assert report["sockets"]["settings"][0].startswith("udp:")
    assert report["sockets"]["started"] == []
