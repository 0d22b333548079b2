"""The Help dialog: the README's "Using it" section, word for word, with links to the pages."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from hipcoach.ui.help_dialog import HelpDialog, help_markdown, section_link
from hipcoach.ui.help_text import README_SECTION, TOPICS, HelpTopic

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def _sync_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "sync_help_text", ROOT / "scripts" / "sync_help_text.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


readme_topics = _sync_script().readme_topics
SECTIONS = ["Library", "Session", "Breaks", "Progress", "Settings", "Learn"]


def test_the_help_says_what_the_readme_says() -> None:
    expected = readme_topics(README.read_text(encoding="utf-8"), README_SECTION)
    assert len(expected) >= 8
    # After changing the README's "Using it": uv run python scripts/sync_help_text.py
    assert [topic.text for topic in TOPICS] == expected


def test_each_page_topic_names_its_section() -> None:
    for topic in TOPICS:
        if topic.section is not None:
            assert topic.text.startswith(f"**{topic.section}** (Ctrl+")
    assert {topic.section for topic in TOPICS} - {None} == set(SECTIONS)


def test_page_topics_link_to_their_page_and_a_later_page_gets_a_link_too() -> None:
    markdown = help_markdown(TOPICS, [*SECTIONS, "Journal"])
    for section in SECTIONS:
        assert f"[Go to {section}]({section_link(section)})" in markdown
    # A page the help text does not describe yet still gets a line and a link.
    assert f"- **Journal** (Ctrl+7) [Go to Journal]({section_link('Journal')})" in markdown
    # Without the Progress and Learn pages (no reference data), no link leads nowhere.
    fewer = help_markdown(TOPICS, ["Library", "Session", "Breaks", "Settings"])
    assert section_link("Progress") not in fewer
    assert section_link("Learn") not in fewer
    # A nested list stays nested.
    nested = help_markdown((HelpTopic(None, "On the command line:\n  - `a`\n  - `b`"),), [])
    assert nested == "- On the command line:\n  - `a`\n  - `b`\n"


def test_the_dialog_shows_the_text_and_its_links_ask_for_pages(qtbot: QtBot) -> None:
    dialog = HelpDialog(SECTIONS)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "searchable as you type" in text
    assert "hipcoach library --json" in text
    assert "**" not in text  # Markdown is rendered, not shown
    with qtbot.waitSignal(dialog.section_requested) as asked:
        dialog.browser.anchorClicked.emit(QUrl(section_link("Learn")))
    assert asked.args == ["Learn"]
    with qtbot.waitSignal(dialog.about_requested):
        dialog.about_button.click()
    assert dialog.browser.accessibleName()
    assert dialog.close_button.accessibleName() == "Close help"
