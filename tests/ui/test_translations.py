"""The UI is translation-ready: the .ts file is complete and a translator changes what shows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipcoach.core.history_records import PainMoment
from hipcoach.core.library import load_library
from hipcoach.core.paths import bundled_resources_dir
from hipcoach.ui.library_page import LibraryPage
from hipcoach.ui.main_window import MainWindow
from hipcoach.ui.pain_dialog import PainDialog
from hipcoach.ui.sections import Section
from hipcoach.ui.translate import install_translator, translate
from tests.ui.catalogues import installed_catalogue

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "hipcoach_de.ts"

#: ``self.tr("…")`` with a one-line literal, as lupdate reads it.
_TR_LITERAL = re.compile(r"""\.tr\(\s*"((?:[^"\\]|\\.)*)"\s*[,)]""")


def _messages() -> dict[str, set[str]]:
    """Return the .ts file's source texts by context."""
    root = ET.parse(TS_FILE).getroot()
    return {
        context.findtext("name", ""): {
            message.findtext("source", "") for message in context.iter("message")
        }
        for context in root.iter("context")
    }


def test_the_ts_file_holds_strings_from_many_contexts() -> None:
    messages = _messages()
    assert len(messages) >= 10
    assert sum(len(sources) for sources in messages.values()) >= 300
    assert "Start session" in messages["SetupView"]
    assert "Time to stand up and move" in messages["BreakCard"]
    assert "Pain check" in messages["PainDialog"]
    assert "Breaks" in messages["MainWindow"]
    assert "Movement breaks are off" in messages["TrayController"]


def test_the_ts_file_is_up_to_date_with_the_code() -> None:
    """Every one-line ``self.tr("…")`` literal is in the .ts (re-run lupdate if not)."""
    every_source = set().union(*_messages().values())
    missing = []
    for path in sorted((ROOT / "hipcoach").rglob("*.py")):
        for match in _TR_LITERAL.finditer(path.read_text(encoding="utf-8")):
            text = match.group(1).encode().decode("unicode_escape").encode("latin-1").decode()
            if text not in every_source:
                missing.append(f"{path.relative_to(ROOT)}: {text}")
    assert not missing, "re-run pyside6-lupdate (see README):\n" + "\n".join(missing)


@pytest.fixture
def german_pain_check(tmp_path: Path, qapp: QApplication) -> Iterator[QTranslator]:
    """Install a translator built from a tiny .ts; remove it afterwards."""
    catalogue = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de" sourcelanguage="en">\n'
        "<context><name>PainDialog</name>\n"
        "<message><source>Pain check</source><translation>Schmerz-Check</translation></message>\n"
        "</context>\n"
        "<context><name>MainWindow</name>\n"
        "<message><source>Library</source><translation>Bibliothek</translation></message>\n"
        "</context>\n"
        "<context><name>TrayController</name>\n"
        "<message><source>Movement breaks are off</source>"
        "<translation>Bewegungspausen sind aus</translation></message>\n"
        "</context>\n</TS>\n"
    )
    with installed_catalogue(qapp, tmp_path, catalogue) as translator:
        yield translator


def test_an_installed_translator_changes_what_a_new_widget_shows(
    german_pain_check: QTranslator, qtbot: QtBot
) -> None:
    dialog = PainDialog(PainMoment.QUICK)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Schmerz-Check"
    assert dialog.accessibleName() == "Schmerz-Check"
    assert translate("TrayController", "Movement breaks are off") == "Bewegungspausen sind aus"


def test_translated_sections_are_shown_translated_and_found_by_their_section(
    german_pain_check: QTranslator, qtbot: QtBot
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_section(Section.LIBRARY, LibraryPage(load_library(bundled_resources_dir())))
    item = window.sections.item(0)
    assert item is not None
    assert item.text() == "Bibliothek"
    assert Section.LIBRARY.title == "Bibliothek"
    assert Section.LIBRARY.english_title == "Library"
    assert window.show_section(Section.LIBRARY)


def test_without_a_translator_the_english_source_shows(qtbot: QtBot) -> None:
    dialog = PainDialog(PainMoment.QUICK)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Pain check"


def test_install_translator_returns_none_for_a_language_without_a_translation(
    qapp: QApplication,
) -> None:
    assert install_translator(qapp, "xx_XX") is None
    assert install_translator(qapp, "de_DE") is None  # no .qm is shipped yet
    assert QCoreApplication.translate("PainDialog", "Pain check") == "Pain check"
