"""Memory given back after start-up: the cached source lines go, the heap is trimmed."""

from __future__ import annotations

import linecache
import sys

import pytest

from hipcoach.platform.memory import give_back_memory


def test_the_cached_source_lines_are_dropped() -> None:
    linecache.getlines(__file__)
    assert __file__ in linecache.cache
    give_back_memory(platform="darwin")
    assert __file__ not in linecache.cache
    assert linecache.getlines(__file__)  # read again when asked


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_glibc_trims_its_heap() -> None:
    assert give_back_memory() is True


def test_elsewhere_only_python_lets_go() -> None:
    assert give_back_memory(platform="win32") is False
