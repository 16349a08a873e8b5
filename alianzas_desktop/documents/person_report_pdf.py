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
from alianzas_desktop.documents.acta_pdf import PROGRAMME, details_table, kicker_style
from alianzas_desktop.documents.blocks import text_block
from alianzas_desktop.documents.escaping import markup
from alianzas_desktop.documents.page import Footer, Styles, build_pdf, frame_width, make_styles
from alianzas_desktop.domain.formatting import long_date, short_date

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


def _yes_no(value: Any) -> str:
    return "Sí" if value else "No"


class _ReportStory:
    def __init__(self, report: dict[str, Any], paper: str) -> None:
        self.report = report
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
        s = self.styles
        generated = long_date(_day(self.report.get("generado")))
        self.add(
            Paragraph(PROGRAMME, kicker_style(s)),
            Paragraph("REPORTE DE DATOS PERSONALES", s.title),
            Paragraph("Ley 1581 de 2012 y Decreto 1377 de 2013", s.centered),
        )
        if generated:
            self.add(Paragraph(markup(f"Generado el {generated}"), s.centered))
        self.add(
            Spacer(1, 10),
            Paragraph(
                "Este reporte reúne todos los datos personales que la aplicación Alianzas guarda "
                "sobre la persona titular, las autorizaciones que dio para su tratamiento, su "
                "participación en las alianzas, los documentos en los que aparece y las "
                "solicitudes que ha presentado.",
                s.body,
            ),
        )
        self.person_section()
        self.authorizations_section()
        self.participation_section()
        self.documents_section()
        self.requests_section()
        self.rights_section()
        return self.story

    def person_section(self) -> None:
        p = self.person
        self.heading("Datos de la persona")
        rows = [
            ("Nombre", p.get("nombre")),
            ("Documento de identidad", p.get("documento")),
            ("Teléfono", p.get("telefono")),
            ("Correo electrónico", p.get("correo")),
            ("Organización", p.get("organizacion")),
            ("Menor de edad", _yes_no(p.get("menor_de_edad"))),
            ("Registrada el", long_date(_day(p.get("registrada")))),
        ]
        if p.get("suprimida"):
            rows.append(("Datos suprimidos el", long_date(_day(p.get("suprimida")))))
        self.add(details_table([[row] for row in rows], self.styles, self.width))

    def authorizations_section(self) -> None:
        s = self.styles
        self.heading("Autorizaciones para el tratamiento de datos")
        authorizations = self.report.get("autorizaciones") or []
        if not authorizations:
            self.none("No hay autorizaciones registradas.")
            return
        for index, a in enumerate(authorizations, start=1):
            given = long_date(_day(a.get("fecha"))) or NO_VALUE
            revoked = long_date(_day(a.get("revocada")))
            rows = [
                ("Fecha", given),
                ("Forma", a.get("forma")),
                ("Estado", f"Revocada el {revoked}" if revoked else "Vigente"),
                ("Registrada por", a.get("registrada_por")),
            ]
            if a.get("testigo"):
                rows.append(("Testigo", a["testigo"]))
            if a.get("representante_legal"):
                rows.append(("Representante legal", a["representante_legal"]))
            rows.append(("Finalidad", a.get("finalidad")))
            title = Paragraph(markup(f"Autorización {index}"), s.subheading)
            table = details_table([[row] for row in rows], s, self.width)
            self.add(KeepTogether([title, table]))
            version = str(a.get("version_del_texto") or "").strip()
            label = "Texto que se mostró a la persona"
            label += f" (versión {version}):" if version else ":"
            self.add(Spacer(1, 4), Paragraph(markup(label), s.label))
            text = text_block(a.get("texto"), s.indented)
            self.add(*(text or [Paragraph("No se conserva el texto de esta versión.", s.indented)]))

    def participation_section(self) -> None:
        self.heading("Participación en alianzas")
        rows = [
            [
                p.get("alianza", ""),
                p.get("organizacion") or NO_VALUE,
                p.get("cargo") or NO_VALUE,
            ]
            for p in self.report.get("participacion") or []
        ]
        if not rows:
            self.none("No figura como representante de ningún socio.")
            return
        widths = blocks.widths(self.width, [6.0, 6.0, 4.0])
        self.add(blocks.data_table(["Alianza", "Organización", "Cargo"], rows, widths, self.styles))

    def documents_section(self) -> None:
        self.heading("Documentos en los que aparece")
        rows = [
            [d.get("documento", ""), d.get("estado") or NO_VALUE, d.get("codigo") or NO_VALUE]
            for d in self.report.get("documentos") or []
        ]
        if not rows:
            self.none("No aparece en ningún documento emitido.")
            return
        header = ["Documento", "Estado", "Código de verificación"]
        widths = blocks.widths(self.width, [9.0, 3.0, 4.0])
        self.add(blocks.data_table(header, rows, widths, self.styles))

    def requests_section(self) -> None:
        self.heading("Solicitudes presentadas")
        rows = [
            [
                r.get("tipo", ""),
                short_date(_day(r.get("recibida"))) or NO_VALUE,
                short_date(_day(r.get("vence"))) or NO_VALUE,
                short_date(_day(r.get("respondida"))) or "Pendiente",
            ]
            for r in self.report.get("solicitudes") or []
        ]
        if not rows:
            self.none("No ha presentado solicitudes.")
            return
        header = ["Solicitud", "Recibida", "Plazo de respuesta", "Respondida"]
        widths = blocks.widths(self.width, [6.0, 3.0, 3.5, 3.5])
        self.add(blocks.data_table(header, rows, widths, self.styles))

    def rights_section(self) -> None:
        self.heading("Sus derechos")
        self.add(
            Paragraph(
                "Como titular de los datos, usted puede en cualquier momento conocerlos, pedir "
                "que se corrijan o actualicen, pedir su supresión y revocar la autorización que "
                "dio (Ley 1581 de 2012, artículo 8). Las consultas se responden en un plazo "
                "máximo de diez días hábiles y los reclamos en quince días hábiles. Los "
                "documentos ya firmados o emitidos, como los acuerdos de compromisos, conservan "
                "el nombre de quienes los suscribieron, porque son parte de un compromiso "
                "adquirido.",
                self.styles.body,
            )
        )


def person_report_pdf_bytes(report: dict[str, Any], page_size: str = "letter") -> bytes:
    """The PDF of a person's data report (from ``services.personal_data.person_report``).

    ``page_size`` is "letter" (carta, the default) or "a4".
    """
    name = str((report.get("persona") or {}).get("nombre") or "")
    generated = long_date(_day(report.get("generado")))
    buffer = io.BytesIO()
    build_pdf(
        _ReportStory(report, page_size).build(),
        buffer,
        Footer(
            name=name,
            document="Reporte de datos personales",
            verification_code=generated or NO_VALUE,
            code_label="Fecha del reporte",
        ),
        page_size,
        title=f"Reporte de datos personales — {name}",
        subject="Reporte de datos personales (Ley 1581 de 2012)",
    )
    logger.info("Reporte de datos personales impreso")
    return buffer.getvalue()
