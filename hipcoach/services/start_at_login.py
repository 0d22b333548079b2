"""Turning start at login on or off, and what is in effect when that fails."""

from __future__ import annotations

from typing import Protocol

from hipcoach.ui.translate import translate


class LoginEntry(Protocol):
    """The OS's start-at-login entry (``hipcoach.platform.autostart.Autostart``)."""

    def is_enabled(self) -> bool:
        """Return whether hipcoach starts at login now."""
        ...

    def enable(self) -> None:
        """Start hipcoach at login; raise ``OSError`` if that cannot be arranged."""
        ...

    def disable(self) -> None:
        """Stop starting hipcoach at login; raise ``OSError`` on failure."""
        ...


def switch_start_at_login(entry: LoginEntry, on: bool) -> str | None:
    """Turn start at login ``on`` or off; return why that failed (for the user), or None.

    After a failure ``entry.is_enabled()`` says what is in effect.
    """
    try:
        if on:
            entry.enable()
        else:
            entry.disable()
    except OSError as error:
        return translate("StartAtLogin", "Could not change start at login: {error}").format(
            error=error
        )
    return None
