"""A Library page built from the last start's snapshot, until its library arrives.

It must look and read exactly like the page built from the library, ask
for the library as soon as something needs it, and take the library
without losing what the user did in between.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.library import Library, load_library
from hipcoach.core.library_snapshot import LibrarySnapshot
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.ui.exercise_model import Column
from hipcoach.ui.library_page import LibraryPage
from tests.bundled import exercise_count


@pytest.fixture(scope="module")
def bundled() -> Library:
    return load_library(bundled_resources_dir())


def shown(qtbot: QtBot, page: LibraryPage) -> LibraryPage:
    qtbot.addWidget(page)
    page.add_actions([QPushButton("New…"), QPushButton("Install pack…")])
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def snapshot(qtbot: QtBot, bundled: Library) -> LibrarySnapshot:
    """What a page built from the library would keep for the next start."""
    return shown(qtbot, LibraryPage(bundled)).snapshot()


def chain(page: LibraryPage) -> list[str]:
    """Return the buttons, boxes and the list in the order Tab visits them (shown or not)."""
    order: list[str] = []
    current: QWidget | None = page.nextInFocusChain()
    while current is not None and current is not page:
        if isinstance(current, QAbstractButton | QComboBox) or current is page.view:
            order.append(current.accessibleName() or getattr(current, "text", str)())
        current = current.nextInFocusChain()
    return order


def test_the_page_from_a_snapshot_shows_what_the_page_from_the_library_shows(
    qtbot: QtBot, bundled: Library, snapshot: LibrarySnapshot
) -> None:
    real = shown(qtbot, LibraryPage(bundled))
    early = shown(qtbot, LibraryPage(snapshot))
    assert not early.has_library
    assert early.model.rows == real.model.rows
    assert len(early.model.rows) == exercise_count()
    assert early.count_label.text() == real.count_label.text()
    header, real_header = early.view.header(), real.view.header()
    assert header.sectionSize(Column.CATEGORY) == real_header.sectionSize(Column.CATEGORY)
    assert early.view.currentIndex().row() == real.view.currentIndex().row() == 0
    assert early.problems.isVisible() == real.problems.isVisible()
    for box, real_box in (
        (early.category_box, real.category_box),
        (early.target_box, real.target_box),
        (early.equipment_box, real.equipment_box),
        (early.position_box, real.position_box),
    ):
        assert box.count() == 1  # "All …" only: nothing to filter with yet
        assert box.currentText() == real_box.currentText()
        assert box.width() == real_box.width()


def test_the_buttons_are_as_they_will_be_before_the_library(
    qtbot: QtBot, bundled: Library, snapshot: LibrarySnapshot
) -> None:
    from hipcoach.ui.exercise_actions import ExerciseActions  # noqa: PLC0415

    real = shown(qtbot, LibraryPage(bundled))
    early = shown(qtbot, LibraryPage(snapshot))
    pack = bundled_resources_dir()
    states = []
    for page in (real, early):
        actions = ExerciseActions(page, packs_dir=pack, bundled_dir=pack)
        states.append(
            [
                b.isEnabled()
                for b in (actions.copy_button, actions.edit_button, actions.delete_button)
            ]
        )
    assert states[0] == states[1] == [True, False, False]  # a bundled exercise is selected


def test_typing_a_search_asks_for_the_library_and_then_filters(
    qtbot: QtBot, bundled: Library, snapshot: LibrarySnapshot
) -> None:
    early = shown(qtbot, LibraryPage(snapshot))
    asked: list[bool] = []

    def give() -> None:
        asked.append(True)
        early.set_library(bundled)

    early.library_needed = give
    qtbot.keyClicks(early.search, "glute bridge")
    assert asked == [True]
    assert [exercise.id for exercise in early.visible_exercises()] == ["glute-bridge-hold"]
    assert early.count_label.text() == f"1 of {exercise_count()} exercises match"


def test_the_row_picked_before_the_library_stays_picked_and_is_shown(
    qtbot: QtBot, bundled: Library, snapshot: LibrarySnapshot
) -> None:
    early = shown(qtbot, LibraryPage(snapshot))
    early.view.setCurrentIndex(early.filter_model.index(4, 0))  # a click before the library
    assert early.current_exercise() is None
    with qtbot.waitSignal(early.exercise_selected) as selected:
        early.set_library(bundled)
    assert early.view.currentIndex().row() == 4
    assert selected.args[0] is bundled.exercises[4]
    assert early.detail.exercise is bundled.exercises[4]
    assert early.category_box.count() > 1  # the filters offer the library's values now


def test_the_learn_entries_come_with_the_library_in_their_place_in_the_tab_order(
    qtbot: QtBot, bundled: Library, snapshot: LibrarySnapshot
) -> None:
    real = shown(qtbot, LibraryPage(bundled))
    early = shown(qtbot, LibraryPage(snapshot))
    assert early.learn_buttons == []
    early.set_library(bundled)
    early.detail  # noqa: B018 - built, as the real page's is by now
    real.detail  # noqa: B018
    assert chain(early) == chain(real)
    qtbot.keyClicks(early.search, "iliacus")
    assert [b.text() for b in early.learn_buttons] == ["Iliacus"]


def test_without_a_way_to_the_library_the_page_says_so(
    snapshot: LibrarySnapshot, qtbot: QtBot
) -> None:
    early = LibraryPage(snapshot)
    qtbot.addWidget(early)
    with pytest.raises(RuntimeError, match="no library yet"):
        early.library  # noqa: B018
    early.search.setText("bridge")  # no library to filter with: the rows stay
    assert early.filter_model.rowCount() == exercise_count()
