"""The acta of a sesión con socios as a PDF, laid out the Colombian way (GTC 185).

The document is built only from the acta's frozen content (made when the
meeting closed), the signatures drawn on screen and the later fe de erratas, so
printing it again gives the same text. Every user string passes through
``documents.escaping``.
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
from collections.abc import Sequence
from datetime import date, time
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from alianzas_desktop.documents import blocks, fonts
from alianzas_desktop.documents.blocks import Signer, text_block
from alianzas_desktop.documents.cells import CellParagraph, paragraph
from alianzas_desktop.documents.escaping import markup, printable
from alianzas_desktop.documents.page import (
    MUTED,
    RULE,
    SHADE,
    Footer,
    Styles,
    build_pdf,
    frame_width,
    make_styles,
)
from alianzas_desktop.documents.strings import Words, words_for
from alianzas_desktop.domain import formatting
from alianzas_desktop.domain.verification import qr_text
from alianzas_desktop.domain.vocabulary import (
    AttendanceStatus,
    CommitmentStatus,
    MeetingKind,
    Sector,
)
from alianzas_desktop.services.meetings import ActaDocument

logger = logging.getLogger(__name__)

PROGRAMME = "PROGRAMA NACIONAL DE ALIANZAS"
NO_VALUE = "—"
HEADING_ROOM = 4 * cm
SUBHEADING_ROOM = 3 * cm
# The firma cell of the attendance tables: room to sign by hand, or the drawn signature.
SIGNATURE_CELL_HEIGHT = 1.0 * cm
# Signatures drawn on screen are reduced to this before printing (pixels).
SIGNATURE_MAX_PIXELS = (900, 300)
SIGNATURE_MAX_AREA = 25_000_000

PRESENT = AttendanceStatus.PRESENT.value
EXCUSED = AttendanceStatus.EXCUSED.value


# -- helpers shared with the other meeting documents -----------------------------------------


def parse_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None


def clock_time(value: Any, lang: str = formatting.SPANISH) -> str:
    """'9:00 a. m.', '2:30 p. m.' (English '2:30 PM') from a time or 'HH:MM'; '' when unknown.

    The space inside "a. m." does not break, so the time never splits across lines.
    """
    if not isinstance(value, time):
        try:
            value = time.fromisoformat(str(value))
        except (TypeError, ValueError):
            return ""
    return formatting.clock_time(value, lang)


@lru_cache(maxsize=8)
def kicker_style(styles: Styles) -> ParagraphStyle:
    """The small line above a document's title that names the programme."""
    return ParagraphStyle(
        "kicker", parent=styles.centered, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4
    )


@lru_cache(maxsize=8)
def _sector_style(styles: Styles) -> ParagraphStyle:
    """An attendee's sector, in grey under the organisation."""
    return ParagraphStyle("sector", parent=styles.cell, textColor=MUTED)


def details_table(
    rows: Sequence[Sequence[tuple[str, object]]], styles: Styles, width: float
) -> Table:
    """Label/value pairs on a ruled grid; each row holds one or two pairs.

    Labels are program text, values user text (escaped here).
    """
    pairs = max(len(row) for row in rows)
    label_width = 0.17 if pairs > 1 else 0.2
    fractions = [label_width, 0.5 - label_width] * pairs if pairs > 1 else [0.25, 0.75]
    data = []
    for row in rows:
        cells: list[Flowable | str] = []
        for label, value in row:
            cells.append(blocks.cell(label, styles.cell_header))
            cells.append(blocks.cell(value if value else NO_VALUE, styles.cell))
        while len(cells) < 2 * pairs:
            cells.append("")
        data.append(cells)
    table = blocks.SplittingTable(
        data,
        colWidths=[width * f for f in fractions],
        splitInRow=blocks.MIN_ROW_PART,
        hAlign="LEFT",
    )
    commands = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for column in range(0, 2 * pairs, 2):
        commands.append(("BACKGROUND", (column, 0), (column, -1), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def numbered_list(items: Sequence[object], style: ParagraphStyle) -> list[Flowable]:
    """'1. …', '2. …' as hanging-indent paragraphs."""
    hanging = ParagraphStyle(
        f"{style.name}-numbered", parent=style, leftIndent=0.9 * cm, firstLineIndent=-0.5 * cm
    )
    return [
        Paragraph(f"{number}.&nbsp;&nbsp;{markup(item)}", hanging)
        for number, item in enumerate(items, start=1)
    ]


def signature_image(png: bytes, width: float, height: float) -> Image | None:
    """A drawn signature scaled into ``width`` × ``height``, or None if it cannot be read.

    The image is decoded and re-encoded (small) first, so a damaged or huge
    file leaves the cell empty for a handwritten signature instead of breaking
    the document.
    """
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(png)) as picture:
            if picture.width * picture.height > SIGNATURE_MAX_AREA:
                raise ValueError("imagen demasiado grande")
            picture.load()
            picture = picture.convert("RGBA")
            picture.thumbnail(SIGNATURE_MAX_PIXELS)
            clean = io.BytesIO()
            picture.save(clean, format="PNG")
            pixels = picture.size
    except Exception:  # any unreadable image: the person signs by hand
        logger.warning("No se pudo leer la imagen de una firma; se deja el espacio en blanco")
        return None
    scale = min(width / pixels[0], height / pixels[1])
    clean.seek(0)
    return Image(clean, pixels[0] * scale, pixels[1] * scale, hAlign="CENTER")


# -- the acta ---------------------------------------------------------------------------------


class _Room(Spacer):
    """Room to sign in by hand: a Spacer's height, and nothing written for it on the page.

    A table draws each cell's flowable inside a saved and moved graphics state; for an
    empty space that is forty pairs of operators per list, drawing nothing.
    """

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        return


class _ActaStory:
    """Turns the acta's frozen content into the flowables of the document."""

    def __init__(self, document: ActaDocument, paper: str, words: Words) -> None:
        self.document = document
        self.w = words
        self.content = document.content
        self.alliance: dict[str, Any] = self.content.get("alliance") or {}
        self.attendees: list[dict[str, Any]] = self.content.get("attendees") or []
        self.styles: Styles = make_styles()
        self._sector_style = _sector_style(self.styles)
        self.width = frame_width(paper)
        self.story: list = []

    def add(self, *flowables) -> None:
        self.story.extend(flowables)

    def heading(self, title: str) -> None:
        self.add(CondPageBreak(HEADING_ROOM), paragraph(markup(title), self.styles.heading))

    def note(self, text: str) -> None:
        self.add(paragraph(markup(text), self.styles.indented))

    @property
    def number(self) -> str:
        value = self.content.get("number") or self.document.number
        return str(value) if value else "____"

    def build(self) -> list:
        # GTC 185: heading, date, times and place; what the meeting is for; who came and who
        # presided; what was done; signatures.
        self.title_block()
        self.objective_and_agenda()
        self.attendance_sections()
        self.officers_section()
        self.development_section()
        self.commitments_section()
        self.follow_up_section()
        self.next_meeting_section()
        self.signatures_section()
        self.addenda_section()
        self.annex_code_line()
        return self.story

    def title_block(self) -> None:
        s = self.styles
        w = self.w
        kind = w.label(MeetingKind, self.content.get("kind"), self.content.get("kind_label"))
        kind = kind.strip()
        self.add(
            paragraph(w("programme"), kicker_style(s)),
            paragraph(markup(self.alliance.get("name", "")), s.subtitle),
        )
        if str(self.alliance.get("territory") or "").strip():
            self.add(paragraph(markup(self.alliance["territory"]), s.centered))
        self.add(Spacer(1, 8), paragraph(markup(w("acta.title", number=self.number)), s.title))
        if kind:
            self.add(paragraph(markup(w("acta.kind", kind=kind.lower()).capitalize()), s.centered))
        if self.document.is_draft:
            self.add(paragraph(w("acta.draft_notice"), s.notice))
        else:
            self.add(Spacer(1, 10))
        details = [
            [
                (w("acta.date"), w.long_date(parse_date(self.content.get("date")))),
                (w("acta.start"), clock_time(self.content.get("start_time"), w.lang)),
            ],
            [
                (w("acta.place"), self.content.get("place")),
                (w("acta.end"), clock_time(self.content.get("end_time"), w.lang)),
            ],
        ]
        self.add(details_table(details, s, self.width))

    # -- who came ---------------------------------------------------------------------------

    def _firma(self, attendee: dict[str, Any]) -> Flowable:
        png = self.document.signatures.get(str(attendee.get("attendance_id")))
        if png:
            image = signature_image(png, self._firma_width - 8, SIGNATURE_CELL_HEIGHT)
            if image is not None:
                return image
        return _Room(1, SIGNATURE_CELL_HEIGHT)

    @property
    def _firma_width(self) -> float:
        return blocks.widths(self.width, self._attendance_fractions)[-1]

    _attendance_fractions = (0.7, 3.6, 2.3, 4.0, 2.9, 3.3)

    def _organization_cell(self, person: dict[str, Any]) -> Flowable | list[Flowable]:
        """The organisation, and under it its sector in grey.

        Two cells' worth of text stacked: the same lines as one Paragraph broken before the
        sector, without parsing markup for each of the list's rows.
        """
        name = person.get("organization") or NO_VALUE
        sector = self.w.label(Sector, person.get("sector"), person.get("sector_label")).strip()
        if not sector:
            return blocks.cell(name, self.styles.cell)
        if not printable(name).strip():  # an empty first line, as the Paragraph prints it
            muted = f"<br/><font color='#52606D'>{markup(sector)}</font>"
            return CellParagraph(markup(name) + muted, self.styles.cell)
        return [blocks.cell(name, self.styles.cell), blocks.cell(sector, self._sector_style)]

    def _attendance_table(self, people: list[dict[str, Any]]) -> Table:
        s = self.styles
        # Each person present signs here, and only here; an unknown cédula is left blank to be
        # written by hand at the signing.
        w = self.w
        header = [
            w("acta.col.number"),
            w("acta.col.name"),
            w("signature.id"),
            w("acta.col.organization_sector"),
            w("acta.col.cargo"),
            w("acta.col.signature"),
        ]
        rows = [
            [
                str(index),
                p.get("name", ""),
                str(p.get("document_number") or ""),
                self._organization_cell(p),
                p.get("cargo") or NO_VALUE,
                self._firma(p),
            ]
            for index, p in enumerate(people, start=1)
        ]
        widths = blocks.widths(self.width, self._attendance_fractions)
        table = blocks.data_table(header, rows, widths, s)
        table.setStyle(TableStyle([("VALIGN", (-1, 1), (-1, -1), "MIDDLE")]))
        return table

    def attendance_sections(self) -> None:
        s = self.styles
        present = [a for a in self.attendees if a.get("status") == PRESENT]
        members = [a for a in present if not a.get("is_guest")]
        guests = [a for a in present if a.get("is_guest")]
        absent = [a for a in self.attendees if a.get("status") != PRESENT]

        w = self.w
        self.heading(w("acta.attendees"))
        if members:
            self.add(self._attendance_table(members))
        else:
            self.note(w("acta.no_attendees"))

        self.heading(w("acta.guests"))
        if guests:
            self.add(self._attendance_table(guests))
        else:
            self.note(w("acta.no_guests"))

        self.heading(w("acta.absent"))
        if absent:
            rows = [
                [
                    p.get("name", ""),
                    p.get("organization") or NO_VALUE,
                    p.get("cargo") or NO_VALUE,
                    w("acta.excused") if p.get("status") == EXCUSED else w("acta.not_excused"),
                ]
                for p in absent
            ]
            widths = blocks.widths(self.width, [4.5, 5.0, 4.0, 2.5])
            header = [
                w("acta.col.name"),
                w("acta.col.organization"),
                w("acta.col.cargo"),
                w("acta.col.excuse"),
            ]
            self.add(blocks.data_table(header, rows, widths, s))
        else:
            self.note(w("acta.no_absences"))

    # -- what was done ------------------------------------------------------------------------

    def officers_section(self) -> None:
        """Who presided and who took the minutes; a line to fill in by hand when not recorded."""
        s = self.styles
        w = self.w
        self.heading(w("acta.officers"))
        rows = [
            [
                (w("acta.chair"), _officer(self.content.get("chair"), w)),
                (w("acta.secretary"), _officer(self.content.get("secretary"), w)),
            ]
        ]
        self.add(details_table(rows, s, self.width))
        signers = [
            str(a.get("name") or "").strip()
            for a in self.attendees
            if a.get("status") == PRESENT and a.get("signs") and str(a.get("name") or "").strip()
        ]
        if signers:
            last = w("acta.and") if len(signers) > 1 else ""
            names = ", ".join(signers[:-1]) + last + signers[-1]
            self.add(
                Spacer(1, 4),
                paragraph(markup(w("acta.approved_by", names=names)), s.body),
            )

    def objective_and_agenda(self) -> None:
        s = self.styles
        w = self.w
        self.heading(w("acta.objective"))
        self.add(*text_block(self.content.get("objective"), s.body, w("acta.not_recorded")))
        self.heading(w("acta.agenda"))
        titles = [item.get("title", "") for item in self.content.get("agenda") or []]
        self.add(*numbered_list(titles, s.body) or [paragraph(w("acta.not_recorded"), s.body)])

    def development_section(self) -> None:
        s = self.styles
        self.heading(self.w("acta.development"))
        decision_number = 0
        for index, item in enumerate(self.content.get("agenda") or [], start=1):
            self.add(
                CondPageBreak(SUBHEADING_ROOM),
                paragraph(markup(f"{index}. {item.get('title', '')}"), s.subheading),
            )
            notes = text_block(item.get("notes"), s.body)
            self.add(*(notes or [paragraph(self.w("acta.no_notes"), s.body)]))
            for decision in item.get("decisions") or []:
                decision_number += 1
                self.add(self._decision(decision_number, decision))

    def _decision(self, number: int, decision: dict[str, Any]) -> Paragraph:
        w = self.w
        if decision.get("by_consensus", True):
            how = w("acta.consensus")
        else:
            how = w(
                "acta.votes",
                yes=int(decision.get("votes_for") or 0),
                no=int(decision.get("votes_against") or 0),
                abstentions=int(decision.get("abstentions") or 0),
            )
        title = w("acta.decision", number=number)
        return Paragraph(
            f"<b>{title}</b> {markup(decision.get('text', ''))}<br/><i>{how}</i>",
            self.styles.indented,
        )

    def commitments_section(self) -> None:
        s = self.styles
        w = self.w
        self.heading(w("acta.commitments"))
        commitments = self.content.get("new_commitments") or []
        if not commitments:
            self.note(w("acta.no_commitments"))
            return
        rows = []
        for index, c in enumerate(commitments, start=1):
            responsible = f"<b>{markup(c.get('organization') or NO_VALUE)}</b>"
            if str(c.get("responsible") or "").strip():
                responsible += f"<br/>{markup(c['responsible'])}"
            rows.append(
                [
                    str(index),
                    c.get("description", ""),
                    CellParagraph(responsible, s.cell),
                    w.short_date(parse_date(c.get("deadline"))) or NO_VALUE,
                ]
            )
        header = [
            w("acta.col.number"),
            w("acta.col.commitment"),
            w("acta.col.responsible"),
            w("acta.col.deadline"),
        ]
        widths = blocks.widths(self.width, [0.8, 8.2, 5.4, 2.2])
        self.add(blocks.data_table(header, rows, widths, s))

    def follow_up_section(self) -> None:
        s = self.styles
        w = self.w
        self.heading(w("acta.follow_ups"))
        follow_ups = self.content.get("follow_ups") or []
        if not follow_ups:
            self.note(w("acta.no_follow_ups"))
            return

        def status(f: dict[str, Any], key: str) -> str:
            code = f.get(key.removesuffix("_label"))
            return w.label(CommitmentStatus, code, f.get(key)) or NO_VALUE

        rows = [
            [
                f.get("description", ""),
                f.get("organization") or NO_VALUE,
                " → ".join(status(f, key) for key in ("previous_status_label", "status_label")),
                f.get("note") or "",
            ]
            for f in follow_ups
        ]
        header = [
            w("acta.col.commitment"),
            w("acta.col.organization"),
            w("acta.col.status_change"),
            w("acta.col.note"),
        ]
        widths = blocks.widths(self.width, [5.2, 3.5, 3.9, 5.0])
        self.add(blocks.data_table(header, rows, widths, s))

    def next_meeting_section(self) -> None:
        s = self.styles
        w = self.w
        self.heading(w("acta.next_meeting"))
        upcoming = self.content.get("next_meeting") or {}
        when = w.long_date(parse_date(upcoming.get("date")))
        place = str(upcoming.get("place") or "").strip()
        if not when and not place:
            self.note(w("acta.no_next_meeting"))
            return
        rows = [[(w("acta.date"), when)], [(w("acta.place"), place)]]
        self.add(details_table(rows, s, self.width))

    # -- signatures and corrections ----------------------------------------------------------

    def signatures_section(self) -> None:
        s = self.styles
        w = self.w
        end = clock_time(self.content.get("end_time"), w.lang)
        closing = w("acta.closing")
        if end:
            closing += w("acta.closing_at", time=markup(end))
        closing += "" if closing.endswith(".") else "."
        # One place to sign per person: whoever attended signs in the «Firma» column of the
        # attendance lists; only the facilitator, who is not on them, signs a block here.
        lead = [
            CondPageBreak(HEADING_ROOM),
            paragraph(w("acta.signatures"), s.heading),
            Paragraph(f"{closing} {w('acta.signing')}", s.body),
        ]
        signers = [
            Signer(
                name=str(self.alliance.get("facilitator") or ""),
                document_number=str(self.alliance.get("facilitator_document_number") or ""),
                lines=(w("facilitator"),),
            )
        ]
        self.add(*blocks.signature_rows(signers, s, self.width, lead=lead, words=w))

    def addenda_section(self) -> None:
        s = self.styles
        addenda = self.document.addenda or []
        if not addenda:
            return
        w = self.w
        self.heading(w("acta.addenda"))
        self.add(paragraph(w("acta.addenda_intro"), s.body))
        for addendum in addenda:
            when = w.long_date(parse_date(addendum.get("date")))
            title = w("acta.addendum", number=addendum.get("number", ""))
            if when:
                title += f" — {when}"
            self.add(
                KeepTogether(
                    [
                        paragraph(markup(title), s.subheading),
                        *text_block(addendum.get("text"), s.body),
                    ]
                )
            )

    def annex_code_line(self) -> None:
        # What was added after closing has its own code: a later addition changes it.
        document = self.document
        if document.annex_code and (document.addenda or document.signatures):
            self.add(
                paragraph(
                    markup(self.w("acta.annex_code", code=document.annex_code)),
                    self.styles.body,
                )
            )


def _officer(value: Any, w: Words) -> str:
    """'Nombre, C.C. 123, cargo (organización)' from the content, or a line to write on."""
    if isinstance(value, dict):
        name = str(value.get("name") or "").strip()
        if not name:
            return blocks.BLANK
        text = name
        if str(value.get("document_number") or "").strip():
            text += f", {w('signature.id')} {value['document_number']}"
        role = ", ".join(
            str(value.get(k) or "").strip()
            for k in ("cargo", "organization")
            if str(value.get(k) or "").strip()
        )
        return f"{text} — {role}" if role else text
    return str(value or "").strip() or blocks.BLANK


def _footer(document: ActaDocument, number: str, w: Words) -> Footer:
    alliance = document.content.get("alliance") or {}
    return Footer(
        name=str(alliance.get("name", "")),
        document=w("acta.footer", number=number) + (w("draft_suffix") if document.is_draft else ""),
        verification_code=document.verification_code,
        code_label=w.code_label(document.is_draft),
        qr_payload=(
            qr_text("acta", document.verification_code, document.signature)
            if document.verification_code
            else ""
        ),
        watermark=w("watermark") if document.is_draft else "",
        page_label=w.page_label(),
    )


def acta_words(document: ActaDocument, lang: str | None = None) -> Words:
    """A closed acta speaks the language it was closed in; a draft, ``lang`` or the setting."""
    return words_for(document.content, lang, frozen=not document.is_draft)


def acta_pdf_bytes(
    document: ActaDocument, page_size: str = "letter", lang: str | None = None
) -> bytes:
    """The PDF of one acta, in memory (a closed acta in its own language; see acta_words)."""
    w = acta_words(document, lang)
    story = _ActaStory(document, page_size, w)
    flowables = story.build()
    name = story.alliance.get("name", "")
    buffer = io.BytesIO()
    build_pdf(
        flowables,
        buffer,
        _footer(document, story.number, w),
        page_size,
        title=w("acta.pdf_title", number=story.number, name=name),
        author=story.alliance.get("facilitator", ""),
        subject=w("acta.pdf_subject"),
        lang=w.pdf_language,
    )
    return buffer.getvalue()


def render_acta(
    document: ActaDocument,
    target: str | Path | BinaryIO,
    page_size: str = "letter",
    lang: str | None = None,
) -> None:
    """Print one acta to a file path or a writable binary stream.

    ``page_size`` is "letter" (carta, the default) or "a4". A file is written
    whole or not at all: the PDF is built in memory first, then moved into place.
    """
    data = acta_pdf_bytes(document, page_size, lang)
    if isinstance(target, (str, os.PathLike)):
        write_atomically(Path(target), data, prefix=".acta-")
    else:
        target.write(data)
    logger.info("Acta impresa: sesión %s (%s)", document.meeting_id, document.verification_code)


def write_atomically(path: Path, data: bytes, prefix: str = ".documento-") -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    handle, temporary = tempfile.mkstemp(prefix=prefix, suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
