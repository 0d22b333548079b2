"""A figure being edited: the ``[figure]`` table of an exercise as data one can change.

``FigureDraft`` holds an editable figure, made from an exercise's
``[figure]`` table or from a neutral standing pose, and gives it back as a
table (``table()``) that the loader reads to the same figure. Each keyframe
keeps its full set of angles and its contact, so changing one keyframe never
moves another; the table written names only what changes from the keyframe
before, as the format asks.

The rules are the loader's own: ``problems()`` reads the table with
``pose_schema.read_figure`` and gives its messages, and adds one the loader
does not check, a body point swinging through the floor between two
keyframes (``poses.sinking_between``). Angles are set within the joint
limits of ``poses.JOINT_LIMITS``: a value past a limit stops at it.

Whatever in the table the draft does not understand is kept and written
back (``figure_table``), so nothing is lost and ``problems()`` names it.
Every change can be undone and redone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from hipcoach.core.figure_table import (
    Contact,
    FigureState,
    FigureTableError,
    Keyframe,
    PropEntry,
    neutral_state,
    state_from_table,
    state_table,
)
from hipcoach.core.messages import Message
from hipcoach.core.pose_schema import FLOOR, MAX_KEYFRAMES, MIN_KEYFRAMES, read_figure, rest_pose
from hipcoach.core.poses import (
    FOOT,
    HEEL_BACK,
    JOINT_LIMITS,
    LIMBS,
    Figure,
    Muscle,
    Point,
    Pose,
    Prop,
    PropKind,
    joint_positions,
    sinking_between,
)
from hipcoach.core.problems import PackText, TableReader
from hipcoach.core.undo_stack import UndoStack

__all__ = [
    "HANDLES",
    "Contact",
    "FigureDraft",
    "FigureProblem",
    "FigureState",
    "FigureTableError",
    "Keyframe",
    "PropEntry",
    "body_points",
    "place",
    "reach_angle",
    "within_limits",
]

#: The body point each joint's angle swings, and the point it swings about.
#: Dragging the swung point sets the angle (``"sole"`` is the middle of the
#: foot's underside below the ankle).
HANDLES: Mapping[str, tuple[str, str]] = {
    "trunk": ("pelvis", "shoulder"),
    "neck": ("shoulder", "head"),
    "shoulder_near": ("shoulder", "elbow_near"),
    "elbow_near": ("elbow_near", "hand_near"),
    "shoulder_far": ("shoulder", "elbow_far"),
    "elbow_far": ("elbow_far", "hand_far"),
    "hip_near": ("pelvis", "knee_near"),
    "knee_near": ("knee_near", "ankle_near"),
    "ankle_near": ("sole", "toe_near"),
    "hip_far": ("pelvis", "knee_far"),
    "knee_far": ("knee_far", "ankle_far"),
    "ankle_far": ("sole", "toe_far"),
}
#: Decimal places an angle is kept to.
ANGLE_PLACES = 1


@dataclass(frozen=True)
class FigureProblem:
    """One thing wrong with the figure: the key path to blame and what is wrong."""

    key: str
    message: Message | str

    @property
    def keyframe(self) -> int | None:
        """Return the keyframe (from 0) the problem is in, if it names one."""
        prefix = "figure.keyframes["
        if not self.key.startswith(prefix):
            return None
        number = self.key[len(prefix) :].split("]", 1)[0]
        return int(number) - 1 if number.isdigit() else None


# -- geometry ----------------------------------------------------------------------


def _direction(origin: Point, target: Point) -> float:
    """Return the direction from ``origin`` to ``target``, clockwise from straight up."""
    return math.degrees(math.atan2(target[0] - origin[0], target[1] - origin[1]))


def _wrap(degrees: float) -> float:
    return math.remainder(degrees, 360.0)


def within_limits(joint: str, value: float) -> float:
    """Return ``value`` (degrees) brought within ``joint``'s limits.

    An angle past a limit stops at it; one outside the range the other way
    round the circle stops at whichever limit is nearer round the circle.
    """
    low, high = JOINT_LIMITS[joint]
    if joint == "trunk":
        wrapped = _wrap(value)
        return 180.0 if wrapped == -180.0 else wrapped
    if low <= value <= high:
        return value
    turned = _wrap(value)
    if low <= turned <= high:
        return turned
    return min((low, high), key=lambda limit: abs(_wrap(turned - limit)))


def body_points(pose: Pose) -> dict[str, Point]:
    """Return every body point of ``pose`` and ``sole``, the point a foot turns about."""
    points = joint_positions(pose)
    for side in ("near", "far"):
        heel, toe = points[f"heel_{side}"], points[f"toe_{side}"]
        share = HEEL_BACK / (HEEL_BACK + FOOT)
        points[f"sole_{side}"] = (
            heel[0] + (toe[0] - heel[0]) * share,
            heel[1] + (toe[1] - heel[1]) * share,
        )
    return points


def _pivot(joint: str) -> str:
    pivot = HANDLES[joint][0]
    return f"sole_{joint.rsplit('_', 1)[1]}" if pivot == "sole" else pivot


def reach_angle(placed: Pose, joint: str, target: Point) -> float:
    """Return the angle of ``joint`` that turns its handle (``HANDLES``) towards ``target``.

    ``placed`` is the pose as drawn (resting on its contact); ``target`` is in
    the figure's units. The angle is measured the way ``poses`` measures it,
    from the segment the limb hangs from, and is not yet within the limits.
    """
    points = body_points(placed)
    direction = _direction(points[_pivot(joint)], target)
    trunk = placed.trunk
    if joint == "trunk":
        return direction
    if joint == "neck":
        return direction - trunk
    side = joint.rsplit("_", 1)[1]
    if joint.startswith(("shoulder", "hip")):
        return trunk + 180.0 - direction
    if joint.startswith("elbow"):
        arm = trunk + 180.0 - placed.angle(f"shoulder_{side}")
        return arm - direction
    thigh = trunk + 180.0 - placed.angle(f"hip_{side}")
    if joint.startswith("knee"):
        return direction - thigh
    shin = thigh + placed.angle(f"knee_{side}")
    return direction - shin + 90.0


def _props_by_kind(props: Iterable[PropEntry]) -> dict[str, Prop]:
    found: dict[str, Prop] = {}
    for entry in props:
        prop = entry.prop()
        if prop is not None:
            found.setdefault(prop.kind.value, prop)
    return found


def place(keyframe: Keyframe, props: Iterable[PropEntry]) -> Pose:
    """Return the keyframe's pose resting where it can, for drawing even when it is wrong.

    On its full contact when that works; else on its first point alone; else
    on the floor.
    """
    by_kind = _props_by_kind(props)
    contact = keyframe.contact
    attempts: tuple[tuple[tuple[str, ...], tuple[str, ...], Mapping[str, Prop]], ...] = (
        (contact.points, contact.on, by_kind),
        (contact.points[:1], contact.on[:1], by_kind),
        (contact.points[:1], (FLOOR,), {}),
    )
    for points, on, known in attempts:
        placed, _key, _message = rest_pose(keyframe.pose, points, on, contact.x, known)
        if placed is not None:
            return placed
    return keyframe.pose


# -- the draft -----------------------------------------------------------------------


def _unique(name: str, taken: Iterable[str]) -> str:
    """Return ``name`` if no keyframe has it, else the first free of ``name 2``, ``name 3`` …

    A name that already ends in a number counts on from its stem.
    """
    used = set(taken)
    if name not in used:
        return name
    stem, _, number_text = name.rpartition(" ")
    if stem and number_text.isdigit():
        name = stem
    number = 2
    while f"{name} {number}" in used:
        number += 1
    return f"{name} {number}"


class FigureDraft:
    """An editable figure with undo and redo; see the module docstring.

    Every change goes through a method that records the state before it.
    Changes given the same ``gesture`` key one after the other (the steps of
    one drag, the keys typed into one angle) are undone together, until
    ``end_gesture`` is called.
    """

    def __init__(self, state: FigureState | None = None) -> None:
        self._history = UndoStack(state if state is not None else neutral_state(), immutable=True)

    @classmethod
    def from_table(cls, table: Mapping[str, Any] | None) -> FigureDraft:
        """Return a draft of ``table`` (a ``[figure]`` table), or of a person standing."""
        return cls(neutral_state() if table is None else state_from_table(table))

    # -- reading -------------------------------------------------------------------

    @property
    def state(self) -> FigureState:
        """Return the figure as it is now."""
        return self._history.peek()

    @property
    def keyframes(self) -> tuple[Keyframe, ...]:
        """Return the keyframes, the first the start."""
        return self.state.keyframes

    def table(self) -> dict[str, Any]:
        """Return the figure as a ``[figure]`` table."""
        return state_table(self.state)

    def placed(self, index: int) -> Pose:
        """Return keyframe ``index`` resting on its contact, as drawn."""
        return place(self.state.keyframes[index], self.state.props)

    def figure(self) -> Figure:
        """Return the figure to draw: what the loader would make, or the nearest to it."""
        state = self.state
        props = tuple(p for p in (entry.prop() for entry in state.props) if p is not None)
        muscles = tuple(Muscle(m) for m in state.muscles if m in tuple(Muscle))
        return Figure(
            keyframes=tuple(self.placed(i) for i in range(len(state.keyframes))),
            props=props,
            working=tuple(limb for limb in state.working if limb in LIMBS),
            muscles=muscles,
            still_index=state.still_index,
            loop_seconds=state.loop_seconds if (state.loop_seconds or 0) > 0 else None,
        )

    def problems(self) -> list[FigureProblem]:
        """Return what the loader finds wrong with the table, and any dip through the floor."""
        found: list[FigureProblem] = []
        reader = TableReader(
            {"figure": self.table()},
            "",
            lambda key, message: found.append(FigureProblem(key, message)),
        )
        figure = read_figure(reader)
        reader.finish()
        if figure is not None:
            sinking = sinking_between(figure)
            if sinking is not None:
                first, second, point, height = sinking
                found.append(
                    FigureProblem(
                        f"figure.keyframes[{second + 1}]",
                        PackText.tr(
                            "on the way from '{first}' to '{second}' the {point} dips"
                            " {depth} cm below the floor; change the angles of one of them",
                            first=figure.keyframes[first].name,
                            second=figure.keyframes[second].name,
                            point=point.replace("_", " "),
                            depth=f"{-height * 100:.0f}",
                        ),
                    )
                )
        return found

    @property
    def modified(self) -> bool:
        """Return whether the figure differs from when it was opened (or last saved)."""
        return self._history.dirty

    def mark_saved(self) -> None:
        """Take the figure as it is now as the saved one; the next change is a step of its own."""
        self._history.saved_here()

    # -- undo and redo ---------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        """Return whether there is a change to undo."""
        return self._history.can_undo

    @property
    def can_redo(self) -> bool:
        """Return whether there is an undone change to redo."""
        return self._history.can_redo

    def undo(self) -> bool:
        """Go back one change; return whether there was one."""
        if not self._history.can_undo:
            return False
        self._history.undo()
        return True

    def redo(self) -> bool:
        """Make the last undone change again; return whether there was one."""
        if not self._history.can_redo:
            return False
        self._history.redo()
        return True

    def end_gesture(self) -> None:
        """End the current gesture: the next change is undone on its own."""
        self._history.end_merge()

    def start_from(self, table: Mapping[str, Any] | None) -> bool:
        """Replace the whole figure with ``table``'s (``None``: a person standing).

        Keyframes, props, contact, highlights and the rest all change in one
        step to undo. Return whether anything changed. Raises
        ``FigureTableError`` (changing nothing) for a table the draft cannot read.
        """
        state = neutral_state() if table is None else state_from_table(table)
        self.end_gesture()
        changed = self._change(state)
        self.end_gesture()
        return changed

    def _change(self, state: FigureState, gesture: object = None) -> bool:
        return self._history.push(state, merge_key=gesture)

    def _with_keyframe(self, index: int, keyframe: Keyframe) -> FigureState:
        frames = list(self.state.keyframes)
        frames[index] = keyframe
        return replace(self.state, keyframes=tuple(frames))

    # -- angles --------------------------------------------------------------------------

    def set_angle(self, index: int, joint: str, value: float, *, gesture: object = None) -> float:
        """Set ``joint`` of keyframe ``index`` to ``value``, within its limits; return the angle."""
        if joint not in JOINT_LIMITS:
            raise KeyError(joint)
        keyframe = self.state.keyframes[index]
        angle = round(within_limits(joint, value), ANGLE_PLACES)
        pose = replace(keyframe.pose, **{joint: angle})  # type: ignore[arg-type]
        extra = tuple((key, value) for key, value in keyframe.extra if key != joint)
        self._change(self._with_keyframe(index, replace(keyframe, pose=pose, extra=extra)), gesture)
        return angle

    def drag(self, index: int, joint: str, target: Point) -> float:
        """Turn ``joint`` of keyframe ``index`` so its handle points at ``target`` (figure units).

        The angle stops at the joint's limits. The steps of one drag are one
        change to undo (call ``end_gesture`` when the drag ends).
        """
        placed = self.placed(index)
        wanted = reach_angle(placed, joint, target)
        if joint == "trunk":
            # A second contact point turns the body as placed; keep that turn.
            wanted -= placed.trunk - self.state.keyframes[index].pose.trunk
        return self.set_angle(index, joint, wanted, gesture=("drag", index, joint))

    # -- keyframes -------------------------------------------------------------------------

    def add_keyframe(self, index: int) -> int | None:
        """Add a copy of keyframe ``index`` right after it; return its index (``None``: full)."""
        frames = list(self.state.keyframes)
        if len(frames) >= MAX_KEYFRAMES:
            return None
        source = frames[index]
        name = _unique(source.name or "pose", (k.name for k in frames))
        frames.insert(index + 1, replace(source, pose=replace(source.pose, name=name)))
        self._change(replace(self.state, keyframes=tuple(frames)))
        return index + 1

    def remove_keyframe(self, index: int) -> bool:
        """Remove keyframe ``index`` unless that would leave too few; return whether it went."""
        frames = list(self.state.keyframes)
        if len(frames) <= MIN_KEYFRAMES:
            return False
        removed = frames.pop(index)
        still = self.state.still
        if still == removed.name:
            still = None
        return self._change(replace(self.state, keyframes=tuple(frames), still=still))

    def move_keyframe(self, index: int, to: int) -> bool:
        """Move keyframe ``index`` to place ``to``; return whether it moved."""
        frames = list(self.state.keyframes)
        if not 0 <= to < len(frames) or to == index:
            return False
        frames.insert(to, frames.pop(index))
        return self._change(replace(self.state, keyframes=tuple(frames)))

    def rename_keyframe(self, index: int, name: str) -> bool:
        """Call keyframe ``index`` ``name`` (the still choice follows); return whether it did."""
        keyframe = self.state.keyframes[index]
        name = name.strip()
        still = self.state.still
        if still is not None and still == keyframe.name:
            still = name
        extra = tuple((key, value) for key, value in keyframe.extra if key != "name")
        renamed = replace(keyframe, pose=replace(keyframe.pose, name=name), extra=extra)
        state = replace(self._with_keyframe(index, renamed), still=still)
        return self._change(state)

    def set_still(self, index: int | None) -> bool:
        """Show keyframe ``index`` in a still picture (``None``: the last, the default)."""
        still = None if index is None else self.state.keyframes[index].name
        extra = tuple((key, value) for key, value in self.state.extra if key != "still")
        return self._change(replace(self.state, still=still, extra=extra))

    def set_loop_seconds(self, seconds: float | None) -> bool:
        """Make timed steps go round the keyframes every ``seconds`` (``None``: hold still)."""
        extra = tuple((key, value) for key, value in self.state.extra if key != "loop_seconds")
        return self._change(replace(self.state, loop_seconds=seconds, extra=extra))

    # -- contact, props, highlights ------------------------------------------------------

    def set_contact(self, index: int, contact: Contact) -> bool:
        """Rest keyframe ``index`` on ``contact``; return whether it changed."""
        if not 1 <= len(contact.points) <= 2 or len(contact.on) != len(contact.points):
            raise ValueError("a contact has one or two points, each with a surface")
        keyframe = self.state.keyframes[index]
        extra = tuple(
            (key, value) for key, value in keyframe.extra if key not in ("contact", "on", "x")
        )
        return self._change(
            self._with_keyframe(index, replace(keyframe, contact=contact, extra=extra))
        )

    def add_prop(self, kind: PropKind, x: float = 0.0) -> int:
        """Add a prop of ``kind`` at ``x``; return its index. A band is tied near the feet."""
        entry = PropEntry(kind.value, x=x)
        if kind is PropKind.BAND:
            entry = replace(entry, anchor=(x + 0.8, 0.1), attach="ankle_near")
        self._change(replace(self.state, props=(*self.state.props, entry)))
        return len(self.state.props) - 1

    def remove_prop(self, index: int) -> bool:
        """Remove prop ``index``; return whether there was one."""
        props = list(self.state.props)
        if not 0 <= index < len(props):
            return False
        props.pop(index)
        return self._change(replace(self.state, props=tuple(props)))

    def set_prop_x(self, index: int, x: float, *, gesture: object = None) -> bool:
        """Move prop ``index`` to ``x`` along the floor."""
        props = list(self.state.props)
        props[index] = replace(props[index], x=x)
        return self._change(replace(self.state, props=tuple(props)), gesture)

    def set_working(self, limbs: Iterable[str]) -> bool:
        """Highlight ``limbs`` (from ``LIMBS``, kept in that order)."""
        chosen = set(limbs)
        kept = [limb for limb in self.state.working if limb not in LIMBS]
        working = (*(limb for limb in LIMBS if limb in chosen), *kept)
        extra = tuple((key, value) for key, value in self.state.extra if key != "working")
        return self._change(replace(self.state, working=working, extra=extra))

    def set_muscles(self, muscles: Iterable[str]) -> bool:
        """Tint ``muscles`` (``Muscle`` values, kept in that order)."""
        chosen = set(muscles)
        known = tuple(m.value for m in Muscle)
        kept = [m for m in self.state.muscles if m not in known]
        tinted = (*(m for m in known if m in chosen), *kept)
        extra = tuple((key, value) for key, value in self.state.extra if key != "muscles")
        return self._change(replace(self.state, muscles=tinted, extra=extra))
