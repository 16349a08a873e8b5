"""The Puesta en marcha wizard from the keyboard alone, with one Alt+letter per field and
button on each page, and a size that fits a 1366×768 laptop."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard

from alianzas_desktop.services import workplan
from alianzas_desktop.ui.widgets.keyboard import mnemonic_of
from alianzas_desktop.ui.wizards.puesta_en_marcha.base import (
    PAGE_ACTIVITIES,
    PAGE_FLOWS,
    PAGE_FORMALIZATION,
    PAGE_ROLES,
    PAGE_SUMMARY,
)
from alianzas_desktop.ui.wizards.puesta_en_marcha.wizard import PuestaEnMarchaWizard
from tests.ui.keyboard.conftest import Keyboard, show_active
from tests.workplan_factories import plan_data


@pytest.fixture
def keys(qtbot) -> Keyboard:
    return Keyboard(qtbot)


def letters(wizard: PuestaEnMarchaWizard) -> list[tuple[str, str]]:
    """Alt+letters on screen: the page's labels and buttons, and the wizard's buttons."""
    page = wizard.currentPage()
    found = [
        (mnemonic_of(w.text()), w.text())
        for w in page.findChildren(QLabel)
        if w.buddy() is not None and w.isVisibleTo(wizard)
    ]
    found += [
        (mnemonic_of(b.text()), b.text())
        for b in page.findChildren(QAbstractButton)
        if b.isVisibleTo(wizard) and b.text()
    ]
    for which in (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
    ):
        button = wizard.button(which)
        if button.isVisible():
            found.append((mnemonic_of(button.text()), button.text()))
    return found


def test_each_page_has_unique_alt_letters_and_the_wizard_fits_a_laptop(
    qtbot, db, alliance_id, answers, previews
):
    workplan.save_plan(db, plan_data(db, alliance_id), today=date(2026, 11, 30))
    wizard = show_active(qtbot, PuestaEnMarchaWizard(db, alliance_id))
    minimum = wizard.minimumSizeHint()
    assert minimum.width() <= 1366 - 20 and minimum.height() <= 768 - 60, minimum
    for page_id in (PAGE_ACTIVITIES, PAGE_FLOWS, PAGE_ROLES, PAGE_FORMALIZATION, PAGE_SUMMARY):
        assert wizard.currentId() == page_id
        seen = letters(wizard)
        assert all(letter for letter, _text in seen), seen
        chosen = [letter for letter, _text in seen]
        assert len(chosen) == len(set(chosen)), seen
        if page_id != PAGE_SUMMARY:
            wizard.next()


def test_an_activity_typed_from_the_keyboard_alone(qtbot, db, alliance_id, answers, keys):
    wizard = show_active(qtbot, PuestaEnMarchaWizard(db, alliance_id))
    page = wizard.page_widget(PAGE_ACTIVITIES)
    editor = page.editor
    keys.alt("a")  # &Agregar actividad: the title takes the focus
    assert keys.focused() is editor.title_edit
    keys.type("Escuela de campo en La Loma")
    keys.alt("s")
    assert keys.focused() is editor.partner_combo
    alcaldia = workplan.load_setup(db, alliance_id).partners[0]
    keys.choose(alcaldia.membership_id)
    keys.alt("p")
    keys.press(Qt.Key.Key_Down)  # the representative
    keys.alt("i")
    keys.replace("01/05/2026")
    keys.alt("f")
    assert keys.focused() is editor.end_edit
    keys.type("30-11-26")
    keys.alt("r")
    keys.type("Ocho sesiones con 60 familias")
    keys.alt("m")
    assert keys.focused() is editor.commitments_view
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Space)
    keys.alt("h")
    keys.alt("g")  # Si&guiente
    assert wizard.currentId() == PAGE_FLOWS
    [activity] = wizard.data.activities
    assert activity.title == "Escuela de campo en La Loma"
    assert activity.responsible_membership_id == alcaldia.membership_id
    assert activity.responsible_person_id == alcaldia.people[0].id
    assert (activity.start_date, activity.end_date) == (date(2026, 5, 1), date(2026, 11, 30))
    assert activity.expected_result == "Ocho sesiones con 60 familias"
    assert len(activity.commitment_ids) == 1
    assert activity.is_milestone
    # Tab leaves the table for the buttons instead of walking its cells.
    keys.alt("t")  # A&trás
    page.table.setFocus()
    keys.tab()
    assert keys.focused() is not page.table


def test_every_page_has_its_guidance_beside_it(qtbot, db, alliance_id, answers, previews):
    from alianzas_desktop.ui.widgets.guidance_panel import load_guidance

    wizard = show_active(qtbot, PuestaEnMarchaWizard(db, alliance_id))
    guidance = load_guidance("puesta_en_marcha")
    assert set(guidance) == {"activities", "flows", "roles", "formalization", "summary"}
    for page in wizard.pages.values():
        entry = guidance[page.topic]
        text = page.guidance.toPlainText()
        assert text.startswith(entry["title"]), page.topic
        assert entry["questions"][0] in text
