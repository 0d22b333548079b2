"""The reading pane that shows everything one exercise carries."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from hipcoach.core.describe import dosage_lines
from hipcoach.core.exercises import Exercise
from hipcoach.core.learn import muscle_key
from hipcoach.core.reference import Reference
from hipcoach.ui.links import LinkKind, learn_link, link_target
from hipcoach.ui.translate import render, translate


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _items(title: str, items: tuple[str, ...], *, ordered: bool = False) -> str:
    if not items:
        return ""
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li>{escape(item)}</li>" for item in items)
    return f"<h3>{escape(title)}</h3><{tag}>{body}</{tag}>"


def _box(content: str, background: str, foreground: str, border: str) -> str:
    # Qt's rich text draws backgrounds and borders reliably only on tables.
    return (
        f'<table width="100%" cellpadding="10" cellspacing="0" border="1" '
        f'style="border-color: {border}; border-style: solid; margin-top: 8px;">'
        f'<tr><td style="background-color: {background}; color: {foreground};">'
        f"{content}</td></tr></table>"
    )


def _muscle_link(key: str, text: str) -> str:
    return f'<a href="{escape(learn_link(key))}">{escape(text)}</a>'


def targets_html(targets: tuple[str, ...], reference: Reference | None) -> str:
    """Return the targets, each muscle the Learn page explains linked to its entry there.

    A target that names one such muscle is itself the link; one that names
    several (the iliopsoas is the psoas major and the iliacus) is followed
    by a link to each.
    """
    shown = []
    for target in targets:
        muscles = reference.muscles_for_target(target) if reference is not None else ()
        if len(muscles) == 1:
            shown.append(_muscle_link(muscle_key(muscles[0].id), target))
        elif muscles:
            links = ", ".join(_muscle_link(muscle_key(m.id), m.name) for m in muscles)
            shown.append(f"{escape(target)} ({links})")
        else:
            shown.append(escape(target))
    return ", ".join(shown)


def exercise_html(exercise: Exercise, palette: QPalette, reference: Reference | None = None) -> str:
    """Return the exercise laid out as rich text in colours that suit ``palette``.

    With ``reference``, targets the Learn page explains link to it (see ``targets_html``).
    """
    dark = _is_dark(palette)
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    if dark:
        dose_bg, dose_fg, dose_border = "#17324d", "#e6f1ff", "#3d6a99"
        warn_bg, warn_fg, warn_border = "#4a3208", "#ffe4b5", "#b7791f"
        accent = "#8cc4ff"
    else:
        dose_bg, dose_fg, dose_border = "#e8f1fb", "#0b2540", "#9cc0e6"
        warn_bg, warn_fg, warn_border = "#fff4e0", "#4d3000", "#e0a030"
        accent = "#0b4f8a"

    parts = [f'<h1 style="margin-bottom: 0;">{escape(exercise.name)}</h1>']
    sided = translate("ExerciseDetail", "per side") if exercise.per_side else ""
    if exercise.sides.alternating:
        sided = translate("ExerciseDetail", "sides alternate within each set")
    meta = " · ".join(
        part
        for part in (
            render(exercise.category.label_message),
            render(exercise.position.label_message),
            sided,
        )
        if part
    )
    parts.append(f'<p style="color: {muted}; margin-top: 2px;">{escape(meta)}</p>')
    if exercise.source != "bundled":
        note = (
            translate(
                "ExerciseDetail",
                "From your pack at {source}; replaces the bundled exercise of the same name.",
            )
            if exercise.replaces_bundled
            else translate("ExerciseDetail", "From your pack at {source}.")
        )
        parts.append(f"<p><b>★ {escape(note.format(source=exercise.source))}</b></p>")
    parts.append(f'<p style="font-size: large;">{escape(exercise.summary)}</p>')
    if exercise.image is not None:
        source = escape(QUrl.fromLocalFile(str(exercise.image)).toString())
        parts.append(f'<p><img src="{source}" width="320" alt="{escape(exercise.name)}"></p>')

    lines = [render(line) for line in dosage_lines(exercise.dosage, per_side=exercise.per_side)]
    if lines:
        main, *rest = lines
        dose = f'<span style="font-size: x-large; font-weight: 600;">{escape(main)}</span>'
        dose += "".join(f"<br>{escape(line)}" for line in rest)
        parts.append(_box(dose, dose_bg, dose_fg, dose_border))

    facts = [
        (translate("ExerciseDetail", "Targets"), targets_html(exercise.targets, reference)),
        (
            translate("ExerciseDetail", "Equipment"),
            escape(", ".join(exercise.equipment) or translate("ExerciseDetail", "None")),
        ),
        (translate("ExerciseDetail", "Start"), escape(exercise.starting_position)),
    ]
    rows = "".join(
        f'<tr><td style="color: {muted}; padding-right: 12px;" valign="top">{escape(label)}</td>'
        f"<td>{value}</td></tr>"
        for label, value in facts
    )
    parts.append(f'<table style="margin-top: 12px;">{rows}</table>')

    parts.append(_items(translate("ExerciseDetail", "Steps"), exercise.steps, ordered=True))
    if exercise.cues:
        cues = " · ".join(escape(cue) for cue in exercise.cues)
        cues_heading = translate("ExerciseDetail", "Cues")
        parts.append(
            f'<h3>{escape(cues_heading)}</h3><p style="color: {accent};"><b>{cues}</b></p>'
        )

    warnings = ""
    if exercise.cautions:
        take_care = translate("ExerciseDetail", "Take care")
        warnings += f"<b>⚠ {escape(take_care)}</b><ul>"
        warnings += "".join(f"<li>{escape(item)}</li>" for item in exercise.cautions) + "</ul>"
    if exercise.contraindications:
        skip_if = translate("ExerciseDetail", "Skip this exercise if")
        warnings += f"<b>{escape(skip_if)}</b><ul>"
        warnings += "".join(f"<li>{escape(i)}</li>" for i in exercise.contraindications) + "</ul>"
    if warnings:
        parts.append(_box(warnings, warn_bg, warn_fg, warn_border))

    parts.append(_items(translate("ExerciseDetail", "Key tips"), exercise.tips))
    parts.append(_items(translate("ExerciseDetail", "Common mistakes"), exercise.mistakes))
    parts.append(_items(translate("ExerciseDetail", "Progressions"), exercise.progressions))
    if exercise.why:
        why = translate("ExerciseDetail", "Why it works")
        parts.append(f"<h3>{escape(why)}</h3><p>{escape(exercise.why)}</p>")
    return "".join(parts)


class ExerciseDetail(QTextBrowser):
    """A read-only, keyboard-scrollable pane showing one exercise (or a hint).

    Given ``reference``, each target muscle the Learn page explains is a
    link; following it (a click, or Tab to it and Enter) fires
    ``learn_requested`` with the Learn entry's key.
    """

    learn_requested = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, reference: Reference | None = None
    ) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Exercise details"))
        self._reference = reference
        self._exercise: Exercise | None = None
        self.anchorClicked.connect(self._follow)
        self.show_exercise(None)

    def _follow(self, url: QUrl) -> None:
        target = link_target(url)
        if target is not None and target[0] is LinkKind.LEARN:
            self.learn_requested.emit(target[1])

    @property
    def exercise(self) -> Exercise | None:
        """Return the exercise on show, if any."""
        return self._exercise

    def show_exercise(self, exercise: Exercise | None) -> None:
        """Show ``exercise``, or a hint to pick one when ``None``."""
        self._exercise = exercise
        if exercise is None:
            hint = self.tr("Select an exercise to read how to do it.")
            self.setHtml(f"<p>{escape(hint)}</p>")
            self.setAccessibleDescription(self.tr("No exercise selected"))
            return
        self.setHtml(exercise_html(exercise, self.palette(), self._reference))
        self.setAccessibleDescription(exercise.summary)
        self.verticalScrollBar().setValue(0)
