"""The rotating log file, its fallbacks, uncaught exceptions and Qt's messages."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInfo, qInstallMessageHandler, qWarning

from hipcoach.logs import (
    HELD_RECORDS,
    LOG_FILE_NAME,
    LOGGER_NAME,
    hold_records,
    install_excepthook,
    reset_logging,
    setup_logging,
)
from hipcoach.logs_qt import QT_LOGGER_NAME, QtLogBridge, install_qt_log_bridge


@pytest.fixture(autouse=True)
def clean_logger() -> Iterator[logging.Logger]:
    """Leave the ``hipcoach`` logger as each test found it, with its files closed."""
    logger = logging.getLogger(LOGGER_NAME)
    level = logger.level
    yield logger
    reset_logging()
    logger.setLevel(level)


def _ours(logger: logging.Logger) -> list[logging.Handler]:
    return [h for h in logger.handlers if (h.get_name() or "").startswith("hipcoach-logs:")]


def _flush(logger: logging.Logger) -> None:
    for handler in logger.handlers:
        handler.flush()


def test_the_log_file_is_created_with_timestamped_lines(
    tmp_path: Path, clean_logger: logging.Logger
) -> None:
    folder = tmp_path / "state" / "log"
    log_file = setup_logging(folder)
    assert log_file == folder / LOG_FILE_NAME
    logging.getLogger("hipcoach.services.sound").info("no sound device — cues are silent")
    logging.getLogger("hipcoach.services.sound").debug("not at INFO")
    _flush(clean_logger)
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} INFO     hipcoach\.services\.sound: no sound"
        r" device — cues are silent",
        lines[0],
    )


def test_the_level_can_be_lowered(tmp_path: Path, clean_logger: logging.Logger) -> None:
    log_file = setup_logging(tmp_path, level=logging.DEBUG)
    assert log_file is not None
    logging.getLogger("hipcoach.core").debug("detail")
    _flush(clean_logger)
    assert "DEBUG" in log_file.read_text(encoding="utf-8")


def test_the_file_rotates_past_its_size_and_keeps_the_backups_asked(
    tmp_path: Path, clean_logger: logging.Logger
) -> None:
    log_file = setup_logging(tmp_path, max_bytes=300, backup_count=2)
    assert log_file is not None
    for number in range(40):
        clean_logger.info("line %d of a log that outgrows its file", number)
    _flush(clean_logger)
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == [LOG_FILE_NAME, f"{LOG_FILE_NAME}.1", f"{LOG_FILE_NAME}.2"]
    assert log_file.stat().st_size <= 300
    assert "line 39 " in log_file.read_text(encoding="utf-8")


def test_verbose_adds_a_debug_stderr_handler(
    tmp_path: Path, clean_logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    quiet_file = setup_logging(tmp_path)
    assert quiet_file is not None
    assert [type(h) for h in _ours(clean_logger)] == [logging.handlers.RotatingFileHandler]

    log_file = setup_logging(tmp_path, verbose=True)
    assert log_file is not None
    assert len(_ours(clean_logger)) == 2
    logging.getLogger("hipcoach.platform").debug("idle monitor: X11 screensaver")
    _flush(clean_logger)
    assert "DEBUG    hipcoach.platform: idle monitor: X11 screensaver" in capsys.readouterr().err
    assert "idle monitor: X11 screensaver" in log_file.read_text(encoding="utf-8")


def test_an_unwritable_folder_falls_back_to_stderr_without_raising(
    tmp_path: Path, clean_logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be", encoding="utf-8")

    assert setup_logging(blocker / "log") is None

    err = capsys.readouterr().err
    assert "WARNING  hipcoach: cannot write the log in" in err
    assert "logging to stderr only" in err
    clean_logger.info("kept quiet")
    clean_logger.warning("still said")
    assert capsys.readouterr().err.count("\n") == 1
    handlers = _ours(clean_logger)
    assert len(handlers) == 1
    assert not isinstance(handlers[0], logging.FileHandler)


def test_setting_up_twice_does_not_duplicate_handlers(
    tmp_path: Path, clean_logger: logging.Logger
) -> None:
    foreign = logging.NullHandler()
    clean_logger.addHandler(foreign)
    try:
        setup_logging(tmp_path, verbose=True)
        log_file = setup_logging(tmp_path, verbose=True)
        assert log_file is not None
        assert len(_ours(clean_logger)) == 2
        assert foreign in clean_logger.handlers, "handlers of others stay"
        clean_logger.warning("once")
        _flush(clean_logger)
        assert log_file.read_text(encoding="utf-8").count("once") == 1
    finally:
        clean_logger.removeHandler(foreign)


def test_what_is_logged_before_the_log_is_open_is_written_first(
    tmp_path: Path, clean_logger: logging.Logger
) -> None:
    hold_records()
    logging.getLogger("hipcoach.ui.icons").warning("cannot keep the rendered icon")
    logging.getLogger("hipcoach.app").info("hipcoach starts")
    logging.getLogger("hipcoach.app").debug("below the level held")
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    logging.getLogger("hipcoach.app").info("after the log is open")
    _flush(clean_logger)
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == [
        "cannot keep the rendered icon",
        "hipcoach starts",
        "after the log is open",
    ]
    assert "WARNING  hipcoach.ui.icons" in lines[0]
    assert [h.get_name() for h in _ours(clean_logger)] == ["hipcoach-logs:file"]


def test_held_records_are_bounded_and_a_second_setup_writes_none_again(
    tmp_path: Path, clean_logger: logging.Logger
) -> None:
    hold_records()
    for number in range(HELD_RECORDS + 5):
        logging.getLogger("hipcoach.app").info("line %d", number)
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    setup_logging(tmp_path)
    _flush(clean_logger)
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == HELD_RECORDS
    assert lines[-1].endswith(f"line {HELD_RECORDS - 1}")


def test_reset_closes_the_file(tmp_path: Path, clean_logger: logging.Logger) -> None:
    setup_logging(tmp_path)
    (handler,) = _ours(clean_logger)
    assert isinstance(handler, logging.FileHandler)
    reset_logging()
    assert _ours(clean_logger) == []
    assert handler.stream is None


def _raise_and_hand_to_hook(error: BaseException) -> None:
    try:
        raise error
    except BaseException as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_uncaught_exceptions_are_logged_then_passed_on(
    tmp_path: Path, clean_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []

    def previous(
        kind: type[BaseException], value: BaseException, traceback: TracebackType | None
    ) -> None:
        seen.append(kind)

    monkeypatch.setattr(sys, "excepthook", previous)
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    install_excepthook()
    install_excepthook()  # a second time changes nothing

    _raise_and_hand_to_hook(ValueError("the plan has no steps"))
    _raise_and_hand_to_hook(KeyboardInterrupt())

    _flush(clean_logger)
    text = log_file.read_text(encoding="utf-8")
    assert text.count("CRITICAL hipcoach: uncaught exception") == 1
    assert "Traceback (most recent call last)" in text
    assert "ValueError: the plan has no steps" in text
    assert "KeyboardInterrupt" not in text
    assert seen == [ValueError, KeyboardInterrupt]


# -- Qt's messages ---------------------------------------------------------------


@pytest.fixture
def bridge() -> Iterator[QtLogBridge]:
    installed = install_qt_log_bridge()
    yield installed
    qInstallMessageHandler(installed.previous)


def test_qt_messages_reach_the_qt_logger(
    bridge: QtLogBridge, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=QT_LOGGER_NAME)
    qInfo("font database loaded")
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        (QT_LOGGER_NAME, logging.INFO, "font database loaded")
    ]


@pytest.mark.qt_log_ignore("QFont::setPointSize")
def test_qt_warnings_are_warnings_and_the_earlier_handler_still_sees_them(
    bridge: QtLogBridge, caplog: pytest.LogCaptureFixture
) -> None:
    assert bridge.previous is not None, "pytest-qt's handler was installed before"
    qWarning("QFont::setPointSize: Point size <= 0 (0), must be greater than 0")
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert record.getMessage().startswith("QFont::setPointSize")


def test_levels_and_categories(bridge: QtLogBridge, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=QT_LOGGER_NAME)
    standalone = QtLogBridge(None)
    context = QMessageLogContext()
    standalone(QtMsgType.QtDebugMsg, context, "debug")
    standalone(QtMsgType.QtCriticalMsg, context, "critical")
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.DEBUG, "debug"),
        (logging.ERROR, "critical"),
    ]


def test_installing_the_bridge_twice_keeps_one(bridge: QtLogBridge) -> None:
    assert install_qt_log_bridge() is bridge
    current = qInstallMessageHandler(None)
    qInstallMessageHandler(current)
    assert current is bridge
