"""The Learn page's entries and how a muscle is drawn."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hipcoach.core.learn import (
    LearnTopic,
    learn_entries,
    muscle_drawing,
    muscle_key,
    muscle_of_key,
)
from hipcoach.core.library import Library, load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.poses import Muscle as Region
from hipcoach.core.reference import MuscleFigure, Reference


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(bundled_resources_dir())


@pytest.fixture(scope="module")
def reference(library: Library) -> Reference:
    assert library.reference is not None
    return library.reference


def test_the_entries_are_the_topics_with_the_muscles_after_the_overview(
    reference: Reference,
) -> None:
    entries = learn_entries(reference)
    muscles = [muscle_key(m.id) for m in reference.muscles]
    assert [e.key for e in entries] == [
        "muscles",
        *muscles,
        "symptoms",
        "mistakes",
        "timeline",
        "red-flags",
    ]
    assert [e.title for e in entries[1:6]] == [m.name for m in reference.muscles]
    assert {e.topic for e in entries[1:6]} == {LearnTopic.MUSCLES}
    assert str(entries[0].title) == "The hip flexors"


def test_a_key_says_which_muscle_it_links_to() -> None:
    assert muscle_key("iliacus") == "muscle/iliacus"
    assert muscle_of_key("muscle/iliacus") == "iliacus"
    assert muscle_of_key("symptoms") is None


def test_a_muscle_is_drawn_in_the_named_pose_with_only_it_tinted(
    library: Library, reference: Reference
) -> None:
    psoas = reference.muscle("psoas-major")
    assert psoas is not None
    drawing = muscle_drawing(psoas, library.exercises)
    assert drawing is not None
    source = library.exercise("half-kneeling-hip-flexor").figure
    assert source is not None
    assert drawing.exercise.id == "half-kneeling-hip-flexor"
    assert drawing.figure.keyframes == (source.keyframe("reach"),)
    assert drawing.figure.still == source.keyframe("reach")
    assert drawing.figure.muscles == (Region.PSOAS,)
    assert drawing.figure.props == source.props
    assert drawing.figure.working == source.working  # which leg the muscle is on


def test_a_drawing_falls_back_to_the_still_pose_or_to_none(
    library: Library, reference: Reference
) -> None:
    psoas = reference.muscle("psoas-major")
    assert psoas is not None
    elsewhere = replace(psoas, figure=MuscleFigure("couch-stretch", "no such pose", Region.PSOAS))
    drawing = muscle_drawing(elsewhere, library.exercises)
    assert drawing is not None
    couch = library.exercise("couch-stretch").figure
    assert couch is not None
    assert drawing.figure.keyframes == (couch.still,)
    missing = replace(psoas, figure=MuscleFigure("gone", "reach", Region.PSOAS))
    assert muscle_drawing(missing, library.exercises) is None
    assert muscle_drawing(replace(psoas, figure=None), library.exercises) is None
    couch_exercise = library.exercise("couch-stretch")
    no_figure = (replace(couch_exercise, figure=None),)
    assert muscle_drawing(elsewhere, no_figure) is None
