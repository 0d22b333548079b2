"""What a screen reader gets: hipcoach's accessibility tree read over AT-SPI.

Orca and other Linux screen readers read applications through AT-SPI. This
test starts Xvfb, a private session bus and the accessibility bus launcher,
then hipcoach (``a11y_app.py``, with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``)
and a reader (``atspi_walker.py``, on the system Python that has pyatspi).
At every stop of ``tests/a11y_tour.py`` (each page, each dialog, the break
card) it reads the whole tree on show and fails on:

- an interactive control (button, check box, radio button, combo box, spin
  box, text field, slider, table, list, tab, menu item …) without a name;
- a label whose name is not what it shows (a word like "Cue" standing in for
  the cue); labels are matched to hipcoach's own by their place on screen.

It also follows the countdown through a 30-second hold: the name a screen
reader reads is the one hipcoach gives, and it changes only a few times.
Skipped when the pieces are missing (Debian: xvfb dbus-daemon at-spi2-core
python3-pyatspi libxcb-cursor0).
"""

from __future__ import annotations

import ctypes.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from hipcoach.platform.notifier import MESSAGE_BUS, call
from tests.a11y_checks import name_carries_content
from tests.a11y_tour import STOPS
from tests.platform.dbus_fixtures import PrivateBus, read_line, start_xvfb, stop_process
from tests.platform.test_desktop_x11 import wait_for

pytestmark = [pytest.mark.desktop]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")

#: AT-SPI roles of controls a user acts on: each needs a name. (Scroll bars
#: are left out: they are not in the Tab order and say what they scroll.)
INTERACTIVE_ROLES = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "combo box",
        "spin button",
        "text",  # line edits and text areas (labels are "label")
        "entry",
        "password text",
        "slider",
        "dial",
        "table",
        "tree table",
        "list",
        "list box",
        "tree",
        "page tab list",
        "page tab",
        "menu item",
        "check menu item",
        "radio menu item",
        "calendar",
        "date editor",
    }
)
#: The stops that show a dialog over the window.
DIALOG_STOPS = frozenset(
    {
        "confirm-stop",
        "pack-problems",
        "exercise-editor",
        "routine-editor",
        "routine-add-exercise",
        "report-save",
        "export-folder",
        "restore-defaults",
        "about",
        "pain-check",
        "safety-questions",
        "safety-advice",
        "caution",
        "figure-editor",
    }
)
WINDOW_ROLES = frozenset({"frame", "dialog", "alert", "file chooser", "window"})
#: How many seconds of a hold the countdown is followed for.
HOLD_SECONDS = 30


def launcher() -> str | None:
    """Return the accessibility bus launcher's path, if it is installed."""
    return next((path for path in LAUNCHERS if os.access(path, os.X_OK)), None)


def missing_pieces() -> str | None:
    """Return what this machine lacks for the AT-SPI test, naming the Debian packages."""
    missing = {
        package
        for program, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus-daemon"))
        if not shutil.which(program)
    }
    if launcher() is None:
        missing.add("at-spi2-core")
    if ctypes.util.find_library("xcb-cursor") is None:
        missing.add("libxcb-cursor0")
    if (
        not os.access(SYSTEM_PYTHON, os.X_OK)
        or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False, timeout=30
        ).returncode
    ):
        missing.add("python3-pyatspi")
    if missing:
        return "the AT-SPI test needs the Debian packages: " + " ".join(sorted(missing))
    return None


def _owned(address: str, name: str) -> bool:
    (owned,) = call(address, MESSAGE_BUS, "NameHasOwner", "s", [name], timeout_s=1.0)
    return bool(owned)


@dataclass
class Talker:
    """A child process that answers each command line with one JSON line."""

    process: subprocess.Popen[str]

    @classmethod
    def start(cls, command: list[str], environ: dict[str, str], log: Path) -> Talker:
        with log.open("w") as errors:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
                env=environ,
                cwd=ROOT,
            )
        return cls(process)

    def answer(self, timeout_s: float = 30.0) -> Any:
        """Return the next JSON line the process prints."""
        return json.loads(read_line(self.process, timeout_s))

    def ask(self, line: str, timeout_s: float = 30.0) -> Any:
        """Send ``line``; return the JSON answer."""
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.answer(timeout_s)


@dataclass
class ScreenReaderView:
    """hipcoach on a desktop with an accessibility bus, and a reader of its tree."""

    app: Talker
    reader: Talker


@pytest.fixture(scope="module")
def screen_reader_view(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScreenReaderView]:
    missing = missing_pieces()
    if missing:
        pytest.skip(missing)
    folder = tmp_path_factory.mktemp("atspi")
    processes: list[subprocess.Popen[str]] = []
    bus: PrivateBus | None = None
    try:
        display = start_xvfb(processes)
        bus = PrivateBus.start(folder / "bus")
        environ = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus.address}
        for variable in ("WAYLAND_DISPLAY", "AT_SPI_BUS_ADDRESS", "QT_QPA_PLATFORM"):
            environ.pop(variable, None)
        bus_launcher = launcher()
        assert bus_launcher is not None
        processes.append(
            subprocess.Popen(
                [bus_launcher, "--launch-immediately"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                text=True,
                env=environ,
            )
        )
        address = bus.address
        wait_for(lambda: _owned(address, "org.a11y.Bus"), "the accessibility bus launcher")
        app = Talker.start(
            [sys.executable, "-m", "tests.platform.a11y_app", str(folder / "home")],
            {**environ, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"},
            folder / "app.log",
        )
        processes.append(app.process)
        pid = app.answer(60.0)["ready"]
        reader = Talker.start(
            [SYSTEM_PYTHON, str(HERE / "atspi_walker.py"), str(pid)], environ, folder / "reader.log"
        )
        processes.append(reader.process)
        assert reader.answer(30.0) == {"ready": True}
        yield ScreenReaderView(app, reader)
        app.ask("quit")
    finally:
        for process in reversed(processes):
            stop_process(process)
        if bus is not None:
            bus.stop()


def problems_in(nodes: list[dict[str, Any]], labels: list[dict[str, Any]]) -> list[str]:
    """Return a line for each unnamed control and each label not named by its content."""
    shown = {tuple(label["rect"]): label["text"] for label in labels}
    problems = []
    for node in nodes:
        role, name, where = node["role"], node["name"], node["id"]
        if role in INTERACTIVE_ROLES and not name.strip():
            problems.append(f"{role} without a name: {where}")
        if role == "label":
            text = shown.get(tuple(node["extents"]))
            if text is not None and not name_carries_content(name, text):
                problems.append(f"label named {name!r} shows {text!r}: {where}")
    return problems


def paired_labels(nodes: list[dict[str, Any]], labels: list[dict[str, Any]]) -> int:
    """Return how many labels read over AT-SPI were matched to hipcoach's by their place."""
    places = {tuple(label["rect"]) for label in labels}
    return sum(1 for node in nodes if node["role"] == "label" and tuple(node["extents"]) in places)


def test_every_stop_names_its_controls_and_its_labels_by_content(
    screen_reader_view: ScreenReaderView,
) -> None:
    app, reader = screen_reader_view.app, screen_reader_view.reader
    problems: dict[str, list[str]] = {}
    for stop in STOPS:
        shown = app.ask(f"visit {stop}")
        assert shown["stop"] == stop
        nodes = reader.ask("walk")["nodes"]
        windows = [node for node in nodes if node["role"] in WINDOW_ROLES]
        assert windows, f"{stop}: no window of hipcoach on the accessibility bus"
        if stop in DIALOG_STOPS:
            assert len(windows) >= 2, f"{stop}: the dialog is not on the accessibility bus"
        places = {tuple(label["rect"]) for label in shown["labels"]}  # a dialog's once
        assert paired_labels(nodes, shown["labels"]) >= min(5, len(places)), stop
        problems[stop] = problems_in(nodes, shown["labels"])
        app.ask("leave")
    app.ask("end-break")
    report = "\n".join(f"{stop}: {line}" for stop, lines in problems.items() for line in lines)
    assert not report, report


def test_the_countdown_reaches_a_screen_reader_a_few_times_a_hold(
    screen_reader_view: ScreenReaderView,
) -> None:
    app, reader = screen_reader_view.app, screen_reader_view.reader
    app.ask("visit session-hold")
    assert reader.ask("watch Countdown") == {"watching": True}
    heard = []
    for _ in range(HOLD_SECONDS - 2):  # the hold is at least this long
        shown = app.ask("tick")
        read = reader.ask("read")["name"]
        assert read == shown["name"], shown  # what Qt says is what the reader gets
        heard.append(read)
    changes = [name for before, name in pairwise(heard) if name != before]
    assert 2 <= len(changes) <= HOLD_SECONDS // 4, heard
    assert all(name.endswith(("seconds left", "second left")) for name in heard), heard
    app.ask("leave")
