"""The settings file: loaded with fallbacks, saved atomically, never destroyed when unreadable."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import tomli_w

from hipcoach.core.atomic import remove_leftovers, write_atomic
from hipcoach.core.clock import WallClock
from hipcoach.core.fileio import TomlReadError, read_toml
from hipcoach.core.messages import Message
from hipcoach.core.paths import AppPaths
from hipcoach.core.quarantine import move_aside
from hipcoach.core.settings.fields import SettingsFileText
from hipcoach.core.settings.toml_form import file_schema, read_settings_table, settings_to_toml
from hipcoach.core.settings.values import SCHEMA, Settings

SETTINGS_FILE_NAME = "settings.toml"


@dataclass(frozen=True)
class LoadResult:
    """What ``SettingsStore.load`` found.

    ``problem_messages`` lists bad or unknown keys (each fell back or was
    ignored); ``notice_message`` is a sentence for the user when the file as a
    whole could not be used or will not be saved over (``None`` when all is
    well). Both are translatable; ``problems`` and ``notice`` give the English.
    """

    settings: Settings
    problem_messages: tuple[Message, ...] = ()
    notice_message: Message | None = None

    @property
    def problems(self) -> tuple[str, ...]:
        """The problems in English."""
        return tuple(problem.english() for problem in self.problem_messages)

    @property
    def notice(self) -> str | None:
        """The notice in English, or ``None``."""
        return None if self.notice_message is None else self.notice_message.english()


@dataclass(frozen=True)
class SaveResult:
    """Whether ``SettingsStore.save`` wrote the file; true in a boolean context when it did.

    ``notice_message`` says why it did not (translatable; ``notice`` is the English).
    """

    saved: bool
    notice_message: Message | None = None

    @property
    def notice(self) -> str | None:
        """Why the file was not saved, in English, or ``None``."""
        return None if self.notice_message is None else self.notice_message.english()

    def __bool__(self) -> bool:
        return self.saved


class SettingsStore:
    """The settings file: load with fallbacks, save atomically, never destroy what it cannot read.

    - A missing (or blank) file gives the defaults, silently.
    - A file that is not TOML or not UTF-8 is renamed to
      ``settings.toml.corrupt-<YYYYmmdd-HHMMSS>`` (time from ``clock``), the
      defaults load and the notice says where the file went.
    - A file written by a newer version (higher ``schema``), or one that
      cannot be read at all (permissions), makes the store read-only: what
      can be read is used, and ``save`` refuses, so the file stays as it is.
    - ``save`` writes only non-default values, atomically, keeping the
      previous file as ``settings.toml.bak``.
    """

    def __init__(self, path: Path, *, clock: WallClock) -> None:
        self._path = path
        self._clock = clock
        self._loaded = False
        self._read_only_reason: Message | None = None

    @classmethod
    def for_paths(cls, paths: AppPaths, *, clock: WallClock) -> SettingsStore:
        """Return the store for ``settings.toml`` in the user's config folder."""
        return cls(paths.config_dir / SETTINGS_FILE_NAME, clock=clock)

    @property
    def path(self) -> Path:
        """The settings file."""
        return self._path

    @property
    def read_only(self) -> bool:
        """Whether ``save`` refuses to write (set by ``load``)."""
        return self._read_only_reason is not None

    def load(self) -> LoadResult:
        """Read the settings file; see the class description for what happens to bad files."""
        self._loaded = True
        self._read_only_reason = None
        remove_leftovers(self._path)  # a save killed half-way leaves its temporary file
        if not self._path.exists() and not self._path.is_symlink():
            return LoadResult(Settings())
        try:
            table = read_toml(self._path, integer_limit=None)  # each key checks its range
        except TomlReadError as error:
            return self._unreadable(error)
        settings, problems = read_settings_table(table)
        version = file_schema(table)
        notice = None
        if version is not None and version > SCHEMA:
            notice = SettingsFileText.tr(
                "{path} was written by a newer version of hipcoach "
                "(settings version {version}). The settings this version understands "
                "are in use; changes will not be saved, so the file stays as it is.",
                path=str(self._path),
                version=str(version),
            )
            self._read_only_reason = notice
        return LoadResult(settings, tuple(problems), notice)

    def _unreadable(self, error: TomlReadError) -> LoadResult:
        if isinstance(error.__cause__, OSError):
            notice = SettingsFileText.tr(
                "{path} could not be read ({reason}). The default settings "
                "are in use; changes will not be saved, so the file stays as it is.",
                path=str(self._path),
                reason=error.text,
            )
            self._read_only_reason = notice
            return LoadResult(Settings(), (), notice)
        if self._is_blank():
            return LoadResult(Settings())
        reason: Message | str = error.text
        if error.line is not None:
            reason = SettingsFileText.tr(
                "line {line}: {problem}", line=str(error.line), problem=error.text
            )
        try:
            moved = move_aside(self._path, clock=self._clock)
        except OSError as move_error:
            notice = SettingsFileText.tr(
                "{path} could not be read ({reason}) nor moved aside "
                "({error}). The default settings are in use; "
                "changes will not be saved, so the file stays as it is.",
                path=str(self._path),
                reason=reason,
                error=str(move_error.strerror or move_error),
            )
            self._read_only_reason = notice
            return LoadResult(Settings(), (), notice)
        notice = SettingsFileText.tr(
            "Your settings file could not be read ({reason}). It was moved to {moved} "
            "and the default settings are in use.",
            reason=reason,
            moved=str(moved),
        )
        return LoadResult(Settings(), (), notice)

    def _is_blank(self) -> bool:
        try:
            return not self._path.read_bytes().strip()
        except OSError:
            return False

    def save(self, settings: Settings) -> SaveResult:
        """Write ``settings``; refuse (``saved`` false, with the reason) when read-only.

        Loads first if ``load`` was never called, so a newer file is never
        overwritten unseen. A write error is returned as a notice, not raised.
        """
        if not self._loaded:
            self.load()
        if self._read_only_reason is not None:
            return SaveResult(False, self._read_only_reason)
        data = tomli_w.dumps(settings_to_toml(settings)).encode("utf-8")
        try:
            write_atomic(self._path, data, keep_backup=True)
        except OSError as error:
            return SaveResult(
                False,
                SettingsFileText.tr(
                    "Settings could not be saved to {path}: {reason}",
                    path=str(self._path),
                    reason=str(error.strerror or error),
                ),
            )
        return SaveResult(True)
