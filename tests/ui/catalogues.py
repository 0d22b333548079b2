"""Compile a small .ts catalogue and install it for a test (shared by the translation tests)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication


def lrelease() -> str | None:
    """Return the path of ``pyside6-lrelease``, or None if it is not installed."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else None


@contextmanager
def installed_catalogue(qapp: QApplication, folder: Path, ts_text: str) -> Iterator[QTranslator]:
    """Compile ``ts_text`` in ``folder``, install it, and remove it again on exit.

    Skips the test when ``pyside6-lrelease`` is missing.
    """
    tool = lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    source = folder / "catalogue.ts"
    source.write_text(ts_text, encoding="utf-8")
    compiled = folder / "catalogue.qm"
    subprocess.run(
        [tool, str(source), "-qm", str(compiled)], check=True, capture_output=True, timeout=60
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)
