"""The planilla de asistencia: a form printed before a meeting and signed by hand at the door.

It names the meeting (alliance, date, time, place, objective and agenda), lists
the invited people ready to sign, and leaves blank rows for those who come
without invitation. It is printed landscape so names, organisations and
signatures have room to be written by hand.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, TableStyle

from alianzas_desktop.documents import blocks
from alianzas_desktop.documents.acta_pdf import (
    PROGRAMME,
    clock_time,
    details_table,
    kicker_style,
    numbered_list,
    parse_date,
)
from alianzas_desktop.documents.blocks import text_block
from alianzas_desktop.documents.escaping import markup
from alianzas_desktop.documents.page import Footer, build_pdf, frame_width, make_styles
from alianzas_desktop.domain.formatting import long_date
from alianzas_desktop.domain.personal_data import AUTHORIZATION_TEXT, AUTHORIZATION_TEXT_VERSION

logger = logging.getLogger(__name__)

BLANK_ROWS = 10
# Every row is at least this tall, so a name and a signature fit by hand.
ROW_HEIGHT = 0.8 * cm
COLUMNS = ["N°", "Nombre", "Organización", "Cargo", "Sector", "Teléfono *", "Firma"]
FRACTIONS = [0.8, 5.0, 4.6, 3.4, 2.3, 2.8, 5.0]


def _story(sheet: dict[str, Any], paper: str) -> list:
    s = make_styles()
    width = frame_width(paper)
    territory = str(sheet.get("territory") or "").strip()
    name = str(sheet.get("alliance") or "")
    story: list = [
        Paragraph(PROGRAMME, kicker_style(s)),
        Paragraph("PLANILLA DE ASISTENCIA", s.title),
        Paragraph(markup(f"{name} — {territory}" if territory else name), s.subtitle),
        Spacer(1, 4),
    ]
    kind = str(sheet.get("kind_label") or "").strip()
    story.append(
        details_table(
            [
                [
                    ("Fecha", long_date(parse_date(sheet.get("date")))),
                    ("Hora", clock_time(sheet.get("start_time"))),
                ],
                [("Lugar", sheet.get("place")), ("Reunión", kind.capitalize())],
            ],
            s,
            width,
        )
    )
    story.append(Spacer(1, 6))
    objective = text_block(sheet.get("objective"), s.body)
    if objective:
        story.append(Paragraph("Objetivo", s.label))
        story.extend(objective)
    agenda = sheet.get("agenda") or []
    if agenda:
        story.append(Paragraph("Orden del día", s.label))
        compact = ParagraphStyle("agenda", parent=s.body, spaceAfter=1)
        story.extend(numbered_list(agenda, compact))
    story.append(CondPageBreak(4 * cm))
    story.append(Spacer(1, 4))
    story.append(_table(sheet, s, width))
    story.append(Spacer(1, 8))
    story.append(
        Paragraph(
            "<b>* Tratamiento de datos personales (Ley 1581 de 2012).</b> Quien escribe su "
            f"teléfono en esta planilla y firma declara: «{markup(_authorization())}»",
            s.cell,
        )
    )
    return story


def _authorization() -> str:
    return AUTHORIZATION_TEXT.get(AUTHORIZATION_TEXT_VERSION, "")


def _table(sheet: dict[str, Any], styles, width: float):
    rows = []
    invited = sheet.get("invited") or []
    for index, person in enumerate(invited, start=1):
        rows.append(
            [
                str(index),
                person.get("name", ""),
                person.get("organization", ""),
                person.get("cargo", ""),
                person.get("sector_label", ""),
                "",
                Spacer(1, ROW_HEIGHT),
            ]
        )
    for index in range(len(invited) + 1, len(invited) + BLANK_ROWS + 1):
        rows.append([str(index), "", "", "", "", "", Spacer(1, ROW_HEIGHT)])
    table = blocks.data_table(COLUMNS, rows, blocks.widths(width, FRACTIONS), styles)
    table.setStyle(TableStyle([("VALIGN", (0, 1), (-1, -1), "MIDDLE")]))
    return table


def _footer(sheet: dict[str, Any]) -> Footer:
    when = long_date(parse_date(sheet.get("date")))
    return Footer(
        name=str(sheet.get("alliance") or ""),
        document=f"Planilla de asistencia · {when}" if when else "Planilla de asistencia",
        verification_code=str(sheet.get("meeting_id") or "")[:8].upper(),
        code_label="Referencia de la sesión",
    )


def attendance_sheet_pdf_bytes(sheet: dict[str, Any], page_size: str = "letter") -> bytes:
    """The planilla de asistencia of a meeting (from ``services.meetings.attendance_sheet``).

    ``page_size`` is "letter" (carta) or "a4"; the sheet is always landscape.
    """
    paper = f"{page_size.lower()}-landscape"
    buffer = io.BytesIO()
    build_pdf(
        _story(sheet, paper),
        buffer,
        _footer(sheet),
        paper,
        title=f"Planilla de asistencia — {sheet.get('alliance', '')}",
        subject="Planilla de asistencia a la reunión de la alianza",
    )
    logger.info("Planilla de asistencia impresa: sesión %s", sheet.get("meeting_id"))
    return buffer.getvalue()
