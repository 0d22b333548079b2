"""Drawing an exercise figure with QPainter: floor, props and a simple person.

The scene of a figure is fitted into the given area so that every keyframe
fits at one scale (an animation does not jump). For ``Side.RIGHT`` of an
exercise done per side, the whole scene is reflected in the vertical centre
line of the area; the data itself is written for the left side working.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)

from hipcoach.core.plan import Side
from hipcoach.core.poses import (
    HEAD_RADIUS,
    WALL_HEIGHT,
    Figure,
    Muscle,
    Pose,
    Prop,
    PropKind,
    joint_positions,
    scene_bounds,
)

#: Room left around the scene, as a share of the area's shorter side.
MARGIN = 0.04


@dataclass(frozen=True)
class FigureBrushes:
    """Solid brushes of the colours a figure's body is filled with, made once."""

    body: QBrush
    far: QBrush
    working: QBrush
    working_far: QBrush
    muscle: QBrush
    gap: QBrush


@dataclass(frozen=True)
class FigureColours:
    """The colours of a figure drawing."""

    body: QColor
    far: QColor
    working: QColor
    working_far: QColor
    muscle: QColor
    prop: QColor
    prop_edge: QColor
    band: QColor
    floor: QColor
    gap: QColor

    @cached_property
    def brushes(self) -> FigureBrushes:
        """Return brushes of the body's colours (made on first use, then kept)."""
        return FigureBrushes(
            body=QBrush(self.body),
            far=QBrush(self.far),
            working=QBrush(self.working),
            working_far=QBrush(self.working_far),
            muscle=QBrush(self.muscle),
            gap=QBrush(self.gap),
        )

    @classmethod
    def light(cls) -> FigureColours:
        """Return colours for a light background."""
        return cls(
            body=QColor("#4f5d6b"),
            far=QColor("#a3adb8"),
            working=QColor("#1f6fc5"),
            working_far=QColor("#86b3e3"),
            muscle=QColor(226, 68, 38, 190),
            prop=QColor("#d9c7a6"),
            prop_edge=QColor("#9c845a"),
            band=QColor("#2e9b57"),
            floor=QColor("#8a96a3"),
            gap=QColor(255, 255, 255),
        )

    @classmethod
    def dark(cls) -> FigureColours:
        """Return colours for a dark background."""
        return cls(
            body=QColor("#d5dde5"),
            far=QColor("#7f8b97"),
            working=QColor("#6cb4ff"),
            working_far=QColor("#3f6e9e"),
            muscle=QColor(255, 112, 80, 200),
            prop=QColor("#6e6049"),
            prop_edge=QColor("#b59d74"),
            band=QColor("#5cd08a"),
            floor=QColor("#75818d"),
            gap=QColor(24, 27, 31),
        )

    @classmethod
    def for_palette(cls, palette: QPalette) -> FigureColours:
        """Return the colours that read well on ``palette``'s window background."""
        window = palette.color(QPalette.ColorRole.Window)
        return cls.dark() if window.lightness() < 128 else cls.light()


Point = tuple[float, float]

#: Half widths (body units) at the two ends of each drawn segment.
_LIMB_WIDTHS = {
    "upper_arm": (0.045, 0.037),
    "forearm": (0.035, 0.027),
    "thigh": (0.078, 0.052),
    "shin": (0.05, 0.034),
}


@dataclass(frozen=True)
class _Region:
    """One tinted stretch of the trunk or a thigh, drawn as a tapering capsule.

    ``start`` and ``end`` are fractions of the segment from the pelvis (a
    little below 0 reaches past the hip joint); ``face`` says where across it
    the stretch lies at its start (1 the front, -1 the back, 0 the middle)
    and ``face_end`` at its end (the same as ``face`` if ``None``), so a
    muscle can cross a segment on a diagonal. ``radius`` is its half width in
    body units (``None``: the broad-area default for the segment).
    """

    segment: str
    start: float
    end: float
    face: float
    face_end: float | None = None
    radius: float | None = None


#: The regions of each muscle.
_REGIONS: Mapping[Muscle, tuple[_Region, ...]] = {
    Muscle.HIP_FLEXORS: (_Region("thigh", 0.0, 0.45, 1), _Region("trunk", 0.0, 0.3, 1)),
    Muscle.QUADS: (_Region("thigh", 0.12, 0.92, 1),),
    Muscle.GLUTES: (_Region("trunk", 0.0, 0.18, -1), _Region("thigh", 0.0, 0.3, -1)),
    Muscle.TFL: (_Region("thigh", 0.02, 0.35, 0),),
    Muscle.HAMSTRINGS: (_Region("thigh", 0.2, 0.92, -1),),
    Muscle.CORE: (_Region("trunk", 0.12, 0.62, 1),),
    Muscle.LOWER_BACK: (_Region("trunk", 0.05, 0.45, -1),),
    Muscle.SIDE: (_Region("trunk", 0.3, 0.95, 0),),
    # From the lumbar spine, in front of it, down across the front of the
    # pelvis to the inner top of the thigh bone.
    Muscle.PSOAS: (
        _Region("trunk", 0.45, 0.0, -0.35, 0.55, radius=0.036),
        _Region("thigh", 0.0, 0.16, 0.55, 0.1, radius=0.03),
    ),
    # A fan inside the pelvis, joining the psoas on its way to the thigh.
    Muscle.ILIACUS: (
        _Region("trunk", 0.24, 0.0, 0.0, 0.5, radius=0.045),
        _Region("thigh", 0.0, 0.12, 0.5, 0.1, radius=0.024),
    ),
    # Just below the front of the pelvis, straight down the front of the thigh to the knee.
    Muscle.RECTUS_FEMORIS: (_Region("thigh", -0.06, 0.95, 0.7, radius=0.026),),
    # From the front of the outer hip, across the thigh to the inside of the knee.
    Muscle.SARTORIUS: (_Region("thigh", -0.06, 1.0, 1.0, -0.9, radius=0.018),),
}


class _Mapper:
    """Maps body units to the area's pixels, mirrored for the right side."""

    def __init__(self, figure: Figure, area: QRectF, mirrored: bool) -> None:
        left, bottom, right, top = scene_bounds(figure)
        margin = MARGIN * min(area.width(), area.height())
        width = max(right - left, 1e-6)
        height = max(top - bottom, 1e-6)
        self.scale = min((area.width() - 2 * margin) / width, (area.height() - 2 * margin) / height)
        self.centre_x = area.center().x()
        middle = (left + right) / 2
        self.offset_x = self.centre_x - middle * self.scale
        # Centre the scene in the area both ways (y grows downwards on screen).
        self.offset_y = area.center().y() + (bottom + top) / 2 * self.scale
        self.mirrored = mirrored

    def x(self, x: float) -> float:
        mapped = self.offset_x + x * self.scale
        return 2.0 * self.centre_x - mapped if self.mirrored else mapped

    def point(self, point: Point) -> QPointF:
        return QPointF(self.x(point[0]), self.offset_y - point[1] * self.scale)

    def xy(self, point: Point) -> Point:
        return (self.x(point[0]), self.offset_y - point[1] * self.scale)


def _is_mirrored(side: Side | None) -> bool:
    return side is Side.RIGHT


def figure_points(
    figure: Figure, pose: Pose, side: Side | None, area: QRectF
) -> dict[str, QPointF]:
    """Return where ``paint_figure`` puts each body point of ``pose`` in ``area``."""
    mapper = _Mapper(figure, area, _is_mirrored(side))
    return {name: mapper.point(point) for name, point in joint_positions(pose).items()}


def scene_point(figure: Figure, side: Side | None, area: QRectF, point: QPointF) -> Point:
    """Return the place in the figure's units that ``paint_figure`` draws at ``point``.

    The inverse of ``figure_points``: a pixel of ``area`` back to body units.
    """
    mapper = _Mapper(figure, area, _is_mirrored(side))
    x = point.x()
    if mapper.mirrored:
        x = 2.0 * mapper.centre_x - x
    return ((x - mapper.offset_x) / mapper.scale, (mapper.offset_y - point.y()) / mapper.scale)


def _quad(path: QPainterPath, a: Point, b: Point, ra: float, rb: float) -> None:
    """Add the straight part of a rounded segment from ``a`` (half width ``ra``) to ``b``."""
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy)
    if length < 1e-6:
        return
    nx, ny = -dy / length, dx / length
    # This order turns the same way as the path's ellipses, so overlaps add up.
    path.moveTo(ax - nx * ra, ay - ny * ra)
    path.lineTo(bx - nx * rb, by - ny * rb)
    path.lineTo(bx + nx * rb, by + ny * rb)
    path.lineTo(ax + nx * ra, ay + ny * ra)
    path.closeSubpath()


def _capsule(path: QPainterPath, a: Point, b: Point, ra: float, rb: float) -> None:
    """Add a rounded segment from ``a`` (half width ``ra``) to ``b`` (``rb``) to ``path``.

    The path is filled with the winding rule, so the pieces of one limb chain
    fill as one shape, in one pass.
    """
    _circle(path, a, ra)
    _circle(path, b, rb)
    _quad(path, a, b, ra, rb)


def _chain(path: QPainterPath, points: tuple[Point, ...], radii: tuple[float, ...]) -> None:
    """Add rounded segments joining ``points`` one after the other.

    ``radii`` holds two half widths per segment (at its start and its end).
    Where two segments meet only the wider of their round ends is added: the
    narrower lies inside it, so the filled shape is the same.
    """
    count = len(points)
    for index in range(count):
        ends = []
        if index > 0:
            ends.append(radii[2 * index - 1])
        if index < count - 1:
            ends.append(radii[2 * index])
        _circle(path, points[index], max(ends))
    for index in range(count - 1):
        _quad(path, points[index], points[index + 1], radii[2 * index], radii[2 * index + 1])


def _circle(path: QPainterPath, centre: Point, radius: float) -> None:
    path.addEllipse(centre[0] - radius, centre[1] - radius, 2 * radius, 2 * radius)


def _new_path() -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


#: Corners per half circle of an outlined capsule end.
_ARC_STEPS = 8


def _capsule_outline(a: QPointF, b: QPointF, ra: float, rb: float) -> QPolygonF:
    """Return the outline of a rounded segment as one polygon (it blends once when see-through)."""
    direction = math.atan2(b.y() - a.y(), b.x() - a.x())
    corners: list[QPointF] = []
    for centre, radius, start in (
        (b, rb, direction - math.pi / 2),
        (a, ra, direction + math.pi / 2),
    ):
        for step in range(_ARC_STEPS + 1):
            angle = start + math.pi * step / _ARC_STEPS
            corners.append(
                QPointF(
                    centre.x() + math.cos(angle) * radius, centre.y() + math.sin(angle) * radius
                )
            )
    return QPolygonF(corners)


def _along(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _leg_limbs(figure: Figure) -> tuple[str, ...]:
    legs = tuple(limb.removeprefix("leg_") for limb in figure.working if limb.startswith("leg_"))
    return legs or ("near",)


def _segment(name: str, side: str, points: Mapping[str, Point]) -> tuple[Point, Point, Point]:
    """Return the ends of a segment and a unit vector towards its front face."""
    if name == "trunk":
        a, b = points["pelvis"], points["shoulder"]
        sign = 1.0
    else:
        a, b = points["pelvis"], points[f"knee_{side}"]
        sign = -1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    # Turning the direction a quarter clockwise points to the front of the trunk;
    # a leg hangs the other way, so its front is a quarter anticlockwise.
    front = (sign * dy / length, -sign * dx / length)
    return a, b, front


def _paint_muscles(
    painter: QPainter,
    figure: Figure,
    points: Mapping[str, Point],
    mapper: _Mapper,
    colours: FigureColours,
    *,
    part: str,
    visible: QRectF | None,
) -> None:
    """Tint the muscle regions on ``part``: "trunk", or the "near" or "far" leg."""
    painter.setBrush(colours.brushes.muscle)
    scale = mapper.scale
    for muscle in figure.muscles:
        for region in _REGIONS[muscle]:
            segment = region.segment
            if (segment == "trunk") != (part == "trunk"):
                continue
            sides = ("",) if segment == "trunk" else _leg_limbs(figure)
            for side in sides:
                if segment != "trunk" and side != part:
                    continue
                a, b, front = _segment(segment, side, points)
                width = 0.1 if segment == "trunk" else 0.06
                face_end = region.face if region.face_end is None else region.face_end
                shift, shift_end = region.face * width * 0.55, face_end * width * 0.55
                p0 = _along(a, b, region.start)
                p1 = _along(a, b, region.end)
                p0 = (p0[0] + front[0] * shift, p0[1] + front[1] * shift)
                p1 = (p1[0] + front[0] * shift_end, p1[1] + front[1] * shift_end)
                if region.radius is not None:
                    radius = region.radius * scale
                else:
                    radius = width * (0.5 if region.face or segment != "trunk" else 0.35) * scale
                outline = _capsule_outline(
                    mapper.point(p0), mapper.point(p1), radius, radius * 0.85
                )
                if visible is None or outline.boundingRect().intersects(visible):
                    painter.drawPolygon(outline)


def _paint_prop(
    painter: QPainter,
    prop: Prop,
    mapper: _Mapper,
    colours: FigureColours,
    points: Mapping[str, Point],
) -> None:
    scale = mapper.scale
    edge = QPen(colours.prop_edge, max(1.0, 0.012 * scale))
    painter.setPen(edge)
    painter.setBrush(colours.prop)
    kind = prop.kind
    if kind in (PropKind.FOAM_ROLLER, PropKind.BALL):
        radius = prop.height / 2
        centre = mapper.point((prop.x, radius))
        if kind is PropKind.BALL:
            painter.setBrush(colours.prop_edge)
        painter.drawEllipse(centre, radius * scale, radius * scale)
        if kind is PropKind.FOAM_ROLLER:
            painter.drawEllipse(centre, radius * scale * 0.45, radius * scale * 0.45)
        return
    if kind is PropKind.BAND:
        if prop.anchor is None or prop.attach is None:
            return
        anchor = mapper.point(prop.anchor)
        painter.setPen(
            QPen(
                colours.band, max(1.5, 0.02 * scale), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap
            )
        )
        painter.drawLine(anchor, mapper.point(points[prop.attach]))
        painter.setPen(edge)
        painter.drawEllipse(anchor, 0.03 * scale, 0.03 * scale)
        return
    left, right = prop.x, prop.x + prop.span
    if kind is PropKind.MAT:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(_rect(mapper, left, 0.0, right, 0.022))
        return
    if kind is PropKind.WALL:
        painter.drawRect(_rect(mapper, left, 0.0, right, prop.top or WALL_HEIGHT))
        return
    seat = prop.height
    thick = 0.06
    if kind is PropKind.COUCH:
        painter.drawRoundedRect(_rect(mapper, left, 0.05, right, seat), 0.04 * scale, 0.04 * scale)
        painter.drawRoundedRect(
            _rect(mapper, right - 0.18, seat - 0.02, right, 0.82), 0.05 * scale, 0.05 * scale
        )
        return
    # A bench or a chair: a top and two legs (a chair also has a back on its left).
    painter.drawRect(_rect(mapper, left, seat - thick, right, seat))
    leg = 0.035
    painter.drawRect(_rect(mapper, left + 0.03, 0.0, left + 0.03 + leg, seat - thick))
    painter.drawRect(_rect(mapper, right - 0.03 - leg, 0.0, right - 0.03, seat - thick))
    if kind is PropKind.CHAIR:
        painter.drawRect(_rect(mapper, left + 0.03, seat, left + 0.03 + leg, 0.92))


def _rect(mapper: _Mapper, x0: float, y0: float, x1: float, y1: float) -> QRectF:
    a, b = mapper.point((x0, y0)), mapper.point((x1, y1))
    return QRectF(
        QPointF(min(a.x(), b.x()), min(a.y(), b.y())), QPointF(max(a.x(), b.x()), max(a.y(), b.y()))
    )


def _add_arm(
    path: QPainterPath, p: Mapping[str, Point], side: str, scale: float, grow: float
) -> None:
    """Add an arm to ``path``, ``grow`` pixels wider all round."""
    upper, fore = _LIMB_WIDTHS["upper_arm"], _LIMB_WIDTHS["forearm"]
    hand = p[f"hand_{side}"]
    _chain(
        path,
        (p["shoulder"], p[f"elbow_{side}"], hand),
        (
            upper[0] * scale + grow,
            upper[1] * scale + grow,
            fore[0] * scale + grow,
            fore[1] * scale + grow,
        ),
    )
    _circle(path, hand, 0.036 * scale + grow)


def _add_leg(
    path: QPainterPath, p: Mapping[str, Point], side: str, scale: float, grow: float
) -> None:
    """Add a leg to ``path``, ``grow`` pixels wider all round: thigh, shin, heel and foot."""
    thigh, shin = _LIMB_WIDTHS["thigh"], _LIMB_WIDTHS["shin"]
    widths = (*thigh, *shin, 0.034, 0.027, 0.027, 0.018)
    _chain(
        path,
        (p["pelvis"], p[f"knee_{side}"], p[f"ankle_{side}"], p[f"heel_{side}"], p[f"toe_{side}"]),
        tuple(width * scale + grow for width in widths),
    )


def _fill(painter: QPainter, path: QPainterPath, brush: QBrush, visible: QRectF | None) -> None:
    """Fill ``path`` unless it lies wholly outside ``visible`` (``None``: everywhere)."""
    if visible is None or path.controlPointRect().intersects(visible):
        painter.fillPath(path, brush)


def _fill_limb(  # noqa: PLR0917 - one call per limb
    painter: QPainter,
    add: Callable[[QPainterPath, Mapping[str, Point], str, float, float], None],
    p: Mapping[str, Point],
    side: str,
    scale: float,
    brush: QBrush,
    gap: QBrush | None = None,
    grow: float = 0.0,
    *,
    visible: QRectF | None,
) -> None:
    """Fill one limb chain in one call, on a slightly wider ``gap`` outline if given."""
    if gap is not None:
        outline = _new_path()
        add(outline, p, side, scale, grow)
        _fill(painter, outline, gap, visible)
    path = _new_path()
    add(path, p, side, scale, 0.0)
    _fill(painter, path, brush, visible)


def _nose(pose: Pose, head: Point) -> Point:
    """Return the centre of the nose of a head centred on ``head`` (body units)."""
    facing = math.radians(pose.trunk + pose.neck + 80.0)
    return (
        head[0] + math.sin(facing) * HEAD_RADIUS * 0.92,
        head[1] + math.cos(facing) * HEAD_RADIUS * 0.92,
    )


def paint_scene(
    painter: QPainter, area: QRectF, figure: Figure, side: Side | None, colours: FigureColours
) -> None:
    """Draw what stays put whatever the pose: the floor and the props (not bands).

    ``paint_person`` draws the rest on top; ``paint_figure`` draws both.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    mapper = _Mapper(figure, area, _is_mirrored(side))
    scale = mapper.scale
    floor_y = mapper.offset_y
    painter.setPen(
        QPen(
            colours.floor,
            max(1.0, 0.012 * scale),
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
        )
    )
    painter.drawLine(QPointF(area.left() + 1, floor_y), QPointF(area.right() - 1, floor_y))
    for prop in figure.props:
        if prop.kind is not PropKind.BAND:
            _paint_prop(painter, prop, mapper, colours, {})
    painter.restore()


def paint_person(  # noqa: PLR0917 - the drawing call of every frame
    painter: QPainter,
    area: QRectF,
    figure: Figure,
    pose: Pose,
    side: Side | None,
    colours: FigureColours,
    *,
    visible: QRectF | None = None,
) -> None:
    """Draw the person in ``pose`` (and any band), fitted into ``area`` as ``paint_scene`` is.

    Given ``visible`` (the part of the area being repainted), the pieces that
    lie wholly outside it are left out: they would not change a pixel.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    mapper = _Mapper(figure, area, _is_mirrored(side))
    scale = mapper.scale
    world = joint_positions(pose)
    to_screen = mapper.xy
    p = {name: to_screen(point) for name, point in world.items()}
    brushes = colours.brushes
    working = set(figure.working)
    painter.setPen(Qt.PenStyle.NoPen)

    far_arm = brushes.working_far if "arm_far" in working else brushes.far
    far_leg = brushes.working_far if "leg_far" in working else brushes.far
    _fill_limb(painter, _add_arm, p, "far", scale, far_arm, visible=visible)
    _fill_limb(painter, _add_leg, p, "far", scale, far_leg, visible=visible)
    _paint_muscles(painter, figure, world, mapper, colours, part="far", visible=visible)

    trunk = _new_path()
    _capsule(trunk, p["pelvis"], p["shoulder"], 0.115 * scale, 0.1 * scale)
    _fill(painter, trunk, brushes.working if "trunk" in working else brushes.body, visible)
    _paint_muscles(painter, figure, world, mapper, colours, part="trunk", visible=visible)
    head = _new_path()
    _capsule(head, p["shoulder"], p["neck"], 0.05 * scale, 0.045 * scale)
    _circle(head, p["head"], HEAD_RADIUS * scale)
    # A small nose shows which way the face looks (up, down or ahead).
    _circle(head, to_screen(_nose(pose, world["head"])), 0.032 * scale)
    _fill(painter, head, brushes.body, visible)

    near_leg = brushes.working if "leg_near" in working else brushes.body
    near_arm = brushes.working if "arm_near" in working else brushes.body
    # A thin gap round the near limbs keeps them apart from the body behind.
    gap = max(0.8, 0.012 * scale)
    _fill_limb(painter, _add_leg, p, "near", scale, near_leg, brushes.gap, gap, visible=visible)
    _paint_muscles(painter, figure, world, mapper, colours, part="near", visible=visible)
    _fill_limb(painter, _add_arm, p, "near", scale, near_arm, brushes.gap, gap, visible=visible)
    for prop in figure.props:
        if prop.kind is PropKind.BAND:
            _paint_prop(painter, prop, mapper, colours, world)
    painter.restore()


#: Pairs of body points joined by something drawn (a limb piece, the trunk, the neck).
_SEGMENTS: tuple[tuple[str, str], ...] = (
    ("pelvis", "shoulder"),
    ("shoulder", "neck"),
    ("neck", "head"),
    ("head", "nose"),
    *(
        pair
        for side in ("near", "far")
        for pair in (
            ("shoulder", f"elbow_{side}"),
            (f"elbow_{side}", f"hand_{side}"),
            ("pelvis", f"knee_{side}"),
            (f"knee_{side}", f"ankle_{side}"),
            (f"ankle_{side}", f"heel_{side}"),
            (f"heel_{side}", f"toe_{side}"),
        )
    ),
)


def person_points(figure: Figure, pose: Pose, side: Side | None, area: QRectF) -> dict[str, Point]:
    """Return where ``paint_person`` puts every point it draws from, in ``area``.

    That is the body points, the tip of the nose and the anchor of each band
    (``band_0``, ``band_1``, …).
    """
    mapper = _Mapper(figure, area, _is_mirrored(side))
    to_screen = mapper.xy
    world = joint_positions(pose)
    points = {name: to_screen(point) for name, point in world.items()}
    points["nose"] = to_screen(_nose(pose, world["head"]))
    for index, prop in enumerate(figure.props):
        if prop.anchor is not None:
            points[f"band_{index}"] = to_screen(prop.anchor)
    return points


def person_reach(figure: Figure, area: QRectF) -> float:
    """Return how far (pixels) what ``paint_person`` draws reaches beyond its points.

    The head reaches 0.11 body units round its centre and the nose 0.032
    round its tip; the widest limb 0.08 round its line, the muscle tints
    less; add the gap round the near limbs, half a band's width and a pixel
    or two for antialiasing.
    """
    scale = _Mapper(figure, area, mirrored=False).scale
    return 0.12 * scale + max(0.8, 0.012 * scale) + max(0.75, 0.01 * scale) + 2.0


def repaint_extent(
    figure: Figure,
    area: QRectF,
    before: Mapping[str, Point],
    after: Mapping[str, Point],
) -> QRectF:
    """Return a rectangle holding every pixel that changes from pose ``before`` to ``after``.

    ``before`` and ``after`` come from ``person_points``. Only what moved
    counts: every piece with an end that moved, at its old and its new place.
    An empty rectangle means nothing moved.
    """
    moved = {name for name, point in after.items() if before.get(name) != point}
    if not moved:
        return QRectF()
    names = set(moved)
    for first, second in _SEGMENTS:
        if first in moved or second in moved:
            names.update((first, second))
    for index, prop in enumerate(figure.props):
        band = f"band_{index}"
        if prop.attach is not None and (band in moved or prop.attach in moved):
            names.update((band, prop.attach))
    corners = [points[name] for points in (before, after) for name in names if name in points]
    xs = [x for x, _ in corners]
    ys = [y for _, y in corners]
    reach = person_reach(figure, area)
    return QRectF(
        min(xs) - reach,
        min(ys) - reach,
        max(xs) - min(xs) + 2 * reach,
        max(ys) - min(ys) + 2 * reach,
    )


def paint_figure(  # noqa: PLR0917 - the drawing call every view makes
    painter: QPainter,
    area: QRectF,
    figure: Figure,
    pose: Pose,
    side: Side | None,
    colours: FigureColours,
) -> None:
    """Draw the floor, the props and the figure in ``pose``, fitted into ``area``.

    ``Side.RIGHT`` draws the scene reflected; ``None`` and ``Side.LEFT`` draw it
    as written. The painter's state is restored afterwards.
    """
    paint_scene(painter, area, figure, side, colours)
    paint_person(painter, area, figure, pose, side, colours)


def render_figure(
    figure: Figure, pose: Pose, side: Side | None, size: int, *, dark: bool = False
) -> QImage:
    """Return a ``size`` × ``size`` picture of ``pose`` on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        colours = FigureColours.dark() if dark else FigureColours.light()
        paint_figure(painter, QRectF(0, 0, size, size), figure, pose, side, colours)
    finally:
        painter.end()
    return image
