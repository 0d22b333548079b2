"""What kind of desktop session this is, read from environment variables."""

from __future__ import annotations

from collections.abc import Mapping


def is_wayland_session(environ: Mapping[str, str]) -> bool:
    """Return True in a Wayland session, where X11 only sees X clients (XWayland)."""
    return bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"


def current_desktops(environ: Mapping[str, str]) -> tuple[str, ...]:
    """Return the upper-cased names in ``$XDG_CURRENT_DESKTOP`` (e.g. ``("UBUNTU", "GNOME")``)."""
    value = environ.get("XDG_CURRENT_DESKTOP", "")
    return tuple(name.strip().upper() for name in value.split(":") if name.strip())


def is_kde(environ: Mapping[str, str]) -> bool:
    """Return True when ``$XDG_CURRENT_DESKTOP`` names KDE."""
    return "KDE" in current_desktops(environ)


def is_gnome(environ: Mapping[str, str]) -> bool:
    """Return True when ``$XDG_CURRENT_DESKTOP`` names GNOME."""
    return "GNOME" in current_desktops(environ)
