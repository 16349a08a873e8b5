"""The change history reads as a facilitator would write it, built from real changes."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from datetime import date

import pytest

from alianzas_desktop.domain.formatting import date_time, local_moment
from alianzas_desktop.profile import Profile, save_profile
from alianzas_desktop.services import (
    agreements,
    alliance_changes,
    alliances,
    audit,
    meetings,
    nacimiento,
)
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting

FROG = "Alianza «Alianza Frijol del Páramo»"


@pytest.fixture
def alliance_id(db):
    save_profile(Profile(name="Ana Milena Zapata"))
    return nacimiento.found_alliance(db, nacimiento_data())


def _sentences(db, alliance_id: str) -> list[str]:
    return [r.summary for r in reversed(audit.history_of_alliance(db, alliance_id))]


def _closed_meeting(db, alliance_id: str) -> tuple[str, str]:
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    followed = data.follow_ups[0].commitment_id
    meetings.close_meeting(db, data, meeting_id)
    return meeting_id, followed


def test_the_founding_names_every_record(db, alliance_id):
    sentences = _sentences(db, alliance_id)
    assert sentences[0] == f"{FROG} creada"
    assert "Socio «Alcaldía de Sonsón» agregado a la alianza" in sentences
    assert "Socio «Cooperativa de Productores de La Loma» agregado a la alianza" in sentences
    assert "Condición «Propósito común» creada" in sentences
    assert "Compromiso «Comprar toda la cosecha a precio acordado» creado" in sentences
    assert "Compromiso «Dos técnicos agrícolas de tiempo completo» creado" in sentences
    assert "Acuerdo de compromisos, versión 1 creado" in sentences
    [created] = [r for r in audit.history_of_alliance(db, alliance_id) if r.table == "alliances"]
    assert created.actor == "Ana Milena Zapata"
    assert "área de aplicación: Productividad agrícola o artesanal" in created.details
    assert "fecha de inicio: 02/03/2026" in created.details
    assert "formalidad: Informal (sin constitución jurídica)" in created.details


def test_a_commitment_shows_its_money_kind_and_deadline(db, alliance_id):
    [created] = [
        r
        for r in audit.history_of_alliance(db, alliance_id)
        if r.record_name == "Compromiso «Comprar toda la cosecha a precio acordado»"
    ]
    assert created.details == (
        "socio: «Comercializadora El Páramo S.A.S.»",
        "descripción: Comprar toda la cosecha a precio acordado",
        "tipo de aporte: Dinero",
        "valor estimado: $ 120.000.000",
        "fecha límite: 30/06/2027",
        "lógica: Política",
        "estado: Pendiente",
    )


def test_moving_phase_reads_as_a_phase_change(db, alliance_id):
    alliances.move_to_phase(db, alliance_id, "puesta_en_marcha")
    [latest, *_] = audit.history_of_alliance(db, alliance_id)
    assert latest.summary == f"{FROG}: fase Nacimiento → Puesta en marcha"
    assert latest.action_label == "Modificó"
    assert latest.when == date_time(local_moment(latest.at))
    assert re.fullmatch(r"\d{1,2} de [a-z]+ de \d{4}, \d{1,2}:\d{2} [ap]\.\s?m\.", latest.when)


def test_a_meeting_closes_as_a_numbered_acta_and_moves_commitments(db, alliance_id):
    meeting_id, followed = _closed_meeting(db, alliance_id)
    sentences = _sentences(db, alliance_id)
    assert "Sesión ordinaria del 20/11/2026 convocada (Acta No. 1)" in sentences
    assert "Acta No. 1 cerrada" in sentences
    assert (
        "Compromiso «Convocar y organizar a las familias productoras»: Pendiente → Cumplido"
        in sentences
    )
    assert "Compromiso «Visitar las 15 fincas pendientes» creado" in sentences
    assert (
        "Acta No. 1: hora de finalización: 11:30 a.\u202fm.; fecha de la próxima reunión: "
        "18/12/2026; lugar de la próxima reunión: Alcaldía de Sonsón, salón del concejo"
    ) in sentences
    [status] = [r.summary for r in audit.history_of_record(db, followed) if r.action == "modificar"]
    assert (
        status
        == "Compromiso «Convocar y organizar a las familias productoras»: Pendiente → Cumplido"
    )


def test_a_meetings_attendance_and_development_are_named(db, alliance_id):
    meeting_id, _ = _closed_meeting(db, alliance_id)
    data = meetings.meeting_data(db, meeting_id)
    first = data.attendees[0]
    [change] = [r for r in audit.history_of_record(db, first.key) if r.action == "modificar"]
    assert (
        change.summary
        == f"Asistencia de «{first.name}»: Convocado → Asistió; firma el acta: no → sí"
    )
    item = data.agenda[1]
    [notes] = [r for r in audit.history_of_record(db, item.key) if r.action == "modificar"]
    assert notes.summary == (
        "Punto del orden del día «Informe de la asistencia técnica»: "
        "desarrollo: El técnico informó visitas a 45 de las 60 fincas."
    )


def test_retiring_issuing_and_archiving(db, alliance_id):
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    partner = alliances.alliance_detail(db, alliance_id).partners[1]
    alliance_changes.retire_partner(db, partner.membership_id, date(2026, 8, 1), "Se fue")
    alliance_changes.archive_alliance(db, alliance_id)
    alliance_changes.restore_alliance(db, alliance_id)

    sentences = _sentences(db, alliance_id)
    assert "Acuerdo de compromisos, versión 1 emitido" in sentences
    assert (
        "Socio «Comercializadora El Páramo S.A.S.» retirado el 01/08/2026 (motivo: Se fue)"
    ) in sentences
    assert sentences[-2:] == [f"{FROG} archivada", f"{FROG} restaurada"]


def test_a_renamed_alliance_is_named_as_it_is_now(db, alliance_id):
    data = alliance_changes.editable_data(db, alliance_id)
    data.name = "Frijol del Páramo"
    alliance_changes.update_alliance(db, alliance_id, data)
    [latest, *_, first] = [
        r for r in audit.history_of_alliance(db, alliance_id) if r.table == "alliances"
    ]
    assert latest.summary == (
        "Alianza «Frijol del Páramo»: nombre: Alianza Frijol del Páramo → Frijol del Páramo"
    )
    assert first.summary == "Alianza «Frijol del Páramo» creada"


def test_a_deleted_record_keeps_its_name_from_the_log(db, alliance_id):
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    removed = data.agenda.pop(0)
    meetings.save_convocation(db, data, meeting_id)

    history = audit.history_of_record(db, removed.key)
    assert [r.summary for r in history] == [
        "Punto del orden del día «Verificación del quórum» creado",
        "Punto del orden del día «Verificación del quórum» borrado",
    ]
    assert history[-1].action_label == "Borró"


def test_personal_data_stays_masked_in_the_history_and_out_of_the_log(db, alliance_id):
    _closed_meeting(db, alliance_id)
    with sqlite3.connect(db.path) as connection:
        log = " ".join(r[0] for r in connection.execute("SELECT changes FROM audit_log"))
    for personal in ("María Eugenia Ríos", "Aurelio Cañas Muñoz", "3111234567", "43.123.456"):
        assert personal not in log
    people = [
        line
        for record in audit.history_of_alliance(db, alliance_id)
        for line in record.details
        if line.startswith(("documento:", "teléfono:", "correo electrónico:"))
    ]
    assert people == []
    with sqlite3.connect(db.path) as connection:
        [person_id] = connection.execute(
            "SELECT id FROM people WHERE full_name = 'María Eugenia Ríos'"
        ).fetchone()
    [created] = audit.history_of_record(db, person_id)
    assert "documento: «dato personal»" in created.details
    assert "teléfono: «dato personal»" in created.details
    assert not any("3104567890" in line or "43.123.456" in line for line in created.details)


def test_an_erased_person_is_not_named_again(db, alliance_id):
    from alianzas_desktop.services import personal_data

    with sqlite3.connect(db.path) as connection:
        [person_id] = connection.execute(
            "SELECT id FROM people WHERE full_name = 'María Eugenia Ríos'"
        ).fetchone()
    personal_data.erase_person(db, person_id)
    lines = [
        line
        for record in audit.history_of_record(db, person_id)
        for line in (record.summary, *record.details)
    ]
    assert lines and not any("María" in line for line in lines)
    assert audit.history_of_record(db, person_id)[-1].summary == (
        "Persona «Persona suprimida»: datos suprimidos"
    )


def test_signed_papers_say_when(db, alliance_id):
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    today = date.today()
    agreements.sign_version(db, version.id, today, b"%PDF-1.4", "acuerdo.pdf")
    meeting_id, _ = _closed_meeting(db, alliance_id)
    meetings.mark_signed(db, meeting_id, today, b"%PDF-1.4", "acta-1.pdf")
    on = today.strftime("%d/%m/%Y")

    sentences = _sentences(db, alliance_id)
    assert (
        f"Acuerdo de compromisos, versión 1 firmado el {on}: copia firmada: acuerdo.pdf"
    ) in sentences
    assert f"Acta No. 1 firmada el {on}: copia firmada: acta-1.pdf" in sentences


def test_entries_written_before_this_version_read_cleanly(db, alliance_id):
    """Databases in the field hold entries with document sizes and an acta's JSON."""
    [version] = agreements.list_versions(db, alliance_id)
    meeting_id, _ = _closed_meeting(db, alliance_id)
    old = {
        version.id: (
            "agreement_versions",
            {
                "content": [
                    "«contenido del documento, 0 caracteres»",
                    "«contenido del documento, 4.373 caracteres»",
                ]
            },
        ),
        meeting_id: (
            "meetings",
            {
                "status": ["convocada", "cerrada"],
                "number": [None, 1],
                "content": ["{}", json.dumps({"attendees": [{"id": "x", "name": "Ana"}]})],
                "closed_at": [None, "2026-11-20T16:21:00.123456"],
            },
        ),
    }
    with sqlite3.connect(db.path) as connection:
        for record_id, (table, changes) in old.items():
            connection.execute(
                "INSERT INTO audit_log (id, at, actor, action, table_name, record_id, "
                "alliance_id, changes) VALUES (?, '2026-11-20 21:21:00', 'Ana', 'modificar', "
                "?, ?, ?, ?)",
                (str(uuid.uuid4()), table, record_id, alliance_id, json.dumps(changes)),
            )
    by_record = {
        r.record_id: r.summary
        for r in audit.history_of_alliance(db, alliance_id)
        if r.at.year == 2026 and r.at.month == 11 and r.at.day == 20 and r.at.hour == 21
    }
    assert by_record == {
        version.id: "Acuerdo de compromisos, versión 1: texto del borrador actualizado",
        meeting_id: "Acta No. 1 cerrada",
    }
