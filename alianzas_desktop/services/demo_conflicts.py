"""Demo content for the follow-up: conflicts of every level, and commitments followed up with
a note and evidence (a photo and a document), on the demo alliances."""

from __future__ import annotations

import io
import logging
import struct
import zlib
from datetime import date, timedelta

from alianzas_desktop.domain.conflicts import ConflictData
from alianzas_desktop.domain.vocabulary import (
    CommitmentStatus,
    ConflictHandling,
    ConflictLevel,
    ConflictStatus,
)
from alianzas_desktop.services import alliances, commitment_board, conflicts
from alianzas_desktop.services.commitment_board import BoardFilter, EvidenceFile
from alianzas_desktop.storage.database import Database

logger = logging.getLogger(__name__)

EXTERNAL = ConflictLevel.EXTERNAL.value
WORK = ConflictLevel.ALLIANCE_WORK.value
CRITICAL = ConflictLevel.CRITICAL_INCIDENTS.value

# (alliance, level, days ago, description, parties, handling, status, resolution, learned,
#  days ago resolved)
CONFLICTS = (
    (
        "Tejedoras de San Jacinto",
        EXTERNAL,
        40,
        "La temporada de lluvias cortó la vía a San Jacinto durante tres semanas: las "
        "mochilas del pedido de diciembre no pudieron salir a Cartagena.",
        "Asociación de Tejedoras y la comercializadora",
        ConflictHandling.COMMITTEE.value,
        ConflictStatus.HANDLING.value,
        "",
        "",
        None,
    ),
    (
        "Tejedoras de San Jacinto",
        WORK,
        75,
        "La fundación pedía informes semanales y las tejedoras sentían que el tiempo del "
        "informe se lo quitaban al telar.",
        "Fundación y Asociación de Tejedoras",
        ConflictHandling.DIRECT_DIALOGUE.value,
        ConflictStatus.RESOLVED.value,
        "Se acordó un informe mensual de una página, leído en voz alta en la sesión.",
        "Preguntar a cada socio cuánto le cuesta lo que se le pide antes de pedirlo.",
        60,
    ),
    (
        "Tejedoras de San Jacinto",
        CRITICAL,
        12,
        "Un intermediario vendió como propias mochilas de la asociación con la marca de la "
        "alianza, y dos socios se culpan mutuamente por haberle dado las etiquetas.",
        "Asociación de Tejedoras, comercializadora y alcaldía",
        ConflictHandling.THIRD_PARTY_MEDIATION.value,
        ConflictStatus.OPEN.value,
        "",
        "",
        None,
    ),
    (
        "Justicia Comunitaria en Toribío",
        CRITICAL,
        200,
        "La emisora comunitaria difundió el nombre de una persona atendida por la casa de "
        "justicia; la comunidad pidió suspender la alianza.",
        "Cabildo, emisora comunitaria y personería",
        ConflictHandling.THIRD_PARTY_MEDIATION.value,
        ConflictStatus.RESOLVED.value,
        "La personería medió: la emisora rectificó al aire y se firmó un protocolo de "
        "reserva de los casos.",
        "La confidencialidad se acuerda por escrito desde el nacimiento de la alianza.",
        170,
    ),
    (
        "Justicia Comunitaria en Toribío",
        WORK,
        30,
        "Las autoridades tradicionales y la comisaría no se ponen de acuerdo sobre qué casos "
        "atiende cada una.",
        "Cabildo indígena y comisaría de familia",
        ConflictHandling.COMMITTEE.value,
        ConflictStatus.ESCALATED.value,
        "",
        "",
        None,
    ),
    (
        "Agua Limpia para San Jacinto",
        EXTERNAL,
        20,
        "El cambio de gerente de la empresa de servicios públicos frenó la firma del convenio "
        "de operación del acueducto.",
        "Empresa de servicios públicos y alcaldía",
        ConflictHandling.DIRECT_DIALOGUE.value,
        ConflictStatus.OPEN.value,
        "",
        "",
        None,
    ),
)


def _png(width: int = 48, height: int = 32) -> bytes:
    """A small valid PNG (a photo stand-in): a green and ochre band, no image library needed."""
    rows = b""
    for y in range(height):
        colour = b"\x2e\x7d\x32" if y < height // 2 else b"\xc8\x8a\x1e"
        rows += b"\x00" + colour * width

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF (a document stand-in) written with reportlab."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(72, 720, title)
    page.setFont("Helvetica", 11)
    for number, line in enumerate(lines):
        page.drawString(72, 690 - 18 * number, line)
    page.showPage()
    page.save()
    return buffer.getvalue()


def _alliance_ids(db: Database) -> dict[str, str]:
    return {s.name: s.id for s in alliances.list_alliances(db, include_archived=True)}


def add_demo_conflicts(db: Database, today: date | None = None) -> None:
    """Add the conflicts and the followed-up commitments to the demo alliances found by name."""
    today = today or date.today()
    ids = _alliance_ids(db)
    for (
        name,
        level,
        ago,
        description,
        parties,
        handling,
        status,
        resolution,
        learned,
        resolved_ago,
    ) in CONFLICTS:
        alliance_id = ids.get(name)
        if alliance_id is None:
            continue
        start = alliances.alliance_detail(db, alliance_id).start_date
        occurred = max(today - timedelta(days=ago), start)
        resolved = (
            max(today - timedelta(days=resolved_ago), occurred)
            if resolved_ago is not None
            else None
        )
        conflicts.record_conflict(
            db,
            alliance_id,
            ConflictData(
                level=level,
                occurred_on=occurred,
                description=description,
                parties=parties,
                handling=handling,
                status=status,
                resolution=resolution,
                learned=learned,
                resolved_on=resolved,
            ),
            today=today,
        )
    _follow_up(db, ids, today)
    logger.info("Conflictos y evidencias de la demostración agregados")


def _follow_up(db: Database, ids: dict[str, str], today: date) -> None:
    """One commitment fulfilled with a photo, one in progress with a document, per alliance
    in consolidation or later; their overdue commitments stay as the demo left them."""
    for name in ("Tejedoras de San Jacinto", "Justicia Comunitaria en Toribío"):
        alliance_id = ids.get(name)
        if alliance_id is None:
            continue
        rows = commitment_board.board_rows(
            db, BoardFilter(alliance_id=alliance_id, status=CommitmentStatus.PENDING.value)
        )
        not_overdue = [r for r in rows if not r.overdue]
        if not not_overdue:
            continue
        first = not_overdue[0]
        commitment_board.update_status(
            db,
            first.id,
            CommitmentStatus.DONE.value,
            "Entregado y recibido por los socios en la última visita.",
            on=today - timedelta(days=3),
            evidence=[EvidenceFile("foto de la entrega.png", _png(), "image/png")],
            today=today,
        )
        if len(not_overdue) > 1:
            second = not_overdue[1]
            commitment_board.update_status(
                db,
                second.id,
                CommitmentStatus.IN_PROGRESS.value,
                "Avance a la mitad; se adjunta la lista de quienes participaron.",
                on=today - timedelta(days=1),
                evidence=[
                    EvidenceFile(
                        "lista de participantes.pdf",
                        _pdf(
                            "Lista de participantes",
                            [name, second.description[:80], "Firmas al respaldo."],
                        ),
                        "application/pdf",
                    )
                ],
                today=today,
            )
