"""Realistic plans de trabajo for the Puesta en marcha tests."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.workplan import ActivityEntry, FlowEntry, RoleEntry, WorkplanData
from alianzas_desktop.services import workplan

ACTIVITIES = (
    "Caracterización de las 60 familias productoras",
    "Escuela de campo sobre manejo del frijol",
    "Primera compra de cosecha",
)


def plan_data(db, alliance_id: str) -> WorkplanData:
    """A complete plan over the alliance's partners: three activities, two flows, two roles."""
    setup = workplan.load_setup(db, alliance_id)
    alcaldia, empresa, cooperativa = setup.partners[:3]
    by_partner = {c.membership_id: c.id for c in setup.commitments}
    data = setup.data
    data.activities = [
        ActivityEntry(
            title=ACTIVITIES[0],
            responsible_membership_id=cooperativa.membership_id,
            responsible_person_id=cooperativa.people[0].id if cooperativa.people else "",
            start_date=date(2026, 4, 1),
            end_date=date(2026, 5, 15),
            expected_result="Censo de familias con área sembrada",
            commitment_ids=[by_partner[cooperativa.membership_id]],
        ),
        ActivityEntry(
            title=ACTIVITIES[1],
            responsible_membership_id=alcaldia.membership_id,
            responsible_person_id=alcaldia.people[0].id,
            start_date=date(2026, 5, 1),
            end_date=date(2026, 11, 30),
            expected_result="Ocho sesiones con 60 familias",
            commitment_ids=[by_partner[alcaldia.membership_id]],
        ),
        ActivityEntry(
            title=ACTIVITIES[2],
            responsible_membership_id=empresa.membership_id,
            start_date=date(2026, 12, 1),
            end_date=date(2026, 12, 1),
            expected_result="Cosecha comprada a precio acordado",
            commitment_ids=[by_partner[empresa.membership_id]],
            is_milestone=True,
        ),
    ]
    data.flows = [
        FlowEntry(
            channel="reunion",
            frequency="Mensual",
            informs="Secretaría técnica",
            informed="Todos los socios",
            records_kept_at="Actas en la Alcaldía",
        ),
        FlowEntry(
            channel="whatsapp",
            frequency="Semanal",
            informs="Cooperativa",
            informed="Comité",
        ),
    ]
    data.roles = [
        RoleEntry(
            role="coordinacion",
            membership_id=alcaldia.membership_id,
            person_id=alcaldia.people[0].id,
            is_spokesperson=True,
        ),
        RoleEntry(role="secretaria_tecnica", membership_id=cooperativa.membership_id),
    ]
    data.decision_recording = "En actas numeradas, firmadas por los asistentes"
    return data
