"""Every public class of hipcoach says what it is for in its ``__doc__``.

ruff's pydocstyle rules check the source; this checks what Python made of it,
which also catches a docstring that is not one (a string placed after the
first statement of a class body leaves ``__doc__`` empty) and a dataclass or
named tuple whose only ``__doc__`` is the signature Python wrote for it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

import hipcoach

#: Running it starts the app.
NOT_IMPORTED = {"hipcoach.__main__"}


def hipcoach_modules() -> Iterator[str]:
    """Yield the name of every module of the hipcoach package."""
    yield hipcoach.__name__
    for module in pkgutil.walk_packages(hipcoach.__path__, prefix=f"{hipcoach.__name__}."):
        if module.name not in NOT_IMPORTED:
            yield module.name


def written_doc(cls: type) -> str | None:
    """Return the docstring written in ``cls``'s own body, or ``None``."""
    doc = cls.__dict__.get("__doc__")
    if not isinstance(doc, str) or not doc.strip():
        return None
    if doc.startswith(f"{cls.__name__}("):
        return None  # what dataclasses and NamedTuple write when there is none
    return doc


def test_every_public_class_has_a_docstring() -> None:
    missing = []
    for name in hipcoach_modules():
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if (
                inspect.isclass(value)
                and value.__module__ == name
                and not attribute.startswith("_")
                and written_doc(value) is None
            ):
                missing.append(f"{name}.{attribute}")
    assert missing == []


def test_a_late_string_and_a_generated_signature_are_not_docstrings() -> None:
    class Late:
        size = 1

        """Too late to be the docstring."""

    @dataclass
    class Point:
        x: int

    class Pair(NamedTuple):
        a: int

    @dataclass
    class Written:
        """A point that says what it is."""

        x: int

    assert written_doc(Late) is None
    assert written_doc(Point) is None
    assert written_doc(Pair) is None
    assert written_doc(Written) == "A point that says what it is."
