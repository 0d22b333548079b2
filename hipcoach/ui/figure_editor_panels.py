"""The figure editor's controls: joint angles, ground contact, props and highlights.

Each panel shows part of a ``FigureState`` and reports what the user changes
as a signal; the dialog (``figure_editor``) makes the change in the draft and
shows the result in every panel again. Showing never reports a change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.figure_draft import Contact, PropEntry
from hipcoach.core.pose_schema import FLOOR
from hipcoach.core.poses import JOINT_LIMITS, LIMBS, POINTS, Muscle, Pose, PropKind
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, translate

_CONTEXT = "FigureEditor"

#: What each joint is called in the angle boxes (without its side).
JOINT_WORDS = {
    "trunk": QT_TRANSLATE_NOOP("FigureEditor", "Trunk lean"),
    "neck": QT_TRANSLATE_NOOP("FigureEditor", "Head tilt"),
    "shoulder": QT_TRANSLATE_NOOP("FigureEditor", "Shoulder"),
    "elbow": QT_TRANSLATE_NOOP("FigureEditor", "Elbow"),
    "hip": QT_TRANSLATE_NOOP("FigureEditor", "Hip"),
    "knee": QT_TRANSLATE_NOOP("FigureEditor", "Knee"),
    "ankle": QT_TRANSLATE_NOOP("FigureEditor", "Ankle"),
}
#: The body points a figure can rest on, by the part of their name without a side.
POINT_WORDS = {
    "head": QT_TRANSLATE_NOOP("FigureEditor", "head"),
    "neck": QT_TRANSLATE_NOOP("FigureEditor", "neck"),
    "shoulder": QT_TRANSLATE_NOOP("FigureEditor", "shoulder"),
    "mid_back": QT_TRANSLATE_NOOP("FigureEditor", "middle of the back"),
    "low_back": QT_TRANSLATE_NOOP("FigureEditor", "lower back"),
    "pelvis": QT_TRANSLATE_NOOP("FigureEditor", "pelvis"),
    "elbow": QT_TRANSLATE_NOOP("FigureEditor", "elbow"),
    "hand": QT_TRANSLATE_NOOP("FigureEditor", "hand"),
    "upper_thigh": QT_TRANSLATE_NOOP("FigureEditor", "top of the thigh"),
    "mid_thigh": QT_TRANSLATE_NOOP("FigureEditor", "middle of the thigh"),
    "lower_thigh": QT_TRANSLATE_NOOP("FigureEditor", "bottom of the thigh"),
    "knee": QT_TRANSLATE_NOOP("FigureEditor", "knee"),
    "mid_shin": QT_TRANSLATE_NOOP("FigureEditor", "middle of the shin"),
    "ankle": QT_TRANSLATE_NOOP("FigureEditor", "ankle"),
    "heel": QT_TRANSLATE_NOOP("FigureEditor", "heel"),
    "toe": QT_TRANSLATE_NOOP("FigureEditor", "toes"),
}
LIMB_WORDS = {
    "arm_near": QT_TRANSLATE_NOOP("FigureEditor", "Near arm"),
    "arm_far": QT_TRANSLATE_NOOP("FigureEditor", "Far arm"),
    "leg_near": QT_TRANSLATE_NOOP("FigureEditor", "Near leg"),
    "leg_far": QT_TRANSLATE_NOOP("FigureEditor", "Far leg"),
    "trunk": QT_TRANSLATE_NOOP("FigureEditor", "Trunk"),
}
MUSCLE_WORDS = {
    Muscle.HIP_FLEXORS: QT_TRANSLATE_NOOP("FigureEditor", "Hip flexors"),
    Muscle.QUADS: QT_TRANSLATE_NOOP("FigureEditor", "Front of the thigh (quadriceps)"),
    Muscle.GLUTES: QT_TRANSLATE_NOOP("FigureEditor", "Buttock (glutes)"),
    Muscle.TFL: QT_TRANSLATE_NOOP("FigureEditor", "Outer hip (TFL)"),
    Muscle.HAMSTRINGS: QT_TRANSLATE_NOOP("FigureEditor", "Back of the thigh (hamstrings)"),
    Muscle.CORE: QT_TRANSLATE_NOOP("FigureEditor", "Belly (core)"),
    Muscle.LOWER_BACK: QT_TRANSLATE_NOOP("FigureEditor", "Lower back"),
    Muscle.SIDE: QT_TRANSLATE_NOOP("FigureEditor", "Side of the trunk"),
    Muscle.PSOAS: QT_TRANSLATE_NOOP("FigureEditor", "Psoas"),
    Muscle.ILIACUS: QT_TRANSLATE_NOOP("FigureEditor", "Iliacus"),
    Muscle.RECTUS_FEMORIS: QT_TRANSLATE_NOOP("FigureEditor", "Rectus femoris"),
    Muscle.SARTORIUS: QT_TRANSLATE_NOOP("FigureEditor", "Sartorius"),
}
PROP_WORDS = {
    PropKind.FOAM_ROLLER: QT_TRANSLATE_NOOP("FigureEditor", "foam roller"),
    PropKind.BALL: QT_TRANSLATE_NOOP("FigureEditor", "ball"),
    PropKind.BAND: QT_TRANSLATE_NOOP("FigureEditor", "band"),
    PropKind.WALL: QT_TRANSLATE_NOOP("FigureEditor", "wall"),
    PropKind.COUCH: QT_TRANSLATE_NOOP("FigureEditor", "couch"),
    PropKind.BENCH: QT_TRANSLATE_NOOP("FigureEditor", "bench"),
    PropKind.CHAIR: QT_TRANSLATE_NOOP("FigureEditor", "chair"),
    PropKind.MAT: QT_TRANSLATE_NOOP("FigureEditor", "mat"),
}
#: The side-free joints, then those of a side, in the order the boxes are laid out.
_ROWS = ("shoulder", "elbow", "hip", "knee", "ankle")
#: An x along the floor this far left means "let the contact choose".
_AUTO_X = -5.05


def tr(text: str) -> str:
    """Return ``text`` translated in the figure editor's context."""
    return translate(_CONTEXT, text)


def joint_name(joint: str) -> str:
    """Return what ``joint`` is called: "Trunk lean", "Knee, near side" …"""
    part, _, side = joint.partition("_")
    word = tr(JOINT_WORDS[part])
    if side == "near":
        return tr("{joint}, near side").format(joint=word)
    if side == "far":
        return tr("{joint}, far side").format(joint=word)
    return word


def point_name(point: str) -> str:
    """Return what body point ``point`` is called: "heel, far side" …"""
    part, side = point, ""
    if point.endswith(("_near", "_far")):
        part, side = point.rsplit("_", 1)
    word = tr(POINT_WORDS[part])
    if side == "near":
        return tr("{point}, near side").format(point=word)
    if side == "far":
        return tr("{point}, far side").format(point=word)
    return word


def prop_name(kind: str) -> str:
    """Return what a prop of ``kind`` is called (the kind itself when unknown)."""
    return tr(PROP_WORDS[PropKind(kind)]) if kind in tuple(PropKind) else kind


def _blocked(widget: QObject) -> QObject:
    widget.blockSignals(True)
    return widget


class AnglePanel(QWidget):
    """One labelled box per joint angle, its range the joint's limits.

    ``angle_changed(joint, degrees)`` as a value is typed or stepped;
    ``joint_focused(joint)`` when a box takes the focus; ``editing_finished``
    when the user leaves a box or presses Enter.
    """

    angle_changed = Signal(str, float)
    joint_focused = Signal(str)
    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QDoubleSpinBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(tr("Near side")), 0, 1)
        grid.addWidget(QLabel(tr("Far side")), 0, 3)
        row = 1
        for joint in ("trunk", "neck"):
            grid.addWidget(self._labelled(joint, tr(JOINT_WORDS[joint])), row, 0)
            grid.addWidget(self.boxes[joint], row, 1)
            row += 1
        for part in _ROWS:
            grid.addWidget(self._labelled(f"{part}_near", tr(JOINT_WORDS[part])), row, 0)
            grid.addWidget(self.boxes[f"{part}_near"], row, 1)
            far = self._labelled(f"{part}_far", tr(JOINT_WORDS[part]))
            grid.addWidget(far, row, 2)
            grid.addWidget(self.boxes[f"{part}_far"], row, 3)
            row += 1
        grid.setColumnStretch(4, 1)

    def _labelled(self, joint: str, text: str) -> QLabel:
        box = QDoubleSpinBox()
        low, high = JOINT_LIMITS[joint]
        box.setRange(low, high)
        box.setDecimals(1)
        box.setSingleStep(1.0)
        box.setSuffix("°")
        box.setAccelerated(True)
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        box.setAccessibleName(joint_name(joint))
        box.setToolTip(
            tr("{joint}: {low}° to {high}°").format(
                joint=joint_name(joint), low=f"{low:g}", high=f"{high:g}"
            )
        )
        box.valueChanged.connect(lambda value, joint=joint: self.angle_changed.emit(joint, value))
        box.editingFinished.connect(self.editing_finished)
        box.installEventFilter(self)
        self.boxes[joint] = box
        label = QLabel(text)
        label.setBuddy(box)
        return label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Report the joint whose box takes the focus."""
        if event.type() == QEvent.Type.FocusIn:
            for joint, box in self.boxes.items():
                if box is watched:
                    self.joint_focused.emit(joint)
        return super().eventFilter(watched, event)

    def show_pose(self, pose: Pose) -> None:
        """Show the angles of ``pose``."""
        for joint, box in self.boxes.items():
            if box.value() != pose.angle(joint):
                _blocked(box)
                box.setValue(pose.angle(joint))
                box.blockSignals(False)


class ContactPanel(QWidget):
    """The body point (or two) a keyframe rests on, what each rests on, and where.

    ``contact_changed(contact)`` with the whole new contact after any choice.
    """

    contact_changed = Signal(Contact)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = self._points(with_none=False)
        self.first.setAccessibleName(tr("Resting point"))
        self.first_on = QComboBox()
        self.first_on.setAccessibleName(tr("Resting point is on"))
        self.second = self._points(with_none=True)
        self.second.setAccessibleName(tr("Second resting point"))
        self.second_on = QComboBox()
        self.second_on.setAccessibleName(tr("Second resting point is on"))
        self.along = QDoubleSpinBox()
        self.along.setRange(_AUTO_X, 5.0)
        self.along.setSingleStep(0.05)
        self.along.setDecimals(2)
        self.along.setSpecialValueText(tr("where it falls"))
        self.along.setAccessibleName(tr("Place along the floor"))
        self.along.setToolTip(
            tr("Where along the floor the resting point is (a standing person is 1.75 tall)")
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for text, widget, on in (
            (tr("Rests on its"), self.first, self.first_on),
            (tr("and on its"), self.second, self.second_on),
        ):
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(QLabel(tr("on the")))
            row.addWidget(on, 1)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, row)
        x_label = QLabel(tr("Along the floor at"))
        x_label.setBuddy(self.along)
        form.addRow(x_label, self.along)
        for combo in (self.first, self.first_on, self.second, self.second_on):
            combo.activated.connect(self._report)
        self.along.valueChanged.connect(self._report)

    @staticmethod
    def _points(*, with_none: bool) -> QComboBox:
        combo = QComboBox()
        if with_none:
            combo.addItem(tr("nothing else"), "")
        for point in POINTS:
            combo.addItem(point_name(point), point)
        return combo

    @staticmethod
    def _surfaces(combo: QComboBox, kinds: Sequence[str], chosen: str) -> None:
        combo.clear()
        combo.addItem(tr("floor"), FLOOR)
        for kind in kinds:
            combo.addItem(prop_name(kind), kind)
        if combo.findData(chosen) < 0:
            combo.addItem(prop_name(chosen), chosen)
        combo.setCurrentIndex(combo.findData(chosen))

    def show_contact(self, contact: Contact, kinds: Sequence[str]) -> None:
        """Show ``contact``; ``kinds`` are the props a point can rest on."""
        for widget in (self.first, self.first_on, self.second, self.second_on, self.along):
            _blocked(widget)
        self.first.setCurrentIndex(self.first.findData(contact.points[0]))
        self._surfaces(self.first_on, kinds, contact.on[0])
        two = len(contact.points) == 2
        self.second.setCurrentIndex(self.second.findData(contact.points[1] if two else ""))
        self._surfaces(self.second_on, kinds, contact.on[1] if two else FLOOR)
        self.second_on.setEnabled(two)
        self.along.setValue(_AUTO_X if contact.x is None else contact.x)
        for widget in (self.first, self.first_on, self.second, self.second_on, self.along):
            widget.blockSignals(False)

    def contact(self) -> Contact:
        """Return the contact the choices make."""
        points = [self.first.currentData()]
        on = [self.first_on.currentData()]
        second = self.second.currentData()
        if second and second != points[0]:
            points.append(second)
            on.append(self.second_on.currentData())
        x = None if self.along.value() <= _AUTO_X else round(self.along.value(), 2)
        return Contact(tuple(points), tuple(on), x)

    def _report(self) -> None:
        self.contact_changed.emit(self.contact())


class PropsPanel(QWidget):
    """The props drawn with the figure: a list, a kind to add, and where each stands.

    ``add_asked(kind)``, ``remove_asked(index)`` and ``moved(index, x)``.
    """

    add_asked = Signal(str)
    remove_asked = Signal(int)
    moved = Signal(int, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Props"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of prop to add"))
        for kind in PropKind:
            self.kind.addItem(prop_name(kind.value), kind.value)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setAccessibleName(tr("Add a prop"))
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setAccessibleName(tr("Remove the chosen prop"))
        self.along = QDoubleSpinBox()
        self.along.setRange(-5.0, 5.0)
        self.along.setSingleStep(0.05)
        self.along.setDecimals(2)
        self.along.setAccessibleName(tr("Where the chosen prop stands along the floor"))
        adding = QHBoxLayout()
        adding.addWidget(self.kind, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        place = QHBoxLayout()
        x_label = QLabel(tr("Stands at"))
        x_label.setBuddy(self.along)
        place.addWidget(x_label)
        place.addWidget(self.along, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(place)
        layout.addLayout(adding)
        self.add_button.clicked.connect(lambda: self.add_asked.emit(self.kind.currentData()))
        self.remove_button.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(self._chosen)
        self.along.valueChanged.connect(self._move)
        self._props: tuple[PropEntry, ...] = ()

    def show_props(self, props: tuple[PropEntry, ...]) -> None:
        """Show ``props``, keeping the one chosen where it can."""
        row = self.list.currentRow()
        self._props = props
        _blocked(self.list)
        self.list.clear()
        for prop in props:
            self.list.addItem(
                tr("{prop} at {x}").format(prop=prop_name(prop.kind), x=f"{prop.x:.2f}")
            )
        self.list.setCurrentRow(min(max(row, 0), len(props) - 1) if props else -1)
        self.list.blockSignals(False)
        self._chosen(self.list.currentRow())

    def _chosen(self, row: int) -> None:
        has = 0 <= row < len(self._props)
        self.remove_button.setEnabled(has)
        self.along.setEnabled(has)
        if has and self.along.value() != self._props[row].x:
            _blocked(self.along)
            self.along.setValue(self._props[row].x)
            self.along.blockSignals(False)

    def _remove(self) -> None:
        if self.list.currentRow() >= 0:
            self.remove_asked.emit(self.list.currentRow())

    def _move(self, x: float) -> None:
        if self.list.currentRow() >= 0:
            self.moved.emit(self.list.currentRow(), x)


def _checklist(name: str, items: Iterable[tuple[str, str]]) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    for key, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


class HighlightsPanel(QWidget):
    """The limbs drawn as working and the muscles tinted, as two lists to tick.

    ``working_changed(limbs)`` and ``muscles_changed(muscles)`` with every ticked id.
    """

    working_changed = Signal(list)
    muscles_changed = Signal(list)

    def __init__(self, muscles: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.working = _checklist(
            tr("Limbs drawn as working"), ((limb, tr(LIMB_WORDS[limb])) for limb in LIMBS)
        )
        self.muscles = _checklist(tr("Muscles tinted"), muscles.items())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (tr("Working limbs"), self.working),
            (tr("Tinted muscles"), self.muscles),
        ):
            column = QVBoxLayout()
            label = QLabel(text)
            label.setBuddy(widget)
            column.addWidget(label)
            column.addWidget(widget, 1)
            layout.addLayout(column, 1)
        self.working.itemChanged.connect(
            lambda _item: self.working_changed.emit(self._ticked(self.working))
        )
        self.muscles.itemChanged.connect(
            lambda _item: self.muscles_changed.emit(self._ticked(self.muscles))
        )

    @staticmethod
    def _ticked(widget: QListWidget) -> list[str]:
        return [
            widget.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def _tick(widget: QListWidget, chosen: Iterable[str]) -> None:
        wanted = set(chosen)
        _blocked(widget)
        for row in range(widget.count()):
            item = widget.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        widget.blockSignals(False)

    def show_highlights(self, working: Iterable[str], muscles: Iterable[str]) -> None:
        """Tick ``working`` limbs and ``muscles``."""
        self._tick(self.working, working)
        self._tick(self.muscles, muscles)


def muscle_names(names: Mapping[str, str] | None = None) -> dict[str, str]:
    """Return every muscle region a figure can tint with its name to show.

    ``names`` gives names of one's own for some (by ``Muscle`` value); the
    rest are called what the editor calls them.
    """
    given = dict(names or {})
    return {muscle.value: given.get(muscle.value) or tr(MUSCLE_WORDS[muscle]) for muscle in Muscle}
