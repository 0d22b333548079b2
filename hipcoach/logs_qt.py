"""Qt's own messages (warnings about fonts, plugins, D-Bus …) into the hipcoach log."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from hipcoach.logs import LOGGER_NAME

#: The logger Qt's messages go to.
QT_LOGGER_NAME = LOGGER_NAME + ".qt"

MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], Any]

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class QtLogBridge:
    """A Qt message handler that logs each message to ``hipcoach.qt``.

    Qt's default handler (printing to stderr) is replaced; a handler someone
    else installed before (pytest-qt's, say) still gets every message.
    """

    def __init__(self, previous: MessageHandler | None) -> None:
        self.previous = previous
        self.logger = logging.getLogger(QT_LOGGER_NAME)

    def __call__(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category
        where = f"[{category}] " if category and category != "default" else ""
        self.logger.log(_LEVELS.get(kind, logging.WARNING), "%s%s", where, message)
        if self.previous is not None:
            self.previous(kind, context, message)


def install_qt_log_bridge() -> QtLogBridge:
    """Route Qt's messages to the ``hipcoach.qt`` logger; return the installed bridge.

    Installing again keeps the bridge already there. To undo, install
    ``bridge.previous`` with ``qInstallMessageHandler``.
    """
    current = qInstallMessageHandler(None)
    if isinstance(current, QtLogBridge):
        qInstallMessageHandler(current)
        return current
    bridge = QtLogBridge(current)
    qInstallMessageHandler(bridge)
    return bridge
