"""How the change history reads: values, record names and the sentences of each entry."""

from __future__ import annotations

import time as clock
from datetime import date, datetime, time

import pytest

from alianzas_desktop.domain.history_text import (
    CREATE,
    DELETE,
    EMPTY,
    FIELDS,
    UPDATE,
    Change,
    change_text,
    coded,
    describe,
    field_label,
    is_shown,
    meeting_name,
    name_only,
    record_name,
    shorten,
    value_line,
    value_text,
    when,
)
from alianzas_desktop.domain.vocabulary import CommitmentStatus, ContributionKind, Logic, Sector

PM = "p.\u202fm."  # CLDR writes a narrow no-break space in «p. m.»
AM = "a.\u202fm."
LONG_NAME = "Cooperativa Multiactiva de Productores Agropecuarios de la Vereda La Loma"

NAMES = {
    ("organizations", "o1"): "Cooperativa La Loma",
    ("organizations", "o2"): LONG_NAME,
    ("people", "p1"): "María Eugenia Ríos",
    ("attendances", "at1"): "Jorge Iván Cardona",
    ("commitments", "c1"): "Entregar los predios",
}


def ref(table: str, record_id: str) -> str:
    return NAMES.get((table, record_id), "")


@pytest.fixture
def in_bogota(monkeypatch):
    """The machine's clock set to Colombia (UTC−5), where stored UTC instants are read."""
    monkeypatch.setenv("TZ", "America/Bogota")
    clock.tzset()
    yield
    monkeypatch.undo()
    clock.tzset()


# -- shorten -----------------------------------------------------------------------------


def test_shorten_keeps_short_text_on_one_line():
    assert shorten("  Entregar\n los   predios \t") == "Entregar los predios"
    assert shorten(12) == "12"
    assert shorten("a" * 60) == "a" * 60


def test_shorten_cuts_at_a_word_and_adds_an_ellipsis():
    text = "Entregar los predios para la planta de beneficio de cacao en la vereda La Loma"
    assert shorten(text) == "Entregar los predios para la planta de beneficio de cacao…"
    assert shorten("uno, dos, tres, cuatro, cinco, seis, siete, ocho", 30) == (
        "uno, dos, tres, cuatro…"
    )


def test_shorten_without_a_space_in_the_second_half_cuts_hard():
    assert shorten("a" * 61) == "a" * 59 + "…"
    assert len(shorten("a" * 61)) == 60
    # A space at position 29 is in the first half of the 59 characters kept: hard cut.
    text = "b" * 29 + " " + "c" * 40
    assert shorten(text) == text[:59] + "…"
    # A space at position 30 is in the second half: cut there.
    text = "b" * 30 + " " + "c" * 40
    assert shorten(text) == "b" * 30 + "…"


def test_shorten_to_a_given_length():
    assert shorten("abcdef", 6) == "abcdef"
    assert shorten("abcdefg", 6) == "abcde…"
    assert shorten("ab cd ef gh", 10) == "ab cd ef…"


# -- labels ------------------------------------------------------------------------------


def test_field_labels_by_table_first():
    assert field_label("commitments", "kind") == "tipo de aporte"
    assert field_label("meetings", "kind") == "tipo de sesión"
    assert field_label("agenda_items", "notes") == "desarrollo"
    assert field_label("data_requests", "notes") == "notas"
    assert field_label("commitments", "deadline") == "fecha límite"
    assert field_label("commitments", "notes") == ""
    assert field_label("alliances", "nope") == ""


def test_what_is_shown():
    assert is_shown("commitments", "description")
    assert is_shown("commitments", "membership_id")  # a reference, said by name
    assert is_shown("attendances", "status")
    for hidden in ("id", "created_at", "position", "content", "number", "closed_at"):
        assert not is_shown("meetings", hidden)
    assert not is_shown("alliance_conditions", "condition")
    assert not is_shown("attendances", "person_id")
    assert not is_shown("commitments", "alliance_id")  # a key without a label of its own
    assert not is_shown("commitments", "whatever")  # no label


def test_coded_fields_by_table_first():
    assert coded("commitments", "status") is CommitmentStatus
    assert coded("commitments", "kind") is ContributionKind
    assert coded("alliances", "sector") is Sector
    assert coded("commitments", "logic") is Logic
    assert coded("organizations", "kind") is None
    assert coded("alliances", "name") is None


# -- values ------------------------------------------------------------------------------


def test_empty_and_yes_no_values():
    assert value_text("commitments", "description", None) == EMPTY == "(vacío)"
    assert value_text("commitments", "description", "") == "(vacío)"
    assert value_text("meetings", "signs", True) == "sí"
    assert value_text("meetings", "signs", False) == "no"
    assert value_text("commitments", "estimated_value", True) == "sí"


def test_numbers_and_money():
    assert value_text("commitments", "estimated_value", 850_000_000) == "$ 850.000.000"
    assert value_text("commitments", "estimated_value", 1500.7) == "$ 1.500"
    assert value_text("decisions", "votes_for", 12) == "12"
    assert value_text("decisions", "votes_for", 0) == "0"
    assert value_text("decisions", "votes_for", 2.5) == "2.5"
    assert value_text("decisions", "votes_for", 1234567) == "1234567"


def test_dates_and_times(in_bogota):
    assert value_text("commitments", "deadline", date(2027, 6, 15)) == "15/06/2027"
    assert value_text("meetings", "start_time", time(14, 30)) == f"2:30 {PM}"
    assert value_text("meetings", "start_time", time(9, 5)) == f"9:05 {AM}"
    assert value_text("meetings", "closed", datetime(2026, 11, 30, 22, 21)) == (
        f"30 de noviembre de 2026, 5:21 {PM}"
    )
    assert when(datetime(2026, 12, 1, 2, 0)) == f"30 de noviembre de 2026, 9:00 {PM}"


def test_iso_text_is_read_as_dates_and_times(in_bogota):
    assert value_text("commitments", "deadline", "2027-06-15") == "15/06/2027"
    assert value_text("x", "y", "2026-11-30T22:21:00") == f"30 de noviembre de 2026, 5:21 {PM}"
    assert value_text("x", "y", "2026-11-30 22:21") == f"30 de noviembre de 2026, 5:21 {PM}"
    assert value_text("meetings", "start_time", "14:30") == f"2:30 {PM}"
    assert value_text("meetings", "start_time", "14:30:00") == f"2:30 {PM}"
    assert value_text("meetings", "start_time", "14:30:00.250") == f"2:30 {PM}"


def test_text_that_only_looks_like_a_date_is_kept():
    assert value_text("x", "y", "2026-02-30") == "2026-02-30"
    assert value_text("x", "y", "2026-13-45T10:00") == "2026-13-45T10:00"
    assert value_text("x", "y", "25:99") == "25:99"
    assert value_text("x", "y", "2026-11-30 y más") == "2026-11-30 y más"
    assert value_text("x", "y", "en 2026-11-30") == "en 2026-11-30"
    assert value_text("x", "y", "14:30 h") == "14:30 h"
    assert value_text("x", "y", "a las 14:30") == "a las 14:30"


def test_references_are_said_by_name():
    assert value_text("commitments", "membership_id", "o1", ref) == EMPTY  # no membership o1
    assert value_text("commitments", "organization_id", "o1", ref) == "«Cooperativa La Loma»"
    assert value_text("commitments", "responsible_person_id", "p1", ref) == ("«María Eugenia Ríos»")
    assert value_text("organizations", "representative_id", "p1", ref) == "«María Eugenia Ríos»"
    assert value_text("people", "organization_id", "o2", ref) == (
        "«Cooperativa Multiactiva de Productores…»"
    )
    assert value_text("people", "organization_id", "o1") == EMPTY


def test_codes_are_said_with_their_labels():
    assert value_text("commitments", "status", "cumplido") == "Cumplido"
    assert value_text("attendances", "status", "ausente_excusa") == "Ausente con excusa"
    assert value_text("meetings", "kind", "extraordinaria") == "Extraordinaria"
    assert value_text("alliances", "phase", "puesta_en_marcha") == "Puesta en marcha"
    assert value_text("commitments", "status", "archivado") == "archivado"


def test_long_text_is_shortened():
    text = "Entregar los predios para la planta de beneficio de cacao en la vereda La Loma"
    assert value_text("commitments", "description", text) == (
        "Entregar los predios para la planta de beneficio de cacao…"
    )


def test_value_line():
    assert value_line("commitments", "deadline", date(2027, 6, 15)) == ("fecha límite: 15/06/2027")
    assert value_line("commitments", "kind", "dinero") == "tipo de aporte: Dinero"


# -- record names ------------------------------------------------------------------------


def test_record_names_of_named_records():
    assert record_name("alliances", {"name": "Cacao para la Paz"}) == "Alianza «Cacao para la Paz»"
    assert record_name("organizations", {"name": LONG_NAME}) == (
        "Organización «Cooperativa Multiactiva de Productores…»"
    )
    assert record_name("alliances", {}) == "Alianza"
    assert record_name("people", {"full_name": "Luz Dary"}) == "Persona «Luz Dary»"
    assert record_name("people", {"full_name": ""}) == "Persona «Persona sin nombre registrado»"
    assert record_name("commitments", {"description": "Entregar"}) == "Compromiso «Entregar»"
    assert record_name("agenda_items", {"title": "Saludo"}) == "Punto del orden del día «Saludo»"
    assert record_name("decisions", {"text": "Aprobar"}) == "Decisión «Aprobar»"


def test_record_names_through_references():
    assert record_name("memberships", {"organization_id": "o1"}, ref) == (
        "Socio «Cooperativa La Loma»"
    )
    assert record_name("memberships", {"organization_id": "o1"}) == "Socio"
    assert record_name("memberships", {}, ref) == "Socio"
    assert record_name("attendances", {"person_id": "p1"}, ref) == (
        "Asistencia de «María Eugenia Ríos»"
    )
    assert record_name("attendances", {}, ref) == "Asistencia"
    assert record_name("meeting_signatures", {"attendance_id": "at1"}, ref) == (
        "Firma en pantalla de «Jorge Iván Cardona»"
    )
    assert record_name("meeting_signatures", {}, ref) == "Firma en pantalla"
    assert record_name("commitment_updates", {"commitment_id": "c1"}, ref) == (
        "Seguimiento del compromiso «Entregar los predios»"
    )
    assert record_name("commitment_updates", {}, ref) == "Seguimiento de compromiso"
    assert record_name("data_authorizations", {"person_id": "p1"}, ref) == (
        "Autorización de datos de «María Eugenia Ríos»"
    )
    assert record_name("data_requests", {"person_id": "p1"}, ref) == (
        "Solicitud de datos personales de «María Eugenia Ríos»"
    )
    assert record_name("data_requests", {}, ref) == "Solicitud de datos personales"


def test_record_names_with_numbers_and_codes():
    assert record_name("alliance_conditions", {"condition": "socios_activos"}) == (
        "Condición «Socios activos»"
    )
    assert record_name("alliance_conditions", {"condition": ""}) == "Condición"
    assert record_name("alliance_conditions", {}) == "Condición"
    assert record_name("agreement_versions", {"number": 2}) == ("Acuerdo de compromisos, versión 2")
    assert record_name("agreement_versions", {}) == "Acuerdo de compromisos"
    assert record_name("agreements", {"number": 2}) == "Acuerdo de compromisos"
    assert record_name("addenda", {"number": 1}) == "Fe de erratas No. 1"
    assert record_name("addenda", {}) == "Fe de erratas"
    assert record_name("meetings", {"number": 3}) == "Acta No. 3"
    assert record_name("unknown_table", {"name": "x"}) == "Registro"


def test_meeting_names_before_and_after_their_number():
    assert meeting_name({"number": 3, "kind": "ordinaria", "date": "2026-11-20"}) == "Acta No. 3"
    assert meeting_name({"kind": "ordinaria", "date": "2026-11-20"}) == (
        "Sesión ordinaria del 20/11/2026"
    )
    assert meeting_name({"kind": "extraordinaria", "date": date(2026, 11, 20)}) == (
        "Sesión extraordinaria del 20/11/2026"
    )
    assert meeting_name({"kind": "ordinaria"}) == "Sesión ordinaria"
    assert meeting_name({"date": "2026-11-20", "number": None}) == "Sesión del 20/11/2026"
    assert meeting_name({}) == "Sesión"


def test_bare_names():
    assert name_only("alliances", {"name": "Cacao"}) == "Cacao"
    assert name_only("organizations", {"name": "Coop"}) == "Coop"
    assert name_only("organizations", {}) == ""
    assert name_only("people", {"full_name": "Luz"}) == "Luz"
    assert name_only("people", {}) == "Persona sin nombre registrado"
    assert name_only("memberships", {"organization_id": "o1"}, ref) == "Cooperativa La Loma"
    assert name_only("memberships", {}, ref) == ""
    assert name_only("memberships", {"organization_id": "o1"}) == ""
    assert name_only("commitments", {"description": "Entregar"}) == "Entregar"
    assert name_only("commitments", {}) == ""
    assert name_only("attendances", {"person_id": "p1"}, ref) == "María Eugenia Ríos"
    assert name_only("attendances", {}, ref) == ""
    assert name_only("decisions", {"text": "Aprobar"}, ref) == ""


# -- one change --------------------------------------------------------------------------


def test_change_of_a_field():
    change = Change("deadline", "2027-06-15", "2027-06-30")
    assert change_text("commitments", change) == "fecha límite: 15/06/2027 → 30/06/2027"
    assert change_text("commitments", Change("description", None, "Entregar")) == (
        "descripción: Entregar"
    )
    assert change_text("commitments", Change("description", "Entregar", "")) == (
        "descripción: Entregar → (vacío)"
    )


def test_change_of_a_status_or_a_phase_reads_as_a_step():
    assert change_text("commitments", Change("status", "pendiente", "cumplido")) == (
        "Pendiente → Cumplido"
    )
    assert change_text("alliances", Change("phase", "nacimiento", "puesta_en_marcha")) == (
        "fase Nacimiento → Puesta en marcha"
    )
    assert change_text("memberships", Change("organization_id", "o1", "o2"), ref) == (
        "organización: «Cooperativa La Loma» → «Cooperativa Multiactiva de Productores…»"
    )


# -- whole entries -----------------------------------------------------------------------


def test_created_records_list_their_values():
    changes = [
        Change("id", None, "c1"),
        Change("description", None, "Entregar los predios"),
        Change("kind", None, "especie"),
        Change("estimated_value", None, 850_000_000),
        Change("deadline", None, "2027-06-30"),
        Change("notes", None, "sin etiqueta"),
        Change("status", None, ""),
    ]
    assert describe("commitments", CREATE, "Compromiso «Entregar los predios»", changes) == (
        "Compromiso «Entregar los predios» creado",
        [
            "descripción: Entregar los predios",
            "tipo de aporte: Especie",
            "valor estimado: $ 850.000.000",
            "fecha límite: 30/06/2027",
        ],
    )


def test_created_records_skip_empty_false_and_zero_values():
    changes = [
        Change("name", None, "Cacao"),
        Change("vereda", None, None),
        Change("archived_at", None, False),
        Change("duration", None, 0),
        Change("municipio", None, "Sonsón"),
    ]
    assert describe("alliances", CREATE, "Alianza «Cacao»", changes) == (
        "Alianza «Cacao» creada",
        ["nombre: Cacao", "municipio: Sonsón"],
    )
    assert describe("decisions", CREATE, "Decisión «Sí»", [Change("by_consensus", None, True)]) == (
        "Decisión «Sí» creada",
        ["por consenso: sí"],
    )


def test_a_convened_meeting_says_the_session_and_its_acta():
    changes = [
        Change("kind", None, "ordinaria"),
        Change("date", None, "2026-11-20"),
        Change("number", None, 3),
        Change("place", None, "Alcaldía"),
    ]
    assert describe("meetings", CREATE, "Acta No. 3", changes) == (
        "Sesión ordinaria del 20/11/2026 convocada (Acta No. 3)",
        ["tipo de sesión: Ordinaria", "fecha: 20/11/2026", "lugar: Alcaldía"],
    )
    unnumbered = "Sesión ordinaria del 20/11/2026"
    assert describe("meetings", CREATE, unnumbered, changes[:2]) == (
        "Sesión ordinaria del 20/11/2026 convocada",
        ["tipo de sesión: Ordinaria", "fecha: 20/11/2026"],
    )
    assert describe("meetings", CREATE, "Acta No. 4", [Change("place", None, "Finca")]) == (
        "Acta No. 4 convocada",
        ["lugar: Finca"],
    )


def test_an_added_partner_does_not_repeat_its_organization():
    changes = [Change("organization_id", None, "o1"), Change("influence", None, "alta")]
    assert describe("memberships", CREATE, "Socio «Cooperativa La Loma»", changes, ref) == (
        "Socio «Cooperativa La Loma» agregado a la alianza",
        ["influencia: Alta"],
    )
    changes = [Change("influence", None, "alta"), Change("organization_id", None, "o1")]
    assert describe("memberships", CREATE, "Socio", changes, ref) == (
        "Socio agregado a la alianza",
        ["influencia: Alta", "organización: «Cooperativa La Loma»"],
    )
    assert describe("memberships", CREATE, "Socio", [], ref) == ("Socio agregado a la alianza", [])


def test_deleted_records_list_what_they_had():
    changes = [
        Change("description", "Entregar", None),
        Change("deadline", "2027-06-30", None),
        Change("notes", "x", None),
        Change("estimated_value", None, None),
        Change("id", "c1", None),
    ]
    assert describe("commitments", DELETE, "Compromiso «Entregar»", changes) == (
        "Compromiso «Entregar» borrado",
        ["descripción: Entregar", "fecha límite: 30/06/2027"],
    )
    assert describe("decisions", DELETE, "Decisión «Sí»", []) == ("Decisión «Sí» borrada", [])


def test_updates_list_their_changes():
    changes = [
        Change("status", "pendiente", "cumplido"),
        Change("deadline", "2027-06-15", "2027-06-30"),
        Change("updated_at", "a", "b"),
    ]
    assert describe("commitments", UPDATE, "Compromiso «Entregar»", changes) == (
        "Compromiso «Entregar»: Pendiente → Cumplido; fecha límite: 15/06/2027 → 30/06/2027",
        ["Pendiente → Cumplido", "fecha límite: 15/06/2027 → 30/06/2027"],
    )


def test_an_update_with_nothing_to_show():
    assert describe("commitments", UPDATE, "Compromiso «E»", [Change("position", 1, 2)]) == (
        "Compromiso «E» actualizado",
        [],
    )
    assert describe("decisions", UPDATE, "Decisión «D»", []) == ("Decisión «D» actualizada", [])


def test_a_closed_meeting():
    changes = [
        Change("status", "en_curso", "cerrada"),
        Change("number", None, 3),
        Change("closed_at", None, "2026-11-20T16:00:00"),
        Change("content", None, "{}"),
    ]
    assert describe("meetings", UPDATE, "Acta No. 3", changes) == ("Acta No. 3 cerrada", [])
    changes.append(Change("place", "Alcaldía", "Finca"))
    assert describe("meetings", UPDATE, "Acta No. 3", changes) == (
        "Acta No. 3 cerrada: lugar: Alcaldía → Finca",
        ["lugar: Alcaldía → Finca"],
    )
    # Only a meeting closes this way; a commitment's status is a plain change.
    assert describe("commitment_updates", UPDATE, "S", [Change("status", "x", "cerrada")]) == (
        "S: x → cerrada",
        ["x → cerrada"],
    )


def test_an_agreement_issued_and_signed():
    name = "Acuerdo de compromisos, versión 2"
    issued = [
        Change("status", "borrador", "emitido"),
        Change("issued_at", None, "2026-11-20T16:00:00"),
        Change("verification_code", None, "VB0Y-166G-AMQ5"),
    ]
    assert describe("agreement_versions", UPDATE, name, issued) == (f"{name} emitido", [])
    signed = [Change("status", "emitido", "firmado"), Change("signed_on", None, "2026-11-25")]
    assert describe("agreement_versions", UPDATE, name, signed) == (
        f"{name} firmado el 25/11/2026",
        [],
    )
    assert describe("agreement_versions", UPDATE, name, signed[:1]) == (f"{name} firmado", [])
    unsigned_date = [Change("status", "emitido", "firmado"), Change("signed_on", "x", None)]
    assert describe("agreement_versions", UPDATE, name, unsigned_date) == (
        f"{name} firmado: fecha de firma: x → (vacío)",
        ["fecha de firma: x → (vacío)"],
    )
    # The same statuses mean nothing special in another table.
    assert describe("meetings", UPDATE, "Acta No. 3", [Change("status", None, "emitido")]) == (
        "Acta No. 3: (vacío) → emitido",
        ["(vacío) → emitido"],
    )


def test_a_signed_acta():
    signed = [Change("signed_on", None, "2026-11-25"), Change("signed_scan_name", None, "a.pdf")]
    assert describe("meetings", UPDATE, "Acta No. 3", signed) == (
        "Acta No. 3 firmada el 25/11/2026: copia firmada: a.pdf",
        ["copia firmada: a.pdf"],
    )
    assert describe(
        "meetings", UPDATE, "Acta No. 3", [Change("signed_on", "2026-11-25", None)]
    ) == (
        "Acta No. 3: fecha de firma: 25/11/2026 → (vacío)",
        ["fecha de firma: 25/11/2026 → (vacío)"],
    )
    # An agreement version signed without a status change is a plain change.
    assert describe(
        "agreement_versions", UPDATE, "A", [Change("signed_on", None, "2026-11-25")]
    ) == (
        "A: fecha de firma: 25/11/2026",
        ["fecha de firma: 25/11/2026"],
    )


def test_a_partner_retired_and_back():
    name = "Socio «Cooperativa La Loma»"
    retired = [
        Change("retired_on", None, "2026-11-25"),
        Change("retired_reason", None, "Cambio de {junta} directiva"),
    ]
    assert describe("memberships", UPDATE, name, retired) == (
        f"{name} retirado el 25/11/2026 (motivo: Cambio de {{junta}} directiva)",
        [],
    )
    assert describe("memberships", UPDATE, name, retired[:1]) == (
        f"{name} retirado el 25/11/2026",
        [],
    )
    no_reason = [retired[0], Change("retired_reason", "antes", "")]
    assert describe("memberships", UPDATE, name, no_reason) == (
        f"{name} retirado el 25/11/2026",
        [],
    )
    back = [Change("retired_on", "2026-11-25", None), Change("retired_reason", "x", None)]
    assert describe("memberships", UPDATE, name, back) == (f"{name} vuelve a la alianza", [])
    assert describe("memberships", UPDATE, name, [Change("influence", "alta", "baja")]) == (
        f"{name}: influencia: Alta → Baja",
        ["influencia: Alta → Baja"],
    )


def test_a_retirement_reason_with_braces_in_a_long_name():
    # The name goes into the template through format(); braces in typed text must survive.
    name = "Socio «{x}»"
    retired = [Change("retired_on", None, "2026-11-25"), Change("retired_reason", None, "{0}")]
    assert describe("memberships", UPDATE, name, retired) == (
        "Socio «{x}» retirado el 25/11/2026 (motivo: {0})",
        [],
    )


def test_an_alliance_archived_and_restored(in_bogota):
    archived = [Change("archived_at", None, "2026-11-25T10:00:00")]
    assert describe("alliances", UPDATE, "Alianza «Cacao»", archived) == (
        "Alianza «Cacao» archivada",
        [],
    )
    restored = [Change("archived_at", "2026-11-25T10:00:00", None)]
    assert describe("alliances", UPDATE, "Alianza «Cacao»", restored) == (
        "Alianza «Cacao» restaurada",
        [],
    )
    # Only an alliance is archived in so many words.
    line = f"archivada: 25 de noviembre de 2026, 5:00 {AM}"
    assert describe("organizations", UPDATE, "Organización «C»", archived) == (
        f"Organización «C»: {line}",
        [line],
    )


def test_a_person_whose_data_were_erased(in_bogota):
    changes = [
        Change("erased_at", None, "2026-11-25T10:00:00"),
        Change("phone", "3001234567", None),
        Change("full_name", "Luz", "Persona sin nombre registrado"),
    ]
    assert describe("people", UPDATE, "Persona «Luz»", changes) == (
        "Persona «Luz»: datos suprimidos",
        [],
    )
    # Undoing an erasure is not said as one; nor is erasing in another table.
    line = f"datos suprimidos: 25 de noviembre de 2026, 5:00 {AM} → (vacío)"
    undone = [Change("erased_at", "2026-11-25T10:00:00", None)]
    assert describe("people", UPDATE, "Persona «Luz»", undone) == (
        f"Persona «Luz»: {line}",
        [line],
    )
    line = f"datos suprimidos: 25 de noviembre de 2026, 5:00 {AM}"
    assert describe("organizations", UPDATE, "O", changes[:1]) == (f"O: {line}", [line])


def test_draft_text_updates():
    content = [Change("content", "{}", '{"a": 1}')]
    assert describe("agreement_versions", UPDATE, "Acuerdo", content) == (
        "Acuerdo: texto del borrador actualizado",
        [],
    )
    assert describe("meetings", UPDATE, "Acta No. 3", content) == (
        "Acta No. 3: texto del acta actualizado",
        [],
    )
    # Content together with something else is a plain update of what is shown.
    both = [*content, Change("place", "A", "B")]
    assert describe("meetings", UPDATE, "Acta No. 3", both) == (
        "Acta No. 3: lugar: A → B",
        ["lugar: A → B"],
    )
    assert describe("commitments", UPDATE, "C", content) == ("C actualizado", [])


# -- second round: what the first mutation run showed untested --------------------------


def test_shorten_keeps_a_last_word_that_ends_in_x():
    # Only blanks and punctuation are trimmed before the ellipsis, never letters.
    text = "Reunión con el proveedor TEX para revisar los precios"
    assert shorten(text, 30) == "Reunión con el proveedor TEX…"


def test_hidden_fields_stay_hidden_even_with_a_label(monkeypatch):
    # A label added later to FIELDS must not bring out keys, bodies or codes.
    monkeypatch.setitem(FIELDS, "content", "contenido")
    monkeypatch.setitem(FIELDS, "condition", "condición")
    monkeypatch.setitem(FIELDS, "alliance_id", "alianza")
    assert not is_shown("meetings", "content")
    assert not is_shown("alliance_conditions", "condition")
    assert is_shown("commitment_updates", "condition")
    assert not is_shown("commitments", "alliance_id")


def test_a_change_uses_the_label_of_its_table():
    assert change_text("commitments", Change("kind", "dinero", "especie")) == (
        "tipo de aporte: Dinero → Especie"
    )
    assert change_text("meetings", Change("kind", "ordinaria", "extraordinaria")) == (
        "tipo de sesión: Ordinaria → Extraordinaria"
    )


def test_records_of_an_unknown_table_read_as_masculine():
    assert describe("future_table", CREATE, "Registro", []) == ("Registro creado", [])
    assert describe("future_table", DELETE, "Registro", []) == ("Registro borrado", [])
    assert describe("future_table", UPDATE, "Registro", []) == ("Registro actualizado", [])


def test_deleted_records_say_codes_and_references_in_words():
    changes = [Change("kind", "dinero", None), Change("membership_id", "m1", None)]
    names = {("memberships", "m1"): "Cooperativa La Loma"}
    assert describe("commitments", DELETE, "Compromiso «E»", changes, lambda t, i: names[t, i]) == (
        "Compromiso «E» borrado",
        ["tipo de aporte: Dinero", "socio: «Cooperativa La Loma»"],
    )


def test_updated_references_are_said_by_name():
    changes = [Change("organization_id", "o1", "o2")]
    line = "organización: «Cooperativa La Loma» → «Cooperativa Multiactiva de Productores…»"
    assert describe("people", UPDATE, "Persona «Luz»", changes, ref) == (
        f"Persona «Luz»: {line}",
        [line],
    )


def test_an_event_with_several_other_changes_lists_them_with_semicolons():
    changes = [
        Change("status", "en_curso", "cerrada"),
        Change("place", "Alcaldía", "Finca"),
        Change("objective", None, "Revisar"),
    ]
    assert describe("meetings", UPDATE, "Acta No. 3", changes) == (
        "Acta No. 3 cerrada: lugar: Alcaldía → Finca; objetivo: Revisar",
        ["lugar: Alcaldía → Finca", "objetivo: Revisar"],
    )


# -- the later phases' records (Puesta en marcha, phase changes, conflicts, evidence) ---


def test_record_names_of_the_later_phases():
    assert record_name("plan_activities", {"title": "Taller de poscosecha"}) == (
        "Actividad del plan de trabajo «Taller de poscosecha»"
    )
    assert record_name("conflicts", {"description": "Retraso en los pagos"}) == (
        "Conflicto «Retraso en los pagos»"
    )
    assert record_name("commitment_evidence", {"file_name": "acta-entrega.pdf"}) == (
        "Evidencia de compromiso «acta-entrega.pdf»"
    )
    assert record_name("commitment_evidence", {}) == "Evidencia de compromiso"


def test_record_name_of_a_phase_change():
    change = {"to_phase": "puesta_en_marcha", "on": "2026-11-20"}
    assert record_name("phase_changes", change) == (
        "Cambio de fase a «Puesta en marcha» del 20/11/2026"
    )
    assert record_name("phase_changes", {"to_phase": "consolidacion", "on": ""}) == (
        "Cambio de fase a «Consolidación y sostenibilidad»"
    )
    assert record_name("phase_changes", {"to_phase": "proyeccion", "on": None}) == (
        "Cambio de fase a «Proyección»"
    )
    assert record_name("phase_changes", {"to_phase": "proyeccion"}) == (
        "Cambio de fase a «Proyección»"
    )
    # As the database gives it (a date), not only as the log keeps it (ISO text).
    assert record_name("phase_changes", {"to_phase": "proyeccion", "on": date(2026, 11, 20)}) == (
        "Cambio de fase a «Proyección» del 20/11/2026"
    )
    assert record_name("phase_changes", {"to_phase": "", "on": "2026-11-20"}) == "Cambio de fase"
    assert record_name("phase_changes", {"on": "2026-11-20"}) == "Cambio de fase"


def test_a_phase_change_lists_its_phases_by_label_and_hides_the_checklist():
    changes = [
        Change("from_phase", None, "nacimiento"),
        Change("to_phase", None, "puesta_en_marcha"),
        Change("checklist", None, '[{"item": 1}]'),
        Change("reason", None, "Plan aprobado"),
    ]
    assert describe("phase_changes", CREATE, "Cambio de fase", changes) == (
        "Cambio de fase creado",
        ["fase anterior: Nacimiento", "fase nueva: Puesta en marcha", "motivo: Plan aprobado"],
    )


def test_labels_and_codes_of_the_later_phases():
    assert field_label("plan_activities", "end_date") == "fecha de finalización"
    assert field_label("conflicts", "level") == "nivel"
    assert not is_shown("commitment_evidence", "media_type")
    assert not is_shown("commitment_evidence", "update_id")
    names = {("memberships", "m1"): "Cooperativa La Loma"}
    assert value_text(
        "plan_activities", "responsible_membership_id", "m1", lambda t, i: names[t, i]
    ) == ("«Cooperativa La Loma»")


def test_a_score_is_named_by_its_dimension_in_each_group():
    assert record_name(
        "evaluation_scores", {"group": "condicion", "dimension": "socios_activos"}
    ) == ("Calificación de «Socios activos»")
    assert record_name("evaluation_scores", {"group": "factor", "dimension": "seguimiento"}) == (
        "Calificación de «Hacer seguimiento»"
    )
    assert record_name("evaluation_scores", {"group": "valor", "dimension": "confianza"}) == (
        "Calificación de «Confianza»"
    )
    assert record_name("evaluation_scores", {"group": "otro", "dimension": "x"}) == "Calificación"
    assert record_name("evaluation_scores", {"dimension": "confianza"}) == "Calificación"


@pytest.mark.parametrize(
    ("table", "values", "expected"),
    [
        (
            "formalizations",
            {"convenio_number": "CV-014", "legal_figure": "Asociación"},
            "Formalización «convenio No. CV-014»",
        ),
        ("formalizations", {"legal_figure": "Asociación"}, "Formalización «Asociación»"),
        ("formalizations", {}, "Formalización «alianza informal»"),
        (
            "information_flows",
            {"channel": "whatsapp", "frequency": "Semanal"},
            "Intercambio de información «WhatsApp, Semanal»",
        ),
        (
            "information_flows",
            {"channel": "correo"},
            "Intercambio de información «Correo electrónico»",
        ),
        ("information_flows", {"frequency": "Mensual"}, "Intercambio de información «Mensual»"),
        ("information_flows", {}, "Intercambio de información"),
        (
            "coordination_members",
            {"person_id": "p1", "role": "tesoreria"},
            "Miembro de la coordinación «María Eugenia Ríos, Tesorería»",
        ),
        ("coordination_members", {"role": "veeduria"}, "Miembro de la coordinación «Veeduría»"),
        (
            "coordination_members",
            {"person_id": "p1"},
            "Miembro de la coordinación «María Eugenia Ríos»",
        ),
        ("coordination_members", {}, "Miembro de la coordinación"),
        ("evaluations", {"held_on": "2026-11-20"}, "Evaluación del 20/11/2026"),
        ("evaluations", {"held_on": date(2026, 11, 20)}, "Evaluación del 20/11/2026"),
        ("evaluations", {"held_on": None}, "Evaluación"),
        ("evaluation_decisions", {"text": "Comprar"}, "Decisión para adaptar «Comprar»"),
        ("lessons", {"what_happened": "Retraso"}, "Lección aprendida «Retraso»"),
        (
            "chronology_notes",
            {"milestone_title": "Lanzamiento"},
            "Nota de la cronología «Lanzamiento»",
        ),
        ("sustainability_items", {"what": "Escuela"}, "Acción de sostenibilidad «Escuela»"),
        ("replications", {"place": "Abejorral"}, "Réplica o escalamiento «Abejorral»"),
        (
            "observed_benefits",
            {"benefit": "tejido_social"},
            "Beneficio observado «Fortalecer el tejido social»",
        ),
        ("observed_benefits", {}, "Beneficio observado"),
    ],
)
def test_record_names_of_the_plan_the_review_and_the_projection(table, values, expected):
    assert record_name(table, values, ref) == expected
