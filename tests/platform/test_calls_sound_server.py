"""The microphone source and its libpulse client against a real PulseAudio server.

Evidence beyond the stand-ins of ``test_calls.py``: real recording programs
(``parecord``) on a microphone and on a monitor, a real level meter, the
server going away and coming back, and a connection that does not wake
while nothing happens. The test starts the server itself. Skipped when
pulseaudio is missing (Debian: pulseaudio pulseaudio-utils).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hipcoach.platform.calls_pulse import PulseMicrophoneSource, Stream, create_pulse_source
from hipcoach.platform.libpulse import LibpulseClient, client_maker
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
def microphone(qtbot: QtBot, server: SoundServer) -> Iterator[PulseMicrophoneSource]:
    source = create_pulse_source({"PULSE_SERVER": server.address})
    assert isinstance(source, PulseMicrophoneSource)
    yield source
    source.close()


class Listing:
    """Records what a libpulse client reports, as the microphone source would receive it."""

    def __init__(self) -> None:
        self.ready_count = 0
        self.changes = 0
        self.lists: list[tuple[list[Stream], set[int]]] = []
        self.lost_reasons: list[str] = []

    def ready(self) -> None:
        self.ready_count += 1

    def lost(self, reason: str) -> None:
        self.lost_reasons.append(reason)

    def changed(self) -> None:
        self.changes += 1

    def listed(self, streams: list[Stream], monitors: set[int]) -> None:
        self.lists.append((streams, monitors))


@pytest.fixture
def client(qtbot: QtBot, server: SoundServer) -> Iterator[tuple[LibpulseClient, Listing]]:
    made = client_maker()()
    listing = Listing()
    made.open(server.address, listing)
    made.settle(lambda: listing.ready_count > 0, 5.0)
    assert listing.ready_count == 1, listing.lost_reasons
    yield made, listing
    made.close()


def list_now(
    qtbot: QtBot, client: LibpulseClient, listing: Listing
) -> tuple[list[Stream], set[int]]:
    count = len(listing.lists)
    client.refresh()
    qtbot.waitUntil(lambda: len(listing.lists) > count, timeout=5000)
    return listing.lists[-1]


def test_the_client_reads_streams_sources_and_their_properties(
    qtbot: QtBot, server: SoundServer, client: tuple[LibpulseClient, Listing]
) -> None:
    made, listing = client
    streams, monitors = list_now(qtbot, made, listing)
    assert streams == []
    assert monitors == {0}  # speakers.monitor; the null microphone is source 1
    recorder = server.record("mic")
    try:
        qtbot.waitUntil(lambda: listing.changes > 0, timeout=5000)
        (stream,) = list_now(qtbot, made, listing)[0]
        assert stream.source == 1
        assert stream.program == "parecord"
        assert stream.properties["application.process.id"] == str(recorder.pid)
        assert stream.corked is False
        assert stream.resample_method is None
    finally:
        stop_process(recorder)


def test_a_program_recording_the_microphone_is_a_call_until_it_stops(
    qtbot: QtBot, server: SoundServer, microphone: PulseMicrophoneSource
) -> None:
    changes: list[bool | None] = []
    microphone.start(lambda: changes.append(microphone.in_use()))
    assert microphone.available, microphone.reason
    assert microphone.in_use() is False
    recorder = server.record("mic")
    try:
        qtbot.waitUntil(lambda: microphone.in_use() is True, timeout=5000)
        assert microphone.programs == ("parecord",)
    finally:
        stop_process(recorder)
    qtbot.waitUntil(lambda: microphone.in_use() is False, timeout=5000)
    assert changes == [False, True, False]


def test_recording_a_monitor_or_metering_the_level_is_not_a_call(
    qtbot: QtBot, server: SoundServer, microphone: PulseMicrophoneSource
) -> None:
    import pulsectl  # noqa: PLC0415  (opens a level meter as volume controls do)

    microphone.start(lambda: None)
    screen_recorder = server.record("speakers.monitor")
    metering = threading.Event()

    def level_meter() -> None:
        with pulsectl.Pulse("level-meter", server=server.address) as meter:
            metering.set()
            meter.get_peak_sample("mic", 1.5)

    meter_thread = threading.Thread(target=level_meter)
    meter_thread.start()
    try:
        assert metering.wait(5)
        client = microphone._client  # the source's own connection, to see what it saw
        assert isinstance(client, LibpulseClient)
        seen: list[list[Stream]] = []

        def both_listed() -> bool:
            return any(len(streams) == 2 for streams in seen)

        original = microphone.listed

        def spy(streams: list[Stream], monitors: set[int]) -> None:
            seen.append(streams)
            original(streams, monitors)

        microphone.listed = spy  # type: ignore[method-assign]
        client.refresh()
        qtbot.waitUntil(both_listed, timeout=5000)
        methods = sorted(str(stream.resample_method) for stream in seen[-1])
        assert methods == ["None", "peaks"]
        assert microphone.in_use() is False
    finally:
        stop_process(screen_recorder)
        meter_thread.join(10)


def test_the_server_going_away_and_coming_back(qtbot: QtBot, server: SoundServer) -> None:
    source = PulseMicrophoneSource(
        client_maker(), server.address, retry_first_s=0.1, retry_max_s=0.2
    )
    try:
        source.start(lambda: None)
        assert source.available
        server.stop()
        qtbot.waitUntil(lambda: not source.available, timeout=5000)
        assert source.in_use() is None
        assert "went away" in (source.reason or "")
        again = SoundServer.start(server.folder)
        try:
            qtbot.waitUntil(lambda: source.available, timeout=10_000)
            assert source.in_use() is False
        finally:
            again.stop()
    finally:
        source.close()


def test_nothing_wakes_while_nothing_happens(
    qtbot: QtBot, server: SoundServer, client: tuple[LibpulseClient, Listing]
) -> None:
    made, listing = client
    list_now(qtbot, made, listing)
    qtbot.wait(200)  # the last answers settle
    before = made.iterations
    qtbot.wait(2000)
    assert made.iterations == before  # not one turn of libpulse's loop in 2 s
    recorder = server.record("mic")
    try:
        qtbot.waitUntil(lambda: listing.changes > 0, timeout=5000)
        assert made.iterations > before  # ... until the server has news
    finally:
        stop_process(recorder)


def test_a_refused_connection_is_reported_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    made = client_maker()()
    listing = Listing()
    try:
        made.open(f"unix:{tmp_path / 'nobody-here'}", listing)
        made.settle(lambda: bool(listing.lost_reasons), 5.0)
        (reason,) = listing.lost_reasons
        assert reason.startswith(f"no sound server answers at unix:{tmp_path / 'nobody-here'}")
    finally:
        made.close()
    made.close()  # twice is fine
