"""Cue sounds and spoken cues, each optional.

QtMultimedia and QtTextToSpeech are imported only when first needed: they
fail to load on machines without an audio stack (on Linux, ``libpulse``), and
a session must then still run, silently, with the reason shown once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from hipcoach.core.session import CueKind
from hipcoach.ui.translate import translate


class CuePlayer(Protocol):
    """Plays the sound of a cue. ``problem`` explains why it cannot, if it can't."""

    problem: str | None

    def play(self, cue: CueKind) -> None:
        """Play the sound for ``cue`` (nothing when muted or unavailable)."""
        ...

    def set_volume(self, volume: float) -> None:
        """Set the volume, 0.0 to 1.0."""
        ...

    def set_muted(self, muted: bool) -> None:
        """Silence or un-silence every cue."""
        ...


class SilentCuePlayer:
    """Plays nothing; remembers what it was asked to play (for tests and fallbacks)."""

    def __init__(self, problem: str | None = None) -> None:
        self.problem = problem
        self.played: list[CueKind] = []
        self.volume = 1.0
        self.muted = False

    def play(self, cue: CueKind) -> None:
        """Record ``cue`` unless muted."""
        if not self.muted:
            self.played.append(cue)

    def set_volume(self, volume: float) -> None:
        """Remember the volume."""
        self.volume = volume

    def set_muted(self, muted: bool) -> None:
        """Remember whether muted."""
        self.muted = muted


class QtCuePlayer:
    """Plays the bundled WAV files with ``QSoundEffect``."""

    def __init__(self, sound_effects: dict[CueKind, Any]) -> None:
        self.problem: str | None = None
        self._effects = sound_effects
        self._muted = False

    def play(self, cue: CueKind) -> None:
        """Play the cue's sound from its start."""
        effect = self._effects.get(cue)
        if effect is not None and not self._muted:
            effect.stop()
            effect.play()

    def set_volume(self, volume: float) -> None:
        """Set the volume of every cue sound."""
        for effect in self._effects.values():
            effect.setVolume(max(0.0, min(1.0, volume)))

    def set_muted(self, muted: bool) -> None:
        """Silence or un-silence every cue."""
        self._muted = muted


def create_cue_player(sounds_dir: Path) -> CuePlayer:
    """Return a player for the WAVs in ``sounds_dir``, or a silent one saying why not."""
    try:
        from PySide6.QtCore import QUrl  # noqa: PLC0415
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect  # noqa: PLC0415
    except ImportError as error:
        return SilentCuePlayer(
            translate(
                "Sound", "Sound is off: the system audio library could not be loaded ({error})."
            ).format(error=error.name or error)
        )
    if not QMediaDevices.audioOutputs():
        return SilentCuePlayer(
            translate("Sound", "Sound is off: no audio output device was found.")
        )
    effects: dict[CueKind, Any] = {}
    for cue in CueKind:
        path = sounds_dir / f"{cue.value}.wav"
        if path.is_file():
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effects[cue] = effect
    if not effects:
        return SilentCuePlayer(
            translate("Sound", "Sound is off: no cue sounds in {folder}.").format(folder=sounds_dir)
        )
    return QtCuePlayer(effects)


class Speaker(Protocol):
    """Says short cues aloud. ``problem`` explains why it cannot, if it can't."""

    problem: str | None

    def say(self, text: str) -> None:
        """Speak ``text`` (replacing anything still being said)."""
        ...


class SilentSpeaker:
    """Says nothing; remembers what it was asked to say."""

    def __init__(self, problem: str | None = None) -> None:
        self.problem = problem
        self.said: list[str] = []

    def say(self, text: str) -> None:
        """Record ``text``."""
        self.said.append(text)


class QtSpeaker:
    """Speaks through ``QTextToSpeech``."""

    def __init__(self, engine: Any) -> None:
        self.problem: str | None = None
        self._engine = engine

    def say(self, text: str) -> None:
        """Stop what is being said and say ``text``."""
        self._engine.stop()
        self._engine.say(text)


def create_speaker(engine_name: str | None = None) -> Speaker:
    """Return a speaker using ``engine_name`` (or the default), or a silent one saying why."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
    except ImportError as error:
        return SilentSpeaker(
            translate(
                "Sound", "Spoken cues are off: the speech library is missing ({error})."
            ).format(error=error)
        )
    engines = QTextToSpeech.availableEngines()
    if engine_name is not None and engine_name not in engines:
        return SilentSpeaker(
            translate("Sound", "Spoken cues are off: no '{engine}' speech engine.").format(
                engine=engine_name
            )
        )
    if not engines:
        return SilentSpeaker(
            translate("Sound", "Spoken cues are off: no speech engine is installed.")
        )
    engine = QTextToSpeech(engine_name) if engine_name else QTextToSpeech()
    if engine.state() == QTextToSpeech.State.Error:
        return SilentSpeaker(
            translate("Sound", "Spoken cues are off: {reason}.").format(
                reason=engine.errorString() or translate("Sound", "speech failed")
            )
        )
    return QtSpeaker(engine)


SpeakerFactory = Callable[[], Speaker]
