"""The layers of docs/architecture.md hold: import-linter checks the contracts.

The contracts live in pyproject.toml's ``[tool.importlinter]`` and are the
same ones ``uv run lint-imports`` checks in CI and before a commit; running
them here makes ``uv run pytest`` catch a broken layer too. A second test
proves that under the project's own options an import made only for type
checking still counts, so a type-only cycle is caught.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest
import tomli_w

pytest.importorskip("importlinter", reason="import-linter is not installed")

ROOT = Path(__file__).resolve().parents[1]
LINT = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def lint_imports(
    folder: Path, *, pythonpath: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``lint-imports`` on the configuration in ``folder``; return what it said."""
    environment = dict(os.environ)
    if pythonpath is not None:
        environment["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [sys.executable, "-c", LINT, "--no-cache", "--no-logo"],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def project_options() -> dict[str, object]:
    """Return ``[tool.importlinter]`` of pyproject.toml without its contracts."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        options = dict(tomllib.load(file)["tool"]["importlinter"])
    options.pop("contracts")
    return options


def test_every_import_contract_is_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout  # it checked something


def test_the_architecture_page_names_every_contract() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        contracts = tomllib.load(file)["tool"]["importlinter"]["contracts"]
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert contracts
    assert [c["id"] for c in contracts if f"`{c['id']}`" not in page] == []


def test_the_project_options_count_an_import_made_only_for_type_checking(tmp_path: Path) -> None:
    options = project_options()
    assert options.get("exclude_type_checking_imports", False) is False
    package = tmp_path / "toy" / "core"
    package.mkdir(parents=True)
    (tmp_path / "toy" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "plan.py").write_text("from toy.core.poses import Pose\n")
    (package / "poses.py").write_text(
        textwrap.dedent(
            """\
            from typing import TYPE_CHECKING

            if TYPE_CHECKING:
                from toy.core.plan import Step

            class Pose:
                pass
            """
        )
    )
    config = {
        "tool": {
            "importlinter": {
                **options,
                "root_package": "toy",
                "include_external_packages": False,
                "contracts": [
                    {
                        "id": "toy-acyclic",
                        "name": "toy core acyclic",
                        "type": "acyclic_siblings",
                        "ancestors": ["toy.core"],
                    }
                ],
            }
        }
    }
    (tmp_path / "pyproject.toml").write_text(tomli_w.dumps(config))

    result = lint_imports(tmp_path, pythonpath=tmp_path)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "toy core acyclic BROKEN" in result.stdout
