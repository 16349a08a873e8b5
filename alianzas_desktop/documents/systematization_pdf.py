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
from alianzas_desktop.documents.acta_pdf import details_table, kicker_style
from alianzas_desktop.documents.escaping import markup, printable
from alianzas_desktop.documents.page import Footer, Styles, build_pdf, frame_width, make_styles
from alianzas_desktop.documents.strings import Words, app_translation
from alianzas_desktop.domain.evaluation import dimension_of
from alianzas_desktop.domain.formatting import SPANISH, short_date
from alianzas_desktop.domain.systematization import (
    ChronologyEvent,
    ChronologyKind,
    SystematizationDocument,
    kind_label,
)
from alianzas_desktop.domain.verification import qr_text
from alianzas_desktop.domain.vocabulary import DimensionGroup, Phase

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


def timeline_drawing(
    events: Sequence[ChronologyEvent], width: float, height: float, lang: str = SPANISH
) -> Drawing:
    """The chronology on a time axis: a dot per event (stacked when close), the main moments
    named with a leader line, alternately above and below, and a legend of colours."""
    words = Words(lang)
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
        label = str(tick.year) if tick.month == 1 and tick.day == 1 else short_date(tick, lang)
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
            stringWidth(short_date(event.date, lang), fonts.BOLD, LABEL_SIZE),
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
                short_date(event.date, lang),
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
    for number, (name, colour, _kinds) in enumerate(_FAMILIES):
        name = words(f"systematization.family.{number}") if lang != SPANISH else name
        drawing.add(Rect(x, 4, 7, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 10, 5, name, fontName=fonts.REGULAR, fontSize=6.5, fillColor=TEXT))
        x += 18 + len(name) * 3.5
    return drawing


class _SystematizationStory:
    def __init__(self, document: SystematizationDocument, paper: str, words: Words) -> None:
        self.doc = document
        self.w = words
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

    def labelled(self, key: str, text: object) -> list:
        return blocks.labelled(self.w(key), text, self.styles, self.w("not_defined"))

    def build(self) -> list:
        s, d, w = self.styles, self.doc, self.w
        period = w(
            "systematization.period",
            start=w.short_date(d.period_from) or NO_VALUE,
            end=w.short_date(d.period_to) or NO_VALUE,
        )
        self.add(
            Paragraph(w("programme"), kicker_style(s)),
            Paragraph(w("systematization.title"), s.title),
            Paragraph(markup(d.alliance_name), s.subtitle),
            Paragraph(markup(w("systematization.subtitle")), s.centered),
            Spacer(1, 8),
            details_table(
                [
                    [
                        (w("evaluation.alliance"), d.alliance_name),
                        (w("evaluation.territory"), d.territory or NO_VALUE),
                    ],
                    [
                        (w("systematization.phase"), w.label(Phase, None, d.phase_label)),
                        (w("systematization.period_label"), period),
                    ],
                    [
                        (w("acta.place"), d.place or NO_VALUE),
                        (w("systematization.date"), w.short_date(d.completed_on) or NO_VALUE),
                    ],
                ],
                s,
                self.width,
            ),
            Spacer(1, 6),
            Paragraph(w("systematization.intro"), s.body),
        )
        self.heading(w("systematization.starting_point"))
        self.add(
            *self.labelled("systematization.participants", d.participants),
            *self.labelled("systematization.records", d.records_available),
        )
        self.heading(w("systematization.initial_questions"))
        self.add(
            *self.labelled("systematization.why", d.purpose),
            *self.labelled("systematization.axis", d.central_axis),
        )
        self.chronology_section()
        self.reflection_section()
        self.arrival_section()
        return self.story

    def chronology_section(self) -> None:
        s, w = self.styles, self.w
        self.heading(w("systematization.recovery"), room=TIMELINE_HEIGHT + 3 * cm)
        events = list(self.doc.chronology)
        if not events:
            self.add(Paragraph(w("systematization.empty"), s.indented))
            return
        self.add(
            Paragraph(w("systematization.timeline_intro"), s.body),
            timeline_drawing(events, self.width, TIMELINE_HEIGHT, w.lang),
            Spacer(1, 6),
            Paragraph(w("systematization.chronology"), s.subheading),
        )
        rows = []
        for event in events:
            what = [blocks.cell(event.title, s.cell_header)]
            if event.detail:
                what.append(blocks.cell(event.detail, s.cell))
            if event.note:
                what.append(blocks.cell(w("systematization.note", note=event.note), s.cell))
            kind = app_translation("vocabulary", kind_label(event.kind), w.lang)
            rows.append([w.short_date(event.date), kind, what])
        self.add(
            blocks.data_table(
                [w("acta.date"), w("systematization.moment"), w("systematization.what")],
                rows,
                blocks.widths(self.width, [2.2, 3.0, 10.8]),
                s,
            )
        )

    def reflection_section(self) -> None:
        s, w = self.styles, self.w
        self.heading(w("systematization.reflection"))
        if not self.doc.reflection:
            self.add(Paragraph(w("systematization.no_answers"), s.indented))
            return
        for group in DimensionGroup:
            answers = [r for r in self.doc.reflection if r.group == group.value]
            if not answers:
                continue
            title = w.label(DimensionGroup, group.value, group.label)
            self.add(CondPageBreak(3 * cm), Paragraph(markup(title), s.subheading))
            for answer in answers:
                label, question = answer.label, answer.question
                dimension = dimension_of(answer.code)
                if dimension is not None:
                    label = w.label(type(dimension.member), dimension.member.value, label)
                question = app_translation("GuidedQuestion", question, w.lang)
                self.add(
                    KeepTogether(
                        [
                            Paragraph(markup(f"{label}: {question}"), s.label),
                            *blocks.text_block(answer.answer, s.indented),
                        ]
                    )
                )

    def arrival_section(self) -> None:
        s, w = self.styles, self.w
        self.heading(w("systematization.arrival"))
        self.add(*self.labelled("systematization.conclusions", self.doc.conclusions))
        lessons_title = Paragraph(w("systematization.lessons"), s.subheading)
        self.add(CondPageBreak(3 * cm), lessons_title)
        if not self.doc.lessons:
            self.add(Paragraph(w("systematization.no_lessons"), s.indented))
            return
        for number, lesson in enumerate(self.doc.lessons, start=1):
            parts = [Paragraph(markup(w("systematization.lesson", number=number)), s.label)]
            for key, text in (
                ("systematization.what_happened", lesson.what_happened),
                ("systematization.why_it_matters", lesson.why_it_matters),
                ("systematization.recommendation", lesson.recommendation),
            ):
                if text:
                    parts.append(Paragraph(markup(f"{w(key)}:"), s.cell_header))
                    parts.extend(blocks.text_block(text, s.indented))
            if lesson.tags:
                tags = " · ".join(app_translation("vocabulary", t, w.lang) for t in lesson.tags)
                parts.append(Paragraph(markup(w("systematization.tags", tags=tags)), s.cell))
            self.add(CondPageBreak(2.5 * cm), *parts, Spacer(1, 4))


def systematization_pdf_bytes(
    document: SystematizationDocument, page_size: str = "letter", lang: str | None = None
) -> bytes:
    """The informe de sistematización as PDF; ``page_size`` is "letter" (carta) or "a4".

    It is printed in ``lang`` ("es" or "en"), or in the language chosen in the settings.
    """
    w = Words(lang)
    buffer = io.BytesIO()
    build_pdf(
        _SystematizationStory(document, page_size, w).build(),
        buffer,
        Footer(
            name=document.alliance_name,
            document=w("systematization.footer"),
            verification_code=document.verification_code or NO_VALUE,
            code_label=w.code_label(),
            page_label=w.page_label(),
            qr_payload=(
                qr_text("informe de sistematizacion", document.verification_code)
                if document.verification_code
                else ""
            ),
        ),
        page_size,
        title=w("systematization.pdf_title", name=document.alliance_name),
        subject=w("systematization.subtitle"),
        lang=w.pdf_language,
    )
    logger.info("Informe de sistematización impreso")
    return buffer.getvalue()
