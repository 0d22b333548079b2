"""The microphone source against a real PulseAudio server that the test starts.

Evidence beyond the stand-ins of ``test_calls.py``: real recording programs
(``parecord``) on a microphone and on a monitor, a real level meter, the
server going away and coming back, and a watching thread that does not wake
while nothing happens. Skipped when pulseaudio is missing (Debian:
pulseaudio pulseaudio-utils).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hipcoach.platform.calls_pulse import PulseMicrophoneSource, create_pulse_source
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


@pytest.fixture
def microphone(server: SoundServer) -> Iterator[PulseMicrophoneSource]:
    source = create_pulse_source({"PULSE_SERVER": server.address})
    assert isinstance(source, PulseMicrophoneSource)
    yield source
    source.close()


def eventually(condition: Callable[[], bool], what: str, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout_s} s")
        time.sleep(0.02)


def test_a_program_recording_the_microphone_is_a_call_until_it_stops(
    server: SoundServer, microphone: PulseMicrophoneSource
) -> None:
    changes: list[bool | None] = []
    microphone.start(lambda: changes.append(microphone.in_use()))
    assert microphone.available, microphone.reason
    assert microphone.in_use() is False
    recorder = server.record("mic")
    try:
        eventually(lambda: microphone.in_use() is True, "the recording noticed")
        assert microphone.programs == ("parecord",)
    finally:
        stop_process(recorder)
    eventually(lambda: microphone.in_use() is False, "the end of the recording noticed")
    assert changes == [False, True, False]


def test_recording_a_monitor_or_metering_the_level_is_not_a_call(
    server: SoundServer, microphone: PulseMicrophoneSource
) -> None:
    import pulsectl  # noqa: PLC0415  (the test reads the server itself too)

    microphone.start(lambda: None)
    screen_recorder = server.record("speakers.monitor")
    metering = threading.Event()

    def level_meter() -> None:  # what a volume control does while it is open
        with pulsectl.Pulse("level-meter", server=server.address) as meter:
            metering.set()
            meter.get_peak_sample("mic", 1.5)

    meter_thread = threading.Thread(target=level_meter)
    meter_thread.start()
    try:
        metering.wait(5)

        def streams() -> int:
            with pulsectl.Pulse("count", server=server.address) as pulse:
                return len(pulse.source_output_list())

        eventually(lambda: streams() == 2, "both streams on the server")
        time.sleep(0.3)  # time for the events to reach the source
        assert microphone.in_use() is False
    finally:
        stop_process(screen_recorder)
        meter_thread.join(10)


def test_the_server_going_away_and_coming_back(server: SoundServer) -> None:
    import pulsectl  # noqa: PLC0415

    quick = PulseMicrophoneSource(pulsectl, server.address, retry_first_s=0.1, retry_max_s=0.2)
    try:
        quick.start(lambda: None)
        assert quick.available
        server.stop()
        eventually(lambda: not quick.available, "the loss noticed")
        assert quick.in_use() is None
        assert "went away" in (quick.reason or "") or "no sound server" in (quick.reason or "")
        again = SoundServer.start(server.folder)
        try:
            eventually(lambda: quick.available, "the server found again", timeout_s=10)
            assert quick.in_use() is False
        finally:
            again.stop()
    finally:
        quick.close()


def _voluntary_switches(native_id: int) -> int:
    status = Path(f"/proc/self/task/{native_id}/status").read_text(encoding="utf-8")
    for line in status.splitlines():
        if line.startswith("voluntary_ctxt_switches:"):
            return int(line.split()[1])
    raise AssertionError("no voluntary_ctxt_switches line")


def test_the_watching_thread_sleeps_while_nothing_happens(
    server: SoundServer, microphone: PulseMicrophoneSource
) -> None:
    microphone.start(lambda: None)
    (watcher,) = [thread for thread in threading.enumerate() if thread.name == "hipcoach-calls"]
    assert watcher.native_id is not None
    time.sleep(0.3)  # let the first look settle
    before = _voluntary_switches(watcher.native_id)
    time.sleep(2.0)
    assert _voluntary_switches(watcher.native_id) == before  # not one wake-up in 2 s
