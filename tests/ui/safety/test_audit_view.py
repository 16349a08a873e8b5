"""The «Historial de cambios» tab: sentences naming each record, local times, filter, details."""

from __future__ import annotations

from PySide6.QtCore import Qt

from alianzas_desktop.domain.formatting import date_time, local_moment
from alianzas_desktop.profile import Profile, save_profile
from alianzas_desktop.services import alliances, audit
from alianzas_desktop.ui.audit_view import AuditTableModel
from tests.ui.app.conftest import ALLIANCES, found
from tests.ui.user_events import click_tab


def _rows(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_alliance_page_shows_its_history(db, window, qtbot, qtmodeltester):
    save_profile(Profile(name="Ana Milena Zapata"))
    alliance_id = found(db, *ALLIANCES[0])
    alliances.move_to_phase(db, alliance_id, "puesta_en_marcha")
    window.refresh()

    window.open_alliance(alliance_id)
    window.show()

    page = window.alliance_page
    assert page.tabs.tabText(page.history_tab_index) == "Historial"
    assert page.history_tab_index == page.tabs.count() - 1  # the history comes last
    view = page.audit_view
    model = view.model
    # Opening the page does not read the history; choosing its tab does.
    assert model.rowCount() == 0
    click_tab(qtbot, page.tabs, page.history_tab_index)
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    rows = _rows(model)
    founding = [r for r in rows if r[2] == "Creó" and r[3] == "Alianza"]
    assert founding == [
        [
            founding[0][0],
            "Ana Milena Zapata",
            "Creó",
            "Alianza",
            "Alianza «Alianza Frijol del Páramo» creada",
        ]
    ]
    [change] = [r for r in rows if r[2] == "Modificó" and r[3] == "Alianza"]
    assert change[4] == "Alianza «Alianza Frijol del Páramo»: fase Nacimiento → Puesta en marcha"
    [record] = [r for r in audit.history_of_record(db, alliance_id) if r.action == "modificar"]
    assert change[0] == date_time(local_moment(record.at))
    assert "Socio «Comercializadora El Páramo S.A.S.» agregado a la alianza" in [r[4] for r in rows]

    # The phase change is an act of its own now, recorded beside the alliance's new phase.
    assert any(r[4].startswith("Cambio de fase a «Puesta en marcha» del") for r in rows)
    view.filter_edit.setText("fase")
    assert view.proxy.rowCount() == 2
    assert view.count_label.text() == f"2 de {model.rowCount()} cambios"
    assert not view.view.editTriggers()


def test_the_selected_entry_is_shown_in_full_from_the_keyboard(db, window, qtbot):
    alliance_id = found(db, *ALLIANCES[1])
    window.refresh()
    window.open_alliance(alliance_id)
    window.show()
    page = window.alliance_page
    click_tab(qtbot, page.tabs, page.history_tab_index)
    view = page.audit_view
    view.filter_edit.setText("Comprar toda la cosecha")
    assert view.proxy.rowCount() == 1
    assert view.details.text() == ""

    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Home)

    lines = view.details.text().splitlines()
    assert lines[1] == "Compromiso «Comprar toda la cosecha a precio acordado» creado"
    assert "• valor estimado: $ 120.000.000" in lines
    assert "• fecha límite: 30/06/2027" in lines
    assert "• tipo de aporte: Dinero" in lines
    tooltip = view.proxy.index(0, AuditTableModel.CHANGES).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines() == lines[1:]


def test_the_history_shows_no_internal_keys(db, window, qtbot):
    alliance_id = found(db, *ALLIANCES[2])
    window.refresh()
    window.open_alliance(alliance_id)
    window.show()
    page = window.alliance_page
    click_tab(qtbot, page.tabs, page.history_tab_index)
    view = page.audit_view
    assert view.proxy.rowCount() > 0
    texts = [
        view.proxy.index(r, c).data(role)
        for r in range(view.proxy.rowCount())
        for c in range(AuditTableModel.CHANGES + 1)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    text = "\n".join(t for t in texts if t)
    for forbidden in ("{", "[", "orden:", "caracteres", "None", "True", "False", "_"):
        assert forbidden not in text
