"""An exercise's ``[figure]`` table as plain data to edit, and back as a table.

``state_from_table`` reads a table into a ``FigureState`` in which every
keyframe keeps its full set of angles and its contact (so changing one never
moves another); ``state_table`` writes it back naming, as the format asks,
only what changes from the keyframe before. The loader reads the table
written to the same figure. Whatever the reading does not understand (an
unknown key, a value of the wrong type) is kept as it is in ``extra`` and
written back, so nothing is lost and the loader can name it.

``bundled_figures`` gives the figures of the bundled exercises, by name, to
start a new figure from.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hipcoach.core.fileio import TomlReadError, read_toml
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.pose_schema import FLOOR
from hipcoach.core.poses import JOINTS, POINTS, Pose, Prop, PropKind

#: Where a neutral figure stands: on both heels, the far one first.
NEUTRAL_CONTACT = "heel_far"


@dataclass(frozen=True)
class Contact:
    """What a keyframe rests on: one or two body points, each on the floor or a prop.

    ``on`` has one name per point (``"floor"`` or a prop's kind); ``x`` moves
    the resting point along the floor (``None``: at 0, or on the prop's middle).
    """

    points: tuple[str, ...] = (NEUTRAL_CONTACT,)
    on: tuple[str, ...] = (FLOOR,)
    x: float | None = None


@dataclass(frozen=True)
class Keyframe:
    """One keyframe: its name and every angle (``pose``), its contact, and keys kept as read."""

    pose: Pose
    contact: Contact = Contact()
    extra: tuple[tuple[str, Any], ...] = ()

    @property
    def name(self) -> str:
        """Return the keyframe's name."""
        return self.pose.name


@dataclass(frozen=True)
class PropEntry:
    """One ``[[figure.props]]`` table; ``kind`` may be one the loader does not know."""

    kind: str
    x: float = 0.0
    width: float | None = None
    height: float | None = None
    anchor: tuple[float, float] | None = None
    attach: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()

    def prop(self) -> Prop | None:
        """Return the prop to draw (``None`` for a kind the loader does not know)."""
        if self.kind not in tuple(PropKind):
            return None
        return Prop(
            PropKind(self.kind),
            x=self.x,
            width=self.width,
            anchor=self.anchor,
            attach=self.attach if self.attach in POINTS else None,
            top=self.height,
        )


@dataclass(frozen=True)
class FigureState:
    """Everything in a ``[figure]`` table, at one moment of editing."""

    keyframes: tuple[Keyframe, ...]
    props: tuple[PropEntry, ...] = ()
    working: tuple[str, ...] = ()
    muscles: tuple[str, ...] = ()
    still: str | None = None
    loop_seconds: float | None = None
    extra: tuple[tuple[str, Any], ...] = field(default=())

    @property
    def still_index(self) -> int:
        """Return the keyframe shown still: the one named ``still``, else the last."""
        for index, keyframe in enumerate(self.keyframes):
            if keyframe.name == self.still:
                return index
        return len(self.keyframes) - 1


class FigureTableError(ValueError):
    """The table is not shaped like a ``[figure]`` table at all (e.g. keyframes not tables)."""


# -- reading a table -------------------------------------------------------------


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _text_list(value: object) -> tuple[str, ...] | None:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    return None


def _read_contact(table: Mapping[str, Any], previous: Contact | None) -> Contact | None:
    """Return the contact the keyframe ``table`` gives, or ``None`` when it cannot be read."""
    raw, on, x = table.get("contact"), table.get("on"), table.get("x")
    if on is not None and not isinstance(on, str) and _text_list(on) is None:
        return None
    if x is not None and not _is_number(x):
        return None
    surfaces = (on,) if isinstance(on, str) else _text_list(on)
    if raw is None:
        if previous is None:
            return None
        if surfaces is None and x is None:
            return previous
        points = previous.points
        given = surfaces or previous.on
    else:
        names = [raw] if isinstance(raw, str) else raw
        if (
            not isinstance(names, list)
            or not 1 <= len(names) <= 2
            or not all(isinstance(n, str) and n in POINTS for n in names)
            or len(set(names)) != len(names)
        ):
            return None
        points = tuple(names)
        given = surfaces or (FLOOR,)
    if len(given) > len(points):
        return None
    padded = tuple(given) + (FLOOR,) * (len(points) - len(given))
    return Contact(points, padded, float(x) if x is not None else None)


def _read_keyframe(table: Mapping[str, Any], previous: Keyframe | None) -> tuple[Keyframe, bool]:
    """Return the keyframe ``table`` gives and whether its contact could be read."""
    angles = {joint: previous.pose.angle(joint) if previous else 0.0 for joint in JOINTS}
    extra: dict[str, Any] = {}
    name = table.get("name")
    for joint in JOINTS:
        if joint in table:
            if _is_number(table[joint]):
                angles[joint] = float(table[joint])
            else:
                extra[joint] = table[joint]
    contact = _read_contact(table, previous.contact if previous else None)
    understood = set(JOINTS) | {"name"}
    if contact is not None:
        understood |= {"contact", "on", "x"}
    for key, value in table.items():
        if key not in understood:
            extra[key] = value
    if not isinstance(name, str):
        if name is not None:
            extra["name"] = name
        name = ""
    fallback = previous.contact if previous else Contact()
    keyframe = Keyframe(Pose(name.strip(), **angles), contact or fallback, tuple(extra.items()))
    return keyframe, contact is not None


def _read_prop(table: Mapping[str, Any]) -> PropEntry:
    extra: dict[str, Any] = {}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key in ("kind", "attach") and isinstance(value, str):
            values[key] = value
        elif key in ("x", "width", "height") and _is_number(value):
            values[key] = float(value)
        elif (
            key == "anchor"
            and isinstance(value, list)
            and len(value) == 2
            and all(_is_number(v) for v in value)
        ):
            values[key] = (float(value[0]), float(value[1]))
        else:
            extra[key] = value
    if "kind" not in values:
        values["kind"] = ""
    return PropEntry(**values, extra=tuple(extra.items()))


def _tables(value: object, what: str) -> list[Mapping[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise FigureTableError(f"figure.{what} must be a list of tables")
    return value


def state_from_table(table: Mapping[str, Any]) -> FigureState:
    """Return the figure a ``[figure]`` table describes, keeping what it cannot read.

    Raises ``FigureTableError`` when the keyframes or props are not lists of tables.
    """
    if not isinstance(table, Mapping):
        raise FigureTableError("figure must be a table")
    keyframes: list[Keyframe] = []
    previous: Keyframe | None = None
    for item in _tables(table.get("keyframes"), "keyframes"):
        keyframe, read = _read_keyframe(item, previous)
        if not read:
            # Keep the contact keys as written; the loader names what is wrong.
            kept = {key: item[key] for key in ("contact", "on", "x") if key in item}
            keyframe = replace(keyframe, extra=(*keyframe.extra, *kept.items()))
        keyframes.append(keyframe)
        previous = keyframe
    if not keyframes:
        return neutral_state()
    props = tuple(_read_prop(item) for item in _tables(table.get("props"), "props"))
    extra: dict[str, Any] = {}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key in ("keyframes", "props"):
            continue
        if key in ("working", "muscles") and _text_list(value) is not None:
            values[key] = tuple(value)
        elif key == "still" and isinstance(value, str):
            values[key] = value.strip()
        elif key == "loop_seconds" and _is_number(value):
            values[key] = float(value)
        else:
            extra[key] = value
    return FigureState(tuple(keyframes), props, **values, extra=tuple(extra.items()))


def neutral_state() -> FigureState:
    """Return a person standing straight in two keyframes, "start" and "end"."""
    return FigureState((Keyframe(Pose("start")), Keyframe(Pose("end"))))


# -- writing a table -------------------------------------------------------------


def _number(value: float) -> int | float:
    """Return ``value`` as a whole number when it is one (tidier in the file)."""
    return int(value) if float(value).is_integer() else value


def _contact_keys(contact: Contact) -> dict[str, Any]:
    keys: dict[str, Any] = {
        "contact": contact.points[0] if len(contact.points) == 1 else list(contact.points)
    }
    if any(name != FLOOR for name in contact.on):
        keys["on"] = contact.on[0] if len(contact.on) == 1 else list(contact.on)
    if contact.x is not None:
        keys["x"] = _number(contact.x)
    return keys


def _keyframe_table(keyframe: Keyframe, previous: Keyframe | None) -> dict[str, Any]:
    extra = dict(keyframe.extra)
    table: dict[str, Any] = {}
    if keyframe.name or "name" not in extra:
        table["name"] = keyframe.name
    if previous is None or keyframe.contact != previous.contact:
        for key, value in _contact_keys(keyframe.contact).items():
            if key not in extra:
                table[key] = value
    for joint in JOINTS:
        value = keyframe.pose.angle(joint)
        before = previous.pose.angle(joint) if previous else 0.0
        if value != before and joint not in extra:
            table[joint] = _number(value)
    table.update(copy.deepcopy(extra))
    if not table.get("name", True):
        del table["name"]
    return table


def _prop_table(prop: PropEntry) -> dict[str, Any]:
    table: dict[str, Any] = {}
    if prop.kind:
        table["kind"] = prop.kind
    table["x"] = _number(prop.x)
    if prop.width is not None:
        table["width"] = _number(prop.width)
    if prop.height is not None:
        table["height"] = _number(prop.height)
    if prop.anchor is not None:
        table["anchor"] = [_number(prop.anchor[0]), _number(prop.anchor[1])]
    if prop.attach is not None:
        table["attach"] = prop.attach
    table.update(copy.deepcopy(dict(prop.extra)))
    return table


def state_table(state: FigureState) -> dict[str, Any]:
    """Return ``state`` as a ``[figure]`` table (what the loader reads back to the same)."""
    table: dict[str, Any] = {}
    if state.working:
        table["working"] = list(state.working)
    if state.muscles:
        table["muscles"] = list(state.muscles)
    if state.still is not None:
        table["still"] = state.still
    if state.loop_seconds is not None:
        table["loop_seconds"] = _number(state.loop_seconds)
    table.update(copy.deepcopy(dict(state.extra)))
    if state.props:
        table["props"] = [_prop_table(prop) for prop in state.props]
    previous: Keyframe | None = None
    keyframes = []
    for keyframe in state.keyframes:
        keyframes.append(_keyframe_table(keyframe, previous))
        previous = keyframe
    table["keyframes"] = keyframes
    return table


# -- the bundled figures ---------------------------------------------------------


def bundled_figures(folder: Path | None = None) -> list[tuple[str, dict[str, Any]]]:
    """Return ``(name, [figure] table)`` of every exercise file in ``folder`` that has a figure.

    ``folder`` is the bundled exercises' folder unless given. The list is in
    the order of the names (ignoring case). A file that cannot be read, or
    whose name is not text or whose ``figure`` is not a table the editor can
    read (``state_from_table``), is left out: the library reports such files
    where it loads them.
    """
    if folder is None:
        folder = bundled_resources_dir() / "exercises"
    found: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            table = read_toml(path)
        except TomlReadError:
            continue
        name, figure = table.get("name"), table.get("figure")
        if not isinstance(name, str) or not name.strip() or not isinstance(figure, dict):
            continue
        try:
            state_from_table(figure)
        except FigureTableError:
            continue
        found.append((name.strip(), figure))
    found.sort(key=lambda entry: (entry[0].casefold(), entry[0]))
    return found
