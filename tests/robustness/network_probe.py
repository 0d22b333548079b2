"""Runs a whole hipcoach offscreen and reports every network socket it saw; for the privacy test.

``python -m tests.robustness.network_probe HOME [--open-one]``, run from the
project folder, builds the app as ``run_app`` does (bundled library, the real
platform pieces, the single-instance server), opens the window, shows and
answers a break, runs a short session, changes a setting, runs Qt's event
loop for a moment and quits. Two watchers run all the while:

- an audit hook records every Python-level ``socket.connect``/``bind``/
  ``sendto``/name lookup on an internet socket;
- at each stage the process's open socket inodes are looked up in
  ``/proc/net/{tcp,tcp6,udp,udp6,raw,raw6}``, which also catches sockets
  opened by C++ code (Qt) that Python never sees.

Unix sockets (D-Bus, X11, the single-instance server) are not network
sockets and are not reported. ``--open-one`` opens a UDP socket on purpose so
the test can prove the watchers see one. The report is one JSON line on stdout.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path
from typing import Any

INET = (socket.AF_INET, socket.AF_INET6)
audited: list[str] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event in {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"}:
        audited.append(f"{event} {args[0]!r}")
    elif event in {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}:
        sock = args[0]
        if getattr(sock, "family", None) in INET:
            audited.append(f"{event} {args[1:]!r}")


sys.addaudithook(_audit)

TABLES = ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6")


def inet_sockets() -> list[str]:
    """Return ``table:inode`` for each of this process's sockets found in /proc/net."""
    mine: set[str] = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[len("socket:[") : -1])
    found: list[str] = []
    for table in TABLES:
        try:
            lines = Path(f"/proc/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        found.extend(f"{table}:{line.split()[9]}" for line in lines if line.split()[9] in mine)
    return found


def main() -> None:
    home = Path(sys.argv[1])
    os.environ["HIPCOACH_HOME"] = str(home)
    seen: dict[str, list[str]] = {}

    def stage(name: str) -> None:
        seen[name] = inet_sockets()

    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from hipcoach.app import HipCoach  # noqa: PLC0415
    from hipcoach.core.clock import ManualClock  # noqa: PLC0415
    from hipcoach.core.library import load_user_library  # noqa: PLC0415
    from hipcoach.core.paths import AppPaths  # noqa: PLC0415
    from hipcoach.core.session import RunnerState  # noqa: PLC0415
    from hipcoach.core.settings import BreakSettings, Settings  # noqa: PLC0415
    from hipcoach.platform import create_platform  # noqa: PLC0415
    from hipcoach.platform.identity import APP_ID  # noqa: PLC0415
    from hipcoach.platform.single_instance import SingleInstance  # noqa: PLC0415
    from hipcoach.start import launch_command  # noqa: PLC0415
    from hipcoach.ui.break_card import BreakCard  # noqa: PLC0415
    from tests.app_harness import QuietDialogs  # noqa: PLC0415 - the safety questions, answered

    app = QApplication([sys.argv[0]])
    paths = AppPaths.for_user()
    instance = SingleInstance(f"{APP_ID}.NetworkProbe", paths.cache_dir)
    assert instance.acquire()
    assert instance.listening
    clock = ManualClock()
    library = load_user_library(paths)
    platform = create_platform(paths, launch_command())
    coach = HipCoach(
        app, paths=paths, library=library, clock=clock, platform=platform, dialogs=QuietDialogs()
    )
    instance.message_received.connect(coach.handle_message)
    coach.start(autostart=False)
    stage("started")

    coach.break_driver.break_now()
    card = coach.coordinator.card
    assert isinstance(card, BreakCard)
    card.done_button.click()
    stage("break")

    coach.player.start(coach.player.setup.plan or sys.exit("no plan"))
    for _ in range(5 if "--open-one" in sys.argv else 600):  # seconds of session
        runner = coach.session_driver.runner
        if runner is None or runner.state is not RunnerState.RUNNING:
            break
        clock.advance(1.0)
        coach.session_driver.poll()
    stage("session")

    coach.apply_settings(Settings(breaks=BreakSettings(interval_minutes=45)))
    coach.show_about()
    if "--open-one" in sys.argv:
        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        probe.bind(("127.0.0.1", 0))
    stage("settings")

    QTimer.singleShot(300, coach.quit)
    app.exec()
    stage("event loop")
    history = coach.history
    assert history is not None
    did = {
        "breaks": len(history.breaks()),
        "steps": sum(len(history.steps(s.id)) for s in history.sessions()),
        "settings saved": (paths.config_dir / "settings.toml").exists(),
    }
    instance.release()
    coach.close()
    print(json.dumps({"audited": audited, "sockets": seen, "did": did}), flush=True)


if __name__ == "__main__":
    main()
