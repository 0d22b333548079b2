"""Guards against known faults of the Qt binding that would crash a long-running app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_signals_keeps_reference_counts_balanced() -> None:
    # PySide6 6.12.0 released a reference to True on every emit from Python;
    # after a few thousand emits the interpreter aborts. A session emits
    # several signals a second, so such a binding must never be installed.
    emitter = _Emitter()
    received: list[object] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for count in range(200):
        emitter.changed.emit(count)
    assert len(received) == 200
    # A stray reference or two from elsewhere is fine; one lost per emit is not.
    assert abs(sys.getrefcount(True) - before) <= 5
