"""Session timing on the real Qt event loop: accuracy, wake-ups and CPU.

Prints figures; asserts nothing. Run by hand (it takes as long as the plan):

    uv run python bench/bench_session.py            # a 5-minute plan
    uv run python bench/bench_session.py --with-ui  # the session view drawn too
    uv run python bench/bench_session.py --quick    # a 1-minute plan
    uv run python bench/bench_session.py --minutes 1 --no-load

A second process keeps another core busy unless ``--no-load`` is given. The
driver, runner and clocks are the app's own; only the widgets are left out.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchlib import Figure, finish, parser
from PySide6.QtCore import QCoreApplication, QTimer

from hipcoach.core.clock import SystemClock
from hipcoach.core.exercises import (
    Amount,
    Category,
    Dosage,
    Exercise,
    Position,
    Sides,
)
from hipcoach.core.library import Library
from hipcoach.core.plan import Plan, PlanPreferences, compile_plan
from hipcoach.core.routines import Block, Phase, Routine
from hipcoach.core.session import SessionEnded, Snapshot
from hipcoach.services.session_driver import SessionDriver

BUSY_LOOP = "while True:\n    pass\n"


def plan_of(minutes: float) -> Plan:
    """Return a plan of per-side holds lasting about ``minutes``."""
    hold = Exercise(
        id="hold",
        name="Hold",
        category=Category.STRETCH,
        summary="Benchmark hold.",
        targets=("psoas major",),
        equipment=(),
        position=Position.STANDING,
        starting_position="Stand.",
        steps=("Hold.",),
        dosage=Dosage(hold_seconds=Amount.exactly(25), sets=Amount.exactly(1)),
        sides=Sides(per_side=True, switch_seconds=5),
    )
    blocks = max(1, round(minutes * 60 / (25 * 2 + 5 + 10)))
    routine = Routine(
        id="bench",
        name="Benchmark",
        summary="Timing benchmark.",
        phases=(Phase(name="Hold", blocks=tuple(Block(choices=("hold",)) for _ in range(blocks))),),
    )
    library = Library(exercises=(hold,), routines=(routine,), packs=(), reference=None)
    return compile_plan(routine, library, PlanPreferences(phase_intro_seconds=5))


def main() -> None:
    """Run one session in real time and print timing figures."""
    arguments = parser(__doc__)
    arguments.add_argument("--minutes", type=float, help="plan length (default 5, quick 1)")
    arguments.add_argument("--no-load", action="store_true")
    arguments.add_argument(
        "--with-ui", action="store_true", help="drive the real session page (offscreen)"
    )
    args = arguments.parse_args()
    args.minutes = args.minutes or (1.0 if args.quick else 5.0)

    clock = SystemClock()
    plan = plan_of(args.minutes)
    if args.with_ui:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from hipcoach.ui.player_run import RunView  # noqa: PLC0415

        app: QCoreApplication = QApplication(sys.argv)
        view = RunView()
        view.plan = plan
        view.resize(1100, 750)
        view.show()
    else:
        app = QCoreApplication(sys.argv)
    driver = SessionDriver(clock, clock)
    if args.with_ui:
        driver.snapshot_changed.connect(view.show_snapshot)
    changes: list[tuple[float, int, int | None]] = []
    ended_at: list[float] = []

    def on_snapshot(snapshot: Snapshot) -> None:
        changes.append((clock.monotonic(), snapshot.index, snapshot.display_seconds))

    def on_event(event: object) -> None:
        if isinstance(event, SessionEnded):
            ended_at.append(clock.monotonic())
            QTimer.singleShot(0, app.quit)

    driver.snapshot_changed.connect(on_snapshot)
    driver.runner_event.connect(on_event)
    load = None if args.no_load else subprocess.Popen([sys.executable, "-c", BUSY_LOOP])
    try:
        usage_before = resource.getrusage(resource.RUSAGE_SELF)
        started = clock.monotonic()
        driver.start(plan)
        app.exec()
        finished = clock.monotonic()
        usage_after = resource.getrusage(resource.RUSAGE_SELF)
        driver.snapshot_changed.disconnect(on_snapshot)
        driver.runner_event.disconnect(on_event)
    finally:
        if load is not None:
            load.kill()

    starts = [started]
    for step in plan.steps[:-1]:
        starts.append(starts[-1] + (step.seconds or 0))
    lateness = []
    previous: tuple[int, int | None] | None = None
    for moment, index, display in changes:
        if (index, display) == previous or display is None:
            continue
        previous = (index, display)
        seconds = plan.steps[index].seconds or 0
        ideal = starts[index] + (seconds - display)
        lateness.append((moment - ideal) * 1000)
    planned_end = started + plan.total_seconds
    cpu = (usage_after.ru_utime - usage_before.ru_utime) + (
        usage_after.ru_stime - usage_before.ru_stime
    )
    wall = finished - started
    busy = "off" if load is None else "one busy core"
    ui = "session view drawn offscreen" if args.with_ui else "no widgets"
    mode = "with the session view" if args.with_ui else "driver only"
    rate = driver.wakeups / wall
    notes = [
        f"plan {plan.total_seconds} s, {len(plan.steps)} steps, other load: {busy}, {ui}",
        f"timer wake-ups: {driver.wakeups} in {wall:.1f} s",
        f"seconds shown more than 30 ms late: {sum(1 for late in lateness if late > 30)}"
        f" of {len(lateness)}; more than 16 ms: {sum(1 for late in lateness if late > 16)}",
    ]
    figures = [
        Figure(
            f"session ({mode}): end vs planned end, late by",
            "ms",
            [(ended_at[0] - planned_end) * 1000],
            target=50.0,
            group="session",
        ),
        Figure(
            f"session ({mode}): each displayed second, late by",
            "ms",
            lateness,
            target=30.0,
            note=f"{len(lateness)} changes",
            group="session",
        ),
        Figure(
            f"session ({mode}): timer wake-ups per second",
            "/s",
            [rate],
            target=2.0,
            group="session",
        ),
        Figure(
            f"session ({mode}): CPU, % of one core",
            "%",
            [100 * cpu / wall],
            target=2.0,
            group="session",
        ),
    ]
    finish("bench_session.py", figures, args.figures, notes)


if __name__ == "__main__":
    main()
