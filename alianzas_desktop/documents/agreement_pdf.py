"""The acuerdo de compromisos as a PDF: what the partners read, sign and keep.

The document is built only from a version's frozen content (the snapshot made
by ``services.agreements.build_snapshot``), so printing an issued version again
gives the same text. Every user string passes through ``documents.escaping``.
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from alianzas_desktop.documents import blocks
from alianzas_desktop.documents.blocks import Signer, labelled, text_block
from alianzas_desktop.documents.cells import CellParagraph, paragraph
from alianzas_desktop.documents.escaping import markup
from alianzas_desktop.documents.page import (
    BOTTOM_MARGIN,
    MARGIN,
    Footer,
    Styles,
    build_pdf,
    frame_width,
    make_styles,
    page_size,
)
from alianzas_desktop.documents.strings import Words, words_for
from alianzas_desktop.domain.verification import qr_text
from alianzas_desktop.domain.vocabulary import (
    ApplicationArea,
    Complexity,
    Condition,
    ContributionKind,
    Formality,
    Logic,
    Sector,
    Value,
)
from alianzas_desktop.services.agreements import AgreementDocument

logger = logging.getLogger(__name__)

NO_VALUE = "—"
# A heading starts a new page when less than this is left, so it is never stranded
# at the foot of a page (keepWithNext would push whole long tables to the next page).
HEADING_ROOM = 4 * cm
SUBHEADING_ROOM = 3.5 * cm


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None


def place_of(alliance: dict[str, Any]) -> str:
    """'La Loma, Sonsón (Antioquia)': vereda, municipio and departamento as known."""
    vereda = str(alliance.get("vereda") or "").strip()
    municipio = str(alliance.get("municipio") or "").strip()
    departamento = str(alliance.get("departamento") or "").strip()
    place = ", ".join(part for part in (vereda, municipio) if part)
    if departamento:
        place = f"{place} ({departamento})" if place else departamento
    return place


class _AgreementStory:
    """Turns one version's content into the flowables of the document, section by section."""

    def __init__(self, document: AgreementDocument, paper: str, words: Words) -> None:
        self.document = document
        self.w = words
        self.content = document.content
        self.alliance: dict[str, Any] = self.content.get("alliance") or {}
        self.parties: list[dict[str, Any]] = self.content.get("parties") or []
        self.styles: Styles = make_styles()
        self.width = frame_width(paper)
        self.height = page_size(paper)[1] - MARGIN - BOTTOM_MARGIN
        self.story: list = []
        self._section = 0

    # -- helpers ---------------------------------------------------------------------

    def add(self, *flowables) -> None:
        self.story.extend(flowables)

    def heading(self, title: str) -> str:
        self._section += 1
        self.add(
            CondPageBreak(HEADING_ROOM),
            paragraph(markup(f"{self._section}. {title}"), self.styles.heading),
        )
        return str(self._section)

    def body(self, text: str) -> None:
        """Program text with user values already escaped by the caller."""
        self.add(Paragraph(text, self.styles.body))

    @property
    def version(self) -> int:
        return int(self.content.get("version") or self.document.number)

    @property
    def coordination_body(self) -> str:
        return str(self.alliance.get("coordination_body") or "").strip()

    # -- sections ----------------------------------------------------------------------

    def build(self) -> list:
        self.title_block()
        self.parties_section()
        self.purpose_section()
        self.conditions_section()
        self.commitments_section()
        self.structure_section()
        self.values_section()
        self.conflicts_section()
        self.duration_section()
        self.signatures_section()
        return self.story

    def title_block(self) -> None:
        s = self.styles
        name = self.alliance.get("name", "")
        w = self.w
        when = w.long_date(_date(self.content.get("document_date")))
        place = place_of(self.alliance)
        self.add(
            paragraph(w("agreement.title"), s.title),
            paragraph(markup(name), s.subtitle),
            paragraph(markup(", ".join(p for p in (place, when) if p)), s.centered),
            paragraph(markup(w("agreement.version", number=self.version)), s.centered),
        )
        if self.document.is_draft:
            self.add(paragraph(w("agreement.draft_notice"), s.notice))
        else:
            self.add(Spacer(1, 12))
        self.body(w("agreement.intro"))
        a = self.alliance
        details = [
            (w("agreement.area"), w.label(ApplicationArea, a.get("area"), a.get("area_label"))),
            (w("agreement.start"), w.long_date(_date(a.get("start_date")))),
            (w("agreement.facilitation"), a.get("facilitator")),
        ]
        for label, value in details:
            if value:
                self.body(f"<b>{markup(label)}:</b> {markup(value)}")
        if self.version > 1:
            self.body(markup(w("agreement.amends", number=self.version, previous=self.version - 1)))

    def parties_section(self) -> None:
        s = self.styles
        w = self.w
        self.heading(w("agreement.parties"))
        rows = [
            [
                blocks.cell(p.get("organization", ""), s.cell_header),
                w.label(Sector, p.get("sector"), p.get("sector_label")),
                p.get("identifier") or NO_VALUE,
                p.get("representative") or NO_VALUE,
                p.get("cargo") or NO_VALUE,
            ]
            for p in self.parties
        ]
        header = [
            w("agreement.col.organization"),
            w("agreement.col.sector"),
            w("agreement.col.nit"),
            w("agreement.col.representative"),
            w("agreement.col.cargo"),
        ]
        widths = blocks.widths(self.width, [5.0, 2.4, 2.8, 4.0, 3.4])
        self.add(blocks.data_table(header, rows, widths, s))

    def purpose_section(self) -> None:
        s = self.styles
        self.heading(self.w("agreement.purpose"))
        self.add(*text_block(self.alliance.get("purpose"), s.body, self.w("not_defined")))
        if str(self.alliance.get("objectives") or "").strip():
            objectives = paragraph(self.w("agreement.objectives"), s.subheading)
            self.add(CondPageBreak(SUBHEADING_ROOM), objectives)
            self.add(*text_block(self.alliance.get("objectives"), s.body))

    def conditions_section(self) -> None:
        s = self.styles
        start = len(self.story)
        w = self.w
        self.heading(w("agreement.conditions"))
        self.body(w("agreement.conditions_intro"))
        rows = []
        for check in self.content.get("conditions") or []:
            try:
                description = w.description(Condition(check.get("condition")))
            except ValueError:
                description = ""
            code = check.get("condition")
            label = markup(w.label(Condition, code, check.get("label") or code or ""))
            what = f"<b>{label}</b>"
            if description:
                what += f"<br/><font size='7.5'>{markup(description)}</font>"
            rows.append(
                [
                    CellParagraph(what, s.cell),
                    w("yes") if check.get("met") else w("no"),
                    check.get("note") or "",
                ]
            )
        header = [w("agreement.col.condition"), w("agreement.col.met"), w("agreement.col.notes")]
        widths = blocks.widths(self.width, [6.5, 2.0, 9.0])
        # Short enough to keep whole with its heading; KeepTogether still splits a long one.
        table = blocks.data_table(header, rows, widths, s)
        self.story[start:] = [KeepTogether([*self.story[start:], table])]

    def commitments_section(self) -> None:
        s = self.styles
        w = self.w
        number = self.heading(w("agreement.commitments"))
        self.body(w("agreement.commitments_intro"))
        commitments = self.content.get("commitments") or []
        header = [
            w("agreement.col.commitment"),
            w("agreement.col.kind"),
            w("agreement.col.value"),
            w("agreement.col.deadline"),
            w("agreement.col.logic"),
        ]
        widths = blocks.widths(self.width, [7.0, 3.0, 2.9, 2.2, 2.4])
        total = 0
        for index, party in enumerate(self.parties):
            own = [c for c in commitments if c.get("party") == index]
            title = f"{number}.{index + 1} {party.get('organization', '')}"
            heading = paragraph(markup(title), s.subheading)
            if not own:
                none = paragraph(w("agreement.no_commitments"), s.indented)
                self.add(KeepTogether([heading, none]))
                continue
            rows = []
            for item in own:
                value = item.get("estimated_value")
                total += value or 0
                rows.append(
                    [
                        item.get("description", ""),
                        w.label(ContributionKind, item.get("kind"), item.get("kind_label")),
                        blocks.cell(
                            w.pesos(value) if value is not None else NO_VALUE, s.cell_right
                        ),
                        w.short_date(_date(item.get("deadline"))) or NO_VALUE,
                        w.label(Logic, item.get("logic"), item.get("logic_label")),
                    ]
                )
            table = blocks.data_table(header, rows, widths, s)
            self.add(CondPageBreak(SUBHEADING_ROOM), heading, table)
        if total:
            self.add(Spacer(1, 6))
            self.body(f"<b>{markup(w('agreement.total'))}</b> {markup(w.pesos(total))}")

    def structure_section(self) -> None:
        s = self.styles
        a = self.alliance
        w = self.w
        self.heading(w("agreement.structure"))
        kind = w.label(Formality, a.get("formality"), a.get("formality_label"))
        if a.get("formality") == Formality.FORMAL and str(a.get("legal_figure") or "").strip():
            kind = w("agreement.legal_figure", kind=kind, figure=a["legal_figure"])
        items = [
            (w("agreement.kind"), kind),
            (
                w("agreement.organization_form"),
                w.label(Complexity, a.get("complexity"), a.get("complexity_label")),
            ),
            (w("agreement.coordination_body"), a.get("coordination_body")),
            (w("agreement.coordination_members"), a.get("coordination_members")),
            (w("agreement.decision_rules"), a.get("decision_rules")),
            (w("agreement.meeting_rhythm"), a.get("meeting_rhythm")),
        ]
        for label, value in items:
            self.add(*labelled(label, value, s, w("not_defined")))

    def values_section(self) -> None:
        s = self.styles
        w = self.w
        self.heading(w("agreement.values"))
        self.body(w("agreement.values_intro"))
        for label in self.content.get("values") or []:
            value = _value_of(label)
            sentence = w(f"agreement.value.{value.value}") if value else ""
            if value is not None:
                label = w.label(Value, value.value, label)
            text = f"<b>{markup(label)}.</b>"
            if sentence:
                text += f" {markup(sentence)}"
            self.add(Paragraph(text, s.indented))

    def conflicts_section(self) -> None:
        w = self.w
        self.heading(w("agreement.conflicts"))
        where = self.coordination_body or w("agreement.the_coordination_body")
        self.body(w("agreement.conflict_levels"))
        self.body(w("agreement.conflict_handling", where=markup(where)))

    def duration_section(self) -> None:
        s = self.styles
        w = self.w
        self.heading(w("agreement.duration_heading"))
        duration = str(self.alliance.get("duration") or "").strip()
        start = w.long_date(_date(self.alliance.get("start_date")))
        shown = markup(duration) if duration else w("agreement.duration_undefined")
        text = w("agreement.duration", duration=shown)
        if start:
            text += w("agreement.started", start=markup(start))
        self.body(text)
        rhythm = str(self.alliance.get("meeting_rhythm") or "").strip()
        where = self.coordination_body or w("agreement.the_coordination_body")
        follow = w("agreement.follow_up", where=markup(where))
        follow += w("agreement.follow_up_rhythm", rhythm=markup(rhythm)) if rhythm else "."
        follow += w("agreement.follow_up_acta")
        self.add(Paragraph(follow, s.body))
        self.body(w("agreement.modifications"))

    def signatures_section(self) -> None:
        s = self.styles
        number = self._section + 1
        w = self.w
        heading = paragraph(markup(f"{number}. {w('agreement.signatures')}"), s.heading)
        self._section = number
        municipio = str(self.alliance.get("municipio") or "").strip()
        when = w.long_date(_date(self.content.get("document_date")))
        place = w("agreement.signed_in", place=markup(municipio)) if municipio else ""
        intro = Paragraph(
            w("agreement.signed_on", place=place, when=markup(when))
            if when
            else w("agreement.signed", place=place),
            s.body,
        )
        signers = [
            Signer(
                name=str(p.get("representative") or ""),
                document_number=str(p.get("document_number") or ""),
                lines=(str(p.get("cargo") or ""), str(p.get("organization") or "")),
            )
            for p in self.parties
        ]
        signers.append(
            Signer(
                name=str(self.alliance.get("facilitator") or ""),
                document_number=str(self.alliance.get("facilitator_document_number") or ""),
                lines=(w("facilitator"), w("agreement.witness")),
            )
        )
        blocks_ = _signature_section([heading, intro], signers, s, self.width, self.height, w)
        self.add(*blocks_)


def _signature_section(
    lead: list[Flowable],
    signers: list[Signer],
    styles: Styles,
    width: float,
    height: float,
    words: Words | None = None,
) -> list[Flowable]:
    """The heading, "En constancia se firma…" and every block, on one page when they fit.

    When they do not (many parties), the lead stays with the first row and the last row
    (the witness) with the row before it, so the last page always holds a party's block
    beside the witness's, never the witness alone.
    """
    kept = blocks.signature_rows(signers, styles, width, words=words)
    rows = [flowable for group in kept for flowable in getattr(group, "_content", [group])]
    whole = [*lead, *rows]
    needed = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in whole)
    if needed <= height or len(rows) < 3:
        return [KeepTogether(whole)]
    return [KeepTogether([*lead, rows[0]]), *rows[1:-2], KeepTogether(rows[-2:])]


def _value_of(label: object) -> Value | None:
    """The value a frozen Spanish label names ("Inclusión" → Value.INCLUSION)."""
    wanted = str(label).strip().casefold()
    for value in Value:
        if value.label.casefold() == wanted:
            return value
    return None


def _footer(document: AgreementDocument, w: Words) -> Footer:
    alliance = document.content.get("alliance") or {}
    draft = w("draft_suffix") if document.is_draft else ""
    return Footer(
        name=str(alliance.get("name", "")),
        document=w("agreement.footer", number=document.number) + draft,
        verification_code=document.verification_code,
        code_label=w.code_label(document.is_draft),
        qr_payload=qr_text(
            "acuerdo de compromisos", document.verification_code, document.signature
        ),
        watermark=w("watermark") if document.is_draft else "",
        page_label=w.page_label(),
    )


def agreement_words(document: AgreementDocument, lang: str | None = None) -> Words:
    """An issued version speaks the language it was issued in; a draft, ``lang`` or the setting."""
    return words_for(document.content, lang, frozen=not document.is_draft)


def _write(document: AgreementDocument, stream: BinaryIO, page_size: str, lang: str | None) -> None:
    w = agreement_words(document, lang)
    story = _AgreementStory(document, page_size, w).build()
    name = (document.content.get("alliance") or {}).get("name", "")
    build_pdf(
        story,
        stream,
        _footer(document, w),
        page_size,
        title=w("agreement.pdf_title", name=name, number=document.number),
        author=(document.content.get("alliance") or {}).get("facilitator", ""),
        subject=w("agreement.pdf_subject"),
        lang=w.pdf_language,
    )


def agreement_pdf_bytes(
    document: AgreementDocument, page_size: str = "letter", lang: str | None = None
) -> bytes:
    """The PDF of one agreement version, in memory.

    An issued version prints in the language it was issued in; a draft in ``lang``
    ("es" or "en"), or the language chosen in the settings when not given.
    """
    buffer = io.BytesIO()
    _write(document, buffer, page_size, lang)
    return buffer.getvalue()


def render_agreement(
    document: AgreementDocument,
    target: str | Path | BinaryIO,
    page_size: str = "letter",
    lang: str | None = None,
) -> None:
    """Print one agreement version to a file path or a writable binary stream.

    ``page_size`` is "letter" (carta, the default) or "a4". A file is written
    whole or not at all: the PDF is built in memory first, then moved into place.
    """
    data = agreement_pdf_bytes(document, page_size, lang)
    if isinstance(target, (str, os.PathLike)):
        path = Path(target)
        handle, temporary = tempfile.mkstemp(prefix=".acuerdo-", suffix=".pdf", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    else:
        target.write(data)
    logger.info(
        "Acuerdo impreso: alianza %s, versión %s (%s)",
        document.alliance_id,
        document.number,
        document.verification_code,
    )
