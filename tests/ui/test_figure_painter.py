"""The figure painter: it draws something, keyframes and sides differ, mirroring is exact."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from hipcoach.core.exercises import Exercise
from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import Side
from hipcoach.ui.figure_painter import FigureColours, figure_points, render_figure


@pytest.fixture(scope="module")
def exercises() -> dict[str, Exercise]:
    return {e.id: e for e in load_library(bundled_resources_dir(), []).exercises}


def opaque_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).alpha() > 0
    )


def differing_pixels(a: QImage, b: QImage) -> int:
    return sum(
        1
        for y in range(0, a.height(), 2)
        for x in range(0, a.width(), 2)
        if a.pixel(x, y) != b.pixel(x, y)
    )


def test_every_figure_draws_a_visible_person(
    qapp: QApplication, exercises: dict[str, Exercise]
) -> None:
    for exercise in exercises.values():
        figure = exercise.figure
        assert figure is not None
        image = render_figure(figure, figure.still, Side.LEFT, 120)
        assert image.width() == image.height() == 120
        # Transparent background, and a good share of the picture is drawn.
        assert image.pixelColor(0, 0).alpha() == 0
        assert opaque_pixels(image) > 60 * 60 * 0.04, exercise.id


def test_keyframes_and_sides_draw_differently(
    qapp: QApplication, exercises: dict[str, Exercise]
) -> None:
    for exercise in exercises.values():
        figure = exercise.figure
        assert figure is not None
        pictures = [render_figure(figure, pose, Side.LEFT, 120) for pose in figure.keyframes]
        for before, after in itertools.pairwise(pictures):
            assert differing_pixels(before, after) > 20, exercise.id
        left = render_figure(figure, figure.still, Side.LEFT, 120)
        right = render_figure(figure, figure.still, Side.RIGHT, 120)
        assert differing_pixels(left, right) > 20, exercise.id


def test_mirroring_reflects_every_joint_exactly(
    qapp: QApplication, exercises: dict[str, Exercise]
) -> None:
    area = QRectF(10, 20, 300, 200)
    centre = area.center().x()
    for exercise in exercises.values():
        figure = exercise.figure
        assert figure is not None
        for pose in figure.keyframes:
            left = figure_points(figure, pose, Side.LEFT, area)
            right = figure_points(figure, pose, Side.RIGHT, area)
            assert figure_points(figure, pose, None, area) == left
            for name, point in left.items():
                assert right[name].x() == pytest.approx(2 * centre - point.x(), abs=1e-9)
                assert right[name].y() == point.y()


def test_the_right_side_picture_is_the_left_one_mirrored(
    qapp: QApplication, exercises: dict[str, Exercise]
) -> None:
    for exercise in exercises.values():
        figure = exercise.figure
        assert figure is not None
        left = render_figure(figure, figure.still, Side.LEFT, 120)
        right = render_figure(figure, figure.still, Side.RIGHT, 120)
        flipped = right.flipped(Qt.Orientation.Horizontal)
        # Pixel for pixel, up to antialiasing rounding of a few levels.
        worst = max(
            abs((left.pixel(x, y) >> shift & 0xFF) - (flipped.pixel(x, y) >> shift & 0xFF))
            for y in range(120)
            for x in range(120)
            for shift in (0, 8, 16, 24)
        )
        assert worst <= 8, exercise.id


def test_the_figure_stays_inside_its_square(
    qapp: QApplication, exercises: dict[str, Exercise]
) -> None:
    area = QRectF(0, 0, 600, 600)
    for exercise in exercises.values():
        figure = exercise.figure
        assert figure is not None
        for pose in figure.keyframes:
            for point in figure_points(figure, pose, Side.RIGHT, area).values():
                assert area.contains(point), exercise.id


def test_colours_follow_the_palette(qapp: QApplication) -> None:
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#f4f4f4"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    assert FigureColours.for_palette(light) == FigureColours.light()
    assert FigureColours.for_palette(dark) == FigureColours.dark()
    # The body stands out from the background in both.
    assert FigureColours.light().body.lightness() < 128
    assert FigureColours.dark().body.lightness() > 128


def test_dark_pictures_use_the_dark_colours(
    qapp: QApplication, exercises: dict[str, Exercise]
) -> None:
    figure = exercises["walk-break"].figure
    assert figure is not None
    light = render_figure(figure, figure.still, None, 120)
    dark = render_figure(figure, figure.still, None, 120, dark=True)
    assert differing_pixels(light, dark) > 100


def count_near(image: QImage, colour: QColor, tolerance: int = 40) -> int:
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() < 250:
                continue
            distance = (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
            )
            found += distance < tolerance
    return found


def test_the_working_leg_and_target_muscles_stand_out(
    qapp: QApplication, exercises: dict[str, Exercise]
) -> None:
    figure = exercises["couch-stretch"].figure
    assert figure is not None
    colours = FigureColours.light()
    image = render_figure(figure, figure.still, Side.LEFT, 300)
    assert count_near(image, colours.working) > 100
    # The tint is see-through: over the blue leg it reads red.
    assert count_near(image, QColor("#c8503c"), 90) > 20
    plain = replace(figure, working=(), muscles=())
    image = render_figure(plain, plain.still, Side.LEFT, 300)
    assert count_near(image, colours.working) == 0
    assert count_near(image, QColor("#c8503c"), 90) == 0
