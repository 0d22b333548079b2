"""The text of each Learn entry, as rich text: the reference's facts under headings.

Every text comes from the reference (``resources/reference/``) as written
there; the headings and the few sentences that join them are the page's own,
translatable in the "LearnPage" context. Exercises are links that open them
in the Library (``hipcoach.ui.links``).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from hipcoach.core.exercises import Exercise
from hipcoach.core.learn import LearnEntry, LearnTopic, muscle_key
from hipcoach.core.reference import Muscle, Reference
from hipcoach.ui.links import exercise_link, learn_link
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, render, translate

#: The headings of the symptom groups (``Symptom.group``), in the reference's order.
SYMPTOM_HEADINGS = {
    "local": QT_TRANSLATE_NOOP("LearnPage", "At the hip"),
    "referred": QT_TRANSLATE_NOOP("LearnPage", "Felt elsewhere"),
    "performance": QT_TRANSLATE_NOOP("LearnPage", "In how you move"),
}


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _bullets(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _title(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _weeks(weeks: tuple[int, int]) -> str:
    low, high = weeks
    return f"{low}–{high}" if low != high else str(low)


def muscle_html(muscle: Muscle, exercises: Sequence[Exercise]) -> str:
    """Return a muscle's entry: where it runs, what it does, how it gets tight, where it hurts.

    ``exercises`` are those that work it, each a link to the Library.
    """
    upper = translate("LearnPage", "Upper end")
    lower = translate("LearnPage", "Lower end")
    parts = [
        _title(muscle.name),
        _heading(translate("LearnPage", "Where it runs")),
        f"<p><b>{escape(upper)}</b>: {escape(muscle.origin)}</p>",
        f"<p><b>{escape(lower)}</b>: {escape(muscle.insertion)}</p>",
        _heading(translate("LearnPage", "What it does")),
        _paragraph(muscle.role),
        _heading(translate("LearnPage", "How it gets tight")),
        _paragraph(muscle.tightens),
        _heading(translate("LearnPage", "Where it hurts")),
        _paragraph(muscle.pain_pattern),
        _heading(translate("LearnPage", "Exercises that work it")),
    ]
    if exercises:
        parts.append(
            _bullets(
                [
                    f'<a href="{escape(exercise_link(e.id))}">{escape(e.name)}</a>'
                    f" ({escape(render(e.category.label_message))})"
                    for e in exercises
                ]
            )
        )
    else:
        parts.append(
            _paragraph(
                translate("LearnPage", "No exercise in your library names this muscle as a target.")
            )
        )
    return "".join(parts)


def overview_html(reference: Reference) -> str:
    """Return the overview of the hip flexors: what they do together, a link to each."""
    links = [
        f'<a href="{escape(learn_link(muscle_key(m.id)))}">{escape(m.name)}</a>'
        for m in reference.muscles
    ]
    return "".join(
        (
            _title(render(LearnTopic.MUSCLES.heading)),
            _paragraph(
                translate(
                    "LearnPage",
                    "The hip flexors are the muscles at the front of the hip that bend it,"
                    " drawing the knee up toward the chest. They work together; pick one to"
                    " see where it runs, what it does, how it gets tight and which exercises"
                    " work it.",
                )
            ),
            _bullets(links),
        )
    )


def symptoms_html(reference: Reference) -> str:
    """Return the signs of tight hip flexors, grouped as the reference groups them."""
    parts = [
        _title(render(LearnTopic.SYMPTOMS.heading)),
        _paragraph(
            translate(
                "LearnPage",
                "Tight hip flexors seldom show up as one clear complaint. These are the signs"
                " to look out for.",
            )
        ),
    ]
    for group, heading in SYMPTOM_HEADINGS.items():
        texts = [escape(s.text) for s in reference.symptoms if s.group == group]
        if texts:
            parts += [_heading(translate("LearnPage", heading)), _bullets(texts)]
    return "".join(parts)


def mistakes_html(reference: Reference) -> str:
    """Return the common mistakes that slow recovery, each with why."""
    items = [f"<b>{escape(m.title)}</b>. {escape(m.text)}" for m in reference.mistakes]
    return _title(render(LearnTopic.MISTAKES.heading)) + _bullets(items)


def timeline_html(reference: Reference) -> str:
    """Return the recovery timeline with its caveat and what matters most."""
    stages = "".join(
        f'<tr><td valign="top" style="padding-right: 12px;"><b>{escape(s.label)}</b></td>'
        f"<td>{escape(s.expect)}</td></tr>"
        for s in reference.stages
    )
    relief = translate(
        "LearnPage",
        "Most people who keep at it feel a real difference within {weeks} weeks of regular"
        " practice.",
    ).format(weeks=_weeks(reference.meaningful_relief_weeks))
    return "".join(
        (
            _title(render(LearnTopic.TIMELINE.heading)),
            _paragraph(reference.caveat),
            f'<table cellspacing="0" cellpadding="4">{stages}</table>',
            _paragraph(relief),
            f"<p><b>{escape(reference.consistency)}</b></p>",
        )
    )


def red_flags_html(reference: Reference) -> str:
    """Return when to see a professional: the red flags, whom to see, what they check for."""
    trial = translate(
        "LearnPage",
        "Working on tight hip flexors yourself helps most people, and {weeks} weeks of regular"
        " release and stretching is a fair trial. Have your hip checked if any of these is"
        " true for you:",
    ).format(weeks=_weeks(reference.persist_weeks))
    return "".join(
        (
            _title(render(LearnTopic.RED_FLAGS.heading)),
            _paragraph(trial),
            _bullets([escape(flag.text) for flag in reference.red_flags]),
            _heading(translate("LearnPage", "Who to see")),
            _bullets([escape(_first_upper(role)) for role in reference.see]),
            _heading(translate("LearnPage", "What they can check for")),
            _paragraph(
                translate(
                    "LearnPage",
                    "These signs can point to problems that need a professional's diagnosis"
                    " and treatment, such as:",
                )
            ),
            _bullets([escape(_first_upper(condition)) for condition in reference.conditions]),
            _paragraph(
                translate(
                    "LearnPage",
                    "hipcoach asks about these signs before your first session, every two"
                    " weeks and after sharp pain.",
                )
            ),
        )
    )


def entry_html(entry: LearnEntry, reference: Reference, exercises: Sequence[Exercise]) -> str:
    """Return the rich text of ``entry``; ``exercises`` are the library's, in its order."""
    if entry.muscle is not None:
        muscle = reference.muscle(entry.muscle)
        if muscle is not None:
            return muscle_html(muscle, muscle.worked_by(exercises))
    builders = {
        LearnTopic.MUSCLES: overview_html,
        LearnTopic.SYMPTOMS: symptoms_html,
        LearnTopic.MISTAKES: mistakes_html,
        LearnTopic.TIMELINE: timeline_html,
        LearnTopic.RED_FLAGS: red_flags_html,
    }
    return builders[entry.topic](reference)
