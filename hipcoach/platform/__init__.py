"""OS integration behind small interfaces: notifications, idle time, lock and sleep
signals, reasons to defer a reminder, calls, autostart and the single-instance guard.

Every piece works or says why not: nothing here raises because the desktop
lacks a service. ``create_platform()`` builds the pieces for this machine;
``Platform.describe()`` lists what is available and why the rest is not.
``SingleInstance`` is separate: the app needs it before anything else.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from hipcoach.core.lazy import lazy_attribute
from hipcoach.platform.identity import APP_ID

if TYPE_CHECKING:
    # The pieces load with ``create_platform`` (or when named), not with the
    # package: ``identity`` and ``single_instance`` are needed at start-up,
    # QtDBus and the rest only once hipcoach has painted its window.
    from PySide6.QtCore import QObject
    from PySide6.QtDBus import QDBusConnection

    from hipcoach.core.paths import AppPaths
    from hipcoach.platform.autostart import Autostart, RunKeyStore
    from hipcoach.platform.calls import CallWatcher
    from hipcoach.platform.fullscreen import (
        DO_NOT_DISTURB,
        FULL_SCREEN,
        DeferCheck,
        NullDeferCheck,
    )
    from hipcoach.platform.idle import IdleMonitor, UnknownIdleMonitor
    from hipcoach.platform.notifier import Notifier, NullNotifier
    from hipcoach.platform.session_watch import SessionWatcher
    from hipcoach.platform.single_instance import SingleInstance

#: Where each name this package re-exports lives (imported on first use).
_LAZY = {
    "DO_NOT_DISTURB": "fullscreen",
    "FULL_SCREEN": "fullscreen",
    "DeferCheck": "fullscreen",
    "NullDeferCheck": "fullscreen",
    "Autostart": "autostart",
    "CallWatcher": "calls",
    "IdleMonitor": "idle",
    "UnknownIdleMonitor": "idle",
    "Notifier": "notifier",
    "NullNotifier": "notifier",
    "SessionWatcher": "session_watch",
    "SingleInstance": "single_instance",
}


def __getattr__(name: str) -> Any:
    """Import a re-exported piece on first use."""
    return lazy_attribute(__name__, _LAZY, name)


__all__ = [
    "APP_ID",
    "DO_NOT_DISTURB",
    "FULL_SCREEN",
    "Autostart",
    "CallWatcher",
    "DeferCheck",
    "IdleMonitor",
    "Notifier",
    "NullDeferCheck",
    "NullNotifier",
    "PieceStatus",
    "Platform",
    "SessionWatcher",
    "SingleInstance",
    "UnknownIdleMonitor",
    "create_platform",
]


class PieceStatus(NamedTuple):
    """One line of ``Platform.describe()``."""

    piece: str
    available: bool
    detail: str


@dataclass
class Platform:
    """The OS pieces the movement-break feature uses, as built for this machine."""

    notifier: Notifier
    idle: IdleMonitor
    watcher: SessionWatcher
    defer_check: DeferCheck
    autostart: Autostart
    calls: CallWatcher

    def describe(self) -> list[PieceStatus]:
        """Return, per piece, whether it works here and what it uses or why it does not."""
        lines = [
            PieceStatus(
                "notifications",
                self.notifier.available,
                self.notifier.name
                if self.notifier.available
                else (self.notifier.reason or "unavailable"),
            ),
            PieceStatus(
                "idle time",
                self.idle.available,
                self.idle.name if self.idle.available else (self.idle.reason or "unavailable"),
            ),
            PieceStatus(
                "lock and sleep",
                bool(self.watcher.sources),
                "; ".join(self.watcher.sources) or "no source",
            ),
        ]
        lines.extend(
            PieceStatus("lock and sleep", False, reason) for reason in self.watcher.reasons
        )
        lines.append(
            PieceStatus(
                "full screen / do not disturb",
                bool(self.defer_check.sources),
                "; ".join(self.defer_check.sources) or "no source",
            )
        )
        lines.extend(
            PieceStatus("full screen / do not disturb", False, reason)
            for reason in self.defer_check.skipped
        )
        lines.extend(
            PieceStatus(
                f"calls: {source.kind}",
                source.available,
                source.name if source.available else (source.reason or "unavailable"),
            )
            for source in self.calls.sources
        )
        lines.append(PieceStatus("start at login", True, self.autostart.location))
        return lines

    def close(self) -> None:
        """Release what the pieces hold open (X connections, D-Bus subscriptions, threads)."""
        self.idle.close()
        self.defer_check.close()
        self.watcher.close()
        self.calls.close()


def create_platform(
    paths: AppPaths,
    command: Sequence[str],
    *,
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    session_bus: QDBusConnection | None = None,
    system_bus: QDBusConnection | None = None,
    home: Path | None = None,
    registry: RunKeyStore | None = None,
    parent: QObject | None = None,
) -> Platform:
    """Build every piece for this machine; ``command`` is the argv that starts hipcoach.

    Needs a ``QCoreApplication`` (the D-Bus pieces use Qt's connections). The
    buses default to Qt's session and system buses.
    """
    from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415

    from hipcoach.platform.autostart import create_autostart  # noqa: PLC0415
    from hipcoach.platform.calls import create_call_watcher  # noqa: PLC0415
    from hipcoach.platform.fullscreen import NullDeferCheck, create_defer_check  # noqa: PLC0415
    from hipcoach.platform.idle import create_idle_monitor  # noqa: PLC0415
    from hipcoach.platform.notifier import create_notifier  # noqa: PLC0415
    from hipcoach.platform.session_watch import create_session_watcher  # noqa: PLC0415

    session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
    system = system_bus if system_bus is not None else QDBusConnection.systemBus()
    return Platform(
        notifier=create_notifier(environ, platform=platform),
        idle=create_idle_monitor(session, environ, platform=platform),
        watcher=create_session_watcher(session, system, environ, parent),
        defer_check=create_defer_check(session, environ)
        if platform not in ("win32", "darwin")
        else NullDeferCheck(f"full-screen and do-not-disturb checks are not built for {platform}"),
        autostart=create_autostart(
            paths, command, platform=platform, environ=environ, home=home, registry=registry
        ),
        calls=create_call_watcher(environ, platform=platform, parent=parent),
    )
