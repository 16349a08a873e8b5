"""The methodology guide and the wizards' guidance speak English when the windows do.

English lives beside the Spanish: resources/help/en/*.md with the same section ids, and
resources/guidance/en/*.json with the same topics; whatever is not translated is read in
Spanish. Spanish stays the default.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from alianzas_desktop import paths, settings
from alianzas_desktop.ui import language
from alianzas_desktop.ui.help_content import load_guide, localized_files, parse
from alianzas_desktop.ui.widgets.guidance_panel import guidance_in, load_guidance
from alianzas_desktop.ui.widgets.keyboard import mnemonic_of
from alianzas_desktop.ui.wizards.nacimiento.base import PAGE_BASICS
from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard
from tests.ui.keyboard.conftest import Keyboard, show_active
from tests.ui.nacimiento import conftest as nacimiento
from tests.ui.test_help_guide import shown_guide

keep_draft_question = nacimiento.keep_draft_question

HELP = paths.resource_path("help")
GUIDANCE = paths.resource_path("guidance")
SPANISH_CITATION = re.compile(r"\*Fuente: Ficha de Navegación, (.+?)\.\*")
ENGLISH_CITATION = re.compile(r"\*Source: Ficha de Navegación, (.+?)\.\*")
LINK = re.compile(r"\]\(#([a-z0-9-]+)\)")

ENGLISH_CHAPTERS = [
    "The National Alliances Programme",
    "The alliance formation cycle",
    "The birth of alliances",
    "Consolidation and sustainability of alliances",
    "Learning from working in alliance",
]


@pytest.fixture
def keys(qtbot) -> Keyboard:
    return Keyboard(qtbot)


def test_the_guide_opens_from_the_help_menu_in_english_and_finds_an_english_word(
    db, qtbot, keys, english
):
    from alianzas_desktop.ui.main_window import MainWindow

    window = show_active(qtbot, MainWindow(db))
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if window.guide_action in a.menu().actions()
    )
    assert help_menu.title() == "&Help"
    keys.press(Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(help_menu.isVisible)
    keys.press(Qt.Key(ord(mnemonic_of(window.guide_action.text()).upper())))
    guide = shown_guide(qtbot, window)

    assert guide.windowTitle() == "Methodology guide"
    chapters = [guide.contents.topLevelItem(i).text(0) for i in range(5)]
    assert chapters == ENGLISH_CHAPTERS
    assert "The National Alliances Programme" in guide.browser.toPlainText()

    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide)
    keys.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert keys.focused() is guide.search_edit
    keys.type("Ethical LOGIC")
    assert guide.current_id == "logicas"
    assert "the ethical logic, which is grounded in values" in guide.browser.toPlainText()
    assert {"ethical", "logic"} <= set(guide.highlighted())
    assert guide.matches_label.text() == "One section mentions it"

    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type("sewerage")
    assert guide.current_id == "areas"
    assert "Source: Ficha de Navegación, «Áreas de Aplicación»." in guide.browser.toPlainText()


def test_f1_on_a_wizard_page_in_english_shows_english_guidance_and_guide(
    db, qtbot, keys, english, keep_draft_question
):
    wizard = show_active(qtbot, NacimientoWizard(db))
    panel = wizard.page_widget(PAGE_BASICS).guidance
    text = panel.toPlainText()
    assert "Birth: the basic details" in text
    assert "What problem in the community brings us together today?" in text
    assert "Nacimiento" not in text

    keys.press(Qt.Key.Key_F1)
    guide = shown_guide(qtbot, wizard)
    assert guide.current_id == "areas"
    assert "integrated local development" in guide.browser.toPlainText()


def _spanish_and_english(folder: Path, pattern: str) -> list[tuple[Path, Path]]:
    return [(path, folder / "en" / path.name) for path in sorted(folder.glob(pattern))]


def test_every_spanish_help_file_has_an_english_one_with_the_same_sections_links_and_sources():
    pairs = _spanish_and_english(HELP, "*.md")
    assert len(pairs) >= 5
    missing = [english.name for _, english in pairs if not english.is_file()]
    assert missing == []
    for spanish, english in pairs:
        es_text, en_text = (p.read_text(encoding="utf-8") for p in (spanish, english))
        es, en = parse([es_text]), parse([en_text])
        assert [(s.id, s.level) for s in en.by_id.values()] == [
            (s.id, s.level) for s in es.by_id.values()
        ], english.name
        assert LINK.findall(en_text) == LINK.findall(es_text), english.name
        # The ficha is quoted by its Spanish section titles, word for word.
        assert ENGLISH_CITATION.findall(en_text) == SPANISH_CITATION.findall(es_text)
        assert "Fuente:" not in en_text and "En Alianzas" not in en_text, english.name


def test_every_guidance_file_has_an_english_one_with_the_same_topics_and_shape():
    pairs = _spanish_and_english(GUIDANCE, "*.json")
    assert len(pairs) >= 8
    missing = [english.name for _, english in pairs if not english.is_file()]
    assert missing == []
    for spanish, english in pairs:
        es = json.loads(spanish.read_text(encoding="utf-8"))
        en = json.loads(english.read_text(encoding="utf-8"))
        assert list(en) == list(es), english.name
        for topic, entry in es.items():
            shape = {k: len(v) if isinstance(v, list) else type(v) for k, v in entry.items()}
            found = {k: len(v) if isinstance(v, list) else type(v) for k, v in en[topic].items()}
            assert found == shape, (english.name, topic)
            assert en[topic]["title"] != entry["title"], (english.name, topic)  # translated


def test_a_missing_translation_is_read_in_spanish(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "01-a.md").write_text("# Uno {#uno}\n", encoding="utf-8")
    (tmp_path / "02-b.md").write_text("# Dos {#dos}\n", encoding="utf-8")
    (tmp_path / "en" / "01-a.md").write_text("# One {#uno}\n", encoding="utf-8")
    english = localized_files(tmp_path, settings.ENGLISH)
    assert english == [tmp_path / "en" / "01-a.md", tmp_path / "02-b.md"]
    assert localized_files(tmp_path, settings.SPANISH) == [
        tmp_path / "01-a.md",
        tmp_path / "02-b.md",
    ]
    titles = [s.title for s in parse([p.read_text(encoding="utf-8") for p in english]).chapters]
    assert titles == ["One", "Dos"]

    spanish = {"a": {"title": "Uno"}, "b": {"title": "Dos"}}
    (tmp_path / "x.json").write_text(json.dumps(spanish), encoding="utf-8")
    (tmp_path / "y.json").write_text(json.dumps(spanish), encoding="utf-8")
    (tmp_path / "en" / "x.json").write_text(json.dumps({"a": {"title": "One"}}), "utf-8")
    assert guidance_in(tmp_path, "x", "en") == {"a": {"title": "One"}, "b": {"title": "Dos"}}
    assert guidance_in(tmp_path, "y", "en") == spanish
    assert guidance_in(tmp_path, "x", "es") == spanish


def test_spanish_is_the_default_and_the_guide_follows_the_windows_not_a_pending_choice(qapp):
    language.remove_translators(qapp)  # the windows speak the source Spanish
    assert load_guide().chapters[0].title == "El Programa Nacional de Alianzas"
    assert load_guidance("nacimiento")["basics"]["title"] == "Nacimiento: los datos básicos"
    # English chosen, but the windows keep Spanish until they reopen: so does the guide.
    settings.set_language_choice(settings.ENGLISH)
    assert load_guide().chapters[0].title == "El Programa Nacional de Alianzas"
    assert load_guide(settings.ENGLISH).chapters[0].title == ENGLISH_CHAPTERS[0]
    assert load_guidance("phases", settings.ENGLISH)["proyeccion"]["title"] == "Projection"


def test_the_alt_letters_the_chronology_guidance_names_are_the_page_s_in_each_language(qapp):
    sources = ("&Nota:", "&Ocultar en el informe", "Agregar &hito")  # ChronologyPage's own
    translator = QTranslator()
    assert translator.load(str(language.qm_path(settings.ENGLISH)))
    english = [translator.translate("ChronologyPage", s) for s in sources]
    for lang, labels in ((settings.SPANISH, sources), (settings.ENGLISH, english)):
        text = " ".join(load_guidance("systematization", lang)["chronology"]["text"])
        named = [letter.casefold() for letter in re.findall(r"Alt\+(\w)", text)]
        assert named == [mnemonic_of(label) for label in labels], lang
