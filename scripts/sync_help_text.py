"""Rewrite ``TOPICS`` in hipcoach/ui/help_text.py from the README's "Using it" section.

Run after changing that section of README.md (a test fails until you do):

    uv run python scripts/sync_help_text.py

A bullet that starts ``**Page** (Ctrl+`` is that page's topic; others have no page.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
HELP_TEXT = ROOT / "hipcoach" / "ui" / "help_text.py"
SECTION = "Using it"
PAGE_TOPIC = re.compile(r"^\*\*(\w+)\*\* \(Ctrl\+")
CHUNK = 76


def readme_topics(text: str, heading: str = SECTION) -> list[str]:
    """Return the top-level bullets of README section ``heading``, lines joined.

    A nested bullet starts a line of its own, as ``"  - …"``.
    """
    section = text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    topics: list[list[str]] = []
    for line in section.strip().splitlines():
        if line.startswith("- "):
            topics.append([line[2:]])
        elif line.startswith("  - "):
            topics[-1].append(line)
        elif line.strip():
            topics[-1][-1] += " " + line.strip()
    return ["\n".join(parts) for parts in topics]


def _literal_lines(text: str) -> list[str]:
    lines = text.split("\n")
    pieces: list[str] = []
    for number, line in enumerate(lines):
        ending = "\n" if number < len(lines) - 1 else ""
        chunks = textwrap.wrap(
            line, CHUNK, drop_whitespace=False, break_long_words=False, break_on_hyphens=False
        ) or [""]
        chunks[-1] += ending
        pieces.extend(repr(chunk) for chunk in chunks)
    return pieces


def topics_source(topics: list[str]) -> str:
    """Return the Python source of the ``TOPICS`` assignment for ``topics``."""
    out = ["TOPICS: tuple[HelpTopic, ...] = ("]
    for text in topics:
        match = PAGE_TOPIC.match(text)
        section = f"Section.{match.group(1).upper()}" if match else "None"
        out.append("    HelpTopic(")
        out.append(f"        {section},")
        out.append("        QT_TRANSLATE_NOOP(")
        out.append('            "HelpText",')
        out.extend(f"            {piece}" for piece in _literal_lines(text))
        out[-1] += ","
        out.append("        ),")
        out.append("    ),")
    out.append(")")
    return "\n".join(out) + "\n"


def main() -> int:
    """Rewrite the file and format it; return the exit status."""
    source = HELP_TEXT.read_text(encoding="utf-8")
    head, _, _ = source.partition("TOPICS: tuple[HelpTopic, ...] = (")
    topics = readme_topics(README.read_text(encoding="utf-8"))
    HELP_TEXT.write_text(head + topics_source(topics), encoding="utf-8")
    return subprocess.call([sys.executable, "-m", "ruff", "format", "--quiet", str(HELP_TEXT)])


if __name__ == "__main__":
    raise SystemExit(main())
