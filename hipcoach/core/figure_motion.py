"""Figures in motion: the pose a figure shows at a moment of a session step.

This joins the figure data (``poses``) to the compiled plan (``plan``); it
lives apart from ``poses`` so that the figure data, which the pack loader
reads, does not depend on the plan compiler, which depends on the loader.
"""

from __future__ import annotations

from hipcoach.core.plan import Step, StepKind, TempoPart
from hipcoach.core.poses import EASE_SECONDS, Figure, Pose, along, cycle, smooth


def pose_at(figure: Figure, step: Step, fraction: float) -> Pose:
    """Return the pose to show ``fraction`` (0..1) of the way through ``step``.

    Outside work (get ready, rest, switching side) the start pose shows. In
    a paced repetition the lift moves from the start to the still pose, the
    hold keeps it and the lowering goes back. A user-paced set of reps goes
    there and back. A timed hold eases into the still pose in its first
    ``EASE_SECONDS`` and stays, unless the figure loops (rolling, walking):
    then it goes round all its keyframes once every ``loop_seconds``.
    """
    f = min(1.0, max(0.0, fraction))
    if step.kind is not StepKind.WORK:
        return figure.keyframes[0]
    if step.part is TempoPart.LIFT:
        return along(figure, smooth(f))
    if step.part is TempoPart.HOLD:
        return figure.still
    if step.part is TempoPart.LOWER:
        return along(figure, smooth(1.0 - f))
    if step.seconds is None:
        return along(figure, smooth(1.0 - abs(1.0 - 2.0 * f)))
    elapsed = f * step.seconds
    if figure.loop_seconds is not None:
        return cycle(figure, elapsed / figure.loop_seconds)
    if elapsed >= EASE_SECONDS:
        return figure.still
    return along(figure, smooth(elapsed / EASE_SECONDS))
