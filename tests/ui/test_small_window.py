"""The window shrinks to 800 × 600 without clipping any page, a running session included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from hipcoach.app import HipCoach
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.ui.learn_page import LearnPage
from hipcoach.ui.sections import Section
from tests.app_harness import AppHarness, short_plan

SMALL = QSize(800, 600)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture
def harness(qapp: QApplication, library: Library, tmp_path: Path) -> Iterator[AppHarness]:
    started = AppHarness(library, tmp_path)
    yield started
    started.close()


@pytest.fixture
def coach(harness: AppHarness) -> HipCoach:
    started = harness.start()
    started.window.resize(SMALL)
    started.window.show()
    return started


def _fits(coach: HipCoach, page: QWidget, content: QWidget | None = None) -> None:
    """Assert the window is 800 × 600 and ``page`` needs no more room than it has there.

    ``content`` is the part of the page whose wrapped text and buttons need
    more height as the page narrows (the page itself if ``None``).
    """
    QApplication.processEvents()  # let the layouts settle
    window = coach.window
    assert window.size() == SMALL
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL.width(), hint
    assert hint.height() <= SMALL.height(), hint
    room = window.pages.size()
    needed = page.minimumSizeHint()
    assert needed.width() <= room.width(), (page, needed, room)
    assert needed.height() <= room.height(), (page, needed, room)
    part = content or page
    layout = part.layout()
    if layout is not None and layout.hasHeightForWidth():  # wrapped text and buttons
        needed_height = layout.totalMinimumHeightForWidth(part.width())
        assert needed_height <= part.height(), (part, needed_height, part.size())


@pytest.mark.parametrize("section", list(Section), ids=lambda section: section.name.lower())
def test_every_page_fits_a_small_window(coach: HipCoach, section: Section) -> None:
    assert coach.window.show_section(section)
    page = coach.window.page(section)
    assert page is not None
    session = section is Section.SESSION
    _fits(coach, page, coach.player.views.currentWidget() if session else None)


@pytest.mark.parametrize("entry", ["muscle/psoas-major", "muscle/rectus-femoris", "red-flags"])
def test_the_learn_page_fits_a_small_window_with_a_drawing(coach: HipCoach, entry: str) -> None:
    assert coach.window.show_section(Section.LEARN)
    page = coach.window.page(Section.LEARN)
    assert isinstance(page, LearnPage)
    assert page.show_entry(entry)
    _fits(coach, page)
    if entry.startswith("muscle/"):
        assert page.figure.height() >= page.figure.minimumHeight()
        assert page.text.height() >= 3 * page.text.fontMetrics().lineSpacing()


@pytest.mark.parametrize("exercise", ["spinal-ball-release", "couch-stretch"])
def test_a_running_session_fits_a_small_window(
    coach: HipCoach, harness: AppHarness, library: Library, exercise: str
) -> None:
    coach.window.show_section(Section.SESSION)
    coach.player.start(short_plan(library, exercise))  # a long name; cautions on get-ready
    cautions = 0
    for _ in range(6):  # get ready, then the first seconds of the hold
        _fits(coach, coach.player, coach.player.run)
        cautions += coach.player.run.caution_label.isVisible()
        harness.clock.advance(2.0)
        coach.session_driver.poll()
    assert cautions  # the tallest moment, a caution under the countdown, was among them
    coach.session_driver.command("toggle_pause")
    _fits(coach, coach.player, coach.player.run)
