"""The ficha de la alianza: one page a coordinator can hand to a mayor.

Who (partners by sector), what (purpose, objectives, contributions), where, the phase,
the health reading when known and the main lessons. It always fits one page, on letter
and A4: long texts are cut with a visible «…», long lists say how many more there are,
and whatever still does not fit is scaled down inside the page's frame (``KeepInFrame``),
never carried to a second page. Every user string passes through ``documents.escaping``.
"""

from __future__ import annotations

import io
import logging

from reportlab.lib.units import cm
from reportlab.platypus import KeepInFrame, Paragraph, Spacer

from alianzas_desktop.documents import blocks
from alianzas_desktop.documents.acta_pdf import PROGRAMME, details_table, kicker_style
from alianzas_desktop.documents.escaping import markup, printable
from alianzas_desktop.documents.page import (
    BOTTOM_MARGIN,
    MARGIN,
    Footer,
    build_pdf,
    frame_width,
    make_styles,
    page_size,
)
from alianzas_desktop.domain.formatting import pesos, short_date
from alianzas_desktop.domain.systematization import ProfileDocument
from alianzas_desktop.domain.verification import qr_text
from alianzas_desktop.domain.vocabulary import Sector

logger = logging.getLogger(__name__)

NO_VALUE = "—"
PURPOSE_MAX = 600
OBJECTIVES_MAX = 500
NAME_MAX = 90
PARTNERS_PER_SECTOR = 7
LESSON_MAX = 280
CONTRIBUTION_ROWS = 6
REASONS_MAX = 3


def cut(text: str, limit: int) -> str:
    """The text on one line, cut at ``limit`` characters with a visible «…»."""
    flat = " ".join(printable(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _partners_table(document: ProfileDocument, styles, width: float):
    columns = []
    for sector in Sector:
        names = [p.organization for p in document.partners if p.sector == sector.value]
        shown = [cut(n, NAME_MAX) for n in names[:PARTNERS_PER_SECTOR]]
        if len(names) > PARTNERS_PER_SECTOR:
            shown.append(f"… y {len(names) - PARTNERS_PER_SECTOR} más")
        columns.append([blocks.cell(name, styles.cell) for name in shown] or NO_VALUE)
    return blocks.data_table(
        [sector.label for sector in Sector], [columns], blocks.widths(width, [1, 1, 1]), styles
    )


def _contributions_table(document: ProfileDocument, styles, width: float):
    rows = [
        [cut(c.kind_label, 60), str(c.count), pesos(c.value) if c.value else NO_VALUE]
        for c in document.contributions[:CONTRIBUTION_ROWS]
    ]
    hidden = document.contributions[CONTRIBUTION_ROWS:]
    if hidden:
        rows.append([f"… y {len(hidden)} tipos más", "", ""])
    if not rows:
        rows = [["Sin compromisos registrados", "", ""]]
    return blocks.data_table(
        ["Tipo de aporte", "Compromisos", "Valor estimado"],
        rows,
        blocks.widths(width, [3, 1.2, 1.8]),
        styles,
    )


def _story(document: ProfileDocument, paper: str) -> list:
    s = make_styles()
    width = frame_width(paper)
    d = document
    health = d.health_label or ""
    content = [
        Paragraph(PROGRAMME, kicker_style(s)),
        Paragraph("FICHA DE LA ALIANZA", s.title),
        Paragraph(markup(cut(d.alliance_name, 120)), s.subtitle),
        Spacer(1, 4),
        details_table(
            [
                [("Territorio", cut(d.territory, 120) or NO_VALUE), ("Fase", d.phase_label)],
                [("Área", d.area_label), ("Desde", short_date(d.start_date))],
                [
                    ("Facilitación", cut(d.facilitator, 80) or NO_VALUE),
                    (
                        "Compromisos cumplidos",
                        f"{d.commitments_done} de {d.commitments_total}",
                    ),
                ],
            ],
            s,
            width,
        ),
        Paragraph("Propósito común", s.label),
        Paragraph(markup(cut(d.purpose, PURPOSE_MAX) or "No se definió."), s.indented),
        Paragraph("Objetivos", s.label),
        Paragraph(markup(cut(d.objectives, OBJECTIVES_MAX) or "No se definieron."), s.indented),
        Spacer(1, 4),
        Paragraph(markup(f"Socios por sector ({len(d.partners)})"), s.label),
        _partners_table(d, s, width),
        Spacer(1, 4),
        Paragraph("Aportes comprometidos", s.label),
        _contributions_table(d, s, width),
    ]
    if health:
        reasons = "; ".join(cut(r, 120).rstrip(".") for r in d.health_reasons[:REASONS_MAX])
        content += [
            Spacer(1, 4),
            Paragraph("Salud de la alianza", s.label),
            Paragraph(markup(f"{health}" + (f": {reasons}" if reasons else "")), s.indented),
        ]
    content.append(Paragraph("Principales lecciones", s.label))
    if d.lessons:
        content += [
            Paragraph(markup(f"• {cut(lesson, LESSON_MAX)}"), s.indented) for lesson in d.lessons
        ]
    else:
        content.append(Paragraph("Aún no se ha sistematizado la experiencia.", s.indented))
    _width, height = page_size(paper)
    frame_height = height - MARGIN - BOTTOM_MARGIN - 0.2 * cm
    # Whatever the truncation left too tall is scaled down: the ficha is one page, always.
    return [KeepInFrame(width, frame_height, content, mode="shrink")]


def profile_pdf_bytes(document: ProfileDocument, page_size: str = "letter") -> bytes:
    """The ficha de la alianza as a one-page PDF; ``page_size`` is "letter" or "a4"."""
    buffer = io.BytesIO()
    build_pdf(
        _story(document, page_size),
        buffer,
        Footer(
            name=document.alliance_name,
            document=f"Ficha de la alianza · {short_date(document.printed_on)}",
            verification_code=document.verification_code or NO_VALUE,
            qr_payload=(
                qr_text("ficha de la alianza", document.verification_code)
                if document.verification_code
                else ""
            ),
        ),
        page_size,
        title=f"Ficha de la alianza — {document.alliance_name}",
        subject="Ficha de la alianza",
    )
    logger.info("Ficha de la alianza impresa")
    return buffer.getvalue()
