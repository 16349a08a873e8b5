"""Herramientas ▸ Datos personales: authorise, correct, report, erase, and the request log."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from alianzas_desktop.domain.folding import fold
from alianzas_desktop.services import agreements, alliances, nacimiento, personal_data
from alianzas_desktop.services.personal_data import ERASED_NAME, PersonInfo, RequestInfo
from alianzas_desktop.ui.people import people_dialog
from alianzas_desktop.ui.people.forms import AuthorizationDialog, RequestDialog
from alianzas_desktop.ui.people.models import (
    OVERDUE_COLOR,
    AuthorizationTableModel,
    PersonTableModel,
    RequestTableModel,
)
from alianzas_desktop.ui.people.people_dialog import PeopleDialog
from tests.factories import nacimiento_data
from tests.ui.held_work import HeldCall, deleted_before_answer

UNAUTHORISED = "Luz Dary Ñustes"
AUTHORISED = "María Eugenia Ríos"


@pytest.fixture
def alliance_id(db) -> str:
    return nacimiento.found_alliance(db, nacimiento_data())


@pytest.fixture
def informed(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        people_dialog, "inform", lambda parent, title, text, warning=False: shown.append(text)
    )
    return shown


@pytest.fixture
def dialog(db, alliance_id, qtbot):
    screen = PeopleDialog(db)
    qtbot.addWidget(screen)
    return screen


def _person_id(db, name: str) -> str:
    return next(p.id for p in personal_data.list_people(db) if p.name == name)


def _fill_and_accept(**fields):
    """An exec() that fills the form as the facilitator would and presses the OK button."""

    def fake_exec(self):
        for name, value in fields.items():
            widget = getattr(self, name)
            if hasattr(widget, "findData"):
                widget.setCurrentIndex(widget.findData(value))
            elif hasattr(widget, "setChecked"):
                widget.setChecked(value)
            elif hasattr(widget, "set_value"):  # a date field
                widget.set_value(value)
            else:
                widget.setText(value)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return self.result()

    return fake_exec


def test_the_list_shows_who_has_an_authorisation(dialog, qtbot):
    rows = {p.name: p for p in dialog.model.rows}
    assert rows[AUTHORISED].has_authorization
    assert not rows[UNAUTHORISED].has_authorization
    assert dialog.count_label.text() == "3 personas"
    _type_search(qtbot, dialog, "nustes")
    assert _names(dialog) == [UNAUTHORISED]
    assert dialog.count_label.text() == "1 de 3"


def test_record_a_verbal_authorisation_with_a_witness(db, dialog, qtbot, monkeypatch):
    person_id = _person_id(db, UNAUTHORISED)
    assert dialog.select_person(person_id)
    assert dialog.detail.authorizations_caption.text() == "Autorizaciones: ninguna registrada"
    monkeypatch.setattr(
        AuthorizationDialog,
        "exec",
        _fill_and_accept(method_combo="verbal", witness_edit="Pedro Pablo Ortiz"),
    )

    with qtbot.waitSignal(dialog.authorization_recorded):
        qtbot.mouseClick(dialog.authorize_button, Qt.MouseButton.LeftButton)

    [authorization] = personal_data.person_report(db, person_id)["autorizaciones"]
    assert authorization["testigo"] == "Pedro Pablo Ortiz"
    assert authorization["forma"] == "Verbal, con testigo"
    assert dialog.selected_person().has_authorization
    assert "Ley 1581 de 2012" in dialog.detail.text_label.text()
    assert dialog.detail.authorization_model.rowCount() == 1


def test_a_verbal_authorisation_without_witness_is_refused_in_the_form(qtbot):
    form = AuthorizationDialog("Luz Dary Ñustes")
    qtbot.addWidget(form)
    form.method_combo.setCurrentIndex(form.method_combo.findData("verbal"))
    form.minor_check.setChecked(True)
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert form.result() == 0
    assert "testigo" in form.error_label.text()
    assert "representante legal" in form.error_label.text()


def test_erase_a_person_through_the_dialog(db, dialog, qtbot, monkeypatch, informed):
    person_id = _person_id(db, AUTHORISED)
    dialog.select_person(person_id)
    asked = []
    monkeypatch.setattr(
        people_dialog, "confirm_erasure", lambda parent, name: asked.append(name) or True
    )

    with qtbot.waitSignal(dialog.person_erased):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    assert asked == [AUTHORISED]
    row = dialog.model.row_at(dialog.model.row_of_id(person_id))
    assert row.name == ERASED_NAME
    assert dialog.model.index(dialog.model.row_of_id(person_id), 3).data() == "Suprimida"
    assert dialog.detail.name_label.text() == ERASED_NAME
    assert not dialog.erase_button.isEnabled()
    assert "Ningún documento emitido" in informed[-1]
    assert AUTHORISED not in {p.name for p in personal_data.list_people(db)}


def test_erasing_a_signatory_names_the_documents_that_keep_them(
    db, alliance_id, qtbot, monkeypatch, informed
):
    [version] = alliances.alliance_detail(db, alliance_id).versions
    agreements.issue_version(db, version.id)
    screen = PeopleDialog(db)
    qtbot.addWidget(screen)
    screen.select_person(_person_id(db, AUTHORISED))
    monkeypatch.setattr(people_dialog, "confirm_erasure", lambda parent, name: True)

    with qtbot.waitSignal(screen.person_erased, timeout=10_000):
        screen.erase()

    result = screen.last_erasure
    assert result.kept_in_documents == [
        "Acuerdo de compromisos de «Alianza Frijol del Páramo», versión 1"
    ]
    assert "versión 1" in informed[-1]
    assert "firmante" in informed[-1]


def test_cancelling_the_erasure_keeps_the_person(db, dialog, monkeypatch):
    dialog.select_person(_person_id(db, AUTHORISED))
    monkeypatch.setattr(people_dialog, "confirm_erasure", lambda parent, name: False)
    assert dialog.erase() is None
    assert AUTHORISED in {p.name for p in personal_data.list_people(db)}


def test_report_preview_and_json(db, dialog, tmp_path, monkeypatch, no_modal, qtbot):
    person_id = _person_id(db, AUTHORISED)
    dialog.select_person(person_id)
    target = tmp_path / "reporte"
    monkeypatch.setattr(people_dialog, "choose_json_target", lambda parent, suggested: str(target))

    preview = dialog.show_report()

    assert no_modal == [preview]
    if preview.rendering:  # the report is made and drawn in the background
        with qtbot.waitSignal(preview.pages_shown, timeout=20_000):
            pass
    assert preview.page_count >= 1
    assert AUTHORISED in preview.windowTitle()
    saved = dialog.save_json(person_id, "x.json", preview)
    data = json.loads((tmp_path / "reporte.json").read_text("utf-8"))
    assert saved.endswith("reporte.json")
    assert data["persona"]["nombre"] == AUTHORISED


def test_correct_data(db, dialog, qtbot, monkeypatch):
    from alianzas_desktop.ui.people.forms import ContactDialog

    person_id = _person_id(db, AUTHORISED)
    dialog.select_person(person_id)
    monkeypatch.setattr(ContactDialog, "exec", _fill_and_accept(phone_edit="3001112233"))
    with qtbot.waitSignal(dialog.contact_updated):
        dialog.correct_data()
    assert personal_data.person_report(db, person_id)["persona"]["telefono"] == "3001112233"
    assert dialog.detail.values["telefono"].text() == "3001112233"


def test_requests_log_with_overdue_in_red(db, dialog, qtbot, monkeypatch):
    from datetime import date, timedelta

    from PySide6.QtCore import Qt

    person_id = _person_id(db, UNAUTHORISED)
    long_ago = date.today() - timedelta(days=60)

    def choose_by_typing_and_accept(request_dialog):
        picker = request_dialog.person_picker
        qtbot.keyClicks(picker.search_edit, "nustes")
        qtbot.waitUntil(lambda: not picker.model.searching)
        assert picker.model.rowCount() == 1
        qtbot.keyClick(picker.search_edit, Qt.Key.Key_Down)  # into the list: the one found
        assert picker.person_id() == person_id
        return _fill_and_accept(kind_combo="supresion", date_edit=long_ago)(request_dialog)

    monkeypatch.setattr(RequestDialog, "exec", choose_by_typing_and_accept)
    tab = dialog.requests_tab
    with qtbot.waitSignal(tab.request_recorded):
        qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)

    due = tab.model.index(0, RequestTableModel.DUE)
    assert due.data().endswith("— vencida")
    assert due.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert tab.model.index(0, RequestTableModel.KIND).data() == "Supresión"
    assert "1 vencidas" in tab.summary_label.text()

    with qtbot.waitSignal(tab.request_answered):
        qtbot.mouseClick(tab.answer_button, Qt.MouseButton.LeftButton)
    assert not tab.model.index(0, RequestTableModel.DUE).data().endswith("vencida")
    assert personal_data.list_requests(db)[0].answered_on == date.today()
    assert not tab.answer_button.isEnabled()


def test_people_models(qtmodeltester):
    people = PersonTableModel()
    people.set_rows(
        [
            PersonInfo("1", "Ana", "Alcaldía", True, False, False),
            PersonInfo("2", ERASED_NAME, "", False, False, True),
        ]
    )
    qtmodeltester.check(people)
    requests = RequestTableModel(today=date(2026, 5, 1))
    received = date(2026, 3, 2)
    requests.set_rows(
        [
            RequestInfo(
                "r",
                "1",
                "Ana",
                "consulta",
                "Consulta",
                received,
                received + timedelta(14),
                None,
                "",
            ),
            RequestInfo(
                "s", "1", "Ana", "supresion", "Supresión", received, date(2026, 6, 1), None, ""
            ),
        ]
    )
    qtmodeltester.check(requests)
    assert requests.index(0, RequestTableModel.DUE).data() == "16/03/2026 — vencida"
    assert requests.index(1, RequestTableModel.DUE).data() == "01/06/2026"
    authorizations = AuthorizationTableModel()
    authorizations.set_rows(
        [
            {
                "fecha": "2026-03-02",
                "forma": "En pantalla",
                "version_del_texto": "v1",
                "revocada": None,
            }
        ]
    )
    qtmodeltester.check(authorizations)
    assert authorizations.index(0, 0).data() == "02/03/2026"


def _names(dialog) -> list[str]:
    model = dialog.model
    return [model.index(row, PersonTableModel.NAME).data() for row in range(model.rowCount())]


def _answered(qtbot, dialog) -> None:
    """The search is worked out in a worker: wait for its answer to be shown."""
    qtbot.waitUntil(lambda: not dialog.model.searching, timeout=10_000)


def _type_search(qtbot, dialog, text: str) -> None:
    """Type into the search field as the facilitator would (plain ASCII keys)."""
    dialog.search_edit.setFocus()
    dialog.search_edit.selectAll()
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.search_edit, text)
    _answered(qtbot, dialog)


def _click_header(qtbot, dialog, column: int) -> None:
    header = dialog.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_a_click_on_the_name_header_reverses_the_list_and_the_chosen_one_stays_chosen(
    db, dialog, qtbot
):
    dialog.show()
    qtbot.waitExposed(dialog)
    names = _names(dialog)
    assert len(names) >= 3 and names == sorted(names, key=fold)  # by name, accents aside
    chosen = _person_id(db, UNAUTHORISED)
    assert dialog.select_person(chosen)

    _click_header(qtbot, dialog, PersonTableModel.NAME)  # the same column again: reversed
    _answered(qtbot, dialog)
    assert _names(dialog) == list(reversed(names))
    assert dialog.selected_person().id == chosen
    header = dialog.view.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    # Only the name orders the list: another column's header leaves order and arrow alone.
    _click_header(qtbot, dialog, PersonTableModel.AUTHORIZATION)
    _answered(qtbot, dialog)
    assert _names(dialog) == list(reversed(names))
    assert header.sortIndicatorSection() == PersonTableModel.NAME
    assert dialog.selected_person().id == chosen
    dialog.refresh()  # read again (after any change): still in the order chosen
    assert _names(dialog) == list(reversed(names))
    assert dialog.selected_person().id == chosen

    # The search looks in the name and the organisation, accents and case aside.
    _type_search(qtbot, dialog, "NUSTES")
    assert _names(dialog) == [UNAUTHORISED]
    assert dialog.selected_person().id == chosen  # still chosen: it is found


def test_show_only_those_without_an_authorisation_by_keyboard(db, dialog, qtbot):
    """Mostrar ▸ Sin autorización vigente: chosen with Alt+M and the arrow keys."""
    dialog.show()
    qtbot.waitExposed(dialog)
    everyone = _names(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert dialog.showing_combo.hasFocus()
    qtbot.keyClick(dialog.showing_combo, Qt.Key.Key_Down)
    _answered(qtbot, dialog)
    shown = _names(dialog)
    assert UNAUTHORISED in shown and AUTHORISED not in shown
    people = {p.name: p for p in personal_data.list_people(db)}
    assert shown == [n for n in everyone if not people[n].has_authorization]
    assert dialog.count_label.text() == f"{len(shown)} de {len(everyone)}"
    # With a search besides: both narrow the list.
    _type_search(qtbot, dialog, "maria")
    assert _names(dialog) == []
    assert dialog.count_label.text() == "Ninguna persona coincide"
    _type_search(qtbot, dialog, "nustes")
    assert _names(dialog) == [UNAUTHORISED]


def test_the_window_opens_ready_to_type_a_name(dialog, qtbot):
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    typed_into = QApplication.focusWidget()
    assert typed_into is dialog.search_edit
    qtbot.keyClicks(typed_into, "nustes")
    _answered(qtbot, dialog)
    assert _names(dialog) == [UNAUTHORISED]


def test_the_paged_people_list_passes_qt_model_checks(db, alliance_id, qtmodeltester, qtbot):
    from alianzas_desktop.ui.people.models import PersonListModel

    model = PersonListModel()
    model.page_size = 2  # pages of two, fetched as a view would
    model.load(db)
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert [p.name for p in model.rows] == sorted((p.name for p in model.rows), key=fold)
    assert model.rowCount() == model.total_count() == 3


def test_closing_the_window_while_it_searches_leaves_nothing_to_fail(
    db, alliance_id, qtbot, monkeypatch
):
    """A search is answered by a worker: a window closed (and deleted) before the answer
    comes is not told, instead of a list already gone being filled."""
    from alianzas_desktop.services import people_list

    held = HeldCall(monkeypatch, people_list, "find")
    screen = PeopleDialog(db)
    qtbot.keyClicks(screen.search_edit, "nustes")
    assert screen.model.searching
    screen.reject()
    deleted_before_answer(qtbot, screen, held)
