"""Nothing a pack holds is run, evaluated or interpreted, and pack paths stay in the pack.

- Text that looks like code, format fields, shell or HTML stays the same
  text in the library, the exercise page, a session and ``hipcoach library
  --json``; nothing it names happens.
- hipcoach's own sources call no ``eval``/``exec``/``compile``/``__import__``,
  load no ``pickle``/``marshal``/``shelve``, and start no shell.
- An image or sound a pack names must be a file inside the pack: ``..``,
  absolute paths, drive letters and symbolic links (to files or folders)
  that lead out are refused, and links that stay inside are fine.
"""

from __future__ import annotations

import ast
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import tomli_w
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hipcoach.cli import main as cli_main
from hipcoach.core.library import Library, check_paths, load_library, load_pack
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import compile_plan
from hipcoach.core.routines import Block, Phase, Routine
from hipcoach.ui.exercise_detail import ExerciseDetail
from tests.app_harness import AppHarness

PACKAGE = Path(__file__).resolve().parents[2] / "hipcoach"

#: Each would do something if evaluated, formatted, expanded or rendered.
HOSTILE = (
    "__import__('os').system('touch PWNED')",
    "{0.__class__.__mro__}",
    "{exercise.__init__.__globals__}",
    "%s%s%n%x",
    "$(touch PWNED) `touch PWNED` ${HOME}",
    "<img src='file:///etc/passwd'><script>alert(1)</script>",
    "'; DROP TABLE sessions; --",
    "\u202eevil\u202c",
)


def hostile_exercise(marker: Path) -> dict[str, object]:
    name = f"exec(open({str(marker)!r}, 'w').write('x'))"
    return {
        "schema": 1,
        "id": "hostile-stretch",
        "name": name,
        "category": "stretch",
        "summary": HOSTILE[1],
        "targets": ["psoas major", HOSTILE[2]],
        "position": "half-kneeling",
        "starting_position": HOSTILE[3],
        "steps": list(HOSTILE),
        "cues": [HOSTILE[4], HOSTILE[5]],
        "cautions": [HOSTILE[6]],
        "mistakes": [HOSTILE[7]],
        "dosage": {"hold_seconds": 3, "note": HOSTILE[0]},
    }


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Library]]:
    monkeypatch.chdir(tmp_path)  # where "touch PWNED" would land
    marker = tmp_path / "EXECUTED"
    pack = tmp_path / "hostile-pack"
    (pack / "exercises").mkdir(parents=True)
    (pack / "exercises" / "x.toml").write_text(tomli_w.dumps(hostile_exercise(marker)))
    library = load_library(bundled_resources_dir(), [pack])
    assert library.problems == ()
    yield pack, library
    assert not marker.exists()
    assert not (tmp_path / "PWNED").exists()


def test_code_like_text_stays_text_on_the_exercise_page(
    qtbot: QtBot, hostile: tuple[Path, Library]
) -> None:
    _, library = hostile
    exercise = library.exercise("hostile-stretch")
    assert exercise.steps == HOSTILE
    detail = ExerciseDetail()
    qtbot.addWidget(detail)
    detail.show_exercise(exercise)
    shown = detail.toPlainText()
    for text in (*HOSTILE, exercise.name):
        assert text in shown
    assert "<script>" not in detail.toHtml()  # shown as text, not markup


def test_code_like_text_stays_text_in_json(
    hostile: tuple[Path, Library], capsys: pytest.CaptureFixture[str]
) -> None:
    pack, _ = hostile
    assert cli_main(["--pack", str(pack), "library", "--json"]) == 0
    (item,) = [e for e in json.loads(capsys.readouterr().out) if e["id"] == "hostile-stretch"]
    assert item["summary"] == HOSTILE[1]
    assert item["name"].startswith("exec(open(")


def test_code_like_text_stays_text_in_a_session(
    qtbot: QtBot, hostile: tuple[Path, Library], tmp_path: Path
) -> None:
    _, library = hostile
    harness = AppHarness(library, tmp_path / "home")
    try:
        coach = harness.start()
        routine = Routine(
            id="hostile",
            name=HOSTILE[1],
            summary=HOSTILE[2],
            phases=(Phase(name=HOSTILE[3], blocks=(Block(choices=("hostile-stretch",)),)),),
        )
        coach.player.start(compile_plan(routine, library))
        seen: set[str] = set()
        for _ in range(30):
            harness.clock.advance(1.0)
            coach.session_driver.poll()
            seen.update(label.text() for label in coach.player.findChildren(QLabel))
        assert any(library.exercise("hostile-stretch").name in text for text in seen)
        assert any(HOSTILE[3] in text for text in seen)  # the phase name, as written
    finally:
        harness.close()


# --------------------------------------------------------------------------- the sources

FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile", "input"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill", "code", "codeop"}
SHELL_FUNCTIONS = {"system", "popen", "spawnl", "spawnlp", "spawnv", "spawnvp", "execv", "execvp"}


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [alias.name for alias in node.names]
            module = node.module if isinstance(node, ast.ImportFrom) else None
            for name in [module, *names]:
                if name and name.split(".")[0] in FORBIDDEN_MODULES:
                    found.append(f"{where}: imports {name}")
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Name) and function.id in FORBIDDEN_CALLS:
            found.append(f"{where}: calls {function.id}()")
        if isinstance(function, ast.Attribute):
            owner = function.value
            if (
                isinstance(owner, ast.Name)
                and owner.id == "os"
                and function.attr in SHELL_FUNCTIONS
            ):
                found.append(f"{where}: calls os.{function.attr}()")
            if function.attr in {"import_module", "eval", "exec_"} and not (
                node.args and isinstance(node.args[0], ast.Constant)
            ):
                found.append(f"{where}: calls {function.attr}() on a computed value")
        for keyword in node.keywords:
            if keyword.arg == "shell" and not (
                isinstance(keyword.value, ast.Constant) and keyword.value.value is False
            ):
                found.append(f"{where}: starts a shell (shell=...)")
    return found


def test_the_sources_evaluate_nothing_and_start_no_shell() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 50
    found = [problem for path in files for problem in _problems(path)]
    assert found == []


def test_the_source_scan_would_notice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = PACKAGE / "robustness_scan_probe.py"  # never written: parsed from a string below
    source = (
        "import pickle\nimport os\nimport subprocess\n"
        "eval(x)\nos.system('ls')\nsubprocess.run('ls', shell=True)\n"
        "__import__(name)\nimportlib.import_module(name)\n"
    )
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    assert len(_problems(bad)) == 6


# --------------------------------------------------------------------------- pack paths


def pack_with(tmp_path: Path, **paths: str) -> Path:
    pack = tmp_path / "pack"
    (pack / "exercises").mkdir(parents=True, exist_ok=True)
    table = {
        "schema": 1,
        "id": "with-media",
        "name": "With media",
        "category": "stretch",
        "summary": "A stretch.",
        "targets": ["psoas major"],
        "position": "half-kneeling",
        "starting_position": "Kneel.",
        "steps": ["Breathe."],
        "dosage": {"hold_seconds": 3},
        **paths,
    }
    (pack / "exercises" / "x.toml").write_text(tomli_w.dumps(table))
    return pack


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "x.png").write_bytes(b"\x89PNG")
    return secret


Escape = Callable[[Path, Path], str]

ESCAPES: dict[str, Escape] = {
    "dot-dot": lambda pack, out: "../secret/x.png",
    "dot-dot inside the path": lambda pack, out: "images/../../secret/x.png",
    "dot segments": lambda pack, out: "./images/./../.././secret/x.png",
    "backslashes": lambda pack, out: "..\\secret\\x.png",
    "absolute": lambda pack, out: str(out / "x.png"),
    "drive letter": lambda pack, out: "C:/secret/x.png",
    "link to a file outside": lambda pack, out: _link(pack / "images" / "x.png", out / "x.png"),
    "link to a folder outside": lambda pack, out: _link(pack / "media", out) + "/x.png",
    "chain of links out": lambda pack, out: _link(
        pack / "a.png", _link_path(pack / "b.png", out / "x.png")
    ),
    "relative link out": lambda pack, out: _link(pack / "rel.png", Path("../secret/x.png")),
}


def _link_path(link: Path, target: Path) -> Path:
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(target)
    return link


def _link(link: Path, target: Path) -> str:
    pack = link
    while pack.name != "pack":
        pack = pack.parent
    return _link_path(link, target).relative_to(pack).as_posix()


@pytest.mark.parametrize("key", ["image", "sound"])
@pytest.mark.parametrize("case", sorted(ESCAPES))
def test_pack_paths_cannot_escape_the_pack(
    tmp_path: Path, outside: Path, case: str, key: str
) -> None:
    pack = pack_with(tmp_path)
    value = ESCAPES[case](pack, outside)
    pack_with(tmp_path, **{key: value})
    content = load_pack(pack, source="pack")
    assert content.exercises == ()
    (problem,) = content.report.problems
    assert problem.key == key
    assert "outside the pack" in problem.message or "not a usable" in problem.message
    assert [str(p) for p in check_paths([pack], bundled_resources_dir())] == [str(problem)]


def test_links_that_stay_inside_the_pack_are_fine(tmp_path: Path) -> None:
    pack = pack_with(tmp_path)
    (pack / "media").mkdir()
    (pack / "media" / "real.png").write_bytes(b"\x89PNG")
    (pack / "images").symlink_to("media")
    (pack / "media" / "alias.png").symlink_to("real.png")
    pack_with(tmp_path, image="images/alias.png", sound="media/../media/real.png")
    content = load_pack(pack, source="pack")
    assert content.report.problems == ()
    (exercise,) = content.exercises
    assert exercise.image == (pack / "media" / "real.png").resolve()
    assert exercise.sound == (pack / "media" / "real.png").resolve()


def test_a_pack_reached_through_a_link_keeps_its_own_files(tmp_path: Path) -> None:
    real = pack_with(tmp_path / "real")
    (real / "x.png").write_bytes(b"\x89PNG")
    pack_with(tmp_path / "real", image="x.png")
    (tmp_path / "packs").mkdir()
    linked = tmp_path / "packs" / "linked"
    linked.symlink_to(real)
    content = load_pack(linked, source="linked")
    assert content.report.problems == ()
    assert os.path.samefile(content.exercises[0].image or "", real / "x.png")
