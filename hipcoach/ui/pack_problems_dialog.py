"""The dialog that says why a pack was not installed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hipcoach.ui.translate import render

if TYPE_CHECKING:
    from hipcoach.core.problems import Problem


class ProblemsDialog(QDialog):
    """Says why a pack was not installed: one line per problem, ``file:line: message``."""

    def __init__(self, pack_id: str, problems: Sequence[Problem], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pack not installed"))
        count = len(problems)
        heading = (
            self.tr("The pack “{id}” was not installed: it has 1 problem. Nothing was changed.")
            if count == 1
            else self.tr(
                "The pack “{id}” was not installed: it has %n problems. Nothing was changed.",
                "",
                count,
            )
        )
        self.heading = QLabel(heading.format(id=pack_id))
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Problems in the pack"))
        self.text.setPlainText("\n".join(f"{p.location}: {render(p.text)}" for p in problems))
        self.text.setMinimumSize(520, 160)
        self.heading.setBuddy(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
