"""Qt translations: the helper for text outside QObjects, and loading translators.

Inside a QObject use its ``tr`` method with a string literal; elsewhere use
``translate`` with a literal context and text (a plain wrapper around
``QCoreApplication.translate`` that ``pyside6-lupdate`` recognises by its name;
it does not treat its plurals as such, so use ``tr`` for ``%n`` texts). Translate
a template with ``{placeholders}`` and format it afterwards, so the extracted
text is the template. Texts kept in module constants are marked with
``QT_TRANSLATE_NOOP`` and translated where they are shown.

Sentences built by the core arrive as ``hipcoach.core.messages.Message``:
show them with ``render`` (and dates with ``format_date``), never ``str()``,
which is the English the command line prints.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from hipcoach.core.messages import Arg, Message, MessageError, Number, fill
from hipcoach.core.paths import bundled_resources_dir

__all__ = [
    "QT_TRANSLATE_NOOP",
    "date_format",
    "error_text",
    "format_date",
    "format_time",
    "install_translator",
    "render",
    "translate",
    "translations_dir",
]

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


def render(text: Message | str, locale: QLocale | None = None) -> str:
    """Return a core ``Message`` in the user's language; plain text comes back as it is.

    The template is translated in its context (with the count for plural
    forms), then its arguments are filled in: nested messages rendered the
    same way, numbers and dates formatted for ``locale`` (default: the
    application's default ``QLocale``). Without a translation the English
    text is shown, singular included.
    """
    if isinstance(text, str):
        return text
    shown = locale if locale is not None else QLocale()
    n = -1 if text.n is None else text.n
    translated = QCoreApplication.translate(
        text.context, text.source, text.disambiguation or None, n
    )
    if text.n is not None and translated == text.source.replace("%n", str(text.n)):
        translated = text.template()  # no translation: English, with its singular
    return fill(translated, {name: _render_arg(value, shown) for name, value in text.args})


def _render_arg(value: Arg, locale: QLocale) -> str:
    if isinstance(value, Message):
        return render(value, locale)
    if isinstance(value, str):
        return value
    if isinstance(value, Number):
        return locale.toString(float(value.value), "f", value.decimals)
    if isinstance(value, date):
        return format_date(value, locale=locale)
    return locale.toString(int(value))


def error_text(error: Exception) -> str:
    """Return the text of ``error`` for the user: its ``Message`` rendered, else ``str(error)``."""
    return render(error.message) if isinstance(error, MessageError) else str(error)


#: The weekday and the year in a Qt date format, with the separators next to them.
_WEEKDAY = re.compile(r"d{4}[\s,]*|[\s,]*d{4}")
_YEAR = re.compile(r"[\s,./-]*y+[\s,./年-]*")


def date_format(
    *, short_month: bool = False, year: bool = True, locale: QLocale | None = None
) -> str:
    """Return the Qt date format the locale uses for a date with the month's name.

    It is the locale's long format without the weekday: ``d MMMM yyyy`` in
    British English, ``MMMM d, yyyy`` in American English, ``d. MMMM yyyy`` in
    German. ``short_month`` abbreviates the month; ``year=False`` leaves it out.
    """
    shown = locale if locale is not None else QLocale()
    pattern = _WEEKDAY.sub("", shown.dateFormat(QLocale.FormatType.LongFormat)).strip()
    if short_month:
        pattern = pattern.replace("MMMM", "MMM")
    if not year:
        pattern = _YEAR.sub("", pattern).strip()
    return pattern


def format_date(
    day: date, *, short_month: bool = False, year: bool = True, locale: QLocale | None = None
) -> str:
    """Return ``day`` the way the user's locale writes it (see ``date_format``).

    ``26 November 2026`` in British English, ``26. November 2026`` in German.
    """
    shown = locale if locale is not None else QLocale()
    pattern = date_format(short_month=short_month, year=year, locale=shown)
    return shown.toString(QDate(day.year, day.month, day.day), pattern)


def format_time(moment: datetime, locale: QLocale | None = None) -> str:
    """Return the time of day of ``moment`` (hours and minutes) the locale's way."""
    shown = locale if locale is not None else QLocale()
    return shown.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


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
