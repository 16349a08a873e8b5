"""A formal alliance's page 4: legal figure, convenio number and date, the signed scan
attached through the file picker (kept in the draft, read when the plan is stored)."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.services import drafts, nacimiento, workplan
from alianzas_desktop.services.workplan import MAX_SCAN_BYTES
from alianzas_desktop.ui import file_dialogs
from alianzas_desktop.ui.wizards.puesta_en_marcha.base import PAGE_FORMALIZATION, PAGE_SUMMARY
from tests.factories import nacimiento_data
from tests.ui.puesta_en_marcha.conftest import (
    click,
    click_cancel,
    click_finish,
    click_next,
    type_date,
    type_into,
)
from tests.workplan_factories import plan_data


def formal_alliance(db) -> str:
    data = nacimiento_data()
    data.formality = "formal"
    data.legal_figure = "Convenio de asociación"
    return nacimiento.found_alliance(db, data)


def test_convenio_with_its_scan_is_stored(qtbot, db, make_wizard, monkeypatch, tmp_path):
    alliance_id = formal_alliance(db)
    # The plan itself comes ready; the wizard opens on a draft at page 4.
    data = plan_data(db, alliance_id)
    draft_id = drafts.save_draft(
        db,
        DraftKind.PUESTA_EN_MARCHA,
        data.to_dict(),
        page=PAGE_FORMALIZATION,
        title="Puesta en marcha",
        subject_id=alliance_id,
    )
    wizard = make_wizard(alliance_id, draft_id=draft_id)
    page = wizard.page_widget(PAGE_FORMALIZATION)
    assert wizard.currentId() == PAGE_FORMALIZATION
    assert page.formal_box.isVisible()
    assert page.legal_figure_edit.text() == "Convenio de asociación"  # from the structure

    big = tmp_path / "enorme.pdf"
    big.write_bytes(b"0" * (MAX_SCAN_BYTES + 1))
    scan = tmp_path / "convenio firmado.pdf"
    scan.write_bytes(b"%PDF-1.4 convenio firmado")
    chosen = [str(big), str(scan)]
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: chosen.pop(0))
    click(qtbot, page.scan_button)
    assert page.messages["scan"].message == "El archivo es demasiado grande (máximo 30 MB)."
    click(qtbot, page.scan_button)
    assert page.scan_label.text() == "Se adjuntará: convenio firmado.pdf"
    assert page.remove_scan_button.isEnabled()

    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_FORMALIZATION
    assert page.messages["convenio_number"].message == "Escriba el número del convenio."
    assert page.messages["convenio_date"].message == "Indique la fecha del convenio."
    type_into(qtbot, page.number_edit, "CV-2026-014")
    type_date(qtbot, page.date_edit, date(2026, 4, 2))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY
    assert "CV-2026-014" in wizard.page_widget(PAGE_SUMMARY).browser.toPlainText()
    click_finish(qtbot, wizard)

    assert workplan.convenio_scan(db, alliance_id) == (
        "convenio firmado.pdf",
        b"%PDF-1.4 convenio firmado",
    )
    document = workplan.plan_document(db, alliance_id)
    assert (document.legal_figure, document.convenio_number) == (
        "Convenio de asociación",
        "CV-2026-014",
    )
    assert document.convenio_date == date(2026, 4, 2)


def test_a_scan_moved_away_after_the_draft_is_said_on_page_4(
    qtbot, db, make_wizard, monkeypatch, tmp_path
):
    alliance_id = formal_alliance(db)
    data = plan_data(db, alliance_id)
    data.convenio_number = "CV-9"
    data.convenio_date = date(2026, 4, 2)
    draft_id = drafts.save_draft(
        db,
        DraftKind.PUESTA_EN_MARCHA,
        data.to_dict(),
        page=PAGE_FORMALIZATION,
        title="Puesta en marcha",
        subject_id=alliance_id,
    )
    scan = tmp_path / "convenio.jpg"
    scan.write_bytes(b"\xff\xd8 foto")
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(scan))
    wizard = make_wizard(alliance_id, draft_id=draft_id)
    click(qtbot, wizard.page_widget(PAGE_FORMALIZATION).scan_button)
    click_cancel(qtbot, wizard)  # the draft keeps the chosen file's path

    scan.unlink()
    again = make_wizard(alliance_id, draft_id=drafts.list_drafts(db)[0].id)
    assert again.data.scan_path == str(scan)
    click_next(qtbot, again)
    click_finish(qtbot, again)
    page = again.page_widget(PAGE_FORMALIZATION)
    assert again.currentId() == PAGE_FORMALIZATION
    assert page.messages["scan"].message == (
        "No se puede leer el archivo «convenio.jpg»: elíjalo de nuevo."
    )
    assert not workplan.has_plan(db, alliance_id)
    click(qtbot, page.remove_scan_button)
    click_next(qtbot, again)
    click_finish(qtbot, again)
    assert workplan.has_plan(db, alliance_id)
    assert workplan.convenio_scan(db, alliance_id) is None
