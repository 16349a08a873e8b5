"""The planilla de asistencia: a form printed before a meeting and signed by hand at the door.

It names the meeting (alliance, date, time, place, objective and agenda), shows
the Ley 1581 authorisation before the first row, lists the invited people ready
to sign, and leaves blank rows for those who come without invitation. It is
printed landscape so names, document numbers and signatures have room to be
written by hand.
"""

from __future__ import annotations

import io
import logging
from dataclasses import replace
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from alianzas_desktop.documents import blocks, fonts
from alianzas_desktop.documents.acta_pdf import clock_time, kicker_style, parse_date
from alianzas_desktop.documents.escaping import markup
from alianzas_desktop.documents.page import (
    RULE,
    SHADE,
    Footer,
    Styles,
    build_pdf,
    frame_width,
    make_styles,
)
from alianzas_desktop.documents.strings import Words
from alianzas_desktop.domain.formatting import SPANISH
from alianzas_desktop.domain.personal_data import AUTHORIZATION_TEXT, AUTHORIZATION_TEXT_VERSION
from alianzas_desktop.domain.vocabulary import MeetingKind

logger = logging.getLogger(__name__)

BLANK_ROWS = 10
# Every row is at least this tall, so a name and a signature fit by hand; with the
# header of page 1, a letter page still holds 12 rows or more.
ROW_HEIGHT = 0.7 * cm
COLUMNS = ("number", "name", "document", "organization", "cargo", "phone", "signature")
FRACTIONS = [0.8, 4.8, 2.6, 5.4, 3.6, 2.4, 4.6]
DETAIL_FRACTIONS = [1.4, 4.2, 1.2, 2.0, 1.4, 6.4, 1.6, 2.2]


def _story(sheet: dict[str, Any], paper: str, w: Words) -> list:
    s = make_styles()
    width = frame_width(paper)
    territory = str(sheet.get("territory") or "").strip()
    name = str(sheet.get("alliance") or "")
    title = ParagraphStyle("sheet-title", parent=s.title, fontSize=14, leading=18, spaceAfter=1)
    subtitle = ParagraphStyle("sheet-subtitle", parent=s.subtitle, fontSize=11, leading=14)
    compact = ParagraphStyle("sheet-line", parent=s.cell, fontSize=9, leading=11.5, spaceAfter=2)
    kind = w.label(MeetingKind, sheet.get("kind"), sheet.get("kind_label")).strip()
    story: list = [
        Paragraph(w("programme"), kicker_style(s)),
        Paragraph(w("sheet.title"), title),
        Paragraph(markup(f"{name} — {territory}" if territory else name), subtitle),
        _details(
            [
                (w("acta.date"), w.long_date(parse_date(sheet.get("date")))),
                (w("sheet.time"), clock_time(sheet.get("start_time"), w.lang)),
                (w("acta.place"), sheet.get("place")),
                (w("sheet.meeting"), kind.capitalize()),
            ],
            s,
            width,
        ),
        Spacer(1, 4),
    ]
    objective = " ".join(str(sheet.get("objective") or "").split())
    if objective:
        story.append(Paragraph(f"<b>{w('sheet.objective')}</b> {markup(objective)}", compact))
    agenda = [" ".join(str(item).split()) for item in sheet.get("agenda") or []]
    if agenda:
        items = "&nbsp;&nbsp; ".join(
            f"{number}.&nbsp;{markup(item)}" for number, item in enumerate(agenda, start=1)
        )
        story.append(Paragraph(f"<b>{w('sheet.agenda')}</b> {items}", compact))
    # Read before anyone writes: the note comes before the first row.
    story.append(Spacer(1, 2))
    story.append(_consent_note(s, width, w))
    story.append(Spacer(1, 4))
    story.append(_table(sheet, s, width, w))
    return story


def _details(pairs: list[tuple[str, object]], styles: Styles, width: float) -> Table:
    """The meeting's date, time, place and kind on one ruled line (labels shaded)."""
    cells: list[Paragraph] = []
    for label, value in pairs:
        cells.append(Paragraph(markup(label), styles.cell_header))
        cells.append(Paragraph(markup(value) if value else "—", styles.cell))
    table = Table([cells], colWidths=blocks.widths(width, DETAIL_FRACTIONS), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                # Cells otherwise set Helvetica, a font reportlab leaves unembedded.
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                *[("BACKGROUND", (c, 0), (c, 0), SHADE) for c in range(0, len(cells), 2)],
            ]
        )
    )
    return table


def _consent_note(styles, width: float, w: Words) -> Table:
    note = ParagraphStyle("consent", parent=styles.cell, fontSize=7.5, leading=9.5)
    text = Paragraph(f"{w('sheet.consent')}«{markup(_authorization(w))}»", note)
    box = Table([[text]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 7.5),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


def _authorization(w: Words) -> str:
    """The authorisation people sign; in English, its translation (the Spanish text rules)."""
    if w.lang != SPANISH:
        return w(f"sheet.authorization.{AUTHORIZATION_TEXT_VERSION}")
    return AUTHORIZATION_TEXT.get(AUTHORIZATION_TEXT_VERSION, "")


def _table(sheet: dict[str, Any], styles, width: float, w: Words):
    # The document number is written by each person, never printed from the records: the
    # sheet passes from hand to hand at the door.
    rows = []
    invited = sheet.get("invited") or []
    for index, person in enumerate(invited, start=1):
        rows.append(
            [
                str(index),
                person.get("name", ""),
                "",
                person.get("organization", ""),
                person.get("cargo", ""),
                "",
                Spacer(1, ROW_HEIGHT),
            ]
        )
    for index in range(len(invited) + 1, len(invited) + BLANK_ROWS + 1):
        rows.append([str(index), "", "", "", "", "", Spacer(1, ROW_HEIGHT)])
    # Smaller type than the acta's tables: a long organisation name takes two lines within
    # the row's own height, so page 1 still holds twelve rows.
    small = replace(
        styles,
        cell=ParagraphStyle("sheet-cell", parent=styles.cell, fontSize=8, leading=9.5),
        cell_header=ParagraphStyle(
            "sheet-header", parent=styles.cell_header, fontSize=8, leading=9.5
        ),
    )
    header = [w(f"sheet.col.{column}") for column in COLUMNS]
    table = blocks.data_table(header, rows, blocks.widths(width, FRACTIONS), small)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
            ]
        )
    )
    return table


def _footer(sheet: dict[str, Any], w: Words) -> Footer:
    when = w.long_date(parse_date(sheet.get("date")))
    # No internal reference here: the line a signer reads on any page is where the
    # authorisation for their data is.
    return Footer(
        name=str(sheet.get("alliance") or ""),
        document=w("sheet.footer_on", when=when) if when else w("sheet.footer"),
        verification_code=w("sheet.see_authorization"),
        code_label=w("sheet.personal_data"),
        page_label=w.page_label(),
    )


def attendance_sheet_pdf_bytes(
    sheet: dict[str, Any], page_size: str = "letter", lang: str | None = None
) -> bytes:
    """The planilla de asistencia of a meeting (from ``services.meetings.attendance_sheet``).

    ``page_size`` is "letter" (carta) or "a4"; the sheet is always landscape. It is
    printed in ``lang`` ("es" or "en"), or in the language chosen in the settings.
    """
    paper = f"{page_size.lower()}-landscape"
    w = Words(lang)
    buffer = io.BytesIO()
    build_pdf(
        _story(sheet, paper, w),
        buffer,
        _footer(sheet, w),
        paper,
        title=w("sheet.pdf_title", name=sheet.get("alliance", "")),
        subject=w("sheet.pdf_subject"),
        lang=w.pdf_language,
    )
    logger.info("Planilla de asistencia impresa: sesión %s", sheet.get("meeting_id"))
    return buffer.getvalue()
