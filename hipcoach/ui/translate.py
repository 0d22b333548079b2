"""Qt translations: the helper for text outside QObjects, and loading translators.

Inside a QObject use its ``tr`` method with a string literal; elsewhere use
``translate`` with a literal context and text (a plain wrapper around
``QCoreApplication.translate`` that ``pyside6-lupdate`` recognises by its name;
it does not treat its plurals as such, so use ``tr`` for ``%n`` texts). Translate
a template with ``{placeholders}`` and format it afterwards, so the extracted
text is the template. Texts kept in module constants are marked with
``QT_TRANSLATE_NOOP`` and translated where they are shown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hipcoach.core.paths import bundled_resources_dir

__all__ = ["QT_TRANSLATE_NOOP", "install_translator", "translate", "translations_dir"]

log = logging.getLogger(__name__)

#: Translators installed by ``install_translator``, kept alive (Qt does not own them).
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` translated in ``context`` (``text`` itself when there is no translation)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for extraction in ``context`` and return it untranslated.

    For texts kept in module constants: translate them where they are shown,
    with ``translate(context, TEXT)`` or, in that context's class, ``self.tr(TEXT)``.
    (PySide6's own ``QT_TRANSLATE_NOOP`` is typed as returning ``object``.)
    """
    del context
    return text


def translations_dir() -> str:
    """Return the folder of hipcoach's compiled ``.qm`` translations."""
    return str(bundled_resources_dir() / "translations")


def install_translator(app: QCoreApplication, locale_name: str | None = None) -> str | None:
    """Load hipcoach's translation (and Qt's own) for ``locale_name`` or the system locale.

    ``resources/translations/hipcoach_<lang>.qm`` is looked up through the
    locale's UI languages (``de_AT`` falls back to ``de``). Qt's own
    ``qtbase_<lang>`` (standard buttons, dialogs) is added only when hipcoach's
    translation loaded, so the window is never half translated. Returns the
    language loaded, or None when there is no hipcoach translation for it (the
    English source text is then shown). Never raises for a missing or
    unreadable translation.
    """
    locale = QLocale(locale_name) if locale_name else QLocale.system()
    language = locale.name().split("_")[0]
    ours = QTranslator()
    if not ours.load(locale, "hipcoach", "_", translations_dir()):
        log.debug("no hipcoach translation for %s", locale.name())
        return None
    app.installTranslator(ours)
    _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator()
    if qtbase.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    log.info("translation loaded: %s", language)
    return language
