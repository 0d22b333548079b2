"""Writing exercises and routines into the user's own packs.

One place decides where an edited or new file goes and how it is written:

- ``ensure_pack`` makes a pack folder (with its ``pack.toml``) if it is not
  there yet; the default pack is "My exercises" (``MY_PACK_ID``).
- ``file_for`` names the file of an exercise or routine inside a pack: one
  file per item, ``exercises/<id>.toml`` or ``protocols/<id>.toml``.
- ``save_document`` writes a ``tomlkit`` document atomically (no half-written
  file, the previous version kept as ``.bak``).
- ``merge_into`` puts plain data into an existing document so that the
  comments and layout of what did not change stay as they were: a file
  someone wrote by hand keeps its comments after an edit in the app.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Array, Table
from tomlkit.toml_document import TOMLDocument

from hipcoach.core.atomic import write_atomic

#: The folder name of the pack the app saves into unless the user picks another.
MY_PACK_ID = "my-exercises"
#: The display name written into that pack's ``pack.toml``.
MY_PACK_NAME = "My exercises"
PACK_FILE = "pack.toml"
_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class ItemKind(StrEnum):
    """What a file in a pack holds, named by the folder it lives in."""

    EXERCISE = "exercises"
    ROUTINE = "protocols"


def is_safe_id(item_id: str) -> bool:
    """Return whether ``item_id`` can name a file or pack folder (lower-case, digits, dashes)."""
    return bool(_SAFE_ID.match(item_id))


def slug(text: str) -> str:
    """Return an id made from ``text``: lower-case words joined by dashes (``"item"`` if none)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    made = "-".join(words)[:64].strip("-")
    return made or "item"


def ensure_pack(packs_dir: Path, pack_id: str = MY_PACK_ID, name: str = MY_PACK_NAME) -> Path:
    """Return the folder of pack ``pack_id`` under ``packs_dir``, creating it if needed.

    A new pack gets a ``pack.toml`` with ``name``; an existing one is left as it is.
    Raises ``ValueError`` for an id that cannot name a folder.
    """
    if not is_safe_id(pack_id):
        raise ValueError(f"not a usable pack id: {pack_id!r}")
    folder = packs_dir / pack_id
    manifest = folder / PACK_FILE
    if not manifest.exists():
        document = tomlkit.document()
        document["schema"] = 1
        document["name"] = name
        save_document(manifest, document)
    return folder


def file_for(pack_dir: Path, kind: ItemKind, item_id: str) -> Path:
    """Return the path of item ``item_id`` of ``kind`` inside ``pack_dir``.

    Raises ``ValueError`` for an id that cannot name a file.
    """
    if not is_safe_id(item_id):
        raise ValueError(f"not a usable id: {item_id!r}")
    return pack_dir / kind.value / f"{item_id}.toml"


def load_document(path: Path) -> TOMLDocument:
    """Return ``path`` parsed with its comments and layout; raise ``OSError`` or a parse error."""
    return tomlkit.parse(path.read_text(encoding="utf-8"))


def save_document(path: Path, document: TOMLDocument) -> None:
    """Write ``document`` to ``path`` in one step, keeping the previous file as ``.bak``."""
    write_atomic(path, tomlkit.dumps(document).encode("utf-8"))


def new_document(data: Mapping[str, Any]) -> TOMLDocument:
    """Return a fresh document holding ``data`` (for a file that does not exist yet)."""
    document = tomlkit.document()
    merge_into(document, data)
    return document


def merge_into(target: Table | TOMLDocument, data: Mapping[str, Any]) -> None:
    """Make ``target`` hold exactly ``data``, keeping comments on what did not change.

    Keys missing from ``data`` are removed; unchanged values are not touched
    (their comments and formatting stay); nested tables are merged key by
    key; anything else that changed is replaced.
    """
    for key in [key for key in target if key not in data]:
        del target[key]
    for key, value in data.items():
        if key in target:
            current = target[key]
            if isinstance(value, Mapping) and isinstance(current, Table):
                merge_into(current, value)
                continue
            if _plain(current) == value:
                continue
        target[key] = _item(value)


def _plain(item: Any) -> Any:
    """Return a tomlkit item as plain Python data, for comparing with new values."""
    if isinstance(item, Table | AoT | Array) or hasattr(item, "unwrap"):
        return item.unwrap()
    return item


def _item(value: Any) -> Any:
    """Return ``value`` as a tomlkit item: lists of tables become arrays of tables."""
    if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
        tables = tomlkit.aot()
        for entry in value:
            table = tomlkit.table()
            merge_into(table, entry)
            tables.append(table)
        return tables
    if isinstance(value, Mapping):
        table = tomlkit.table()
        merge_into(table, value)
        return table
    return value
