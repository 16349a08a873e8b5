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
from alianzas_desktop.domain.formatting import long_date, pesos, short_date
from alianzas_desktop.domain.verification import qr_text
from alianzas_desktop.domain.vocabulary import Condition
from alianzas_desktop.services.agreements import AgreementDocument

logger = logging.getLogger(__name__)

NO_VALUE = "—"
# A heading starts a new page when less than this is left, so it is never stranded
# at the foot of a page (keepWithNext would push whole long tables to the next page).
HEADING_ROOM = 4 * cm
SUBHEADING_ROOM = 3.5 * cm

VALUE_SENTENCES = {
    "confianza": (
        "Cada socio cumple lo que promete y cree en la palabra de los demás. La confianza "
        "se construye con hechos, paso a paso, y se cuida en cada reunión."
    ),
    "respeto": (
        "Las partes reconocen y valoran sus diferencias: los saberes, los tiempos y las "
        "formas de trabajar del sector público, del sector privado y de la sociedad civil."
    ),
    "inclusión": (
        "Todas las voces cuentan, en especial las de la comunidad y las de quienes suelen "
        "quedar por fuera. Las decisiones se toman con la participación de todos los socios."
    ),
    "transparencia": (
        "Los socios comparten la información con franqueza: lo que aporta cada uno, cómo se "
        "usan los recursos y cómo avanzan los compromisos."
    ),
    "responsabilidad compartida": (
        "El propósito común es tarea de todos: cada socio responde por sus compromisos y, "
        "entre todos, por los resultados de la alianza."
    ),
}


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

    def __init__(self, document: AgreementDocument, paper: str) -> None:
        self.document = document
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
            Paragraph(markup(f"{self._section}. {title}"), self.styles.heading),
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
        when = long_date(_date(self.content.get("document_date")))
        place = place_of(self.alliance)
        self.add(
            Paragraph("ACUERDO DE COMPROMISOS", s.title),
            Paragraph(markup(name), s.subtitle),
            Paragraph(markup(", ".join(p for p in (place, when) if p)), s.centered),
            Paragraph(markup(f"Versión {self.version}"), s.centered),
        )
        if self.document.is_draft:
            self.add(
                Paragraph(
                    "BORRADOR — Este documento es una versión de trabajo y no tiene valor para "
                    "firma. Para firmarlo, emita la versión desde la aplicación e imprímala de "
                    "nuevo.",
                    s.notice,
                )
            )
        else:
            self.add(Spacer(1, 12))
        self.body(
            "Las organizaciones que suscriben este documento, del sector público, del sector "
            "privado y de la sociedad civil, acuerdan trabajar en alianza por un propósito "
            "común, con los compromisos, la estructura y los valores que se describen a "
            "continuación."
        )
        details = [
            ("Área de aplicación", self.alliance.get("area_label")),
            ("Inicio de la alianza", long_date(_date(self.alliance.get("start_date")))),
            ("Facilitación del proceso", self.alliance.get("facilitator")),
        ]
        for label, value in details:
            if value:
                self.body(f"<b>{markup(label)}:</b> {markup(value)}")
        if self.version > 1:
            self.body(
                markup(
                    f"Esta versión {self.version} modifica la versión {self.version - 1} del "
                    "acuerdo (otrosí). Las versiones anteriores se conservan como parte de la "
                    "historia de la alianza."
                )
            )

    def parties_section(self) -> None:
        s = self.styles
        self.heading("Las partes")
        rows = [
            [
                blocks.cell(p.get("organization", ""), s.cell_header),
                p.get("sector_label") or p.get("sector") or "",
                p.get("identifier") or NO_VALUE,
                p.get("representative") or NO_VALUE,
                p.get("cargo") or NO_VALUE,
            ]
            for p in self.parties
        ]
        header = ["Organización", "Sector", "NIT", "Representante", "Cargo"]
        widths = blocks.widths(self.width, [5.0, 2.4, 2.8, 4.0, 3.4])
        self.add(blocks.data_table(header, rows, widths, s))

    def purpose_section(self) -> None:
        s = self.styles
        self.heading("Propósito común")
        self.add(*text_block(self.alliance.get("purpose"), s.body, "No se definió."))
        if str(self.alliance.get("objectives") or "").strip():
            self.add(CondPageBreak(SUBHEADING_ROOM), Paragraph("Objetivos", s.subheading))
            self.add(*text_block(self.alliance.get("objectives"), s.body))

    def conditions_section(self) -> None:
        s = self.styles
        start = len(self.story)
        self.heading("Condiciones de la alianza")
        self.body(
            "Existe una alianza cuando se conjugan relaciones abiertas, socios activos, "
            "complementariedad en los aportes y un propósito común. Las partes revisaron "
            "estas cuatro condiciones así:"
        )
        rows = []
        for check in self.content.get("conditions") or []:
            try:
                description = Condition(check.get("condition")).description
            except ValueError:
                description = ""
            label = markup(check.get("label") or check.get("condition") or "")
            what = f"<b>{label}</b>"
            if description:
                what += f"<br/><font size='7.5'>{markup(description)}</font>"
            rows.append(
                [
                    Paragraph(what, s.cell),
                    "Sí" if check.get("met") else "No",
                    check.get("note") or "",
                ]
            )
        header = ["Condición", "¿Se cumple?", "Observaciones"]
        widths = blocks.widths(self.width, [6.5, 2.0, 9.0])
        # Short enough to keep whole with its heading; KeepTogether still splits a long one.
        table = blocks.data_table(header, rows, widths, s)
        self.story[start:] = [KeepTogether([*self.story[start:], table])]

    def commitments_section(self) -> None:
        s = self.styles
        number = self.heading("Compromisos de los socios")
        self.body(
            "Cada socio asume los compromisos que siguen. La lógica de cada compromiso puede "
            "ser técnica (promueve el logro y la eficiencia), política (busca la negociación "
            "y la concertación) o ética (se fundamenta en los valores y en los procesos)."
        )
        commitments = self.content.get("commitments") or []
        header = ["Compromiso", "Tipo de aporte", "Valor estimado", "Fecha límite", "Lógica"]
        widths = blocks.widths(self.width, [7.0, 3.0, 2.9, 2.2, 2.4])
        total = 0
        for index, party in enumerate(self.parties):
            own = [c for c in commitments if c.get("party") == index]
            title = f"{number}.{index + 1} {party.get('organization', '')}"
            heading = Paragraph(markup(title), s.subheading)
            if not own:
                self.add(KeepTogether([heading, Paragraph("No registró compromisos.", s.indented)]))
                continue
            rows = []
            for item in own:
                value = item.get("estimated_value")
                total += value or 0
                rows.append(
                    [
                        item.get("description", ""),
                        item.get("kind_label") or item.get("kind") or "",
                        blocks.cell(pesos(value) if value is not None else NO_VALUE, s.cell_right),
                        short_date(_date(item.get("deadline"))) or NO_VALUE,
                        item.get("logic_label") or item.get("logic") or "",
                    ]
                )
            table = blocks.data_table(header, rows, widths, s)
            self.add(CondPageBreak(SUBHEADING_ROOM), heading, table)
        if total:
            self.add(Spacer(1, 6))
            self.body(f"<b>Valor total estimado de los aportes:</b> {markup(pesos(total))}")

    def structure_section(self) -> None:
        s = self.styles
        a = self.alliance
        self.heading("Estructura y funcionamiento")
        kind = a.get("formality_label") or a.get("formality") or ""
        if a.get("formality") == "formal" and str(a.get("legal_figure") or "").strip():
            kind = f"{kind}. Figura jurídica: {a['legal_figure']}"
        items = [
            ("Tipo de alianza", kind),
            ("Forma de organización", a.get("complexity_label") or a.get("complexity")),
            ("Instancia de coordinación", a.get("coordination_body")),
            ("Integrantes de la instancia de coordinación", a.get("coordination_members")),
            ("Cómo se toman las decisiones", a.get("decision_rules")),
            ("Frecuencia de las reuniones", a.get("meeting_rhythm")),
        ]
        for label, value in items:
            self.add(*labelled(label, value, s))

    def values_section(self) -> None:
        s = self.styles
        self.heading("Valores que orientan el trabajo en alianza")
        self.body("Las partes se comprometen a trabajar guiadas por estos valores:")
        for label in self.content.get("values") or []:
            sentence = VALUE_SENTENCES.get(str(label).strip().casefold(), "")
            text = f"<b>{markup(label)}.</b>"
            if sentence:
                text += f" {markup(sentence)}"
            self.add(Paragraph(text, s.indented))

    def conflicts_section(self) -> None:
        self.heading("Manejo de los conflictos")
        where = self.coordination_body or "la instancia de coordinación"
        self.body(
            "Las partes reconocen que en el trabajo en alianza pueden surgir situaciones "
            "conflictivas de tres niveles: <b>aspectos externos</b>, que vienen del entorno "
            "(cambios de gobierno, de normas, del mercado, del clima o del orden público); "
            "<b>dificultades propias del trabajo en alianza</b>, que nacen de las diferencias "
            "entre los socios en intereses, ritmos, culturas y formas de comunicarse; e "
            "<b>incidentes críticos</b>, hechos graves que ponen en riesgo la alianza o la "
            "confianza entre sus socios."
        )
        self.body(
            "En todos los casos, la situación se llevará primero a "
            f"{markup(where)}, donde se tratará mediante el diálogo directo y de buena fe, "
            "buscando soluciones concertadas que protejan el propósito común. Si el diálogo no "
            "basta, las partes podrán acudir, de común acuerdo, a la mediación de un tercero. "
            "Lo acordado quedará registrado en el acta de la sesión."
        )

    def duration_section(self) -> None:
        s = self.styles
        self.heading("Duración, seguimiento y modificaciones")
        duration = str(self.alliance.get("duration") or "").strip()
        start = long_date(_date(self.alliance.get("start_date")))
        text = f"<b>Duración:</b> {markup(duration) if duration else 'no se definió'}."
        if start:
            text += f" La alianza inició el {markup(start)}."
        self.body(text)
        rhythm = str(self.alliance.get("meeting_rhythm") or "").strip()
        where = self.coordination_body or "la instancia de coordinación"
        follow = (
            "<b>Seguimiento:</b> el avance de los compromisos se revisará en las reuniones de "
            f"{markup(where)}"
        )
        follow += f", con la frecuencia acordada: {markup(rhythm)}." if rhythm else "."
        follow += (
            " En cada reunión se dejará constancia en un acta de lo revisado, de los "
            "compromisos cumplidos y de los ajustes decididos."
        )
        self.add(Paragraph(follow, s.body))
        self.body(
            "<b>Modificaciones:</b> cualquier cambio en los compromisos, en las partes o en la "
            "estructura de la alianza se hará constar en una nueva versión de este acuerdo "
            "(otrosí), que las partes firman. Las versiones anteriores no se borran: se "
            "conservan como historia de la alianza y siguen siendo válidas para el tiempo en "
            "que rigieron. Cada versión lleva un código de verificación que permite comprobar, "
            "en la aplicación Alianzas, que el texto impreso corresponde a la versión "
            "registrada."
        )

    def signatures_section(self) -> None:
        s = self.styles
        number = self._section + 1
        heading = Paragraph(markup(f"{number}. Firmas"), s.heading)
        self._section = number
        municipio = str(self.alliance.get("municipio") or "").strip()
        when = long_date(_date(self.content.get("document_date")))
        place = f" en {markup(municipio)}" if municipio else ""
        intro = Paragraph(
            f"En constancia se firma{place}, el {markup(when)}."
            if when
            else f"En constancia se firma{place}.",
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
                lines=("Facilitador(a) del proceso", "En calidad de testigo"),
            )
        )
        self.add(*_signature_section([heading, intro], signers, s, self.width, self.height))


def _signature_section(
    lead: list[Flowable], signers: list[Signer], styles: Styles, width: float, height: float
) -> list[Flowable]:
    """The heading, "En constancia se firma…" and every block, on one page when they fit.

    When they do not (many parties), the lead stays with the first row and the last row
    (the witness) with the row before it, so the last page always holds a party's block
    beside the witness's, never the witness alone.
    """
    kept = blocks.signature_rows(signers, styles, width)
    rows = [flowable for group in kept for flowable in getattr(group, "_content", [group])]
    whole = [*lead, *rows]
    needed = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in whole)
    if needed <= height or len(rows) < 3:
        return [KeepTogether(whole)]
    return [KeepTogether([*lead, rows[0]]), *rows[1:-2], KeepTogether(rows[-2:])]


def _footer(document: AgreementDocument) -> Footer:
    alliance = document.content.get("alliance") or {}
    draft = " (borrador)" if document.is_draft else ""
    return Footer(
        name=str(alliance.get("name", "")),
        document=f"Acuerdo de compromisos · Versión {document.number}{draft}",
        verification_code=document.verification_code,
        code_label="Código de verificación" + (" provisional" if document.is_draft else ""),
        qr_payload=qr_text("acuerdo de compromisos", document.verification_code),
        watermark="BORRADOR" if document.is_draft else "",
    )


def _write(document: AgreementDocument, stream: BinaryIO, page_size: str) -> None:
    story = _AgreementStory(document, page_size).build()
    name = (document.content.get("alliance") or {}).get("name", "")
    build_pdf(
        story,
        stream,
        _footer(document),
        page_size,
        title=f"Acuerdo de compromisos — {name} — Versión {document.number}",
        author=(document.content.get("alliance") or {}).get("facilitator", ""),
        subject="Acuerdo de compromisos de la alianza",
    )


def agreement_pdf_bytes(document: AgreementDocument, page_size: str = "letter") -> bytes:
    """The PDF of one agreement version, in memory."""
    buffer = io.BytesIO()
    _write(document, buffer, page_size)
    return buffer.getvalue()


def render_agreement(
    document: AgreementDocument, target: str | Path | BinaryIO, page_size: str = "letter"
) -> None:
    """Print one agreement version to a file path or a writable binary stream.

    ``page_size`` is "letter" (carta, the default) or "a4". A file is written
    whole or not at all: the PDF is built in memory first, then moved into place.
    """
    data = agreement_pdf_bytes(document, page_size)
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
