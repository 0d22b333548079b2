"""What the Learn page teaches: its topics, and an entry for each that search can find.

The page has an overview of the hip flexors, one entry per muscle, and one
entry for each of the other topics of the reference (the signs of tight hip
flexors, common mistakes, the recovery timeline, when to see a
professional). Each entry has a key that links to it (``LearnEntry.key``),
a title and the words search looks in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from hipcoach.core.exercises import Exercise
from hipcoach.core.messages import QT_TRANSLATE_NOOP, Message
from hipcoach.core.poses import Figure
from hipcoach.core.reference import Muscle, Reference

MUSCLE_PREFIX = "muscle/"
"""The prefix of a muscle entry's key: ``muscle/<muscle id>``."""


class LearnTopic(StrEnum):
    """A topic of the Learn page; muscles are entries under ``MUSCLES``."""

    MUSCLES = "muscles"
    SYMPTOMS = "symptoms"
    MISTAKES = "mistakes"
    TIMELINE = "timeline"
    RED_FLAGS = "red-flags"

    @property
    def heading(self) -> Message:
        """Return the topic's heading."""
        return _TITLES[self]


_TITLES = {
    LearnTopic.MUSCLES: QT_TRANSLATE_NOOP("LearnText", "The hip flexors"),
    LearnTopic.SYMPTOMS: QT_TRANSLATE_NOOP("LearnText", "Signs of tight hip flexors"),
    LearnTopic.MISTAKES: QT_TRANSLATE_NOOP("LearnText", "Common mistakes"),
    LearnTopic.TIMELINE: QT_TRANSLATE_NOOP("LearnText", "How long it takes"),
    LearnTopic.RED_FLAGS: QT_TRANSLATE_NOOP("LearnText", "When to see a professional"),
}


@dataclass(frozen=True)
class LearnEntry:
    """One place on the Learn page: a topic, or a muscle (``muscle`` is then set).

    ``words`` is what search looks in besides the title: a muscle's name and
    the names exercises use for it; a topic's texts.
    """

    topic: LearnTopic
    title: Message | str
    words: str
    muscle: str | None = None

    @property
    def key(self) -> str:
        """Return the key that links here: the topic, or ``muscle/<id>``."""
        return muscle_key(self.muscle) if self.muscle is not None else self.topic.value


def muscle_key(muscle_id: str) -> str:
    """Return the key of the Learn entry of the muscle with ``muscle_id``."""
    return MUSCLE_PREFIX + muscle_id


def muscle_of_key(key: str) -> str | None:
    """Return the muscle id a key links to, or ``None`` for a topic's key."""
    return key.removeprefix(MUSCLE_PREFIX) if key.startswith(MUSCLE_PREFIX) else None


def _muscle_entry(muscle: Muscle) -> LearnEntry:
    return LearnEntry(
        LearnTopic.MUSCLES, muscle.name, " ".join((muscle.id, *muscle.targets)), muscle.id
    )


def learn_entries(reference: Reference) -> tuple[LearnEntry, ...]:
    """Return every entry of the Learn page in its order: topics, muscles after the first."""
    texts = {
        LearnTopic.MUSCLES: "",  # found by its title; each muscle has its own entry
        LearnTopic.SYMPTOMS: " ".join(s.text for s in reference.symptoms),
        LearnTopic.MISTAKES: " ".join(f"{m.title} {m.text}" for m in reference.mistakes),
        LearnTopic.TIMELINE: " ".join(
            (
                reference.caveat,
                reference.consistency,
                *(f"{s.label} {s.expect}" for s in reference.stages),
            )
        ),
        LearnTopic.RED_FLAGS: " ".join(
            (*(f.text for f in reference.red_flags), *reference.see, *reference.conditions)
        ),
    }
    entries: list[LearnEntry] = []
    for topic in LearnTopic:
        entries.append(LearnEntry(topic, topic.heading, texts[topic]))
        if topic is LearnTopic.MUSCLES:
            entries.extend(_muscle_entry(muscle) for muscle in reference.muscles)
    return tuple(entries)


@dataclass(frozen=True)
class MuscleDrawing:
    """A muscle drawn on a figure: one pose of ``exercise``, only the muscle tinted.

    ``figure`` has that one pose as its only keyframe, so a picture of it is
    fitted to that pose alone.
    """

    exercise: Exercise
    figure: Figure


def muscle_drawing(muscle: Muscle, exercises: Iterable[Exercise]) -> MuscleDrawing | None:
    """Return how to draw ``muscle``, or ``None`` if it cannot be drawn.

    The drawing is the pose the muscle's ``figure`` names, of the exercise
    it names among ``exercises``; where that exercise (from a user's pack,
    say) has no keyframe of that name, its still pose. ``None`` when the
    muscle names no drawing or the exercise is missing or has no figure.
    """
    spec = muscle.figure
    if spec is None:
        return None
    exercise = next((e for e in exercises if e.id == spec.exercise), None)
    if exercise is None or exercise.figure is None:
        return None
    figure = exercise.figure
    try:
        pose = figure.keyframe(spec.pose)
    except KeyError:
        pose = figure.still
    return MuscleDrawing(
        exercise, replace(figure, keyframes=(pose,), still_index=0, muscles=(spec.region,))
    )
