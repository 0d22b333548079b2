"""The app's log: a small rotating file in the user's log folder.

``setup_logging`` configures the ``hipcoach`` logger (every module logs under
it, e.g. ``hipcoach.services.sound``); ``install_excepthook`` writes uncaught
exceptions there too. Nothing here imports Qt (see ``hipcoach.logs_qt`` for
Qt's own messages), and nothing here raises because a folder cannot be
written: the app must start even when its log cannot.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from hipcoach.core.paths import PRIVATE_FILE_MODE, make_private_dirs

#: The logger every hipcoach module logs under.
LOGGER_NAME = "hipcoach"
LOG_FILE_NAME = "hipcoach.log"
#: The log is rolled over at about this size and this many old files are kept,
#: so it never takes more than about 4 MB.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3

LINE_FORMAT = "%(asctime)s.%(msecs)03d %(levelname)-8s %(name)s: %(message)s"
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"

#: Handlers this module added carry a name with this prefix, so a second
#: ``setup_logging`` replaces them instead of adding more.
_HANDLER_PREFIX = "hipcoach-logs:"
_FILE_HANDLER = _HANDLER_PREFIX + "file"
_STDERR_HANDLER = _HANDLER_PREFIX + "stderr"
_HELD_HANDLER = _HANDLER_PREFIX + "held"
#: At most this many records are held before the log is set up (start-up logs a few).
HELD_RECORDS = 1000


def _create_private(path: Path) -> None:
    """Create ``path`` (empty) readable by the user only, unless it exists."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))


def _rotate_privately(source: str, destination: str) -> None:
    """Roll the log over; the fresh log the handler opens next is created private too."""
    os.replace(source, destination)
    _create_private(Path(source))


def setup_logging(
    log_dir: Path,
    *,
    verbose: bool = False,
    level: int = logging.INFO,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> Path | None:
    """Send the ``hipcoach`` logger to ``log_dir/hipcoach.log``; return that file.

    With ``verbose`` the log also goes to stderr, and both record DEBUG
    lines. When the folder cannot be created or the file cannot be opened
    the log goes to stderr only (warnings and worse, or everything with
    ``verbose``), a warning line says why, and the result is ``None``.
    The folder and files it creates are readable by the user only.
    Calling it again replaces the handlers of the previous call. What was
    logged since ``hold_records`` is written first.
    """
    # Imported here: it loads socket, pickle and queue, which the first paint does not need.
    from logging.handlers import RotatingFileHandler  # noqa: PLC0415

    logger = logging.getLogger(LOGGER_NAME)
    held = [h.records for h in logger.handlers if isinstance(h, _HeldRecords)]
    reset_logging()
    logger.setLevel(logging.DEBUG if verbose else level)
    formatter = logging.Formatter(LINE_FORMAT, DATE_FORMAT)

    log_file: Path | None = log_dir / LOG_FILE_NAME
    problem: str | None = None
    try:
        make_private_dirs(log_dir)
        _create_private(log_dir / LOG_FILE_NAME)
        file_handler = RotatingFileHandler(
            log_dir / LOG_FILE_NAME,
            maxBytes=max_bytes,
            backupCount=backup_count,
            encoding="utf-8",
        )
    except OSError as error:
        problem = f"cannot write the log in {log_dir}: {error.strerror or error}"
        log_file = None
    else:
        file_handler.rotator = _rotate_privately
        file_handler.set_name(_FILE_HANDLER)
        file_handler.setFormatter(formatter)
        logger.addHandler(file_handler)

    if verbose or log_file is None:
        stderr_handler = logging.StreamHandler(sys.stderr)
        stderr_handler.set_name(_STDERR_HANDLER)
        stderr_handler.setFormatter(formatter)
        stderr_handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
        logger.addHandler(stderr_handler)
    for records in held:
        for record in records:
            if record.levelno >= logger.getEffectiveLevel():
                logger.handle(record)
    if problem is not None:
        logger.warning("%s; logging to stderr only", problem)
    return log_file


class _HeldRecords(logging.Handler):
    """Keeps the first ``HELD_RECORDS`` records until ``setup_logging`` writes them."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < HELD_RECORDS:
            self.records.append(record)


def hold_records(*, verbose: bool = False, level: int = logging.INFO) -> None:
    """Keep what the ``hipcoach`` logger records from now on until ``setup_logging``.

    Start-up calls it first thing and opens the log once the window (or the
    tray icon) is up, so nothing logged in between is lost. The levels are
    those ``setup_logging`` will use.
    """
    logger = logging.getLogger(LOGGER_NAME)
    reset_logging()
    logger.setLevel(logging.DEBUG if verbose else level)
    handler = _HeldRecords()
    handler.set_name(_HELD_HANDLER)
    logger.addHandler(handler)


def reset_logging() -> None:
    """Remove and close the handlers ``setup_logging`` added."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        if (handler.get_name() or "").startswith(_HANDLER_PREFIX):
            logger.removeHandler(handler)
            handler.close()


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class _LoggingExceptHook:
    """Logs an uncaught exception, then hands it to the hook it replaced."""

    def __init__(self, previous: ExceptHook) -> None:
        self.previous = previous

    def __call__(
        self,
        kind: type[BaseException],
        value: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger(LOGGER_NAME).critical(
                "uncaught exception", exc_info=(kind, value, traceback)
            )
        self.previous(kind, value, traceback)


def install_excepthook() -> None:
    """Log uncaught exceptions (not Ctrl+C) before the current ``sys.excepthook`` runs.

    PySide6 reports exceptions raised in slots through ``sys.excepthook``,
    so those land in the log too. Installing twice does not log twice.
    """
    if isinstance(sys.excepthook, _LoggingExceptHook):
        return
    sys.excepthook = _LoggingExceptHook(sys.excepthook)
