"""Reads one application's accessibility tree over AT-SPI, as a screen reader does.

Runs on the system Python that has ``pyatspi`` (Debian: python3-pyatspi),
not in the project's environment, so it imports nothing of hipcoach. Started
as ``python3 atspi_walker.py PID`` with the session bus of the accessibility
bus launcher; it answers each command on standard input with one JSON line:

- ``walk``: every object on show in the windows of process PID (role, name,
  description, accessible id, states, extents on screen). The cells and items
  of tables, lists and trees are left out (a widget inside a table is not);
- ``watch DESCRIPTION``: remember the first object on show with that
  description; ``read``: its name now.

The first line, ``{"ready": true}``, comes once the application is on the bus.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]

#: The roles of the cells and items of tables, lists and trees: left out, with
#: what is inside them (a table's name says what it holds).
ITEMS = frozenset(
    {
        "table cell",
        "table row",
        "table column header",
        "table row header",
        "column header",
        "row header",
        "list item",
        "tree item",
    }
)


def say(answer: object) -> None:
    """Print ``answer`` as one JSON line."""
    print(json.dumps(answer), flush=True)


def find_application(pid: int, timeout_s: float = 20.0) -> Any:
    """Return the accessible application of process ``pid`` once it is on the bus."""
    deadline = time.monotonic() + timeout_s
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.get_process_id() == pid:
                return app
        if time.monotonic() > deadline:
            raise SystemExit(f"no application of process {pid} on the accessibility bus")
        time.sleep(0.1)


def describe(node: Any) -> dict[str, object]:
    """Return what a screen reader learns about ``node``."""
    states = node.getState()
    extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "id": node.get_accessible_id() or "",
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "editable": states.contains(pyatspi.STATE_EDITABLE),
        "extents": [extents.x, extents.y, extents.width, extents.height],
    }


def shown_nodes(app: Any) -> list[tuple[Any, dict[str, object]]]:
    """Return every object on show under ``app`` with its description, depth first."""
    found: list[tuple[Any, dict[str, object]]] = []
    stack = [child for child in app if child is not None]
    stack.reverse()
    while stack:
        node = stack.pop()
        try:
            if node.getRoleName() in ITEMS or not node.getState().contains(pyatspi.STATE_SHOWING):
                continue
            about = describe(node)
        except Exception:  # the widget went away while we looked
            continue
        found.append((node, about))
        children = [child for child in node if child is not None]
        stack.extend(reversed(children))
    return found


def main() -> int:
    """Answer commands about the application of the process given as the only argument."""
    app = find_application(int(sys.argv[1]))
    say({"ready": True})
    watched: Any = None
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "walk":
            say({"nodes": [about for _node, about in shown_nodes(app)]})
        elif command == "watch":
            watched = next(
                (node for node, about in shown_nodes(app) if about["description"] == argument),
                None,
            )
            say({"watching": watched is not None})
        elif command == "read":
            say({"name": None if watched is None else watched.name})
        else:
            say({"error": f"unknown command {line.strip()!r}"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
