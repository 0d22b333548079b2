"""Reading an exercise's ``[figure]`` table into a ``Figure``, with every problem reported.

Each keyframe starts from the angles of the one before (the first from a
person standing straight, every angle 0), so a keyframe names only what
changes. Its ground contact places the body: the first contact point rests
on the floor (or on a prop), and a second one, if given, is brought down to
its own surface by turning the whole body about the first. No body point may
then reach below the floor by more than ``FLOOR_TOLERANCE``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from hipcoach.core.messages import Message
from hipcoach.core.poses import (
    FLOOR_TOLERANCE,
    JOINT_LIMITS,
    JOINTS,
    LIMBS,
    POINT_RADII,
    POINTS,
    Figure,
    Muscle,
    Pose,
    Prop,
    PropKind,
    lowest_point,
    rest_on,
    tilt_to,
)
from hipcoach.core.problems import PackText, TableReader, close_matches, type_name

MIN_KEYFRAMES = 2
MAX_KEYFRAMES = 4
FLOOR = "floor"


def _hint(value: str, allowed: tuple[str, ...]) -> str | None:
    close = close_matches(value, allowed, n=1)
    return close[0] if close else None


def _unknown(value: str, allowed: tuple[str, ...], what: str) -> Message:
    """Return why ``value`` is not one of ``allowed`` (a limb, a muscle region or a body point)."""
    choices = ", ".join(allowed)
    hint = _hint(value, allowed)
    if what == "limb":
        if hint:
            return PackText.tr(
                "'{value}' is not a known limb; use one of {choices} (did you mean '{hint}'?)",
                value=value,
                choices=choices,
                hint=hint,
            )
        return PackText.tr(
            "'{value}' is not a known limb; use one of {choices}", value=value, choices=choices
        )
    if what == "muscle region":
        if hint:
            return PackText.tr(
                "'{value}' is not a known muscle region; use one of {choices}"
                " (did you mean '{hint}'?)",
                value=value,
                choices=choices,
                hint=hint,
            )
        return PackText.tr(
            "'{value}' is not a known muscle region; use one of {choices}",
            value=value,
            choices=choices,
        )
    if hint:
        return PackText.tr(
            "'{value}' is not a body point; use one of {choices} (did you mean '{hint}'?)",
            value=value,
            choices=choices,
            hint=hint,
        )
    return PackText.tr(
        "'{value}' is not a body point; use one of {choices}", value=value, choices=choices
    )


def _number(reader: TableReader, key: str) -> float | None:
    """Return a number (integer or decimal), or ``None`` when absent or wrong."""
    value = reader.raw(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        reader.problem(key, PackText.tr("must be a number, not {type}", type=type_name(value)))
        return None
    if not math.isfinite(value):
        reader.problem(key, PackText.tr("must be a finite number"))
        return None
    return float(value)


def _positive(reader: TableReader, key: str) -> float | None:
    """Return a number above 0, or ``None`` when absent or wrong."""
    value = _number(reader, key)
    if value is not None and value <= 0:
        reader.problem(key, PackText.tr("must be more than 0, not {value}", value=f"{value:g}"))
        return None
    return value


def _names(reader: TableReader, key: str, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    found: list[str] = []
    for index, value in enumerate(reader.text_list(key), start=1):
        if value not in allowed:
            reader.problem(f"{key}[{index}]", _unknown(value, allowed, what))
            continue
        found.append(value)
    return tuple(found)


def _point(reader: TableReader, key: str, value: object) -> str | None:
    if not isinstance(value, str):
        reader.problem(
            key, PackText.tr("must name a body point, not {type}", type=type_name(value))
        )
        return None
    if value not in POINTS:
        reader.problem(key, _unknown(value, POINTS, "body point"))
        return None
    return value


def _prop(reader: TableReader) -> Prop | None:
    kinds = tuple(kind.value for kind in PropKind)
    kind = reader.choice("kind", kinds)
    x = _number(reader, "x")
    width = _positive(reader, "width")
    height = _positive(reader, "height")
    anchor: tuple[float, float] | None = None
    raw_anchor = reader.raw("anchor")
    if raw_anchor is not None:
        if (
            isinstance(raw_anchor, list)
            and len(raw_anchor) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in raw_anchor)
        ):
            anchor = (float(raw_anchor[0]), float(raw_anchor[1]))
            if anchor[1] < 0:
                reader.problem(
                    "anchor", PackText.tr("is below the floor; the height must be 0 or more")
                )
        else:
            reader.problem("anchor", PackText.tr("must be two numbers, [x, height]"))
    attach = _point(reader, "attach", reader.raw("attach")) if reader.has("attach") else None
    reader.finish()
    if kind == PropKind.BAND:
        if not reader.has("anchor"):
            reader.problem(
                "anchor", PackText.tr("a band needs its anchor, [x, height] where it is tied")
            )
        if not reader.has("attach"):
            reader.problem(
                "attach",
                PackText.tr("a band needs the body point it pulls on, e.g. 'ankle_near'"),
            )
    elif kind is not None:
        for key in ("anchor", "attach"):
            if reader.has(key):
                reader.problem(
                    key, PackText.tr("only a band has an anchor and an attached body point")
                )
    if kind is None:
        return None
    return Prop(PropKind(kind), x=x or 0.0, width=width, anchor=anchor, attach=attach, top=height)


def _surfaces(reader: TableReader) -> tuple[str, ...] | None:
    """Read ``on``: what the contact points rest on (one name, or one per point)."""
    raw = reader.raw("on")
    if raw is None:
        return None
    if isinstance(raw, str):
        return (raw,) if raw.strip() else None
    if isinstance(raw, list) and 1 <= len(raw) <= 2 and all(isinstance(v, str) for v in raw):
        return tuple(raw)
    reader.problem("on", PackText.tr("must name a prop or 'floor', or a list of two such names"))
    return None


def _surfaces_problem(surfaces: int, points: int) -> Message:
    return PackText.tr(
        "names {surfaces} surfaces for %n contact point(s)", "", points, surfaces=surfaces
    )


class _Contact:
    """The ground contact a keyframe gives (or takes over from the one before)."""

    def __init__(self, points: tuple[str, ...], on: tuple[str, ...], x: float | None) -> None:
        self.points = points
        self.on = on
        self.x = x


def _contact(reader: TableReader, previous: _Contact | None) -> _Contact | None:
    raw = reader.raw("contact")
    on = _surfaces(reader)
    x = _number(reader, "x")
    if raw is None:
        if previous is None:
            reader.problem("contact", PackText.tr("required key is missing in the first keyframe"))
            return None
        if on is not None and len(on) > len(previous.points):
            reader.problem("on", _surfaces_problem(len(on), len(previous.points)))
            return None
        if on is not None or x is not None:
            return _Contact(previous.points, on or previous.on, x)
        return previous
    values = raw if isinstance(raw, list) else [raw]
    if not 1 <= len(values) <= 2:
        reader.problem(
            "contact", PackText.tr("give one body point, or two: [resting point, second point]")
        )
        return None
    points = [
        _point(reader, f"contact[{index}]" if isinstance(raw, list) else "contact", value)
        for index, value in enumerate(values, start=1)
    ]
    if not all(points):
        return None
    found = tuple(point for point in points if point)
    if len(found) == 2 and found[0] == found[1]:
        reader.problem("contact", PackText.tr("the two contact points must differ"))
        return None
    if on is not None and len(on) > len(found):
        reader.problem("on", _surfaces_problem(len(on), len(found)))
        return None
    return _Contact(found, on or (FLOOR,), x)


def rest_pose(
    pose: Pose,
    points: tuple[str, ...],
    on: tuple[str, ...],
    x: float | None,
    props: Mapping[str, Prop],
) -> tuple[Pose | None, str, Message | None]:
    """Return ``pose`` resting on its contact ``points`` (what ``on`` names, at ``x``).

    On failure the pose is ``None`` and the key to blame (``on`` or
    ``contact``) and the loader's message come with it.
    """
    first = points[0]
    surfaces: list[Prop | None] = []
    for name in on:
        if name == FLOOR:
            surfaces.append(None)
            continue
        prop = props.get(name)
        if prop is None:
            if props:
                return (
                    None,
                    "on",
                    PackText.tr(
                        "rests on '{name}', but the figure has no such prop (it has: {props})",
                        name=name,
                        props=", ".join(props),
                    ),
                )
            return (
                None,
                "on",
                PackText.tr(
                    "rests on '{name}', but the figure has no such prop (it has: none)",
                    name=name,
                ),
            )
        if prop.height <= 0:
            return (
                None,
                "on",
                PackText.tr("nothing can rest on a {prop}", prop=prop.kind.value),
            )
        surfaces.append(prop)
    start = x if x is not None else 0.0
    under = surfaces[0] if surfaces else None
    if under is not None and x is None:
        start = under.rest_x
    surface = under.height if under is not None else 0.0
    placed = rest_on(pose, first, (start, surface + POINT_RADII[first]))
    if len(points) == 2:
        second = points[1]
        below = surfaces[1] if len(surfaces) == 2 else None
        level = below.height if below is not None else 0.0
        tilted = tilt_to(placed, first, second, level + POINT_RADII[second])
        if tilted is None:
            return (
                None,
                "contact",
                PackText.tr(
                    "'{second}' cannot reach its surface while '{first}' rests where it does",
                    second=second,
                    first=first,
                ),
            )
        placed = tilted
    return placed, "", None


def _place(
    reader: TableReader, pose: Pose, contact: _Contact, props: dict[str, Prop]
) -> Pose | None:
    """Return ``pose`` resting on its contact, or ``None`` after reporting."""
    placed, key, message = rest_pose(pose, contact.points, contact.on, contact.x, props)
    if message is not None:
        reader.problem(key, message)
    return placed


def _keyframe(
    reader: TableReader,
    previous: Pose | None,
    contact: _Contact | None,
    props: dict[str, Prop],
) -> tuple[Pose | None, Pose, _Contact | None]:
    """Return the placed pose (``None`` after a problem), its bare angles and its contact."""
    name = reader.text("name")
    new_contact = _contact(reader, contact)
    angles = {joint: previous.angle(joint) if previous else 0.0 for joint in JOINTS}
    good = name is not None
    for joint in JOINTS:
        value = _number(reader, joint)
        if value is None:
            good = good and not reader.has(joint)
            continue
        low, high = JOINT_LIMITS[joint]
        if not low <= value <= high:
            reader.problem(
                joint,
                PackText.tr(
                    "{value}° is outside the range a body allows ({low} to {high})",
                    value=f"{value:g}",
                    low=f"{low:g}",
                    high=f"{high:g}",
                ),
            )
            good = False
            continue
        angles[joint] = value
    reader.finish()
    bare = Pose(name or "", **angles)
    if not good or new_contact is None or name is None:
        return None, bare, new_contact
    pose = _place(reader, bare, new_contact, props)
    if pose is None:
        return None, bare, new_contact
    point, height = lowest_point(pose)
    if height < -FLOOR_TOLERANCE:
        reader.problem(
            "",
            PackText.tr(
                "the {point} sinks {depth} cm below the floor; change the angles or the contact",
                point=point.replace("_", " "),
                depth=f"{-height * 100:.0f}",
            ),
        )
        return None, bare, new_contact
    return pose, bare, new_contact


def read_figure(reader: TableReader) -> Figure | None:
    """Read the optional ``[figure]`` table of the exercise ``reader`` reads."""
    raw = reader.raw("figure")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        reader.problem("figure", PackText.tr("must be a table, not {type}", type=type_name(raw)))
        return None
    problems = 0

    def report(path: str, message: str | Message) -> None:
        nonlocal problems
        problems += 1
        reader.problem(path, message)

    table = TableReader(raw, "figure", report)
    working = _names(table, "working", LIMBS, "limb")
    muscles = _names(table, "muscles", tuple(m.value for m in Muscle), "muscle region")
    still_name = table.text("still", required=False)
    loop = _positive(table, "loop_seconds")
    prop_list = [prop for prop in map(_prop, table.tables("props")) if prop is not None]
    props: dict[str, Prop] = {}
    for prop in prop_list:
        props.setdefault(prop.kind.value, prop)
    keyframe_readers = table.tables("keyframes", required=True)
    if keyframe_readers and not MIN_KEYFRAMES <= len(keyframe_readers) <= MAX_KEYFRAMES:
        table.problem(
            "keyframes",
            PackText.tr(
                "has %n keyframes; give {low} to {high}",
                "",
                len(keyframe_readers),
                low=MIN_KEYFRAMES,
                high=MAX_KEYFRAMES,
            ),
        )
    poses: list[Pose | None] = []
    previous: Pose | None = None
    contact: _Contact | None = None
    names: set[str] = set()
    for keyframe_reader in keyframe_readers:
        pose, previous, contact = _keyframe(keyframe_reader, previous, contact, props)
        poses.append(pose)
        if pose is not None:
            if pose.name in names:
                keyframe_reader.problem(
                    "name",
                    PackText.tr("another keyframe is already called '{name}'", name=pose.name),
                )
            names.add(pose.name)
    table.finish()
    still_index = len(poses) - 1
    if still_name is not None:
        named = [index for index, pose in enumerate(poses) if pose and pose.name == still_name]
        if named:
            still_index = named[0]
        elif all(poses):
            known = ", ".join(pose.name for pose in poses if pose)
            table.problem(
                "still",
                PackText.tr(
                    "no keyframe is called '{name}' (there are: {known})",
                    name=still_name,
                    known=known,
                ),
            )
    if problems or not poses or not all(poses):
        return None
    return Figure(
        keyframes=tuple(pose for pose in poses if pose),
        props=tuple(prop_list),
        working=working,
        muscles=tuple(Muscle(m) for m in muscles),
        still_index=still_index,
        loop_seconds=loop,
    )
