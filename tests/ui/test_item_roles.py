"""The item data roles the first window names by number are Qt's own."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hipcoach.ui import item_roles


def test_the_roles_are_qts_own_numbers() -> None:
    assert int(Qt.ItemDataRole.DisplayRole) == item_roles.DISPLAY_ROLE
    assert int(Qt.ItemDataRole.ToolTipRole) == item_roles.TOOLTIP_ROLE
    assert int(Qt.ItemDataRole.AccessibleTextRole) == item_roles.ACCESSIBLE_TEXT_ROLE
    assert int(Qt.ItemDataRole.UserRole) == item_roles.USER_ROLE
