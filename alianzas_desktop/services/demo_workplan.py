"""Demo content for the Puesta en marcha: a plan de trabajo (activities linked to the
commitments, milestones, some already done), information exchange, roles and the convenio
of the demo alliances that are past their Nacimiento."""

from __future__ import annotations

import io
import logging
from datetime import date, timedelta

from alianzas_desktop.domain.vocabulary import (
    ActivityStatus,
    CoordinationRole,
    InformationChannel,
)
from alianzas_desktop.domain.workplan import ActivityEntry, FlowEntry, RoleEntry
from alianzas_desktop.services import alliances, workplan
from alianzas_desktop.storage.database import Database

logger = logging.getLogger(__name__)

DONE = ActivityStatus.DONE.value
RUNNING = ActivityStatus.IN_PROGRESS.value
PENDING = ActivityStatus.PENDING.value

# alliance -> activities: (title, partner index, starts (days from today), lasts (days),
# expected result, milestone, status)
PLANS: dict[str, tuple[tuple[str, int, int, int, str, bool, str], ...]] = {
    "Agua Limpia para San Jacinto": (
        (
            "Estudio topográfico y diseño del acueducto",
            1,
            -150,
            60,
            "Planos y presupuesto aprobados por el comité técnico",
            False,
            DONE,
        ),
        (
            "Trámite de la concesión de aguas ante la CAR",
            0,
            -120,
            90,
            "Resolución de concesión de aguas",
            True,
            DONE,
        ),
        (
            "Jornadas de trabajo comunitario para la zanja",
            2,
            -40,
            75,
            "3,2 km de zanja abiertos por las familias",
            False,
            RUNNING,
        ),
        (
            "Construcción de la bocatoma y el tanque",
            1,
            -20,
            120,
            "Bocatoma y tanque de 80 m³ recibidos",
            True,
            RUNNING,
        ),
        (
            "Capacitación de la junta administradora",
            2,
            30,
            90,
            "Junta con reglamento, tarifas y libro de cuentas",
            False,
            PENDING,
        ),
        (
            "Inauguración y entrega a la comunidad",
            0,
            130,
            1,
            "230 viviendas con agua potable",
            True,
            PENDING,
        ),
    ),
    "Tejedoras de San Jacinto": (
        (
            "Inventario de telares y tejedoras",
            2,
            -300,
            45,
            "Censo de 85 tejedoras y sus telares",
            False,
            DONE,
        ),
        (
            "Talleres de diseño y control de calidad",
            1,
            -240,
            150,
            "Catálogo de 24 diseños con ficha de calidad",
            False,
            DONE,
        ),
        (
            "Primer pedido a la comercializadora",
            1,
            -90,
            1,
            "600 mochilas vendidas a precio justo",
            True,
            DONE,
        ),
        (
            "Feria artesanal en Cartagena",
            0,
            -20,
            5,
            "Stand en la feria y contactos con compradores",
            False,
            RUNNING,
        ),
        (
            "Registro de la marca colectiva",
            2,
            10,
            150,
            "Marca colectiva registrada ante la SIC",
            True,
            PENDING,
        ),
    ),
    "Justicia Comunitaria en Toribío": (
        (
            "Formación de conciliadores en equidad",
            0,
            -420,
            180,
            "25 conciliadores avalados por el tribunal",
            True,
            DONE,
        ),
        (
            "Apertura de la casa de justicia comunitaria",
            2,
            -220,
            30,
            "Casa abierta dos días por semana",
            False,
            DONE,
        ),
        (
            "Jornadas móviles de conciliación en las veredas",
            1,
            -150,
            240,
            "Doce jornadas con actas de conciliación",
            False,
            RUNNING,
        ),
        (
            "Sistematización de la experiencia",
            2,
            20,
            90,
            "Documento de lecciones aprendidas para otras alianzas",
            True,
            PENDING,
        ),
    ),
}
FORMAL_FIGURES = {
    "Agua Limpia para San Jacinto": ("Convenio de asociación", "CA-2026-031"),
    "Tejedoras de San Jacinto": ("Convenio de cooperación", "CC-017-2025"),
}


def _scan(name: str, number: str) -> bytes:
    """A one-page PDF standing for the scanned, signed convenio."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    from alianzas_desktop.documents import fonts

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER, initialFontName=fonts.register_fonts())
    canvas.setFont(fonts.REGULAR, 14)
    canvas.drawString(72, 700, f"Convenio No. {number}")
    canvas.setFont(fonts.REGULAR, 11)
    canvas.drawString(72, 680, name)
    canvas.drawString(72, 660, "Copia escaneada de demostración, firmada por los socios.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _plan(db: Database, alliance_id: str, name: str, today: date) -> None:
    setup = workplan.load_setup(db, alliance_id)
    partners = [p for p in setup.partners if not p.retired]
    if not partners:
        return
    data = setup.data
    commitments: dict[str, list[str]] = {}
    for commitment in setup.commitments:
        commitments.setdefault(commitment.membership_id, []).append(commitment.id)
    data.activities = []
    for title, index, starts, lasts, result, milestone, status in PLANS[name]:
        partner = partners[index % len(partners)]
        start = today + timedelta(days=starts)
        data.activities.append(
            ActivityEntry(
                title=title,
                responsible_membership_id=partner.membership_id,
                responsible_person_id=partner.people[0].id if partner.people else "",
                start_date=start,
                end_date=start + timedelta(days=max(lasts - 1, 0)),
                expected_result=result,
                commitment_ids=commitments.get(partner.membership_id, [])[:1],
                is_milestone=milestone,
                status=status,
            )
        )
    first, *others = partners
    data.flows = [
        FlowEntry(
            channel=InformationChannel.MEETING.value,
            frequency="Mensual",
            informs="Coordinación",
            informed="Todos los socios",
            records_kept_at="Libro de actas de la alianza",
        ),
        FlowEntry(
            channel=InformationChannel.WHATSAPP.value,
            frequency="Semanal",
            informs=first.organization,
            informed="Comité de la alianza",
            records_kept_at="Resumen en el acta de cada sesión",
        ),
        FlowEntry(
            channel=InformationChannel.NOTICE_BOARD.value,
            frequency="Después de cada sesión",
            informs="Secretaría técnica",
            informed="La comunidad",
        ),
    ]
    roles = (
        CoordinationRole.COORDINATION,
        CoordinationRole.TECHNICAL_SECRETARIAT,
        CoordinationRole.OVERSIGHT,
        CoordinationRole.TREASURY,
    )
    data.roles = [
        RoleEntry(
            role=role.value,
            membership_id=partner.membership_id,
            person_id=partner.people[0].id if partner.people else "",
            is_spokesperson=position == 0,
        )
        for position, (role, partner) in enumerate(zip(roles, [first, *others], strict=False))
    ]
    scan = None
    if data.is_formal:
        figure, number = FORMAL_FIGURES.get(name, ("Convenio de asociación", "CA-001"))
        data.legal_figure = data.legal_figure or figure
        data.convenio_number = number
        data.convenio_date = min(today, min(a.start_date for a in data.activities))
        data.scan_name = f"Convenio {number} firmado.pdf"
        scan = _scan(name, number)
    data.decision_recording = (
        "Cada decisión queda en el acta numerada de la sesión, firmada por los asistentes; "
        "las decisiones urgentes por WhatsApp se confirman en la sesión siguiente."
    )
    workplan.save_plan(db, data, scan=scan, today=today)


def add_demo_workplan(db: Database, today: date | None = None) -> None:
    """Give the demo alliances past their Nacimiento a plan de trabajo."""
    today = today or date.today()
    by_name = {s.name: s.id for s in alliances.list_alliances(db, include_archived=True)}
    for name in PLANS:
        alliance_id = by_name.get(name)
        if alliance_id is None:
            logger.warning("Alianza de demostración no encontrada: %s", name)
            continue
        _plan(db, alliance_id, name, today)
    logger.info("Planes de trabajo de demostración creados")
