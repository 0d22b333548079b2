"""``hipcoach install-desktop``: put hipcoach into the Linux desktop's menus (no Qt needed).

A pip or uv install puts only a ``hipcoach`` script on disk; desktops find
apps through files in XDG data folders. ``install_desktop()`` copies

- the desktop entry into ``<data_home>/applications/``, with each ``Exec=``
  pointed at the given command (the script's full path, since a menu does
  not search a virtual environment's ``bin``),
- the AppStream metainfo into ``<data_home>/metainfo/``,
- the app icon into ``<data_home>/icons/hicolor/<N>x<N>/apps/`` and
  ``.../scalable/apps/``,

and ``uninstall_desktop()`` removes exactly those files again. ``--user``
means ``$XDG_DATA_HOME`` (or ``~/.local/share``); system-wide means
``/usr/local/share``.

The files come from ``desktop_source_dir()``: ``hipcoach/desktop/`` inside an
installed package, or ``packaging/linux/`` in a source checkout.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from hipcoach.platform.autostart import quote_exec_argument
from hipcoach.platform.identity import APP_ID

DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
#: The hicolor sizes the package ships as PNG (plus the scalable SVG).
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
#: Where a system-wide install goes.
SYSTEM_DATA_HOME = Path("/usr/local/share")
#: The program name the packaged desktop entry runs; ``install_desktop`` replaces it.
PACKAGED_COMMAND = "hipcoach"

_EXEC_LINE = re.compile(rf"^Exec={re.escape(PACKAGED_COMMAND)}(?=\s|$)")

#: Runs one helper command; returns its exit status. Raises ``OSError`` if it cannot start.
Runner = Callable[[Sequence[str]], int]


def desktop_source_dir() -> Path:
    """Return the folder holding the desktop entry, metainfo and ``icons/hicolor``.

    ``hipcoach/desktop/`` in an installed wheel; ``packaging/linux/`` beside the
    package in a source checkout.
    """
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "desktop"
    if installed.is_dir():
        return installed
    return package_dir.parent / "packaging" / "linux"


def default_data_home(
    user: bool, environ: Mapping[str, str] = os.environ, home: Path | None = None
) -> Path:
    """Return ``$XDG_DATA_HOME`` or ``~/.local/share`` for ``user``, else ``/usr/local/share``."""
    if not user:
        return SYSTEM_DATA_HOME
    value = environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = home if home is not None else Path(environ.get("HOME") or Path.home())
    return home / ".local" / "share"


def _files(source: Path, data_home: Path) -> list[tuple[Path, Path]]:
    """Return (source file, installed file) for everything the install copies."""
    pairs = [
        (source / DESKTOP_FILE, data_home / "applications" / DESKTOP_FILE),
        (source / METAINFO_FILE, data_home / "metainfo" / METAINFO_FILE),
    ]
    for size in ICON_SIZES:
        relative = Path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")
        pairs.append((source / relative, data_home / relative))
    relative = Path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")
    pairs.append((source / relative, data_home / relative))
    return pairs


def rewrite_exec(desktop_entry: str, command: str) -> str:
    """Return ``desktop_entry`` with every ``Exec=hipcoach …`` running ``command`` instead."""
    program = quote_exec_argument(command)
    return "".join(
        _EXEC_LINE.sub(lambda _: f"Exec={program}", line)
        for line in desktop_entry.splitlines(keepends=True)
    )


def _run(argv: Sequence[str]) -> int:
    return subprocess.run(list(argv), capture_output=True, check=False, timeout=60).returncode


def refresh_caches(
    data_home: Path,
    *,
    runner: Runner = _run,
    which: Callable[[str], str | None] | None = None,
) -> list[str]:
    """Run ``update-desktop-database`` and ``gtk-update-icon-cache`` where they apply.

    Missing tools and failures are not errors: desktops notice new files
    anyway, at the latest at the next login. Returns notes about what did not run.
    """
    which = which if which is not None else shutil.which
    notes: list[str] = []
    jobs: list[list[str]] = [["update-desktop-database", "-q", str(data_home / "applications")]]
    hicolor = data_home / "icons" / "hicolor"
    # A theme folder without index.theme (the usual ~/.local/share/icons/hicolor)
    # needs no cache, and a cache there would go stale when other apps add icons.
    if (hicolor / "index.theme").is_file():
        jobs.append(["gtk-update-icon-cache", "-q", "-t", str(hicolor)])
    for argv in jobs:
        if which(argv[0]) is None:
            notes.append(f"{argv[0]} is not installed; skipped it")
            continue
        try:
            status = runner(argv)
        except (OSError, subprocess.SubprocessError) as error:
            notes.append(f"{argv[0]} did not run: {error}")
            continue
        if status != 0:
            notes.append(f"{argv[0]} failed with status {status}; ignored")
    return notes


def install_desktop(
    user: bool,
    *,
    data_home: Path | None = None,
    source: Path | None = None,
    command: str,
    notes: list[str] | None = None,
    runner: Runner | None = _run,
) -> list[Path]:
    """Install the desktop entry, metainfo and icons; return the files written.

    ``data_home`` defaults to ``default_data_home(user)``; ``source`` to
    ``desktop_source_dir()``. ``command`` (the ``hipcoach`` program's path)
    replaces ``hipcoach`` in every ``Exec=``. Notes about cache tools are
    appended to ``notes``; ``runner=None`` skips the tools. Raises
    ``FileNotFoundError`` when a source file is missing (before writing
    anything) and ``OSError`` when a file cannot be written.
    """
    data_home = data_home if data_home is not None else default_data_home(user)
    source = source if source is not None else desktop_source_dir()
    pairs = _files(source, data_home)
    missing = [str(src) for src, _ in pairs if not src.is_file()]
    if missing:
        raise FileNotFoundError(f"hipcoach's desktop files are missing: {', '.join(missing)}")
    written: list[Path] = []
    for src, target in pairs:
        target.parent.mkdir(parents=True, exist_ok=True)
        if src.name == DESKTOP_FILE:
            text = rewrite_exec(src.read_text(encoding="utf-8"), command)
            target.write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(src, target)
        target.chmod(0o644)
        written.append(target)
    if runner is not None:
        found = refresh_caches(data_home, runner=runner)
        if notes is not None:
            notes.extend(found)
    return written


def uninstall_desktop(
    user: bool,
    *,
    data_home: Path | None = None,
    source: Path | None = None,
    notes: list[str] | None = None,
    runner: Runner | None = _run,
) -> list[Path]:
    """Remove the files ``install_desktop`` writes; return those that were there.

    Folders stay (they are the desktop's own). ``source`` is accepted for
    symmetry; the file names do not depend on it.
    """
    data_home = data_home if data_home is not None else default_data_home(user)
    source = source if source is not None else desktop_source_dir()
    removed: list[Path] = []
    for _, target in _files(source, data_home):
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    if runner is not None and removed:
        found = refresh_caches(data_home, runner=runner)
        if notes is not None:
            notes.extend(found)
    return removed


def hipcoach_command(argv0: str = sys.argv[0], executable: str = sys.executable) -> str:
    """Return the full path of the ``hipcoach`` program to write into ``Exec=``.

    The script that is running when it is called ``hipcoach``; otherwise the
    one beside the Python interpreter (a virtual environment's ``bin``); else
    the one on ``PATH``; else plain ``hipcoach``.
    """
    running = Path(argv0)
    if running.name == PACKAGED_COMMAND and running.is_file():
        return str(running.resolve())
    beside = Path(executable).parent / PACKAGED_COMMAND
    if beside.is_file():
        return str(beside)
    return shutil.which(PACKAGED_COMMAND) or PACKAGED_COMMAND


def run_install_desktop(
    *, user: bool, uninstall: bool, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    """Do ``hipcoach install-desktop [--system] [--uninstall]``; return the exit status."""
    notes: list[str] = []
    try:
        if uninstall:
            paths = uninstall_desktop(user, notes=notes)
            verb = "removed"
        else:
            paths = install_desktop(user, command=hipcoach_command(), notes=notes)
            verb = "installed"
    except OSError as error:
        print(f"hipcoach: {error}", file=err)
        if not user and isinstance(error, PermissionError):
            print("hipcoach: a system-wide install needs root (try sudo)", file=err)
        return 1
    for path in paths:
        print(f"{verb} {path}", file=out)
    if not paths:
        print(f"nothing to do: no hipcoach desktop files in {default_data_home(user)}", file=out)
    for note in notes:
        print(f"note: {note}", file=out)
    return 0
