"""Verifying a code recomputes it from the stored content; annexes have a code of their own."""

from __future__ import annotations

import sqlite3

import pytest

from alianzas_desktop.services import agreements, meetings, nacimiento
from alianzas_desktop.services.verification import find_document
from alianzas_desktop.storage import integrity
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting


@pytest.fixture
def alliance_id(db):
    return nacimiento.found_alliance(db, nacimiento_data())


def test_the_kinds_are_the_services_own():
    assert integrity.AGREEMENT_KIND == agreements.DOCUMENT_KIND
    assert integrity.ACTA_KIND == meetings.DOCUMENT_KIND


def test_a_tampered_agreement_is_found_but_not_trusted(db, alliance_id, qtbot):
    from alianzas_desktop.ui.dialogs.verify_dialog import VerifyDialog

    [version] = agreements.list_versions(db, alliance_id)
    code = agreements.issue_version(db, version.id)
    assert find_document(db, code).intact
    with sqlite3.connect(db.path) as raw:
        raw.execute("DROP TRIGGER agreement_versions_frozen")
        raw.execute("UPDATE agreement_versions SET content = '{}' WHERE id = ?", (version.id,))
    match = find_document(db, code)
    assert match is not None and not match.intact
    assert match.verdict().endswith(integrity.ALTERED)

    dialog = VerifyDialog(db)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText(code)
    with qtbot.waitSignal(dialog.checked) as checked:
        dialog.verify()
    assert checked.args == [False]
    assert "el contenido no corresponde al código: documento alterado" in (
        dialog.result_label.text()
    )
    assert not dialog.open_button.isEnabled()


def test_the_annex_code_printed_on_an_acta_is_found(db, alliance_id):
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    meetings.add_addendum(db, meeting_id, "Donde dice 4.200 debe decir 4.300")
    first = meetings.acta_document(db, meeting_id).annex_code
    match = find_document(db, first)
    assert match is not None and match.meeting_id == meeting_id and match.intact
    assert match.title.startswith("Anexos (fe de erratas y firmas) del Acta No. 1")

    meetings.add_addendum(db, meeting_id, "Segunda corrección")
    # A page printed before the second correction still leads to the acta, and says so.
    earlier = find_document(db, first)
    assert earlier is not None and "después se agregaron 1 anexo(s) más" in earlier.title
    latest = find_document(db, meetings.acta_document(db, meeting_id).annex_code)
    assert latest is not None and "después" not in latest.title
    assert find_document(db, "AAAA-BBBB-CCCC") is None
