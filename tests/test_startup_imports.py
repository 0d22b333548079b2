"""What starting hipcoach imports: only what the first window (or the tray) needs.

Each test starts the real app in a child process (offscreen, an empty
``HIPCOACH_HOME``) with ``HIPCOACH_STARTUP_PROBE=exit``, so it quits right
after its window has painted or its tray icon is up, then lists
``sys.modules``. Heavy Qt add-ons, the PDF report and the pages not shown
first must load only when the user opens them. The movement-break pieces
(D-Bus, the SQLite history, the reminder driver, the safety checks) load
on the event loop's first turn after the first paint: the modules are also
listed at the moment the probe reports, before that turn. No timings are asserted: the
start-up benchmark (``bench/bench_startup.py``) measures those.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.bundled import exercise_count

#: Never needed to show the library or to sit in the tray.
NOT_AT_START = (
    "PySide6.QtCharts",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "csv",
    "hipcoach.core.history_export",
    "hipcoach.core.pack_transfer",
    "hipcoach.ui.report",
    "hipcoach.ui.progress_page",
    "hipcoach.ui.progress_charts",
    "hipcoach.ui.player_page",
    "hipcoach.ui.player_run",
    "hipcoach.ui.settings_page",
    "hipcoach.ui.setting_rows",
    "hipcoach.ui.working_hours_editor",
    "hipcoach.ui.breaks_page",
    "hipcoach.ui.break_card",
    "hipcoach.ui.about_dialog",
    "hipcoach.ui.pain_dialog",
    "hipcoach.ui.red_flag_dialog",
    "hipcoach.ui.learn_page",
    "hipcoach.ui.learn_content",
    "hipcoach.ui.muscle_figure",
    "hipcoach.ui.routine_actions",
    "hipcoach.ui.routine_editor",
    "hipcoach.ui.routine_editor_parts",
    "hipcoach.core.routine_draft",
    "hipcoach.core.routine_table",
    "hipcoach.ui.exercise_editor",
    "hipcoach.ui.exercise_form",
    "hipcoach.ui.list_editor",
    "hipcoach.ui.dosage_editor",
    "hipcoach.core.exercise_draft",
    "hipcoach.core.pack_files",
    "tomlkit",
)
#: Loaded right after the first paint (or the tray icon), not before it.
AFTER_FIRST_PAINT = (
    "sqlite3",
    "PySide6.QtDBus",
    "hipcoach.core.history",
    "hipcoach.core.reminders",
    "hipcoach.platform.session_watch",
    "hipcoach.platform.notifier",
    "hipcoach.platform.idle",
    "hipcoach.platform.fullscreen",
    "hipcoach.platform.calls",
    "hipcoach.platform.calls_camera",
    "hipcoach.platform.calls_pulse",
    "hipcoach.platform.libpulse",
    "hipcoach.services.break_driver",
    "hipcoach.services.break_coordinator",
    "hipcoach.services.history_recorder",
    "hipcoach.services.safety_flow",
    "hipcoach.ui.safety_dialogs",
    "hipcoach.wiring.break_pieces",
)
#: Not loaded at all by a start and its break pieces: what idle in the tray does without.
NOT_AT_IDLE = (
    "PySide6.QtNetwork",
    "hipcoach.platform.single_instance_pipe",
)
#: The library and the session machinery: a start into the tray loads them
#: only after its icon is up (the window needs the library before it shows).
LIBRARY = (
    "hipcoach.core.library",
    "hipcoach.core.reference",
    "hipcoach.core.plan",
    "hipcoach.core.session",
    "hipcoach.services.session_driver",
    "hipcoach.services.sound",
)
#: The window and its pages: not even loaded when hipcoach starts into the tray.
WINDOW = (
    "hipcoach.ui.window",
    "hipcoach.ui.main_window",
    "hipcoach.ui.library_page",
    "hipcoach.wiring.pages",
)
#: The Library page's detail pane: built after the window's first paint.
DETAIL = ("hipcoach.ui.exercise_detail", "hipcoach.ui.figure_view")
#: The rest of the app: built on the turn after the first paint or the tray icon.
THE_REST = (
    "logging.handlers",
    "hipcoach.app",
    "hipcoach.core.settings",
    "hipcoach.core.settings.fields",
    "hipcoach.services.settings_keeper",
    "hipcoach.services.notices",
    "hipcoach.services.cue_sounds",
    "hipcoach.ui.export_action",
    "hipcoach.wiring.start_up",
    "hipcoach.wiring.other_starts",
)
#: The exercise library's own modules: a window started from the last start's
#: snapshot of its Library page (``core.library_snapshot``) loads them after its first paint.
LIBRARY_MODEL = (
    "hipcoach.core.library",
    "hipcoach.core.library_cache",
    "hipcoach.core.exercises",
    "hipcoach.core.poses",
    "hipcoach.core.pose_schema",
    "hipcoach.core.routines",
    "hipcoach.core.reference",
    "hipcoach.core.schema",
    "hipcoach.core.learn",
    "hipcoach.core.search",
)
#: The Library page's buttons are in its first paint; what they do loads when used.
LIBRARY_ACTIONS = ("hipcoach.ui.exercise_actions", "hipcoach.ui.pack_actions")
ACTIONS_WORK = ("hipcoach.core.pack_zip", "hipcoach.core.pack_transfer")

SCRIPT = """
import gc, json, sys
from hipcoach.ui import startup_probe
at_report = []
report = startup_probe.StartupProbe._report
def listing_report(self, event, details):
    at_report.extend(sorted(sys.modules))
    # PySide6 builds the Qt namespace, and all its enums, on first use.
    if "Qt" in vars(sys.modules["PySide6.QtCore"]):
        at_report.append("PySide6.QtCore.Qt")
    if "QStyle" in vars(sys.modules["PySide6.QtWidgets"]):
        at_report.append("PySide6.QtWidgets.QStyle")
    if gc.isenabled():
        at_report.append("gc enabled")
    report(self, event, details)
startup_probe.StartupProbe._report = listing_report
if "--pretend-tray" in sys.argv:
    # The offscreen platform has no tray; pretend there is one.
    from hipcoach.ui.tray import TrayController
    TrayController.__init__.__kwdefaults__["tray_available"] = lambda: True
from hipcoach.platform.memory import hold_collection
from hipcoach.start import run_app
hold_collection()  # as the command line does
status = run_app(autostart="--pretend-tray" in sys.argv)
import linecache
cached_sources = sorted(linecache.cache)
at_exit = sorted(sys.modules) + ["gc enabled"] * gc.isenabled()
print(json.dumps({"status": status, "modules": at_exit, "at_report": at_report,
                  "sources": cached_sources}))
"""


def start(home: Path, *options: str) -> tuple[set[str], set[str], str]:
    at_report, at_exit, report, _ = start_and_look(home, *options)
    return at_report, at_exit, report


def start_and_look(home: Path, *options: str) -> tuple[set[str], set[str], str, list[str]]:
    """Start hipcoach until its probe reports and it quits.

    Return the modules loaded when the probe reported, those loaded at the
    end, the report and the source files ``linecache`` still holds at the end.
    """
    environ = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HIPCOACH_HOME": str(home),
        "HIPCOACH_STARTUP_PROBE": "exit",
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *options],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["status"] == 0
    reports = [line for line in done.stderr.splitlines() if line.startswith("hipcoach-startup:")]
    assert len(reports) == 1, done.stderr
    return set(result["at_report"]), set(result["modules"]), reports[0], result["sources"]


def test_showing_the_library_loads_no_other_page_and_no_heavy_module(tmp_path: Path) -> None:
    modules, _, report = start(tmp_path)
    event, moment, details = report.split()[1:]
    assert event == "window-shown"
    assert float(moment) > 0
    # The library is in the window when it first paints.
    assert details == f"exercises={exercise_count()}"
    assert set(WINDOW) <= modules
    assert sorted(modules.intersection(NOT_AT_START + DETAIL)) == []


def test_starting_into_the_tray_builds_no_window(tmp_path: Path) -> None:
    modules, _, report = start(tmp_path, "--pretend-tray")
    assert report.split()[1] == "tray-ready"
    assert report.split()[3] == "tray=visible"
    assert "hipcoach.ui.tray" in modules
    assert sorted(modules.intersection(NOT_AT_START + WINDOW + DETAIL)) == []


def test_a_second_start_into_the_tray_draws_its_icons_without_qtsvg(tmp_path: Path) -> None:
    first, _, _ = start(tmp_path, "--pretend-tray")
    assert "PySide6.QtSvg" in first  # nothing cached yet: the icons are rendered
    assert list((tmp_path / "cache" / "icons").glob("*.png"))
    again, at_exit, report = start(tmp_path, "--pretend-tray")
    assert report.split()[1] == "tray-ready"
    assert "PySide6.QtSvg" not in again | at_exit


def test_the_break_pieces_load_after_the_first_paint(tmp_path: Path) -> None:
    at_paint, at_exit, report = start(tmp_path)
    assert report.split()[1] == "window-shown"
    assert sorted(at_paint.intersection(AFTER_FIRST_PAINT)) == []
    # ... and on the very next turn of the event loop, before the probe's quit.
    assert set(AFTER_FIRST_PAINT) <= at_exit
    assert sorted(at_paint.intersection(DETAIL)) == []
    assert set(DETAIL) <= at_exit  # the Library page's detail pane, on that turn too
    assert (tmp_path / "data" / "history.sqlite3").exists()  # the history was opened


def test_the_break_pieces_load_after_the_tray_icon_is_up(tmp_path: Path) -> None:
    at_ready, at_exit, report = start(tmp_path, "--pretend-tray")
    assert report.split()[1] == "tray-ready"
    assert sorted(at_ready.intersection(AFTER_FIRST_PAINT + LIBRARY)) == []
    assert set(AFTER_FIRST_PAINT + LIBRARY) <= at_exit


def test_a_start_and_its_break_pieces_load_no_network_module(tmp_path: Path) -> None:
    _, at_exit, _ = start(tmp_path / "window")
    _, at_exit_tray, _ = start(tmp_path / "tray", "--pretend-tray")
    assert "hipcoach.platform.single_instance" in at_exit & at_exit_tray
    assert sorted((at_exit | at_exit_tray).intersection(NOT_AT_IDLE)) == []


def test_the_window_paints_before_the_rest_of_the_app_is_imported(tmp_path: Path) -> None:
    at_paint, at_exit, report = start(tmp_path)
    assert report.split()[1] == "window-shown"
    assert sorted(at_paint.intersection(THE_REST + ACTIONS_WORK)) == []
    assert set(THE_REST) <= at_exit
    assert set(LIBRARY_ACTIONS) <= at_paint


def test_the_window_first_paints_without_qts_namespace_or_its_style_class(
    tmp_path: Path,
) -> None:
    # PySide6 builds each of them, with all their enums, on first use: the
    # largest single costs of a start that the first paint can do without.
    at_paint, at_exit, report = start(tmp_path)
    assert report.split()[1] == "window-shown"
    assert sorted(at_paint.intersection({"PySide6.QtCore.Qt", "PySide6.QtWidgets.QStyle"})) == []
    assert "hipcoach.app" in at_exit  # the rest of the app came right after


def test_a_later_window_start_paints_from_its_snapshot_before_the_library_loads(
    tmp_path: Path,
) -> None:
    first, _, _ = start(tmp_path)
    assert set(LIBRARY_MODEL) <= first  # nothing kept yet: the library is read before the paint
    assert (tmp_path / "cache" / "library-snapshot.json").is_file()
    at_paint, at_exit, report = start(tmp_path)
    assert report.split()[1:][::2] == ["window-shown", f"exercises={exercise_count()}"]
    assert sorted(at_paint.intersection((*LIBRARY_MODEL, "PySide6.QtCore.Qt"))) == []
    assert set(LIBRARY_MODEL) <= at_exit  # on the next turn


def test_the_tray_icon_is_up_before_the_rest_of_the_app_and_qts_namespace(
    tmp_path: Path,
) -> None:
    start(tmp_path, "--pretend-tray")  # renders the icons (which needs Qt's namespace) once
    at_ready, at_exit, report = start(tmp_path, "--pretend-tray")
    assert report.split()[1] == "tray-ready"
    assert sorted(at_ready.intersection((*THE_REST, "PySide6.QtCore.Qt"))) == []
    assert set(THE_REST) <= at_exit


def test_the_garbage_collector_rests_until_the_first_paint_or_the_tray_icon(
    tmp_path: Path,
) -> None:
    for options in ((), ("--pretend-tray",)):
        at_report, at_exit, _ = start(tmp_path / "-".join(options or ("window",)), *options)
        assert "gc enabled" not in at_report
        assert "gc enabled" in at_exit


def test_the_module_sources_pyside_reads_on_import_are_not_kept(tmp_path: Path) -> None:
    # PySide6 reads the source of every module imported after it; once the
    # break pieces are built, hipcoach lets those lines go.
    _, at_exit, _, sources = start_and_look(tmp_path, "--pretend-tray")
    assert "hipcoach.wiring.break_pieces" in at_exit
    assert [path for path in sources if "hipcoach" in path] == []
