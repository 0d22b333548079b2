"""The microphone on macOS: whether the default input device is running in any process.

CoreAudio's ``kAudioDevicePropertyDeviceIsRunningSomewhere`` on the device
``kAudioHardwarePropertyDefaultInputDevice`` names: non-zero while some
program captures from it (hipcoach never does). Read through ctypes with
``AudioObjectGetPropertyData``; the source is polled (the ``CallWatcher``
reads it at most every 10 s, and only when a break is near, held, or a call
is on). Camera use is not looked at on macOS.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from hipcoach.platform.calls import CAMERA, MICROPHONE, CallSource, UnavailableCallSource

_CORE_AUDIO = "/System/Library/Frameworks/CoreAudio.framework/CoreAudio"


def four_char_code(text: str) -> int:
    """Return CoreAudio's number for a four-character code such as ``'dIn '``."""
    data = text.encode("ascii")
    if len(data) != 4:
        raise ValueError(f"a four-character code has four characters, not {text!r}")
    return int.from_bytes(data, "big")


SYSTEM_OBJECT = 1  # kAudioObjectSystemObject
UNKNOWN_OBJECT = 0  # kAudioObjectUnknown
DEFAULT_INPUT_DEVICE = four_char_code("dIn ")  # kAudioHardwarePropertyDefaultInputDevice
RUNNING_SOMEWHERE = four_char_code("gone")  # kAudioDevicePropertyDeviceIsRunningSomewhere
SCOPE_GLOBAL = four_char_code("glob")  # kAudioObjectPropertyScopeGlobal
ELEMENT_MAIN = 0  # kAudioObjectPropertyElementMain


class PropertyAddress(ctypes.Structure):
    """CoreAudio's ``AudioObjectPropertyAddress``: selector, scope, element."""

    _fields_ = [
        ("mSelector", ctypes.c_uint32),
        ("mScope", ctypes.c_uint32),
        ("mElement", ctypes.c_uint32),
    ]


def input_running_function(core_audio: Any = None) -> Callable[[], bool]:
    """Return a reader of "is the default input device running somewhere?".

    ``core_audio`` defaults to the real framework, which exists only on
    macOS (``OSError`` elsewhere); tests pass a stand-in. The reader raises
    ``OSError`` when CoreAudio answers with an error status.
    """
    if core_audio is None:
        core_audio = _core_audio_library()
    function = core_audio.AudioObjectGetPropertyData
    function.argtypes = [
        ctypes.c_uint32,
        ctypes.POINTER(PropertyAddress),
        ctypes.c_uint32,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_uint32),
        ctypes.c_void_p,
    ]
    function.restype = ctypes.c_int32

    def read_uint32(object_id: int, selector: int) -> int:
        address = PropertyAddress(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        value = ctypes.c_uint32(0)
        size = ctypes.c_uint32(ctypes.sizeof(value))
        status = function(
            object_id, ctypes.byref(address), 0, None, ctypes.byref(size), ctypes.byref(value)
        )
        if status != 0:
            raise OSError(f"AudioObjectGetPropertyData answered status {status}")
        return int(value.value)

    def running() -> bool:
        device = read_uint32(SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE)
        if device == UNKNOWN_OBJECT:
            return False  # no input device at all: nothing can be recording
        return read_uint32(device, RUNNING_SOMEWHERE) != 0

    return running


def _core_audio_library() -> Any:
    if sys.platform == "darwin":
        return ctypes.CDLL(_CORE_AUDIO)
    raise OSError("CoreAudio exists only on macOS")


class MacInputSource:
    """The default input device, running in some process or not."""

    kind = MICROPHONE
    pushes = False

    def __init__(self, running: Callable[[], bool]) -> None:
        self._running = running
        self._reason: str | None = None

    @property
    def name(self) -> str:
        """What is read."""
        return "macOS CoreAudio: default input device running somewhere"

    @property
    def available(self) -> bool:
        """Whether the last reading worked (True before the first)."""
        return self._reason is None

    @property
    def reason(self) -> str | None:
        """Why the last reading failed, or None."""
        return self._reason

    def start(self, changed: Callable[[], None]) -> None:
        """Nothing to start: read when asked."""

    def in_use(self) -> bool | None:
        """Return whether the default input device is running somewhere; None on failure."""
        try:
            answer = self._running()
        except (OSError, ValueError) as error:
            self._reason = f"CoreAudio: {error}"
            return None
        self._reason = None
        return bool(answer)

    def close(self) -> None:
        """Nothing to release."""


def mac_sources(core_audio: Any = None) -> list[CallSource]:
    """Return the microphone source (or why it cannot work) and the camera's absence."""
    camera = UnavailableCallSource(CAMERA, "camera use is not looked at on macOS")
    try:
        source = MacInputSource(input_running_function(core_audio))
    except (OSError, AttributeError) as error:
        return [UnavailableCallSource(MICROPHONE, f"CoreAudio cannot be loaded: {error}"), camera]
    if source.in_use() is None:
        return [
            UnavailableCallSource(MICROPHONE, source.reason or "CoreAudio gave no answer"),
            camera,
        ]
    return [source, camera]
