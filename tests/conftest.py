"""Test set-up shared by every test.

Qt runs on the offscreen platform unless the caller chose another, and every
folder platformdirs would hand out points into a temporary directory, so no
test reads or writes the real user's files.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_USER_DIR_VARIABLES = (
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
)

# Until the first test starts (collection, imports) point at a throwaway home.
_session_home = Path(tempfile.mkdtemp(prefix="hipcoach-tests-"))
os.environ["HOME"] = str(_session_home)
for _variable in _USER_DIR_VARIABLES:
    os.environ[_variable] = str(_session_home / _variable.lower())
os.environ.pop("HIPCOACH_HOME", None)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Give each test its own empty home and XDG folders; yield the home."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(home))
        for variable in _USER_DIR_VARIABLES:
            folder = home / variable.lower()
            folder.mkdir(mode=0o700)
            patch.setenv(variable, str(folder))
        patch.delenv("HIPCOACH_HOME", raising=False)
        yield home


@pytest.fixture(autouse=True, scope="session")
def pinned_locale() -> None:
    """Pin Qt's default locale: dates and numbers are written the locale's way.

    What the tests read then does not depend on the machine running them.
    """
    from PySide6.QtCore import QLocale  # noqa: PLC0415 - only once Qt is needed anyway

    QLocale.setDefault(QLocale.c())
