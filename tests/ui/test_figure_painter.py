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
from hipcoach.core.poses import Figure, Muscle, Pose
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


#: A person standing upright, facing right (+x), arms held forward out of the way.
STANDING = Figure(
    keyframes=(Pose("stand", y=0.93, shoulder_near=90, shoulder_far=90),),
    working=("leg_near",),
)


def tinted(region: Muscle, size: int = 400) -> list[tuple[int, int]]:
    """Return the pixels the tint of ``region`` changes on the standing figure."""
    plain = render_figure(STANDING, STANDING.still, None, size)
    shown = replace(STANDING, muscles=(region,))
    image = render_figure(shown, shown.still, None, size)
    return [
        (x, y) for y in range(size) for x in range(size) if image.pixel(x, y) != plain.pixel(x, y)
    ]


def _mean(values: list[int]) -> float:
    return sum(values) / len(values)


@pytest.fixture(scope="module")
def body() -> dict[str, tuple[float, float]]:
    points = figure_points(STANDING, STANDING.still, None, QRectF(0, 0, 400, 400))
    return {name: (point.x(), point.y()) for name, point in points.items()}


def test_each_hip_flexor_is_drawn_where_it_runs(
    qapp: QApplication, body: dict[str, tuple[float, float]]
) -> None:
    hip_x, hip_y = body["pelvis"]
    knee_y = body["knee_near"][1]
    shoulder_y = body["shoulder"][1]
    thigh = knee_y - hip_y
    trunk = hip_y - shoulder_y
    drawn = {region: tinted(region) for region in (Muscle.PSOAS, Muscle.ILIACUS)}
    drawn |= {r: tinted(r) for r in (Muscle.RECTUS_FEMORIS, Muscle.SARTORIUS, Muscle.TFL)}
    for region, pixels in drawn.items():
        assert len(pixels) > 150, region  # a visible stretch, not a speck

    # The psoas: from the lower back (well above the hip, behind the middle of
    # the trunk) down to the top of the thigh, passing in front at the hip.
    psoas = drawn[Muscle.PSOAS]
    top = min(y for _, y in psoas)
    assert top < hip_y - 0.35 * trunk
    assert max(y for _, y in psoas) > hip_y + 0.1 * thigh
    assert _mean([x for x, y in psoas if y < top + 10]) < hip_x + 3
    assert _mean([x for x, y in psoas if abs(y - hip_y) < 5]) > hip_x
    # The iliacus: inside the pelvis, lower and shorter than the psoas.
    iliacus = drawn[Muscle.ILIACUS]
    assert top < min(y for _, y in iliacus) < hip_y
    assert max(y for _, y in iliacus) < max(y for _, y in psoas) + 3
    # The rectus femoris: the front of the whole thigh, hip to knee.
    rectus = drawn[Muscle.RECTUS_FEMORIS]
    assert min(y for _, y in rectus) < hip_y
    assert max(y for _, y in rectus) > hip_y + 0.9 * thigh
    assert _mean([x for x, _ in rectus]) > hip_x
    # The sartorius crosses the thigh: in front near the hip, behind near the knee.
    sartorius = drawn[Muscle.SARTORIUS]
    assert _mean([x for x, y in sartorius if y < hip_y + 0.2 * thigh]) > hip_x
    assert _mean([x for x, y in sartorius if y > hip_y + 0.8 * thigh]) < hip_x
    # The TFL stays near the top of the thigh.
    assert max(y for _, y in drawn[Muscle.TFL]) < hip_y + 0.5 * thigh


def test_each_hip_flexor_has_a_region_of_its_own(qapp: QApplication) -> None:
    pictures = {
        region: set(tinted(region, 200))
        for region in (
            Muscle.PSOAS,
            Muscle.ILIACUS,
            Muscle.RECTUS_FEMORIS,
            Muscle.TFL,
            Muscle.SARTORIUS,
        )
    }
    for first, second in itertools.combinations(pictures, 2):
        assert pictures[first] != pictures[second], (first, second)


def test_every_muscle_region_tints_the_figure(qapp: QApplication) -> None:
    for region in Muscle:
        assert len(tinted(region, 160)) > 20, region
