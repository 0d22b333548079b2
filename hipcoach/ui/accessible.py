"""How widgets are named for screen readers (see docs/accessibility.md).

The rule: a screen reader must hear what a widget *shows*, not a word for
what kind of thing it is.

- A label whose text changes (the exercise on show, the cue, "Next up: …",
  a status line) is named by its text. Qt does that by itself as long as the
  label has no fixed accessible name, and it tells screen readers each time
  the text changes. ``name_by_content`` sets a label up that way and puts the
  word for what it is (``"Cue"``) in the description, where it belongs.
- Where the text on screen reads badly aloud (arrows, symbols), say the same
  in words with ``show_text(label, text, spoken=...)``.
- A control without text of its own (an edit, a combo box, a table, an icon
  button) gets a fixed name that says what it is for; see ``name_clear_button``
  for the clear button Qt adds to line edits.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton, QWidget

#: The object name Qt gives the action behind a line edit's clear button.
_CLEAR_ACTION = "_q_qlineeditclearaction"


def name_by_content(label: QLabel, what: str = "") -> QLabel:
    """Make ``label``'s accessible name its shown text, now and after every ``setText``.

    ``what`` (e.g. "Cue") becomes the accessible description: a screen
    reader says it after the content, when the user asks for more.
    Returns ``label``.
    """
    label.setAccessibleName("")
    label.setAccessibleDescription(what)
    return label


def show_text(label: QLabel, text: str, *, spoken: str | None = None) -> None:
    """Show ``text`` in ``label``; a screen reader hears ``spoken``, or else the text itself."""
    label.setText(text)
    label.setAccessibleName(spoken if spoken and text else "")


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Name the clear button of ``edit`` (shown with ``setClearButtonEnabled``) ``name``.

    Qt draws that button as an icon with no text, so without this a screen
    reader finds an unnamed button inside the field.
    """
    action = edit.findChild(QAction, _CLEAR_ACTION)
    if action is not None:
        action.setText(name)
        action.setToolTip(name)
    for button in edit.findChildren(QToolButton):
        if action is None or button.defaultAction() is action:
            button.setAccessibleName(name)


def describe(widget: QWidget, name: str, description: str = "") -> None:
    """Give ``widget`` (a control without text of its own) ``name`` and ``description``."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
