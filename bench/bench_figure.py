"""Exercise figures: time to draw one frame, frames a second and CPU in a session.

Prints figures; asserts nothing. Run by hand:

    uv run python bench/bench_figure.py                # offscreen
    xvfb-run -a uv run python bench/bench_figure.py    # on an X server (QT_QPA_PLATFORM=xcb)

Three parts:

* draw: ``paint_figure`` (and ``paint_person`` alone, what a frame of the view
  draws over its kept still layer) into a 120 px and a 600 px image for every
  bundled exercise with a figure, at poses spread over a lift; median and
  worst of several runs.
* session: the real session page (``PlayerPage`` with the app's
  ``SessionDriver`` on the system clock) runs a plan of paced repetitions with
  the figure shown; frame timer ticks and frames drawn a second while the
  figure moves, and CPU.
* the same session with the figures taken out, for comparison (the
  equivalent of ``bench/bench_session.py --with-ui``).
"""

from __future__ import annotations

import itertools
import os
import resource
import statistics
import sys
import time
from dataclasses import dataclass, replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchlib import Figure, finish, parser
from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from hipcoach.core.clock import SystemClock
from hipcoach.core.exercises import Amount, Dosage, Exercise, Tempo
from hipcoach.core.figure_motion import pose_at
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.plan import Plan, PlanPreferences, Side, Step, StepKind, TempoPart, compile_plan
from hipcoach.core.routines import Block, Phase, Routine
from hipcoach.core.session import SessionEnded, StepStarted
from hipcoach.services.session_driver import SessionDriver
from hipcoach.services.sound import SilentCuePlayer
from hipcoach.ui.figure_painter import FigureColours, paint_figure, paint_person
from hipcoach.ui.player_page import PlayerPage

#: Poses drawn per run, spread over one lift.
POSES_PER_RUN = 60
#: Exercises with a tempo used in the session part.
SESSION_MOVES = ("glute-bridge-hold", "banded-hip-extension")


def _lift(exercise: Exercise) -> Step:
    return Step(
        kind=StepKind.WORK,
        seconds=2,
        phase="Bench",
        phase_index=0,
        title="Up",
        exercise=exercise,
        side=Side.RIGHT if exercise.per_side else None,
        part=TempoPart.LIFT,
    )


def _figured(library: Library) -> list[Exercise]:
    return [exercise for exercise in library.exercises if exercise.figure is not None]


def bench_draw(
    library: Library, size: int, runs: int, *, person_only: bool = False
) -> tuple[list[float], float, int]:
    """Return each run's median ms per frame at ``size`` px, the 99th percentile, frames a run.

    ``person_only`` times ``paint_person`` alone: what the view draws each frame
    over the still layer it keeps.
    """
    paint = paint_person if person_only else paint_figure
    colours = FigureColours.for_palette(QApplication.palette())
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    area = QRectF(0, 0, size, size)
    frames = []
    for exercise in _figured(library):
        figure = exercise.figure
        assert figure is not None
        step = _lift(exercise)
        for n in range(POSES_PER_RUN):
            frames.append((figure, pose_at(figure, step, n / (POSES_PER_RUN - 1)), step.side))
    per_run: list[float] = []
    every: list[float] = []
    for _ in range(runs):
        times = []
        for figure, pose, side in frames:
            image.fill(0)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            began = time.perf_counter()
            paint(painter, area, figure, pose, side, colours)
            times.append((time.perf_counter() - began) * 1000)
            painter.end()
        per_run.append(statistics.median(times))
        every += times
    p99 = statistics.quantiles(every, n=100)[98]
    return per_run, p99, len(frames)


def session_plan(library: Library, *, reps: int, with_figures: bool) -> Plan:
    """Return a plan of paced reps (2 s up, 5 s hold, 3 s down) of ``SESSION_MOVES``."""
    moves = []
    for exercise_id in SESSION_MOVES:
        exercise = library.exercise(exercise_id)
        dosage = Dosage(
            reps=Amount.exactly(reps),
            sets=Amount.exactly(1),
            tempo=Tempo(lift_seconds=2, hold_seconds=5, lower_seconds=3),
        )
        exercise = replace(exercise, dosage=dosage)
        if not with_figures:
            exercise = replace(exercise, figure=None)
        moves.append(exercise)
    routine = Routine(
        id="bench-figure",
        name="Figure benchmark",
        summary="Paced reps with figures.",
        phases=(Phase(name="Strengthen", blocks=tuple(Block(choices=(e.id,)) for e in moves)),),
    )
    plan_library = Library(exercises=tuple(moves), routines=(routine,), packs=(), reference=None)
    prefs = PlanPreferences(get_ready_seconds=3, phase_intro_seconds=0, switch_seconds=3)
    return compile_plan(routine, plan_library, prefs)


@dataclass
class SessionFigures:
    """What one session run measured.

    Its length, the process's CPU use over all of it and over the moving
    steps alone, and per work step the frames drawn a second (moving steps
    and still holds apart) and the figure timer's ticks a second.
    """

    seconds: float
    cpu_percent: float
    moving_cpu_percent: float
    moving_fps: list[float]
    still_fps: list[float]
    moving_ticks: list[float]


def bench_session(
    library: Library, app: QApplication, *, reps: int, figures: bool
) -> SessionFigures:
    """Run one session in real time on the session page and measure it."""
    clock = SystemClock()
    driver = SessionDriver(clock, clock)
    page = PlayerPage(
        library, driver=driver, clock=clock, cue_player_factory=lambda: SilentCuePlayer("")
    )
    page.resize(1280, 760)
    page.show()
    view = page.run.figure
    plan = session_plan(library, reps=reps, with_figures=figures)
    marks: list[tuple[float, int, float, Step, int]] = []
    ticks = [0]

    def on_tick() -> None:
        ticks[0] += 1

    def on_event(event: object) -> None:
        if isinstance(event, StepStarted):
            marks.append((clock.monotonic(), view.frames_drawn, _cpu(), event.step, ticks[0]))
        if isinstance(event, SessionEnded):
            marks.append((clock.monotonic(), view.frames_drawn, _cpu(), plan.steps[-1], ticks[0]))
            QTimer.singleShot(0, app.quit)

    view.timer.timeout.connect(on_tick)

    driver.runner_event.connect(on_event)
    before = _cpu()
    started = clock.monotonic()
    page.start(plan)
    app.exec()
    wall = clock.monotonic() - started
    cpu = _cpu() - before
    moving: list[float] = []
    still: list[float] = []
    moving_ticks: list[float] = []
    moving_cpu = moving_seconds = 0.0
    for (at, frames, used, step, tick), (
        next_at,
        next_frames,
        next_used,
        _,
        next_tick,
    ) in itertools.pairwise(marks):
        if step.kind is not StepKind.WORK or not step.seconds or next_at - at < 1:
            continue
        rate = (next_frames - frames) / (next_at - at)
        if step.part is TempoPart.HOLD:
            still.append(rate)
        else:
            moving.append(rate)
            moving_ticks.append((next_tick - tick) / (next_at - at))
            moving_cpu += next_used - used
            moving_seconds += next_at - at
    page.hide()
    page.deleteLater()
    return SessionFigures(
        wall,
        100 * cpu / wall,
        100 * moving_cpu / max(moving_seconds, 1e-9),
        moving,
        still,
        moving_ticks,
    )


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    """Measure and print."""
    options = parser(__doc__)
    options.add_argument("--runs", type=int, help="drawing runs (default 5, 2 with --quick)")
    options.add_argument("--reps", type=int, help="paced reps per exercise and side (default 3)")
    options.add_argument("--session-runs", type=int, help="session runs (default 3, 1 quick)")
    options.add_argument("--no-session", action="store_true", help="only time the drawing")
    args = options.parse_args()
    runs = args.runs or (2 if args.quick else 5)
    reps = args.reps or (1 if args.quick else 3)
    session_runs = args.session_runs or (1 if args.quick else 3)

    app = QApplication(sys.argv)
    library = load_library(bundled_resources_dir())
    platform = app.platformName()
    notes = [f"Qt platform: {platform}; {len(_figured(library))} exercises with a figure"]
    figures: list[Figure] = []
    for size, person_only in ((120, False), (600, False), (600, True)):
        per_run, p99, count = bench_draw(library, size, runs, person_only=person_only)
        what = "the person alone" if person_only else "a whole figure"
        figures.append(
            Figure(
                f"draw {what} at {size} px (median of each run)",
                "ms",
                per_run,
                target=4.0 if size == 600 else None,
                note=f"{runs} runs of {count} frames; 99th percentile {p99:.2f} ms",
                group="Figures",
            )
        )
    if not args.no_session:
        for with_figures in (True, False):
            results = [
                bench_session(library, app, reps=reps, figures=with_figures)
                for _ in range(session_runs)
            ]
            label = "with figures" if with_figures else "figures taken out"
            figures.append(
                Figure(
                    f"session {label}: CPU, share of one core",
                    "%",
                    [result.cpu_percent for result in results],
                    target=5.0,
                    note=f"{len(results)} runs of {results[0].seconds:.0f} s",
                    group="Figures",
                )
            )
            if not with_figures:
                continue
            figures.append(
                Figure(
                    "session with figures: CPU while the figure moves",
                    "%",
                    [result.moving_cpu_percent for result in results],
                    group="Figures",
                )
            )
            ticks = [rate for result in results for rate in result.moving_ticks]
            rates = [rate for result in results for rate in result.moving_fps]
            # Lower is better in a Figure, so the frame rates go in as the time
            # between frames; the target is 30 frames a second.
            figures.append(
                Figure(
                    "frame timer while the figure moves: ms between ticks",
                    "ms",
                    [1000 / rate for rate in ticks if rate > 0],
                    target=1000 / 30 + 0.5,
                    note=f"{len(ticks)} moving steps",
                    group="Figures",
                )
            )
            notes.append(
                "frames drawn while moving (a pose that moves less than half a pixel is not"
                f" drawn): median {statistics.median(rates):.1f}/s, lowest {min(rates):.1f}/s"
            )
    finish("bench_figure.py", figures, args.figures, notes)


if __name__ == "__main__":
    main()
