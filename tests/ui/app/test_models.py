"""The Qt models of the main window and the alliance page pass Qt's model checks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from alianzas_desktop.services import agreements, alliances
from alianzas_desktop.ui.models.alliance_table_model import (
    ID_ROLE,
    SORT_ROLE,
    AllianceTableModel,
)
from alianzas_desktop.ui.models.base import fold
from alianzas_desktop.ui.models.detail_models import (
    CommitmentTableModel,
    PartnerTableModel,
    VersionTableModel,
)


def test_alliance_model_passes_model_tester(db, alliance_ids, qtmodeltester):
    model = AllianceTableModel()
    model.set_rows(alliances.list_alliances(db))
    qtmodeltester.check(model)


def test_alliance_model_values_ids_and_sorting(db, alliance_ids):
    model = AllianceTableModel()
    model.set_rows(alliances.list_alliances(db))
    model.today = date(2026, 3, 2)  # the founding day: no deadline is past yet
    assert model.rowCount() == 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers[AllianceTableModel.NAME] == "Alianza"
    assert headers[AllianceTableModel.NEAREST_DEADLINE] == "Próximo vencimiento"
    row = model.row_of_id(alliance_ids["Cacao para la Paz"])
    assert model.index(row, AllianceTableModel.TERRITORY).data() == "Tumaco, Nariño"
    assert model.index(row, AllianceTableModel.PHASE).data() == "Nacimiento"
    assert model.index(row, AllianceTableModel.PARTNERS).data() == "3"
    assert model.index(row, AllianceTableModel.NEAREST_DEADLINE).data() == "01/06/2026"
    assert model.index(row, AllianceTableModel.NEAREST_DEADLINE).data(SORT_ROLE) == "2026-06-01"
    assert model.index(row, AllianceTableModel.PARTNERS).data(SORT_ROLE) == 3
    assert (
        model.index(row, AllianceTableModel.NAME).data(ID_ROLE) == alliance_ids["Cacao para la Paz"]
    )


def test_fold_ignores_case_and_accents():
    assert fold("SONSÓN Nariño") == "sonson narino"


def test_detail_models_pass_model_tester(db, alliance_ids, qtmodeltester):
    alliance_id = alliance_ids["Alianza Frijol del Páramo"]
    detail = alliances.alliance_detail(db, alliance_id)
    partners = PartnerTableModel()
    partners.set_rows(detail.partners)
    qtmodeltester.check(partners)
    assert partners.index(0, PartnerTableModel.ORGANIZATION).data() == "Alcaldía de Sonsón"
    assert partners.index(2, PartnerTableModel.SECTOR).data() == "Sociedad civil"
    assert partners.index(0, PartnerTableModel.CARGO).data() == "Secretaria de Agricultura"

    commitments = CommitmentTableModel()
    commitments.set_rows(detail.commitments)
    commitments.today = date(2026, 3, 2)
    qtmodeltester.check(commitments)
    first = [commitments.index(0, c).data() for c in range(commitments.columnCount())]
    assert first == [
        "Alcaldía de Sonsón",
        "Dos técnicos agrícolas de tiempo completo",
        "Talento humano",
        "$ 48.000.000",
        "15/12/2026",
        "Técnica",
        "Pendiente",
    ]
    assert commitments.index(2, CommitmentTableModel.VALUE).data() == ""

    agreements.issue_version(db, detail.versions[0].id)
    versions = VersionTableModel()
    versions.set_rows(agreements.list_versions(db, alliance_id))
    qtmodeltester.check(versions)
    assert versions.index(0, VersionTableModel.STATUS).data() == "Emitido"
    assert versions.index(0, VersionTableModel.CODE).data().count("-") == 2
    assert versions.index(0, VersionTableModel.SIGNED).data() == "—"
