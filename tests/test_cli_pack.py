"""``hipcoach pack install/export/list/remove`` on the command line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from hipcoach.cli import main
from hipcoach.core.paths import AppPaths
from tests.core.pack_archives import BROKEN, folder_files, make_zip, write_pack


class Terminal(io.StringIO):
    """Standard input that is a terminal, holding the user's typed answer."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def packs_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the profile at a fresh ``HIPCOACH_HOME``; return its packs folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("HIPCOACH_HOME", str(home))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal
    return AppPaths.under(home).packs_dir


def _answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal(text))


def test_install_from_a_folder(
    tmp_path: Path, packs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_pack(tmp_path / "knee-pack", name="Knees")
    assert main(["pack", "install", str(source)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("installed 'knee-pack' (Knees): 1 exercise, 1 routine in ")
    assert folder_files(packs_dir / "knee-pack") == folder_files(source)
    assert main(["library"]) == 0
    assert "my-stretch" in capsys.readouterr().out  # the app's library loads it


def test_install_with_problems_prints_them_and_writes_nothing(
    tmp_path: Path, packs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_pack(tmp_path / "bad-pack")
    (source / "exercises" / "broken.toml").write_text(BROKEN, encoding="utf-8")
    assert main(["pack", "install", str(source)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("bad-pack/exercises/broken.toml:3: ")
    assert "found; nothing was installed" in captured.err
    assert main(["check", str(source)]) == 1
    assert capsys.readouterr().out == captured.out  # the very lines check prints
    assert not packs_dir.exists()
    assert [p.name for p in packs_dir.parent.parent.rglob("*")] == []


def test_install_of_a_hostile_zip_says_why_and_exits_1(
    tmp_path: Path, packs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = make_zip(tmp_path / "evil.zip", [("../../escape.toml", b"schema = 1")])
    assert main(["pack", "install", str(archive)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("hipcoach: '../../escape.toml' points outside its folder")
    assert not (tmp_path / "escape.toml").exists()
    assert not packs_dir.exists()


def test_install_as_another_id(
    tmp_path: Path, packs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = folder_files(write_pack(tmp_path / "src"))
    archive = make_zip(tmp_path / "My Pack.zip", list(files.items()))
    assert main(["pack", "install", str(archive)]) == 1
    assert "give the pack an id with --as, e.g. --as my-pack" in capsys.readouterr().err
    assert main(["pack", "install", str(archive), "--as", "hips"]) == 0
    assert (packs_dir / "hips" / "exercises" / "my-stretch.toml").is_file()


def test_install_over_an_installed_pack_asks(
    tmp_path: Path,
    packs_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert main(["pack", "install", str(write_pack(tmp_path / "a" / "knee-pack"))]) == 0
    newer = write_pack(tmp_path / "b" / "knee-pack", name="Newer", routine=False)
    capsys.readouterr()

    # Not a terminal and no --yes: refused, the old pack stays.
    assert main(["pack", "install", str(newer)]) == 2
    assert "add --yes to replace it" in capsys.readouterr().err
    assert (packs_dir / "knee-pack" / "protocols").is_dir()

    _answer(monkeypatch, "n\n")
    assert main(["pack", "install", str(newer)]) == 1
    err = capsys.readouterr().err
    assert "A pack 'knee-pack' is installed. Replace it? [y/N]" in err
    assert "nothing was changed" in err
    assert (packs_dir / "knee-pack" / "protocols").is_dir()

    _answer(monkeypatch, "y\n")
    assert main(["pack", "install", str(newer)]) == 0
    assert folder_files(packs_dir / "knee-pack") == folder_files(newer)


def test_install_over_an_installed_pack_with_yes(tmp_path: Path, packs_dir: Path) -> None:
    assert main(["pack", "install", str(write_pack(tmp_path / "a" / "knee-pack"))]) == 0
    newer = write_pack(tmp_path / "b" / "knee-pack", name="Newer", routine=False)
    assert main(["pack", "install", str(newer), "--yes"]) == 0
    assert folder_files(packs_dir / "knee-pack") == folder_files(newer)


def test_export_then_install_on_a_fresh_profile(
    tmp_path: Path,
    packs_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = write_pack(tmp_path / "knee-pack", name="Knees")
    assert main(["pack", "install", str(source)]) == 0
    archive = tmp_path / "share" / "knee.zip"
    assert main(["pack", "export", "knee-pack", "--out", str(archive)]) == 0
    assert capsys.readouterr().out.endswith(f"wrote 4 files of 'knee-pack' to {archive}\n")
    fresh = tmp_path / "fresh"
    monkeypatch.setenv("HIPCOACH_HOME", str(fresh))
    assert main(["pack", "install", str(archive)]) == 0
    assert folder_files(AppPaths.under(fresh).packs_dir / "knee-pack") == folder_files(source)


def test_export_of_a_pack_with_problems_warns(
    tmp_path: Path, packs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = write_pack(packs_dir / "broken-pack")
    (broken / "exercises" / "broken.toml").write_text(BROKEN, encoding="utf-8")
    assert main(["pack", "export", "broken-pack", "--out", str(tmp_path / "b.zip")]) == 0
    err = capsys.readouterr().err
    assert "it will not install until they are fixed" in err
    assert "  broken-pack/exercises/broken.toml:3: " in err


def test_export_of_an_unknown_pack(
    tmp_path: Path, packs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pack", "export", "nope", "--out", str(tmp_path / "x.zip")]) == 1
    assert capsys.readouterr().err == "hipcoach: no installed pack 'nope' (installed: -)\n"
    assert not (tmp_path / "x.zip").exists()


def test_list_as_text_and_json(
    tmp_path: Path, packs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pack", "list"]) == 0
    assert capsys.readouterr().out == f"no packs installed (the packs folder is {packs_dir})\n"
    assert main(["pack", "install", str(write_pack(tmp_path / "knee-pack", name="Knees"))]) == 0
    broken = write_pack(packs_dir / "broken-pack")
    (broken / "exercises" / "broken.toml").write_text(BROKEN, encoding="utf-8")
    capsys.readouterr()
    assert main(["pack", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("broken-pack  broken-pack — 1 exercise, 1 routine; 1 problem (not loaded)")
    assert lines[1].startswith("  broken-pack/exercises/broken.toml:3: ")
    assert lines[2] == "knee-pack    Knees — 1 exercise, 1 routine; ok"
    assert main(["pack", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["id"], p["name"], p["exercises"], p["routines"]) for p in listed] == [
        ("broken-pack", "broken-pack", 1, 1),
        ("knee-pack", "Knees", 1, 1),
    ]
    assert len(listed[0]["problems"]) == 1
    assert listed[1]["problems"] == []
    assert listed[1]["folder"] == str(packs_dir / "knee-pack")


def test_remove_asks_unless_yes(
    tmp_path: Path,
    packs_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert main(["pack", "install", str(write_pack(tmp_path / "knee-pack"))]) == 0
    capsys.readouterr()
    assert main(["pack", "remove", "knee-pack"]) == 2  # not a terminal
    assert capsys.readouterr().err == "hipcoach: add --yes to remove the pack 'knee-pack'\n"
    _answer(monkeypatch, "\n")  # Enter alone means no
    assert main(["pack", "remove", "knee-pack"]) == 1
    assert (packs_dir / "knee-pack").is_dir()
    _answer(monkeypatch, "yes\n")
    assert main(["pack", "remove", "knee-pack"]) == 0
    assert not (packs_dir / "knee-pack").exists()
    assert main(["pack", "install", str(tmp_path / "knee-pack")]) == 0
    assert main(["pack", "remove", "knee-pack", "--yes"]) == 0
    assert list(packs_dir.iterdir()) == []


def test_remove_refuses_the_bundled_pack_and_unknown_ids(
    packs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pack", "remove", "bundled", "--yes"]) == 1
    assert "bundled pack is part of hipcoach" in capsys.readouterr().err
    assert main(["pack", "remove", "../..", "--yes"]) == 1
    assert "no installed pack '../..'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["pack"],
        ["pack", "install"],
        ["pack", "export", "knee-pack"],
        ["pack", "remove"],
        ["pack", "shuffle"],
    ],
)
def test_bad_usage_exits_2(packs_dir: Path, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
