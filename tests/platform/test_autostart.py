"""Start at login: XDG desktop file, Windows Run key (fake registry), macOS LaunchAgent."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from hipcoach.core.paths import AppPaths
from hipcoach.platform.autostart import (
    MacLaunchAgent,
    WindowsRunKey,
    WinregRunKeyStore,
    XdgAutostart,
    create_autostart,
    desktop_entry,
    quote_exec_argument,
)
from hipcoach.platform.identity import APP_ID

COMMAND = ["/usr/bin/python3", "-m", "hipcoach"]


def parse_exec(value: str) -> list[str]:
    """Split an ``Exec`` value the way the Desktop Entry specification says a launcher does.

    First the string-value escapes (``\\s \\n \\t \\r \\\\``), then the argument
    quoting, then the field-code escape ``%%``.
    """
    return [argument.replace("%%", "%") for argument in _split_arguments(_unescape(value))]


def _unescape(value: str) -> str:
    out = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(following, following))
        else:
            out.append(char)
    return "".join(out)


def _split_arguments(text: str) -> list[str]:
    arguments: list[str] = []
    current: list[str] | None = None  # None: between arguments
    chars = iter(text)
    for char in chars:
        if char == " ":
            if current is not None:
                arguments.append("".join(current))
            current = None
            continue
        current = [] if current is None else current
        if char != '"':
            current.append(char)
            continue
        for inner in chars:  # inside double quotes, up to the closing one
            if inner == '"':
                break
            current.append(next(chars) if inner == "\\" else inner)
        else:
            raise AssertionError(f"unbalanced quotes in {text!r}")
    if current is not None:
        arguments.append("".join(current))
    return arguments


# --- XDG ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("/usr/bin/hipcoach", "/usr/bin/hipcoach"),
        ("--autostart", "--autostart"),
        ("/opt/my apps/hipcoach", '"/opt/my apps/hipcoach"'),
        ("/a$b", '"/a\\\\$b"'),  # the spec's own example: a quoted $ needs "\\$"
        ("100%", "100%%"),
        ("", '""'),
    ],
)
def test_exec_arguments_are_quoted_by_the_spec(argument: str, expected: str) -> None:
    assert quote_exec_argument(argument) == expected


@pytest.mark.parametrize(
    "command",
    [
        COMMAND,
        ["/opt/my apps/hip coach", "-m", "hipcoach"],
        ["/home/o'brien/bin/hipcoach"],
        ['/tmp/we"ird\\path$HOME`x`/100%/#(1)'],
    ],
)
def test_exec_lines_round_trip_through_a_spec_parser(command: list[str]) -> None:
    entry = desktop_entry(command)
    (exec_line,) = [line for line in entry.splitlines() if line.startswith("Exec=")]
    assert parse_exec(exec_line.removeprefix("Exec=")) == [*command, "--autostart"]


def test_control_characters_cannot_go_into_exec() -> None:
    with pytest.raises(ValueError, match="cannot start"):
        quote_exec_argument("/bin/evil\nrm")


def test_xdg_enable_writes_the_desktop_file_and_disable_deletes_it(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path / "config", APP_ID, COMMAND)
    path = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart.location == str(path)
    assert not autostart.is_enabled()
    autostart.enable()
    assert autostart.is_enabled()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert "Type=Application\n" in text
    assert "Exec=/usr/bin/python3 -m hipcoach --autostart\n" in text
    assert "X-GNOME-Autostart-enabled=true\n" in text
    assert f"Icon={APP_ID}\n" in text
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temp, no backup
    autostart.enable()  # again: replaces, still one file
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    autostart.disable()
    assert not path.exists()
    assert not autostart.is_enabled()
    autostart.disable()  # nothing to delete: fine


@pytest.mark.parametrize("line", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_switched_off_by_the_desktop_counts_as_disabled(tmp_path: Path, line: str) -> None:
    autostart = XdgAutostart(tmp_path, APP_ID, COMMAND)
    autostart.enable()
    autostart.path.write_text(
        autostart.path.read_text(encoding="utf-8").replace("X-GNOME-Autostart-enabled=true", line),
        encoding="utf-8",
    )
    assert not autostart.is_enabled()
    autostart.enable()
    assert autostart.is_enabled()


def test_desktop_file_validates_when_the_validator_is_installed(tmp_path: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian package desktop-file-utils)")
    autostart = XdgAutostart(tmp_path, APP_ID, ["/opt/my apps/hipcoach"])
    autostart.enable()
    result = subprocess.run(
        [validator, str(autostart.path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_linux_factory_uses_xdg_config_home(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "app")
    made = create_autostart(
        paths, COMMAND, platform="linux", environ={"XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    )
    assert isinstance(made, XdgAutostart)
    assert made.path == tmp_path / "xdg" / "autostart" / f"{APP_ID}.desktop"
    relative = create_autostart(
        paths, COMMAND, platform="linux", environ={"XDG_CONFIG_HOME": "rel"}, home=tmp_path
    )
    assert isinstance(relative, XdgAutostart)
    assert relative.path == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"


def test_the_test_environment_keeps_autostart_out_of_the_real_home(
    isolated_user_dirs: Path,
) -> None:
    made = create_autostart(AppPaths.for_user(), COMMAND, platform="linux")
    assert isinstance(made, XdgAutostart)
    assert made.path.is_relative_to(isolated_user_dirs)


# --- Windows ------------------------------------------------------------------


class FakeRegistry:
    """A dict standing in for the Run key."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.broken = False

    def get(self, name: str) -> str | None:
        if self.broken:
            raise PermissionError("access denied")
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        if self.broken:
            raise PermissionError("access denied")
        self.values[name] = value

    def delete(self, name: str) -> None:
        if self.broken:
            raise PermissionError("access denied")
        self.values.pop(name, None)


def test_windows_run_key_holds_the_quoted_command_line() -> None:
    registry = FakeRegistry()
    autostart = WindowsRunKey(registry, [r"C:\Program Files\hipcoach\hipcoach.exe"])
    assert autostart.location.endswith(r"\CurrentVersion\Run\hipcoach")
    assert not autostart.is_enabled()
    autostart.enable()
    assert registry.values == {"hipcoach": r'"C:\Program Files\hipcoach\hipcoach.exe" --autostart'}
    assert autostart.is_enabled()
    autostart.disable()
    assert registry.values == {}
    assert not autostart.is_enabled()
    autostart.disable()


def test_windows_registry_failures_surface_from_changes_only() -> None:
    registry = FakeRegistry()
    registry.broken = True
    autostart = WindowsRunKey(registry, COMMAND)
    assert not autostart.is_enabled()
    with pytest.raises(OSError, match="access denied"):
        autostart.enable()
    with pytest.raises(OSError, match="access denied"):
        autostart.disable()


def test_the_real_registry_is_not_touched_off_windows() -> None:
    store = WinregRunKeyStore()
    assert store.get("hipcoach") is None
    with pytest.raises(OSError, match="only on Windows"):
        store.set("hipcoach", "x")
    with pytest.raises(OSError, match="only on Windows"):
        store.delete("hipcoach")


def test_windows_factory_uses_the_given_registry(tmp_path: Path) -> None:
    registry = FakeRegistry()
    made = create_autostart(AppPaths.under(tmp_path), COMMAND, platform="win32", registry=registry)
    made.enable()
    assert registry.values["hipcoach"] == subprocess.list2cmdline([*COMMAND, "--autostart"])


# --- macOS --------------------------------------------------------------------


def test_mac_launch_agent_runs_at_load_and_logs_to_the_log_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = AppPaths.under(tmp_path / "app")
    made = create_autostart(paths, COMMAND, platform="darwin", home=home)
    assert isinstance(made, MacLaunchAgent)
    path = home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert made.location == str(path)
    assert not made.is_enabled()
    made.enable()
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == [*COMMAND, "--autostart"]
    assert agent["RunAtLoad"] is True
    assert agent["StandardErrorPath"] == str(paths.log_dir / "launch-agent.log")
    assert made.is_enabled()
    made.disable()
    assert not path.exists()
    assert not made.is_enabled()


def test_a_disabled_or_broken_launch_agent_counts_as_off(tmp_path: Path) -> None:
    agent = MacLaunchAgent(tmp_path, COMMAND)
    agent.enable()
    data = plistlib.loads(agent.path.read_bytes())
    agent.path.write_bytes(plistlib.dumps({**data, "Disabled": True}))
    assert not agent.is_enabled()
    agent.path.write_bytes(b"not a plist")
    assert not agent.is_enabled()
    agent.enable()
    assert agent.is_enabled()


def test_an_empty_command_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="empty"):
        XdgAutostart(tmp_path, APP_ID, [])
    with pytest.raises(ValueError, match="empty"):
        WindowsRunKey(FakeRegistry(), [])
    with pytest.raises(ValueError, match="empty"):
        MacLaunchAgent(tmp_path, [])


def test_a_folder_that_cannot_be_written_raises_os_error(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    autostart = XdgAutostart(blocker, APP_ID, COMMAND)
    with pytest.raises(OSError):  # noqa: PT011 (any OSError: the platform chooses which)
        autostart.enable()
    assert not autostart.is_enabled()
