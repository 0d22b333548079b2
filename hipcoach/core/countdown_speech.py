"""When a countdown's spoken form changes: often enough to follow, never every second.

A screen reader hears a countdown through its accessible name. Changing the
name every second would talk over everything else, so the name changes only
at moments worth hearing (see ``worth_saying``):

- when a step starts (or starts again) and when its words change (paused,
  resumed, the next repetition),
- every ``SAY_EVERY_SECONDS`` seconds (30, 20, 10 …),
- at halfway,
- each of the last ``FINAL_SECONDS`` seconds (3, 2, 1).

Between those moments the name keeps the last value said.
"""

from __future__ import annotations

from dataclasses import dataclass

from hipcoach.core.messages import Message, MessageContext

#: The countdown is said again at each multiple of this many seconds left.
SAY_EVERY_SECONDS = 10
#: Each of this many last seconds is said.
FINAL_SECONDS = 3


class SpokenText(MessageContext):
    """What a screen reader hears for a countdown."""


@dataclass(frozen=True)
class CountdownReading:
    """What a countdown shows at one moment.

    ``seconds`` is the whole number on show, or None when no number is
    counting (a user-paced step, a duration before the start); ``words``
    are the words shown with it; ``progress`` is how much of the step is
    done (0–1).
    """

    seconds: int | None
    words: str
    progress: float
    paused: bool = False


def worth_saying(said: CountdownReading | None, now: CountdownReading) -> bool:
    """Return whether ``now`` should replace ``said`` (the reading last spoken)."""
    if said is None:
        return True
    if now.seconds is None or said.seconds is None:
        return now != said
    if now.words != said.words or now.paused != said.paused:
        return True
    if now.seconds > said.seconds or now.progress < said.progress:
        return True  # a new step, or the step started again
    if now.seconds == said.seconds:
        return False
    if now.seconds <= FINAL_SECONDS or now.seconds % SAY_EVERY_SECONDS == 0:
        return True
    return said.progress < 0.5 <= now.progress


def seconds_left(seconds: int) -> Message:
    """Return "12 seconds left" (one second: "1 second left")."""
    return SpokenText.tr("%n seconds left", "", seconds).one("%n second left")
