"""How the figure view keeps frames cheap: what it repaints, what it keeps, what it skips."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hipcoach.core.exercises import Exercise
from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import Side
from hipcoach.core.poses import Figure, Pose
from hipcoach.ui.figure_painter import (
    FigureColours,
    figure_points,
    paint_figure,
    paint_person,
    paint_scene,
    person_points,
    repaint_extent,
)
from hipcoach.ui.figure_view import MIN_MOVE_PX, FigureView
from tests.core.factories import exercise, hold

BASE = Pose("base", hip_near=20.0, knee_near=40.0)


@pytest.fixture(scope="module")
def bundled() -> dict[str, Exercise]:
    return {e.id: e for e in load_library(bundled_resources_dir(), []).exercises}


class PaintSpy(QObject):
    """Counts paint events of a widget and remembers the region of the last one."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        self.region = QRegion()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.count += 1
            self.region = event.region()
        return False


def shown(qtbot: QtBot) -> FigureView:
    """Return a view inside a shown parent."""
    parent = QWidget()
    qtbot.addWidget(parent)
    view = FigureView()
    QVBoxLayout(parent).addWidget(view)
    parent.resize(400, 300)
    parent.show()
    qtbot.waitExposed(parent)
    return view


def shifted(offsets: list[float]) -> Figure:
    """Return a figure whose keyframes are ``BASE`` moved sideways by ``offsets`` body units."""
    return Figure(keyframes=tuple(replace(BASE, name=f"k{n}", x=x) for n, x in enumerate(offsets)))


def stage(view: FigureView, pixels: float, count: int) -> Figure:
    """Show a figure with ``count`` keyframes, each ``pixels`` to the side of the one before."""
    probe = 0.001
    area = QRectF(view.rect())
    trial = shifted([0.0, probe])
    before = figure_points(trial, trial.keyframes[0], None, area)["head"]
    after = figure_points(trial, trial.keyframes[1], None, area)["head"]
    step = pixels * probe / abs(after.x() - before.x())
    figure = shifted([n * step for n in range(count)])
    view.show_still(replace(exercise("move", dosage=hold(10)), figure=figure), None, 0)
    QApplication.processEvents()
    return figure


def moved_pixels(view: FigureView, a: Pose, b: Pose) -> float:
    assert view.figure is not None
    area = QRectF(view.rect())
    before = figure_points(view.figure, a, view.side, area)
    after = figure_points(view.figure, b, view.side, area)
    return max(
        max(abs(after[n].x() - before[n].x()), abs(after[n].y() - before[n].y())) for n in before
    )


def test_a_pose_that_moves_less_than_half_a_pixel_is_not_drawn(qtbot: QtBot) -> None:
    # Steps of about 0.2 px: two of them stay under half a pixel, the third does not.
    view = shown(qtbot)
    figure = stage(view, 0.2, 4)
    first = figure.keyframes[0]
    drawn, skipped = view.frames_drawn, view.frames_skipped
    for frame in (1, 2):
        view.show_frame(frame)
        QApplication.processEvents()
        assert view.pose == figure.keyframes[frame]  # the view knows the new pose
        assert moved_pixels(view, first, figure.keyframes[frame]) < MIN_MOVE_PX
    assert view.frames_drawn == drawn
    assert view.frames_skipped == skipped + 2
    # The small moves add up, measured from the pose last drawn.
    view.show_frame(3)
    QApplication.processEvents()
    assert moved_pixels(view, first, figure.keyframes[3]) >= MIN_MOVE_PX
    assert view.frames_drawn == drawn + 1
    assert view.frames_skipped == skipped + 2


def test_a_pose_that_moves_is_drawn_every_time(qtbot: QtBot) -> None:
    view = shown(qtbot)
    stage(view, 3.0, 3)
    drawn = view.frames_drawn
    for frame in (1, 2, 1, 0):
        view.show_frame(frame)
        QApplication.processEvents()
    assert view.frames_drawn == drawn + 4
    assert view.frames_skipped == 0


def test_a_frame_repaints_the_view_alone_and_only_round_the_pose(qtbot: QtBot) -> None:
    view = shown(qtbot)
    figure = stage(view, 4.0, 2)
    assert view.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    parent = view.parentWidget()
    assert parent is not None
    parent_spy, view_spy = PaintSpy(parent), PaintSpy(view)
    view.show_frame(1)
    QApplication.processEvents()
    assert view_spy.count == 1
    assert parent_spy.count == 0  # nothing behind the view is painted again
    region = view_spy.region.boundingRect()
    assert region != view.rect()
    area = QRectF(view.rect())
    before, after = (person_points(figure, pose, None, area) for pose in figure.keyframes)
    extent = repaint_extent(figure, area, before, after).toAlignedRect()
    assert region.contains(extent.intersected(view.rect()))


def test_repainting_round_the_pose_leaves_no_trace(
    qtbot: QtBot, bundled: dict[str, Exercise]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    view = FigureView()
    QVBoxLayout(parent).addWidget(view)
    parent.resize(420, 320)
    parent.show()
    qtbot.waitExposed(parent)
    spy = PaintSpy(view)
    for exercise_id in ("glute-bridge-hold", "couch-stretch", "banded-hip-extension"):
        chosen = bundled[exercise_id]
        figure = chosen.figure
        assert figure is not None
        view.show_still(chosen, Side.RIGHT if chosen.per_side else None, 0)
        QApplication.processEvents()
        # What the screen holds: the whole first pose, then only the repainted regions.
        screen = view.grab().toImage()
        for frame in range(1, len(figure.keyframes)):
            view.show_frame(frame)
            QApplication.processEvents()
            painter = QPainter(screen)
            # render() puts the top left corner of the region at the offset given
            view.render(painter, spy.region.boundingRect().topLeft(), spy.region)
            painter.end()
            assert screen == view.grab().toImage(), (exercise_id, frame)


def test_the_still_layer_is_kept_between_frames(qtbot: QtBot) -> None:
    view = shown(qtbot)
    stage(view, 3.0, 3)
    builds = view.scene_builds
    assert builds >= 1
    for frame in (1, 2, 1):
        view.show_frame(frame)
        QApplication.processEvents()
    assert view.scene_builds == builds


def test_the_still_layer_is_drawn_again_on_resize_side_palette_and_exercise(
    qtbot: QtBot, bundled: dict[str, Exercise]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    view = FigureView()
    QVBoxLayout(parent).addWidget(view)
    parent.resize(400, 300)
    parent.show()
    qtbot.waitExposed(parent)
    chosen = bundled["couch-stretch"]
    view.show_still(chosen, Side.LEFT)
    QApplication.processEvents()

    def changed(action: object) -> QImage:
        before = view.scene_builds
        assert callable(action)
        action()
        QApplication.processEvents()
        assert view.scene_builds == before + 1
        return view.grab().toImage()

    left = view.grab().toImage()
    right = changed(lambda: view.set_side(Side.RIGHT))
    assert right != left
    wider = changed(lambda: parent.resize(460, 300))
    assert wider.size() != right.size()
    dark = QPalette(parent.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    on_dark = changed(lambda: parent.setPalette(dark))
    # The background drawn is the new window colour, the figure in dark colours.
    assert on_dark.pixelColor(1, 1) == QColor("#202124")
    assert view.colours == FigureColours.dark()
    changed(lambda: view.show_still(bundled["glute-bridge-hold"]))


def test_the_view_fills_its_background_without_a_figure(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    palette = QPalette(parent.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#336699"))
    parent.setPalette(palette)
    view = FigureView(collapse=False)
    QVBoxLayout(parent).addWidget(view)
    parent.resize(300, 200)
    parent.show()
    qtbot.waitExposed(parent)
    image = view.grab().toImage()
    assert image.pixelColor(5, 5) == QColor("#336699")
    assert image.pixelColor(image.width() - 5, image.height() - 5) == QColor("#336699")


def test_scene_and_person_make_the_whole_figure(
    qapp: QApplication, bundled: dict[str, Exercise]
) -> None:
    colours = FigureColours.light()
    area = QRectF(0, 0, 160, 160)
    for chosen in bundled.values():
        figure = chosen.figure
        assert figure is not None
        whole = QImage(160, 160, QImage.Format.Format_ARGB32_Premultiplied)
        parts = QImage(160, 160, QImage.Format.Format_ARGB32_Premultiplied)
        for image in (whole, parts):
            image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(whole)
        paint_figure(painter, area, figure, figure.still, Side.RIGHT, colours)
        painter.end()
        painter = QPainter(parts)
        paint_scene(painter, area, figure, Side.RIGHT, colours)
        paint_person(painter, area, figure, figure.still, Side.RIGHT, colours)
        painter.end()
        assert whole == parts, chosen.id


def changes_outside(
    figure: Figure, before: Pose, after: Pose, side: Side | None, area: QRectF
) -> tuple[bool, QRectF]:
    """Return whether drawing ``after`` over ``before`` changes pixels outside the extent."""
    colours = FigureColours.dark()
    pictures = []
    extent = repaint_extent(
        figure,
        area,
        person_points(figure, before, side, area),
        person_points(figure, after, side, area),
    )
    for pose in (before, after):
        image = QImage(int(area.width()), int(area.height()), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        paint_person(painter, area, figure, pose, side, colours)
        # Rub out the extent: what is left must be the same.
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.fillRect(extent, Qt.GlobalColor.transparent)
        painter.end()
        pictures.append(image)
    return pictures[0] != pictures[1], extent


def test_what_changes_between_poses_lies_in_the_repaint_extent(
    qapp: QApplication, bundled: dict[str, Exercise]
) -> None:
    area = QRectF(0, 0, 220, 180)
    for chosen in bundled.values():
        figure = chosen.figure
        assert figure is not None
        for before, after in zip(
            figure.keyframes, figure.keyframes[1:] + figure.keyframes[:1], strict=True
        ):
            for side in (Side.LEFT, Side.RIGHT):
                changed, _ = changes_outside(figure, before, after, side, area)
                assert not changed, (chosen.id, before.name, after.name, side)


@pytest.mark.parametrize(
    "change",
    [
        lambda pose: replace(pose, knee_near=70.0),
        lambda pose: replace(pose, elbow_far=90.0),
        lambda pose: replace(pose, neck=30.0),
        lambda pose: replace(pose, ankle_near=20.0),
    ],
    ids=["knee", "far elbow", "neck", "ankle"],
)
def test_when_one_joint_moves_only_its_limb_is_repainted(
    qapp: QApplication, bundled: dict[str, Exercise], change: Callable[[Pose], Pose]
) -> None:
    chosen = bundled["banded-hip-extension"]  # standing, with a band on the near ankle
    figure = chosen.figure
    assert figure is not None
    area = QRectF(0, 0, 300, 300)
    before = figure.keyframes[0]
    after = change(before)
    changed, extent = changes_outside(figure, before, after, Side.RIGHT, area)
    assert not changed
    whole = repaint_extent(
        figure,
        area,
        person_points(figure, before, Side.RIGHT, area),
        person_points(figure, replace(after, trunk=before.trunk + 20), Side.RIGHT, area),
    )
    # Smaller than when the whole body turns.
    assert extent.width() * extent.height() < 0.8 * whole.width() * whole.height()
    assert repaint_extent(
        figure,
        area,
        person_points(figure, before, Side.RIGHT, area),
        person_points(figure, before, Side.RIGHT, area),
    ).isEmpty()


def test_brushes_are_made_once_per_colours(qapp: QApplication) -> None:
    colours = FigureColours.light()
    assert colours.brushes is colours.brushes
    assert colours.brushes.working.color() == colours.working
    assert colours.brushes.gap.color() == colours.gap
    assert FigureColours.dark().brushes.body.color() == FigureColours.dark().body
