"""Where hipcoach finds its bundled content and keeps the user's files."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from hipcoach import APP_NAME

#: Setting this environment variable puts every user file under one folder
#: (``config/``, ``data/``, ``cache/``, ``log/``) instead of the platform's
#: standard places. Useful for a portable install and for tests.
HOME_OVERRIDE_VARIABLE = "HIPCOACH_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The folders hipcoach reads and writes for one user."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def packs_dir(self) -> Path:
        """The folder whose sub-folders are the user's exercise packs."""
        return self.data_dir / "packs"

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Return paths that keep everything inside ``root``."""
        return cls(
            config_dir=root / "config",
            data_dir=root / "data",
            cache_dir=root / "cache",
            log_dir=root / "log",
        )

    @classmethod
    def for_user(cls, environ: Mapping[str, str] = os.environ) -> AppPaths:
        """Return the platform's standard folders, or those under ``$HIPCOACH_HOME``."""
        override = environ.get(HOME_OVERRIDE_VARIABLE)
        if override:
            return cls.under(Path(override))
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )


#: Permission bits of the folders hipcoach creates for the user's files.
PRIVATE_DIR_MODE = 0o700
#: Permission bits of the files hipcoach creates for the user's data.
PRIVATE_FILE_MODE = 0o600


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents, each readable by the user only.

    Folders that already exist keep their permissions (the user may have
    chosen them). Raises ``OSError`` when a folder cannot be created.
    """
    missing: list[Path] = []
    current = folder
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for item in reversed(missing):
        try:
            item.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            if not item.is_dir():
                raise NotADirectoryError(
                    errno.ENOTDIR, f"{item} is a file, not a folder", str(item)
                ) from None
            continue
        # mkdir's mode is filtered by the umask; make sure of the result.
        item.chmod(PRIVATE_DIR_MODE)


def make_private(path: Path) -> None:
    """Make the file ``path`` readable and writable by the user only, where possible."""
    with contextlib.suppress(OSError):
        path.chmod(PRIVATE_FILE_MODE)


def bundled_resources_dir() -> Path:
    """Return the folder of the bundled exercise library.

    In an installed wheel it sits inside the package; in a source checkout it
    is the ``resources/`` folder beside the package.
    """
    package_dir = Path(__file__).resolve().parent.parent
    installed = package_dir / "resources"
    if installed.is_dir():
        return installed
    return package_dir.parent / "resources"
