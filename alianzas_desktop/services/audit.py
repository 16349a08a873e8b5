"""Reading the audit trail: who changed what, per alliance or per record. Read-only."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import AuditEntry

logger = logging.getLogger(__name__)

ACTION_LABELS = {"crear": "Creó", "modificar": "Modificó", "borrar": "Borró"}
TABLE_LABELS = {
    "alliances": "Alianza",
    "organizations": "Organización",
    "people": "Persona",
    "memberships": "Socio",
    "alliance_conditions": "Condición de la alianza",
    "commitments": "Compromiso",
    "agreements": "Acuerdo de compromisos",
    "agreement_versions": "Versión del acuerdo",
    "meetings": "Sesión",
    "agenda_items": "Punto del orden del día",
    "attendances": "Asistencia",
    "decisions": "Decisión",
    "commitment_updates": "Seguimiento de compromiso",
    "meeting_signatures": "Firma en pantalla",
    "addenda": "Fe de erratas",
    "data_authorizations": "Autorización de datos",
    "data_requests": "Solicitud de datos personales",
}
FIELD_LABELS = {
    "name": "nombre",
    "full_name": "nombre",
    "phase": "fase",
    "purpose": "propósito común",
    "objectives": "objetivos",
    "description": "descripción",
    "deadline": "fecha límite",
    "estimated_value": "valor estimado",
    "kind": "tipo de aporte",
    "logic": "lógica",
    "status": "estado",
    "signed_on": "fecha de firma",
    "issued_at": "emitido",
    "verification_code": "código de verificación",
    "met": "cumplida",
    "note": "nota",
    "sector": "sector",
    "identifier": "NIT",
    "representative_cargo": "cargo del representante",
    "interests": "intereses",
    "contribution": "aporte posible",
    "influence": "influencia",
    "document_number": "documento",
    "phone": "teléfono",
    "email": "correo electrónico",
    "condition": "condición",
    "number": "número",
    "content": "contenido",
    "position": "orden",
    "title": "título",
    "notes": "desarrollo",
    "text": "texto",
    "place": "lugar",
    "date": "fecha",
    "start_time": "hora de inicio",
    "end_time": "hora de finalización",
    "next_date": "próxima reunión",
    "next_place": "lugar de la próxima reunión",
    "by_consensus": "por consenso",
    "votes_for": "votos a favor",
    "votes_against": "votos en contra",
    "abstentions": "abstenciones",
    "signs": "firma el acta",
    "is_guest": "invitado",
    "cargo": "cargo",
    "departamento": "departamento",
    "municipio": "municipio",
    "vereda": "vereda",
    "area": "área de aplicación",
    "start_date": "fecha de inicio",
    "facilitator": "facilitador(a)",
    "formality": "formalidad",
    "legal_figure": "figura jurídica",
    "complexity": "complejidad",
    "coordination_body": "instancia de coordinación",
    "coordination_members": "miembros de la coordinación",
    "decision_rules": "toma de decisiones",
    "meeting_rhythm": "periodicidad de las reuniones",
    "duration": "duración",
    "signed_scan": "escaneo firmado",
    "signed_scan_name": "nombre del escaneo",
    "closed_at": "cerrada",
    "archived_at": "archivada",
    "retired_on": "fecha de retiro",
    "retired_reason": "motivo del retiro",
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: object
    after: object


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    actor: str
    action: str
    action_label: str
    table: str
    table_label: str
    record_id: str
    changes: list[FieldChange]


def _record(entry: AuditEntry) -> AuditRecord:
    try:
        raw = json.loads(entry.changes)
    except ValueError:
        raw = {}
    changes = [
        FieldChange(key, FIELD_LABELS.get(key, key.replace("_", " ")), pair[0], pair[1])
        for key, pair in raw.items()
        if isinstance(pair, list) and len(pair) == 2
    ]
    return AuditRecord(
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        action_label=ACTION_LABELS.get(entry.action, entry.action),
        table=entry.table_name,
        table_label=TABLE_LABELS.get(entry.table_name, entry.table_name),
        record_id=entry.record_id,
        changes=changes,
    )


def history_of_alliance(db: Database, alliance_id: str, limit: int = 2000) -> list[AuditRecord]:
    query = (
        select(AuditEntry)
        .where(AuditEntry.alliance_id == alliance_id)
        .order_by(AuditEntry.at.desc())
        .limit(limit)
    )
    with db.reading() as session:
        return [_record(e) for e in session.scalars(query)]


def history_of_record(db: Database, record_id: str) -> list[AuditRecord]:
    query = select(AuditEntry).where(AuditEntry.record_id == record_id).order_by(AuditEntry.at)
    with db.reading() as session:
        return [_record(e) for e in session.scalars(query)]
