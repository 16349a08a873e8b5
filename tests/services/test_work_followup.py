"""Conflict register, health, the commitments board with evidence, and phase changes as acts."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.conflicts import ConflictData
from alianzas_desktop.services import (
    agreements,
    alliances,
    commitment_board,
    conflicts,
    health,
    nacimiento,
    phase_changes,
)
from alianzas_desktop.services.commitment_board import BoardFilter, EvidenceFile
from alianzas_desktop.services.errors import ValidationFailed
from alianzas_desktop.services.phase_changes import ChecklistUnmet
from tests.factories import nacimiento_data

TODAY = date(2026, 6, 15)


@pytest.fixture
def alliance_id(db) -> str:
    return nacimiento.found_alliance(db, nacimiento_data(), date(2026, 3, 2))


def _second(db) -> str:
    data = nacimiento_data()
    data.name = "Cacao para la Paz"
    return nacimiento.found_alliance(db, data, date(2026, 3, 2))


def test_record_and_update_a_conflict(db, alliance_id):
    data = ConflictData(
        level="incidentes_criticos",
        occurred_on=date(2026, 6, 1),
        description="El comprador no recogió la cosecha & no avisó <a tiempo>",
        parties="Comercializadora y Cooperativa",
        handling="mediacion_tercero",
    )
    conflict_id = conflicts.record_conflict(db, alliance_id, data, today=TODAY)
    [info] = conflicts.list_conflicts(db, alliance_id)
    assert info.id == conflict_id and info.is_open_critical
    assert info.description.endswith("<a tiempo>")
    assert conflicts.open_critical_counts(db) == {alliance_id: 1}
    assert health.alliance_health(db, alliance_id, today=TODAY).health == "rojo"

    data.status = "resuelto"
    with pytest.raises(ValidationFailed) as refused:
        conflicts.update_conflict(db, conflict_id, data, today=TODAY)
    assert set(refused.value.errors) == {"resolution", "resolved_on"}
    assert conflicts.list_conflicts(db, alliance_id)[0].status == "abierto"
    data.resolution = "Nuevo acuerdo de recogida semanal"
    data.resolved_on = date(2026, 6, 10)
    data.learned = "Avisar por WhatsApp antes de cada recogida"
    conflicts.update_conflict(db, conflict_id, data, today=TODAY)
    assert conflicts.open_critical_counts(db) == {}
    assert conflicts.conflict(db, conflict_id).learned.startswith("Avisar")


def test_health_of_all_reads_every_alliance_with_reasons(db, alliance_id):
    other = _second(db)
    readings = health.health_of_all(db, today=TODAY)
    assert set(readings) == {alliance_id, other}
    # The cooperative's commitment was due 01/06/2026; no session in 3 months since 02/03.
    reading = readings[alliance_id]
    assert reading.health == "amarillo"
    assert reading.overdue_commitments == 1
    assert any("venció el 01/06/2026" in r for r in reading.reasons)
    assert any("Ninguna sesión" in r for r in reading.reasons)
    # The list carries it too.
    summary = {s.id: s for s in alliances.list_alliances(db, with_health=True)}
    assert summary[alliance_id].health is not None
    assert alliances.list_alliances(db)[0].health is None


def test_board_filters_and_fulfilment(db, alliance_id):
    other = _second(db)
    rows = commitment_board.board_rows(db, today=TODAY)
    assert len(rows) == 6
    assert [r.deadline for r in rows] == sorted(r.deadline for r in rows)
    mine = commitment_board.board_rows(db, BoardFilter(alliance_id=alliance_id), today=TODAY)
    assert {r.alliance_id for r in mine} == {alliance_id} and len(mine) == 3
    overdue = commitment_board.board_rows(db, BoardFilter(overdue=True), today=TODAY)
    assert {r.alliance_id for r in overdue} == {alliance_id, other}
    assert all(r.overdue and r.description.startswith("Convocar") for r in overdue)
    soon = commitment_board.board_rows(db, BoardFilter(due_soon=True), today=date(2026, 5, 2))
    assert len(soon) == 2 and all(r.due_soon for r in soon)
    assert commitment_board.board_rows(db, BoardFilter(due_soon=True), today=date(2026, 5, 1)) == []
    public = commitment_board.board_rows(db, BoardFilter(sector="publico", logic="tecnica"))
    assert {r.organization for r in public} == {"Alcaldía de Sonsón"}
    money = commitment_board.board_rows(db, BoardFilter(kind="dinero"))
    assert {r.estimated_value for r in money} == {120_000_000}

    alcaldia = public[0]
    commitment_board.update_status(
        db, alcaldia.id, "cumplido", "Los dos técnicos ya trabajan", today=TODAY
    )
    summary = commitment_board.board_summary(db, today=TODAY)
    assert summary.count == len(commitment_board.board_rows(db, today=TODAY)) == 6
    shares = {p.organization: p for p in summary.fulfilment}
    sonson = shares["Alcaldía de Sonsón"]
    # The same organisation is a partner of both alliances: 1 of 2 fulfilled.
    assert (sonson.fulfilled, sonson.total) == (1, 2)
    assert (sonson.delivered_pesos, sonson.committed_pesos) == (48_000_000, 96_000_000)


def test_status_update_needs_a_note_and_keeps_evidence_and_history(db, alliance_id):
    [row] = commitment_board.board_rows(db, BoardFilter(alliance_id=alliance_id, overdue=True))
    with pytest.raises(ValidationFailed) as refused:
        commitment_board.update_status(db, row.id, "en_curso", "  ", today=TODAY)
    assert refused.value.errors == {"note": "Escriba una nota."}
    with pytest.raises(ValidationFailed) as empty:
        commitment_board.update_status(
            db, row.id, "en_curso", "x", evidence=[EvidenceFile("vacío.jpg", b"")], today=TODAY
        )
    assert "vacío" in empty.value.errors["evidence"]
    assert commitment_board.commitment_history(db, row.id) == []

    photo = EvidenceFile("reunión de familias.jpg", b"\xff\xd8\xff" + b"0" * 100)
    commitment_board.update_status(
        db,
        row.id,
        "en_curso",
        "Ya se convocaron 40 de las 60 familias",
        on=date(2026, 6, 10),
        evidence=[photo, EvidenceFile("lista.pdf", b"%PDF-1.4 x")],
        today=TODAY,
    )
    [entry] = commitment_board.commitment_history(db, row.id)
    assert (entry.from_status, entry.to_status, entry.on) == (
        "pendiente",
        "en_curso",
        date(2026, 6, 10),
    )
    assert [e.file_name for e in entry.evidence] == ["reunión de familias.jpg", "lista.pdf"]
    assert entry.evidence[0].media_type == "image/jpeg" and entry.evidence[0].size == 103
    stored = commitment_board.evidence_file(db, entry.evidence[0].id)
    assert stored.content == photo.content
    [after] = commitment_board.board_rows(
        db, BoardFilter(alliance_id=alliance_id, status="en_curso")
    )
    assert after.evidence_count == 2


def test_leaving_nacimiento_unsigned_asks_for_confirmation(db, alliance_id):
    items = phase_changes.phase_checklist(db, alliance_id, "puesta_en_marcha", today=TODAY)
    assert {i.code: i.met for i in items}["acuerdo_firmado"] is False
    with pytest.raises(ChecklistUnmet) as unmet:
        phase_changes.change_phase(
            db, alliance_id, "puesta_en_marcha", date(2026, 6, 1), "Plan listo", today=TODAY
        )
    assert [i.code for i in unmet.value.items] == ["acuerdo_firmado"]
    assert "no se ha emitido ni firmado" in str(unmet.value)
    assert alliances.alliance_detail(db, alliance_id).phase == "nacimiento"
    assert phase_changes.phase_history(db, alliance_id) == []

    phase_changes.change_phase(
        db,
        alliance_id,
        "puesta_en_marcha",
        date(2026, 6, 1),
        "Plan listo",
        confirm_unmet=True,
        today=TODAY,
    )
    [change] = phase_changes.phase_history(db, alliance_id)
    assert (change.from_phase, change.to_phase, change.on) == (
        "nacimiento",
        "puesta_en_marcha",
        date(2026, 6, 1),
    )
    assert change.checklist["acuerdo_firmado"] is False and change.checklist["proposito_comun"]
    assert alliances.alliance_detail(db, alliance_id).phase == "puesta_en_marcha"
    with pytest.raises(ValidationFailed) as early:
        phase_changes.change_phase(
            db, alliance_id, "consolidacion", date(2026, 5, 1), "x", confirm_unmet=True, today=TODAY
        )
    assert early.value.errors == {"on": "La fecha es anterior al último cambio de fase registrado."}


def test_a_signed_agreement_meets_the_checklist(db, alliance_id):
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    agreements.sign_version(db, version.id, date.today())
    phase_changes.change_phase(db, alliance_id, "puesta_en_marcha", date.today(), "Firmado")
    assert alliances.alliance_detail(db, alliance_id).phase == "puesta_en_marcha"


def test_move_to_phase_still_works_for_scripts_and_records_the_act(db, alliance_id):
    alliances.move_to_phase(db, alliance_id, "consolidacion")
    assert alliances.move_to_phase(db, alliance_id, "consolidacion") == ""
    [change] = phase_changes.phase_history(db, alliance_id)
    assert change.to_phase == "consolidacion" and change.reason == ""
    with pytest.raises(ValidationFailed):
        alliances.move_to_phase(db, alliance_id, "otra")


def test_health_of_every_alliance_takes_the_same_few_queries(db, alliance_id):
    from sqlalchemy import event

    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    def reading_all() -> int:
        statements.clear()
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            health.health_of_all(db, today=TODAY)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(statements)

    one = reading_all()
    for _ in range(4):
        _second(db)
    assert reading_all() == one <= 6


def test_an_archived_alliance_refuses_new_conflicts_and_follow_up(db, alliance_id):
    from alianzas_desktop.services import alliance_changes
    from alianzas_desktop.services.errors import ServiceError

    alliance_changes.archive_alliance(db, alliance_id)
    with pytest.raises(ServiceError, match="archivada"):
        conflicts.record_conflict(
            db, alliance_id, ConflictData(occurred_on=TODAY, description="x"), today=TODAY
        )
    [row, *_] = commitment_board.board_rows(db, BoardFilter(alliance_id=alliance_id))
    with pytest.raises(ServiceError, match="archivada"):
        commitment_board.update_status(db, row.id, "cumplido", "Hecho", today=TODAY)
    assert conflicts.list_conflicts(db, alliance_id) == []


def test_the_board_read_page_after_page_is_the_whole_board_in_order(db, alliance_id):
    other = _second(db)
    commitment_board.update_status(db, _first_id(db, other), "cancelado", "No se hará", today=TODAY)
    for filters in (
        BoardFilter(),
        BoardFilter(alliance_id=alliance_id),
        BoardFilter(overdue=True),
        BoardFilter(sector="publico"),
    ):
        whole = commitment_board.board_rows(db, filters, today=TODAY)
        for size in (1, 2, 4):
            pages, after = [], None
            while True:
                page = commitment_board.board_rows(
                    db, filters, today=TODAY, after=after, limit=size
                )
                pages += page
                if len(page) < size:
                    break
                after = page[-1]
            assert [r.id for r in pages] == [r.id for r in whole]
        # The summary counts in the database what the rows say.
        summary = commitment_board.board_summary(db, filters, today=TODAY)
        assert summary.count == len(whole)
        kept = [r for r in whole if r.status != "cancelado"]
        assert {p.organization_id: (p.fulfilled, p.total) for p in summary.fulfilment} == {
            oid: (
                sum(r.status == "cumplido" for r in kept if r.organization_id == oid),
                sum(r.organization_id == oid for r in kept),
            )
            for oid in {r.organization_id for r in kept}
        }
    partners = commitment_board.board_partners(db)
    assert [name for name, _id in partners] == sorted(name for name, _id in partners)
    mine = commitment_board.board_partners(db, alliance_id)
    rows = commitment_board.board_rows(db, BoardFilter(alliance_id=alliance_id))
    assert {oid for _name, oid in mine} == {r.organization_id for r in rows}
    # An archived alliance's partners leave the list of every alliance's board, as its rows.
    from alianzas_desktop.services import alliance_changes

    alliance_changes.archive_alliance(db, other)
    shown = {r.organization_id for r in commitment_board.board_rows(db)}
    assert {oid for _name, oid in commitment_board.board_partners(db)} == shown
    alliance_changes.archive_alliance(db, alliance_id)
    assert commitment_board.board_rows(db) == commitment_board.board_partners(db) == []


def _first_id(db, alliance_id: str) -> str:
    return commitment_board.board_rows(db, BoardFilter(alliance_id=alliance_id))[0].id
