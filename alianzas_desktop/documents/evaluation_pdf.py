"""The informe de evaluación of a periodic review (Consolidación), with its charts.

It prints an ``EvaluationDocument``: the pictures first (a radar per group of
dimensions with the previous evaluation overlaid, each dimension's trend, each
partner's fulfilment of commitments), then every dimension's score beside the
seed's words and the comments, the follow-up, and the reflection with the
decisions to adapt. Charts are reportlab vector drawings; every user string
passes through ``documents.escaping``.
"""

from __future__ import annotations

import io
import logging

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from alianzas_desktop.documents import blocks, fonts
from alianzas_desktop.documents.acta_pdf import PROGRAMME, details_table, kicker_style
from alianzas_desktop.documents.charts import fulfilment_drawing, radar_drawing, trend_drawing
from alianzas_desktop.documents.escaping import markup
from alianzas_desktop.documents.page import (
    MUTED,
    Footer,
    Styles,
    build_pdf,
    frame_width,
    make_styles,
)
from alianzas_desktop.domain.evaluation import (
    DecisionOutcome,
    DimensionResult,
    EvaluationDocument,
)
from alianzas_desktop.domain.formatting import long_date, short_date
from alianzas_desktop.domain.verification import qr_text
from alianzas_desktop.domain.vocabulary import DimensionGroup

logger = logging.getLogger(__name__)

HEADING_ROOM = 5 * cm
NO_VALUE = "—"
RADAR_HEIGHT = 8.6 * cm
TREND_HEIGHT = 6.2 * cm
OUTCOME_TEXT = {
    DecisionOutcome.RECORD.value: "Queda registrada",
    DecisionOutcome.COMMITMENT.value: "Nuevo compromiso",
    DecisionOutcome.ACTIVITY.value: "Nueva actividad del plan",
}


def score_text(score: int | None) -> str:
    return f"{score}/5" if score else NO_VALUE


class _EvaluationStory:
    def __init__(self, document: EvaluationDocument, paper: str) -> None:
        self.doc = document
        self.styles: Styles = make_styles()
        self.width = frame_width(paper)
        self.story: list = []
        self._section = 0
        self.seed_style = ParagraphStyle(
            "seed",
            parent=self.styles.cell,
            fontName=fonts.ITALIC,
            textColor=MUTED,
            fontSize=7.5,
            leading=9.5,
        )

    def add(self, *flowables) -> None:
        self.story.extend(flowables)

    def heading(self, title: str, room: float = HEADING_ROOM) -> None:
        self._section += 1
        self.add(
            CondPageBreak(room), Paragraph(markup(f"{self._section}. {title}"), self.styles.heading)
        )

    def none(self, text: str) -> None:
        self.add(Paragraph(markup(text), self.styles.indented))

    def groups(self) -> list[tuple[DimensionGroup, list[DimensionResult]]]:
        return [
            (group, [d for d in self.doc.dimensions if d.group == group.value])
            for group in DimensionGroup
        ]

    def build(self) -> list:
        s, d = self.styles, self.doc
        self.add(
            Paragraph(PROGRAMME, kicker_style(s)),
            Paragraph("INFORME DE EVALUACIÓN", s.title),
            Paragraph(markup(d.alliance_name), s.subtitle),
            Paragraph(markup(f"Revisión periódica del {long_date(d.held_on)}"), s.centered),
            Spacer(1, 8),
            details_table(
                [
                    [("Alianza", d.alliance_name), ("Territorio", d.territory or NO_VALUE)],
                    [
                        ("Fecha de la evaluación", short_date(d.held_on)),
                        ("Evaluación anterior", short_date(d.previous_on) or "Es la primera"),
                    ],
                ],
                s,
                self.width,
            ),
            Spacer(1, 6),
            Paragraph(
                "La evaluación, si bien es un instrumento de control, es sobre todo una "
                "oportunidad de reflexionar para cambiar y actuar frente a los cambios del "
                "entorno. Los socios calificaron de 1 (muy débil) a 5 (muy fuerte) las cuatro "
                "condiciones de la alianza, los cinco valores que orientan su trabajo y los "
                "siete factores de éxito de la consolidación.",
                s.body,
            ),
        )
        self.radar_section()
        self.trend_section()
        self.fulfilment_section()
        self.scores_section()
        self.follow_up_section()
        self.reflection_section()
        return self.story

    # -- pictures ---------------------------------------------------------------------------

    def radar_section(self) -> None:
        self.heading("La alianza de un vistazo", room=RADAR_HEIGHT + 3 * cm)
        legend = (
            f"Esta evaluación ({short_date(self.doc.held_on)})",
            f"Evaluación anterior ({short_date(self.doc.previous_on)})",
        )
        for group, results in self.groups():
            drawing = radar_drawing(
                [r.label for r in results],
                [r.score for r in results],
                [r.previous for r in results] if self.doc.previous_on else None,
                self.width,
                RADAR_HEIGHT,
                legend,
            )
            self.add(
                KeepTogether([Paragraph(markup(group.label), self.styles.subheading), drawing])
            )

    def trend_section(self) -> None:
        self.heading("Evolución de cada dimensión", room=TREND_HEIGHT + 3 * cm)
        history = self.doc.history
        if len(history) < 2:
            self.none(
                "Es la primera evaluación de la alianza: la evolución se verá desde la próxima."
            )
            return
        dates = [day for day, _scores in history]
        for group, results in self.groups():
            series = [(r.label, [scores.get(r.key) for _d, scores in history]) for r in results]
            self.add(
                KeepTogether(
                    [
                        Paragraph(markup(group.label), self.styles.subheading),
                        trend_drawing(dates, series, self.width, TREND_HEIGHT),
                    ]
                )
            )

    def fulfilment_section(self) -> None:
        self.heading("Cumplimiento de compromisos por socio")
        rows = [(f.organization, f.fulfilled, f.total) for f in self.doc.fulfilment]
        if not rows:
            self.none("La alianza no tiene compromisos registrados.")
            return
        self.add(
            Paragraph(
                "Compromisos cumplidos de cada socio sobre el total de sus compromisos no "
                "cancelados, a la fecha de impresión del informe.",
                self.styles.body,
            ),
            fulfilment_drawing(rows, self.width),
        )

    # -- tables -----------------------------------------------------------------------------

    def scores_section(self) -> None:
        s = self.styles
        self.heading("Calificación de cada dimensión")
        for group, results in self.groups():
            rows = []
            for r in results:
                what = [
                    Paragraph(markup(r.label), s.cell_header),
                    Paragraph(markup(r.seed_words), self.seed_style),
                ]
                comment = r.comment or ""
                if r.partner_scores:
                    given = " · ".join(
                        f"{name}: {score_text(score)}" for name, score in r.partner_scores
                    )
                    comment = (comment + "\n" if comment else "") + f"Por socio: {given}"
                    if r.disagreement:
                        comment += " — los socios no coinciden"
                rows.append(
                    [
                        what,
                        score_text(r.score),
                        score_text(r.previous),
                        blocks.text_block(comment, s.cell) or "",
                    ]
                )
            self.add(
                CondPageBreak(3 * cm),
                Paragraph(markup(group.label), s.subheading),
                blocks.data_table(
                    ["Dimensión y lo que dice la ficha", "Puntaje", "Anterior", "Comentario"],
                    rows,
                    blocks.widths(self.width, [6.0, 1.6, 1.8, 5.6]),
                    s,
                ),
            )

    def follow_up_section(self) -> None:
        s = self.styles
        self.heading("Seguimiento")
        self.add(Paragraph("Compromisos revisados", s.subheading))
        if not self.doc.follow_ups:
            self.none("Ningún compromiso cambió de estado en esta revisión.")
        else:
            rows = [
                [f.description, f.organization, f.previous_status, f.status, f.note or NO_VALUE]
                for f in self.doc.follow_ups
            ]
            self.add(
                blocks.data_table(
                    ["Compromiso", "Socio", "Estaba", "Quedó", "Nota"],
                    rows,
                    blocks.widths(self.width, [5.0, 3.2, 1.8, 1.8, 4.2]),
                    s,
                )
            )
        self.add(Paragraph("Actividades del plan de trabajo", s.subheading))
        if not self.doc.activities:
            self.none("La alianza no tiene actividades en su plan de trabajo.")
            return
        rows = [[a.description, a.organization or NO_VALUE, a.status] for a in self.doc.activities]
        self.add(
            blocks.data_table(
                ["Actividad", "Responsable", "Estado"],
                rows,
                blocks.widths(self.width, [8.0, 5.0, 3.0]),
                s,
            )
        )

    def reflection_section(self) -> None:
        s = self.styles
        self.heading("Reflexión")
        self.add(
            *blocks.labelled(
                "Qué cambió alrededor de la alianza",
                self.doc.context_changes,
                s,
                empty="No se registró.",
            ),
            *blocks.labelled(
                "Qué aprendieron los socios", self.doc.learnings, s, empty="No se registró."
            ),
            Paragraph("Decisiones para adaptar", s.label),
        )
        if not self.doc.decisions:
            self.none("No se tomaron decisiones en esta revisión.")
            return
        rows = [
            [
                d.text,
                OUTCOME_TEXT.get(d.outcome, d.outcome),
                d.organization or NO_VALUE,
                short_date(d.deadline) or NO_VALUE,
            ]
            for d in self.doc.decisions
        ]
        self.add(
            blocks.data_table(
                ["Decisión", "Se convierte en", "Responsable", "Fecha límite"],
                rows,
                blocks.widths(self.width, [7.0, 3.0, 3.6, 2.4]),
                s,
            )
        )


def evaluation_pdf_bytes(document: EvaluationDocument, page_size: str = "letter") -> bytes:
    """The informe de evaluación as PDF; ``page_size`` is "letter" (carta) or "a4"."""
    buffer = io.BytesIO()
    build_pdf(
        _EvaluationStory(document, page_size).build(),
        buffer,
        Footer(
            name=document.alliance_name,
            document=f"Informe de evaluación · {short_date(document.held_on)}",
            verification_code=document.verification_code or NO_VALUE,
            qr_payload=(
                qr_text("informe de evaluacion", document.verification_code, document.signature)
                if document.verification_code
                else ""
            ),
        ),
        page_size,
        title=f"Informe de evaluación — {document.alliance_name}",
        subject="Informe de evaluación de la alianza (revisión periódica)",
    )
    logger.info("Informe de evaluación impreso")
    return buffer.getvalue()
