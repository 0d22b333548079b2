"""install-desktop copies the desktop files into an XDG data folder and takes them out again."""

from __future__ import annotations

import configparser
from collections.abc import Sequence
from pathlib import Path

import pytest

from hipcoach.desktop_install import (
    DESKTOP_FILE,
    ICON_SIZES,
    METAINFO_FILE,
    SYSTEM_DATA_HOME,
    default_data_home,
    desktop_source_dir,
    install_desktop,
    refresh_caches,
    rewrite_exec,
    uninstall_desktop,
)
from hipcoach.platform.identity import APP_ID

COMMAND = "/opt/my apps/venv/bin/hipcoach"


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _exec_lines(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return {group: parser[group]["Exec"] for group in parser.sections()}


def test_install_then_uninstall_leaves_the_data_folder_as_it_was(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    (data_home / "applications").mkdir(parents=True)
    other = data_home / "applications" / "other.desktop"
    other.write_text("[Desktop Entry]\nName=Other\n", encoding="utf-8")
    other_icon = data_home / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"not ours")
    before = _snapshot(data_home)

    written = install_desktop(True, data_home=data_home, command=COMMAND, runner=None)

    assert data_home / "applications" / DESKTOP_FILE in written
    assert data_home / "metainfo" / METAINFO_FILE in written
    for size in ICON_SIZES:
        png = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png in written
    assert data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg" in written
    assert len(written) == 2 + len(ICON_SIZES) + 1
    assert all(path.is_file() for path in written)
    after = _snapshot(data_home)
    assert {name: after[name] for name in before} == before  # nothing else changed

    execs = _exec_lines(data_home / "applications" / DESKTOP_FILE)
    assert execs == {
        "Desktop Entry": '"/opt/my apps/venv/bin/hipcoach"',
        "Desktop Action start-session": '"/opt/my apps/venv/bin/hipcoach" --start-session',
        "Desktop Action break-now": '"/opt/my apps/venv/bin/hipcoach" --break-now',
    }
    source = desktop_source_dir()
    assert (data_home / "metainfo" / METAINFO_FILE).read_bytes() == (
        source / METAINFO_FILE
    ).read_bytes()

    removed = uninstall_desktop(True, data_home=data_home, runner=None)

    assert sorted(removed) == sorted(written)
    assert _snapshot(data_home) == before
    assert uninstall_desktop(True, data_home=data_home, runner=None) == []


def test_install_fails_before_writing_when_a_source_file_is_missing(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    (source / DESKTOP_FILE).write_text("[Desktop Entry]\nExec=hipcoach\n", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="metainfo"):
        install_desktop(
            True, data_home=tmp_path / "share", source=source, command="hipcoach", runner=None
        )
    assert not (tmp_path / "share").exists()


def test_exec_rewriting_touches_only_the_hipcoach_program() -> None:
    entry = "Exec=hipcoach\nExec=hipcoach --break-now\nExec=hipcoachx\nTryExec=hipcoach\n"
    assert rewrite_exec(entry, "/usr/bin/hipcoach") == (
        "Exec=/usr/bin/hipcoach\nExec=/usr/bin/hipcoach --break-now\n"
        "Exec=hipcoachx\nTryExec=hipcoach\n"
    )
    assert rewrite_exec("Exec=hipcoach\n", "/a b/50%/hipcoach") == 'Exec="/a b/50%%/hipcoach"\n'


def test_user_installs_go_to_xdg_data_home_and_system_ones_to_usr_local(tmp_path: Path) -> None:
    assert default_data_home(True, {"XDG_DATA_HOME": "/x/share"}) == Path("/x/share")
    assert default_data_home(True, {"XDG_DATA_HOME": "relative"}, tmp_path) == (
        tmp_path / ".local" / "share"
    )
    assert default_data_home(True, {}, tmp_path) == tmp_path / ".local" / "share"
    assert default_data_home(False, {"XDG_DATA_HOME": "/x/share"}) == SYSTEM_DATA_HOME


def test_cache_tools_run_only_when_present_and_their_failures_become_notes(
    tmp_path: Path,
) -> None:
    ran: list[list[str]] = []

    def failing(argv: Sequence[str]) -> int:
        ran.append(list(argv))
        return 2

    hicolor = tmp_path / "icons" / "hicolor"
    notes = refresh_caches(tmp_path, runner=failing, which=lambda name: f"/usr/bin/{name}")
    assert [argv[0] for argv in ran] == ["update-desktop-database"]  # no index.theme: no cache
    assert notes == ["update-desktop-database failed with status 2; ignored"]

    hicolor.mkdir(parents=True)
    (hicolor / "index.theme").write_text("[Icon Theme]\n", encoding="utf-8")
    ran.clear()
    notes = refresh_caches(tmp_path, runner=failing, which=lambda name: None)
    assert ran == []
    assert notes == [
        "update-desktop-database is not installed; skipped it",
        "gtk-update-icon-cache is not installed; skipped it",
    ]

    def broken(argv: Sequence[str]) -> int:
        raise OSError("exec format error")

    notes = refresh_caches(tmp_path, runner=broken, which=lambda name: name)
    assert notes == [
        "update-desktop-database did not run: exec format error",
        "gtk-update-icon-cache did not run: exec format error",
    ]


def test_install_reports_cache_notes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: f"/usr/bin/{name}")
    notes: list[str] = []
    install_desktop(
        True, data_home=tmp_path, command="hipcoach", notes=notes, runner=lambda argv: 1
    )
    assert notes == ["update-desktop-database failed with status 1; ignored"]
