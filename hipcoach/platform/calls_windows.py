"""Microphone and webcam on Windows: the capability-access records of the registry.

Windows 10 and 11 note, per program, when it last started and stopped using
the microphone or the webcam, under
``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore``
in ``microphone`` and ``webcam``: one key per packaged app, and one per
program path under ``NonPackaged``. A program uses the device right now when
its ``LastUsedTimeStart`` is set and its ``LastUsedTimeStop`` is 0 (the same
records the privacy indicator in the taskbar reads).

The source is polled: the ``CallWatcher`` reads it at most every 10 s, and
only when a break is near, held, or a call is on. ``winreg`` is passed in
(the real module exists only on Windows; tests pass a stand-in).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from hipcoach.platform.calls import CAMERA, MICROPHONE, CallSource, UnavailableCallSource

CONSENT_STORE = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"
NON_PACKAGED = "NonPackaged"
#: The registry's name of each device, by the kind of source.
CAPABILITIES = {MICROPHONE: "microphone", CAMERA: "webcam"}


class ConsentStoreSource:
    """Whether a program uses the ``kind`` device now, by the ConsentStore records."""

    pushes = False

    def __init__(self, registry: Any, kind: str) -> None:
        self._registry = registry
        self._kind = kind
        self._path = f"{CONSENT_STORE}\\{CAPABILITIES[kind]}"
        self._reason: str | None = None
        self.users: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """``MICROPHONE`` or ``CAMERA``."""
        return self._kind

    @property
    def name(self) -> str:
        """The registry key read."""
        return f"Windows capability-access records (HKCU\\{self._path})"

    @property
    def available(self) -> bool:
        """Whether the records could be read the last time (True before the first read)."""
        return self._reason is None

    @property
    def reason(self) -> str | None:
        """Why the records cannot be read, or None."""
        return self._reason

    def start(self, changed: Callable[[], None]) -> None:
        """Nothing to start: the records are read when asked."""

    def in_use(self) -> bool | None:
        """Return whether any program's record says it is using the device now."""
        registry = self._registry
        try:
            with registry.OpenKey(registry.HKEY_CURRENT_USER, self._path) as root:
                self.users = tuple(self._users(root))
        except OSError as error:
            self._reason = f"cannot read HKCU\\{self._path}: {error}"
            return None
        self._reason = None
        return bool(self.users)

    def _users(self, root: Any) -> Iterator[str]:
        for name in _subkeys(self._registry, root):
            if name == NON_PACKAGED:
                with self._registry.OpenKey(root, name) as programs:
                    for program in _subkeys(self._registry, programs):
                        if self._using(programs, program):
                            yield program.replace("#", "\\")
            elif self._using(root, name):
                yield name

    def _using(self, parent: Any, name: str) -> bool:
        registry = self._registry
        try:
            with registry.OpenKey(parent, name) as key:
                start = _number(registry, key, "LastUsedTimeStart")
                stop = _number(registry, key, "LastUsedTimeStop")
        except OSError:
            return False
        return start is not None and start > 0 and stop == 0

    def close(self) -> None:
        """Nothing to release."""


def _subkeys(registry: Any, key: Any) -> Iterator[str]:
    index = 0
    while True:
        try:
            name = registry.EnumKey(key, index)
        except OSError:  # "no more data"
            return
        yield str(name)
        index += 1


def _number(registry: Any, key: Any, value_name: str) -> int | None:
    with contextlib.suppress(OSError):
        value, _kind = registry.QueryValueEx(key, value_name)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def windows_sources(registry: Any = None) -> list[CallSource]:
    """Return the microphone and webcam sources over ``registry`` (default: ``winreg``)."""
    if registry is None:
        try:
            import winreg  # noqa: PLC0415  (Windows only)
        except ImportError:
            why = "the Windows registry is not available here"
            return [UnavailableCallSource(MICROPHONE, why), UnavailableCallSource(CAMERA, why)]
        registry = winreg
    sources: list[CallSource] = []
    for kind in (MICROPHONE, CAMERA):
        source = ConsentStoreSource(registry, kind)
        if source.in_use() is None:
            sources.append(UnavailableCallSource(kind, source.reason or "cannot be read"))
        else:
            sources.append(source)
    return sources
