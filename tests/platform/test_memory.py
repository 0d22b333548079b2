"""Memory given back after start-up: the cached source lines go, the heap is trimmed.

And the garbage collector paused while start-up makes its objects.

Each test runs in a child process: collecting garbage and trimming the heap
in the middle of the test session would touch whatever Qt objects earlier
tests left behind.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hipcoach.platform import memory

GIVE_BACK = """
import json, linecache, sys
from hipcoach.platform.memory import give_back_memory
linecache.getlines(linecache.__file__)
before = len(linecache.cache)
trimmed = give_back_memory(platform=sys.argv[1])
print(json.dumps({"before": before, "after": len(linecache.cache), "trimmed": trimmed}))
"""

APP = """
import sys
from PySide6.QtWidgets import QApplication
import hipcoach.app as app
import hipcoach.start as start
real = start.give_back_memory
coaches = []
init = app.HipCoach.__init__
def remembered(self, *args, **kwargs):
    init(self, *args, **kwargs)
    coaches.append(self)
app.HipCoach.__init__ = remembered
def given_back():
    print("given back", real(), flush=True)
    print("break pieces built", [coach.breaks_built for coach in coaches], flush=True)
    QApplication.quit()
start.give_back_memory = given_back
start.GIVE_BACK_MEMORY_AFTER_MS = 1000
sys.exit(start.run_app())
"""


def run(code: str, *arguments: str, home: Path | None = None) -> str:
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if home is not None:
        environ["HIPCOACH_HOME"] = str(home)
    done = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=environ,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_the_cached_source_lines_go_and_glibc_trims_its_heap() -> None:
    result = json.loads(run(GIVE_BACK, sys.platform))
    assert result == {"before": 1, "after": 0, "trimmed": True}


def test_elsewhere_only_python_lets_go() -> None:
    result = json.loads(run(GIVE_BACK, "win32"))
    assert result == {"before": 1, "after": 0, "trimmed": False}


def test_the_app_gives_memory_back_once_started(tmp_path: Path) -> None:
    lines = run(APP, home=tmp_path).splitlines()
    assert lines == [f"given back {sys.platform.startswith('linux')}", "break pieces built [True]"]


@pytest.fixture
def collector() -> Iterator[None]:
    """Leave the garbage collector as the test found it."""
    enabled = gc.isenabled()
    yield
    memory.release_collection()
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector")
def test_start_up_pauses_the_collector_and_resumes_it_once() -> None:
    gc.enable()
    memory.hold_collection()
    assert not gc.isenabled()
    memory.release_collection()
    assert gc.isenabled()
    gc.disable()  # someone else's decision from now on
    memory.release_collection()
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_a_collector_paused_before_start_up_stays_paused() -> None:
    gc.disable()
    memory.hold_collection()
    memory.release_collection()
    assert not gc.isenabled()
