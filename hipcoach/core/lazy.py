"""Names a package passes on from its modules, imported only when first used."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import Any


def lazy_attribute(package: str, table: Mapping[str, str], name: str) -> Any:
    """Return ``name`` from the module of ``package`` that ``table`` names for it.

    For a package's module-level ``__getattr__``: raises ``AttributeError``
    for a name the table does not hold, as a missing attribute would.
    """
    module = table.get(name)
    if module is None:
        message = f"module {package!r} has no attribute {name!r}"
        raise AttributeError(message)
    return getattr(import_module(f"{package}.{module}"), name)
