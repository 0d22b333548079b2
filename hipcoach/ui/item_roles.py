"""Qt's item data roles as plain numbers, for the models and lists of the first window.

Naming any member of ``Qt`` (``Qt.ItemDataRole.UserRole``) makes PySide6
build the whole ``Qt`` namespace with all its enums, which the window's
first paint does without; these numbers are Qt's own (a test checks them).
"""

from __future__ import annotations

#: ``Qt.ItemDataRole.DisplayRole``: the text shown.
DISPLAY_ROLE = 0
#: ``Qt.ItemDataRole.ToolTipRole``.
TOOLTIP_ROLE = 3
#: ``Qt.ItemDataRole.AccessibleTextRole``: what a screen reader says for the item.
ACCESSIBLE_TEXT_ROLE = 11
#: ``Qt.ItemDataRole.UserRole``: the first role free for the app's own data.
USER_ROLE = 256
