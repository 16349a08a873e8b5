"""The «Historial de cambios» tab: the founding and a phase change with before → after."""

from __future__ import annotations

from datetime import datetime

from alianzas_desktop.profile import Profile, save_profile
from alianzas_desktop.services import alliances
from alianzas_desktop.services.audit import AuditRecord, FieldChange
from alianzas_desktop.ui.audit_view import AuditTableModel
from tests.ui.app.conftest import ALLIANCES, found


def test_the_alliance_page_shows_its_history(db, window, qtbot):
    save_profile(Profile(name="Ana Milena Zapata"))
    alliance_id = found(db, *ALLIANCES[0])
    alliances.move_to_phase(db, alliance_id, "puesta_en_marcha")
    window.refresh()

    window.open_alliance(alliance_id)

    page = window.alliance_page
    assert page.tabs.tabText(page.history_tab_index) == "Historial de cambios"
    view = page.audit_view
    model = view.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    founding = [r for r in rows if r[2] == "Creó" and r[3] == "Alianza"]
    assert len(founding) == 1 and founding[0][1] == "Ana Milena Zapata"
    [change] = [r for r in rows if r[2] == "Modificó" and r[3] == "Alianza"]
    assert "fase: Nacimiento → Puesta en marcha" in change[4]

    view.filter_edit.setText("fase")
    assert 1 <= view.proxy.rowCount() < model.rowCount()
    assert "de" in view.count_label.text()
    assert not view.view.editTriggers()


def test_audit_model(qtmodeltester):
    model = AuditTableModel()
    model.set_rows(
        [
            AuditRecord(
                datetime(2026, 3, 2, 15, 0),
                "Ana",
                "modificar",
                "Modificó",
                "alliances",
                "Alianza",
                "x",
                [FieldChange("purpose", "propósito común", "", "Agua limpia")],
            )
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, AuditTableModel.CHANGES).data() == (
        "propósito común: (vacío) → Agua limpia"
    )
