"""Starting hipcoach when the user logs in (so break reminders run without thinking of it).

Linux and other XDG desktops: a ``.desktop`` file in
``$XDG_CONFIG_HOME/autostart/`` (deleted to turn it off). Windows: a value
under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``. macOS: a
LaunchAgent property list in ``~/Library/LaunchAgents``. Each adds
``--autostart`` to the command, so the app can start quietly in the tray.

``enable()`` and ``disable()`` raise ``OSError`` when the change cannot be
made; ``is_enabled()`` never raises.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from hipcoach.core.atomic import write_atomic
from hipcoach.core.paths import AppPaths
from hipcoach.platform.identity import APP_ID

AUTOSTART_ARGUMENT = "--autostart"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE_NAME = "hipcoach"

# Characters that force an Exec argument into double quotes (Desktop Entry spec).
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# Characters escaped with a backslash inside a quoted Exec argument.
_EXEC_QUOTED_ESCAPES = set('"`$\\')


class Autostart(Protocol):
    """Turns "start hipcoach at login" on and off."""

    @property
    def location(self) -> str:
        """Where the setting lives (a file path or registry value), for the user to see."""
        ...

    def is_enabled(self) -> bool:
        """Return True when hipcoach starts at login (never raises)."""
        ...

    def enable(self) -> None:
        """Start hipcoach at login from now on; raises ``OSError`` on failure."""
        ...

    def disable(self) -> None:
        """Stop starting hipcoach at login; raises ``OSError`` on failure."""
        ...


# --- XDG (Linux, BSD) ---------------------------------------------------------


def quote_exec_argument(argument: str) -> str:
    """Quote one argument for a desktop file's ``Exec`` key, string escaping included.

    ``%`` becomes ``%%`` (field codes); an argument with a reserved character
    goes in double quotes with ``"`` `` ` `` ``$`` ``\\`` backslash-escaped; then
    every backslash is doubled, as the key's string escaping requires. Raises
    ``ValueError`` for control characters, which ``Exec`` cannot hold.
    """
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in argument):
        raise ValueError(f"a desktop file cannot start a command containing {argument!r}")
    argument = argument.replace("%", "%%")
    if argument == "" or any(char in _EXEC_RESERVED for char in argument):
        escaped = "".join(
            "\\" + char if char in _EXEC_QUOTED_ESCAPES else char for char in argument
        )
        argument = f'"{escaped}"'
    return argument.replace("\\", "\\\\")


def desktop_entry(command: Sequence[str], *, icon: str = APP_ID) -> str:
    """Return the text of an autostart desktop entry that runs ``command --autostart``."""
    exec_line = " ".join(quote_exec_argument(part) for part in [*command, AUTOSTART_ARGUMENT])
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=hipcoach\n"
        "Comment=Movement-break reminders for tight hip flexors\n"
        f"Exec={exec_line}\n"
        f"Icon={icon}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def xdg_config_home(environ: Mapping[str, str], home: Path) -> Path:
    """Return ``$XDG_CONFIG_HOME``, or ``~/.config`` when it is unset or relative."""
    value = environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if value and os.path.isabs(value) else home / ".config"


class XdgAutostart:
    """An autostart desktop file, ``<config_home>/autostart/<desktop_id>.desktop``.

    Enabled while the file exists and neither ``Hidden=true`` nor
    ``X-GNOME-Autostart-enabled=false`` (what desktop settings write to turn
    an entry off) is in it.
    """

    def __init__(self, config_home: Path, desktop_id: str, exec_command: Sequence[str]) -> None:
        if not exec_command:
            raise ValueError("the autostart command is empty")
        self.path = config_home / "autostart" / f"{desktop_id}.desktop"
        self._command = tuple(exec_command)
        self._desktop_id = desktop_id

    @property
    def location(self) -> str:
        """The desktop file's path."""
        return str(self.path)

    def is_enabled(self) -> bool:
        """Return True when the file exists and is not switched off inside."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        keys = _desktop_entry_keys(text)
        return (
            keys.get("Hidden", "false").strip().lower() != "true"
            and keys.get("X-GNOME-Autostart-enabled", "true").strip().lower() != "false"
        )

    def enable(self) -> None:
        """Write the desktop file (atomically), replacing any older one."""
        data = desktop_entry(self._command, icon=self._desktop_id).encode("utf-8")
        write_atomic(self.path, data, keep_backup=False)

    def disable(self) -> None:
        """Delete the desktop file (nothing to do when it is missing)."""
        self.path.unlink(missing_ok=True)


def _desktop_entry_keys(text: str) -> dict[str, str]:
    keys: dict[str, str] = {}
    group = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line:
            key, _, value = line.partition("=")
            keys[key.strip()] = value.strip()
    return keys


# --- Windows ------------------------------------------------------------------


class RunKeyStore(Protocol):
    """The string values of one registry key (the per-user Run key)."""

    def get(self, name: str) -> str | None:
        """Return the value ``name``, or None when it does not exist."""
        ...

    def set(self, name: str, value: str) -> None:
        """Create or replace the string value ``name``; raises ``OSError`` on failure."""
        ...

    def delete(self, name: str) -> None:
        """Remove the value ``name`` (no error when it is missing); raises ``OSError``."""
        ...


class WinregRunKeyStore:
    """``HKEY_CURRENT_USER\\...\\Run`` through ``winreg`` (Windows only)."""

    def get(self, name: str) -> str | None:
        """Return the value ``name`` of the Run key, or None."""
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415  (exists only on Windows)

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                    value, _ = winreg.QueryValueEx(key, name)
            except OSError:
                return None
            return str(value)
        return None

    def set(self, name: str, value: str) -> None:
        """Write the string value ``name`` under the Run key."""
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415

            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)
            return
        raise OSError("the Windows registry exists only on Windows")

    def delete(self, name: str) -> None:
        """Delete the value ``name`` under the Run key, if present."""
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415

            try:
                with winreg.OpenKey(
                    winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE
                ) as key:
                    winreg.DeleteValue(key, name)
            except FileNotFoundError:
                return
            return
        raise OSError("the Windows registry exists only on Windows")


class WindowsRunKey:
    """Autostart as the value ``hipcoach`` of the per-user Run key: the quoted command line."""

    def __init__(
        self, registry: RunKeyStore, command: Sequence[str], value_name: str = RUN_VALUE_NAME
    ) -> None:
        if not command:
            raise ValueError("the autostart command is empty")
        self._registry = registry
        self._command = tuple(command)
        self._value_name = value_name

    @property
    def location(self) -> str:
        """The registry value."""
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{self._value_name}"

    @property
    def command_line(self) -> str:
        """The command line ``enable()`` writes (Windows quoting)."""
        return subprocess.list2cmdline([*self._command, AUTOSTART_ARGUMENT])

    def is_enabled(self) -> bool:
        """Return True when the Run value exists."""
        try:
            return self._registry.get(self._value_name) is not None
        except OSError:
            return False

    def enable(self) -> None:
        """Write the Run value (replacing one that points at an older location)."""
        self._registry.set(self._value_name, self.command_line)

    def disable(self) -> None:
        """Delete the Run value."""
        self._registry.delete(self._value_name)


# --- macOS --------------------------------------------------------------------


class MacLaunchAgent:
    """Autostart as ``~/Library/LaunchAgents/<label>.plist`` with ``RunAtLoad``.

    launchd reads the folder at login; ``log_dir`` (when given) receives the
    app's stdout and stderr from such a start.
    """

    def __init__(
        self,
        home: Path,
        command: Sequence[str],
        *,
        label: str = APP_ID,
        log_dir: Path | None = None,
    ) -> None:
        if not command:
            raise ValueError("the autostart command is empty")
        self.path = home / "Library" / "LaunchAgents" / f"{label}.plist"
        self._command = tuple(command)
        self._label = label
        self._log_dir = log_dir

    @property
    def location(self) -> str:
        """The property list's path."""
        return str(self.path)

    def agent(self) -> dict[str, object]:
        """Return the LaunchAgent's keys as ``enable()`` writes them."""
        agent: dict[str, object] = {
            "Label": self._label,
            "ProgramArguments": [*self._command, AUTOSTART_ARGUMENT],
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        if self._log_dir is not None:
            agent["StandardOutPath"] = str(self._log_dir / "launch-agent.log")
            agent["StandardErrorPath"] = str(self._log_dir / "launch-agent.log")
        return agent

    def is_enabled(self) -> bool:
        """Return True when the file exists, parses, runs at load and is not disabled."""
        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return (
            isinstance(agent, dict)
            and agent.get("RunAtLoad") is True
            and agent.get("Disabled") is not True
        )

    def enable(self) -> None:
        """Write the property list (atomically)."""
        write_atomic(self.path, plistlib.dumps(self.agent()), keep_backup=False)

    def disable(self) -> None:
        """Delete the property list (nothing to do when it is missing)."""
        self.path.unlink(missing_ok=True)


def create_autostart(
    paths: AppPaths,
    command: Sequence[str],
    *,
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
    registry: RunKeyStore | None = None,
) -> Autostart:
    """Return this platform's autostart for ``command`` (the argv that starts hipcoach).

    ``paths.log_dir`` receives a macOS login start's output.
    """
    home = home if home is not None else Path(environ.get("HOME") or Path.home())
    if platform == "win32":
        return WindowsRunKey(registry if registry is not None else WinregRunKeyStore(), command)
    if platform == "darwin":
        return MacLaunchAgent(home, command, log_dir=paths.log_dir)
    return XdgAutostart(xdg_config_home(environ, home), APP_ID, command)
