"""The Help dialog: the README's "Using it" section, word for word, with links to the pages."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from hipcoach.ui.help_dialog import HelpDialog, help_markdown, section_link
from hipcoach.ui.help_text import README_SECTION, TOPICS, HelpTopic
from hipcoach.ui.sections import Section

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
SECTIONS = list(Section)


def test_the_help_says_what_the_readme_says() -> None:
    expected = readme_topics(README.read_text(encoding="utf-8"), README_SECTION)
    assert len(expected) >= 8
    # After changing the README's "Using it": uv run python scripts/sync_help_text.py
    assert [topic.text for topic in TOPICS] == expected


def test_each_page_topic_names_its_section_and_its_shortcut() -> None:
    for topic in TOPICS:
        if topic.section is not None:
            section = topic.section
            assert topic.text.startswith(f"**{section.english_title}** (Ctrl+{section.number})")
    assert {topic.section for topic in TOPICS} - {None} == set(SECTIONS)


def test_page_topics_link_to_their_page_and_a_page_without_a_topic_gets_a_link_too() -> None:
    markdown = help_markdown(TOPICS, SECTIONS)
    for section in SECTIONS:
        assert f"[Go to {section.english_title}]({section_link(section)})" in markdown
    # A page the help text does not describe (yet) still gets a line and a link.
    without_settings = [topic for topic in TOPICS if topic.section is not Section.SETTINGS]
    settings = section_link(Section.SETTINGS)
    assert f"- **Settings** (Ctrl+5) [Go to Settings]({settings})" in help_markdown(
        without_settings, SECTIONS
    )
    # Without the Progress and Learn pages (no reference data), no link leads nowhere.
    without_reference = (Section.PROGRESS, Section.LEARN)
    fewer = help_markdown(TOPICS, [s for s in SECTIONS if s not in without_reference])
    assert section_link(Section.PROGRESS) not in fewer
    assert section_link(Section.LEARN) not in fewer
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
        dialog.browser.anchorClicked.emit(QUrl(section_link(Section.BREAKS)))
    assert asked.args == [Section.BREAKS]
    with qtbot.assertNotEmitted(dialog.section_requested):
        dialog.browser.anchorClicked.emit(QUrl("section:nowhere"))
    with qtbot.waitSignal(dialog.about_requested):
        dialog.about_button.click()
    assert dialog.browser.accessibleName()
    assert dialog.close_button.accessibleName() == "Close help"
