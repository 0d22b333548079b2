"""The built wheel carries the bundled library and loads it once installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.bundled import exercise_ids

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_loads_the_library(tmp_path: Path) -> None:
    uv = shutil.which("uv")
    assert uv is not None, "uv is needed to build the wheel (it runs this test suite)"
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    subprocess.run(
        [uv, "build", "--wheel", "--out-dir", str(tmp_path / "dist"), str(REPO)],
        check=True,
        capture_output=True,
        env=env,
    )
    (wheel,) = (tmp_path / "dist").glob("hipcoach-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "hipcoach/resources/exercises/glute-bridge-hold.toml" in names
    assert "hipcoach/resources/reference/red-flags.toml" in names

    venv = tmp_path / "venv"
    subprocess.run(
        [uv, "venv", "--quiet", "--python", sys.executable, str(venv)],
        check=True,
        capture_output=True,
        env=env,
    )
    python = venv / "bin" / "python"
    # The headless commands need no Qt, so the test installs only what they use.
    subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(python), str(wheel), "--no-deps"],
        check=True,
        capture_output=True,
        env=env,
    )
    subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(python), "platformdirs", "tomli-w"],
        check=True,
        capture_output=True,
        env=env,
    )
    home = tmp_path / "home"
    result = subprocess.run(
        [str(python), "-m", "hipcoach", "library", "--json"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,  # not the source tree, so only the installed copy can be found
        env={**env, "HIPCOACH_HOME": str(home)},
    )
    exercises = json.loads(result.stdout)
    assert {item["id"] for item in exercises} == exercise_ids()  # all of resources/
    where = subprocess.run(
        [
            str(python),
            "-c",
            "from hipcoach.core.paths import bundled_resources_dir; print(bundled_resources_dir())",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    ).stdout.strip()
    assert Path(where).is_relative_to(venv), where
