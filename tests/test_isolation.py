"""The test environment itself: no real user files, a Qt-free core, a scheduler without files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hipcoach.core.paths import AppPaths


def test_user_paths_point_into_the_test_home(isolated_user_dirs: Path) -> None:
    paths = AppPaths.for_user()
    for folder in (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir):
        assert folder.is_relative_to(isolated_user_dirs), folder


def test_hipcoach_home_variable_keeps_everything_in_one_folder(tmp_path: Path) -> None:
    paths = AppPaths.for_user({"HIPCOACH_HOME": str(tmp_path)})
    assert paths.config_dir == tmp_path / "config"
    assert paths.packs_dir == tmp_path / "data" / "packs"


def test_core_imports_no_qt() -> None:
    script = (
        "import importlib, pkgutil, sys\n"
        "import hipcoach.core as core\n"
        "for info in pkgutil.walk_packages(core.__path__, 'hipcoach.core.'):\n"
        "    importlib.import_module(info.name)\n"
        "import hipcoach.cli\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(len([m for m in sys.modules if m.startswith('hipcoach.core.')]))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    module_count, qt_modules = result.stdout.splitlines()
    assert int(module_count) >= 8, "the walk should have imported every core module"
    assert qt_modules == "", f"the core (and the CLI) loaded Qt: {qt_modules}"


def test_the_reminder_scheduler_loads_the_settings_values_but_not_their_file() -> None:
    """The scheduler needs the break settings, not the TOML form or the store behind them."""
    script = (
        "import sys\n"
        "import hipcoach.core.reminders\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('hipcoach', 'tomli')))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    loaded = set(result.stdout.strip().split(","))
    assert {"hipcoach.core.settings.values", "hipcoach.core.settings.working_hours"} <= loaded
    unwanted = {
        "tomli_w",
        "hipcoach.core.settings.toml_form",
        "hipcoach.core.settings.store",
        "hipcoach.core.atomic",
    }
    assert sorted(loaded & unwanted) == []
