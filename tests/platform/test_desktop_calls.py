"""A call on a real sound server holds a due break, as ``hipcoach status`` shows.

hipcoach runs in this process on the test's clock, with its real platform
pieces watching a PulseAudio server the test starts, and listens as the
first instance of the test's own profile. The command line runs as a
separate program, as a panel or script would run it: ``hipcoach status
--json`` and ``hipcoach --pause 1h``. A program recording from the (null)
microphone makes hipcoach say ``"in_call": true`` within 15 s and hold the
due break; stopping it brings the break. Skipped when pulseaudio is missing
(Debian: pulseaudio pulseaudio-utils).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipcoach.app import HipCoach
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import AppPaths, bundled_resources_dir
from hipcoach.core.reminders import CALL_END_GRACE
from hipcoach.platform import create_platform
from hipcoach.platform.identity import APP_ID
from hipcoach.platform.single_instance import SingleInstance
from hipcoach.ui.break_card import BreakCard
from hipcoach.wiring.other_starts import serve_other_starts
from tests.app_harness import AppHarness
from tests.platform import sound_server
from tests.platform.dbus_fixtures import stop_process
from tests.platform.sound_server import SoundServer

pytestmark = [pytest.mark.desktop]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SoundServer]:
    why = sound_server.missing()
    if why:
        pytest.skip(why)
    started = SoundServer.start(tmp_path / "pulse")
    yield started
    started.stop()


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


class Running:
    """hipcoach on the test's clock, first instance of the test's profile."""

    def __init__(self, harness: AppHarness, coach: HipCoach, profile: Path) -> None:
        self.harness, self.coach, self.profile = harness, coach, profile

    def command(self, qtbot: QtBot, *arguments: str) -> str:
        """Run ``hipcoach ARGUMENTS`` as its own program while this one keeps answering."""
        environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", HIPCOACH_HOME=str(self.profile))
        program = subprocess.Popen(
            [sys.executable, "-m", "hipcoach", *arguments],
            env=environ,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: program.poll() is not None, timeout=60_000)
        out, err = program.communicate()
        assert program.returncode == 0, err
        return out

    def status(self, qtbot: QtBot) -> dict[str, Any]:
        data = json.loads(self.command(qtbot, "status", "--json"))
        assert isinstance(data, dict)
        return data

    def card(self) -> BreakCard | None:
        """The break card on screen, if any (a fresh look each time)."""
        card = self.coach.coordinator.card
        assert card is None or isinstance(card, BreakCard)
        return card

    def sit(self, minutes: float) -> None:
        """Let ``minutes`` of the test's clock pass, the driver polling every 10 s."""
        steps = round(minutes * 6)
        for _ in range(steps):
            self.harness.clock.advance(10)
            self.coach.break_driver.poll()


@pytest.fixture
def running(
    qapp: QApplication,
    tmp_path: Path,
    library: Library,
    server: SoundServer,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Running]:
    profile = tmp_path / "profile"
    monkeypatch.setenv("HIPCOACH_HOME", str(profile))
    harness = AppHarness(library, profile)
    platform = create_platform(
        harness.paths, [sys.executable, "-m", "hipcoach"], environ={"PULSE_SERVER": server.address}
    )
    coach = HipCoach(
        qapp,
        paths=harness.paths,
        library=library,
        clock=harness.clock,
        platform=platform,
        dialogs=harness.dialogs,
    )
    harness.coaches.append(coach)
    instance = SingleInstance(APP_ID, AppPaths.under(profile).cache_dir)
    assert instance.acquire()
    assert instance.listening, instance.reason
    serve_other_starts(instance, coach)
    coach.break_driver.start()
    try:
        yield Running(harness, coach, profile)
    finally:
        instance.release()
        harness.close()


def test_a_call_holds_the_due_break_and_its_end_brings_it(
    qtbot: QtBot, server: SoundServer, running: Running
) -> None:
    coach = running.coach
    lines = {line.piece: line for line in coach.platform.describe()}
    assert lines["calls: microphone"].available, lines["calls: microphone"].detail
    running.sit(55)
    before = running.status(qtbot)
    assert before["running"] is True
    assert before["in_call"] is False
    assert before["sitting_seconds"] == 55 * 60

    recorder = server.record("mic")
    try:
        started = time.monotonic()
        while not running.status(qtbot)["in_call"]:
            assert time.monotonic() - started < 15, "in_call stayed false for 15 s"
        running.sit(10)  # the break falls due at 10:00, during the call
        held = running.status(qtbot)
        assert running.card() is None
        assert held["held_because"] == "call"
        assert held["break_active"] is False
        assert held["next_break_at"] is None
        assert held["sitting_seconds"] == 65 * 60  # the sitting clock ran on
    finally:
        stop_process(recorder)

    qtbot.waitUntil(lambda: not coach.platform.calls.in_call(), timeout=15_000)
    running.sit(CALL_END_GRACE.total_seconds() / 60 + 1 / 6)
    card = running.card()
    assert card is not None
    assert card.held_label.text() == "Held back 5 minutes because you were on a call."
    after = running.status(qtbot)
    assert (after["in_call"], after["break_active"], after["held_because"]) == (False, True, None)

    running.command(qtbot, "--pause", "1h")
    qtbot.waitUntil(lambda: coach.pieces.scheduler.paused_until is not None, timeout=15_000)
    paused = running.status(qtbot)
    expected = running.harness.clock.now() + timedelta(hours=1)
    assert paused["paused_until"] == expected.isoformat(timespec="seconds")
