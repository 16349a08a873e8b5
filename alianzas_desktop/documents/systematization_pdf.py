"""The informe de sistematización: the five moments of the experience, its chronology drawn as
a vector timeline, the reflection, the conclusions and the lessons learned.

It prints a ``SystematizationDocument``. The timeline is a reportlab drawing (one dot per
event on a time axis, coloured by kind, the main moments named); the whole chronology then
follows as a table. Every user string passes through ``documents.escaping``.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from alianzas_desktop.documents import blocks, fonts
from alianzas_desktop.documents.acta_pdf import PROGRAMME, details_table, kicker_style
from alianzas_desktop.documents.escaping import markup, printable
from alianzas_desktop.documents.page import Footer, Styles, build_pdf, frame_width, make_styles
from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.domain.systematization import (
    ChronologyEvent,
    ChronologyKind,
    SystematizationDocument,
    kind_label,
)
from alianzas_desktop.domain.verification import qr_text
from alianzas_desktop.domain.vocabulary import DimensionGroup

logger = logging.getLogger(__name__)

NO_VALUE = "—"
HEADING_ROOM = 5 * cm
TIMELINE_HEIGHT = 7.2 * cm
LABEL_SIZE = 6.5
TEXT = colors.HexColor("#1F2933")
AXIS = colors.HexColor("#52606D")

# Kinds grouped in a few colours a reader can tell apart (printed in grey too).
_FAMILIES = (
    (
        "Fundación, fases y acuerdos",
        colors.HexColor("#1F4E79"),
        {
            ChronologyKind.FOUNDED,
            ChronologyKind.PHASE_CHANGE,
            ChronologyKind.AGREEMENT_ISSUED,
            ChronologyKind.AGREEMENT_SIGNED,
            ChronologyKind.FORMALIZATION,
        },
    ),
    (
        "Sesiones y evaluaciones",
        colors.HexColor("#2F7D4F"),
        {
            ChronologyKind.MEETING_CONVENED,
            ChronologyKind.MEETING_CLOSED,
            ChronologyKind.EVALUATION,
        },
    ),
    (
        "Compromisos y socios",
        colors.HexColor("#C0711A"),
        {
            ChronologyKind.COMMITMENT_MADE,
            ChronologyKind.COMMITMENT_FULFILLED,
            ChronologyKind.COMMITMENT_UNMET,
            ChronologyKind.PARTNER_RETIRED,
        },
    ),
    (
        "Conflictos",
        colors.HexColor("#B22222"),
        {ChronologyKind.CONFLICT_OPENED, ChronologyKind.CONFLICT_RESOLVED},
    ),
    (
        "Sostenibilidad, beneficios e hitos",
        colors.HexColor("#8E3B8E"),
        {ChronologyKind.SUSTAINABILITY, ChronologyKind.BENEFIT, ChronologyKind.MILESTONE},
    ),
)
# The moments named on the timeline itself (the rest are dots, all listed in the table).
NAMED_KINDS = {
    ChronologyKind.FOUNDED.value,
    ChronologyKind.PHASE_CHANGE.value,
    ChronologyKind.AGREEMENT_SIGNED.value,
    ChronologyKind.MILESTONE.value,
    ChronologyKind.CONFLICT_OPENED.value,
    ChronologyKind.EVALUATION.value,
}
MAX_NAMED = 14


def family_colour(kind: str):
    for _name, colour, kinds in _FAMILIES:
        if kind in {k.value for k in kinds}:
            return colour
    return AXIS


def _clip(text: str, limit: int) -> str:
    text = " ".join(printable(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def timeline_drawing(events: Sequence[ChronologyEvent], width: float, height: float) -> Drawing:
    """The chronology on a time axis: a dot per event (stacked when close), the main moments
    named with a leader line, alternately above and below, and a legend of colours."""
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)
    if not events:
        return drawing
    left, right = 0.6 * cm, width - 0.6 * cm
    axis_y = height * 0.52
    first, last = events[0].date, events[-1].date
    span = max((last - first).days, 1)

    def x_of(day: date) -> float:
        return left + (right - left) * (day - first).days / span

    drawing.add(Line(left, axis_y, right, axis_y, strokeColor=AXIS, strokeWidth=1.2))
    # Year ticks (or the two ends when the span is shorter than a year).
    years = range(first.year + 1, last.year + 1)
    ticks = [date(year, 1, 1) for year in years] or [first, last]
    for tick in ticks:
        x = x_of(tick)
        drawing.add(Line(x, axis_y - 4, x, axis_y + 4, strokeColor=AXIS, strokeWidth=0.8))
        label = str(tick.year) if tick.month == 1 and tick.day == 1 else short_date(tick)
        drawing.add(
            String(
                x,
                axis_y - 12,
                label,
                fontName=fonts.BOLD,
                fontSize=7,
                fillColor=AXIS,
                textAnchor="middle",
            )
        )
    # Dots, stacked upwards when they would overlap.
    stacks: dict[int, int] = {}
    for event in events:
        x = x_of(event.date)
        slot = int(x // 5)
        level = stacks.get(slot, 0)
        stacks[slot] = level + 1
        if level > 5:
            continue  # a crowded day: the table lists them all
        drawing.add(
            Circle(
                x,
                axis_y + 6 + level * 5.5 if level else axis_y,
                2.6,
                fillColor=family_colour(event.kind),
                strokeColor=colors.white,
                strokeWidth=0.4,
            )
        )
    # Named moments take the first of six label rows (three above the axis, three below)
    # where their text does not run into another label; with none free, they stay dots.
    rows: list[list[tuple[float, float]]] = [[] for _ in range(6)]
    named = 0
    for event in events:
        if event.kind not in NAMED_KINDS or named >= MAX_NAMED:
            continue
        x = x_of(event.date)
        title = _clip(event.title, 46)
        text_width = max(
            stringWidth(title, fonts.REGULAR, LABEL_SIZE),
            stringWidth(short_date(event.date), fonts.BOLD, LABEL_SIZE),
        )
        anchor = "start" if x + text_width <= right else "end"
        extent = (x, x + text_width) if anchor == "start" else (x - text_width, x)
        free = next(
            (
                r
                for r in range(6)
                if all(extent[1] + 6 < a or extent[0] - 6 > b for a, b in rows[r])
            ),
            None,
        )
        if free is None:
            continue
        rows[free].append(extent)
        named += 1
        above = free % 2 == 0
        offset = 40 + (free // 2) * 20
        y = axis_y + offset if above else axis_y - offset + 8
        drawing.add(
            Line(
                x,
                axis_y + (4 if above else -4),
                x,
                y - 2 if above else y + 8,
                strokeColor=family_colour(event.kind),
                strokeWidth=0.5,
            )
        )
        drawing.add(
            String(
                x,
                y,
                short_date(event.date),
                fontName=fonts.BOLD,
                fontSize=LABEL_SIZE,
                fillColor=TEXT,
                textAnchor=anchor,
            )
        )
        drawing.add(
            String(
                x,
                y - 8,
                title,
                fontName=fonts.REGULAR,
                fontSize=LABEL_SIZE,
                fillColor=TEXT,
                textAnchor=anchor,
            )
        )
    # Legend along the bottom.
    x = left
    for name, colour, _kinds in _FAMILIES:
        drawing.add(Rect(x, 4, 7, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 10, 5, name, fontName=fonts.REGULAR, fontSize=6.5, fillColor=TEXT))
        x += 18 + len(name) * 3.5
    return drawing


class _SystematizationStory:
    def __init__(self, document: SystematizationDocument, paper: str) -> None:
        self.doc = document
        self.styles: Styles = make_styles()
        self.width = frame_width(paper)
        self.story: list = []
        self._section = 0

    def add(self, *flowables) -> None:
        self.story.extend(flowables)

    def heading(self, title: str, room: float = HEADING_ROOM) -> None:
        self._section += 1
        self.add(
            CondPageBreak(room), Paragraph(markup(f"{self._section}. {title}"), self.styles.heading)
        )

    def build(self) -> list:
        s, d = self.styles, self.doc
        period = f"{short_date(d.period_from) or NO_VALUE} a {short_date(d.period_to) or NO_VALUE}"
        self.add(
            Paragraph(PROGRAMME, kicker_style(s)),
            Paragraph("INFORME DE SISTEMATIZACIÓN", s.title),
            Paragraph(markup(d.alliance_name), s.subtitle),
            Paragraph(markup("Sistematización de la experiencia de la alianza"), s.centered),
            Spacer(1, 8),
            details_table(
                [
                    [("Alianza", d.alliance_name), ("Territorio", d.territory or NO_VALUE)],
                    [("Fase actual", d.phase_label), ("Periodo sistematizado", period)],
                    [
                        ("Lugar", d.place or NO_VALUE),
                        ("Fecha del informe", short_date(d.completed_on) or NO_VALUE),
                    ],
                ],
                s,
                self.width,
            ),
            Spacer(1, 6),
            Paragraph(
                "La sistematización de las experiencias permite rescatar y documentar los "
                "principales aprendizajes obtenidos del trabajo en alianza; tener una visión "
                "crítica y retrospectiva del proceso vivido para saber cuáles son las "
                "principales lecciones aprendidas y qué se puede transmitir a otros.",
                s.body,
            ),
        )
        self.heading("Punto de partida")
        self.add(
            *blocks.labelled("Quiénes participan", d.participants, s),
            *blocks.labelled("Registros con que se cuenta", d.records_available, s),
        )
        self.heading("Preguntas iniciales")
        self.add(
            *blocks.labelled("¿Para qué sistematizar?", d.purpose, s),
            *blocks.labelled("Eje central", d.central_axis, s),
        )
        self.chronology_section()
        self.reflection_section()
        self.arrival_section()
        return self.story

    def chronology_section(self) -> None:
        s = self.styles
        self.heading("Recuperación del proceso vivido", room=TIMELINE_HEIGHT + 3 * cm)
        events = list(self.doc.chronology)
        if not events:
            self.add(Paragraph("La cronología está vacía.", s.indented))
            return
        self.add(
            Paragraph(
                "La línea de tiempo reúne lo que la alianza registró —fundación, acuerdos, "
                "fases, sesiones, compromisos, evaluaciones y conflictos— con las notas y los "
                "hitos que agregaron quienes sistematizan.",
                s.body,
            ),
            timeline_drawing(events, self.width, TIMELINE_HEIGHT),
            Spacer(1, 6),
            Paragraph("Cronología", s.subheading),
        )
        rows = []
        for event in events:
            what = [blocks.cell(event.title, s.cell_header)]
            if event.detail:
                what.append(blocks.cell(event.detail, s.cell))
            if event.note:
                what.append(blocks.cell(f"Nota: {event.note}", s.cell))
            rows.append([short_date(event.date), kind_label(event.kind), what])
        self.add(
            blocks.data_table(
                ["Fecha", "Momento", "Qué pasó"],
                rows,
                blocks.widths(self.width, [2.2, 3.0, 10.8]),
                s,
            )
        )

    def reflection_section(self) -> None:
        s = self.styles
        self.heading("Reflexión de fondo")
        if not self.doc.reflection:
            self.add(Paragraph("No se respondieron las preguntas guía.", s.indented))
            return
        for group in DimensionGroup:
            answers = [r for r in self.doc.reflection if r.group == group.value]
            if not answers:
                continue
            self.add(CondPageBreak(3 * cm), Paragraph(markup(group.label), s.subheading))
            for answer in answers:
                self.add(
                    KeepTogether(
                        [
                            Paragraph(markup(f"{answer.label}: {answer.question}"), s.label),
                            *blocks.text_block(answer.answer, s.indented),
                        ]
                    )
                )

    def arrival_section(self) -> None:
        s = self.styles
        self.heading("Puntos de llegada")
        self.add(*blocks.labelled("Conclusiones", self.doc.conclusions, s))
        self.add(CondPageBreak(3 * cm), Paragraph("Lecciones aprendidas", s.subheading))
        if not self.doc.lessons:
            self.add(Paragraph("No se registraron lecciones.", s.indented))
            return
        for number, lesson in enumerate(self.doc.lessons, start=1):
            parts = [Paragraph(markup(f"Lección {number}"), s.label)]
            for label, text in (
                ("Qué pasó", lesson.what_happened),
                ("Por qué importa", lesson.why_it_matters),
                ("Recomendación para otros", lesson.recommendation),
            ):
                if text:
                    parts.append(Paragraph(markup(f"{label}:"), s.cell_header))
                    parts.extend(blocks.text_block(text, s.indented))
            if lesson.tags:
                parts.append(Paragraph(markup("Etiquetas: " + " · ".join(lesson.tags)), s.cell))
            self.add(CondPageBreak(2.5 * cm), *parts, Spacer(1, 4))


def systematization_pdf_bytes(
    document: SystematizationDocument, page_size: str = "letter"
) -> bytes:
    """The informe de sistematización as PDF; ``page_size`` is "letter" (carta) or "a4"."""
    buffer = io.BytesIO()
    build_pdf(
        _SystematizationStory(document, page_size).build(),
        buffer,
        Footer(
            name=document.alliance_name,
            document="Informe de sistematización",
            verification_code=document.verification_code or NO_VALUE,
            qr_payload=(
                qr_text("informe de sistematizacion", document.verification_code)
                if document.verification_code
                else ""
            ),
        ),
        page_size,
        title=f"Informe de sistematización — {document.alliance_name}",
        subject="Sistematización de la experiencia de la alianza",
    )
    logger.info("Informe de sistematización impreso")
    return buffer.getvalue()
