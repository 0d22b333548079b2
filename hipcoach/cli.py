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

from hipcoach import __version__
from hipcoach.core.describe import dosage_summary
from hipcoach.core.library import Library, check_paths, find_user_packs, load_library
from hipcoach.core.paths import AppPaths, bundled_resources_dir


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    library = commands.add_parser("library", help="list the exercises and protocols that load")
    library.add_argument("--json", action="store_true", help="print the exercises as JSON")
    check = commands.add_parser("check", help="check exercise packs or files for problems")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    return parser


def load_user_library(extra_packs: Sequence[Path], paths: AppPaths | None = None) -> Library:
    """Return the bundled library with the user's packs and ``extra_packs`` added."""
    paths = paths or AppPaths.for_user()
    return load_library(bundled_resources_dir(), [*find_user_packs(paths.packs_dir), *extra_packs])


def _print_library(library: Library, as_json: bool) -> int:
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
        for protocol in library.protocols:
            print(f"protocol    {protocol.id:<{width}}  {protocol.name}")
    for pack in library.broken_packs:
        print(f"hipcoach: skipped pack '{pack.name}' ({pack.folder}):", file=sys.stderr)
        for problem in pack.problems:
            print(f"  {problem}", file=sys.stderr)
    return 0


def _check(paths: Sequence[Path]) -> int:
    problems = check_paths(paths, bundled_resources_dir())
    for problem in problems:
        print(problem)
    if problems:
        count = len(problems)
        print(f"{count} problem{'s' if count != 1 else ''} found", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "library":
            return _print_library(load_user_library(args.pack), args.json)
        if args.command == "check":
            return _check(args.paths)
    except BrokenPipeError:
        # The reader (e.g. ``| head``) went away; that is not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    from hipcoach.app import run_app  # noqa: PLC0415  (Qt only when the app runs)

    return run_app(args.pack)
