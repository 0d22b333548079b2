"""Generate the cue sounds in resources/sounds/ (run by hand; the WAVs are committed).

    uv run python scripts/make_sounds.py

Each cue is a short synthesised tone sequence, 16-bit mono WAV at 22,050 Hz,
with soft attack and release so nothing clicks.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# name: list of (frequencies in Hz, seconds, loudness 0..1)
CUES: dict[str, list[tuple[tuple[float, ...], float, float]]] = {
    "countdown": [((880.0,), 0.12, 0.55)],
    "halfway": [((659.3,), 0.18, 0.40)],
    "switch-side": [((659.3,), 0.16, 0.55), ((987.8,), 0.22, 0.55)],
    "next-exercise": [((523.3,), 0.12, 0.5), ((659.3,), 0.12, 0.5), ((784.0,), 0.2, 0.5)],
    "phase-done": [((784.0,), 0.16, 0.5), ((1046.5,), 0.3, 0.5)],
    "session-done": [((523.3, 659.3, 784.0), 0.9, 0.45)],
}


def tone(frequencies: tuple[float, ...], seconds: float, loudness: float) -> list[int]:
    """Return samples of a chord with a short fade in and a longer fade out."""
    count = int(RATE * seconds)
    attack, release = int(RATE * 0.01), int(RATE * min(0.08, seconds / 2))
    samples = []
    for n in range(count):
        envelope = min(1.0, n / attack, (count - n) / release)
        value = sum(math.sin(2 * math.pi * f * n / RATE) for f in frequencies) / len(frequencies)
        samples.append(int(32767 * loudness * envelope * value))
    return samples


def main() -> None:
    """Write one WAV file per cue."""
    OUT.mkdir(parents=True, exist_ok=True)
    gap = [0] * int(RATE * 0.04)
    for name, notes in CUES.items():
        samples: list[int] = []
        for frequencies, seconds, loudness in notes:
            samples += tone(frequencies, seconds, loudness) + gap
        with wave.open(str(OUT / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
        print(f"wrote {name}.wav ({len(samples) / RATE:.2f} s)")


if __name__ == "__main__":
    main()
