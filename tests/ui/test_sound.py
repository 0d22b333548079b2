"""Sound and speech are optional: they work when they can and explain when they can't."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from hipcoach.core.paths import bundled_resources_dir
from hipcoach.core.session import CueKind
from hipcoach.services.sound import (
    QtCuePlayer,
    QtSpeaker,
    SilentCuePlayer,
    create_cue_player,
    create_speaker,
)


def test_every_cue_has_a_bundled_sound() -> None:
    sounds = bundled_resources_dir() / "sounds"
    for cue in CueKind:
        path = sounds / f"{cue.value}.wav"
        assert path.is_file(), path
        assert path.read_bytes()[:4] == b"RIFF"


def test_cue_player_is_usable_or_says_why_not(qtbot: QtBot) -> None:
    player = create_cue_player(bundled_resources_dir() / "sounds")
    if isinstance(player, QtCuePlayer):
        assert player.problem is None
    else:
        assert player.problem is not None
        assert player.problem.startswith("Sound is off:")
    player.set_volume(0.5)
    player.play(CueKind.COUNTDOWN)  # never raises, device or not


def test_missing_sound_files_are_explained(tmp_path: Path, qtbot: QtBot) -> None:
    player = create_cue_player(tmp_path)
    assert player.problem is not None


def test_silent_player_respects_mute() -> None:
    player = SilentCuePlayer()
    player.play(CueKind.HALFWAY)
    player.set_muted(True)
    player.play(CueKind.COUNTDOWN)
    assert player.played == [CueKind.HALFWAY]


def test_mock_speech_engine_speaks(qtbot: QtBot) -> None:
    speaker = create_speaker("mock")
    assert isinstance(speaker, QtSpeaker), speaker.problem
    speaker.say("Switch to the left side")


def test_unknown_speech_engine_is_a_clear_problem(qtbot: QtBot) -> None:
    speaker = create_speaker("no-such-engine")
    assert speaker.problem == "Spoken cues are off: no 'no-such-engine' speech engine."
