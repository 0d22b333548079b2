"""Figures: the key poses of an exercise as joint angles, and where the body ends up.

A figure is a simple person seen in one picture plane, facing the +x
direction, standing on the floor line ``y = 0`` (y points up). Lengths are
in "body units": a standing figure is about 1.75 tall. The data is written
for the left side working; drawing it mirrored shows the right side.

Angles are in degrees. Directions are measured clockwise from straight up,
so 0 is up, 90 is the way the figure faces (+x), 180 is down and -90 is
behind. ``trunk`` turns the whole body; every other angle is relative to the
segment its limb hangs from:

- ``trunk``: the direction from the pelvis to the shoulders (0 upright,
  -90 lying on the back with the head behind, 90 face down with the head ahead)
- ``neck``: the head tipped forward (chin to chest) from the line of the trunk
- ``hip_*``: hip flexion, the thigh raised forward from the line of the trunk
  (negative: the thigh behind the body, or, in a figure lying on its side and
  seen from the front, a leg lifted sideways)
- ``knee_*``: knee bend, the shin swinging back from the line of the thigh
- ``ankle_*``: the foot pointed away from a right angle with the shin
  (negative: the toes pulled up)
- ``shoulder_*``: the arm raised forward from hanging along the trunk
  (180: overhead)
- ``elbow_*``: the forearm bent forward from the line of the upper arm

``*`` is ``near`` (the limb nearer the viewer) or ``far``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from functools import lru_cache
from typing import Any

#: Joints in the order they are written, with their human range in degrees.
#: ``trunk`` is the orientation of the whole body, so any direction goes.
JOINT_LIMITS: Mapping[str, tuple[float, float]] = {
    "trunk": (-180.0, 180.0),
    "neck": (-50.0, 70.0),
    "shoulder_near": (-60.0, 180.0),
    "elbow_near": (0.0, 150.0),
    "shoulder_far": (-60.0, 180.0),
    "elbow_far": (0.0, 150.0),
    "hip_near": (-45.0, 140.0),
    "knee_near": (0.0, 160.0),
    "ankle_near": (-30.0, 80.0),
    "hip_far": (-45.0, 140.0),
    "knee_far": (0.0, 160.0),
    "ankle_far": (-30.0, 80.0),
}
JOINTS = tuple(JOINT_LIMITS)

#: Segment lengths in body units.
TRUNK = 0.52
NECK = 0.08
HEAD_RADIUS = 0.11
UPPER_ARM = 0.30
FOREARM = 0.33
THIGH = 0.44
SHIN = 0.43
ANKLE_HEIGHT = 0.05
HEEL_BACK = 0.05
FOOT = 0.17

#: Half the thickness of the body at each point, in body units; a point
#: resting on something sits this far above it.
POINT_RADII: Mapping[str, float] = {
    "head": HEAD_RADIUS,
    "neck": 0.045,
    "shoulder": 0.10,
    "mid_back": 0.10,
    "pelvis": 0.11,
    "low_back": 0.105,
    "elbow_near": 0.04,
    "elbow_far": 0.04,
    "hand_near": 0.03,
    "hand_far": 0.03,
    "upper_thigh_near": 0.075,
    "upper_thigh_far": 0.075,
    "mid_thigh_near": 0.07,
    "mid_thigh_far": 0.07,
    "lower_thigh_near": 0.06,
    "lower_thigh_far": 0.06,
    "knee_near": 0.05,
    "knee_far": 0.05,
    "mid_shin_near": 0.045,
    "mid_shin_far": 0.045,
    "ankle_near": 0.035,
    "ankle_far": 0.035,
    "heel_near": 0.025,
    "heel_far": 0.025,
    "toe_near": 0.02,
    "toe_far": 0.02,
}
POINTS = tuple(POINT_RADII)

#: The limbs that can be highlighted as working.
LIMBS = ("arm_near", "arm_far", "leg_near", "leg_far", "trunk")


class Muscle(StrEnum):
    """A muscle region a figure can tint.

    The first eight are broad areas an exercise works; the rest are single
    hip flexors, drawn where they run (the Learn page shows each).
    """

    HIP_FLEXORS = "hip_flexors"
    QUADS = "quads"
    GLUTES = "glutes"
    TFL = "tfl"
    HAMSTRINGS = "hamstrings"
    CORE = "core"
    LOWER_BACK = "lower_back"
    SIDE = "side"
    PSOAS = "psoas"
    ILIACUS = "iliacus"
    RECTUS_FEMORIS = "rectus_femoris"
    SARTORIUS = "sartorius"


class PropKind(StrEnum):
    """Things drawn with the figure."""

    FOAM_ROLLER = "foam_roller"
    BALL = "ball"
    BAND = "band"
    WALL = "wall"
    COUCH = "couch"
    BENCH = "bench"
    CHAIR = "chair"
    MAT = "mat"


#: How high the top of each prop is that a body point can rest on (body units).
PROP_HEIGHTS: Mapping[PropKind, float] = {
    PropKind.FOAM_ROLLER: 0.15,
    PropKind.BALL: 0.10,
    PropKind.BENCH: 0.45,
    PropKind.COUCH: 0.42,
    PropKind.CHAIR: 0.45,
}
#: Default widths (along x) of props that have one.
PROP_WIDTHS: Mapping[PropKind, float] = {
    PropKind.COUCH: 0.9,
    PropKind.BENCH: 1.2,
    PropKind.CHAIR: 0.42,
    PropKind.MAT: 1.9,
    PropKind.WALL: 0.06,
}
WALL_HEIGHT = 1.3
#: How far a body point may dip below the floor before it counts as sinking.
FLOOR_TOLERANCE = 0.02
#: Seconds a timed hold takes to ease from the start into the still pose.
EASE_SECONDS = 1.2


@dataclass(frozen=True)
class Prop:
    """One prop: ``x`` is its left edge (or centre, for round ones) in body units.

    A band runs from the body point ``attach`` to ``anchor`` (x, y).
    """

    kind: PropKind
    x: float = 0.0
    width: float | None = None
    anchor: tuple[float, float] | None = None
    attach: str | None = None
    top: float | None = None

    @property
    def height(self) -> float:
        """Return the height of the top a body point can rest on (0 for none)."""
        if self.top is not None:
            return self.top
        return PROP_HEIGHTS.get(self.kind, 0.0)

    @property
    def span(self) -> float:
        """Return the width along the floor."""
        if self.width is not None:
            return self.width
        return PROP_WIDTHS.get(self.kind, self.height)

    @property
    def rest_x(self) -> float:
        """Return the x where a body point resting on this prop sits."""
        if self.kind in (PropKind.FOAM_ROLLER, PropKind.BALL):
            return self.x
        return self.x + self.span / 2


@dataclass(frozen=True)
class Pose:
    """One keyframe: joint angles in degrees and where the pelvis is.

    ``x`` and ``y`` place the pelvis (body units); they come from the
    keyframe's ground contact, so the body rests where the data says.
    """

    name: str
    x: float = 0.0
    y: float = 0.0
    trunk: float = 0.0
    neck: float = 0.0
    shoulder_near: float = 0.0
    elbow_near: float = 0.0
    shoulder_far: float = 0.0
    elbow_far: float = 0.0
    hip_near: float = 0.0
    knee_near: float = 0.0
    ankle_near: float = 0.0
    hip_far: float = 0.0
    knee_far: float = 0.0
    ankle_far: float = 0.0

    def angle(self, joint: str) -> float:
        """Return the angle of ``joint`` (one of ``JOINTS``)."""
        value: float = getattr(self, joint)
        return value


_NUMBERS = tuple(field.name for field in fields(Pose) if field.name != "name")


@dataclass(frozen=True)
class Figure:
    """The pictures of one exercise.

    ``keyframes`` are 2–4 poses, the first the start; ``still_index`` is the
    one shown in a still picture and held during a hold. ``working`` names
    the highlighted limbs (``LIMBS``), ``muscles`` the tinted regions.
    ``loop_seconds``, when set, makes a timed step go round all the
    keyframes (back to the first) at that period instead of holding still.
    """

    keyframes: tuple[Pose, ...]
    props: tuple[Prop, ...] = ()
    working: tuple[str, ...] = ()
    muscles: tuple[Muscle, ...] = ()
    still_index: int = 0
    loop_seconds: float | None = None

    @property
    def still(self) -> Pose:
        """Return the pose shown in a still picture."""
        return self.keyframes[self.still_index]

    def keyframe(self, name: str) -> Pose:
        """Return the keyframe called ``name`` (``KeyError`` if there is none)."""
        for pose in self.keyframes:
            if pose.name == name:
                return pose
        raise KeyError(name)


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """Return the pose ``t`` of the way from ``a`` to ``b`` (exactly ``a`` at 0, ``b`` at 1)."""
    if t <= 0.0:
        return a
    if t >= 1.0:
        return b
    values: dict[str, Any] = {
        name: _lerp(getattr(a, name), getattr(b, name), t) for name in _NUMBERS
    }
    return replace(a if t < 0.5 else b, **values)


def smooth(t: float) -> float:
    """Ease in and out (0 and 1 stay exact)."""
    return t * t * (3.0 - 2.0 * t)


def along(figure: Figure, u: float) -> Pose:
    """Return the pose ``u`` (0..1) of the way from the start through to the still pose.

    The keyframes between them are passed at equal shares of ``u``.
    """
    path = figure.keyframes[: figure.still_index + 1]
    if u <= 0.0 or len(path) == 1:
        return path[0]
    if u >= 1.0:
        return path[-1]
    scaled = u * (len(path) - 1)
    index = min(int(scaled), len(path) - 2)
    return blend(path[index], path[index + 1], scaled - index)


def cycle(figure: Figure, turns: float) -> Pose:
    """Return the pose ``turns`` loops into going round every keyframe and back to the first.

    Each keyframe gets an equal share of a loop, eased in and out; with two
    keyframes that is there and back (rolling), with four a full stride (walking).
    """
    frames = figure.keyframes
    position = (turns % 1.0) * len(frames)
    index = min(int(position), len(frames) - 1)
    following = frames[(index + 1) % len(frames)]
    return blend(frames[index], following, smooth(position - index))


Point = tuple[float, float]


def _towards(origin: Point, direction: float, length: float) -> Point:
    radians = math.radians(direction)
    return (origin[0] + math.sin(radians) * length, origin[1] + math.cos(radians) * length)


def _mid(a: Point, b: Point) -> Point:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def _part(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def joint_positions(pose: Pose) -> dict[str, Point]:
    """Return every body point (``POINTS``) of ``pose`` by forward kinematics."""
    pelvis = (pose.x, pose.y)
    trunk = pose.trunk
    shoulder = _towards(pelvis, trunk, TRUNK)
    neck_direction = trunk + pose.neck
    neck = _towards(shoulder, neck_direction, NECK)
    points: dict[str, Point] = {
        "pelvis": pelvis,
        "low_back": _part(pelvis, shoulder, 0.3),
        "mid_back": _mid(pelvis, shoulder),
        "shoulder": shoulder,
        "neck": neck,
        "head": _towards(neck, neck_direction, HEAD_RADIUS),
    }
    for side in ("near", "far"):
        arm = trunk + 180.0 - pose.angle(f"shoulder_{side}")
        elbow = _towards(shoulder, arm, UPPER_ARM)
        points[f"elbow_{side}"] = elbow
        points[f"hand_{side}"] = _towards(elbow, arm - pose.angle(f"elbow_{side}"), FOREARM)
        thigh = trunk + 180.0 - pose.angle(f"hip_{side}")
        knee = _towards(pelvis, thigh, THIGH)
        shin = thigh + pose.angle(f"knee_{side}")
        ankle = _towards(knee, shin, SHIN)
        foot = shin - 90.0 + pose.angle(f"ankle_{side}")
        sole = _towards(ankle, shin, ANKLE_HEIGHT)
        points[f"upper_thigh_{side}"] = _part(pelvis, knee, 0.25)
        points[f"mid_thigh_{side}"] = _mid(pelvis, knee)
        points[f"lower_thigh_{side}"] = _part(pelvis, knee, 0.75)
        points[f"knee_{side}"] = knee
        points[f"mid_shin_{side}"] = _mid(knee, ankle)
        points[f"ankle_{side}"] = ankle
        points[f"heel_{side}"] = _towards(sole, foot, -HEEL_BACK)
        points[f"toe_{side}"] = _towards(sole, foot, FOOT)
    return points


def rest_on(pose: Pose, point: str, target: Point) -> Pose:
    """Return ``pose`` moved so that body point ``point`` is at ``target``."""
    where = joint_positions(pose)[point]
    return replace(pose, x=pose.x + target[0] - where[0], y=pose.y + target[1] - where[1])


def tilt_to(pose: Pose, pivot: str, point: str, height: float) -> Pose | None:
    """Return ``pose`` turned about body point ``pivot`` until ``point`` is at ``height``.

    The smallest turn is taken; ``None`` when ``point`` cannot reach that height.
    """
    points = joint_positions(pose)
    px, py = points[pivot]
    qx, qy = points[point]
    dx, dy = qx - px, qy - py
    length = math.hypot(dx, dy)
    wanted = height - py
    if length < 1e-9 or abs(wanted) > length:
        return None
    current = math.atan2(dy, dx)
    target = math.asin(wanted / length)
    options = (target - current, math.pi - target - current)
    turn = min(options, key=lambda a: abs(math.remainder(a, math.tau)))
    turn = math.remainder(turn, math.tau)
    # A counter-clockwise turn lowers the clockwise-measured directions.
    turned = replace(pose, trunk=_wrap(pose.trunk - math.degrees(turn)))
    return rest_on(turned, pivot, (px, py))


def _wrap(degrees: float) -> float:
    return (degrees + 180.0) % 360.0 - 180.0


def lowest_point(pose: Pose) -> tuple[str, float]:
    """Return the body point reaching lowest and the height of its underside."""
    points = joint_positions(pose)
    name = min(POINTS, key=lambda key: points[key][1] - POINT_RADII[key])
    return name, points[name][1] - POINT_RADII[name]


def mirror_point(point: Point, axis_x: float) -> Point:
    """Return ``point`` reflected in the vertical line ``x = axis_x``."""
    return (2.0 * axis_x - point[0], point[1])


@lru_cache(maxsize=128)
def scene_bounds(figure: Figure) -> tuple[float, float, float, float]:
    """Return (left, bottom, right, top) around every keyframe and prop, in body units."""
    xs: list[float] = []
    ys: list[float] = [0.0]
    for pose in figure.keyframes:
        for name, (x, y) in joint_positions(pose).items():
            radius = POINT_RADII[name]
            xs += [x - radius, x + radius]
            ys += [y - radius, y + radius]
    for prop in figure.props:
        if prop.kind is PropKind.BAND:
            if prop.anchor is not None:
                xs.append(prop.anchor[0])
                ys.append(prop.anchor[1])
            continue
        if prop.kind in (PropKind.FOAM_ROLLER, PropKind.BALL):
            xs += [prop.x - prop.height / 2, prop.x + prop.height / 2]
        else:
            xs += [prop.x, prop.x + prop.span]
        top = (prop.top or WALL_HEIGHT) if prop.kind is PropKind.WALL else prop.height
        if prop.kind is PropKind.CHAIR:
            top = 0.9
        ys.append(top)
    return min(xs), min(ys), max(xs), max(ys)


#: How far a body point may dip below the floor on the way between two
#: keyframes: the angles blend, so a foot may brush the floor line, but it
#: must not swing through it.
BETWEEN_TOLERANCE = 0.05
#: How many steps each way between two keyframes is looked at.
BETWEEN_STEPS = 10


def sinking_between(figure: Figure) -> tuple[int, int, str, float] | None:
    """Return where the figure first dips through the floor while it moves, if it does.

    That is the keyframes before and after (indexes), the body point and the
    height of its underside. A looping figure also goes from its last
    keyframe back to the first.
    """
    frames = list(enumerate(figure.keyframes))
    if figure.loop_seconds is not None and len(frames) > 1:
        frames.append(frames[0])
    for (first, before), (second, after) in itertools.pairwise(frames):
        for step in range(1, BETWEEN_STEPS):
            point, height = lowest_point(blend(before, after, step / BETWEEN_STEPS))
            if height < -BETWEEN_TOLERANCE:
                return first, second, point, height
    return None
