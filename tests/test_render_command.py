"""``hipcoach render``: pictures of figures written without a display."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from hipcoach.cli import main
from hipcoach.core.paths import bundled_resources_dir
from tests.bundled import exercise_count


def test_render_writes_a_square_png(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bridge.png"
    assert main(["render", "glute-bridge-hold", "--out", str(out), "--size", "150"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (150, 150)
    assert image.hasAlphaChannel()


def test_frames_and_sides_give_different_pictures(qapp: QApplication, tmp_path: Path) -> None:
    files = {}
    for name, extra in {
        "first": ["--frame", "1"],
        "left": ["--side", "left"],
        "right": ["--side", "right"],
        "dark": ["--side", "left", "--dark"],
    }.items():
        files[name] = tmp_path / f"{name}.png"
        args = ["render", "couch-stretch", "--out", str(files[name]), "--size", "100"]
        assert main(args + extra) == 0
    data = {name: path.read_bytes() for name, path in files.items()}
    assert len(set(data.values())) == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["render", "no-such-move", "--out", "x.png"], "no exercise 'no-such-move'"),
        (["render", "couch-stretch", "--out", "x.png", "--frame", "3"], "has no frame 3"),
        (["render", "couch-stretch", "--out", "x.png", "--frame", "0"], "has no frame 0"),
        (["render", "walk-break", "--out", "x.png", "--side", "left"], "is not done per side"),
        (["render", "walk-break", "--out", "x.png", "--size", "2"], "--size must be"),
        (["render", "walk-break"], "render needs EXERCISE_ID and --out"),
    ],
)
def test_mistakes_are_explained_with_status_2(  # noqa: PLR0917 - fixtures and parameters
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_an_unknown_side_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["render", "couch-stretch", "--out", "x.png", "--side", "middle"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'middle'" in capsys.readouterr().err


def test_an_unwritable_file_gives_status_1(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing-folder" / "x.png"
    assert main(["render", "bird-dog", "--out", str(out)]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_contact_sheet_shows_every_exercise(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "sheet.png"
    assert main(["render", "--contact-sheet", str(out)]) == 0
    image = QImage(str(out))
    # One row per bundled exercise.
    assert image.height() >= exercise_count() * 200
    assert image.width() > 800


def test_an_exercise_without_a_figure_is_named(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A pack's own walk, without a figure, takes the place of the bundled one.
    bundled = bundled_resources_dir() / "exercises" / "walk-break.toml"
    text = bundled.read_text(encoding="utf-8").split("[figure]")[0]
    pack = tmp_path / "pack"
    (pack / "exercises").mkdir(parents=True)
    (pack / "exercises" / "walk-break.toml").write_text(text, encoding="utf-8")
    out = tmp_path / "x.png"
    assert main(["--pack", str(pack), "render", "walk-break", "--out", str(out)]) == 1
    assert "exercise 'walk-break' has no figure" in capsys.readouterr().err
    assert not out.exists()
