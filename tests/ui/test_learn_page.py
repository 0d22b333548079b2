"""The Learn page: each topic by keyboard, each muscle drawn, links, all the reference shown."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtGui import Qt as GuiQt
from pytestqt.qtbot import QtBot

from hipcoach.core.learn import LearnTopic, muscle_key
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.reference import Reference
from hipcoach.ui.figure_painter import FigureColours
from hipcoach.ui.learn_content import SYMPTOM_HEADINGS
from hipcoach.ui.learn_page import LearnPage
from hipcoach.ui.links import exercise_link, learn_link

Key = GuiQt.Key


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture(scope="module")
def reference(library: Library) -> Reference:
    assert library.reference is not None
    return library.reference


@pytest.fixture
def page(qtbot: QtBot, library: Library, reference: Reference) -> LearnPage:
    widget = LearnPage(reference, library.exercises)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def shown_text(page: LearnPage) -> dict[str, str]:
    """Return what each entry shows in words: its text, the caption and the drawing's name."""
    shown = {}
    for key in page.entry_keys():
        assert page.show_entry(key)
        words = [page.text.toPlainText()]
        if page.caption.isVisible():
            words.append(page.caption.text())
        if page.figure.isVisible():
            words += [page.figure.accessibleName(), page.figure.accessibleDescription()]
        shown[key] = _flat(" ".join(words))
    return shown


def test_the_topics_list_the_muscles_under_the_hip_flexors(
    page: LearnPage, reference: Reference
) -> None:
    topics = page.topics
    items = [topics.topLevelItem(i) for i in range(topics.topLevelItemCount())]
    headings = [item.text(0) for item in items if item is not None]
    assert headings == [
        "The hip flexors",
        "Signs of tight hip flexors",
        "Common mistakes",
        "How long it takes",
        "When to see a professional",
    ]
    flexors = items[0]
    assert flexors is not None
    children = [flexors.child(i) for i in range(flexors.childCount())]
    names = [child.text(0) for child in children if child is not None]
    assert names == [m.name for m in reference.muscles]
    assert page.current_key == LearnTopic.MUSCLES.value
    assert topics.accessibleName() == "Topics"


def test_the_keyboard_walks_the_topics_and_tab_reaches_the_text(
    qtbot: QtBot, page: LearnPage, reference: Reference
) -> None:
    page.topics.setFocus()
    visited = [page.current_key]
    for _ in range(len(page.entry_keys()) - 1):
        qtbot.keyClick(page.topics, Key.Key_Down)
        visited.append(page.current_key)
    assert visited == page.entry_keys()
    qtbot.keyClick(page.topics, Key.Key_Home)
    assert page.current_key == "muscles"
    qtbot.keyClick(page.topics, Key.Key_Down)
    assert page.current_key == muscle_key(reference.muscles[0].id)
    qtbot.keyClick(page.topics, Key.Key_Tab)
    assert page.focusWidget() is page.text
    # The text is named by the topic on show, so a screen reader says which.
    assert page.text.accessibleName() == reference.muscles[0].name


def test_each_muscle_is_drawn_with_only_it_tinted_and_named(
    page: LearnPage, reference: Reference
) -> None:
    colours = FigureColours.for_palette(page.palette())
    for muscle in reference.muscles:
        page.show_entry(muscle_key(muscle.id))
        figure = page.figure
        assert figure.isVisible(), muscle.id
        drawing = figure.drawing
        assert drawing is not None
        assert muscle.figure is not None
        assert drawing.figure.muscles == (muscle.figure.region,)
        assert drawing.exercise.id == muscle.figure.exercise
        assert figure.accessibleName() == f"Drawing: {muscle.name}"
        assert drawing.exercise.name in figure.accessibleDescription()
        assert page.caption.text() == figure.accessibleDescription()
        assert page.caption.accessibleName() == ""  # named by what it shows
        image = figure.grab().toImage()
        assert _count_near(image, _tint_over(colours.body, colours.muscle)) > 40, muscle.id
        # The working limb is not picked out: only the muscle stands out.
        assert _count_near(image, colours.working) == 0, muscle.id


def test_topics_other_than_muscles_have_no_drawing(page: LearnPage) -> None:
    for key in ("muscles", "symptoms", "mistakes", "timeline", "red-flags"):
        page.show_entry(key)
        assert not page.figure.isVisible(), key
        assert not page.caption.isVisible(), key


def test_each_muscle_lists_the_exercises_that_work_it_as_links(
    qtbot: QtBot, page: LearnPage, library: Library, reference: Reference
) -> None:
    for muscle in reference.muscles:
        page.show_entry(muscle_key(muscle.id))
        html = page.text.toHtml()
        text = page.text.toPlainText()
        worked = muscle.worked_by(library.exercises)
        for exercise in worked:
            assert f'href="{exercise_link(exercise.id)}"' in html, (muscle.id, exercise.id)
            assert exercise.name in text
        if not worked:
            assert "No exercise in your library names this muscle" in text
    page.show_entry(muscle_key("rectus-femoris"))
    with qtbot.waitSignal(page.exercise_requested) as asked:
        page.text.anchorClicked.emit(QUrl(exercise_link("couch-stretch")))
    assert asked.args == ["couch-stretch"]


def test_enter_on_a_link_opens_the_exercise(qtbot: QtBot, page: LearnPage) -> None:
    page.show_entry(muscle_key("rectus-femoris"))
    page.text.setFocus()
    qtbot.keyClick(page.text, Key.Key_Tab)  # to the first link
    assert page.focusWidget() is page.text
    assert page.text.textCursor().hasSelection()
    with qtbot.waitSignal(page.exercise_requested) as asked:
        qtbot.keyClick(page.text, Key.Key_Return)
    assert asked.args == ["foam-roll-quads"]


def test_the_overview_links_to_each_muscle(page: LearnPage, reference: Reference) -> None:
    page.show_entry("muscles")
    for muscle in reference.muscles:
        assert f'href="{learn_link(muscle_key(muscle.id))}"' in page.text.toHtml()
    page.text.anchorClicked.emit(QUrl(learn_link(muscle_key("iliacus"))))
    assert page.current_key == "muscle/iliacus"
    current = page.topics.currentItem()
    assert current is not None
    assert current.text(0) == "Iliacus"
    assert not page.show_entry("muscle/gluteus-maximus")
    assert page.current_key == "muscle/iliacus"


#: Fields of the reference that are not words for the reader, and where they show instead.
NOT_WORDS = {
    ("Muscle", "id"): "a key: links use it",
    ("Muscle", "targets"): "names that match exercise targets: the muscle lists those exercises",
    ("Muscle", "figure"): "the drawing (test_each_muscle_is_drawn_with_only_it_tinted_and_named)",
    ("Symptom", "group"): "the heading a symptom is listed under (checked below)",
    ("Stage", "from_day"): "programme days: the label says them; Progress places you by them",
    ("Stage", "to_day"): "programme days: the label says them; Progress places you by them",
    ("RedFlag", "id"): "a key: the history stores each answer by it",
}


def reference_words(value: object, where: str) -> Iterator[tuple[str, str]]:
    """Yield (where, text) for every piece of ``value`` a reader should find on a page.

    A field of a kind this does not know fails the test: decide where it
    shows, then teach this function (or ``NOT_WORDS``) about it.
    """
    if isinstance(value, str):
        yield where, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if (type(value).__name__, field.name) not in NOT_WORDS:
                yield from reference_words(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, tuple) and len(value) == 2 and all(type(v) is int for v in value):
        low, high = value
        yield where, f"{low}–{high} weeks"
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from reference_words(item, f"{where}[{index}]")
    else:
        raise AssertionError(f"{where}: how is a {type(value).__name__} shown? ({value!r})")


def test_everything_the_reference_loads_is_shown(page: LearnPage, reference: Reference) -> None:
    shown = " ".join(shown_text(page).values())
    missing = [
        f"{where}: {text}"
        for where, text in reference_words(reference, "reference")
        if _flat(text) not in shown and _flat(text[:1].upper() + text[1:]) not in shown
    ]
    assert not missing, "\n".join(missing)
    # The symptoms' groups are the headings they are listed under.
    symptoms = shown_text(page)["symptoms"]
    groups = [
        group for group in SYMPTOM_HEADINGS if any(s.group == group for s in reference.symptoms)
    ]
    assert groups == list(SYMPTOM_HEADINGS)
    for group, heading in SYMPTOM_HEADINGS.items():
        first = next(s.text for s in reference.symptoms if s.group == group)
        assert symptoms.index(heading) < symptoms.index(_flat(first))


def test_the_timeline_says_what_it_depends_on_before_the_stages(
    page: LearnPage, reference: Reference
) -> None:
    text = shown_text(page)["timeline"]
    assert text.index(reference.caveat) < text.index(reference.stages[0].label)
    assert "within 2–4 weeks" in text
    assert reference.consistency in text


def test_the_red_flags_say_whom_to_see_and_how_long_self_care_deserves(
    page: LearnPage, reference: Reference
) -> None:
    text = shown_text(page)["red-flags"]
    assert "4–6 weeks of regular release and stretching is a fair trial" in text
    assert "Who to see" in text
    assert "Physiotherapist" in text
    assert "Femoroacetabular impingement (FAI)" in text


def test_the_figure_takes_no_focus_and_every_control_is_named(page: LearnPage) -> None:
    assert not page.figure.focusPolicy() & GuiQt.FocusPolicy.TabFocus
    for widget in (page.topics, page.text, page.figure):
        assert widget.accessibleName(), widget


def _tint_over(base: QColor, tint: QColor) -> QColor:
    share = tint.alphaF()
    return QColor(
        round(tint.red() * share + base.red() * (1 - share)),
        round(tint.green() * share + base.green() * (1 - share)),
        round(tint.blue() * share + base.blue() * (1 - share)),
    )


def _count_near(image: QImage, colour: QColor, tolerance: int = 30) -> int:
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            distance = (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
            )
            found += distance < tolerance
    return found


def test_a_muscle_without_its_exercise_says_there_is_no_drawing(
    qtbot: QtBot, library: Library, reference: Reference
) -> None:
    others = [e for e in library.exercises if e.id != "couch-stretch"]
    page = LearnPage(reference, others)
    qtbot.addWidget(page)
    page.show()
    page.show_entry(muscle_key("rectus-femoris"))
    assert not page.figure.isVisible()
    assert page.caption.text() == "No drawing for Rectus femoris"
    assert "Couch stretch" not in page.text.toPlainText()  # not in this library
