"""The start-up probe reports the first paint or a ready tray once, in a fixed format."""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hipcoach.core.clock import ManualClock
from hipcoach.ui.startup_probe import ENV, StartupProbe, probe_from_environment


def run_posted() -> None:
    """Run what is waiting in the event queue (the probe reports on a zero timer)."""
    QCoreApplication.processEvents()


def test_no_probe_unless_the_environment_asks() -> None:
    assert probe_from_environment(lambda: None, {}) is None
    assert probe_from_environment(lambda: None, {ENV: "  "}) is None
    report_only = probe_from_environment(lambda: None, {ENV: "1"})
    assert report_only is not None
    assert not report_only.exit_after
    exiting = probe_from_environment(lambda: None, {ENV: "exit"})
    assert exiting is not None
    assert exiting.exit_after


def test_reports_the_first_paint_of_the_window_then_quits(qtbot: QtBot) -> None:
    stream = io.StringIO()
    quits: list[int] = []
    probe = StartupProbe(
        exit_after=True,
        quit=lambda: quits.append(1),
        stream=stream,
        clock=ManualClock(monotonic=123.5),
    )
    window = QLabel("ready")
    qtbot.addWidget(window)
    probe.watch_window(window, "exercises=17")
    run_posted()
    assert probe.reported is None  # not shown yet, so nothing painted
    window.show()
    qtbot.waitUntil(lambda: probe.reported is not None, timeout=2000)
    assert stream.getvalue() == "hipcoach-startup: window-shown 123.500000 exercises=17\n"
    assert quits == [1]
    window.update()
    window.repaint()
    run_posted()
    assert stream.getvalue().count("\n") == 1  # later paints say nothing


def test_reports_a_ready_tray_once_and_can_stay_running(qtbot: QtBot) -> None:
    stream = io.StringIO()
    quits: list[int] = []
    probe = StartupProbe(
        exit_after=False,
        quit=lambda: quits.append(1),
        stream=stream,
        clock=ManualClock(monotonic=7.0),
    )
    probe.tray_ready("tray=visible")
    probe.tray_ready("tray=visible")
    qtbot.waitUntil(lambda: probe.reported == "tray-ready", timeout=2000)
    run_posted()  # the second report's turn
    assert stream.getvalue() == "hipcoach-startup: tray-ready 7.000000 tray=visible\n"
    assert quits == []
