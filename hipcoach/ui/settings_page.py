"""The Settings page: movement breaks, sound and start-up, applied as soon as they change.

Its rows come from the settings table (``hipcoach.core.settings.values``):
a group per section, a row per setting the table shows, in the table's
order, ordinary ones (numbers, flags) built by ``setting_rows``; working
hours, break moves and the volume have editors of their own here. They stay
in this module because they share the page's one ``Settings`` value, its
undo and its fixed-place messages.

The page never saves anything itself. Each valid change fires
``settings_changed`` with a whole new ``Settings`` (built from the previous
one, so values the page does not show, like the chosen routine, are kept);
the app saves it and reports problems back through ``show_notice``.

Every change can be undone (Ctrl+Z or the Undo button), one step at a time
back to how the page was opened; an undo is a change like any other and is
saved the same way. A refused input is explained in a caption that keeps its
place, and the notice banner sits under the form, so neither moves the
controls the user is about to click.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.settings import Settings
from hipcoach.core.settings.fields import Place, SettingField, group_fields, settings_sections
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.field_message import FieldMessage
from hipcoach.ui.setting_rows import (
    CheckRow,
    ComboRow,
    EditorRow,
    SettingRow,
    SpinRow,
    align_label_columns,
    buddy_label,
    check_box,
    form_layout,
    setting_row,
    subheading,
)
from hipcoach.ui.text import page_title
from hipcoach.ui.translate import QT_TRANSLATE_NOOP, render
from hipcoach.ui.working_hours_editor import WorkingHoursEditor

#: The widest the form grows; wider lines are hard to read.
CONTENT_MAX_WIDTH = 860
#: How many changes Undo can take back.
UNDO_DEPTH = 50

#: Banner colours (background, border, text), set together so they read in any theme.
_WARNING_COLORS = ("#fff4d6", "#c98a00", "#3d2e00")
_INFO_COLORS = ("#e3f1e6", "#4c8a5a", "#17351f")

#: Why start at login is greyed out (English; shown translated).
AUTOSTART_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "SettingsPage",
    "Not available here: hipcoach found no way to start itself at login on this system "
    "(for example, it runs from a sandbox or the desktop keeps no autostart folder). "
    "You can add hipcoach to your desktop's startup applications yourself.",
)


#: The title of each section's group (the sections themselves come from the settings table).
GROUP_TITLES = {
    "breaks": QT_TRANSLATE_NOOP("SettingsPage", "Movement breaks"),
    "sound": QT_TRANSLATE_NOOP("SettingsPage", "Sound"),
    "general": QT_TRANSLATE_NOOP("SettingsPage", "General"),
}


class SettingsPage(QWidget):
    """Every setting the user can change, applied as soon as it is valid.

    The rows come from the settings table (``settings_fields``): a group per
    section, a row per setting shown, in the table's order; working hours,
    break moves and the volume have editors of their own. ``exercises`` maps
    the id of each movement snack to its name; each gets a box under "Break
    moves". ``settings_changed`` fires with the new ``Settings`` after each
    valid change; ``set_settings`` shows other settings without firing it.
    ``confirm_restore`` asks before "Restore defaults" and may be replaced
    (tests answer it directly). ``control(path)`` is the control of an
    ordinary setting, ``"breaks.interval_minutes"`` for example.
    """

    settings_changed = Signal(Settings)

    def __init__(
        self,
        settings: Settings,
        *,
        exercises: Mapping[str, str],
        autostart_available: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._exercises = dict(exercises)
        self._loading = False
        #: The settings before each change still to undo, the latest last.
        self._undo: list[Settings] = []
        self.confirm_restore: Callable[[], bool] = self._ask_restore
        self._forms: dict[str, QFormLayout] = {}
        #: Every setting's row, in the table's order.
        self._rows: list[SettingRow] = []
        #: The settings the page does not show (the routine and its choices).
        self._unshown: list[SettingField] = []
        #: Of each section with a switch, what the switch greys out.
        self.details: dict[str, QWidget] = {}

        title = page_title(self.tr("Settings"))

        self.notice = self._notice_banner()

        content = QWidget()
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        for section, group in settings_sections(type(settings)):
            column.addWidget(self._group(section, group_fields(group, section)))
        self._general_note(autostart_available)
        self.call_sources_note: QLabel | None = None
        column.addLayout(self._restore_row())
        column.addStretch(1)

        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(content, 1)
        holder_layout.addStretch(0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(holder)

        # The banner comes and goes under the form, so the form does not move.
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.notice)

        spins = [row.spin for row in self._rows if isinstance(row, SpinRow)]
        width = max((spin.sizeHint().width() for spin in spins), default=0)
        for spin in spins:
            spin.setMinimumWidth(width)
        # The wheel scrolls the page; it changes a value only once the control has the focus.
        for row in self._rows:
            for wheeled in row.wheeled():
                wheeled.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                wheeled.installEventFilter(self)
        # A text field keeps Ctrl+Z for its own typing; with none to undo, it is the page's.
        for edit in self.hours_editor.day_edits.values():
            edit.installEventFilter(self)
        # Anywhere in the window while the page shows (also from the section list).
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_shortcut.activated.connect(self.undo)

        align_label_columns(list(self._forms.values()))

        self._show(settings)
        self._update_tab_order()

    # ------------------------------------------------------------------ building

    def _notice_banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("notice")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAccessibleName(self.tr("Notice"))
        row = QHBoxLayout(frame)
        row.setContentsMargins(10, 8, 8, 8)
        self.notice_icon = QLabel()
        self.notice_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name_by_content(self.notice_label, self.tr("Notice"))
        self.notice_dismiss = QPushButton(self.tr("Dismiss"))
        self.notice_dismiss.setAccessibleName(self.tr("Dismiss notice"))
        self.notice_dismiss.setToolTip(self.tr("Hide this notice"))
        self.notice_dismiss.clicked.connect(self.dismiss_notice)
        row.addWidget(self.notice_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.notice_label, 1)
        row.addWidget(self.notice_dismiss, 0, Qt.AlignmentFlag.AlignTop)
        frame.setVisible(False)
        return frame

    def _group(self, section: str, settings: tuple[SettingField, ...]) -> QGroupBox:
        """Return the group of ``section``: a row per setting shown, in the table's order.

        A switch (``Place.SWITCH``) goes above the form and greys out the rest.
        """
        group = QGroupBox(self.tr(GROUP_TITLES.get(section, section)))
        form = form_layout()
        self._forms[section] = form
        rows: list[SettingRow] = []
        for setting in settings:
            if setting.shown is None:
                self._unshown.append(setting)
            else:
                rows.append(self._row(setting))
        self._rows += rows
        switch = next((row for row in rows if row.shown.place is Place.SWITCH), None)
        if isinstance(switch, CheckRow):
            outer = QVBoxLayout(group)
            outer.addWidget(switch.box)
            details = QWidget()
            form.setContentsMargins(0, 0, 0, 0)
            details.setLayout(form)
            outer.addWidget(details)
            self.details[section] = details
        else:
            group.setLayout(form)
        for row in rows:
            if row is switch:
                continue
            if row.shown.heading is not None:
                form.addRow(subheading(render(row.shown.heading)))
            row.add_to(form)
        return group

    def _row(self, setting: SettingField) -> SettingRow:
        """Return the row of ``setting``: the page's own editor, or an ordinary row."""
        editors: dict[str, Callable[[SettingField], SettingRow]] = {
            "breaks.working_hours": self._hours_row,
            "breaks.moves": self._moves_row,
            "sound.volume": self._volume_row,
        }
        editor = editors.get(setting.path)
        return editor(setting) if editor is not None else setting_row(setting, self._change)

    def _hours_row(self, setting: SettingField) -> SettingRow:
        self.hours_editor = WorkingHoursEditor(setting.get(self._settings))
        assert setting.shown is not None
        label = buddy_label(render(setting.shown.label), self.hours_editor.day_checks["mon"])
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.hours_editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hours_editor.hours_changed.connect(lambda hours: self._change(setting, hours))
        return EditorRow(
            setting,
            label=label,
            field=self.hours_editor,
            show=self.hours_editor.set_hours,
            parts=[label, self.hours_editor],
            focus=self.hours_editor.focus_chain,
        )

    def _moves_row(self, setting: SettingField) -> SettingRow:
        assert setting.shown is not None
        self._moves_setting = setting
        self.moves_box = QVBoxLayout()
        self.moves_box.setSpacing(4)
        self.moves_box.setContentsMargins(0, 0, 0, 0)
        self.move_checks: dict[str, QCheckBox] = {}
        self.moves_label = QLabel(render(setting.shown.label))
        hint = "" if setting.shown.help is None else render(setting.shown.help)
        self.moves_message = FieldMessage(hint, lines=2)
        self.moves_box.addWidget(self.moves_message)
        for move_id in self._exercises:
            self._add_move_check(move_id)
        moves_field = QWidget()
        moves_field.setLayout(self.moves_box)
        moves_field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.moves_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return EditorRow(
            setting,
            label=self.moves_label,
            field=moves_field,
            show=self._show_moves,
            parts=[self.moves_label, moves_field],
            focus=lambda: list(self.move_checks.values()),
        )

    def _name_move_check(self, box: QCheckBox, move_id: str) -> None:
        """Show on ``box`` the name of move ``move_id``, or that the library lacks it."""
        name = self._exercises.get(move_id)
        if name is None:
            box.setText(self.tr("{move} (not in the library)").format(move=move_id))
            box.setAccessibleName(self.tr("{move}, not in the library").format(move=move_id))
            box.setToolTip(
                self.tr(
                    "Your settings name this move, but no loaded exercise has this id "
                    "(was an exercise pack removed?). Uncheck it to stop suggesting it."
                )
            )
        else:
            box.setText(name)
            box.setAccessibleName(name)
            box.setToolTip(self.tr("Include “{name}” in movement breaks.").format(name=name))

    def _add_move_check(self, move_id: str) -> QCheckBox:
        box = check_box("", name="", tooltip="")
        self._name_move_check(box, move_id)
        # The message stays last, under the boxes.
        self.moves_box.insertWidget(self.moves_box.count() - 1, box)
        if box.parentWidget() is not None:
            # At once, not at the layout's next pass: it may get the focus next. (While the
            # page is being built the box has no parent yet: shown, it would be a window.)
            box.show()
        box.toggled.connect(lambda on, move_id=move_id: self._move_toggled(move_id, on))
        self.move_checks[move_id] = box
        if self.moves_label.buddy() is None:
            self.moves_label.setBuddy(box)
        return box

    def _volume_row(self, setting: SettingField) -> SettingRow:
        assert setting.shown is not None
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setSingleStep(5)
        self.volume_slider.setPageStep(10)
        self.volume_slider.setMinimumWidth(220)
        self.volume_slider.setMaximumWidth(360)
        # Dragging applies on release; the keys apply at once.
        self.volume_slider.setTracking(False)
        if setting.shown.accessible_name is not None:
            self.volume_slider.setAccessibleName(render(setting.shown.accessible_name))
        if setting.shown.help is not None:
            self.volume_slider.setToolTip(render(setting.shown.help))
        self.volume_label = QLabel()
        name_by_content(self.volume_label, self.tr("Cue volume in percent"))
        self.volume_label.setMinimumWidth(
            self.volume_label.fontMetrics().horizontalAdvance(
                self.tr("{percent} %").format(percent=100)
            )
        )
        self.volume_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume_slider)
        volume_row.addWidget(self.volume_label)
        volume_row.addStretch(1)
        self.volume_caption = buddy_label(render(setting.shown.label), self.volume_slider)
        self.volume_slider.sliderMoved.connect(self._show_volume)
        self.volume_slider.valueChanged.connect(self._volume_changed)
        self._volume_setting = setting
        return EditorRow(
            setting,
            label=self.volume_caption,
            field=volume_row,
            show=self._show_volume_value,
            parts=[self.volume_caption, self.volume_slider, self.volume_label],
            focus=lambda: [self.volume_slider],
            wheeled=[self.volume_slider],
        )

    def _general_note(self, autostart_available: bool) -> None:
        """Grey out start at login, saying why, where hipcoach cannot start itself at login."""
        self.autostart_note: QLabel | None = None
        if autostart_available:
            return
        box = self.check_box("general.start_at_login")
        box.setEnabled(False)
        box.setToolTip(self.tr(AUTOSTART_UNAVAILABLE))
        box.setAccessibleDescription(self.tr(AUTOSTART_UNAVAILABLE))
        why = QLabel(self.tr(AUTOSTART_UNAVAILABLE))
        why.setWordWrap(True)
        self._forms["general"].addRow(why)
        self.autostart_note = why

    def show_call_sources(self, lines: Sequence[str]) -> None:
        """Say under the break settings which call sources work on this machine.

        ``lines`` are plain sentences, one per source (the About dialog's);
        shown again, the note is replaced.
        """
        text = "\n".join(lines)
        if self.call_sources_note is None:
            note = QLabel()
            note.setWordWrap(True)
            name_by_content(note, self.tr("Call sources"))
            self._forms["breaks"].addRow(note)
            self.call_sources_note = note
        self.call_sources_note.setText(text)
        self.call_sources_note.setVisible(bool(text))

    def _restore_row(self) -> QHBoxLayout:
        self.restore_button = QPushButton(self.tr("&Restore defaults…"))
        self.restore_button.setAccessibleName(self.tr("Restore defaults"))
        self.restore_button.setToolTip(
            self.tr(
                "Put every setting on this page back to how hipcoach comes (asks first). "
                "Your routine and exercise choices on the Session page are kept."
            )
        )
        self.restore_button.clicked.connect(self.restore_defaults)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.undo_button.setToolTip(self.tr("Undo the last change on this page (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        self.change_status = QLabel()
        self.change_status.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.change_status)
        row.addStretch(1)
        return row

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [self.notice_dismiss]
        for row in self._rows:
            chain += row.focus_chain()
        chain += [self.undo_button, self.restore_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # ------------------------------------------------------------------ public

    @property
    def settings(self) -> Settings:
        """The settings the page shows (invalid working-hours text is not part of them)."""
        return self._settings

    def control(self, path: str) -> QWidget:
        """Return the control of the ordinary setting at ``path`` (``"sound.enabled"``).

        Raises ``KeyError`` for a setting that is not shown or has an editor
        of its own (those are attributes: ``hours_editor``, ``move_checks``,
        ``volume_slider``).
        """
        for row in self._rows:
            if row.setting.path != path:
                continue
            if isinstance(row, SpinRow):
                return row.spin
            if isinstance(row, CheckRow):
                return row.box
            if isinstance(row, ComboRow):
                return row.combo
        raise KeyError(path)

    def spin_box(self, path: str) -> QSpinBox:
        """Return the spin box of the whole-number setting at ``path``."""
        control = self.control(path)
        if not isinstance(control, QSpinBox):
            raise KeyError(path)
        return control

    def check_box(self, path: str) -> QCheckBox:
        """Return the check box of the flag at ``path``."""
        control = self.control(path)
        if not isinstance(control, QCheckBox):
            raise KeyError(path)
        return control

    def combo_box(self, path: str) -> QComboBox:
        """Return the drop-down list of the choice at ``path``."""
        control = self.control(path)
        if not isinstance(control, QComboBox):
            raise KeyError(path)
        return control

    def set_settings(self, settings: Settings) -> None:
        """Show ``settings`` without firing ``settings_changed``; equal settings change nothing.

        Undo still works afterwards if only what the page does not show (the
        routine and its choices) changed; otherwise there is nothing to undo.
        """
        if settings == self._settings:
            return
        if self._shown(settings) != self._shown(self._settings):
            self._forget_undo()
        self._settings = settings
        self._show(settings)

    @property
    def can_undo(self) -> bool:
        """Whether there is a change to undo."""
        return bool(self._undo)

    def undo(self) -> bool:
        """Take back the last change: show and emit the settings before it.

        Returns whether there was a change to take back. The routine and its
        choices are not the page's: they stay as they are now.
        """
        if not self._undo:
            return False
        target = self._keeping_unshown(self._undo.pop())
        self._settings = target
        self._show(target)
        self._show_undo_state()
        self._say(self.tr("Last change undone."))
        self.settings_changed.emit(target)
        return True

    def show_notice(self, text: str, *, warning: bool = True) -> None:
        """Show ``text`` in the banner at the top until dismissed (replacing any earlier one)."""
        background, border, text_color = _WARNING_COLORS if warning else _INFO_COLORS
        self.notice.setStyleSheet(
            f"QFrame#notice {{ background: {background}; border: 1px solid {border}; "
            "border-radius: 4px; } "
            f"QFrame#notice QLabel {{ background: transparent; color: {text_color}; }}"
        )
        icon = "⚠" if warning else "ℹ"
        self.notice_icon.setText(icon)
        self.notice_label.setText(text)
        self.notice.setAccessibleDescription(text)
        self.notice.setVisible(True)

    def dismiss_notice(self) -> None:
        """Hide the banner."""
        self.notice.setVisible(False)
        self.notice_label.clear()

    @property
    def notice_text(self) -> str | None:
        """The text in the banner, or ``None`` when none is shown."""
        return self.notice_label.text() if self.notice.isVisibleTo(self) else None

    def defaults(self) -> Settings:
        """Return what "Restore defaults" brings: defaults, keeping the routine and its choices."""
        return self._keeping_unshown(type(self._settings)())

    def restore_defaults(self) -> bool:
        """Ask, then show and emit the defaults; return whether they were restored (Undo
        brings back what was there before)."""
        target = self.defaults()
        if target == self._settings and not self.hours_editor.errors():
            self._say(self.tr("These are already the defaults."))
            return False
        if not self.confirm_restore():
            return False
        before = self._settings
        self._show(target)
        if target != before:
            self._apply(target)
        self._say(self.tr("Defaults restored."))
        return True

    # ------------------------------------------------------------------ showing

    def _shown(self, settings: Settings) -> tuple[object, ...]:
        """Return the part of ``settings`` the page shows (all but the routine and its choices)."""
        return tuple(row.setting.get(settings) for row in self._rows)

    def _keeping_unshown(self, settings: Settings) -> Settings:
        """Return ``settings`` with what the page does not show as it is now."""
        for setting in self._unshown:
            settings = setting.set(settings, setting.get(self._settings))
        return settings

    def _show(self, settings: Settings) -> None:
        self._loading = True
        try:
            for row in self._rows:
                row.show_value(row.setting.get(settings))
            self._show_enabled(settings)
        finally:
            self._loading = False

    def _show_enabled(self, settings: Settings) -> None:
        """Grey out what a switch that is off turns off, and each row whose flag is off."""
        for row in self._rows:
            shown, section = row.shown, row.setting.section
            if shown.place is Place.SWITCH and section in self.details:
                self.details[section].setEnabled(row.setting.get(settings))
            if shown.needs is not None:
                group = getattr(settings, section)
                row.set_enabled(getattr(group, shown.needs))

    def set_exercises(self, exercises: Mapping[str, str]) -> None:
        """Offer the movement snacks of a new library (id → name) as break moves.

        A move that is new gets its box (ticked if the settings already name
        it); the boxes of moves still named in the settings stay, marked
        "not in the library" when their exercise is gone.
        """
        self._exercises = dict(exercises)
        chosen = self.settings.breaks.moves
        for move_id in [*self._exercises, *chosen]:
            if move_id not in self.move_checks:
                box = self._add_move_check(move_id)
                box.blockSignals(True)
                box.setChecked(move_id in chosen)
                box.blockSignals(False)
        for move_id, box in list(self.move_checks.items()):
            if move_id not in self._exercises and move_id not in chosen:
                self.moves_box.removeWidget(box)
                box.deleteLater()
                del self.move_checks[move_id]
            else:
                self._name_move_check(box, move_id)
        first = next(iter(self.move_checks.values()), None)
        if first is not None and self.moves_label.buddy() not in self.move_checks.values():
            self.moves_label.setBuddy(first)
        self._update_tab_order()

    def _show_moves(self, moves: tuple[str, ...]) -> None:
        for move_id in moves:
            if move_id not in self.move_checks:
                self._add_move_check(move_id)
                self._update_tab_order()
        for move_id, box in self.move_checks.items():
            box.setChecked(move_id in moves)
        self._show_moves_message(None)

    def _show_volume_value(self, volume: float) -> None:
        self.volume_slider.setValue(round(volume * 100))
        self._show_volume(self.volume_slider.value())

    def _show_volume(self, percent: int) -> None:
        self.volume_label.setText(self.tr("{percent} %").format(percent=percent))

    def _show_moves_message(self, message: str | None) -> None:
        self.moves_message.show_problem(message)

    def _say(self, text: str) -> None:
        self.change_status.setText(text)
        self.change_status.setAccessibleName(text)
        self.change_status.setVisible(True)

    def _show_undo_state(self) -> None:
        self.undo_button.setEnabled(bool(self._undo))

    # ------------------------------------------------------------------ changes

    def _apply(self, settings: Settings) -> None:
        if settings == self._settings:
            return
        self._undo.append(self._settings)
        del self._undo[:-UNDO_DEPTH]
        self._settings = settings
        self._show_undo_state()
        self.change_status.setVisible(False)
        self.settings_changed.emit(settings)

    def _forget_undo(self) -> None:
        self._undo.clear()
        self._show_undo_state()
        self.change_status.setVisible(False)

    def _change(self, setting: SettingField, value: Any) -> None:
        """Apply ``setting`` changed to ``value`` by its control (not while showing settings)."""
        if self._loading:
            return
        self._apply(setting.set(self._settings, value))
        self._show_enabled(self._settings)

    def _move_toggled(self, move_id: str, on: bool) -> None:
        if self._loading:
            return
        current = self._settings.breaks.moves
        if on:
            moves = current if move_id in current else (*current, move_id)
        else:
            moves = tuple(move for move in current if move != move_id)
        if not self._moves_allowed(moves):
            box = self.move_checks[move_id]
            with QSignalBlocker(box):
                box.setChecked(True)
            self._show_moves_message(
                self.tr(
                    "Not applied: keep at least one break move on, so a break has something"
                    " to suggest."
                )
            )
            return
        self._show_moves_message(None)
        self._change(self._moves_setting, moves)

    def _moves_allowed(self, moves: tuple[str, ...]) -> bool:
        if not moves:
            return False
        # With a library to choose from, at least one move must be one it knows.
        return not self._exercises or any(move in self._exercises for move in moves)

    def _volume_changed(self, percent: int) -> None:
        self._show_volume(percent)
        self._change(self._volume_setting, percent / 100)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Pass the wheel over an unfocused spin box or slider on to the page, to scroll it;
        leave Ctrl+Z to the page's undo in a field with no typing of its own to undo."""
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()
            return True
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not _typing_to_undo(watched)
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ asking

    def _ask_restore(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore defaults"),
            self.tr(
                "Put every setting on this page back to how hipcoach comes?\n\n"
                "Your routine and exercise choices on the Session page are kept. "
                "You can undo this right afterwards."
            ),
            QMessageBox.StandardButton.RestoreDefaults | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.RestoreDefaults


def _typing_to_undo(widget: QObject) -> bool:
    """Return whether ``widget`` (a text field or spin box) has typing of its own to undo."""
    edit = widget.lineEdit() if isinstance(widget, QAbstractSpinBox) else widget
    return isinstance(edit, QLineEdit) and edit.isUndoAvailable()
