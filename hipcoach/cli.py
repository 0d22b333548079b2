"""The ``hipcoach`` command: the app, and headless sub-commands.

Only the default command (the app) imports Qt, so the sub-commands work on a
machine without a display and start quickly.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hipcoach import __version__
from hipcoach.cli_pack import add_pack_parser, run_pack
from hipcoach.core.commands import (
    STATUS_REQUEST,
    Command,
    CommandName,
    parse_pause_length,
)
from hipcoach.core.paths import AppPaths, bundled_resources_dir

if TYPE_CHECKING:
    from datetime import datetime

    from hipcoach.core.history import HistoryStore
    from hipcoach.core.library import Library
    from hipcoach.core.plan import Plan
    from hipcoach.core.status_report import HistoryFacts

# The library, its schema and the plan compiler are imported where they are
# used: a start into the tray loads the library only once its icon is up.


def _language_code(value: str) -> str:
    """Return ``value`` as a language code (``pt_BR`` -> ``pt-br``), or refuse it."""
    from hipcoach.core.schema import LANGUAGE_PATTERN  # noqa: PLC0415

    code = value.strip().casefold().replace("_", "-")
    if not LANGUAGE_PATTERN.match(code):
        message = f"'{value}' is not a language code such as de or pt-br"
        raise argparse.ArgumentTypeError(message)
    return code


def _minutes(value: str) -> int:
    """Return ``value`` as a whole number of minutes from 1, or refuse it."""
    try:
        minutes = int(value)
    except ValueError:
        minutes = 0
    if minutes < 1:
        message = f"'{value}' is not a whole number of minutes from 1"
        raise argparse.ArgumentTypeError(message)
    return minutes


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``hipcoach`` command."""
    parser = argparse.ArgumentParser(
        prog="hipcoach",
        description="A coach for releasing tight hip flexors. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"hipcoach {__version__}")
    parser.add_argument(
        "--pack",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="also load the exercise pack in DIR (may be given several times)",
    )
    running = parser.add_argument_group(
        "the running app", "sent to hipcoach if it is already running (else it starts with them)"
    )
    one_request = running.add_mutually_exclusive_group()  # one request per start
    one_request.add_argument("--break-now", action="store_true", help="show a movement break now")
    one_request.add_argument(
        "--pause", metavar="LENGTH", help="pause break reminders: 30m, 1h, 2h or tomorrow"
    )
    one_request.add_argument("--resume", action="store_true", help="resume break reminders")
    one_request.add_argument(
        "--start-session", action="store_true", help="open today's session, ready to start"
    )
    parser.add_argument(
        "--autostart", action="store_true", help="start quietly in the tray (used at login)"
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also print the app's log on the terminal, with debug detail",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    library = commands.add_parser("library", help="list the exercises and routines that load")
    library.add_argument("--json", action="store_true", help="print the exercises as JSON")
    library.add_argument(
        "--language",
        type=_language_code,
        metavar="CODE",
        help="show exercise texts in this language where a pack translates them"
        " (e.g. de or pt-br; others fall back to English)",
    )
    check = commands.add_parser("check", help="check exercise packs or files for problems")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add_pack_parser(commands)
    export = commands.add_parser("export", help="write your history as CSV files")
    export.add_argument("--csv", required=True, type=Path, metavar="DIR", help="folder to write")
    desktop = commands.add_parser(
        "install-desktop", help="add hipcoach to the desktop's app menu (Linux)"
    )
    where = desktop.add_mutually_exclusive_group()
    where.add_argument(
        "--user",
        dest="system",
        action="store_false",
        help="for you only: $XDG_DATA_HOME or ~/.local/share (default)",
    )
    where.add_argument(
        "--system", action="store_true", help="for everyone: /usr/local/share (needs root)"
    )
    desktop.add_argument(
        "--uninstall", action="store_true", help="remove the files install-desktop put there"
    )
    status = commands.add_parser(
        "status",
        help="say how long you have sat, when the next break comes and how today went",
        description="Ask the running hipcoach (or, when none runs, read your history) and"
        " print one line, or JSON for panels and scripts.",
    )
    status.add_argument("--json", action="store_true", help="print the status as one JSON object")
    plan = commands.add_parser("plan", help="print the step-by-step plan of a routine")
    plan.add_argument("routine", metavar="ROUTINE_ID")
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    plan.add_argument(
        "--fit",
        type=_minutes,
        metavar="MINUTES",
        help="fit the routine into this many minutes: fewer sets first, then exercises"
        " by the routine's priorities, never a shorter hold",
    )
    render = commands.add_parser("render", help="draw an exercise's figure as a PNG picture")
    render.add_argument("exercise", nargs="?", metavar="EXERCISE_ID")
    render.add_argument("--out", type=Path, metavar="FILE.png", help="picture to write")
    render.add_argument("--side", choices=("left", "right"), help="the side working")
    render.add_argument("--frame", type=int, metavar="N", help="keyframe number, from 1")
    render.add_argument("--size", type=int, default=400, metavar="PX", help="width and height")
    render.add_argument("--dark", action="store_true", help="colours for a dark background")
    render.add_argument(
        "--contact-sheet", type=Path, metavar="FILE.png", help="draw every exercise's keyframes"
    )
    return parser


def load_user_library(extra_packs: Sequence[Path], *, language: str | None = None) -> Library:
    """Return the user's library (see ``hipcoach.core.library.load_user_library``)."""
    from hipcoach.core import library  # noqa: PLC0415

    return library.load_user_library(AppPaths.for_user(), extra_packs, language=language)


def _print_library(library: Library, as_json: bool) -> int:
    from hipcoach.core.describe import dosage_summary  # noqa: PLC0415

    if as_json:
        print(json.dumps([exercise.as_json() for exercise in library.exercises], indent=2))
    else:
        width = max((len(exercise.id) for exercise in library.exercises), default=0)
        for exercise in library.exercises:
            origin = "" if exercise.source == "bundled" else f"  [{exercise.source}]"
            print(
                f"{exercise.category.value:<11} {exercise.id:<{width}}  {exercise.name}"
                f" — {dosage_summary(exercise)}{origin}"
            )
        print()
        for routine in library.routines:
            print(f"routine     {routine.id:<{width}}  {routine.name}")
    for pack in library.broken_packs:
        print(f"hipcoach: skipped pack '{pack.name}' ({pack.folder}):", file=sys.stderr)
        for problem in pack.problems:
            print(f"  {problem}", file=sys.stderr)
    return 0


def _check(paths: Sequence[Path]) -> int:
    from hipcoach.core.library import check_paths  # noqa: PLC0415

    problems = check_paths(paths, bundled_resources_dir())
    for problem in problems:
        print(problem)
    if problems:
        count = len(problems)
        print(f"{count} problem{'s' if count != 1 else ''} found", file=sys.stderr)
        return 1
    return 0


def _print_plan(library: Library, routine_id: str, as_json: bool, fit: int | None) -> int:
    from hipcoach.core.describe import format_seconds  # noqa: PLC0415
    from hipcoach.core.fit import (  # noqa: PLC0415
        FitError,
        fit_plan,
        note_lines,
        omission_lines,
    )
    from hipcoach.core.plan import PlanError  # noqa: PLC0415

    try:
        routine = library.routine(routine_id)
    except KeyError:
        known = ", ".join(p.id for p in library.routines)
        print(f"hipcoach: no routine '{routine_id}' (known: {known})", file=sys.stderr)
        return 2
    try:
        fitted = fit_plan(routine, library, minutes=fit)
    except PlanError as error:
        print(f"hipcoach: cannot plan '{routine_id}': {error}", file=sys.stderr)
        return 1
    except FitError as error:
        print(f"hipcoach: cannot fit '{routine_id}' into {fit} min: {error}", file=sys.stderr)
        return 1
    plan = fitted.plan
    if as_json:
        print(json.dumps(fitted.as_json() if fit is not None else plan.as_json(), indent=2))
        return 0
    fitted_to = f" fitted to {fit} min:" if fit is not None else ""
    print(f"{plan.routine_name} —{fitted_to} planned {format_seconds(plan.total_seconds)}")
    for phase in plan.phases:
        budget = (
            f" (the routine budgets {format_seconds(phase.budget_seconds)})"
            if phase.budget_seconds
            else ""
        )
        paced = f", plus {phase.paced_steps} at your own pace" if phase.paced_steps else ""
        print(f"  {phase.name}: planned {format_seconds(phase.planned_seconds)}{paced}{budget}")
    for omitted in omission_lines(fitted.omissions):
        print(f"  {omitted}")
    for note in note_lines(fitted.notes):
        print(f"  {note}")
    print()
    for line in _step_lines(plan):
        print(line)
    return 0


def _step_lines(plan: Plan) -> list[str]:
    """Return one line per step, and one per repetition (its parts' times added up)."""
    from hipcoach.core.describe import format_seconds  # noqa: PLC0415

    lines: list[str] = []
    steps = list(plan.steps)
    index = 0
    while index < len(steps):
        step = steps[index]
        rep = [step]
        if step.part is not None:
            # every part of one repetition: lift, hold at the top, lower
            while (
                index + len(rep) < len(steps)
                and (following := steps[index + len(rep)]).part is not None
                and (following.exercise_index, following.set, following.rep, following.side)
                == (step.exercise_index, step.set, step.rep, step.side)
                and following.part not in {part.part for part in rep}
            ):
                rep.append(following)
        index += len(rep)
        if step.seconds is None:
            seconds = "paced"
        else:
            seconds = str(format_seconds(sum(part.seconds or 0 for part in rep)))
        where = " ".join(
            part
            for part in (
                step.side.value if step.side else "",
                f"set {step.set}/{step.sets}" if step.set else "",
                f"rep {step.rep}/{step.reps}" if step.rep else "",
                " + ".join(f"{part.part} {part.seconds} s" for part in rep if part.part)
                if step.part
                else "",
            )
            if part
        )
        name = step.exercise.name if step.exercise else step.title
        lines.append(f"  {step.kind.value:<12} {seconds:>10}  {name}  {where}".rstrip())
    return lines


def _export(folder: Path) -> int:
    from hipcoach.core.clock import SystemClock  # noqa: PLC0415
    from hipcoach.core.history import HistoryError, HistoryStore, history_path  # noqa: PLC0415

    path = history_path(AppPaths.for_user())
    if not path.exists():
        # Nothing to read, and nothing is created: the files get their header rows.
        print(
            f"hipcoach: no history yet ({path} does not exist);"
            " the CSV files hold only their header rows",
            file=sys.stderr,
        )
        return _write_csv(None, folder)
    try:
        opened = HistoryStore.open(path, clock=SystemClock())
    except HistoryError as error:
        print(f"hipcoach: cannot read the history: {error}", file=sys.stderr)
        return 1
    if opened.notice:
        print(f"hipcoach: {opened.notice}", file=sys.stderr)
    with opened.store as store:
        return _write_csv(store, folder)


def _write_csv(store: HistoryStore | None, folder: Path) -> int:
    """Write the history's CSV files (header rows only without a ``store``); list them."""
    from hipcoach.core.history_export import export_csv  # noqa: PLC0415

    try:
        written = export_csv(store, folder)
    except OSError as error:
        print(f"hipcoach: cannot write to {folder}: {error.strerror or error}", file=sys.stderr)
        return 1
    for file in written:
        print(file)
    return 0


def _render(args: argparse.Namespace) -> int:
    from hipcoach import render  # noqa: PLC0415  (Qt only when drawing)

    if args.contact_sheet is not None:
        if args.exercise or args.out:
            print(
                "hipcoach: --contact-sheet draws every exercise; give no id or --out",
                file=sys.stderr,
            )
            return 2
        return render.render_contact_sheet(
            load_user_library(args.pack), args.contact_sheet, dark=args.dark
        )
    if not args.exercise or args.out is None:
        print(
            "hipcoach: render needs EXERCISE_ID and --out FILE.png (or --contact-sheet FILE.png)",
            file=sys.stderr,
        )
        return 2
    return render.render_exercise(
        load_user_library(args.pack),
        args.exercise,
        args.out,
        side=args.side,
        frame=args.frame,
        size=args.size,
        dark=args.dark,
    )


def _status(as_json: bool) -> int:
    from datetime import datetime  # noqa: PLC0415

    from hipcoach.core.status_report import StatusReport  # noqa: PLC0415

    try:
        answer = _ask_running_instance(STATUS_REQUEST)
    except OSError as error:
        print(f"hipcoach: {error}", file=sys.stderr)
        return 1
    now = datetime.now().astimezone()
    if answer is None:
        report = StatusReport(running=False, history=_history_facts(now))
    else:
        try:
            report = StatusReport.from_json(json.loads(answer))
        except ValueError as error:
            print(f"hipcoach: the running hipcoach answered oddly: {error}", file=sys.stderr)
            return 1
    print(json.dumps(report.as_json()) if as_json else report.summary(now))
    return 0


def _ask_running_instance(question: str) -> str | None:
    """Return the running hipcoach's answer to ``question``, or None when none runs."""
    from hipcoach.platform.identity import APP_ID  # noqa: PLC0415
    from hipcoach.platform.single_instance import SingleInstance  # noqa: PLC0415

    instance = SingleInstance(APP_ID, AppPaths.for_user().cache_dir)
    return instance.ask(question)


def _history_facts(now: datetime) -> HistoryFacts:
    """Return what the history says, read without changing it (empty facts if it cannot be)."""
    from hipcoach.core.history import HistoryError, HistoryStore, history_path  # noqa: PLC0415
    from hipcoach.core.status_report import HistoryFacts, from_history  # noqa: PLC0415

    path = history_path(AppPaths.for_user())
    if not path.exists():
        return HistoryFacts()
    try:
        store = HistoryStore.open_for_reading(path)
    except HistoryError as error:
        print(f"hipcoach: {error}", file=sys.stderr)
        return HistoryFacts()
    with store:
        return from_history(store, now)


def _plain_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """Return the options of a start with nothing to parse: none, or only ``--autostart``.

    Those are the starts from the app menu and at login, which then need not
    build the whole parser; any other command line is parsed.
    """
    if list(argv) not in ([], ["--autostart"]):
        return None
    return argparse.Namespace(
        command=None,
        pack=[],
        break_now=False,
        pause=None,
        resume=False,
        start_session=False,
        autostart=bool(argv),
        verbose=False,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit status."""
    arguments = sys.argv[1:] if argv is None else argv
    args = _plain_start(arguments) or build_parser().parse_args(arguments)
    try:
        if args.command == "library":
            library = load_user_library(args.pack, language=args.language)
            return _print_library(library, args.json)
        if args.command == "check":
            return _check(args.paths)
        if args.command == "pack":
            return run_pack(args)
        if args.command == "export":
            return _export(args.csv)
        if args.command == "install-desktop":
            from hipcoach.desktop_install import run_install_desktop  # noqa: PLC0415

            return run_install_desktop(user=not args.system, uninstall=args.uninstall)
        if args.command == "plan":
            return _print_plan(load_user_library(args.pack), args.routine, args.json, args.fit)
        if args.command == "render":
            return _render(args)
        if args.command == "status":
            return _status(args.json)
    except BrokenPipeError:
        # The reader (e.g. ``| head``) went away; that is not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    try:
        request = _request(args)
    except ValueError as error:
        print(f"hipcoach: {error}", file=sys.stderr)
        return 2
    from hipcoach.platform.memory import hold_collection, release_collection  # noqa: PLC0415

    hold_collection()  # until the window or the tray icon is up
    try:
        from hipcoach.start import run_app  # noqa: PLC0415  (Qt only when the app runs)

        return run_app(args.pack, request=request, autostart=args.autostart, verbose=args.verbose)
    finally:
        release_collection()


def _request(args: argparse.Namespace) -> Command:
    """Return the command for the running instance that the options ask for."""
    if args.break_now:
        return Command(CommandName.BREAK_NOW)
    if args.pause is not None:
        return Command(CommandName.PAUSE, parse_pause_length(args.pause))
    if args.resume:
        return Command(CommandName.RESUME)
    if args.start_session:
        return Command(CommandName.START_SESSION)
    return Command(CommandName.ACTIVATE)
