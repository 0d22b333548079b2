"""The Library page with its detail pane left until after its first paint."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.ui.exercise_detail import ExerciseDetail
from hipcoach.ui.figure_view import FigurePanel
from hipcoach.ui.library_page import LibraryPage


@pytest.fixture(scope="module")
def bundled() -> Library:
    return load_library(bundled_resources_dir())


def _later(qtbot: QtBot, library: Library) -> LibraryPage:
    page = LibraryPage(library, detail_later=True)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    return page


def _focus_chain(page: LibraryPage) -> list[str]:
    names = []
    widget: QWidget | None = page.search
    for _ in range(400):
        if widget is None:
            break
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        names.append(widget.accessibleName() or text or type(widget).__name__)
        widget = widget.nextInFocusChain()
        if widget is page.search:
            break
    return names


def test_the_list_shows_first_and_the_detail_follows_the_first_paint(
    qtbot: QtBot, bundled: Library
) -> None:
    page = _later(qtbot, bundled)
    assert page.findChildren(ExerciseDetail) == []
    assert page.findChildren(FigurePanel) == []
    first = page.current_exercise()
    assert first is not None
    page.show()
    qtbot.waitUntil(lambda: bool(page.findChildren(ExerciseDetail)))
    assert page.detail.exercise == first
    assert len(page.findChildren(FigurePanel)) == 1


def test_the_search_gets_its_named_clear_button_with_the_detail(
    qtbot: QtBot, bundled: Library
) -> None:
    page = _later(qtbot, bundled)
    assert not page.search.isClearButtonEnabled()  # its icon is not needed for the first paint
    page.show()
    qtbot.waitUntil(page.search.isClearButtonEnabled)
    names = [button.accessibleName() for button in page.search.findChildren(QToolButton)]
    assert names == ["Clear search"]
    eager = LibraryPage(bundled)
    qtbot.addWidget(eager)
    assert eager.search.isClearButtonEnabled()


def test_asking_for_the_detail_before_the_paint_builds_it_at_once(
    qtbot: QtBot, bundled: Library
) -> None:
    page = _later(qtbot, bundled)
    assert page.show_exercise("glute-bridge-hold")
    assert page.detail.exercise is not None
    assert page.detail.exercise.id == "glute-bridge-hold"
    assert page.figure is page.findChild(FigurePanel)
    page.select_exercise(bundled.exercises[0].id)
    assert page.detail.exercise == bundled.exercises[0]
    page.show()
    qtbot.waitExposed(page)
    assert len(page.findChildren(ExerciseDetail)) == 1  # built once


def test_tab_reaches_the_same_controls_in_the_same_order(qtbot: QtBot, bundled: Library) -> None:
    now = LibraryPage(bundled)
    qtbot.addWidget(now)
    later = _later(qtbot, bundled)
    for page in (now, later):
        page.add_actions([QPushButton("New exercise"), QPushButton("Install pack")])
    later.detail.setFocus()  # builds it, after the action buttons were added
    assert _focus_chain(later) == _focus_chain(now)
    chain = _focus_chain(now)
    assert chain.index("Install pack") < chain.index("Previous position")
