"""Cameras on Linux: a ``/dev/video*`` device held open by another program of this user.

Video4Linux keeps no count of its users, so the source looks where the
kernel lists every process's open files: ``/proc/<pid>/fd``, for this user's
processes other than hipcoach. A scan reads a few hundred links and takes a
few milliseconds, so it runs only when asked (the ``CallWatcher`` asks at
most every 10 s, and only when a break is near, held, or a call is on); with
no camera attached it reads nothing at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from hipcoach.platform.calls import CAMERA, UnavailableCallSource


class CameraSource:
    """Whether a process of ``uid`` other than ``own_pid`` holds a ``video*`` device open.

    ``proc`` and ``dev`` are the process and device folders (``/proc``,
    ``/dev``); tests pass folders of their own.
    """

    kind = CAMERA
    pushes = False

    def __init__(
        self,
        proc: Path = Path("/proc"),
        dev: Path = Path("/dev"),
        *,
        uid: int | None = None,
        own_pid: int | None = None,
    ) -> None:
        self._proc = proc
        self._dev = dev
        self._uid = os.getuid() if uid is None else uid
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._reason: str | None = None
        self.holders: tuple[int, ...] = ()

    @property
    def name(self) -> str:
        """What is looked at."""
        return f"{self._dev}/video* held open by your programs (read from {self._proc})"

    @property
    def available(self) -> bool:
        """True: the process table can be read."""
        return True

    @property
    def reason(self) -> str | None:
        """Why the last scan failed, or None."""
        return self._reason

    def start(self, changed: object) -> None:
        """Nothing to start: the source is read when asked."""

    def in_use(self) -> bool | None:
        """Return whether another process of the user holds a camera open (None on failure)."""
        try:
            devices = {str(path) for path in self._dev.glob("video*")}
            self.holders = self._holders(devices) if devices else ()
        except OSError as error:
            self._reason = f"cannot read {self._proc}: {error}"
            return None
        self._reason = None
        return bool(self.holders)

    def _holders(self, devices: set[str]) -> tuple[int, ...]:
        found: list[int] = []
        for entry in os.scandir(self._proc):
            if not entry.name.isdigit() or int(entry.name) == self._own_pid:
                continue
            try:
                if entry.stat().st_uid != self._uid:
                    continue
                descriptors = os.scandir(Path(entry.path) / "fd")
            except OSError:
                continue  # gone meanwhile, or not ours to read
            with descriptors:
                for descriptor in descriptors:
                    try:
                        target = os.readlink(descriptor.path)
                    except OSError:
                        continue
                    if target in devices:
                        found.append(int(entry.name))
                        break
        return tuple(found)

    def close(self) -> None:
        """Nothing to release."""


def create_camera_source(
    proc: Path = Path("/proc"), dev: Path = Path("/dev")
) -> CameraSource | UnavailableCallSource:
    """Return the camera source, or say why the process table cannot be read."""
    if not (proc / "self" / "fd").is_dir():
        return UnavailableCallSource(CAMERA, f"{proc} does not list open files here")
    return CameraSource(proc, dev)
