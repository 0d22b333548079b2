"""Call sources and the call watcher, against stand-ins for the OS calls they make.

The sound-server source is also tested against a real PulseAudio server in
``test_calls_sound_server.py``; here a stand-in connection plays the server,
so every failure path runs on any machine.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from hipcoach.core.paths import AppPaths
from hipcoach.core.reminders import Hold
from hipcoach.platform import create_platform
from hipcoach.platform.calls import (
    CAMERA,
    MICROPHONE,
    STALE_SECONDS,
    CallWatcher,
    UnavailableCallSource,
    call_sources,
)
from hipcoach.platform.calls_camera import CameraSource, create_camera_source
from hipcoach.platform.calls_mac import (
    DEFAULT_INPUT_DEVICE,
    RUNNING_SOMEWHERE,
    SCOPE_GLOBAL,
    SYSTEM_OBJECT,
    MacInputSource,
    PropertyAddress,
    four_char_code,
    input_running_function,
    mac_sources,
)
from hipcoach.platform.calls_pulse import (
    PulseEvents,
    PulseMicrophoneSource,
    Stream,
    create_pulse_source,
    recording_programs,
    server_address,
)
from hipcoach.platform.calls_windows import CONSENT_STORE, ConsentStoreSource, windows_sources
from hipcoach.platform.fullscreen import DO_NOT_DISTURB, FULL_SCREEN

# --- the watcher ----------------------------------------------------------------


class FakeSource:
    """A call source whose answer the test sets; counts how often it was read."""

    def __init__(
        self, kind: str = MICROPHONE, *, pushes: bool = False, available: bool = True
    ) -> None:
        self.kind = kind
        self.pushes = pushes
        self.available = available
        self.reason: str | None = None if available else "not here"
        self.name = f"fake {kind}"
        self.answer: bool | None = False
        self.reads = 0
        self.changed: Callable[[], None] | None = None
        self.closed = 0

    def start(self, changed: Callable[[], None]) -> None:
        self.changed = changed

    def in_use(self) -> bool | None:
        self.reads += 1
        return self.answer

    def close(self) -> None:
        self.closed += 1


class Ticker:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_polled_source_is_read_only_when_someone_looks_and_at_most_every_ten_seconds(
    qtbot: QtBot,
) -> None:
    camera, ticker = FakeSource(CAMERA), Ticker()
    watcher = CallWatcher([camera], monotonic=ticker)
    assert camera.reads == 0  # nothing is read at start
    assert watcher.in_call() is False
    assert camera.reads == 0  # nor when nobody needs the answer
    camera.answer = True
    assert watcher.in_call(look=True) is True
    assert camera.reads == 1
    ticker.now += 9.0
    camera.answer = False
    assert watcher.in_call(look=True) is True  # the reading of 9 s ago still stands
    assert camera.reads == 1
    ticker.now += 1.0
    assert watcher.in_call(look=True) is False
    assert camera.reads == 2


def test_a_polled_reading_goes_stale_when_nobody_looks_again(qtbot: QtBot) -> None:
    camera, ticker = FakeSource(CAMERA), Ticker()
    camera.answer = True
    watcher = CallWatcher([camera], monotonic=ticker)
    assert watcher.in_call(look=True)
    ticker.now += STALE_SECONDS - 1
    assert watcher.in_call()
    ticker.now += 1
    assert not watcher.in_call()  # too old to trust: unknown, which is not a call
    assert camera.reads == 1


def test_a_pushing_source_is_asked_every_time_and_its_news_fires_changed(qtbot: QtBot) -> None:
    microphone = FakeSource(pushes=True)
    watcher = CallWatcher([microphone])
    assert microphone.changed is not None
    seen: list[bool] = []
    watcher.changed.connect(seen.append)
    microphone.answer = True
    with qtbot.waitSignal(watcher.changed, timeout=1000):
        microphone.changed()
    assert seen == [True]
    assert watcher.in_call()
    microphone.changed()  # news without a change: no signal
    microphone.answer = False
    with qtbot.waitSignal(watcher.changed, timeout=1000):
        microphone.changed()
    assert seen == [True, False]


def test_news_from_another_thread_arrives_on_the_qt_thread(qtbot: QtBot) -> None:
    microphone = FakeSource(pushes=True)
    watcher = CallWatcher([microphone])
    threads: list[threading.Thread] = []
    watcher.changed.connect(lambda _on: threads.append(threading.current_thread()))
    microphone.answer = True
    assert microphone.changed is not None
    worker = threading.Thread(target=microphone.changed)
    with qtbot.waitSignal(watcher.changed, timeout=2000):
        worker.start()
        worker.join()
    assert threads == [threading.main_thread()]


def test_any_source_in_use_is_a_call_and_unknown_or_unavailable_is_not(qtbot: QtBot) -> None:
    microphone, camera = FakeSource(pushes=True), FakeSource(CAMERA)
    missing = FakeSource(CAMERA, available=False)
    missing.answer = True  # never read: it is not available
    watcher = CallWatcher([microphone, camera, missing])
    microphone.answer = None
    assert not watcher.in_call(look=True)
    camera.answer = True
    watcher_two = CallWatcher([microphone, camera])
    assert watcher_two.in_call(look=True)
    assert missing.reads == 0
    watcher.close()
    assert (microphone.closed, camera.closed, missing.closed) == (1, 1, 1)


def test_the_log_says_when_a_call_begins_and_ends(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    camera = FakeSource(CAMERA)
    watcher = CallWatcher([camera])
    caplog.set_level("INFO", logger="hipcoach.platform.calls")
    camera.answer = True
    watcher.in_call(look=True)
    assert "on a call (camera in use)" in caplog.text
    camera.answer = False
    watcher.in_call(look=True)  # within ten seconds: not read again
    assert "no call" not in caplog.text


# --- PulseAudio / PipeWire: which streams count ------------------------------------


def stream(source: int = 1, **changes: Any) -> Stream:
    properties = {"application.name": "Meeting", "application.process.id": "4242"}
    properties.update(changes.pop("properties", {}))
    return Stream(
        source=source,
        corked=changes.get("corked", False),
        resample_method=changes.get("resample_method"),
        properties=properties,
    )


def test_recording_from_a_microphone_counts_and_other_streams_do_not() -> None:
    monitors = {0}
    assert recording_programs([stream()], monitors, own_pid=1) == ["Meeting"]
    left_out = [
        stream(source=0),  # a monitor of an output: screen recorders, visualisers
        stream(corked=True),  # paused
        stream(resample_method="peaks"),  # a volume control's level meter (PulseAudio)
        stream(properties={"stream.monitor": "true"}),  # a level meter (PipeWire)
        stream(properties={"resample.peaks": "true"}),
        stream(properties={"application.process.id": "1"}),  # hipcoach itself
    ]
    assert recording_programs(left_out, monitors, own_pid=1) == []
    unnamed = Stream(1, False, None, {"application.process.binary": "arecord"})
    assert recording_programs([unnamed], monitors, own_pid=1) == ["arecord"]


def test_the_server_address_comes_from_the_environment() -> None:
    assert server_address({"PULSE_SERVER": "tcp:host:4713"}) == "tcp:host:4713"
    assert server_address({"XDG_RUNTIME_DIR": "/run/user/1000"}) == (
        "unix:/run/user/1000/pulse/native"
    )
    assert server_address({}) is None
    source = create_pulse_source({})
    assert isinstance(source, UnavailableCallSource)
    assert "XDG_RUNTIME_DIR" in source.reason


def test_a_missing_libpulse_is_a_reason_not_a_crash() -> None:
    def missing() -> Any:
        raise OSError("libpulse.so.0: cannot open shared object file")

    source = create_pulse_source({"XDG_RUNTIME_DIR": "/run/user/1000"}, load=missing)
    assert not source.available
    assert "libpulse.so.0" in (source.reason or "")
    assert source.in_use() is None


# --- PulseAudio / PipeWire: the source, against a stand-in connection --------------


@dataclass
class FakeServer:
    """A stand-in sound server: its streams, and the connections open to it."""

    up: bool = True
    streams: list[Stream] = field(default_factory=list)
    monitors: set[int] = field(default_factory=lambda: {0})
    clients: list[FakeClient] = field(default_factory=list)
    made: int = 0

    def record(self, source: int, name: str = "Meeting") -> None:
        """A program starts recording from ``source``; subscribed connections hear of it."""
        self.streams.append(stream(source, properties={"application.name": name}))
        self.tell(lambda events: events.changed())

    def stop_all(self) -> None:
        self.streams.clear()
        self.tell(lambda events: events.changed())

    def go_down(self) -> None:
        self.up = False
        self.tell(lambda events: events.lost("the sound server went away (Connection terminated)"))

    def tell(self, what: Callable[[PulseEvents], None]) -> None:
        for client in self.clients:
            client.later(what)


class FakeClient:
    """Stands in for ``LibpulseClient``: answers later, on the event loop, as libpulse does."""

    def __init__(self, server: FakeServer) -> None:
        self.server = server
        self.events: PulseEvents | None = None
        self.queue: list[Callable[[PulseEvents], None]] = []
        self.closed = False

    def open(self, address: str, events: PulseEvents) -> None:
        assert address == "unix:/fake/pulse/native"
        self.events = events
        if self.server.up:
            self.server.clients.append(self)
            self.later(lambda answer: answer.ready())
        else:
            self.later(lambda answer: answer.lost(f"no sound server answers at {address}"))

    def refresh(self) -> None:
        streams, monitors = list(self.server.streams), set(self.server.monitors)
        self.later(lambda answer: answer.listed(streams, monitors))

    def later(self, what: Callable[[PulseEvents], None]) -> None:
        self.queue.append(what)
        QTimer.singleShot(0, self.deliver)

    def deliver(self) -> None:
        while self.queue and not self.closed and self.events is not None:
            self.queue.pop(0)(self.events)

    def settle(self, done: Callable[[], bool], timeout_s: float) -> None:
        while self.queue and not done() and not self.closed:
            self.deliver()

    def close(self) -> None:
        self.closed = True
        if self in self.server.clients:
            self.server.clients.remove(self)


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def microphone(qtbot: QtBot, server: FakeServer) -> Iterator[PulseMicrophoneSource]:
    def make() -> FakeClient:
        server.made += 1
        return FakeClient(server)

    source = PulseMicrophoneSource(
        make, "unix:/fake/pulse/native", own_pid=1, retry_first_s=0.01, retry_max_s=0.02
    )
    yield source
    source.close()


def test_the_microphone_source_follows_the_servers_events(
    qtbot: QtBot, server: FakeServer, microphone: PulseMicrophoneSource
) -> None:
    changes: list[bool | None] = []
    microphone.start(lambda: changes.append(microphone.in_use()))
    assert microphone.available  # start() waited for the first answer
    assert microphone.in_use() is False
    server.record(source=0, name="Screen recorder")  # a monitor: no call
    qtbot.wait(10)
    assert microphone.in_use() is False
    server.record(source=1, name="Meeting")
    qtbot.waitUntil(lambda: microphone.in_use() is True, timeout=5000)
    assert microphone.programs == ("Meeting",)
    server.stop_all()
    qtbot.waitUntil(lambda: microphone.in_use() is False, timeout=5000)
    assert changes == [False, True, False]
    assert "libpulse events" in microphone.name


def test_a_server_that_is_not_there_yet_is_found_later(
    qtbot: QtBot, server: FakeServer, microphone: PulseMicrophoneSource
) -> None:
    server.up = False
    microphone.start(lambda: None)
    assert not microphone.available
    assert "no sound server answers at unix:/fake/pulse/native" in (microphone.reason or "")
    assert microphone.in_use() is None
    server.up = True  # the sound server starts after hipcoach (login)
    qtbot.waitUntil(lambda: microphone.available, timeout=5000)
    assert microphone.in_use() is False
    assert server.made >= 2


def test_a_server_going_away_mid_call_is_unknown_then_watched_again(
    qtbot: QtBot,
    server: FakeServer,
    microphone: PulseMicrophoneSource,
    caplog: pytest.LogCaptureFixture,
) -> None:
    changes: list[bool | None] = []
    microphone.start(lambda: changes.append(microphone.in_use()))
    server.record(source=1)
    qtbot.waitUntil(lambda: microphone.in_use() is True, timeout=5000)
    server.stop_all()
    server.go_down()
    qtbot.waitUntil(lambda: microphone.in_use() is None, timeout=5000)
    assert "went away" in (microphone.reason or "")
    assert "went away" in caplog.text
    assert not server.clients  # the lost connection was closed
    server.up = True
    qtbot.waitUntil(lambda: microphone.available, timeout=5000)
    assert microphone.in_use() is False
    assert changes == [False, True, None, False]


def test_closing_disconnects_and_stops_trying_again(
    qtbot: QtBot, server: FakeServer, microphone: PulseMicrophoneSource
) -> None:
    server.up = False
    microphone.start(lambda: None)
    made = server.made
    microphone.close()
    qtbot.wait(50)
    assert server.made == made  # no retry after close
    microphone.close()  # twice is fine


def test_a_libpulse_that_cannot_make_a_connection_is_a_reason(qtbot: QtBot) -> None:
    def broken() -> FakeClient:
        raise OSError("pa_mainloop_new failed")

    source = PulseMicrophoneSource(broken, "unix:/fake/pulse/native", retry_first_s=60)
    source.start(lambda: None)
    assert not source.available
    assert "pa_mainloop_new failed" in (source.reason or "")
    source.close()


# --- cameras ----------------------------------------------------------------------


def fake_machine(tmp_path: Path) -> tuple[Path, Path]:
    """Return (proc, dev) folders with one camera, /dev/video0, and no process using it."""
    proc, dev = tmp_path / "proc", tmp_path / "dev"
    dev.mkdir()
    (dev / "video0").touch()
    (dev / "null").touch()
    proc.mkdir()
    return proc, dev


def process(proc: Path, pid: int, *targets: Path) -> None:
    folder = proc / str(pid) / "fd"
    folder.mkdir(parents=True)
    for number, target in enumerate(targets):
        (folder / str(number)).symlink_to(target)


def test_a_camera_held_by_another_process_is_in_use(tmp_path: Path) -> None:
    proc, dev = fake_machine(tmp_path)
    process(proc, 100, dev / "null")
    source = CameraSource(proc, dev, own_pid=1)
    assert source.in_use() is False
    process(proc, 200, dev / "null", dev / "video0")
    assert source.in_use() is True
    assert source.holders == (200,)
    assert source.available
    assert source.reason is None


def test_hipcoach_itself_and_other_users_do_not_count(tmp_path: Path) -> None:
    proc, dev = fake_machine(tmp_path)
    process(proc, 300, dev / "video0")
    assert CameraSource(proc, dev, own_pid=300).in_use() is False
    assert CameraSource(proc, dev, uid=os.getuid() + 1, own_pid=1).in_use() is False


def test_without_a_camera_nothing_is_scanned(tmp_path: Path) -> None:
    proc, dev = fake_machine(tmp_path)
    (dev / "video0").unlink()
    proc.rmdir()  # a scan would fail
    assert CameraSource(proc, dev).in_use() is False


def test_a_process_table_that_cannot_be_read_is_unknown(tmp_path: Path) -> None:
    proc, dev = fake_machine(tmp_path)
    proc.rmdir()
    source = CameraSource(proc, dev)
    assert source.in_use() is None
    assert "cannot read" in (source.reason or "")
    missing = create_camera_source(proc, dev)
    assert not missing.available
    assert "does not list open files" in (missing.reason or "")


def test_a_real_process_holding_a_device_open_is_found_in_proc(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    dev.mkdir()
    camera = dev / "video7"
    camera.write_bytes(b"")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; f = open(sys.argv[1], 'rb'); print('open', flush=True); sys.stdin.read()",
            str(camera),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        source = CameraSource(Path("/proc"), dev)
        assert source.in_use() is True
        assert holder.pid in source.holders
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)
        holder.stdout.close()  # type: ignore[union-attr]  # checked above
    assert CameraSource(Path("/proc"), dev).in_use() is False


# --- Windows ----------------------------------------------------------------------


class FakeKey:
    """A registry key: sub-keys and values."""

    def __init__(self, values: dict[str, object] | None = None) -> None:
        self.keys: dict[str, FakeKey] = {}
        self.values = values or {}

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def add(self, path: str, values: dict[str, object] | None = None) -> FakeKey:
        key = self
        for part in path.split("\\"):
            key = key.keys.setdefault(part, FakeKey())
        if values is not None:
            key.values = values
        return key


class FakeWinreg:
    """Stands in for ``winreg``: OpenKey, EnumKey and QueryValueEx over ``FakeKey``s."""

    def __init__(self) -> None:
        self.HKEY_CURRENT_USER = FakeKey()
        self.opened: list[str] = []

    def OpenKey(self, key: FakeKey, path: str) -> FakeKey:
        self.opened.append(path)
        for part in path.split("\\"):
            if part not in key.keys:
                raise FileNotFoundError(2, "The system cannot find the file specified")
            key = key.keys[part]
        return key

    def EnumKey(self, key: FakeKey, index: int) -> str:
        names = list(key.keys)
        if index >= len(names):
            raise OSError(259, "No more data is available")
        return names[index]

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[object, int]:
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.values[name], 11  # REG_QWORD


def consent(registry: FakeWinreg, device: str, app: str, start: int, stop: int) -> None:
    registry.HKEY_CURRENT_USER.add(
        f"{CONSENT_STORE}\\{device}\\{app}",
        {"LastUsedTimeStart": start, "LastUsedTimeStop": stop},
    )


def test_a_program_that_started_and_did_not_stop_uses_the_device() -> None:
    registry = FakeWinreg()
    consent(registry, "microphone", "Microsoft.SkypeApp_kzf8qxf38zg5c", 133_000, 133_100)
    consent(registry, "microphone", r"NonPackaged\C:#Program Files#Zoom#bin#Zoom.exe", 133_200, 0)
    consent(registry, "webcam", r"NonPackaged\C:#Tools#camera.exe", 133_000, 133_050)
    microphone = ConsentStoreSource(registry, MICROPHONE)
    webcam = ConsentStoreSource(registry, CAMERA)
    assert microphone.in_use() is True
    assert microphone.users == (r"C:\Program Files\Zoom\bin\Zoom.exe",)
    assert webcam.in_use() is False
    consent(registry, "webcam", "Microsoft.WindowsCamera_8wekyb3d8bbwe", 133_300, 0)
    assert webcam.in_use() is True
    assert webcam.users == ("Microsoft.WindowsCamera_8wekyb3d8bbwe",)


def test_records_that_never_started_or_lack_values_do_not_count() -> None:
    registry = FakeWinreg()
    consent(registry, "microphone", "Never.Used_1", 0, 0)
    registry.HKEY_CURRENT_USER.add(f"{CONSENT_STORE}\\microphone\\No.Values_2", {})
    registry.HKEY_CURRENT_USER.add(
        f"{CONSENT_STORE}\\microphone\\Odd.Values_3",
        {"LastUsedTimeStart": "yesterday", "LastUsedTimeStop": 0},
    )
    assert ConsentStoreSource(registry, MICROPHONE).in_use() is False


def test_a_windows_without_the_records_says_so() -> None:
    registry = FakeWinreg()
    consent(registry, "microphone", "Some.App_1", 1, 2)
    microphone, webcam = windows_sources(registry)
    assert microphone.available
    assert microphone.in_use() is False
    assert not webcam.available
    assert "cannot read HKCU" in (webcam.reason or "")
    assert "webcam" in (webcam.reason or "")


def test_the_registry_exists_only_on_windows() -> None:
    if sys.platform == "win32":
        pytest.skip("this machine has a registry")
    sources = call_sources({}, platform="win32")
    assert [source.kind for source in sources] == [MICROPHONE, CAMERA]
    assert not any(source.available for source in sources)
    assert "registry is not available" in (sources[0].reason or "")


# --- macOS ------------------------------------------------------------------------


class FakeFunction:
    """Stands in for a ctypes foreign function: carries ``argtypes`` and ``restype``."""

    def __init__(self, function: Callable[..., int]) -> None:
        self.function = function
        self.argtypes: object = None
        self.restype: object = None

    def __call__(self, *args: Any) -> int:
        return self.function(*args)


class FakeCoreAudio:
    """Stands in for CoreAudio: the default input device and whether it runs somewhere."""

    def __init__(self, device: int = 73, running: int = 0, status: int = 0) -> None:
        self.device, self.running, self.status = device, running, status
        self.asked: list[tuple[int, int, int]] = []
        self.AudioObjectGetPropertyData = FakeFunction(self.get)

    def get(self, object_id: int, address: Any, *rest: Any) -> int:
        """Answer ``AudioObjectGetPropertyData(object, address, 0, NULL, size, out)``."""
        _qualifier_size, _qualifier, size, out = rest
        where: PropertyAddress = address._obj  # what ctypes.byref wraps
        self.asked.append((object_id, where.mSelector, where.mScope))
        assert size._obj.value == ctypes.sizeof(ctypes.c_uint32)
        if self.status:
            return self.status
        if (object_id, where.mSelector) == (SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE):
            out._obj.value = self.device
        elif (object_id, where.mSelector) == (self.device, RUNNING_SOMEWHERE):
            out._obj.value = self.running
        else:
            return -1
        return 0


def core_audio(**state: int) -> FakeCoreAudio:
    return FakeCoreAudio(**state)


def test_four_character_codes_are_coreaudios_numbers() -> None:
    assert four_char_code("dIn ") == 0x64496E20
    assert four_char_code("gone") == 0x676F6E65
    assert SCOPE_GLOBAL == 0x676C6F62
    with pytest.raises(ValueError, match="four characters"):
        four_char_code("glo")


def test_the_default_input_running_somewhere_is_a_call() -> None:
    fake = core_audio(running=1)
    running = input_running_function(fake)
    assert running() is True
    assert fake.asked == [
        (SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE, SCOPE_GLOBAL),
        (73, RUNNING_SOMEWHERE, SCOPE_GLOBAL),
    ]
    fake.running = 0
    assert running() is False
    fake.device = 0  # no input device at all
    assert running() is False


def test_a_coreaudio_error_is_unknown_with_the_status() -> None:
    fake = core_audio(status=560947818)  # kAudioHardwareUnknownPropertyError ('!dat')
    source = MacInputSource(input_running_function(fake))
    assert source.in_use() is None
    assert "560947818" in (source.reason or "")
    microphone, camera = mac_sources(fake)
    assert not microphone.available
    assert "560947818" in (microphone.reason or "")
    assert camera.kind == CAMERA
    assert not camera.available


def test_mac_sources_work_with_a_working_coreaudio() -> None:
    microphone, _camera = mac_sources(core_audio(running=1))
    assert microphone.available
    assert microphone.in_use() is True


def test_coreaudio_exists_only_on_macos() -> None:
    if sys.platform == "darwin":
        pytest.skip("this machine has CoreAudio")
    microphone, camera = call_sources({}, platform="darwin")
    assert not microphone.available
    assert "CoreAudio" in (microphone.reason or "")
    assert "macOS" in (camera.reason or "")


# --- the bundle -------------------------------------------------------------------


def test_an_unknown_system_says_calls_are_not_looked_for() -> None:
    sources = call_sources({}, platform="sunos5")
    assert [source.kind for source in sources] == [MICROPHONE, CAMERA]
    assert all("not looked for on sunos5" in (source.reason or "") for source in sources)


def test_the_platform_bundle_lists_each_call_source(tmp_path: Path, qtbot: QtBot) -> None:
    platform = create_platform(AppPaths.under(tmp_path), ["hipcoach"], environ={}, platform="linux")
    try:
        lines = {line.piece: line for line in platform.describe()}
        microphone, camera = lines["calls: microphone"], lines["calls: camera"]
        assert not microphone.available
        assert "no sound server address" in microphone.detail
        assert camera.available
        assert "/dev/video*" in camera.detail
        assert platform.calls.in_call() is False
    finally:
        platform.close()


def test_full_screen_and_do_not_disturb_report_the_schedulers_hold_names() -> None:
    assert (FULL_SCREEN, DO_NOT_DISTURB) == (Hold.FULL_SCREEN, Hold.DO_NOT_DISTURB)
