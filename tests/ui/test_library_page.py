"""The Library page and the main window, driven through their widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from hipcoach.core.exercises import Category, Position
from hipcoach.core.learn import muscle_key
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.search import ExerciseFilter
from hipcoach.ui.exercise_detail import exercise_html
from hipcoach.ui.exercise_model import (
    EXERCISE_ROLE,
    Column,
    ExerciseFilterModel,
    ExerciseTableModel,
)
from hipcoach.ui.library_page import LibraryPage
from hipcoach.ui.links import learn_link
from hipcoach.ui.main_window import MainWindow
from hipcoach.ui.sections import Section
from tests.bundled import exercise_count, exercise_ids

OVERRIDE = """\
schema = 1
id = "couch-stretch"
name = "Couch stretch, knee on a cushion"
category = "stretch"
summary = "The couch stretch as my physio set it."
targets = ["rectus femoris"]
position = "half-kneeling"
starting_position = "Kneel with a cushion under the back knee."
steps = ["Tuck the pelvis.", "Stay upright.", "Breathe."]
[sides]
per_side = true
[dosage]
hold_seconds = 40
"""


@pytest.fixture(scope="module")
def bundled() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture
def page(qtbot: QtBot, bundled: Library) -> LibraryPage:
    widget = LibraryPage(bundled)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _ids(page: LibraryPage) -> list[str]:
    return [exercise.id for exercise in page.visible_exercises()]


def test_models_pass_the_model_tester(qtmodeltester, bundled: Library) -> None:  # type: ignore[no-untyped-def]
    source = ExerciseTableModel(bundled.exercises)
    qtmodeltester.check(source)
    proxy = ExerciseFilterModel(source)
    proxy.set_filter(ExerciseFilter(query="stretch"))
    qtmodeltester.check(proxy)
    source.set_exercises(bundled.exercises[:3])
    qtmodeltester.check(source)


def test_shows_every_bundled_exercise_grouped_by_category(page: LibraryPage) -> None:
    shown = page.visible_exercises()
    assert {exercise.id for exercise in shown} == exercise_ids()
    order = [exercise.category for exercise in shown]
    assert order == sorted(order, key=list(Category).index)
    assert page.count_label.text() == f"{exercise_count()} exercises"
    assert not page.problems.isVisibleTo(page)


def test_typing_in_search_filters_as_you_type(qtbot: QtBot, page: LibraryPage) -> None:
    qtbot.keyClicks(page.search, "glute")
    assert set(_ids(page)) >= {"glute-bridge-hold", "standing-glute-squeezes"}
    assert "couch-stretch" not in _ids(page)
    qtbot.keyClicks(page.search, " bridge")
    assert _ids(page) == ["glute-bridge-hold"]
    assert page.count_label.text() == f"1 of {exercise_count()} exercises match"
    assert page.detail.exercise is not None
    assert page.detail.exercise.id == "glute-bridge-hold"


def test_search_matches_targets_and_equipment(qtbot: QtBot, page: LibraryPage) -> None:
    qtbot.keyClicks(page.search, "LACROSSE")
    assert set(_ids(page)) == {"psoas-ball-release", "spinal-ball-release"}


def test_no_match_clears_the_detail(qtbot: QtBot, page: LibraryPage) -> None:
    qtbot.keyClicks(page.search, "zzzz")
    assert _ids(page) == []
    assert page.detail.exercise is None
    assert "Select an exercise" in page.detail.toPlainText()


def test_facet_filters_combine(page: LibraryPage) -> None:
    page.category_box.setCurrentIndex(page.category_box.findData(Category.STRETCH))
    assert set(_ids(page)) == exercise_ids(Category.STRETCH)
    page.position_box.setCurrentIndex(page.position_box.findData(Position.HALF_KNEELING))
    assert set(_ids(page)) <= {"half-kneeling-hip-flexor", "couch-stretch"}
    assert "half-kneeling-hip-flexor" in _ids(page)
    page.category_box.setCurrentIndex(0)
    page.position_box.setCurrentIndex(0)
    page.equipment_box.setCurrentIndex(page.equipment_box.findData("resistance band"))
    assert _ids(page) == ["banded-hip-extension"]
    page.equipment_box.setCurrentIndex(0)
    page.target_box.setCurrentIndex(page.target_box.findData("tensor fasciae latae"))
    assert _ids(page) == ["tfl-foam-roll"]


def test_keyboard_ctrl_f_escape_and_down(qtbot: QtBot, page: LibraryPage) -> None:
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "dead")
    assert _ids(page) == ["dead-bug"]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert len(_ids(page)) == exercise_count()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.view.hasFocus()
    first = page.detail.exercise
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.detail.exercise is not None
    assert page.detail.exercise != first


def test_selecting_shows_everything_the_exercise_carries(qtbot: QtBot, page: LibraryPage) -> None:
    with qtbot.waitSignal(page.exercise_selected) as blocker:
        assert page.select_exercise("psoas-ball-release")
    exercise = blocker.args[0]
    assert exercise.id == "psoas-ball-release"
    text = page.detail.toPlainText()
    assert "1–2 min per side" in text
    for part in (*exercise.steps, *exercise.cautions, *exercise.contraindications):
        assert part in text
    for heading in ("Steps", "Take care", "Skip this exercise if", "Common mistakes"):
        assert heading in text
    html = page.detail.toHtml()
    assert "<ol" in html  # steps are numbered


def test_every_control_has_an_accessible_name(page: LibraryPage) -> None:
    for widget in (
        page.search,
        page.category_box,
        page.target_box,
        page.equipment_box,
        page.position_box,
        page.view,
        page.detail,
    ):
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget


def test_tab_moves_through_the_controls_in_order(qtbot: QtBot, page: LibraryPage) -> None:
    """Down the filters and the list, then the figure's buttons above the detail, then it."""
    figure = page.figure
    figure_buttons = [
        button
        for button in (
            figure.previous_button,
            figure.play_button,
            figure.next_button,
            figure.side_button,
        )
        if button.isVisibleTo(page) and button.isEnabled()
    ]
    assert figure_buttons  # the first exercise has a figure to step through
    expected = [
        page.search,
        page.category_box,
        page.target_box,
        page.equipment_box,
        page.position_box,
        page.view,
        *figure_buttons,
        page.detail,
    ]
    page.search.setFocus()
    seen = [page.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        seen.append(page.focusWidget())
    assert seen == expected


def test_broken_pack_is_listed_and_override_is_marked(qtbot: QtBot, tmp_path: Path) -> None:
    good = tmp_path / "physio"
    (good / "exercises").mkdir(parents=True)
    (good / "exercises" / "couch.toml").write_text(OVERRIDE, encoding="utf-8")
    broken = tmp_path / "broken"
    (broken / "exercises").mkdir(parents=True)
    (broken / "exercises" / "bad.toml").write_text("schema = 1\nid = [\n", encoding="utf-8")
    library = load_library(bundled_resources_dir(), [good, broken])
    page = LibraryPage(library)
    qtbot.addWidget(page)
    assert page.problems.isVisibleTo(page)
    problems = page.problems_text.toPlainText()
    assert "broken/exercises/bad.toml:" in problems
    assert len(page.visible_exercises()) == exercise_count()
    assert page.select_exercise("couch-stretch")
    index = page.view.currentIndex()
    assert index.data(EXERCISE_ROLE).name == "Couch stretch, knee on a cushion"
    assert "★" in index.data()
    assert "replaces the bundled exercise" in page.detail.toPlainText()
    assert str(good) in page.detail.toPlainText()


def test_detail_colours_follow_a_dark_palette(bundled: Library) -> None:
    exercise = bundled.exercise("psoas-ball-release")
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    light_html, dark_html = exercise_html(exercise, light), exercise_html(exercise, dark)
    assert "#fff4e0" in light_html
    assert "#4a3208" in dark_html
    assert "#fff4e0" not in dark_html


def test_main_window_has_only_the_sections_added(qtbot: QtBot, bundled: Library) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    page = LibraryPage(bundled)
    window.add_section(Section.LIBRARY, page)
    titles = [window.sections.item(row).text() for row in range(window.sections.count())]
    assert titles == ["Library"]
    assert window.pages.currentWidget() is page
    assert window.sections.accessibleName() == "Sections"


def test_detail_shows_a_pack_image(qtbot: QtBot, tmp_path: Path) -> None:
    pack = tmp_path / "with-image"
    (pack / "exercises").mkdir(parents=True)
    (pack / "media").mkdir()
    (pack / "media" / "pose.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (pack / "exercises" / "wall.toml").write_text(
        OVERRIDE.replace('"couch-stretch"', '"wall-pose"') + "",
        encoding="utf-8",
    )
    text = (pack / "exercises" / "wall.toml").read_text()
    (pack / "exercises" / "wall.toml").write_text(
        text.replace("[sides]", 'image = "media/pose.png"\n[sides]'), encoding="utf-8"
    )
    library = load_library(bundled_resources_dir(), [pack])
    assert library.problems == ()
    html = exercise_html(library.exercise("wall-pose"), QPalette())
    assert "pose.png" in html
    assert "<img" in html


def test_targets_link_to_their_muscle_on_the_learn_page(qtbot: QtBot, page: LibraryPage) -> None:
    assert page.select_exercise("couch-stretch")  # iliopsoas, rectus femoris, quadriceps
    html = page.detail.toHtml()
    for muscle in ("psoas-major", "iliacus", "rectus-femoris"):
        assert f'href="{learn_link(muscle_key(muscle))}"' in html, muscle
    text = page.detail.toPlainText()
    assert "iliopsoas (Psoas major, Iliacus), rectus femoris, quadriceps" in text
    with qtbot.waitSignal(page.learn_requested) as asked:
        page.detail.anchorClicked.emit(QUrl(learn_link(muscle_key("rectus-femoris"))))
    assert asked.args == ["muscle/rectus-femoris"]
    assert page.detail.exercise is not None  # the link did not navigate the pane away
    assert page.detail.exercise.id == "couch-stretch"
    # Without reference data nothing links.
    assert "href" not in exercise_html(page.detail.exercise, QPalette())


def test_enter_on_a_target_link_asks_for_the_learn_page(qtbot: QtBot, page: LibraryPage) -> None:
    assert page.select_exercise("tfl-foam-roll")
    page.detail.setFocus()
    qtbot.keyClick(page.detail, Qt.Key.Key_Tab)
    with qtbot.waitSignal(page.learn_requested) as asked:
        qtbot.keyClick(page.detail, Qt.Key.Key_Return)
    assert asked.args == ["muscle/tensor-fasciae-latae"]


def _learn_buttons(page: LibraryPage) -> list[str]:
    return [button.text() for button in page.learn_buttons]


def test_search_offers_the_learn_entries_it_finds(qtbot: QtBot, page: LibraryPage) -> None:
    assert not page.learn_found.isVisible()
    qtbot.keyClicks(page.search, "psoas")
    assert page.learn_found.isVisible()
    assert _learn_buttons(page) == [
        "Psoas major",
        "Iliacus",
        "Signs of tight hip flexors",
        "When to see a professional",
    ]
    assert [b.accessibleName() for b in page.learn_buttons][:2] == [
        "Learn: Psoas major",
        "Learn: Iliacus",
    ]
    assert page.visible_exercises()  # the exercises are found as before
    with qtbot.waitSignal(page.learn_requested) as asked:
        page.learn_buttons[0].click()
    assert asked.args == ["muscle/psoas-major"]
    page.search.clear()
    qtbot.keyClicks(page.search, "iliacus")
    assert _learn_buttons(page) == ["Iliacus"]
    page.search.clear()
    assert not page.learn_found.isVisible()
    assert page.learn_buttons == []


def test_tab_reaches_the_learn_entries_after_the_list(qtbot: QtBot, page: LibraryPage) -> None:
    qtbot.keyClicks(page.search, "iliacus")
    (button,) = page.learn_buttons
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert page.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.figure.previous_button
    with qtbot.waitSignal(page.learn_requested) as asked:
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert asked.args == ["muscle/iliacus"]


def test_showing_an_exercise_clears_a_search_that_hides_it(page: LibraryPage) -> None:
    page.search.setText("bridge")
    page.category_box.setCurrentIndex(page.category_box.findData(Category.STRENGTHEN))
    assert "couch-stretch" not in _ids(page)
    assert page.show_exercise("couch-stretch")
    assert page.search.text() == ""
    assert page.category_box.currentData() is None
    assert page.detail.exercise is not None
    assert page.detail.exercise.id == "couch-stretch"
    page.search.setText("bridge")
    assert page.show_exercise("glute-bridge-hold")
    assert page.search.text() == "bridge"  # nothing hid it: the search stays
    assert not page.show_exercise("no-such-exercise")


def test_the_category_column_fits_every_category_and_keeps_its_width(page: LibraryPage) -> None:
    header = page.view.header()
    width = header.sectionSize(Column.CATEGORY)
    assert width >= page.view.sizeHintForColumn(Column.CATEGORY)  # what fitting every row gives
    assert width >= header.sectionSizeHint(Column.CATEGORY)
    page.category_box.setCurrentIndex(page.category_box.findData(Category.RELEASE))
    assert page.filter_model.rowCount() < exercise_count()
    assert header.sectionSize(Column.CATEGORY) == width  # no jump while filtering
    font = page.font()
    font.setPointSize(font.pointSize() + 6)
    page.setFont(font)
    assert header.sectionSize(Column.CATEGORY) > width  # measured again for the larger text


def test_rows_have_room_around_their_text(page: LibraryPage) -> None:
    first = page.filter_model.index(0, Column.NAME)
    row_height = page.view.visualRect(first).height()
    assert row_height >= page.view.fontMetrics().height() + 6
