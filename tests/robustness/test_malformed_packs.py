"""Hand-written malformed packs: each is reported, none raises, and the app still starts.

Every case builds one broken user pack next to a valid exercise. Loading it
must return problems (the pack is skipped), never raise, never hang, and each
problem must name the file at fault and, unless the whole file is unusable, a
line or a key path. Then every case at once sits in the user's packs folder
while the real start-up path (``run_app``) opens the window.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import tomli_w
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipcoach.cli import main as cli_main
from hipcoach.core.library import load_library, load_pack
from hipcoach.core.paths import HOME_OVERRIDE_VARIABLE, AppPaths, bundled_resources_dir
from hipcoach.start import run_app
from hipcoach.ui.library_page import LibraryPage
from hipcoach.ui.main_window import MainWindow
from hipcoach.ui.sections import Section
from tests.bundled import exercise_count

EXERCISE = "exercises/x.toml"
ROUTINE = "protocols/p.toml"


def exercise(**changes: object) -> dict[str, object]:
    table: dict[str, object] = {
        "schema": 1,
        "id": "broken-stretch",
        "name": "Broken stretch",
        "category": "stretch",
        "summary": "A gentle stretch.",
        "targets": ["psoas major"],
        "position": "half-kneeling",
        "starting_position": "Kneel on a cushion.",
        "steps": ["Tuck your tailbone.", "Breathe."],
        "dosage": {"hold_seconds": 30},
    }
    table.update(changes)
    return {key: value for key, value in table.items() if value is not None}


def routine(*blocks: dict[str, object]) -> dict[str, object]:
    return {
        "schema": 1,
        "id": "broken-routine",
        "name": "Broken routine",
        "summary": "Five minutes.",
        "phases": [{"name": "Stretch", "blocks": list(blocks)}],
    }


def put(pack: Path, relative: str, content: str | bytes | dict[str, object]) -> Path:
    path = pack / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, dict):
        content = tomli_w.dumps(content)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def valid(**changes: object) -> str:
    return tomli_w.dumps(exercise(**changes))


Builder = Callable[[Path], None]


def text(relative: str, content: str | bytes | dict[str, object]) -> Builder:
    def builder(pack: Path) -> None:
        put(pack, relative, content)

    return builder


X = EXERCISE


def _symlink_loop(pack: Path) -> None:
    (pack / "exercises").mkdir(parents=True, exist_ok=True)
    (pack / "exercises" / "loop").symlink_to("..")  # a folder loop the walk must not follow
    (pack / "exercises" / "self.toml").symlink_to("self.toml")


def _dangling(pack: Path) -> None:
    (pack / "exercises").mkdir(parents=True, exist_ok=True)
    (pack / "exercises" / "x.toml").symlink_to(pack.parent / f"{pack.name}-nowhere.toml")


def _folder(pack: Path) -> None:
    (pack / "exercises" / "x.toml").mkdir(parents=True, exist_ok=True)


def _fifo(pack: Path) -> None:
    (pack / "exercises").mkdir(parents=True, exist_ok=True)
    os.mkfifo(pack / "exercises" / "x.toml")


def _unreadable(pack: Path) -> None:
    put(pack, EXERCISE, valid()).chmod(0)


def _duplicate_ids(pack: Path) -> None:
    put(pack, "exercises/a.toml", valid())
    put(pack, "exercises/b.toml", valid())


def _image_outside(pack: Path) -> None:
    (pack.parent / f"{pack.name}-secret.png").write_bytes(b"\x89PNG")
    put(pack, EXERCISE, valid(image=f"../{pack.name}-secret.png"))


def _image_link_outside(pack: Path) -> None:
    (pack.parent / f"{pack.name}-secret.png").write_bytes(b"\x89PNG")
    (pack / "images").mkdir(parents=True, exist_ok=True)
    (pack / "images" / "x.png").symlink_to(pack.parent / f"{pack.name}-secret.png")
    put(pack, EXERCISE, valid(image="images/x.png"))


def _folder_link_outside(pack: Path) -> None:
    elsewhere = pack.parent / f".{pack.name}-elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.png").write_bytes(b"\x89PNG")
    pack.mkdir(exist_ok=True)
    (pack / "media").symlink_to(elsewhere)
    put(pack, EXERCISE, valid(sound="media/x.png"))


def _undecodable_name(pack: Path) -> None:
    (pack / "exercises").mkdir(parents=True, exist_ok=True)
    name = os.fsdecode(b"\xff\xfe-bad.toml")
    (pack / "exercises" / name).write_bytes(b"id = ")


NEST = 40  # over the loader's limit, under Python's recursion limit
DEEP = 5000  # deep enough to exhaust the TOML parser's recursion

#: (builder, file the problem must name, True when a line or key path must be named too)
CASES: dict[str, tuple[Builder, str, bool]] = {
    "unterminated string": (text(X, 'id = "broken\nname = "x"\n'), X, True),
    "missing equals": (text(X, valid() + "loose words\n"), X, True),
    "unclosed table header": (text(X, "[dosage\nhold_seconds = 3\n"), X, True),
    "duplicate key": (text(X, valid() + 'id = "again"\n'), X, True),
    "name is a number": (text(X, exercise(name=5)), X, True),
    "name is a date": (
        text(X, valid().replace('name = "Broken stretch"', "name = 1979-05-27")),
        EXERCISE,
        True,
    ),
    "steps is text": (text(X, exercise(steps="Do it.")), X, True),
    "dosage is text": (text(X, exercise(dosage="30 s")), X, True),
    "targets are numbers": (text(X, exercise(targets=[1, 2])), X, True),
    "unknown key": (text(X, exercise(colour="red")), X, True),
    "unknown nested key": (text(X, exercise(dosage={"hold_secs": 3})), X, True),
    "missing id": (text(X, exercise(id=None)), X, True),
    "missing dosage": (text(X, exercise(dosage=None)), X, True),
    "only a schema": (text(X, "schema = 1\n"), X, True),
    "negative hold": (text(X, exercise(dosage={"hold_seconds": -5})), X, True),
    "zero sets": (text(X, exercise(dosage={"hold_seconds": 5, "sets": 0})), X, True),
    "absurd hold": (text(X, exercise(dosage={"hold_seconds": 10**18})), X, True),
    "float sets": (
        text(X, exercise(dosage={"hold_seconds": 5, "sets": 1.5})),
        EXERCISE,
        True,
    ),
    "nan hold": (
        text(X, valid().replace("hold_seconds = 30", "hold_seconds = nan")),
        EXERCISE,
        True,
    ),
    "unknown category": (text(X, exercise(category="dance")), X, True),
    "bad id": (text(X, exercise(id="My Stretch!")), X, True),
    "newer schema": (text(X, exercise(schema=99)), X, True),
    "schema as text": (text(X, exercise(schema="one")), X, True),
    "translations not a table": (text(X, exercise(translations="de")), X, True),
    "utf-16": (text(X, valid().encode("utf-16")), X, True),
    "latin-1": (text(X, valid(name="Dehnübung").encode("latin-1")), X, True),
    "bom then garbage": (text(X, b"\xef\xbb\xbf\x00\x01garbage"), X, True),
    "nul byte in text": (
        text(X, valid().replace("Broken stretch", "Broken\x00")),
        EXERCISE,
        True,
    ),
    "empty": (text(X, b""), X, False),
    "only blanks": (text(X, b"  \n\t\n"), X, False),
    "huge": (text(X, valid() + "# padding\n" * 300_000), X, False),
    "deep lists": (text(X, "x = " + "[" * DEEP + "]" * DEEP + "\n"), X, False),
    "deep inline tables": (
        text(X, "x = " + "{a=" * DEEP + "1" + "}" * DEEP),
        EXERCISE,
        False,
    ),
    "deep dotted keys": (
        text(X, valid() + ".".join(["k"] * NEST) + " = 1\n"),
        EXERCISE,
        False,
    ),
    "duplicate ids across files": (_duplicate_ids, "exercises/b.toml", True),
    "routine names a missing exercise": (
        text(ROUTINE, routine({"choices": ["no-such-exercise"]})),
        ROUTINE,
        True,
    ),
    "routine phases are text": (text(ROUTINE, {**routine(), "phases": "all"}), ROUTINE, True),
    "exercise in the routines folder": (text(ROUTINE, exercise()), ROUTINE, False),
    "broken pack.toml": (text("pack.toml", "name = \n"), "pack.toml", True),
    "image outside the pack": (_image_outside, EXERCISE, True),
    "image linked outside": (_image_link_outside, EXERCISE, True),
    "folder linked outside": (_folder_link_outside, EXERCISE, True),
    "a folder named like a file": (_folder, EXERCISE, False),
    "a fifo": (_fifo, EXERCISE, False),
    "dangling link": (_dangling, EXERCISE, False),
    "symlink loop": (_symlink_loop, "exercises/self.toml", False),
    "undecodable file name": (_undecodable_name, "-bad.toml", True),
}
if os.name == "posix" and os.geteuid() != 0:  # root reads it anyway
    CASES["unreadable"] = (_unreadable, EXERCISE, False)

PACK = "broken"


def build(pack: Path, builder: Builder) -> Path:
    put(pack, "exercises/fine.toml", valid(id="fine-stretch", name="Fine"))
    builder(pack)
    return pack


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_malformed_pack_is_reported_with_file_and_place(tmp_path: Path, case: str) -> None:
    builder, file, placed = CASES[case]
    pack = build(tmp_path / PACK, builder)
    report = load_pack(pack, source=PACK).report
    assert not report.loaded, f"{case}: the pack should be skipped"
    at_fault = [p for p in report.problems if p.file.endswith(file) or file in p.file]
    assert at_fault, f"{case}: no problem names {file}: {[str(p) for p in report.problems]}"
    for problem in report.problems:
        assert problem.file.startswith(f"{PACK}/"), str(problem)
        if not placed:  # the whole file is unusable; a key path may still be in the message
            assert problem.line is not None or problem.key is None
        assert problem.message.strip(), str(problem)
        str(problem).encode("utf-8", "backslashreplace")  # printable whatever the name
    if placed:
        assert any(p.line is not None or p.key for p in at_fault), [str(p) for p in at_fault]


def test_there_are_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30


def test_hipcoach_check_prints_every_case_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packs = []
    for number, (name, (builder, _, _)) in enumerate(sorted(CASES.items())):
        folder = tmp_path / f"case-{number}"
        folder.mkdir()
        packs.append(build(folder / PACK, builder))
        assert name
    status = cli_main(["check", *map(str, packs)])
    out = capsys.readouterr()
    assert status == 1
    assert "Traceback" not in out.err
    for pack in packs:
        assert str(pack.parent.name) in out.out or PACK in out.out


def test_the_app_starts_with_every_broken_pack_installed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths.under(tmp_path / "home")
    for number, (builder, _, _) in enumerate(CASES.values()):
        build(paths.packs_dir / f"case-{number}", builder)
    monkeypatch.setenv(HOME_OVERRIDE_VARIABLE, str(paths.config_dir.parent))
    seen: list[int] = []

    def inspect_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        assert len(windows) == 1
        library = windows[0].page(Section.LIBRARY)
        assert isinstance(library, LibraryPage)
        seen.append(len(library.visible_exercises()))
        windows[0].close()
        windows[0].deleteLater()

    QTimer.singleShot(0, inspect_and_close)
    assert run_app() == 0
    assert seen == [exercise_count()]  # the bundled library, every broken pack skipped
    packs = [item for item in paths.packs_dir.iterdir() if item.name.startswith("case-")]
    packs = [item for item in packs if item.is_dir()]
    assert len(packs) == len(CASES)
    library = load_library(bundled_resources_dir(), packs)
    assert sorted(pack.name for pack in library.broken_packs) == sorted(p.name for p in packs)
    assert sys.getrecursionlimit() >= 1000  # nothing lowered it on the way
