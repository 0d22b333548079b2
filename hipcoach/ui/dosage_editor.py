"""The dosage and sides of an exercise: amounts or ranges with defaults, tempo, note, sides."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.exercises import AMOUNT_FIELDS
from hipcoach.core.problems import is_integer

#: The largest amount a box offers (an hour in seconds; no count comes near it).
MOST = 3600
_TEMPO_KEYS = ("lift_seconds", "hold_seconds", "lower_seconds")

Path = tuple[str, ...]


def _whole(value: object) -> int:
    """Return ``value`` if it is a whole number a box can show, else 0 (the box's "—")."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _spin(name: str, *, unset: str) -> QSpinBox:
    """Return a box for a whole number from 1; 0 shows ``unset`` and means "not given"."""
    box = QSpinBox()
    box.setRange(0, MOST)
    box.setSpecialValueText(unset)
    box.setAccessibleName(name)
    box.setMinimumWidth(90)
    return box


class DosageEditor(QWidget):
    """Every key of ``[dosage]`` and ``[sides]`` in boxes.

    Each amount has its value (or the lower end of a range), the upper end
    (empty for a single value) and the default within the range; a box at
    "—" leaves its key out. ``edited(path, value, merge_key)`` fires for each
    change, with ``None`` as the value for a key left out; ``load`` shows a
    table without firing it. A value the boxes cannot show (text where a
    number belongs) stays in the table until a box of it is changed.
    """

    # The value may be None (the key left out), which a typed Signal would not carry.
    edited = Signal(tuple, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        labels = {
            "sets": self.tr("Sets"),
            "reps": self.tr("Repetitions"),
            "hold_seconds": self.tr("Hold (seconds)"),
            "duration_seconds": self.tr("Time per set (seconds)"),
            "pressure_hold_seconds": self.tr("On a tender spot (seconds)"),
            "rest_seconds": self.tr("Rest between sets (seconds)"),
        }
        grid = QGridLayout()
        for column, heading in enumerate(
            (self.tr("Amount"), self.tr("Up to (a range)"), self.tr("Default")), start=1
        ):
            grid.addWidget(QLabel(f"<i>{heading}</i>"), 0, column)
        self.amounts: dict[str, tuple[QSpinBox, QSpinBox, QSpinBox]] = {}
        none = self.tr("—")
        for row, key in enumerate(AMOUNT_FIELDS, start=1):
            label = labels[key]
            low = _spin(self.tr("{what}: amount").format(what=label), unset=none)
            high = _spin(self.tr("{what}: up to").format(what=label), unset=none)
            default = _spin(self.tr("{what}: default").format(what=label), unset=none)
            low.setToolTip(self.tr("A single amount, or the lower end of a range; — for none"))
            high.setToolTip(self.tr("The upper end of a range; — for a single amount"))
            default.setToolTip(
                self.tr("The amount used unless someone chooses; — for the lower end")
            )
            buddy = QLabel(label)
            buddy.setBuddy(low)
            grid.addWidget(buddy, row, 0)
            for column, box in enumerate((low, high, default), start=1):
                grid.addWidget(box, row, column)
                box.valueChanged.connect(lambda _v, key=key: self._amount_changed(key))
            self.amounts[key] = (low, high, default)

        tempo_row = len(AMOUNT_FIELDS) + 1
        tempo_label = QLabel(self.tr("Tempo (seconds): lift, hold, lower"))
        grid.addWidget(tempo_label, tempo_row, 0)
        self.tempo: dict[str, QSpinBox] = {}
        tempo_names = {
            "lift_seconds": self.tr("Tempo: seconds to lift"),
            "hold_seconds": self.tr("Tempo: seconds to hold at the top"),
            "lower_seconds": self.tr("Tempo: seconds to lower"),
        }
        for column, key in enumerate(_TEMPO_KEYS, start=1):
            box = _spin(tempo_names[key], unset=none)
            box.valueChanged.connect(lambda value, key=key: self._tempo_changed(key, value))
            grid.addWidget(box, tempo_row, column)
            self.tempo[key] = box
        tempo_label.setBuddy(self.tempo["lift_seconds"])
        grid.setColumnStretch(4, 1)  # the boxes keep their size; the room goes to the right

        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Dosage note"))
        self.note.setPlaceholderText(self.tr("Anything the numbers cannot say"))
        self.note.textEdited.connect(self._note_changed)
        note_label = QLabel(self.tr("N&ote"))
        note_label.setBuddy(self.note)
        grid.addWidget(note_label, tempo_row + 1, 0)
        grid.addWidget(self.note, tempo_row + 1, 1, 1, 4)

        self.per_side = QCheckBox(self.tr("Done for each side (amounts are per side)"))
        self.alternating = QCheckBox(self.tr("Sides alternate within each set"))
        self.switch_seconds = _spin(self.tr("Seconds to change sides"), unset=none)
        switch_label = QLabel(self.tr("Seconds to change sides"))
        switch_label.setBuddy(self.switch_seconds)
        self.per_side.toggled.connect(
            lambda on: self._emit(("sides", "per_side"), True if on else None, "")
        )
        self.alternating.toggled.connect(
            lambda on: self._emit(("sides", "alternating"), True if on else None, "")
        )
        self.switch_seconds.valueChanged.connect(
            lambda value: self._emit(("sides", "switch_seconds"), value or None, "switch")
        )
        sides = QGridLayout()
        sides.addWidget(self.per_side, 0, 0, 1, 2)
        sides.addWidget(self.alternating, 1, 0, 1, 2)
        sides.addWidget(switch_label, 2, 0)
        sides.addWidget(self.switch_seconds, 2, 1)
        sides.setColumnStretch(2, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(sides)

    # -- showing a table -------------------------------------------------------------

    def load(self, table: Mapping[str, Any]) -> None:
        """Show the ``dosage`` and ``sides`` of the exercise ``table`` (without firing)."""
        dosage = table.get("dosage")
        dosage = dosage if isinstance(dosage, Mapping) else {}
        defaults = dosage.get("default")
        defaults = defaults if isinstance(defaults, Mapping) else {}
        tempo = dosage.get("tempo")
        tempo = tempo if isinstance(tempo, Mapping) else {}
        sides = table.get("sides")
        sides = sides if isinstance(sides, Mapping) else {}
        self._loading = True
        try:
            for key, (low, high, default) in self.amounts.items():
                value = dosage.get(key)
                if is_integer(value):
                    low.setValue(_whole(value))
                    high.setValue(0)
                elif isinstance(value, list) and len(value) == 2 and all(map(is_integer, value)):
                    low.setValue(_whole(value[0]))
                    high.setValue(_whole(value[1]))
                elif value is None:
                    low.setValue(0)
                    high.setValue(0)
                chosen = defaults.get(key)
                default.setValue(_whole(chosen))
                default.setEnabled(high.value() > 0 or default.value() > 0)
            for key, box in self.tempo.items():
                part = tempo.get(key)
                box.setValue(_whole(part))
            note = dosage.get("note")
            if not self.note.hasFocus() or self.note.text() != note:
                self.note.setText(note if isinstance(note, str) else "")
            self.per_side.setChecked(sides.get("per_side") is True)
            self.alternating.setChecked(sides.get("alternating") is True)
            switch = sides.get("switch_seconds")
            self.switch_seconds.setValue(_whole(switch))
        finally:
            self._loading = False

    # -- telling -------------------------------------------------------------------

    def _emit(self, path: Path, value: Any, merge_key: str) -> None:
        if not self._loading:
            self.edited.emit(path, value, merge_key)

    def _amount_changed(self, key: str) -> None:
        low, high, default = self.amounts[key]
        default.setEnabled(high.value() > 0 or default.value() > 0)
        if self._loading:
            return
        if low.value() == 0:
            value: Any = None
        elif high.value() == 0:
            value = low.value()
        else:
            value = [low.value(), high.value()]
        self._emit(("dosage", key), value, f"dosage.{key}")
        self._emit(("dosage", "default", key), default.value() or None, f"dosage.{key}")

    def _tempo_changed(self, key: str, value: int) -> None:
        self._emit(("dosage", "tempo", key), value or None, f"tempo.{key}")

    def _note_changed(self, text: str) -> None:
        self._emit(("dosage", "note"), text if text.strip() else None, "dosage.note")
