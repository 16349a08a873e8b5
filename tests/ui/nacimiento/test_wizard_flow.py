"""The Nacimiento wizard driven through its widgets: messages, Back, warnings, Finish."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from alianzas_desktop.services import alliances, drafts
from alianzas_desktop.ui.wizards.nacimiento.base import (
    PAGE_BASICS,
    PAGE_COMMITMENTS,
    PAGE_PARTNERS,
    PAGE_PURPOSE,
    PAGE_SUMMARY,
)
from tests.ui.nacimiento.conftest import (
    PARTNERS,
    add_commitment,
    add_partner,
    choose,
    click_back,
    click_next,
    fill_basics,
    fill_purpose,
    fill_until_summary,
    tick,
    type_into,
)
from tests.ui.user_events import click_row


def test_window_title_and_first_page(wizard):
    assert wizard.windowTitle() == "Nueva alianza — Nacimiento"
    assert wizard.currentId() == PAGE_BASICS
    assert wizard.draft_id is None


def test_empty_required_field_shows_message_and_does_not_advance(qtbot, wizard):
    page = wizard.page_widget(PAGE_BASICS)
    fill_basics(qtbot, wizard)
    page.name_edit.clear()

    click_next(qtbot, wizard)

    assert wizard.currentId() == PAGE_BASICS
    message = page.messages["name"]
    assert message.isVisible()
    assert message.text() == "Escriba el nombre de la alianza."
    assert not page.messages["municipio"].isVisible()
    # Typing in the field clears its message; then Next works.
    type_into(qtbot, page.name_edit, "Alianza del Cacao")
    assert not message.isVisible()
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PARTNERS


def test_area_description_follows_the_chosen_area(qtbot, wizard):
    page = wizard.page_widget(PAGE_BASICS)
    choose(qtbot, page.area_combo, "acceso_justicia")
    assert "mecanismos alternativos" in page.area_description.text()
    assert page.area_description.isVisible()


def test_back_keeps_what_was_entered(qtbot, wizard):
    fill_basics(qtbot, wizard)
    click_next(qtbot, wizard)
    add_partner(qtbot, wizard, *PARTNERS[0])

    click_back(qtbot, wizard)

    basics = wizard.page_widget(PAGE_BASICS)
    assert wizard.currentId() == PAGE_BASICS
    assert basics.name_edit.text() == "Alianza Frijol del Páramo"
    assert basics.municipio_edit.text() == "Sonsón"
    assert basics.area_combo.currentData() == "productividad"
    click_next(qtbot, wizard)
    partners = wizard.page_widget(PAGE_PARTNERS)
    assert partners.model.rowCount() == 1
    assert partners.editor.name_edit.text() == "Alcaldía de Sonsón"
    assert partners.editor.identifier_edit.text() == "890.980.357-1"


def test_missing_sector_warning_until_three_sectors(qtbot, wizard):
    fill_basics(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.page_widget(PAGE_PARTNERS)

    add_partner(qtbot, wizard, *PARTNERS[0])
    add_partner(qtbot, wizard, *PARTNERS[1])
    assert page.sector_warning.isVisible()
    assert page.sector_warning.text() == "Falta un socio de la sociedad civil."

    add_partner(qtbot, wizard, *PARTNERS[2])
    assert not page.sector_warning.isVisible()
    # A warning, not a block: two partners of two sectors may go on.
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "Falta un socio de la sociedad civil." in page.sector_warning.text()
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PURPOSE


def test_one_partner_is_not_enough(qtbot, wizard):
    fill_basics(qtbot, wizard)
    click_next(qtbot, wizard)
    add_partner(qtbot, wizard, *PARTNERS[0])
    click_next(qtbot, wizard)
    page = wizard.page_widget(PAGE_PARTNERS)
    assert wizard.currentId() == PAGE_PARTNERS
    assert "al menos dos socios" in page.list_message.text()
    assert page.list_message.isVisible()


def test_partner_without_sector_shows_message_in_editor(qtbot, wizard):
    fill_basics(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.page_widget(PAGE_PARTNERS)
    add_partner(qtbot, wizard, *PARTNERS[0])
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.editor.name_edit, "Fundación Sin Sector")
    click_row(qtbot, page.table, page.proxy.mapFromSource(page.model.index(0, 0)).row())

    click_next(qtbot, wizard)

    assert wizard.currentId() == PAGE_PARTNERS
    assert page.editor.name_edit.text() == "Fundación Sin Sector"  # selected for the facilitator
    assert page.editor.messages["sector"].isVisible()
    assert page.editor.messages["sector"].text() == "Elija el sector de la organización."
    assert "«Fundación Sin Sector»" in page.list_message.text()


def test_contact_fields_wait_for_consent(qtbot, wizard):
    fill_basics(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.page_widget(PAGE_PARTNERS)
    add_partner(qtbot, wizard, *PARTNERS[0])
    editor = page.editor
    assert not editor.phone_edit.isEnabled()
    assert not editor.email_edit.isEnabled()

    tick(qtbot, editor.consent_check)
    assert editor.phone_edit.isEnabled()
    type_into(qtbot, editor.phone_edit, "3104567890")
    type_into(qtbot, editor.email_edit, "no-es-correo")
    partner = wizard.data.partners[0]
    assert partner.representative.consent is True
    assert partner.representative.consent_date == date.today()
    add_partner(qtbot, wizard, *PARTNERS[1])
    click_row(qtbot, page.table, page.proxy.mapFromSource(page.model.index(0, 0)).row())
    click_next(qtbot, wizard)
    assert editor.messages["representative.email"].text() == "El correo electrónico no es válido."

    # Withdrawing consent removes the contact data it covered.
    tick(qtbot, editor.consent_check)
    assert partner.representative.phone == ""
    assert partner.representative.email == ""
    assert not editor.phone_edit.isEnabled()


def test_commitments_warn_inactive_partner_and_show_shares(qtbot, wizard):
    fill_basics(qtbot, wizard)
    click_next(qtbot, wizard)
    for partner in PARTNERS:
        add_partner(qtbot, wizard, *partner)
    click_next(qtbot, wizard)
    fill_purpose(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.page_widget(PAGE_COMMITMENTS)
    assert wizard.currentId() == PAGE_COMMITMENTS

    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_COMMITMENTS
    assert page.list_message.text() == "Registre al menos un compromiso."

    add_commitment(qtbot, wizard, 0, "Dos técnicos", "1500000", date(2026, 12, 15))
    assert page.editor.value_edit.text() == "1.500.000"
    add_commitment(qtbot, wizard, 1, "Comprar la cosecha", "4.500.000", date(2027, 6, 30))
    assert wizard.data.commitments[1].estimated_value == 4_500_000
    warning = page.inactive_warning
    assert warning.isVisible()
    assert warning.text() == (
        "«Cooperativa de Productores de La Loma» no tiene compromisos: no sería un socio activo."
    )
    shares = page.shares
    assert [shares.index(r, 3).data() for r in range(3)] == ["25 %", "75 %", "0 %"]

    add_commitment(qtbot, wizard, 2, "Convocar a las familias", "", date(2026, 6, 1), "etica")
    assert not warning.isVisible()
    # Only the chosen partner's commitments are listed.
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Convocar a las familias"


def test_bad_money_and_early_deadline_are_refused(qtbot, wizard):
    fill_basics(qtbot, wizard)
    click_next(qtbot, wizard)
    for partner in PARTNERS[:2]:
        add_partner(qtbot, wizard, *partner)
    click_next(qtbot, wizard)
    fill_purpose(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.page_widget(PAGE_COMMITMENTS)
    add_commitment(qtbot, wizard, 0, "Algo", "1,5 millones", date(2025, 1, 1))
    value_message = page.editor.messages["estimated_value"]
    assert value_message.isVisible()
    assert "solo con números" in value_message.text()

    click_next(qtbot, wizard)

    assert wizard.currentId() == PAGE_COMMITMENTS
    assert page.editor.messages["deadline"].text() == (
        "La fecha límite es anterior al inicio de la alianza."
    )
    assert "solo con números" in value_message.text()


def test_finish_founds_the_alliance(qtbot, wizard, db):
    fill_until_summary(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY
    text = wizard.page_widget(PAGE_SUMMARY).browser.toPlainText()
    assert "Alianza Frijol del Páramo" in text
    assert "$ 48.000.000" in text
    assert wizard.draft_id is not None

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    with qtbot.waitSignal(wizard.alliance_founded) as founded:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    alliance_id = founded.args[0]
    assert wizard.result() == QDialog.DialogCode.Accepted
    detail = alliances.alliance_detail(db, alliance_id)
    assert detail.name == "Alianza Frijol del Páramo"
    assert detail.territory == "La Loma, Sonsón, Antioquia"
    assert detail.area == "productividad"
    assert detail.start_date == date(2026, 3, 2)
    assert detail.purpose == "Mejorar los ingresos de 60 familias."
    assert [(p.organization, p.sector) for p in detail.partners] == [
        (name, sector) for name, sector, _ in PARTNERS
    ]
    assert detail.partners[0].identifier == "890.980.357-1"
    assert [(c.organization, c.description, c.estimated_value) for c in detail.commitments] == [
        ("Alcaldía de Sonsón", "Dos técnicos agrícolas", 48_000_000),
        ("Comercializadora El Páramo S.A.S.", "Comprar la cosecha", 120_000_000),
        ("Cooperativa de Productores de La Loma", "Convocar a las familias", None),
    ]
    assert detail.commitments[2].logic == "etica"
    assert detail.commitments[0].deadline == date(2026, 12, 15)
    assert drafts.list_drafts(db, "nacimiento") == []


def test_finish_with_bad_data_goes_back_to_the_field(qtbot, wizard, db):
    fill_until_summary(qtbot, wizard)
    wizard.data.municipio = "   "  # e.g. a draft edited outside the wizard

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    assert wizard.currentId() == PAGE_BASICS
    message = wizard.page_widget(PAGE_BASICS).messages["municipio"]
    assert message.isVisible()
    assert message.text() == "Escriba el municipio."
    assert alliances.list_alliances(db) == []
    assert wizard.isVisible()
