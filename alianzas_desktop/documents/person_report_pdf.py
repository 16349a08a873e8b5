"""The personal-data report handed to a person who asks what is held about them (Ley 1581).

It prints ``services.personal_data.person_report``: the person's data, each
authorisation with the exact text the person was shown, where they take part,
the documents that name them and their requests. Every user string passes
through ``documents.escaping``.
"""

from __future__ import annotations

import io
import logging
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from alianzas_desktop.documents import blocks
from alianzas_desktop.documents.acta_pdf import details_table, kicker_style
from alianzas_desktop.documents.blocks import text_block
from alianzas_desktop.documents.escaping import markup
from alianzas_desktop.documents.page import Footer, Styles, build_pdf, frame_width, make_styles
from alianzas_desktop.documents.strings import Words
from alianzas_desktop.domain.vocabulary import (
    AuthorizationMethod,
    MeetingStatus,
    RequestKind,
    VersionStatus,
)

logger = logging.getLogger(__name__)

HEADING_ROOM = 4 * cm
NO_VALUE = "—"


def _day(value: Any) -> date | None:
    """A date from 'YYYY-MM-DD' or an ISO timestamp."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)).date()
    except ValueError:
        return None


class _ReportStory:
    def __init__(self, report: dict[str, Any], paper: str, words: Words) -> None:
        self.report = report
        self.w = words
        self.person: dict[str, Any] = report.get("persona") or {}
        self.styles: Styles = make_styles()
        self.width = frame_width(paper)
        self.story: list = []
        self._section = 0

    def add(self, *flowables) -> None:
        self.story.extend(flowables)

    def heading(self, title: str) -> None:
        self._section += 1
        self.add(
            CondPageBreak(HEADING_ROOM),
            Paragraph(markup(f"{self._section}. {title}"), self.styles.heading),
        )

    def none(self, text: str) -> None:
        self.add(Paragraph(markup(text), self.styles.indented))

    def build(self) -> list:
        s, w = self.styles, self.w
        generated = w.long_date(_day(self.report.get("generado")))
        self.add(
            Paragraph(w("programme"), kicker_style(s)),
            Paragraph(w("person.title"), s.title),
            Paragraph(w("person.law"), s.centered),
        )
        if generated:
            self.add(Paragraph(markup(w("person.generated", when=generated)), s.centered))
        self.add(Spacer(1, 10), Paragraph(w("person.intro"), s.body))
        self.person_section()
        self.authorizations_section()
        self.participation_section()
        self.documents_section()
        self.requests_section()
        self.rights_section()
        return self.story

    def person_section(self) -> None:
        p, w = self.person, self.w
        self.heading(w("person.data"))
        rows = [
            (w("acta.col.name"), p.get("nombre")),
            (w("person.document"), p.get("documento")),
            (w("person.phone"), p.get("telefono")),
            (w("person.email"), p.get("correo")),
            (w("acta.col.organization"), p.get("organizacion")),
            (w("person.minor"), w("yes") if p.get("menor_de_edad") else w("no")),
            (w("person.registered"), w.long_date(_day(p.get("registrada")))),
        ]
        if p.get("suprimida"):
            rows.append((w("person.erased"), w.long_date(_day(p.get("suprimida")))))
        self.add(details_table([[row] for row in rows], self.styles, self.width))

    def authorizations_section(self) -> None:
        s, w = self.styles, self.w
        self.heading(w("person.authorizations"))
        authorizations = self.report.get("autorizaciones") or []
        if not authorizations:
            self.none(w("person.no_authorizations"))
            return
        for index, a in enumerate(authorizations, start=1):
            given = w.long_date(_day(a.get("fecha"))) or NO_VALUE
            revoked = w.long_date(_day(a.get("revocada")))
            rows = [
                (w("acta.date"), given),
                (w("person.method"), w.label(AuthorizationMethod, None, a.get("forma"))),
                (
                    w("evaluation.col.status"),
                    w("person.revoked", when=revoked) if revoked else w("person.in_force"),
                ),
                (w("person.recorded_by"), a.get("registrada_por")),
            ]
            if a.get("testigo"):
                rows.append((w("person.witness"), a["testigo"]))
            if a.get("representante_legal"):
                rows.append((w("person.guardian"), a["representante_legal"]))
            # The purpose and the text are kept as the person was shown them.
            rows.append((w("person.purpose"), a.get("finalidad")))
            title = Paragraph(markup(w("person.authorization", number=index)), s.subheading)
            table = details_table([[row] for row in rows], s, self.width)
            self.add(KeepTogether([title, table]))
            version = str(a.get("version_del_texto") or "").strip()
            label = w("person.text_shown")
            label += w("person.text_version", version=version) if version else ":"
            self.add(Spacer(1, 4), Paragraph(markup(label), s.label))
            text = text_block(a.get("texto"), s.indented)
            self.add(*(text or [Paragraph(w("person.no_text"), s.indented)]))

    def participation_section(self) -> None:
        w = self.w
        self.heading(w("person.participation"))
        rows = [
            [
                p.get("alianza", ""),
                p.get("organizacion") or NO_VALUE,
                p.get("cargo") or NO_VALUE,
            ]
            for p in self.report.get("participacion") or []
        ]
        if not rows:
            self.none(w("person.no_participation"))
            return
        widths = blocks.widths(self.width, [6.0, 6.0, 4.0])
        header = [w("evaluation.alliance"), w("acta.col.organization"), w("acta.col.cargo")]
        self.add(blocks.data_table(header, rows, widths, self.styles))

    def documents_section(self) -> None:
        w = self.w

        def status(label: object) -> str:
            found = w.label(VersionStatus, None, label)
            return (found if found != label else w.label(MeetingStatus, None, label)) or NO_VALUE

        self.heading(w("person.documents"))
        rows = [
            [d.get("documento", ""), status(d.get("estado")), d.get("codigo") or NO_VALUE]
            for d in self.report.get("documentos") or []
        ]
        if not rows:
            self.none(w("person.no_documents"))
            return
        header = [w("person.col.document"), w("evaluation.col.status"), w("page.code")]
        widths = blocks.widths(self.width, [9.0, 3.0, 4.0])
        self.add(blocks.data_table(header, rows, widths, self.styles))

    def requests_section(self) -> None:
        w = self.w
        self.heading(w("person.requests"))
        rows = [
            [
                w.label(RequestKind, None, r.get("tipo", "")),
                w.short_date(_day(r.get("recibida"))) or NO_VALUE,
                w.short_date(_day(r.get("vence"))) or NO_VALUE,
                w.short_date(_day(r.get("respondida"))) or w("person.pending"),
            ]
            for r in self.report.get("solicitudes") or []
        ]
        if not rows:
            self.none(w("person.no_requests"))
            return
        header = [
            w("person.col.request"),
            w("person.col.received"),
            w("person.col.due"),
            w("person.col.answered"),
        ]
        widths = blocks.widths(self.width, [6.0, 3.0, 3.5, 3.5])
        self.add(blocks.data_table(header, rows, widths, self.styles))

    def rights_section(self) -> None:
        self.heading(self.w("person.rights"))
        self.add(Paragraph(self.w("person.rights_text"), self.styles.body))


def person_report_pdf_bytes(
    report: dict[str, Any], page_size: str = "letter", lang: str | None = None
) -> bytes:
    """The PDF of a person's data report (from ``services.personal_data.person_report``).

    ``page_size`` is "letter" (carta, the default) or "a4"; it is printed in ``lang``
    ("es" or "en"), or in the language chosen in the settings.
    """
    w = Words(lang)
    name = str((report.get("persona") or {}).get("nombre") or "")
    generated = w.long_date(_day(report.get("generado")))
    buffer = io.BytesIO()
    build_pdf(
        _ReportStory(report, page_size, w).build(),
        buffer,
        Footer(
            name=name,
            document=w("person.footer"),
            verification_code=generated or NO_VALUE,
            code_label=w("person.report_date"),
            page_label=w.page_label(),
        ),
        page_size,
        title=w("person.pdf_title", name=name),
        subject=w("person.pdf_subject"),
        lang=w.pdf_language,
    )
    logger.info("Reporte de datos personales impreso")
    return buffer.getvalue()
