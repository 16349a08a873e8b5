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
    with qtbot.waitSignal(view.history_loaded):  # read in a worker once its tab is chosen
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
    view = page.audit_view
    with qtbot.waitSignal(view.history_loaded):  # read in a worker once its tab is chosen
        click_tab(qtbot, page.tabs, page.history_tab_index)
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
    view = page.audit_view
    with qtbot.waitSignal(view.history_loaded):  # read in a worker once its tab is chosen
        click_tab(qtbot, page.tabs, page.history_tab_index)
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


def test_a_history_read_for_the_alliance_left_behind_is_not_shown(db, window, qtbot, monkeypatch):
    """The history is read in a worker: when the facilitator goes to another alliance
    before it comes, the first alliance's entries never appear on the second's page."""
    import threading

    first = found(db, *ALLIANCES[0])
    second = found(db, *ALLIANCES[1])
    window.refresh()
    release = threading.Event()
    history = audit.history_of_alliance
    asked: list[str] = []

    def held_history(database, alliance_id):  # the real reading, the first one held
        asked.append(alliance_id)
        if alliance_id == first:
            release.wait(10)
        return history(database, alliance_id)

    monkeypatch.setattr(audit, "history_of_alliance", held_history)
    window.show()
    window.open_alliance(first)
    page = window.alliance_page
    view = page.audit_view
    click_tab(qtbot, page.tabs, page.history_tab_index)
    qtbot.waitUntil(lambda: asked == [first])
    assert view.count_label.text() == "Leyendo el historial…"
    with qtbot.waitSignal(view.history_loaded):
        window.open_alliance(second)  # its page keeps the history tab chosen
    release.set()
    qtbot.wait(300)  # the first reading's answer reaches the window's thread
    entries = [r.summary for r in view.model.rows]
    assert entries and any("Cacao para la Paz" in e for e in entries)
    assert not any("Frijol del Páramo" in e for e in entries)
