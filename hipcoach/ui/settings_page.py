"""The Settings page: movement breaks, sound and start-up, applied as soon as they change.

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

from collections.abc import Callable, Mapping
from dataclasses import replace
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
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

from hipcoach.core.settings import (
    ABSENCE_MINUTES,
    DEFER_CAP_MINUTES,
    INTERVAL_MINUTES,
    SNOOZE_LIMIT,
    SNOOZE_MINUTES,
    WALK_MINUTES,
    GeneralSettings,
    Limits,
    Settings,
    WorkingHours,
)
from hipcoach.ui.accessible import name_by_content
from hipcoach.ui.field_message import FieldMessage
from hipcoach.ui.text import page_title, sized
from hipcoach.ui.translate import QT_TRANSLATE_NOOP
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


def _spin(
    limits: Limits,
    *,
    name: str,
    tooltip: str,
    suffix: str = " min",
    zero_text: str | None = None,
    step: int = 1,
) -> QSpinBox:
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


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _checkbox(text: str, *, name: str, tooltip: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(name)
    box.setToolTip(tooltip)
    return box


def _form() -> QFormLayout:
    form = QFormLayout()
    # Spin boxes keep their size; the composite fields (hours, moves) take the width.
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return form


def _align_label_columns(forms: list[QFormLayout]) -> None:
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


def _subheading(text: str) -> QLabel:
    subheading = QLabel(text)
    sized(subheading, subheading.font().pointSize(), bold=True)
    subheading.setContentsMargins(0, 8, 0, 0)
    return subheading


class SettingsPage(QWidget):
    """Every setting the user can change, applied as soon as it is valid.

    ``exercises`` maps the id of each movement snack to its name; each gets a
    box under "Break moves". ``settings_changed`` fires with the new
    ``Settings`` after each valid change; ``set_settings`` shows other
    settings without firing it. ``confirm_restore`` asks before "Restore
    defaults" and may be replaced (tests answer it directly).
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
        self._forms: list[QFormLayout] = []

        title = page_title(self.tr("Settings"))

        self.notice = self._notice_banner()

        content = QWidget()
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        column.addWidget(self._breaks_group())
        column.addWidget(self._sound_group())
        column.addWidget(self._general_group(autostart_available))
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

        spins = (
            self.interval_spin,
            self.walk_spin,
            self.snooze_spin,
            self.snooze_limit_spin,
            self.absence_spin,
            self.defer_cap_spin,
        )
        width = max(spin.sizeHint().width() for spin in spins)
        for spin in spins:
            spin.setMinimumWidth(width)
        # The wheel scrolls the page; it changes a value only once the control has the focus.
        for wheeled in (*spins, self.volume_slider):
            wheeled.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            wheeled.installEventFilter(self)
        # A text field keeps Ctrl+Z for its own typing; with none to undo, it is the page's.
        for edit in self.hours_editor.day_edits.values():
            edit.installEventFilter(self)
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo)

        _align_label_columns(self._forms)

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

    def _breaks_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Movement breaks"))
        outer = QVBoxLayout(group)
        self.breaks_enabled = _checkbox(
            self.tr("Suggest &movement breaks"),
            name=self.tr("Suggest movement breaks"),
            tooltip=self.tr(
                "Remind you to get up and move after sitting for a while. "
                "Turn off to stop all break reminders; sessions still work."
            ),
        )
        outer.addWidget(self.breaks_enabled)

        # Everything below only matters while breaks are on, so it greys out with them.
        self.break_details = QWidget()
        form = _form()
        self._forms.append(form)
        form.setContentsMargins(0, 0, 0, 0)
        self.break_details.setLayout(form)
        outer.addWidget(self.break_details)

        self.interval_spin = _spin(
            INTERVAL_MINUTES,
            name=self.tr("Sitting time before a break"),
            tooltip=self.tr(
                "How long you may sit before a break is suggested "
                "({low}–{high} minutes). "
                "Getting up or finishing a session starts the count again."
            ).format(low=INTERVAL_MINUTES.low, high=INTERVAL_MINUTES.high),
            suffix=self.tr(" min"),
            step=5,
        )
        form.addRow(
            _label(self.tr("Suggest a break after &sitting for"), self.interval_spin),
            self.interval_spin,
        )

        self.hours_editor = WorkingHoursEditor(self._settings.breaks.working_hours)
        hours_label = _label(self.tr("Working &hours"), self.hours_editor.day_checks["mon"])
        hours_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.hours_editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow(hours_label, self.hours_editor)

        self.moves_box = QVBoxLayout()
        self.moves_box.setSpacing(4)
        self.moves_box.setContentsMargins(0, 0, 0, 0)
        self.move_checks: dict[str, QCheckBox] = {}
        self.moves_label = QLabel(self.tr("Break mo&ves"))
        self.moves_message = FieldMessage(
            self.tr("Breaks take turns suggesting the moves that are on."), lines=2
        )
        self.moves_box.addWidget(self.moves_message)
        for move_id in self._exercises:
            self._add_move_check(move_id)
        moves_field = QWidget()
        moves_field.setLayout(self.moves_box)
        moves_field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.moves_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.moves_label, moves_field)

        self.stretch_per_side = _checkbox(
            self.tr("Stretch &each side in turn"),
            name=self.tr("Stretch each side in turn"),
            tooltip=self.tr(
                "Time the standing stretch for the left and the right side, "
                "with a short switch between them."
            ),
        )
        form.addRow("", self.stretch_per_side)

        self.walk_spin = _spin(
            WALK_MINUTES,
            name=self.tr("Walk length"),
            tooltip=self.tr("How long a walk break lasts ({low}–{high} minutes).").format(
                low=WALK_MINUTES.low, high=WALK_MINUTES.high
            ),
            suffix=self.tr(" min"),
        )
        form.addRow(_label(self.tr("&Walk length"), self.walk_spin), self.walk_spin)

        form.addRow(_subheading(self.tr("Snoozing and time away")))
        self.snooze_spin = _spin(
            SNOOZE_MINUTES,
            name=self.tr("Snooze length"),
            tooltip=self.tr("How long “Snooze” puts a break off ({low}–{high} minutes).").format(
                low=SNOOZE_MINUTES.low, high=SNOOZE_MINUTES.high
            ),
            suffix=self.tr(" min"),
        )
        form.addRow(_label(self.tr("Snooze &length"), self.snooze_spin), self.snooze_spin)

        self.snooze_limit_spin = _spin(
            SNOOZE_LIMIT,
            name=self.tr("Snoozes allowed per break"),
            tooltip=self.tr(
                "How many times one break may be snoozed before “Snooze” is no "
                "longer offered ({low}–{high}; 0 = no snoozing)."
            ).format(low=SNOOZE_LIMIT.low, high=SNOOZE_LIMIT.high),
            suffix="",
            zero_text=self.tr("No snoozing"),
        )
        form.addRow(
            _label(self.tr("Snoozes &allowed per break"), self.snooze_limit_spin),
            self.snooze_limit_spin,
        )

        self.absence_spin = _spin(
            ABSENCE_MINUTES,
            name=self.tr("Absence that counts as a break"),
            tooltip=self.tr(
                "When the computer is idle or locked at least this long, you were "
                "probably up and about: it counts as a break and the sitting time starts "
                "again ({low}–{high} minutes)."
            ).format(low=ABSENCE_MINUTES.low, high=ABSENCE_MINUTES.high),
            suffix=self.tr(" min"),
        )
        absence_row = QHBoxLayout()
        absence_row.setSpacing(8)
        absence_row.addWidget(self.absence_spin)
        absence_row.addWidget(QLabel(self.tr("counts as a break")))
        absence_row.addStretch(1)
        form.addRow(_label(self.tr("An a&bsence of at least"), self.absence_spin), absence_row)

        self.defer_cap_spin = _spin(
            DEFER_CAP_MINUTES,
            name=self.tr("Longest delay in full screen or do-not-disturb"),
            tooltip=self.tr(
                "While a full-screen app (a video call, a presentation) or "
                "do-not-disturb is on, a due break waits, but no longer than this "
                "({low}–{high} minutes; "
                "0 = breaks never wait)."
            ).format(low=DEFER_CAP_MINUTES.low, high=DEFER_CAP_MINUTES.high),
            suffix=self.tr(" min"),
            zero_text=self.tr("Never wait"),
            step=5,
        )
        defer_label = _label(
            self.tr("Full screen or do-not-disturb\nmay &delay a break by"), self.defer_cap_spin
        )
        defer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(defer_label, self.defer_cap_spin)

        self.breaks_enabled.toggled.connect(self._breaks_enabled_toggled)
        self.interval_spin.valueChanged.connect(
            lambda value: self._change_breaks(interval_minutes=value)
        )
        self.hours_editor.hours_changed.connect(self._hours_changed)
        self.stretch_per_side.toggled.connect(lambda on: self._change_breaks(stretch_per_side=on))
        for spin, name in (
            (self.walk_spin, "walk_minutes"),
            (self.snooze_spin, "snooze_minutes"),
            (self.snooze_limit_spin, "snooze_limit"),
            (self.absence_spin, "absence_minutes"),
            (self.defer_cap_spin, "defer_cap_minutes"),
        ):
            spin.valueChanged.connect(lambda value, name=name: self._change_breaks(**{name: value}))
        return group

    def _add_move_check(self, move_id: str) -> QCheckBox:
        name = self._exercises.get(move_id)
        if name is None:
            box = _checkbox(
                self.tr("{move} (not in the library)").format(move=move_id),
                name=self.tr("{move}, not in the library").format(move=move_id),
                tooltip=self.tr(
                    "Your settings name this move, but no loaded exercise has this id "
                    "(was an exercise pack removed?). Uncheck it to stop suggesting it."
                ),
            )
        else:
            box = _checkbox(
                name,
                name=name,
                tooltip=self.tr(
                    "Include “{name}” among the moves that breaks take turns suggesting."
                ).format(name=name),
            )
        # The message stays last, under the boxes.
        self.moves_box.insertWidget(self.moves_box.count() - 1, box)
        box.show()  # at once, not at the layout's next pass: it may get the focus next
        box.toggled.connect(lambda on, move_id=move_id: self._move_toggled(move_id, on))
        self.move_checks[move_id] = box
        if self.moves_label.buddy() is None:
            self.moves_label.setBuddy(box)
        return box

    def _sound_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Sound"))
        form = _form()
        self._forms.append(form)
        group.setLayout(form)
        self.sound_enabled = _checkbox(
            self.tr("Play &cue sounds"),
            name=self.tr("Play cue sounds"),
            tooltip=self.tr(
                "Short sounds for the countdown, halfway, switching sides and the end of a hold."
            ),
        )
        form.addRow(self.sound_enabled)

        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setSingleStep(5)
        self.volume_slider.setPageStep(10)
        self.volume_slider.setMinimumWidth(220)
        self.volume_slider.setMaximumWidth(360)
        # Dragging applies on release; the keys apply at once.
        self.volume_slider.setTracking(False)
        self.volume_slider.setAccessibleName(self.tr("Cue volume"))
        self.volume_slider.setToolTip(self.tr("How loud the cue sounds play, 0 to 100 %"))
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
        self.volume_caption = _label(self.tr("V&olume"), self.volume_slider)
        form.addRow(self.volume_caption, volume_row)

        self.spoken_cues = _checkbox(
            self.tr("S&peak cues aloud"),
            name=self.tr("Speak cues aloud"),
            tooltip=self.tr(
                "Say what comes next (“switch sides”, “last rep”) with the "
                "system's voice, if it has one."
            ),
        )
        form.addRow(self.spoken_cues)

        self.sound_enabled.toggled.connect(self._sound_enabled_toggled)
        self.volume_slider.sliderMoved.connect(self._show_volume)
        self.volume_slider.valueChanged.connect(self._volume_changed)
        self.spoken_cues.toggled.connect(lambda on: self._change_sound(spoken_cues=on))
        return group

    def _general_group(self, autostart_available: bool) -> QGroupBox:
        group = QGroupBox(self.tr("General"))
        form = _form()
        self._forms.append(form)
        group.setLayout(form)
        self.start_at_login = _checkbox(
            self.tr("S&tart hipcoach when I log in"),
            name=self.tr("Start hipcoach when I log in"),
            tooltip=self.tr(
                "Start hipcoach in the background when you log in, so break "
                "reminders run without opening it yourself."
            ),
        )
        if not autostart_available:
            self.start_at_login.setEnabled(False)
            self.start_at_login.setToolTip(self.tr(AUTOSTART_UNAVAILABLE))
            self.start_at_login.setAccessibleDescription(self.tr(AUTOSTART_UNAVAILABLE))
        form.addRow(self.start_at_login)
        if not autostart_available:
            why = QLabel(self.tr(AUTOSTART_UNAVAILABLE))
            why.setWordWrap(True)
            form.addRow(why)
            self.autostart_note: QLabel | None = why
        else:
            self.autostart_note = None
        self.start_at_login.toggled.connect(lambda on: self._change_general(start_at_login=on))
        return group

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
        chain: list[QWidget] = [
            self.notice_dismiss,
            self.breaks_enabled,
            self.interval_spin,
            *self.hours_editor.focus_chain(),
            *self.move_checks.values(),
            self.stretch_per_side,
            self.walk_spin,
            self.snooze_spin,
            self.snooze_limit_spin,
            self.absence_spin,
            self.defer_cap_spin,
            self.sound_enabled,
            self.volume_slider,
            self.spoken_cues,
            self.start_at_login,
            self.undo_button,
            self.restore_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # ------------------------------------------------------------------ public

    @property
    def settings(self) -> Settings:
        """The settings the page shows (invalid working-hours text is not part of them)."""
        return self._settings

    def set_settings(self, settings: Settings) -> None:
        """Show ``settings`` without firing ``settings_changed``; equal settings change nothing.

        Undo still works afterwards if only what the page does not show (the
        routine and its choices) changed; otherwise there is nothing to undo.
        """
        if settings == self._settings:
            return
        if _shown(settings) != _shown(self._settings):
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
        general = self._settings.general
        before = self._undo.pop()
        target = replace(
            before,
            general=replace(before.general, protocol=general.protocol, choices=general.choices),
        )
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
        general = self._settings.general
        return Settings(
            general=replace(GeneralSettings(), protocol=general.protocol, choices=general.choices)
        )

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

    def _show(self, settings: Settings) -> None:
        self._loading = True
        try:
            breaks, sound = settings.breaks, settings.sound
            self.breaks_enabled.setChecked(breaks.enabled)
            self.break_details.setEnabled(breaks.enabled)
            self.interval_spin.setValue(breaks.interval_minutes)
            self.hours_editor.set_hours(breaks.working_hours)
            for move_id in breaks.moves:
                if move_id not in self.move_checks:
                    self._add_move_check(move_id)
                    self._update_tab_order()
            for move_id, box in self.move_checks.items():
                box.setChecked(move_id in breaks.moves)
            self._show_moves_message(None)
            self.stretch_per_side.setChecked(breaks.stretch_per_side)
            self.walk_spin.setValue(breaks.walk_minutes)
            self.snooze_spin.setValue(breaks.snooze_minutes)
            self.snooze_limit_spin.setValue(breaks.snooze_limit)
            self.absence_spin.setValue(breaks.absence_minutes)
            self.defer_cap_spin.setValue(breaks.defer_cap_minutes)
            self.sound_enabled.setChecked(sound.enabled)
            self.volume_slider.setValue(round(sound.volume * 100))
            self._show_volume(self.volume_slider.value())
            self._sound_enabled_toggled(sound.enabled)
            self.spoken_cues.setChecked(sound.spoken_cues)
            self.start_at_login.setChecked(settings.general.start_at_login)
        finally:
            self._loading = False

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

    def _change_breaks(self, **changes: Any) -> None:
        if self._loading:
            return
        self._apply(replace(self._settings, breaks=replace(self._settings.breaks, **changes)))

    def _change_sound(self, **changes: Any) -> None:
        if self._loading:
            return
        self._apply(replace(self._settings, sound=replace(self._settings.sound, **changes)))

    def _change_general(self, **changes: Any) -> None:
        if self._loading:
            return
        self._apply(replace(self._settings, general=replace(self._settings.general, **changes)))

    def _breaks_enabled_toggled(self, on: bool) -> None:
        self.break_details.setEnabled(on)
        self._change_breaks(enabled=on)

    def _hours_changed(self, hours: WorkingHours) -> None:
        self._change_breaks(working_hours=hours)

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
        self._change_breaks(moves=moves)

    def _moves_allowed(self, moves: tuple[str, ...]) -> bool:
        if not moves:
            return False
        # With a library to choose from, at least one move must be one it knows.
        return not self._exercises or any(move in self._exercises for move in moves)

    def _sound_enabled_toggled(self, on: bool) -> None:
        self.volume_slider.setEnabled(on)
        self.volume_label.setEnabled(on)
        self.volume_caption.setEnabled(on)
        self._change_sound(enabled=on)

    def _volume_changed(self, percent: int) -> None:
        self._show_volume(percent)
        self._change_sound(volume=percent / 100)

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


def _shown(settings: Settings) -> tuple[object, ...]:
    """Return the part of ``settings`` the page shows (all but the routine and its choices)."""
    return (settings.breaks, settings.sound, settings.general.start_at_login)


def _typing_to_undo(widget: QObject) -> bool:
    """Return whether ``widget`` (a text field or spin box) has typing of its own to undo."""
    edit = widget.lineEdit() if isinstance(widget, QAbstractSpinBox) else widget
    return isinstance(edit, QLineEdit) and edit.isUndoAvailable()
