"""Fixtures and helpers that drive the Nacimiento wizard through its real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWizard

from alianzas_desktop.domain import formatting
from alianzas_desktop.ui.wizards.nacimiento.base import (
    PAGE_BASICS,
    PAGE_COMMITMENTS,
    PAGE_PARTNERS,
    PAGE_PURPOSE,
    PAGE_STRUCTURE,
)
from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard
from tests.ui.user_events import choose, choose_row

__all__ = ["choose", "choose_row"]

PARTNERS = [
    ("Alcaldía de Sonsón", "publico", "890.980.357-1"),
    ("Comercializadora El Páramo S.A.S.", "privado", "900.456.789-2"),
    ("Cooperativa de Productores de La Loma", "sociedad_civil", ""),
]


class KeepDraftQuestion:
    """Stands in for the "keep the draft?" question; records each time it is asked."""

    def __init__(self, answer: str = "keep"):
        self.answer = answer
        self.asked = 0

    def __call__(self) -> str:
        self.asked += 1
        return self.answer


@pytest.fixture
def keep_draft_question(monkeypatch):
    question = KeepDraftQuestion()
    monkeypatch.setattr(NacimientoWizard, "_ask_keep_draft", lambda self: question())
    return question


@pytest.fixture
def make_wizard(qtbot, db, keep_draft_question):
    """Open wizards on the test database; pytest-qt closes them after the test."""

    def make(draft_id: str | None = None) -> NacimientoWizard:
        widget = NacimientoWizard(db, draft_id=draft_id)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


@pytest.fixture
def wizard(make_wizard):
    return make_wizard()


def click_next(qtbot, wizard: NacimientoWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def click_back(qtbot, wizard: NacimientoWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)


def tick(qtbot, check) -> None:
    """Click a check box on its indicator (its centre may be blank space); it must flip."""
    assert check.isVisible() and check.isEnabled(), check.text()
    before = check.isChecked()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert check.isChecked() != before, check.text()


def type_into(qtbot, widget, text: str) -> None:
    """Type like a keyboard would; accents and emoji arrive as key events carrying text.

    QTest.keyClicks only knows ASCII (it aborts on "á"), so other characters are sent
    as the key events a Spanish keyboard or an input method produces.
    """
    widget.setFocus()
    chunk = ""
    for char in text:
        if char.isascii():
            chunk += char
            continue
        if chunk:
            qtbot.keyClicks(widget, chunk)
            chunk = ""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
    if chunk:
        qtbot.keyClicks(widget, chunk)


def type_date(qtbot, field, day: date) -> None:
    """Replace what a date field shows by typing the date the Colombian way, digit by digit."""
    assert field.isVisible() and field.isEnabled()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, day.strftime("%d/%m/%Y"))
    assert field.value() == day, (field.text(), day)


def fill_basics(qtbot, wizard: NacimientoWizard, name: str = "Alianza Frijol del Páramo") -> None:
    page = wizard.page_widget(PAGE_BASICS)
    type_into(qtbot, page.name_edit, name)
    type_into(qtbot, page.departamento_edit, "Antioquia")
    type_into(qtbot, page.municipio_edit, "Sonsón")
    type_into(qtbot, page.vereda_edit, "La Loma")
    choose(qtbot, page.area_combo, "productividad")
    type_date(qtbot, page.start_date_edit, date(2026, 3, 2))
    type_into(qtbot, page.facilitator_edit, "Ana Milena Zapata")


def add_partner(qtbot, wizard, name: str, sector: str, identifier: str = "") -> None:
    page = wizard.page_widget(PAGE_PARTNERS)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    type_into(qtbot, editor.name_edit, name)
    choose(qtbot, editor.sector_combo, sector)
    if identifier:
        type_into(qtbot, editor.identifier_edit, identifier)
    type_into(qtbot, editor.interests_edit, f"Intereses de {name}")
    type_into(qtbot, editor.contribution_edit, f"Aporte de {name}")


def fill_purpose(qtbot, wizard, purpose: str = "Mejorar los ingresos de 60 familias.") -> None:
    page = wizard.page_widget(PAGE_PURPOSE)
    type_into(qtbot, page.purpose_edit, purpose)
    type_into(qtbot, page.objectives_edit, "Aumentar la productividad")
    for code, check in page.condition_checks.items():
        tick(qtbot, check)
        type_into(qtbot, page.condition_notes[code], "Revisado")


def add_commitment(
    qtbot, wizard, partner_index: int, what: str, value: str, deadline: date, logic="tecnica"
) -> None:
    page = wizard.page_widget(PAGE_COMMITMENTS)
    choose_row(qtbot, page.partner_combo, partner_index)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    type_into(qtbot, editor.description_edit, what)
    choose(qtbot, editor.kind_combo, "talento_humano")
    if value:
        type_into(qtbot, editor.value_edit, value)
        qtbot.keyClick(editor.value_edit, Qt.Key.Key_Tab)  # leaving the field writes the dots
        digits = value.replace(".", "")
        if digits.isdigit():
            assert editor.value_edit.text() == formatting.number(int(digits))
    type_date(qtbot, editor.deadline_edit, deadline)
    choose(qtbot, editor.logic_combo, logic)


def fill_structure(qtbot, wizard) -> None:
    page = wizard.page_widget(PAGE_STRUCTURE)
    qtbot.mouseClick(page.formality_radios["formal"], Qt.MouseButton.LeftButton)
    type_into(qtbot, page.legal_figure_edit, "Convenio de asociación")
    qtbot.mouseClick(page.complexity_radios["simple"], Qt.MouseButton.LeftButton)
    type_into(qtbot, page.coordination_body_edit, "Comité de la alianza")
    type_into(qtbot, page.coordination_members_edit, "Un delegado por socio")
    type_into(qtbot, page.decision_rules_edit, "Por consenso")
    type_into(qtbot, page.meeting_rhythm_edit, "Mensual")
    type_into(qtbot, page.duration_edit, "Dos años")


def fill_until_summary(qtbot, wizard) -> None:
    """Walk every page with good data; ends on the summary page."""
    fill_basics(qtbot, wizard)
    click_next(qtbot, wizard)
    for name, sector, identifier in PARTNERS:
        add_partner(qtbot, wizard, name, sector, identifier)
    click_next(qtbot, wizard)
    fill_purpose(qtbot, wizard)
    click_next(qtbot, wizard)
    add_commitment(qtbot, wizard, 0, "Dos técnicos agrícolas", "48.000.000", date(2026, 12, 15))
    add_commitment(qtbot, wizard, 1, "Comprar la cosecha", "120.000.000", date(2027, 6, 30))
    add_commitment(qtbot, wizard, 2, "Convocar a las familias", "", date(2026, 6, 1), "etica")
    click_next(qtbot, wizard)
    fill_structure(qtbot, wizard)
    click_next(qtbot, wizard)
