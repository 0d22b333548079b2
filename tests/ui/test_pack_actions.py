"""Install pack…, Export pack… on the Library page, with the dialogs answered by the test."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.library import Library, load_library
from hipcoach.core.pack_transfer import InstalledPack, inspect_pack
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.problems import Problem
from hipcoach.ui.library_page import LibraryPage
from hipcoach.ui.pack_actions import PackActions
from hipcoach.ui.pack_problems_dialog import ProblemsDialog
from tests.core.pack_archives import BROKEN, folder_files, make_zip, symlink_member, write_pack

BUNDLED = bundled_resources_dir()


@pytest.fixture(scope="module")
def bundled() -> Library:
    return load_library(BUNDLED)


class Answers:
    """What the user says in each dialog, and what the dialogs were shown."""

    def __init__(self, actions: PackActions) -> None:
        self.source: Path | None = None
        self.replace = False
        self.pack: str | None = None
        self.target: Path | None = None
        self.problems: list[tuple[str, list[str]]] = []
        self.told: list[str] = []
        self.warned: list[str] = []
        self.offered: list[list[str]] = []
        self.replace_asked: list[str] = []
        actions.choose_archive = lambda: self.source
        actions.choose_folder = lambda: self.source
        actions.confirm_replace = self._replace
        actions.choose_pack = self._pack
        actions.choose_target = lambda _pack_id: self.target
        actions.show_problems = self._problems
        actions.tell = self.told.append
        actions.warn = self.warned.append

    def _replace(self, pack_id: str) -> bool:
        self.replace_asked.append(pack_id)
        return self.replace

    def _pack(self, packs: Sequence[InstalledPack]) -> str | None:
        self.offered.append([pack.id for pack in packs])
        return self.pack

    def _problems(self, pack_id: str, problems: Sequence[Problem]) -> None:
        self.problems.append((pack_id, [str(p) for p in problems]))


@pytest.fixture
def packs_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile" / "data" / "packs"


@pytest.fixture
def actions(qtbot: QtBot, packs_dir: Path) -> PackActions:
    host = QWidget()
    qtbot.addWidget(host)
    return PackActions(packs_dir, BUNDLED, lambda: host, host)


def test_a_good_zip_is_installed_and_the_library_told(
    qtbot: QtBot, actions: PackActions, packs_dir: Path, tmp_path: Path
) -> None:
    answers = Answers(actions)
    source = write_pack(tmp_path / "knee-pack", name="Knees")
    answers.source = make_zip(
        tmp_path / "knee.zip",
        [(f"knee-pack/{name}", data) for name, data in folder_files(source).items()],
    )
    with qtbot.waitSignal(actions.packs_changed):
        actions.install_zip_action.trigger()
    assert folder_files(packs_dir / "knee-pack") == folder_files(source)
    assert answers.told == ["Installed the pack “Knees”: 1 exercise, 1 routine."]
    assert answers.problems == []
    assert answers.warned == []


def test_a_folder_is_installed(
    qtbot: QtBot, actions: PackActions, packs_dir: Path, tmp_path: Path
) -> None:
    answers = Answers(actions)
    answers.source = write_pack(tmp_path / "hips")
    with qtbot.waitSignal(actions.packs_changed):
        actions.install_folder_action.trigger()
    assert (packs_dir / "hips" / "exercises" / "my-stretch.toml").is_file()


def test_a_name_that_cannot_be_an_id_is_made_into_one(
    qtbot: QtBot, actions: PackActions, packs_dir: Path, tmp_path: Path
) -> None:
    answers = Answers(actions)
    answers.source = write_pack(tmp_path / "Knee Pack (2)")
    with qtbot.waitSignal(actions.packs_changed):
        actions.install_folder()
    assert (packs_dir / "knee-pack-2").is_dir()


def test_a_pack_with_problems_shows_them_and_installs_nothing(
    qtbot: QtBot, actions: PackActions, packs_dir: Path, tmp_path: Path
) -> None:
    answers = Answers(actions)
    answers.source = write_pack(tmp_path / "bad-pack")
    (answers.source / "exercises" / "broken.toml").write_text(BROKEN, encoding="utf-8")
    with qtbot.assertNotEmitted(actions.packs_changed), qtbot.waitSignal(actions.failed):
        actions.install_folder()
    [(pack_id, problems)] = answers.problems
    assert pack_id == "bad-pack"
    assert problems[0].startswith("bad-pack/exercises/broken.toml:3: ")
    assert not packs_dir.exists()


def test_a_hostile_zip_is_refused_with_the_reason(
    actions: PackActions, packs_dir: Path, tmp_path: Path
) -> None:
    answers = Answers(actions)
    answers.source = make_zip(tmp_path / "evil.zip", [symlink_member("pack/exercises/x.toml")])
    assert not actions.install_from(answers.source)
    assert answers.warned == [
        "The pack was not installed: 'pack/exercises/x.toml' is a symbolic link;"
        " a pack holds plain files only"
    ]
    assert not packs_dir.exists()


def test_replacing_asks_first(actions: PackActions, packs_dir: Path, tmp_path: Path) -> None:
    answers = Answers(actions)
    assert actions.install_from(write_pack(tmp_path / "a" / "knee-pack"))
    newer = write_pack(tmp_path / "b" / "knee-pack", name="Newer", routine=False)
    before = folder_files(packs_dir / "knee-pack")
    answers.replace = False
    assert not actions.install_from(newer)
    assert answers.replace_asked == ["knee-pack"]
    assert folder_files(packs_dir / "knee-pack") == before
    answers.replace = True
    assert actions.install_from(newer)
    assert folder_files(packs_dir / "knee-pack") == folder_files(newer)


def test_cancelled_dialogs_do_nothing(actions: PackActions, packs_dir: Path) -> None:
    answers = Answers(actions)
    actions.install_archive()
    actions.install_folder()
    assert not actions.export()  # there is no pack yet: said so
    assert answers.warned == ["You have no packs of your own to export yet."]
    assert not packs_dir.exists()


def test_export_asks_which_pack_and_where(
    actions: PackActions, packs_dir: Path, tmp_path: Path
) -> None:
    answers = Answers(actions)
    actions.install_from(write_pack(tmp_path / "one" / "hips", name="Hips"))
    actions.install_from(write_pack(tmp_path / "two" / "knees", name="Knees"))
    answers.pack, answers.target = "knees", tmp_path / "out" / "for-my-patient"
    assert actions.export()
    assert answers.offered == [["hips", "knees"]]
    written = tmp_path / "out" / "for-my-patient.zip"  # the suffix is added
    with zipfile.ZipFile(written) as archive:
        assert archive.namelist()[0].startswith("knees/")
    assert answers.told[-1] == f"Exported the pack “knees” (4 files) to {written}."
    answers.pack = None
    assert not actions.export()  # cancelled at the choice


def test_export_of_a_single_pack_does_not_ask_which(actions: PackActions, tmp_path: Path) -> None:
    answers = Answers(actions)
    actions.install_from(write_pack(tmp_path / "hips"))
    answers.target = tmp_path / "hips.zip"
    assert actions.export()
    assert answers.offered == []
    assert (tmp_path / "hips.zip").is_file()


def test_export_failure_is_said(actions: PackActions, packs_dir: Path, tmp_path: Path) -> None:
    answers = Answers(actions)
    actions.install_from(write_pack(tmp_path / "hips"))
    (packs_dir / "hips" / "media" / "link").symlink_to(tmp_path)
    answers.target = tmp_path / "hips.zip"
    assert not actions.export()
    assert answers.warned[-1].startswith("The pack was not exported: 'media/link' is a symbolic")


def test_the_real_dialogs_are_asked(
    actions: PackActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "a.zip"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(archive), "*.zip"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "o.zip"), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a: ("Knees (knees)", True))
    (tmp_path / "knees").mkdir()
    (tmp_path / "knees" / "pack.toml").write_text('schema = 1\nname = "Knees"\n')
    assert actions.choose_archive() == archive
    assert actions.choose_folder() is None
    assert actions.choose_target("hips") == tmp_path / "o.zip"
    assert actions.confirm_replace("hips")
    write_pack(tmp_path / "knees")
    packs = [InstalledPack("knees", inspect_pack(tmp_path / "knees", BUNDLED))]
    assert actions.choose_pack(packs) == "knees"


def test_the_problems_dialog_lists_every_problem(qtbot: QtBot) -> None:
    problems = [
        Problem("bad/exercises/a.toml", "invalid TOML", line=3),
        Problem("bad/exercises/b.toml", "must be an integer", key="dosage.sets"),
    ]
    dialog = ProblemsDialog("bad", problems, None)
    qtbot.addWidget(dialog)
    assert "it has 2 problems" in dialog.heading.text()
    assert dialog.text.toPlainText().splitlines() == [
        "bad/exercises/a.toml:3: invalid TOML",
        "bad/exercises/b.toml: dosage.sets: must be an integer",
    ]
    assert dialog.text.accessibleName() == "Problems in the pack"
    assert dialog.text.isReadOnly()
    one = ProblemsDialog("bad", problems[:1], None)
    qtbot.addWidget(one)
    assert "it has 1 problem." in one.heading.text()


def test_the_library_page_offers_the_buttons_in_tab_order(
    qtbot: QtBot, bundled: Library, actions: PackActions
) -> None:
    page = LibraryPage(bundled)
    qtbot.addWidget(page)
    buttons = actions.buttons(page)
    page.add_actions(buttons)
    page.show()
    qtbot.waitExposed(page)
    install, export = buttons
    assert [b.accessibleName() for b in buttons] == ["Install pack", "Export pack"]
    assert [b.text() for b in buttons] == ["&Install pack…", "E&xport pack…"]
    menu = install.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["From a .&zip file…", "From a &folder…"]
    for button in buttons:
        assert button.isVisible()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert _reaches(page.view, install)
    assert install.nextInFocusChain() is export
    assert export.nextInFocusChain() is page.figure.previous_button


def _reaches(start: QWidget, wanted: QPushButton) -> bool:
    """Return whether Tab from ``start`` reaches ``wanted`` before the figure's buttons."""
    widget: QWidget | None = start.nextInFocusChain()
    for _ in range(50):
        if widget is None or widget is wanted:
            return widget is wanted
        widget = widget.nextInFocusChain()
    return False
