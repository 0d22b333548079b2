"""The Settings page, driven through its widgets: every change applies at once, or is refused."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hipcoach.core.clock import ManualClock
from hipcoach.core.settings import (
    BreakSettings,
    BreakStyle,
    GeneralSettings,
    Settings,
    SettingsStore,
    SoundSettings,
    TimeRange,
    WorkingHours,
)
from hipcoach.platform import PieceStatus
from hipcoach.ui.about_dialog import call_source_lines
from hipcoach.ui.settings_page import SettingsPage
from tests.a11y_checks import accessible_name

SNACKS = {
    "standing-hip-flexor-stretch": "Standing hip flexor stretch",
    "standing-glute-squeezes": "Standing glute squeezes",
    "walk-break": "Walk break",
}
DEFAULT = Settings()


def _range(start: str, end: str) -> TimeRange:
    return TimeRange(time.fromisoformat(start), time.fromisoformat(end))


def _make_page(
    qtbot: QtBot, settings: Settings = DEFAULT, *, autostart_available: bool = True
) -> SettingsPage:
    widget = SettingsPage(settings, exercises=SNACKS, autostart_available=autostart_available)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def page(qtbot: QtBot) -> SettingsPage:
    return _make_page(qtbot)


@pytest.fixture
def emitted(page: SettingsPage) -> list[Settings]:
    """Every ``Settings`` the page fires, in order."""
    seen: list[Settings] = []
    page.settings_changed.connect(seen.append)
    return seen


def _breaks(**changes: Any) -> Settings:
    return replace(DEFAULT, breaks=replace(DEFAULT.breaks, **changes))


def _hours(**days: tuple[TimeRange, ...]) -> WorkingHours:
    hours = WorkingHours()
    for day, ranges in days.items():
        hours = hours.with_day(day, ranges)
    return hours


def _type_hours(qtbot: QtBot, edit: QLineEdit, text: str, *, commit: bool = True) -> None:
    """Replace the field's text by typing, as a user would; Enter commits it."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    if commit:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def _choose(qtbot: QtBot, combo: QComboBox, index: int) -> None:
    """Pick item ``index`` of ``combo`` with the keyboard, as a user would."""
    combo.setFocus()
    while combo.currentIndex() < index:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


Change = Callable[[SettingsPage, QtBot], None]

CHANGES: list[tuple[str, Change, Settings]] = [
    (
        "breaks off",
        lambda p, _: p.check_box("breaks.enabled").setChecked(False),
        _breaks(enabled=False),
    ),
    (
        "interval",
        lambda p, _: p.spin_box("breaks.interval_minutes").setValue(45),
        _breaks(interval_minutes=45),
    ),
    (
        "saturday on copies the first day's hours",
        lambda p, _: p.hours_editor.day_checks["sat"].click(),
        _breaks(working_hours=_hours(sat=(_range("09:00", "17:00"),))),
    ),
    (
        "friday off keeps its hours",
        lambda p, _: p.hours_editor.day_checks["fri"].click(),
        _breaks(working_hours=WorkingHours().turned_off("fri")),
    ),
    (
        "monday typed",
        lambda p, bot: _type_hours(bot, p.hours_editor.day_edits["mon"], "13:30-17:00, 8:00-12:30"),
        _breaks(working_hours=_hours(mon=(_range("08:00", "12:30"), _range("13:30", "17:00")))),
    ),
    (
        "one move per break",
        lambda p, bot: _choose(bot, p.combo_box("breaks.style"), 1),
        _breaks(style=BreakStyle.ROTATION),
    ),
    (
        "walk break off",
        lambda p, _: p.move_checks["walk-break"].click(),
        _breaks(moves=("standing-hip-flexor-stretch", "standing-glute-squeezes")),
    ),
    (
        "stretch per side off",
        lambda p, _: p.check_box("breaks.stretch_per_side").click(),
        _breaks(stretch_per_side=False),
    ),
    (
        "walk length",
        lambda p, _: p.spin_box("breaks.walk_minutes").setValue(5),
        _breaks(walk_minutes=5),
    ),
    (
        "snooze length",
        lambda p, _: p.spin_box("breaks.snooze_minutes").setValue(10),
        _breaks(snooze_minutes=10),
    ),
    (
        "snooze limit",
        lambda p, _: p.spin_box("breaks.snooze_limit").setValue(0),
        _breaks(snooze_limit=0),
    ),
    (
        "absence",
        lambda p, _: p.spin_box("breaks.absence_minutes").setValue(7),
        _breaks(absence_minutes=7),
    ),
    (
        "deferral cap",
        lambda p, _: p.spin_box("breaks.defer_cap_minutes").setValue(0),
        _breaks(defer_cap_minutes=0),
    ),
    (
        "call hold",
        lambda p, _: p.spin_box("breaks.call_hold_minutes").setValue(0),
        _breaks(call_hold_minutes=0),
    ),
    (
        "cue sounds off",
        lambda p, _: p.check_box("sound.enabled").click(),
        replace(DEFAULT, sound=SoundSettings(enabled=False)),
    ),
    (
        "volume",
        lambda p, _: p.volume_slider.setValue(35),
        replace(DEFAULT, sound=SoundSettings(volume=0.35)),
    ),
    (
        "spoken cues on",
        lambda p, _: p.check_box("sound.spoken_cues").click(),
        replace(DEFAULT, sound=SoundSettings(spoken_cues=True)),
    ),
    (
        "start at login",
        lambda p, _: p.check_box("general.start_at_login").click(),
        replace(DEFAULT, general=GeneralSettings(start_at_login=True)),
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES]
)
def test_each_control_changes_exactly_its_field(
    qtbot: QtBot,
    page: SettingsPage,
    emitted: list[Settings],
    change: Change,
    expected: Settings,
) -> None:
    assert expected != DEFAULT
    change(page, qtbot)
    assert emitted == [expected]
    assert page.settings == expected


def test_every_field_of_the_settings_has_a_row_in_the_table() -> None:
    changed: set[str] = set()
    for _name, _change, expected in CHANGES:
        for section in ("breaks", "sound", "general"):
            before, after = getattr(DEFAULT, section), getattr(expected, section)
            changed |= {
                f"{section}.{field}"
                for field in vars(before)
                if getattr(before, field) != getattr(after, field)
            }
    shown = {f"breaks.{field}" for field in vars(BreakSettings())}
    shown |= {f"sound.{field}" for field in vars(SoundSettings())}
    shown |= {"general.start_at_login"}
    assert changed == shown


def test_the_call_hold_row_names_itself_and_shows_never_hold_for_zero(qtbot: QtBot) -> None:
    page = _make_page(qtbot, _breaks(call_hold_minutes=0))
    spin = page.spin_box("breaks.call_hold_minutes")
    assert spin.accessibleName() == "Longest hold during calls"
    assert (spin.minimum(), spin.maximum(), spin.suffix()) == (0, 240, " min")
    assert spin.text() == "Never hold"
    spin.setValue(90)
    assert spin.text() == "90 min"
    assert page.settings.breaks.call_hold_minutes == 90


def test_keyboard_changes_apply(qtbot: QtBot, page: SettingsPage, emitted: list[Settings]) -> None:
    page.spin_box("breaks.interval_minutes").setFocus()
    qtbot.keyClick(page.spin_box("breaks.interval_minutes"), Qt.Key.Key_Up)
    assert emitted[-1] == _breaks(interval_minutes=65)
    # Typed digits apply once, on Enter, not digit by digit.
    page.spin_box("breaks.snooze_minutes").setFocus()
    page.spin_box("breaks.snooze_minutes").selectAll()
    qtbot.keyClicks(page.spin_box("breaks.snooze_minutes"), "15")
    assert len(emitted) == 1
    qtbot.keyClick(page.spin_box("breaks.snooze_minutes"), Qt.Key.Key_Return)
    assert emitted[-1] == _breaks(interval_minutes=65, snooze_minutes=15)
    page.volume_slider.setFocus()
    qtbot.keyClick(page.volume_slider, Qt.Key.Key_Left)
    assert emitted[-1].sound.volume == pytest.approx(0.65)
    assert page.volume_label.text() == "65 %"
    page.check_box("sound.spoken_cues").setFocus()
    qtbot.keyClick(page.check_box("sound.spoken_cues"), Qt.Key.Key_Space)
    assert emitted[-1].sound.spoken_cues is True
    assert len(emitted) == 4


def test_mnemonics_move_the_focus(qtbot: QtBot, page: SettingsPage) -> None:
    page.check_box("breaks.enabled").setFocus()
    qtbot.keyClick(page.check_box("breaks.enabled"), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert page.focusWidget() is page.spin_box("breaks.walk_minutes")
    qtbot.keyClick(
        page.spin_box("breaks.walk_minutes"), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier
    )
    assert page.focusWidget() is page.hours_editor.day_checks["mon"]


def test_set_settings_shows_them_without_emitting(qtbot: QtBot, page: SettingsPage) -> None:
    other = Settings(
        breaks=BreakSettings(
            interval_minutes=90,
            working_hours=_hours(
                mon=(_range("07:00", "11:00"), _range("12:00", "15:00")),
                tue=(),
                sun=(_range("10:00", "12:00"),),
            ),
            moves=("walk-break",),
            stretch_per_side=False,
            walk_minutes=4,
            snooze_minutes=20,
            snooze_limit=1,
            absence_minutes=10,
            defer_cap_minutes=60,
            call_hold_minutes=15,
            enabled=False,
        ),
        sound=SoundSettings(enabled=False, volume=0.25, spoken_cues=True),
        general=GeneralSettings(start_at_login=True),
    )
    with qtbot.assertNotEmitted(page.settings_changed):
        page.set_settings(other)
        page.set_settings(other)
    assert page.settings == other
    assert not page.check_box("breaks.enabled").isChecked()
    assert not page.details["breaks"].isEnabled()
    assert page.spin_box("breaks.interval_minutes").value() == 90
    assert page.hours_editor.day_edits["mon"].text() == "07:00-11:00, 12:00-15:00"
    assert page.hours_editor.day_checks["sun"].isChecked()
    assert not page.hours_editor.day_checks["tue"].isChecked()
    assert not page.hours_editor.day_edits["tue"].isEnabled()
    assert [m for m, box in page.move_checks.items() if box.isChecked()] == ["walk-break"]
    assert (
        page.spin_box("breaks.walk_minutes").value(),
        page.spin_box("breaks.snooze_minutes").value(),
    ) == (4, 20)
    assert (
        page.spin_box("breaks.snooze_limit").value(),
        page.spin_box("breaks.absence_minutes").value(),
    ) == (1, 10)
    assert page.spin_box("breaks.defer_cap_minutes").value() == 60
    assert page.spin_box("breaks.call_hold_minutes").value() == 15
    assert not page.check_box("sound.enabled").isChecked()
    assert not page.volume_slider.isEnabled()
    assert page.volume_label.text() == "25 %"
    assert page.check_box("sound.spoken_cues").isChecked()
    assert page.check_box("general.start_at_login").isChecked()


BAD_HOURS = [
    ("9-17", '"9-17" is not a time range like "09:00-17:00"'),
    ("17:00-09:00", '"17:00-09:00" ends before it starts'),
    ("09:00-12:00, 11:00-13:00", '"09:00-12:00" and "11:00-13:00" overlap'),
    ("09:00-12:00 13:00-17:00", "separate two ranges with a comma"),
    ("25:00-26:00", "has a time that does not exist"),
    (" , ", "turn Monday off"),
]


@pytest.mark.parametrize(("text", "message"), BAD_HOURS)
def test_invalid_working_hours_are_refused_until_fixed(
    qtbot: QtBot, page: SettingsPage, emitted: list[Settings], text: str, message: str
) -> None:
    editor = page.hours_editor
    edit, error = editor.day_edits["mon"], editor.message
    _type_hours(qtbot, edit, text)
    assert emitted == []
    assert page.settings == DEFAULT
    assert error.problem is not None
    assert error.text().startswith("⚠ Monday: not applied: ")
    assert message in error.text()
    assert error.accessibleName() == error.text()
    assert message in edit.accessibleDescription()
    assert "border" in edit.styleSheet()
    assert edit.text() == text  # the user's text stays, to be fixed
    assert message in editor.errors()["mon"]

    # Other settings still apply while Monday is being fixed.
    page.spin_box("breaks.walk_minutes").setValue(4)
    assert emitted == [_breaks(walk_minutes=4)]

    # While typing the fix, the message keeps up and nothing applies before Enter.
    _type_hours(qtbot, edit, "08:30-16:30", commit=False)
    assert not error.problem
    assert "24-hour clock" in error.text()  # the hint is back
    assert edit.styleSheet() == ""
    assert edit.accessibleDescription() == ""
    assert len(emitted) == 1
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert emitted[-1] == _breaks(
        walk_minutes=4, working_hours=_hours(mon=(_range("08:30", "16:30"),))
    )
    assert editor.errors() == {}


def test_half_typed_hours_are_not_applied_and_a_red_field_keeps_up(
    qtbot: QtBot, page: SettingsPage, emitted: list[Settings]
) -> None:
    edit, error = page.hours_editor.day_edits["tue"], page.hours_editor.message
    _type_hours(qtbot, edit, "09:00-12:00, 13:00-17:00", commit=False)
    assert emitted == []  # "09:00-12:00" on the way was valid, but was never applied
    assert error.problem is None  # no scolding while typing
    _type_hours(qtbot, edit, "13:00-12:00")
    assert "ends before it starts" in error.text()
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # "13:00-12:0": still wrong, differently
    assert "is not a time range" in error.text()
    assert emitted == []


def test_leaving_the_field_commits_and_tidies_the_text(
    qtbot: QtBot, page: SettingsPage, emitted: list[Settings]
) -> None:
    edit = page.hours_editor.day_edits["wed"]
    _type_hours(qtbot, edit, "14:00 - 18:00;8:00-12:00", commit=False)
    page.spin_box("breaks.interval_minutes").setFocus()  # Tab away, as a user would
    assert emitted[0] == _breaks(
        working_hours=_hours(wed=(_range("08:00", "12:00"), _range("14:00", "18:00")))
    )
    assert edit.text() == "08:00-12:00, 14:00-18:00"


def test_turning_a_red_day_off_clears_the_message_and_applies(
    qtbot: QtBot, page: SettingsPage, emitted: list[Settings]
) -> None:
    editor = page.hours_editor
    _type_hours(qtbot, editor.day_edits["thu"], "nonsense")
    assert editor.message.problem is not None
    editor.day_checks["thu"].click()
    assert not editor.message.problem
    # Off, the day keeps the last hours that were valid.
    assert emitted == [_breaks(working_hours=WorkingHours().turned_off("thu"))]
    # Turning it back on brings back the text it had, which is still wrong.
    editor.day_checks["thu"].click()
    assert editor.day_edits["thu"].text() == "nonsense"
    assert "Thursday" in (editor.message.problem or "")
    assert len(emitted) == 1


def test_the_last_break_move_cannot_be_unchecked(
    page: SettingsPage, emitted: list[Settings]
) -> None:
    page.move_checks["standing-glute-squeezes"].click()
    page.move_checks["walk-break"].click()
    assert emitted[-1].breaks.moves == ("standing-hip-flexor-stretch",)
    last = page.move_checks["standing-hip-flexor-stretch"]
    last.click()
    assert last.isChecked()
    assert len(emitted) == 2
    assert "at least one break move" in (page.moves_message.problem or "")
    assert "at least one break move" in page.moves_message.text()
    assert page.settings.breaks.moves == ("standing-hip-flexor-stretch",)
    page.move_checks["walk-break"].click()
    assert page.moves_message.problem is None
    assert emitted[-1] == _breaks(moves=("standing-hip-flexor-stretch", "walk-break"))


def test_a_move_the_library_lacks_is_shown_and_can_be_removed(qtbot: QtBot) -> None:
    settings = _breaks(moves=("old-pack-move", "walk-break"))
    page = _make_page(qtbot)
    page.set_settings(settings)  # e.g. settings loaded after a pack was removed
    emitted: list[Settings] = []
    page.settings_changed.connect(emitted.append)
    box = page.move_checks["old-pack-move"]
    assert box.isChecked()
    assert "not in the library" in box.text()
    assert box.accessibleName()
    # It takes its place in the tab order, after the library's moves.
    page.move_checks["walk-break"].setFocus()
    qtbot.keyClick(page.move_checks["walk-break"], Qt.Key.Key_Tab)
    assert page.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.check_box("breaks.stretch_per_side")
    box.click()
    assert emitted == [_breaks(moves=("walk-break",))]


def test_restore_defaults_asks_then_undo_brings_back(qtbot: QtBot) -> None:
    mine = Settings(
        breaks=BreakSettings(interval_minutes=45, moves=("walk-break",)),
        sound=SoundSettings(volume=0.3),
        general=GeneralSettings(protocol="gentle", choices={"daily/stretch": "couch-stretch"}),
    )
    page = _make_page(qtbot, mine)
    emitted: list[Settings] = []
    page.settings_changed.connect(emitted.append)
    asked: list[bool] = []

    def refuse() -> bool:
        asked.append(False)
        return False

    page.confirm_restore = refuse
    page.restore_button.click()
    assert asked == [False]
    assert emitted == []
    assert page.spin_box("breaks.interval_minutes").value() == 45

    page.confirm_restore = lambda: True
    page.restore_button.click()
    # The routine and its choices belong to the Session page and are kept.
    restored = Settings(general=GeneralSettings(protocol="gentle", choices=mine.general.choices))
    assert emitted == [restored]
    assert page.spin_box("breaks.interval_minutes").value() == 60
    assert page.volume_label.text() == "70 %"
    assert all(box.isChecked() for box in page.move_checks.values())
    assert page.undo_button.isEnabled()
    assert page.change_status.text() == "Defaults restored."

    page.undo_button.click()
    assert emitted == [restored, mine]
    assert page.settings == mine
    assert page.spin_box("breaks.interval_minutes").value() == 45
    assert page.volume_label.text() == "30 %"
    assert not page.undo_button.isEnabled()


def test_undo_steps_back_through_changes_and_restoring(qtbot: QtBot) -> None:
    page = _make_page(qtbot, _breaks(interval_minutes=30))
    emitted: list[Settings] = []
    page.settings_changed.connect(emitted.append)
    page.confirm_restore = lambda: True
    page.restore_button.click()
    page.spin_box("breaks.walk_minutes").setValue(2)
    assert emitted == [DEFAULT, _breaks(walk_minutes=2)]
    page.undo_button.click()
    assert emitted[-1] == DEFAULT
    assert page.spin_box("breaks.walk_minutes").value() == 3
    page.undo_button.click()
    assert emitted[-1] == _breaks(interval_minutes=30)
    assert page.spin_box("breaks.interval_minutes").value() == 30
    assert not page.undo()


def test_restore_with_nothing_to_restore_says_so(page: SettingsPage) -> None:
    page.confirm_restore = lambda: pytest.fail("nothing to restore, so nothing to ask")
    with_signal: list[Settings] = []
    page.settings_changed.connect(with_signal.append)
    assert not page.restore_defaults()
    assert with_signal == []
    assert "already the defaults" in page.change_status.text()


def test_start_at_login_is_disabled_with_a_reason_when_unavailable(qtbot: QtBot) -> None:
    page = _make_page(
        qtbot,
        replace(DEFAULT, general=GeneralSettings(start_at_login=True)),
        autostart_available=False,
    )
    assert not page.check_box("general.start_at_login").isEnabled()
    assert page.check_box("general.start_at_login").isChecked()
    assert "Not available" in page.check_box("general.start_at_login").toolTip()
    assert page.autostart_note is not None
    assert page.autostart_note.isVisible()


def test_start_at_login_is_enabled_when_available(page: SettingsPage) -> None:
    assert page.check_box("general.start_at_login").isEnabled()
    assert page.autostart_note is None


def test_turning_breaks_or_sounds_off_greys_out_their_details(page: SettingsPage) -> None:
    page.check_box("breaks.enabled").click()
    assert not page.spin_box("breaks.interval_minutes").isEnabled()
    assert not page.hours_editor.day_edits["mon"].isEnabled()
    page.check_box("breaks.enabled").click()
    assert page.spin_box("breaks.interval_minutes").isEnabled()
    page.check_box("sound.enabled").click()
    assert not page.volume_slider.isEnabled()
    assert page.check_box("sound.spoken_cues").isEnabled()


def _inputs(page: SettingsPage) -> list[QWidget]:
    """Every control a user can operate, without the parts Qt builds inside others."""
    kinds = (QAbstractButton, QAbstractSpinBox, QLineEdit, QAbstractSlider)
    return [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, kinds)
        and not isinstance(widget, QScrollBar)
        and not isinstance(widget.parentWidget(), QAbstractSpinBox)
    ]


def test_every_input_has_an_accessible_name_and_a_tooltip(page: SettingsPage) -> None:
    inputs = _inputs(page)
    # 7 spin boxes, 7 days x 2, 3 moves, 5 other boxes, the slider, 3 buttons.
    assert len(inputs) == 33
    for widget in inputs:
        assert widget.accessibleName(), widget
        assert widget.toolTip(), widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.accessibleName()


def test_tab_visits_every_enabled_input_in_reading_order(qtbot: QtBot, page: SettingsPage) -> None:
    editor = page.hours_editor
    expected: list[QWidget] = [
        page.check_box("breaks.enabled"),
        page.spin_box("breaks.interval_minutes"),
    ]
    for day in ("mon", "tue", "wed", "thu", "fri"):
        expected += [editor.day_checks[day], editor.day_edits[day]]
    expected += [editor.day_checks["sat"], editor.day_checks["sun"]]  # their hours are off
    expected += [
        page.combo_box("breaks.style"),
        *page.move_checks.values(),
        page.check_box("breaks.stretch_per_side"),
        page.spin_box("breaks.walk_minutes"),
    ]
    expected += [
        page.spin_box("breaks.snooze_minutes"),
        page.spin_box("breaks.snooze_limit"),
        page.spin_box("breaks.absence_minutes"),
    ]
    expected += [
        page.spin_box("breaks.defer_cap_minutes"),
        page.spin_box("breaks.call_hold_minutes"),
        page.check_box("sound.enabled"),
        page.volume_slider,
    ]
    expected += [
        page.check_box("sound.spoken_cues"),
        page.check_box("general.start_at_login"),
        page.restore_button,
    ]
    page.check_box("breaks.enabled").setFocus()
    seen: list[QWidget | None] = [page.focusWidget()]
    for _ in range(len(expected) - 1):
        focused = page.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focus = page.focusWidget()
        # A spin box's inner line edit would stand for the spin box.
        parent = focus.parentWidget() if focus is not None else None
        seen.append(parent if isinstance(parent, QAbstractSpinBox) else focus)
    assert seen == expected


def _wheel_up(widget: QWidget) -> bool:
    """Turn the wheel over ``widget``; return whether it took the event."""
    center = QPointF(widget.rect().center())
    event = QWheelEvent(
        center,
        QPointF(widget.mapToGlobal(center)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_over_an_unfocused_control_is_left_to_scroll_the_page(
    qtbot: QtBot, page: SettingsPage, emitted: list[Settings]
) -> None:
    page.restore_button.setFocus()
    for control in (
        page.spin_box("breaks.interval_minutes"),
        page.spin_box("breaks.defer_cap_minutes"),
        page.volume_slider,
    ):
        # Not taken, so Qt hands a real wheel event on to the scroll area.
        assert not _wheel_up(control)
    assert emitted == []

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.spin_box("breaks.defer_cap_minutes").setFocus()
    assert _wheel_up(page.spin_box("breaks.defer_cap_minutes"))
    assert emitted == [_breaks(defer_cap_minutes=35)]


def test_notice_banner_shows_and_dismisses(qtbot: QtBot, page: SettingsPage) -> None:
    assert not page.notice.isVisible()
    text = "Your settings file could not be read. It was moved to /tmp/x.corrupt-1."
    page.show_notice(text)
    assert page.notice.isVisible()
    assert page.notice_text == text
    page.show_notice("Settings saved.", warning=False)
    assert page.notice_text == "Settings saved."
    page.notice_dismiss.setFocus()
    qtbot.keyClick(page.notice_dismiss, Qt.Key.Key_Space)
    assert not page.notice.isVisible()
    assert page.notice_text is None


def test_settings_survive_a_restart_through_the_store(qtbot: QtBot, tmp_path: Path) -> None:
    clock = ManualClock()
    store = SettingsStore(tmp_path / "settings.toml", clock=clock)
    loaded = store.load()
    assert loaded.notice is None
    page = _make_page(qtbot, loaded.settings)
    saves: list[bool] = []
    page.settings_changed.connect(lambda settings: saves.append(bool(store.save(settings))))

    page.spin_box("breaks.interval_minutes").setValue(50)
    _type_hours(qtbot, page.hours_editor.day_edits["mon"], "08:00-12:00, 13:00-16:00")
    page.hours_editor.day_checks["sat"].click()
    _type_hours(qtbot, page.hours_editor.day_edits["sat"], "10:00-12:00")
    page.move_checks["standing-glute-squeezes"].click()
    page.check_box("breaks.stretch_per_side").click()
    page.spin_box("breaks.walk_minutes").setValue(5)
    page.spin_box("breaks.snooze_minutes").setValue(15)
    page.spin_box("breaks.snooze_limit").setValue(2)
    page.spin_box("breaks.absence_minutes").setValue(4)
    page.spin_box("breaks.defer_cap_minutes").setValue(90)
    page.volume_slider.setValue(40)
    page.check_box("sound.spoken_cues").click()
    page.check_box("general.start_at_login").click()
    assert saves == [True] * 14  # one save per change, each written
    shown = page.settings

    again = SettingsStore(tmp_path / "settings.toml", clock=clock).load()
    assert again.problems == ()
    assert again.notice is None
    assert again.settings == shown
    fresh = _make_page(qtbot)
    with qtbot.assertNotEmitted(fresh.settings_changed):
        fresh.set_settings(again.settings)
    assert fresh.settings == shown
    assert fresh.spin_box("breaks.interval_minutes").value() == 50
    assert fresh.hours_editor.day_edits["mon"].text() == "08:00-12:00, 13:00-16:00"
    assert fresh.hours_editor.day_checks["sat"].isChecked()
    assert fresh.hours_editor.day_edits["sat"].text() == "10:00-12:00"
    assert not fresh.move_checks["standing-glute-squeezes"].isChecked()
    assert not fresh.check_box("breaks.stretch_per_side").isChecked()
    assert (
        fresh.spin_box("breaks.walk_minutes").value(),
        fresh.spin_box("breaks.snooze_minutes").value(),
    ) == (5, 15)
    assert (
        fresh.spin_box("breaks.snooze_limit").value(),
        fresh.spin_box("breaks.absence_minutes").value(),
    ) == (2, 4)
    assert fresh.spin_box("breaks.defer_cap_minutes").value() == 90
    assert fresh.volume_slider.value() == 40
    assert fresh.check_box("sound.spoken_cues").isChecked()
    assert fresh.check_box("general.start_at_login").isChecked()


def _places(page: SettingsPage) -> dict[str, tuple[int, int, int, int]]:
    """Return where every input of the form is, in the page's coordinates."""
    QApplication.processEvents()  # let the layouts settle
    places: dict[str, tuple[int, int, int, int]] = {}
    for widget in page.findChildren(QWidget):
        inputs = QAbstractButton | QAbstractSpinBox | QAbstractSlider | QLineEdit
        if (
            isinstance(widget, inputs)
            and widget.isVisibleTo(page)
            and not isinstance(widget, QScrollBar)
        ):
            corner = widget.mapTo(page, QPoint(0, 0))
            name = f"{type(widget).__name__} {widget.accessibleName()}"
            places[name] = (corner.x(), corner.y(), widget.width(), widget.height())
    return places


@pytest.mark.parametrize("width", [1100, 620])
def test_a_refused_input_moves_no_control(qtbot: QtBot, width: int) -> None:
    page = _make_page(qtbot)
    page.resize(width, 760)
    before = _places(page)
    assert len(before) > 20

    _type_hours(qtbot, page.hours_editor.day_edits["tue"], "09:00-12:00 13:00-17:00")
    assert page.hours_editor.message.problem is not None
    assert _places(page) == before

    page.hours_editor.day_checks["tue"].click()  # off: the message goes, nothing moves
    page.hours_editor.day_checks["tue"].click()  # on again: still refused
    _type_hours(qtbot, page.hours_editor.day_edits["wed"], "25:00-26:00")
    assert "Wednesday" in (page.hours_editor.message.problem or "")
    assert _places(page) == before

    page.move_checks["standing-glute-squeezes"].click()
    page.move_checks["walk-break"].click()
    page.move_checks["standing-hip-flexor-stretch"].click()  # the last one: refused
    assert page.moves_message.problem is not None
    assert _places(page) == before

    page.show_notice("Settings could not be saved: the disk is full.")
    assert page.notice.isVisible()
    after = _places(page)
    assert {name: after[name] for name in before} == before


def test_a_day_turned_off_keeps_its_hours_across_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    clock = ManualClock()
    store = SettingsStore(tmp_path / "settings.toml", clock=clock)
    page = _make_page(qtbot, store.load().settings)
    page.settings_changed.connect(store.save)
    editor = page.hours_editor
    _type_hours(qtbot, editor.day_edits["fri"], "08:00-12:00")
    editor.day_checks["fri"].click()
    hours = page.settings.breaks.working_hours
    assert hours.fri == ()  # no breaks on Fridays ...
    assert hours.kept_while_off["fri"] == (_range("08:00", "12:00"),)  # ... hours kept
    assert not editor.day_edits["fri"].isEnabled()
    assert editor.day_edits["fri"].text() == "08:00-12:00"

    fresh = _make_page(
        qtbot, SettingsStore(tmp_path / "settings.toml", clock=clock).load().settings
    )
    again = fresh.hours_editor
    assert not again.day_checks["fri"].isChecked()
    assert again.day_edits["fri"].text() == "08:00-12:00"
    emitted: list[Settings] = []
    fresh.settings_changed.connect(emitted.append)
    again.day_checks["fri"].click()
    assert emitted[-1].breaks.working_hours == _hours(fri=(_range("08:00", "12:00"),))


def test_ctrl_z_undoes_the_last_change_and_it_is_saved(qtbot: QtBot, tmp_path: Path) -> None:
    clock = ManualClock()
    store = SettingsStore(tmp_path / "settings.toml", clock=clock)
    page = _make_page(qtbot, store.load().settings)
    page.settings_changed.connect(store.save)
    page.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    editor = page.hours_editor

    # A day unticked by mistake comes back with its hours.
    box = editor.day_checks["wed"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert page.settings.breaks.working_hours.wed == ()
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.isChecked()
    assert editor.day_edits["wed"].text() == "09:00-17:00"
    assert page.settings == DEFAULT
    assert SettingsStore(tmp_path / "settings.toml", clock=clock).load().settings == DEFAULT

    # In a spin box too, once its own text has nothing to undo.
    spin = page.spin_box("breaks.interval_minutes")
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert page.settings.breaks.interval_minutes == 65
    qtbot.keyClick(spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert spin.value() == 60
    assert SettingsStore(tmp_path / "settings.toml", clock=clock).load().settings == DEFAULT
    assert not page.can_undo

    # While typing in an hours field, Ctrl+Z takes back the typing, not a setting.
    page.spin_box("breaks.walk_minutes").setValue(4)
    edit = editor.day_edits["mon"]
    _type_hours(qtbot, edit, "08:00-12:00", commit=False)
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.settings.breaks.walk_minutes == 4
    assert edit.text() != "08:00-12:00"


def test_undo_keeps_the_routine_chosen_meanwhile_on_the_session_page(
    page: SettingsPage, emitted: list[Settings]
) -> None:
    page.spin_box("breaks.walk_minutes").setValue(5)
    routine = replace(page.settings, general=GeneralSettings(protocol="gentle"))
    page.set_settings(routine)  # the Session page picked another routine
    assert page.can_undo
    assert page.undo()
    assert emitted[-1] == replace(DEFAULT, general=GeneralSettings(protocol="gentle"))
    # Settings changed elsewhere that the page shows end what there was to undo.
    page.spin_box("breaks.walk_minutes").setValue(4)
    page.set_settings(_breaks(interval_minutes=90))
    assert not page.can_undo


def test_the_page_says_which_call_sources_work(page: SettingsPage) -> None:
    lines = call_source_lines(
        [
            PieceStatus("calls: microphone", True, "PulseAudio recording streams"),
            PieceStatus("calls: camera", False, "no /dev/video device"),
            PieceStatus("notifications", True, "freedesktop"),
        ]
    )
    assert len(lines) == 2  # the call sources only
    page.show_call_sources(lines)
    note = page.call_sources_note
    assert note is not None
    assert note.isVisible()
    assert note.text().splitlines() == lines
    assert "microphone in use by another program is noticed" in lines[0]
    assert "camera use cannot be seen here" in lines[1]
    assert accessible_name(note) == note.text()
    page.show_call_sources([])  # shown again: replaced, not added
    assert page.call_sources_note is note
    assert not note.isVisible()


class _WindowsShown(QObject):
    """Records every widget shown as a window of its own while it is installed."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


def test_building_the_page_shows_no_window_of_its_own(qtbot: QtBot) -> None:
    """A move's box is shown only inside the page: shown while the page was being built, it
    flashed up as a window and took the focus from the window the user was typing in."""
    app = QApplication.instance()
    assert app is not None
    spy = _WindowsShown()
    app.installEventFilter(spy)
    try:
        widget = SettingsPage(DEFAULT, exercises=SNACKS, autostart_available=True)
        qtbot.addWidget(widget)
        QApplication.processEvents()
    finally:
        app.removeEventFilter(spy)
    assert spy.shown == []
    assert all(box.parentWidget() is not None for box in widget.move_checks.values())
