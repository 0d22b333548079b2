"""The gentler alternatives the player offers after a stop for sharp pain."""

from __future__ import annotations

import pytest

from hipcoach.core.exercises import Category
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


def test_glute_moves_offer_the_standing_glute_squeeze(library: Library) -> None:
    """The squeeze works the same muscle with no load and no movement of the hip."""
    offered = {
        exercise.id: exercise.gentler
        for exercise in library.exercises
        if exercise.category is Category.STRENGTHEN and exercise.gentler
    }
    assert offered == {
        "glute-bridge-hold": "standing-glute-squeezes",
        "banded-hip-extension": "standing-glute-squeezes",
    }
