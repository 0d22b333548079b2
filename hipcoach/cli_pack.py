"""``hipcoach pack``: install, export, list and remove the user's exercise packs.

The work is ``hipcoach.core.pack_transfer``'s; this module parses the
arguments, asks before replacing or removing a pack, prints and returns
the exit status (0 done, 1 problems or refused, 2 bad usage). No Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from hipcoach.core.paths import AppPaths, bundled_resources_dir

if TYPE_CHECKING:
    from hipcoach.core.pack_transfer import PreparedInstall

#: The answers to a question that mean yes; anything else (or nothing) means no.
_YES = frozenset({"y", "yes"})


def add_pack_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``pack`` and its actions to the sub-commands ``commands``."""
    pack = commands.add_parser(
        "pack",
        help="install, export, list or remove exercise packs",
        description="Share exercise packs: install one from a folder or .zip (checked first),"
        " export one as a .zip, list them, remove one.",
    )
    actions = pack.add_subparsers(dest="pack_action", metavar="ACTION", required=True)
    install = actions.add_parser(
        "install",
        help="check a pack (folder or .zip) and install it if it has no problems",
    )
    install.add_argument("source", type=Path, metavar="PATH", help="a pack folder or .zip file")
    install.add_argument(
        "--as",
        dest="pack_id",
        metavar="ID",
        help="install under this id (lower-case letters, digits and dashes)"
        " instead of the folder's name",
    )
    install.add_argument(
        "--yes", action="store_true", help="replace an installed pack of that id without asking"
    )
    export = actions.add_parser("export", help="write an installed pack as a .zip to hand over")
    export.add_argument("pack_id", metavar="PACK", help="the pack's id (see pack list)")
    export.add_argument(
        "--out", required=True, type=Path, metavar="FILE.zip", help="the archive to write"
    )
    listing = actions.add_parser(
        "list", help="show the installed packs, what they hold and their problems"
    )
    listing.add_argument("--json", action="store_true", help="print the packs as JSON")
    remove = actions.add_parser("remove", help="delete an installed pack")
    remove.add_argument("pack_id", metavar="PACK", help="the pack's id (see pack list)")
    remove.add_argument("--yes", action="store_true", help="remove it without asking")


def run_pack(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    """Carry out the ``pack`` action in ``args``; return the exit status.

    Questions are read from ``stdin`` (default ``sys.stdin``), and asked only
    when it is a terminal.
    """
    from hipcoach.core.pack_transfer import PackTransferError  # noqa: PLC0415

    packs_dir = AppPaths.for_user().packs_dir
    answers = sys.stdin if stdin is None else stdin
    try:
        if args.pack_action == "install":
            return _install(args.source, packs_dir, args.pack_id, args.yes, answers)
        if args.pack_action == "export":
            return _export(packs_dir, args.pack_id, args.out)
        if args.pack_action == "list":
            return _list(packs_dir, args.json)
        if args.pack_action == "remove":
            return _remove(packs_dir, args.pack_id, args.yes, answers)
    except PackTransferError as error:
        print(f"hipcoach: {error}", file=sys.stderr)
        return 1
    raise AssertionError(args.pack_action)  # argparse allows only the actions above


def _confirm(question: str, yes: bool, stdin: TextIO) -> bool | None:
    """Return whether the user agrees, True at once with ``yes``; None when nobody can answer."""
    if yes:
        return True
    if not stdin.isatty():
        return None
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    return stdin.readline().strip().casefold() in _YES


def _install(source: Path, packs_dir: Path, pack_id: str | None, yes: bool, stdin: TextIO) -> int:
    from hipcoach.core.pack_transfer import prepare_install  # noqa: PLC0415

    with prepare_install(source, packs_dir, bundled_resources_dir(), pack_id=pack_id) as prepared:
        if prepared.problems:
            for problem in prepared.problems:
                print(problem)
            count = len(prepared.problems)
            print(
                f"{count} problem{'s' if count != 1 else ''} found; nothing was installed",
                file=sys.stderr,
            )
            return 1
        if prepared.replaces:
            agreed = _confirm(f"A pack '{prepared.pack_id}' is installed. Replace it?", yes, stdin)
            if agreed is None:
                print(
                    f"hipcoach: a pack '{prepared.pack_id}' is installed; add --yes to replace it",
                    file=sys.stderr,
                )
                return 2
            if not agreed:
                print("hipcoach: nothing was changed", file=sys.stderr)
                return 1
        target = prepared.install()
        print(f"installed {_described(prepared)} in {target}")
    return 0


def _described(prepared: PreparedInstall) -> str:
    report = prepared.report
    named = f" ({report.name})" if report.name != prepared.pack_id else ""
    return (
        f"'{prepared.pack_id}'{named}: {_count(report.exercise_count, 'exercise')},"
        f" {_count(report.routine_count, 'routine')}"
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"


def _export(packs_dir: Path, pack_id: str, out: Path) -> int:
    from hipcoach.core.pack_transfer import (  # noqa: PLC0415
        export_pack,
        inspect_pack,
        installed_pack,
    )

    report = inspect_pack(installed_pack(packs_dir, pack_id), bundled_resources_dir())
    count = export_pack(packs_dir, pack_id, out)
    print(f"wrote {_count(count, 'file')} of '{pack_id}' to {out}")
    if report.problems:
        print(
            f"hipcoach: note: '{pack_id}' has problems; it will not install until they are fixed:",
            file=sys.stderr,
        )
        for problem in report.problems:
            print(f"  {problem}", file=sys.stderr)
    return 0


def _list(packs_dir: Path, as_json: bool) -> int:
    from hipcoach.core.pack_transfer import list_packs  # noqa: PLC0415

    packs = list_packs(packs_dir, bundled_resources_dir())
    if as_json:
        print(json.dumps([pack.as_json() for pack in packs], indent=2))
        return 0
    if not packs:
        print(f"no packs installed (the packs folder is {packs_dir})")
        return 0
    width = max(len(pack.id) for pack in packs)
    for pack in packs:
        report = pack.report
        state = (
            _count(len(report.problems), "problem") + " (not loaded)" if report.problems else "ok"
        )
        print(
            f"{pack.id:<{width}}  {report.name} — {_count(report.exercise_count, 'exercise')},"
            f" {_count(report.routine_count, 'routine')}; {state}"
        )
        for problem in report.problems:
            print(f"  {problem}")
    return 0


def _remove(packs_dir: Path, pack_id: str, yes: bool, stdin: TextIO) -> int:
    from hipcoach.core.pack_transfer import installed_pack, remove_pack  # noqa: PLC0415

    folder = installed_pack(packs_dir, pack_id)
    agreed = _confirm(f"Remove the pack '{pack_id}' ({folder})?", yes, stdin)
    if agreed is None:
        print(f"hipcoach: add --yes to remove the pack '{pack_id}'", file=sys.stderr)
        return 2
    if not agreed:
        print("hipcoach: nothing was changed", file=sys.stderr)
        return 1
    remove_pack(packs_dir, pack_id)
    print(f"removed '{pack_id}' ({folder})")
    return 0
