"""Adding and retiring partners from the alliance page, through the real dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from alianzas_desktop.domain.vocabulary import CommitmentStatus
from alianzas_desktop.services import agreements, alliances
from alianzas_desktop.services.alliances import PartnerInfo
from alianzas_desktop.ui.dialogs.partner_dialog import PartnerDialog
from alianzas_desktop.ui.dialogs.retire_partner_dialog import RetirePartnerDialog
from alianzas_desktop.ui.models.detail_models import PartnerTableModel
from tests.ui.founded.conftest import click, type_text
from tests.ui.user_events import click_row, click_tab_of


def _choose_with_keys(qtbot, combo, label: str) -> None:
    """Pick an item of a combo box by moving through it with the arrow keys."""
    combo.setFocus()
    for _ in range(combo.count() + 1):
        if combo.currentText() == label:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"«{label}» no está en la lista")


def _row_of(page, organization: str) -> int:
    model = page.partners_view.model()
    for row in range(model.rowCount()):
        if model.index(row, PartnerTableModel.ORGANIZATION).data() == organization:
            return row
    raise AssertionError(organization)


def test_adding_a_partner_opens_an_otrosi_naming_it(db, qtbot, page, issued_alliance, drive):
    def steps(dialog: PartnerDialog) -> None:
        editor = dialog.editor
        type_text(qtbot, editor.name_edit, "Fundación Semillas del Oriente")
        _choose_with_keys(qtbot, editor.sector_combo, "Sociedad civil")
        type_text(qtbot, editor.interests_edit, "Semillas certificadas")
        type_text(qtbot, editor.contribution_edit, "Semilla mejorada para 60 familias")
        type_text(qtbot, editor.rep_name_edit, "Óscar Ñáñez")
        type_text(qtbot, editor.rep_cargo_edit, "Director")
        click(qtbot, dialog.save_button)

    drive(PartnerDialog, steps)
    with qtbot.waitSignal(page.alliance_changed):
        click(qtbot, page.add_partner_button)

    detail = alliances.alliance_detail(db, issued_alliance)
    added = detail.partners[-1]
    assert (added.organization, added.sector, added.representative) == (
        "Fundación Semillas del Oriente",
        "sociedad_civil",
        "Óscar Ñáñez",
    )
    assert page.tabs.tabText(0) == "Socios (4)"
    latest = agreements.agreement_document(db, issued_alliance)
    assert latest.number == 2 and latest.is_draft
    assert latest.content["parties"][-1]["organization"] == "Fundación Semillas del Oriente"
    assert len(agreements.agreement_document(db, issued_alliance, 1).content["parties"]) == 3
    assert page.tabs.currentIndex() == 2 and page.selected_version().number == 2


def test_the_partner_form_says_what_is_missing(db, qtbot, issued_alliance):
    dialog = PartnerDialog(db, issued_alliance)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.editor.name_edit, "Alcaldía de Sonsón")

    click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    assert dialog.editor.message("sector").message == "Elija el sector de la organización."
    _choose_with_keys(qtbot, dialog.editor.sector_combo, "Público")
    click(qtbot, dialog.save_button)
    assert dialog.editor.message("name").message == "Esta organización ya es socia de la alianza."
    assert len(alliances.alliance_detail(db, issued_alliance).partners) == 3


def test_retiring_the_selected_partner_keeps_it_as_retired(db, qtbot, page, issued_alliance, drive):
    detail = alliances.alliance_detail(db, issued_alliance)
    empresa = next(p for p in detail.partners if p.sector == "privado")
    its_commitment = next(c for c in detail.commitments if c.membership_id == empresa.membership_id)
    click_row(qtbot, page.partners_view, _row_of(page, empresa.organization))
    assert page.selected_partner().membership_id == empresa.membership_id

    def steps(dialog: RetirePartnerDialog) -> None:
        assert dialog.partner_combo.currentText() == empresa.organization
        type_text(qtbot, dialog.reason_edit, "Vendió la planta de acopio y se retira de la zona")
        click(qtbot, dialog.retire_button)

    drive(RetirePartnerDialog, steps)
    with qtbot.waitSignal(page.alliance_changed):
        click(qtbot, page.retire_partner_button)

    detail = alliances.alliance_detail(db, issued_alliance)
    [retired] = detail.retired_partners
    assert retired.membership_id == empresa.membership_id
    assert retired.retired_on == date.today()
    assert retired.retired_reason == "Vendió la planta de acopio y se retira de la zona"
    # Shown as retired, still in the list; the tab counts the active partners.
    assert page.tabs.tabText(0) == "Socios (2, 1 retirado)"
    row = _row_of(page, empresa.organization)
    status = page.partners_view.model().index(row, PartnerTableModel.STATUS).data()
    assert status == f"Retirado el {date.today():%d/%m/%Y}"
    tip = page.partners_view.model().index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Vendió la planta de acopio" in tip
    # Its commitment stays in the record; the open one is cancelled, signed paper unchanged.
    kept = next(c for c in detail.commitments if c.id == its_commitment.id)
    assert kept.status == CommitmentStatus.CANCELLED.value
    first = agreements.agreement_document(db, issued_alliance, 1).content
    assert its_commitment.id in [c["id"] for c in first["commitments"]]
    latest = agreements.agreement_document(db, issued_alliance)
    assert latest.number == 2
    assert empresa.organization not in [p["organization"] for p in latest.content["parties"]]
    # A retired partner cannot be retired again.
    click_tab_of(qtbot, page.tabs, page.partners_view)
    click_row(qtbot, page.partners_view, _row_of(page, empresa.organization))
    assert not page.retire_partner_button.isEnabled()


def test_retiring_needs_a_reason(db, qtbot, issued_alliance):
    dialog = RetirePartnerDialog(db, issued_alliance)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.retire_button)
    assert dialog.isVisible()
    assert dialog.messages["retired_reason"].message == "Escriba el motivo del retiro."
    assert alliances.alliance_detail(db, issued_alliance).retired_partners == []


def test_partner_model_with_retired_rows(qtmodeltester, db, issued_alliance):
    detail = alliances.alliance_detail(db, issued_alliance)
    retired = PartnerInfo(
        **{
            **detail.partners[1].__dict__,
            "retired_on": date(2026, 9, 1),
            "retired_reason": "Se fue",
        }
    )
    model = PartnerTableModel()
    model.set_rows([detail.partners[0], retired])
    qtmodeltester.check(model)
    assert model.index(0, PartnerTableModel.STATUS).data() == "Activo"
    assert model.index(1, PartnerTableModel.STATUS).data() == "Retirado el 01/09/2026"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_retire_dialog_preselects_and_keyboard_only(db, qtbot, issued_alliance):
    partners = alliances.alliance_detail(db, issued_alliance).partners
    dialog = RetirePartnerDialog(db, issued_alliance, partners[2].membership_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.partner_combo.currentData() == partners[2].membership_id
    type_text(qtbot, dialog.reason_edit, "Se disolvió la cooperativa")
    with qtbot.waitSignal(dialog.partner_retired):
        qtbot.keyClick(dialog.retire_button, Qt.Key.Key_Space)
    assert not dialog.isVisible()
