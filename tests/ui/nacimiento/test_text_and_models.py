"""Hostile text end to end, the summary's escaping, money parsing and the Qt models."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from alianzas_desktop.domain.nacimiento import NacimientoData
from alianzas_desktop.services import alliances, nacimiento
from alianzas_desktop.ui.wizards.nacimiento.base import PAGE_BASICS, PAGE_PARTNERS, PAGE_SUMMARY
from alianzas_desktop.ui.wizards.nacimiento.commitment_editor import parse_pesos
from alianzas_desktop.ui.wizards.nacimiento.commitments_model import (
    CommitmentTableModel,
    PartnerCommitmentsProxy,
    SharesTableModel,
)
from alianzas_desktop.ui.wizards.nacimiento.partners_model import PartnerDraftModel
from alianzas_desktop.ui.wizards.nacimiento.summary_page import summary_html
from tests.factories import nacimiento_data
from tests.ui.nacimiento.conftest import (
    PARTNERS,
    add_commitment,
    add_partner,
    click_next,
    fill_basics,
    fill_purpose,
    fill_structure,
    type_into,
)

HOSTILE = "<b>&amp; 😀 ÁÉÍÓÚÑÜ¿¡"


def test_hostile_text_reaches_the_record_unchanged(qtbot, wizard, db):
    fill_basics(qtbot, wizard, name=HOSTILE)
    assert wizard.page_widget(PAGE_BASICS).name_edit.text() == HOSTILE
    click_next(qtbot, wizard)
    add_partner(qtbot, wizard, HOSTILE + " S.A.S.", "privado")
    add_partner(qtbot, wizard, *PARTNERS[0])
    click_next(qtbot, wizard)
    fill_purpose(qtbot, wizard, purpose=HOSTILE)
    click_next(qtbot, wizard)
    add_commitment(qtbot, wizard, 0, HOSTILE, "", date(2026, 12, 1))
    add_commitment(qtbot, wizard, 1, "Transporte", "2.000.000", date(2026, 12, 1))
    click_next(qtbot, wizard)
    fill_structure(qtbot, wizard)
    click_next(qtbot, wizard)

    summary = wizard.page_widget(PAGE_SUMMARY).browser
    assert summary.toPlainText().count(HOSTILE) >= 3  # shown as typed, never as markup
    with qtbot.waitSignal(wizard.alliance_founded) as founded:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    detail = alliances.alliance_detail(db, founded.args[0])
    assert detail.name == HOSTILE
    assert detail.purpose == HOSTILE
    assert detail.partners[0].organization == HOSTILE + " S.A.S."
    assert detail.commitments[0].description == HOSTILE


def test_summary_html_escapes_every_user_string():
    data = nacimiento_data()
    data.name = HOSTILE
    data.partners[0].name = "<img src='http://x/y.png'>"
    data.commitments[0].description = "<script>alert(1)</script>"
    page = summary_html(data)
    assert "<b>&amp;" not in page
    assert "&lt;b&gt;&amp;amp; 😀 ÁÉÍÓÚÑÜ¿¡" in page
    assert "<img" not in page
    assert "<script>" not in page
    assert "$ 48.000.000" in page
    assert "2 de marzo de 2026" in page


def test_known_organization_fills_sector_and_nit(qtbot, wizard, db):
    nacimiento.found_alliance(db, nacimiento_data())
    fill_basics(qtbot, wizard, name="Segunda alianza")
    click_next(qtbot, wizard)
    page = wizard.page_widget(PAGE_PARTNERS)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.completer.model().rowCount() > 0)  # read in a worker
    type_into(qtbot, editor.name_edit, "Comercializadora")
    popup = editor.completer.popup()
    assert popup.isVisible()
    assert popup.model().index(0, 0).data() == "Comercializadora El Páramo S.A.S."
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the first suggestion, then Enter takes it
    assert popup.currentIndex().row() == 0
    qtbot.keyClick(popup, Qt.Key.Key_Return)

    assert editor.name_edit.text() == "Comercializadora El Páramo S.A.S."
    assert editor.sector_combo.currentData() == "privado"
    assert editor.identifier_edit.text() == "900.456.789-2"
    [known] = alliances.search_organizations(db, "Comercializadora")
    assert wizard.data.partners[0].organization_id == known.id
    # Changing the name afterwards detaches it from the known organisation.
    type_into(qtbot, editor.name_edit, " Zona Norte")
    assert wizard.data.partners[0].organization_id is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.500.000", 1_500_000), ("1500000", 1_500_000), ("$ 2.000", 2000), ("", None), (" 0 ", 0)],
)
def test_parse_pesos_accepts_colombian_style(text, value):
    assert parse_pesos(text) == value


@pytest.mark.parametrize("text", ["1,5", "1.50.000", "dos millones", "-300", "1.500,50"])
def test_parse_pesos_refuses_other_text(text):
    with pytest.raises(ValueError):
        parse_pesos(text)


def test_models_pass_the_model_tester(qtmodeltester):
    data = nacimiento_data()
    qtmodeltester.check(PartnerDraftModel(data))
    commitments = CommitmentTableModel(data)
    qtmodeltester.check(commitments)
    proxy = PartnerCommitmentsProxy()
    proxy.setSourceModel(commitments)
    proxy.set_partner_key(data.partners[1].key)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    qtmodeltester.check(SharesTableModel(data))


def test_models_follow_list_changes(qtmodeltester):
    data = NacimientoData()
    model = PartnerDraftModel(data)
    qtmodeltester.check(model, force_py=True)
    from alianzas_desktop.domain.nacimiento import PartnerDraft

    model.append(PartnerDraft(name="Junta de Acción Comunal", sector="sociedad_civil"))
    assert model.index(0, 1).data() == "Sociedad civil"
    model.remove(0)
    assert model.rowCount() == 0


def test_shares_model_shows_percent_and_pesos():
    shares = SharesTableModel(nacimiento_data())
    rows = [[shares.index(r, c).data() for c in range(4)] for r in range(shares.rowCount())]
    assert rows[0] == ["Alcaldía de Sonsón", "1", "$ 48.000.000", "29 %"]
    assert rows[2] == ["Cooperativa de Productores de La Loma", "1", "—", "0 %"]
