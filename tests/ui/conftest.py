"""Set-up shared by the widget tests."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def garbage_collected_between_tests() -> Iterator[None]:
    """Collect each test's garbage when it ends, not in the middle of a later test.

    Qt objects a test leaves in reference cycles are otherwise freed whenever
    Python's collector next runs, which can be inside another test's nested
    event loop (a modal dialog), far from the test that made them; freeing
    them there has crashed the interpreter.
    """
    yield
    gc.collect()
