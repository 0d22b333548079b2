"""The pre-commit hooks make the same checks as continuous integration.

.ci/run lists the checks (``uv run ...`` lines) before the tests; the hooks
in .pre-commit-config.yaml must run exactly those, so a commit that passes
its hooks does not fail CI's first steps.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def ci_checks() -> list[str]:
    """Return the ``uv run`` commands of .ci/run other than the tests."""
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    return [
        line.strip()
        for line in lines
        if line.startswith("uv run ") and not line.startswith("uv run pytest")
    ]


def hook_commands() -> list[str]:
    """Return the ``entry`` of every hook in .pre-commit-config.yaml, in order."""
    text = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    return re.findall(r"^\s+entry:\s*(.+?)\s*$", text, flags=re.MULTILINE)


def test_the_hooks_run_the_checks_ci_runs() -> None:
    assert ci_checks() == [
        "uv run ruff check .",
        "uv run ruff format --check .",
        "uv run mypy",
        "uv run lint-imports",
    ]
    assert hook_commands() == ci_checks()
