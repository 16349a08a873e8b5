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
from alianzas_desktop.documents.acta_pdf import details_table, kicker_style
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
from alianzas_desktop.documents.strings import Words
from alianzas_desktop.domain.systematization import ProfileDocument
from alianzas_desktop.domain.verification import qr_text
from alianzas_desktop.domain.vocabulary import (
    ApplicationArea,
    ContributionKind,
    Health,
    Phase,
    Sector,
)

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


def _partners_table(document: ProfileDocument, styles, width: float, w: Words):
    columns = []
    for sector in Sector:
        names = [p.organization for p in document.partners if p.sector == sector.value]
        shown = [cut(n, NAME_MAX) for n in names[:PARTNERS_PER_SECTOR]]
        if len(names) > PARTNERS_PER_SECTOR:
            shown.append(w("profile.more", count=len(names) - PARTNERS_PER_SECTOR))
        columns.append([blocks.cell(name, styles.cell) for name in shown] or NO_VALUE)
    return blocks.data_table(
        [w.label(Sector, sector.value, sector.label) for sector in Sector],
        [columns],
        blocks.widths(width, [1, 1, 1]),
        styles,
    )


def _contributions_table(document: ProfileDocument, styles, width: float, w: Words):
    rows = [
        [
            cut(w.label(ContributionKind, None, c.kind_label), 60),
            str(c.count),
            w.pesos(c.value) if c.value else NO_VALUE,
        ]
        for c in document.contributions[:CONTRIBUTION_ROWS]
    ]
    hidden = document.contributions[CONTRIBUTION_ROWS:]
    if hidden:
        rows.append([w("profile.more_kinds", count=len(hidden)), "", ""])
    if not rows:
        rows = [[w("profile.no_commitments"), "", ""]]
    return blocks.data_table(
        [w("agreement.col.kind"), w("acta.commitments"), w("agreement.col.value")],
        rows,
        blocks.widths(width, [3, 1.2, 1.8]),
        styles,
    )


def _story(document: ProfileDocument, paper: str, w: Words) -> list:
    s = make_styles()
    width = frame_width(paper)
    d = document
    health = w.label(Health, None, d.health_label) if d.health_label else ""
    done = w("profile.done_of", done=d.commitments_done, total=d.commitments_total)
    content = [
        Paragraph(w("programme"), kicker_style(s)),
        Paragraph(w("profile.title"), s.title),
        Paragraph(markup(cut(d.alliance_name, 120)), s.subtitle),
        Spacer(1, 4),
        details_table(
            [
                [
                    (w("evaluation.territory"), cut(d.territory, 120) or NO_VALUE),
                    (w("profile.phase"), w.label(Phase, None, d.phase_label)),
                ],
                [
                    (w("profile.area"), w.label(ApplicationArea, None, d.area_label)),
                    (w("profile.since"), w.short_date(d.start_date)),
                ],
                [
                    (w("profile.facilitation"), cut(d.facilitator, 80) or NO_VALUE),
                    (w("profile.fulfilled"), done),
                ],
            ],
            s,
            width,
        ),
        Paragraph(w("agreement.purpose"), s.label),
        Paragraph(markup(cut(d.purpose, PURPOSE_MAX) or w("not_defined")), s.indented),
        Paragraph(w("agreement.objectives"), s.label),
        Paragraph(
            markup(cut(d.objectives, OBJECTIVES_MAX) or w("profile.no_objectives")), s.indented
        ),
        Spacer(1, 4),
        Paragraph(markup(w("profile.partners", count=len(d.partners))), s.label),
        _partners_table(d, s, width, w),
        Spacer(1, 4),
        Paragraph(w("profile.contributions"), s.label),
        _contributions_table(d, s, width, w),
    ]
    if health:
        reasons = "; ".join(cut(r, 120).rstrip(".") for r in d.health_reasons[:REASONS_MAX])
        content += [
            Spacer(1, 4),
            Paragraph(w("profile.health"), s.label),
            Paragraph(markup(f"{health}" + (f": {reasons}" if reasons else "")), s.indented),
        ]
    content.append(Paragraph(w("profile.lessons"), s.label))
    if d.lessons:
        content += [
            Paragraph(markup(f"• {cut(lesson, LESSON_MAX)}"), s.indented) for lesson in d.lessons
        ]
    else:
        content.append(Paragraph(w("profile.no_lessons"), s.indented))
    _width, height = page_size(paper)
    frame_height = height - MARGIN - BOTTOM_MARGIN - 0.2 * cm
    # Whatever the truncation left too tall is scaled down: the ficha is one page, always.
    return [KeepInFrame(width, frame_height, content, mode="shrink")]


def profile_pdf_bytes(
    document: ProfileDocument, page_size: str = "letter", lang: str | None = None
) -> bytes:
    """The ficha de la alianza as a one-page PDF; ``page_size`` is "letter" or "a4".

    It is printed in ``lang`` ("es" or "en"), or in the language chosen in the settings.
    """
    w = Words(lang)
    buffer = io.BytesIO()
    build_pdf(
        _story(document, page_size, w),
        buffer,
        Footer(
            name=document.alliance_name,
            document=w("profile.footer", when=w.short_date(document.printed_on)),
            verification_code=document.verification_code or NO_VALUE,
            code_label=w.code_label(),
            page_label=w.page_label(),
            qr_payload=(
                qr_text("ficha de la alianza", document.verification_code)
                if document.verification_code
                else ""
            ),
        ),
        page_size,
        title=w("profile.pdf_title", name=document.alliance_name),
        subject=w("profile.pdf_subject"),
        lang=w.pdf_language,
    )
    logger.info("Ficha de la alianza impresa")
    return buffer.getvalue()
