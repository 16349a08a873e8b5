"""Ayuda ▸ Guía de la metodología: opened from the menu and with F1, browsed and searched."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from alianzas_desktop import paths
from alianzas_desktop.ui.help_content import (
    GUIDANCE_SECTIONS,
    START,
    fold,
    load_guide,
    occurrences,
    section_for_topic,
)
from alianzas_desktop.ui.help_window import HelpWindow
from alianzas_desktop.ui.widgets.guidance_panel import GuidancePanel
from alianzas_desktop.ui.widgets.keyboard import mnemonic_of
from alianzas_desktop.ui.wizards.nacimiento.base import PAGE_BASICS, PAGE_PARTNERS
from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard
from tests.ui.keyboard.conftest import Keyboard, show_active
from tests.ui.nacimiento import conftest as nacimiento
from tests.ui.user_events import LEFT

keep_draft_question = nacimiento.keep_draft_question


@pytest.fixture
def keys(qtbot) -> Keyboard:
    return Keyboard(qtbot)


def shown_guide(qtbot, owner) -> HelpWindow:
    """The guide that opened beside ``owner``, once it is on screen."""
    qtbot.waitUntil(lambda: owner.findChild(HelpWindow) is not None)
    guide = owner.findChild(HelpWindow)
    qtbot.waitUntil(guide.isVisible)
    return guide


def click_contents(qtbot, guide: HelpWindow, section_id: str) -> None:
    """Click a section's title in the contents tree, where it is drawn."""
    item = guide._item_for(section_id)
    assert item is not None and not item.isHidden(), section_id
    guide.contents.scrollToItem(item)
    rect = guide.contents.visualItemRect(item)
    with qtbot.waitSignal(guide.section_shown):
        qtbot.mouseClick(guide.contents.viewport(), LEFT, pos=rect.center())


def test_the_guide_opens_from_the_help_menu_with_keys_and_is_browsed_and_searched(db, qtbot, keys):
    from alianzas_desktop.ui.main_window import MainWindow

    window = show_active(qtbot, MainWindow(db))
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if window.guide_action in a.menu().actions()
    )
    assert help_menu.title() == "A&yuda"
    letters = [mnemonic_of(a.text()) for a in help_menu.actions() if not a.isSeparator()]
    assert len(letters) == len(set(letters)) and "" not in letters

    keys.press(Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # A&yuda
    qtbot.waitUntil(help_menu.isVisible)
    keys.press(Qt.Key.Key_G)  # &Guía de la metodología
    guide = shown_guide(qtbot, window)
    assert guide.current_id == START
    assert "Programa Nacional de Alianzas" in guide.browser.toPlainText()

    click_contents(qtbot, guide, "conflictos")
    assert guide.current_id == "conflictos"
    text = guide.browser.toPlainText()
    assert "tres niveles de situaciones conflictivas" in text
    assert "Los incidentes críticos" in text  # its levels come with it

    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide)
    keys.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert keys.focused() is guide.search_edit
    keys.type("logica etica")  # typed without the accents the guide writes
    assert guide.current_id == "logicas"
    assert "lógica ética" in guide.browser.toPlainText()
    assert "ética" in guide.highlighted() and "lógica" in guide.highlighted()
    shown = [i.data(0, Qt.ItemDataRole.UserRole) for i in guide._items() if not i.isHidden()]
    assert shown == ["nacimiento", "logicas"]  # the match and the chapter it belongs to

    keys.replace("xyzzy")
    assert guide.matches_label.text() == "Ninguna sección lo dice"
    assert all(i.isHidden() for i in guide._items())
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.press(Qt.Key.Key_Backspace)
    assert guide.search_edit.text() == ""
    assert not any(i.isHidden() for i in guide._items())


def test_f1_on_a_wizard_page_opens_the_guide_at_its_topic(db, qtbot, keys, keep_draft_question):
    wizard = show_active(qtbot, NacimientoWizard(db))
    assert wizard.currentId() == PAGE_BASICS
    keys.press(Qt.Key.Key_F1)
    guide = shown_guide(qtbot, wizard)
    assert guide.current_id == "areas"
    assert "desarrollo integral local" in guide.browser.toPlainText()
    guide.close()

    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    nacimiento.fill_basics(qtbot, wizard)
    nacimiento.click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PARTNERS
    keys.press(Qt.Key.Key_F1)
    qtbot.waitUntil(guide.isVisible)
    assert wizard.findChildren(HelpWindow) == [guide]  # the same guide comes back
    assert guide.current_id == "socios"
    assert "identificar a los posibles socios" in guide.browser.toPlainText()


def test_the_panel_link_opens_the_guide_at_its_topic(db, qtbot, keep_draft_question):
    wizard = show_active(qtbot, NacimientoWizard(db))
    panel = wizard.page_widget(PAGE_BASICS).guidance
    found = panel.document().find("Ver en la guía de la metodología")
    assert not found.isNull()
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 3)
    panel.ensureCursorVisible()
    qtbot.mouseClick(panel.viewport(), LEFT, pos=panel.cursorRect(cursor).center())
    assert shown_guide(qtbot, wizard).current_id == "areas"


def test_f1_in_the_main_window_is_the_menu_s_not_a_panel_s(db, qtbot):
    from alianzas_desktop.ui.main_window import MainWindow

    window = show_active(qtbot, MainWindow(db))
    panel = GuidancePanel("incidentes_criticos", "conflicts")
    window.statusBar().addWidget(panel)  # a panel on show in the main window (as Conflictos)
    qtbot.waitUntil(panel.isVisible)
    assert not panel.help_shortcut.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert shown_guide(qtbot, window).current_id == "incidentes-criticos"


def test_every_guidance_topic_and_link_leads_to_a_section_of_the_guide():
    guide = load_guide()
    for file in paths.resource_path("guidance").glob("*.json"):
        for topic in json.loads(file.read_text(encoding="utf-8")):
            assert (file.stem, topic) in GUIDANCE_SECTIONS, (file.stem, topic)
    assert set(GUIDANCE_SECTIONS.values()) <= set(guide.by_id)
    assert section_for_topic("nacimiento", "no-such-topic") == START
    for section in guide.by_id.values():
        for target in re.findall(r"\]\(#([a-z0-9-]+)\)", "\n".join(section.body)):
            assert target in guide.by_id, (section.id, target)


def test_the_guide_keeps_the_seed_s_words():
    seed_phrases = (
        "Relaciones Abiertas, Socios Activos, Complementariedad en los Aportes y Propósito Común",
        "confianza, respeto, inclusión, transparencia, responsabilidad compartida",
        "nacimiento, puesta en marcha, consolidación y sostenibilidad, proyección",
        "La lógica técnica",
        "Los aspectos externos, Las dificultades propias del trabajo en alianza",
        "manejar adecuadamente los conflictos; lograr resultados tangibles",
        "tener una visión crítica y retrospectiva del proceso vivido",
    )
    text = "\n".join(s.own_markdown() for s in load_guide().by_id.values())
    missing = [p for p in seed_phrases if fold(p) not in fold(text)]
    assert missing == []


def test_accents_and_case_are_ignored_one_character_for_one():
    assert fold("Lógica ÉTICA, niñez") == "logica etica, ninez"
    assert occurrences("La lógica ética", "LOGICA") == [(3, 6)]
    assert occurrences("Participación", "participacion ") == [(0, 13)]
    assert occurrences("nada", "") == []
