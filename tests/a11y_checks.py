"""Checks on what Qt tells screen readers, in the test process (any Qt platform).

``unnamed_controls`` finds controls a screen reader would announce without a
name; ``labels_not_named_by_content`` finds labels whose name is a word for
what they are instead of what they show; ``focus_order_problems`` finds
places where Tab jumps against the reading order of the layout. Each returns
one line per problem, naming the widget so it can be found.
"""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

_Role = QAccessible.Role

#: The roles of controls a user acts on; each needs a name. (Scroll bars are
#: left out: they are not in the Tab order and say what they scroll.)
INTERACTIVE_ROLES = frozenset(
    {
        _Role.PushButton,
        _Role.CheckBox,
        _Role.RadioButton,
        _Role.ComboBox,
        _Role.SpinBox,
        _Role.EditableText,
        _Role.Slider,
        _Role.Dial,
        _Role.Table,
        _Role.List,
        _Role.Tree,
        _Role.PageTabList,
        _Role.PageTab,
        _Role.MenuItem,
        _Role.ButtonMenu,
        _Role.ButtonDropDown,
        _Role.ButtonDropGrid,
        _Role.HotkeyField,
    }
)


def words(text: str) -> list[str]:
    """Return the words of ``text`` in lower case (what a screen reader would say)."""
    return re.findall(r"\w+", text.replace("&", "").casefold())


def _where(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts[:4]))


def _shown_widgets(window: QWidget) -> list[QWidget]:
    return [window, *(w for w in window.findChildren(QWidget) if w.isVisible())]


def accessible_name(widget: QWidget) -> str:
    """Return the name Qt gives ``widget`` on the accessibility interfaces."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name)


def unnamed_controls(windows: list[QWidget]) -> list[str]:
    """Return a line for each control on show in ``windows`` without an accessible name.

    Every widget is looked at, including widgets inside item views, which
    Qt does not list among the accessibility children.
    """
    problems = []
    for window in windows:
        for widget in _shown_widgets(window):
            interface = QAccessible.queryAccessibleInterface(widget)
            if interface is None or interface.role() not in INTERACTIVE_ROLES:
                continue
            if not interface.text(QAccessible.Text.Name).strip():
                role = interface.role().name
                problems.append(f"{role} without a name: {_where(widget)}")
    return problems


def plain_text(label: QLabel) -> str:
    """Return the text ``label`` shows, without markup."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    return QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text


def name_carries_content(name: str, shown: str) -> bool:
    """Return whether a label ``name``d so says what it ``shown``s (and nothing else if empty)."""
    shown_words = words(shown)
    if not shown_words:
        return not words(name)
    named = words(name)
    return all(named.count(word) >= shown_words.count(word) for word in set(shown_words))


def labels_not_named_by_content(windows: list[QWidget]) -> list[str]:
    """Return a line for each label on show whose accessible name is not its content."""
    problems = []
    for window in windows:
        for widget in _shown_widgets(window):
            if not isinstance(widget, QLabel):
                continue
            name, shown = accessible_name(widget), plain_text(widget)
            if not name_carries_content(name, shown):
                problems.append(f"label named {name!r} shows {shown!r}: {_where(widget)}")
    return problems


def _rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def focus_chain(window: QWidget) -> list[QWidget]:
    """Return the widgets Tab visits in ``window``, in order, from the first."""
    chain: list[QWidget] = []
    current = window.nextInFocusChain()
    while current is not None and current is not window and current not in chain:
        tabbable = bool(current.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if (
            tabbable
            and current.isVisible()
            and current.isEnabled()
            and current.window() is window
            and current.focusProxy() is None
        ):
            chain.append(current)
        current = current.nextInFocusChain()
    return chain


def focus_order_problems(window: QWidget) -> list[str]:
    """Return a line for each Tab step that goes against the layout's reading order.

    Tab may go down, or right along a row, or on to the top of a column
    further right; it must not go back up within a column or left along a row.
    """
    problems = []
    chain = focus_chain(window)
    for before, after in pairwise(chain):
        a, b = _rect_in(window, before), _rect_in(window, after)
        up = b.bottom() < a.top() and b.left() < a.right()
        same_row = b.top() <= a.bottom() and a.top() <= b.bottom()
        left = same_row and b.right() < a.left()
        if up or left:
            way = "up" if up else "left"
            problems.append(f"Tab goes {way} from {_where(before)} to {_where(after)}")
    return problems


def _mnemonic(text: str) -> str | None:
    """Return the letter after a single ``&`` in ``text`` (lower case), or None."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    if at < 0 or at + 1 >= len(plain):
        return None
    return plain[at + 1].lower()


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Return a line for each Alt+letter that two shown controls of ``window`` share.

    A shared letter only moves the focus between them instead of pressing
    or reaching the one meant. Labels count when they have a buddy.
    """
    owners: dict[str, list[str]] = {}
    for widget in _shown_widgets(window):
        if widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
        else:
            continue
        letter = _mnemonic(text)
        if letter is not None:
            owners.setdefault(letter, []).append(text.replace("&", ""))
    return [
        f"Alt+{letter.upper()} is shared by {', '.join(sorted(names))}"
        for letter, names in sorted(owners.items())
        if len(names) > 1
    ]
