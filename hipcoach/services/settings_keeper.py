"""The settings in use and their file: loaded once, saved on each change, retried on failure."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from hipcoach.core.settings import Settings, SettingsStore
from hipcoach.ui.translate import render

log = logging.getLogger(__name__)

#: How often saving the settings is tried again after it failed.
SAVE_RETRY_MS = 5 * 60 * 1000


class SettingsKeeper(QObject):
    """Owns the settings in use; ``use`` changes them, ``save`` writes them.

    After a failed save (a full disk, a read-only folder) the settings stay
    in use and ``unsaved`` is true; saving is tried again with the next
    change, every ``SAVE_RETRY_MS`` and once more at exit
    (``save_at_exit``). ``changed(previous, current)`` fires on every
    ``use``; ``notice(text, warning)`` carries what the user should read on
    the Settings page, ``status(text, timeout_ms)`` a line for the status bar.
    """

    changed = Signal(Settings, Settings)
    notice = Signal(str, bool)
    status = Signal(str, int)

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        """Load the settings from ``store`` (see ``load_notices`` for what it found)."""
        super().__init__(parent)
        self.store = store
        loaded = store.load()
        self._settings = loaded.settings
        #: What loading found, in the user's language: the file moved aside, bad keys.
        self.load_notices = [
            render(text) for text in (loaded.notice_message, *loaded.problem_messages) if text
        ]
        for problem in loaded.problems:  # in the log too, in English
            log.warning("settings file %s: %s", store.path, problem)
        #: Whether the settings in use differ from the file because a save failed.
        self.unsaved = False
        self.retry = QTimer(self)
        self.retry.setInterval(SAVE_RETRY_MS)
        self.retry.timeout.connect(self.save)

    @property
    def settings(self) -> Settings:
        """Return the settings in use."""
        return self._settings

    def use(self, settings: Settings) -> Settings:
        """Use ``settings`` from now on (not saved yet); return the ones they replace."""
        previous, self._settings = self._settings, settings
        self.changed.emit(previous, settings)
        return previous

    def save(self) -> bool:
        """Save the settings in use; say so when that fails and when it works again."""
        result = self.store.save(self._settings)
        reason = render(result.notice_message) if result.notice_message else ""
        if result:
            self.retry.stop()
            if self.unsaved:
                self.unsaved = False
                self.notice.emit(self.tr("Your settings are saved again."), False)
                self.status.emit(self.tr("Settings saved."), 10_000)
            return True
        if self.store.read_only:
            self.notice.emit(reason, True)
            return False
        self.unsaved = True
        log.warning("%s", result.notice)
        if not self.retry.isActive():
            self.retry.start()
        self.notice.emit(
            self.tr(
                "{problem}. Your changes stay in use while hipcoach runs; "
                "saving is tried again every few minutes."
            ).format(problem=reason),
            True,
        )
        self.status.emit(
            self.tr("⚠ Settings cannot be saved right now; the Settings page says why."), 0
        )
        return False

    def save_at_exit(self) -> None:
        """Stop retrying; try once more if a save failed (nobody is told either way)."""
        self.retry.stop()
        if self.unsaved:
            result = self.store.save(self._settings)
            self.unsaved = not result
            if not result:
                log.warning("at exit: %s", result.notice)
