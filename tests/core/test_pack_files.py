"""Writing into the user's packs keeps hand-written comments and never half-writes."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hipcoach.core.pack_files import (
    MY_PACK_ID,
    ItemKind,
    ensure_pack,
    file_for,
    load_document,
    merge_into,
    new_document,
    save_document,
    slug,
)

HAND_WRITTEN = """\
# Written by hand for Mrs Example's left hip.
schema = 1
id = "clam"
name = "Clam"  # what the clinic calls it
steps = ["Lie on your side.", "Open the knee."]

[dosage]
# two or three sets, as agreed
sets = [2, 3]
reps = 10
"""


def test_ensure_pack_creates_manifest_once(tmp_path: Path) -> None:
    folder = ensure_pack(tmp_path)
    assert folder == tmp_path / MY_PACK_ID
    manifest = folder / "pack.toml"
    assert tomllib.loads(manifest.read_text())["name"] == "My exercises"
    manifest.write_text('schema = 1\nname = "Renamed"\n')
    ensure_pack(tmp_path)
    assert "Renamed" in manifest.read_text()


def test_unsafe_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="pack id"):
        ensure_pack(tmp_path, "../elsewhere")
    with pytest.raises(ValueError, match="usable id"):
        file_for(tmp_path, ItemKind.EXERCISE, "a/b")
    assert file_for(tmp_path, ItemKind.ROUTINE, "my-day") == tmp_path / "protocols" / "my-day.toml"


def test_slug_makes_ids() -> None:
    assert slug("Clam shell (left)!") == "clam-shell-left"
    assert slug("???") == "item"


def test_merge_keeps_comments_of_unchanged_keys(tmp_path: Path) -> None:
    path = tmp_path / "clam.toml"
    path.write_text(HAND_WRITTEN)
    document = load_document(path)
    data = tomllib.loads(HAND_WRITTEN)
    data["dosage"]["reps"] = 12
    del data["steps"]
    merge_into(document, data)
    save_document(path, document)
    text = path.read_text()
    assert "# Written by hand" in text
    assert "# what the clinic calls it" in text
    assert "# two or three sets, as agreed" in text
    assert tomllib.loads(text)["dosage"]["reps"] == 12
    assert "steps" not in tomllib.loads(text)
    assert (tmp_path / "clam.toml.bak").read_text() == HAND_WRITTEN


def test_new_document_round_trips_lists_of_tables() -> None:
    data = {"schema": 1, "phases": [{"name": "A", "blocks": [{"exercise": "x"}]}]}
    assert tomllib.loads(new_document(data).as_string()) == data
