"""A private PulseAudio server for tests: its own runtime folder, a speaker and a microphone.

``SoundServer.start(folder)`` runs ``pulseaudio`` in the foreground as a child
of the test (so the test can stop it by its process id) with only what the
tests need: the native protocol on a socket in ``folder`` (anonymous, so no
cookie is shared), a null sink ``speakers`` (whose monitor is a monitor
source) and a null source ``mic`` (a microphone nobody speaks into).
Programs reach it through ``environ`` (``PULSE_SERVER``). ``missing()`` names
the Debian packages when the programs are not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.platform.dbus_fixtures import stop_process

PROGRAMS = {"pulseaudio": "pulseaudio", "pactl": "pulseaudio-utils", "parecord": "pulseaudio-utils"}


def missing() -> str | None:
    """Return why the sound-server tests cannot run here, naming the Debian packages."""
    absent = {package for program, package in PROGRAMS.items() if not shutil.which(program)}
    if absent:
        return "the sound-server tests need the Debian packages: " + " ".join(sorted(absent))
    return None


@dataclass
class SoundServer:
    """A running PulseAudio server and how to reach it."""

    process: subprocess.Popen[str]
    folder: Path

    @property
    def socket(self) -> Path:
        return self.folder / "run" / "native"

    @property
    def address(self) -> str:
        return f"unix:{self.socket}"

    @property
    def environ(self) -> dict[str, str]:
        """The environment of a program that should use this server."""
        return {
            **os.environ,
            "PULSE_SERVER": self.address,
            "HOME": str(self.folder / "home"),
            "XDG_RUNTIME_DIR": str(self.folder / "run"),
        }

    @classmethod
    def start(cls, folder: Path, timeout_s: float = 10.0) -> SoundServer:
        """Start a server whose files live in ``folder``; return once it answers."""
        for name in ("run", "home"):
            (folder / name).mkdir(mode=0o700, parents=True, exist_ok=True)
        socket = folder / "run" / "native"
        process = subprocess.Popen(
            [
                "pulseaudio",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--use-pid-file=no",
                "--disable-shm=yes",
                "-n",
                f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
                "--load=module-null-sink sink_name=speakers",
                "--load=module-null-source source_name=mic",
                "--log-target=stderr",
                "--log-level=error",
            ],
            env={
                **os.environ,
                "HOME": str(folder / "home"),
                "XDG_RUNTIME_DIR": str(folder / "run"),
            },
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        server = cls(process, folder)
        deadline = time.monotonic() + timeout_s
        while not server.answers():
            if process.poll() is not None or time.monotonic() > deadline:
                stop_process(process)
                raise RuntimeError("pulseaudio did not start")
            time.sleep(0.05)
        return server

    def answers(self) -> bool:
        done = subprocess.run(
            ["pactl", "info"],
            env=self.environ,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
            timeout=5,
        )
        return done.returncode == 0

    def record(self, device: str) -> subprocess.Popen[str]:
        """Start a program recording from ``device`` (stop it with ``stop_process``)."""
        return subprocess.Popen(
            ["parecord", f"--device={device}", os.devnull],
            env=self.environ,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )

    def stop(self) -> None:
        stop_process(self.process)
