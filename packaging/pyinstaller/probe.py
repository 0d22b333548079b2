"""hipcoach-probe: checks, inside the frozen bundle, what the smoke test cannot see.

Built into the same folder as ``hipcoach`` (sharing ``_internal/``), run by
build.sh, and left out of the Debian package. Prints one line per check and
exits 1 if a required one failed. ``--expect-audio`` also requires an audio
output and a cue sound that loads (use it where a sound server runs).
"""

import os
import sys


def main() -> int:
    """Run every check, print one line each, and return 1 if a required one failed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    expect_audio = "--expect-audio" in sys.argv
    failures = 0

    def check(name: str, ok: bool, detail: object = "", required: bool = True) -> None:
        nonlocal failures
        mark = "ok  " if ok else ("FAIL" if required else "warn")
        print(f"probe: {mark} {name}{': ' + str(detail) if detail != '' else ''}")
        if required and not ok:
            failures += 1

    from hipcoach.core.paths import bundled_resources_dir  # noqa: PLC0415

    resources = bundled_resources_dir()
    check("bundled resources", (resources / "pack.toml").is_file(), resources)
    check(
        "child processes get no bundle LD_LIBRARY_PATH",
        sys._MEIPASS not in os.environ.get("LD_LIBRARY_PATH", ""),  # type: ignore[attr-defined]
        os.environ.get("LD_LIBRARY_PATH", "(unset)"),
    )

    # Imported after the environment is set up (QT_QPA_PLATFORM).
    from PySide6.QtCore import QEventLoop, QTimer, QUrl  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QImageReader  # noqa: PLC0415

    app = QGuiApplication(sys.argv[:1])
    check("platform plugin", True, app.platformName())
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    check("SVG image format", "svg" in formats, ",".join(sorted(formats)))

    for module in ("QtCharts", "QtDBus", "QtNetwork", "QtSvg"):
        try:
            __import__(f"PySide6.{module}")
            check(f"import PySide6.{module}", True)
        except ImportError as error:
            check(f"import PySide6.{module}", False, error)

    try:
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415

        engines = QTextToSpeech.availableEngines()
        check("text-to-speech engines", "mock" in engines, ",".join(engines))
        check("speech-dispatcher engine", "speechd" in engines, required=False)
    except ImportError as error:
        check("import PySide6.QtTextToSpeech", False, error)

    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect  # noqa: PLC0415
    except ImportError as error:
        check("import PySide6.QtMultimedia", False, error)
    else:
        outputs = [device.description() for device in QMediaDevices.audioOutputs()]
        check("audio outputs", bool(outputs), outputs or "none", required=expect_audio)
        if outputs:
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(resources / "sounds" / "halfway.wav")))
            loop = QEventLoop()
            effect.statusChanged.connect(loop.quit)
            QTimer.singleShot(3000, loop.quit)
            if effect.status() == QSoundEffect.Status.Loading:
                loop.exec()
            effect.play()
            check("cue sound loads", effect.status() == QSoundEffect.Status.Ready, effect.status())
    del app
    print(f"probe: {'all required checks passed' if not failures else f'{failures} failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
