"""What ships in resources/, read from the files themselves.

A test that means "every bundled exercise" asks here instead of writing down
a number or a list of ids, so adding an exercise or a routine to resources/
breaks no test that is not about that exercise. The files are read with
``tomllib``, not with hipcoach's loader, so a loader that drops a file still
fails the tests that compare against these figures.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from hipcoach.core.paths import bundled_resources_dir

#: The bundled pack: resources/ in the source tree, or the installed copy.
BUNDLED_DIR = bundled_resources_dir()


@cache
def _tables(folder: str) -> tuple[dict[str, Any], ...]:
    """Return the TOML tables of ``resources/<folder>/*.toml``, in file name order."""
    files = sorted((BUNDLED_DIR / folder).glob("*.toml"))
    return tuple(tomllib.loads(path.read_text(encoding="utf-8")) for path in files)


def exercise_ids(category: str | None = None) -> frozenset[str]:
    """Return the ids of the bundled exercises (of one ``category`` if given)."""
    return frozenset(
        table["id"]
        for table in _tables("exercises")
        if category is None or table["category"] == category
    )


def exercise_count(category: str | None = None) -> int:
    """Return how many exercises are bundled (of one ``category`` if given)."""
    return len(exercise_ids(category))


def routine_ids() -> frozenset[str]:
    """Return the ids of the bundled routines (routine files)."""
    return frozenset(table["id"] for table in _tables("protocols"))


def toml_files() -> list[Path]:
    """Return every TOML file of the bundled pack, in path order."""
    return sorted(BUNDLED_DIR.rglob("*.toml"))
