"""Rows of the Settings page, one per setting, built from the settings table.

A whole number (``whole`` in ``hipcoach.core.settings.fields``) becomes a
spin box in a labelled row, a flag a check box where the table places it,
a choice of a few words (``one_of``) a drop-down list;
their texts (label with its access key, accessible name, tooltip, unit,
the text for 0) come from the table, translated. A setting with an editor of
its own (working hours, break moves, volume) is a ``SettingRow`` the page
builds itself. Every row puts itself into its group's form, shows a value,
and names the widgets that grey out with it, take the focus and turn with
the mouse wheel. The layout helpers shared by the page's groups are here
too, so every row is laid out alike.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSpinBox,
    QWidget,
)

from hipcoach.core.messages import Message
from hipcoach.core.settings.fields import Flag, Limits, OneOf, Place, SettingField, Shown, Whole
from hipcoach.ui.text import sized
from hipcoach.ui.translate import render

#: Called with a setting and its new value when the user changes a control.
Changed = Callable[[SettingField, Any], None]


def form_layout() -> QFormLayout:
    """Return a form for a group of settings: labels right-aligned, fields from the left."""
    form = QFormLayout()
    # Spin boxes keep their size; the composite fields (hours, moves) take the width.
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return form


def align_label_columns(forms: list[QFormLayout]) -> None:
    """Give the label column of every form the same width, so the groups line up."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
        if isinstance(label, QLabel):
            vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
            label.setAlignment(Qt.AlignmentFlag.AlignRight | vertical)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """Return a label whose access key (``&``) moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def subheading(text: str) -> QLabel:
    """Return a bold heading for the rows under it."""
    heading = QLabel(text)
    sized(heading, heading.font().pointSize(), bold=True)
    heading.setContentsMargins(0, 8, 0, 0)
    return heading


def check_box(text: str, *, name: str, tooltip: str) -> QCheckBox:
    """Return a check box showing ``text`` (with its access key), named and explained."""
    box = QCheckBox(text)
    box.setAccessibleName(name)
    box.setToolTip(tooltip)
    return box


def spin_box(
    limits: Limits,
    *,
    name: str,
    tooltip: str,
    suffix: str = "",
    zero_text: str | None = None,
    step: int = 1,
) -> QSpinBox:
    """Return a spin box for a whole number within ``limits`` that applies once typed."""
    spin = QSpinBox()
    spin.setRange(limits.low, limits.high)
    spin.setSuffix(suffix)
    spin.setSingleStep(step)
    spin.setAccessibleName(name)
    spin.setToolTip(tooltip)
    # Typing "120" must not apply 1 and 12 on the way; arrows still apply at once.
    spin.setKeyboardTracking(False)
    spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    if zero_text is not None:
        spin.setSpecialValueText(zero_text)
    return spin


def _text(message: Message | None) -> str:
    """Return a table text translated, or ``""`` for none."""
    return "" if message is None else render(message)


class SettingRow(ABC):
    """One setting's control on the Settings page, with its label when it has one."""

    def __init__(self, setting: SettingField) -> None:
        if setting.shown is None:
            message = f"{setting.path} is not shown on the Settings page"
            raise ValueError(message)
        self.setting = setting
        self.shown: Shown = setting.shown

    @abstractmethod
    def add_to(self, form: QFormLayout) -> None:
        """Put the row (label and control) at the end of ``form``."""

    @abstractmethod
    def show_value(self, value: Any) -> None:
        """Show ``value``; a change signal it causes is the caller's to ignore."""

    @abstractmethod
    def parts(self) -> list[QWidget]:
        """Return the widgets that grey out together when the row is disabled."""

    @abstractmethod
    def focus_chain(self) -> list[QWidget]:
        """Return the row's controls in the order Tab visits them."""

    def wheeled(self) -> list[QWidget]:
        """Return the controls the mouse wheel turns (only once they have the focus)."""
        return []

    def set_enabled(self, on: bool) -> None:
        """Enable or grey out the whole row."""
        for part in self.parts():
            part.setEnabled(on)


class SpinRow(SettingRow):
    """A whole number: a spin box with its label, and a text after it if the table gives one."""

    def __init__(self, setting: SettingField, changed: Changed) -> None:
        super().__init__(setting)
        if not isinstance(setting.kind, Whole):
            message = f"{setting.path} is not a whole number"
            raise TypeError(message)
        shown = self.shown
        self.spin = spin_box(
            setting.kind.limits,
            name=_text(shown.accessible_name),
            tooltip=_text(shown.help),
            suffix=_text(shown.suffix),
            zero_text=None if shown.zero is None else render(shown.zero),
            step=shown.step,
        )
        self.label = buddy_label(render(shown.label), self.spin)
        self.after = None if shown.after is None else QLabel(render(shown.after))
        self.spin.valueChanged.connect(lambda value: changed(setting, value))

    def add_to(self, form: QFormLayout) -> None:
        """Put the label on the left, the spin box (and the text after it) on the right."""
        if self.after is None:
            form.addRow(self.label, self.spin)
            return
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.spin)
        row.addWidget(self.after)
        row.addStretch(1)
        form.addRow(self.label, row)

    def show_value(self, value: Any) -> None:
        """Show the number ``value``."""
        self.spin.setValue(value)

    def parts(self) -> list[QWidget]:
        """Return the label, the spin box and the text after it."""
        return [self.label, self.spin, *([] if self.after is None else [self.after])]

    def focus_chain(self) -> list[QWidget]:
        """Return the spin box."""
        return [self.spin]

    def wheeled(self) -> list[QWidget]:
        """Return the spin box."""
        return [self.spin]


class CheckRow(SettingRow):
    """A flag: a check box whose text is the label, placed where the table says."""

    def __init__(self, setting: SettingField, changed: Changed) -> None:
        super().__init__(setting)
        if not isinstance(setting.kind, Flag):
            message = f"{setting.path} is not a flag"
            raise TypeError(message)
        self.box = check_box(
            render(self.shown.label),
            name=_text(self.shown.accessible_name),
            tooltip=_text(self.shown.help),
        )
        self.box.toggled.connect(lambda on: changed(setting, on))

    def add_to(self, form: QFormLayout) -> None:
        """Put the box across the form (``WIDE``) or under the row above (``FIELD``)."""
        if self.shown.place is Place.FIELD:
            form.addRow("", self.box)
        else:
            form.addRow(self.box)

    def show_value(self, value: Any) -> None:
        """Tick the box when ``value`` is true."""
        self.box.setChecked(value)

    def parts(self) -> list[QWidget]:
        """Return the box."""
        return [self.box]

    def focus_chain(self) -> list[QWidget]:
        """Return the box."""
        return [self.box]


class ComboRow(SettingRow):
    """A choice of one of a few words: a drop-down list of their texts, with its label."""

    def __init__(self, setting: SettingField, changed: Changed) -> None:
        super().__init__(setting)
        if not isinstance(setting.kind, OneOf):
            message = f"{setting.path} is not a choice of words"
            raise TypeError(message)
        words = setting.kind.words
        self.combo = QComboBox()
        for word, text in self.shown.options:
            self.combo.addItem(render(text), word)
        self.combo.setAccessibleName(_text(self.shown.accessible_name))
        self.combo.setToolTip(_text(self.shown.help))
        self.label = buddy_label(render(self.shown.label), self.combo)
        self.combo.activated.connect(
            lambda index: changed(setting, words(self.combo.itemData(index)))
        )

    def add_to(self, form: QFormLayout) -> None:
        """Put the label on the left and the list on the right."""
        form.addRow(self.label, self.combo)

    def show_value(self, value: Any) -> None:
        """Select the text of ``value``."""
        self.combo.setCurrentIndex(self.combo.findData(str(value)))

    def parts(self) -> list[QWidget]:
        """Return the label and the list."""
        return [self.label, self.combo]

    def focus_chain(self) -> list[QWidget]:
        """Return the list."""
        return [self.combo]

    def wheeled(self) -> list[QWidget]:
        """Return the list."""
        return [self.combo]


class EditorRow(SettingRow):
    """A setting with an editor the page builds itself, given as its pieces.

    ``field`` goes right of ``label`` in the form; ``show`` shows a value;
    ``parts`` grey out together; ``focus`` returns the controls in Tab
    order (asked each time, as an editor may grow); ``wheeled`` turn with
    the mouse wheel.
    """

    def __init__(
        self,
        setting: SettingField,
        *,
        label: QLabel,
        field: QWidget | QLayout,
        show: Callable[[Any], None],
        parts: list[QWidget],
        focus: Callable[[], list[QWidget]],
        wheeled: list[QWidget] | None = None,
    ) -> None:
        super().__init__(setting)
        self.label = label
        self._field = field
        self._show = show
        self._parts = parts
        self._focus = focus
        self._wheeled = wheeled or []

    def add_to(self, form: QFormLayout) -> None:
        """Put the label on the left and the editor on the right."""
        form.addRow(self.label, self._field)

    def show_value(self, value: Any) -> None:
        """Show ``value`` in the editor."""
        self._show(value)

    def parts(self) -> list[QWidget]:
        """Return the label and the editor's widgets."""
        return self._parts

    def focus_chain(self) -> list[QWidget]:
        """Return the editor's controls in Tab order."""
        return self._focus()

    def wheeled(self) -> list[QWidget]:
        """Return the editor's controls that the wheel turns."""
        return self._wheeled


def setting_row(setting: SettingField, changed: Changed) -> SettingRow:
    """Return the row for an ordinary setting: a spin box, a check box or a drop-down list.

    Raises ``TypeError`` for a setting of another kind: it needs an editor
    of its own on the page.
    """
    match setting.kind:
        case Whole():
            return SpinRow(setting, changed)
        case Flag():
            return CheckRow(setting, changed)
        case OneOf():
            return ComboRow(setting, changed)
        case _:
            message = f"{setting.path} needs an editor of its own on the Settings page"
            raise TypeError(message)
