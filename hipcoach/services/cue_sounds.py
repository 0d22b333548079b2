"""The cue sounds of sessions and breaks, as the settings say: loaded on first use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hipcoach.core.settings import SoundSettings

if TYPE_CHECKING:
    # Audio loads with the first cue (``hipcoach.services.sound`` brings in QtMultimedia).
    from hipcoach.services.sound import CuePlayer


class CueSounds:
    """Holds the cue player, built on first use and kept muted or at the volume ``sound`` says."""

    def __init__(self, sounds_dir: Path, sound: SoundSettings) -> None:
        """Play the WAVs in ``sounds_dir`` as ``sound`` says (until ``use`` says otherwise)."""
        self._sounds_dir = sounds_dir
        self._sound = sound
        self._player: CuePlayer | None = None

    def player(self) -> CuePlayer:
        """Return the cue player, loading audio on first use."""
        if self._player is None:
            from hipcoach.services.sound import create_cue_player  # noqa: PLC0415

            self._player = create_cue_player(self._sounds_dir)
            self._apply(self._player)
        return self._player

    def use(self, sound: SoundSettings) -> None:
        """Play from now on as ``sound`` says."""
        self._sound = sound
        if self._player is not None:
            self._apply(self._player)

    def _apply(self, player: CuePlayer) -> None:
        player.set_muted(not self._sound.enabled)
        player.set_volume(self._sound.volume)
