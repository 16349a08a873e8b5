"""The plan de trabajo PDF: activities as a table and as a chart by month, how information
moves, the coordination's roles and the alliance's formalisation.

The chart (cronograma) is a reportlab vector drawing: one row per activity, one column
per month, a bar from start to end in the responsible partner's colour and a diamond for
each milestone. A long plan is cut into several drawings, by rows (so they flow across
pages) and by months (so a month never gets too narrow to read). Row labels are drawn
straight on the canvas, so they pass through ``printable``; everything in tables and
paragraphs passes through ``markup``.
"""

from __future__ import annotations

import calendar
import io
import logging
from collections.abc import Sequence
from datetime import date
from typing import BinaryIO

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from alianzas_desktop.documents import blocks, fonts
from alianzas_desktop.documents.acta_pdf import PROGRAMME, details_table, kicker_style
from alianzas_desktop.documents.escaping import markup, printable
from alianzas_desktop.documents.page import (
    INK,
    MUTED,
    RULE,
    Footer,
    Styles,
    build_pdf,
    frame_width,
    make_styles,
)
from alianzas_desktop.domain.formatting import long_date, short_date
from alianzas_desktop.domain.verification import qr_text, verification_code
from alianzas_desktop.domain.workplan import (
    DOCUMENT_KIND,
    PlanActivityLine,
    WorkplanDocument,
    months_between,
)

logger = logging.getLogger(__name__)

NO_VALUE = "—"
MILESTONE_MARK = "◆"
MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")

# The chart's measures: a row per activity, two header lines (years, months).
ROW_HEIGHT = 0.55 * cm
HEADER_HEIGHT = 0.9 * cm
LABEL_WIDTH = 5.0 * cm
MIN_MONTH_WIDTH = 0.75 * cm
ROWS_PER_CHART = 26
LABEL_SIZE = 7
# Partners' bar colours, told apart in grey print as well (light to dark).
BAR_COLOURS = (
    colors.HexColor("#2E6DA4"),
    colors.HexColor("#D98A1F"),
    colors.HexColor("#3C8D5A"),
    colors.HexColor("#8E4B9C"),
    colors.HexColor("#B23A3A"),
    colors.HexColor("#4B5D6B"),
)
MILESTONE_COLOUR = colors.HexColor("#1F2933")
YEAR_SHADE = colors.HexColor("#F3F5F7")

ACTIVITY_COLUMNS = (
    "N°",
    "Actividad",
    "Responsable",
    "Fechas",
    "Resultado esperado",
    "Compromisos que atiende",
    "Hito",
)
ACTIVITY_FRACTIONS = (0.8, 3.3, 2.8, 2.1, 3.4, 3.6, 1.0)


def _fit(text: str, size: float, width: float) -> str:
    """``text`` shortened with «…» to ``width`` points (drawn text does not wrap)."""
    if stringWidth(text, fonts.REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def month_label(month: date) -> str:
    return MONTHS[month.month - 1]


def _position(day: date, months: Sequence[date], end: bool) -> float:
    """Where ``day`` falls, in months from the window's first month (its start or its end)."""
    index = (day.year - months[0].year) * 12 + day.month - months[0].month
    length = calendar.monthrange(day.year, day.month)[1]
    return index + (day.day if end else day.day - 1) / length


def month_windows(months: Sequence[date], width: float) -> list[list[date]]:
    """The months cut into runs that fit ``width`` with each month readable."""
    per_window = max(1, int((width - LABEL_WIDTH) // MIN_MONTH_WIDTH))
    return [list(months[i : i + per_window]) for i in range(0, len(months), per_window)]


def partner_colours(activities: Sequence[PlanActivityLine]) -> dict[str, colors.Color]:
    """One colour per responsible partner, in order of first appearance."""
    found: dict[str, colors.Color] = {}
    for activity in activities:
        if activity.organization not in found:
            found[activity.organization] = BAR_COLOURS[len(found) % len(BAR_COLOURS)]
    return found


class GanttChart(Drawing):
    """Part of the cronograma: some activities (rows) over some months (columns)."""

    def __init__(
        self,
        activities: Sequence[tuple[int, PlanActivityLine]],
        months: Sequence[date],
        width: float,
        palette: dict[str, colors.Color],
    ):
        height = HEADER_HEIGHT + ROW_HEIGHT * len(activities)
        super().__init__(width, height, initialFontName=fonts.REGULAR)
        month_width = (width - LABEL_WIDTH) / len(months)
        top = height - HEADER_HEIGHT
        self._header(months, month_width, height)
        for row, (number, activity) in enumerate(activities):
            y = top - (row + 1) * ROW_HEIGHT
            if row % 2:
                self.add(Rect(0, y, width, ROW_HEIGHT, fillColor=YEAR_SHADE, strokeColor=None))
            label = _fit(f"{number}. {printable(activity.title)}", LABEL_SIZE, LABEL_WIDTH - 6)
            self.add(
                String(
                    2,
                    y + ROW_HEIGHT / 2 - 2.5,
                    label,
                    fontName=fonts.REGULAR,
                    fontSize=LABEL_SIZE,
                    fillColor=INK,
                )
            )
            self._bar(activity, months, month_width, y, palette)
        for column in range(len(months) + 1):
            x = LABEL_WIDTH + column * month_width
            self.add(Line(x, 0, x, top + HEADER_HEIGHT / 2, strokeColor=RULE, strokeWidth=0.4))
        self.add(Line(0, top, width, top, strokeColor=RULE, strokeWidth=0.6))
        self.add(Line(0, 0, width, 0, strokeColor=RULE, strokeWidth=0.6))

    def _header(self, months: Sequence[date], month_width: float, height: float) -> None:
        year_y = height - HEADER_HEIGHT / 2 + 3
        month_y = height - HEADER_HEIGHT + 4
        start = 0
        for index, month in enumerate(months):
            last = index == len(months) - 1 or months[index + 1].year != month.year
            if last:
                x0 = LABEL_WIDTH + start * month_width
                x1 = LABEL_WIDTH + (index + 1) * month_width
                self.add(
                    String(
                        (x0 + x1) / 2,
                        year_y,
                        str(month.year),
                        fontName=fonts.BOLD,
                        fontSize=7.5,
                        fillColor=INK,
                        textAnchor="middle",
                    )
                )
                start = index + 1
            self.add(
                String(
                    LABEL_WIDTH + (index + 0.5) * month_width,
                    month_y,
                    month_label(month),
                    fontName=fonts.REGULAR,
                    fontSize=6.5,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
        self.add(String(2, month_y, "Actividad", fontName=fonts.BOLD, fontSize=7.5, fillColor=INK))

    def _bar(
        self,
        activity: PlanActivityLine,
        months: Sequence[date],
        month_width: float,
        y: float,
        palette: dict[str, colors.Color],
    ) -> None:
        first = _position(activity.start_date, months, end=False)
        last = _position(activity.end_date, months, end=True)
        visible_from, visible_to = max(first, 0.0), min(last, float(len(months)))
        if visible_to <= visible_from:
            return  # outside these months
        x0 = LABEL_WIDTH + visible_from * month_width
        x1 = LABEL_WIDTH + visible_to * month_width
        colour = palette.get(activity.organization, BAR_COLOURS[-1])
        self.add(
            Rect(
                x0,
                y + ROW_HEIGHT * 0.2,
                max(x1 - x0, 1.5),
                ROW_HEIGHT * 0.6,
                fillColor=colour,
                strokeColor=None,
            )
        )
        if activity.is_milestone and 0 <= last <= len(months):
            cx, cy, r = x1, y + ROW_HEIGHT / 2, ROW_HEIGHT * 0.42
            self.add(
                Polygon(
                    [cx, cy + r, cx + r, cy, cx, cy - r, cx - r, cy],
                    fillColor=MILESTONE_COLOUR,
                    strokeColor=colors.white,
                    strokeWidth=0.6,
                )
            )


def _legend(palette: dict[str, colors.Color], width: float) -> Drawing:
    """Which colour is which partner, and the milestone's diamond."""
    entries = [(printable(name) or "Sin responsable", colour) for name, colour in palette.items()]
    entries.append(("Hito", None))
    x, y, line = 0.0, 0.0, 11.0
    placed: list[tuple[float, float, str, colors.Color | None]] = []
    for text, colour in entries:
        label = _fit(text, 7.5, width / 2 - 20)
        needed = 14 + stringWidth(label, fonts.REGULAR, 7.5) + 12
        if x and x + needed > width:
            x, y = 0.0, y + line
        placed.append((x, y, label, colour))
        x += needed
    height = y + line
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)
    for x, y, label, colour in placed:
        base = height - y - line + 2
        if colour is None:
            cx, cy, r = x + 5, base + 3.5, 4.5
            drawing.add(
                Polygon(
                    [cx, cy + r, cx + r, cy, cx, cy - r, cx - r, cy],
                    fillColor=MILESTONE_COLOUR,
                    strokeColor=None,
                )
            )
        else:
            drawing.add(Rect(x, base, 10, 7, fillColor=colour, strokeColor=None))
        drawing.add(
            String(x + 14, base, label, fontName=fonts.REGULAR, fontSize=7.5, fillColor=INK)
        )
    return drawing


def gantt_charts(
    activities: Sequence[PlanActivityLine], width: float
) -> list[tuple[list[date], list[GanttChart]]]:
    """The cronograma as drawings: for each run of months, the activities by chunks of rows."""
    if not activities:
        return []
    months = months_between(
        min(a.start_date for a in activities), max(a.end_date for a in activities)
    )
    palette = partner_colours(activities)
    numbered = list(enumerate(activities, start=1))
    result = []
    for window in month_windows(months, width):
        last_day = date(
            window[-1].year,
            window[-1].month,
            calendar.monthrange(window[-1].year, window[-1].month)[1],
        )
        # Each run of months shows the activities that fall in it, with their plan numbers.
        shown = [
            (n, a) for n, a in numbered if a.start_date <= last_day and a.end_date >= window[0]
        ]
        charts = [
            GanttChart(shown[i : i + ROWS_PER_CHART], window, width, palette)
            for i in range(0, len(shown), ROWS_PER_CHART)
        ]
        if charts:
            result.append((window, charts))
    return result


# -- the story -----------------------------------------------------------------------------


def _responsible(activity: PlanActivityLine) -> str:
    if activity.person:
        return f"{activity.organization}\n{activity.person}"
    return activity.organization or NO_VALUE


def _activities_table(document: WorkplanDocument, s: Styles, width: float) -> Flowable:
    rows = []
    for number, activity in enumerate(document.activities, start=1):
        commitments = "\n".join(f"• {c}" for c in activity.commitments) or NO_VALUE
        rows.append(
            [
                str(number),
                activity.title,
                _responsible(activity),
                f"{short_date(activity.start_date)}\na\n{short_date(activity.end_date)}",
                activity.expected_result or NO_VALUE,
                commitments,
                MILESTONE_MARK if activity.is_milestone else "",
            ]
        )
    return blocks.data_table(ACTIVITY_COLUMNS, rows, blocks.widths(width, ACTIVITY_FRACTIONS), s)


def _chart_section(document: WorkplanDocument, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(HEADER_HEIGHT + 6 * ROW_HEIGHT + 2 * cm),
        Paragraph(markup("2. Cronograma por meses"), s.heading),
    ]
    windows = gantt_charts(document.activities, width)
    for window, charts in windows:
        first, *rest = charts
        if len(windows) > 1:
            title = Paragraph(
                markup(
                    f"De {month_label(window[0])} {window[0].year} "
                    f"a {month_label(window[-1])} {window[-1].year}"
                ),
                s.subheading,
            )
            story.append(KeepTogether([title, first]))
        else:
            story.append(first)
        for chart in rest:
            story.extend([Spacer(1, 4), chart])
        story.append(Spacer(1, 6))
    story.append(Spacer(1, 4))
    story.append(_legend(partner_colours(document.activities), width))
    return story


def _flows_table(document: WorkplanDocument, s: Styles, width: float) -> Flowable:
    rows = [
        [
            flow.channel_label,
            flow.frequency,
            flow.informs,
            flow.informed,
            flow.records_kept_at or NO_VALUE,
        ]
        for flow in document.flows
    ]
    return blocks.data_table(
        ("Canal", "Frecuencia", "Quién informa", "A quién", "Dónde quedan los registros"),
        rows,
        blocks.widths(width, (2.2, 2.6, 3.2, 3.2, 3.8)),
        s,
    )


def _roles_table(document: WorkplanDocument, s: Styles, width: float) -> Flowable:
    rows = []
    for role in document.roles:
        label = role.role_label
        if role.role_note:
            label = f"{label}: {role.role_note}"
        rows.append(
            [
                label,
                role.organization or NO_VALUE,
                role.person or NO_VALUE,
                "Sí" if role.is_spokesperson else "",
            ]
        )
    return blocks.data_table(
        ("Rol", "Socio", "Persona", "Vocería"),
        rows,
        blocks.widths(width, (4.4, 5.2, 4.6, 1.6)),
        s,
    )


def _formalization(document: WorkplanDocument, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(4 * cm),
        Paragraph(markup("5. Formalización"), s.heading),
    ]
    if document.is_formal:
        story.append(
            details_table(
                [
                    [("Figura jurídica", document.legal_figure)],
                    [("Convenio No.", document.convenio_number)],
                    [("Fecha del convenio", long_date(document.convenio_date))],
                    [("Convenio firmado", document.scan_name or "No se adjuntó el escaneo.")],
                ],
                s,
                width,
            )
        )
        if document.decision_recording:
            story.append(Spacer(1, 8))
            story.extend(
                blocks.labelled("Cómo se registran las decisiones", document.decision_recording, s)
            )
    else:
        story.append(
            Paragraph(markup("La alianza es informal: no tiene constitución jurídica."), s.body)
        )
        story.extend(
            blocks.labelled("Cómo se registran las decisiones", document.decision_recording, s)
        )
    return story


def _story(document: WorkplanDocument, paper: str) -> list[Flowable]:
    s = make_styles()
    width = frame_width(paper)
    header: list[Flowable] = [
        Paragraph(markup(PROGRAMME), kicker_style(s)),
        Paragraph(markup("Plan de trabajo"), s.title),
        Paragraph(markup(document.alliance_name), s.subtitle),
    ]
    facts = " · ".join(
        f for f in (document.territory, f"Alianza {document.formality_label.lower()}") if f
    )
    header.append(Paragraph(markup(facts), s.centered))
    story: list[Flowable] = [KeepTogether(header), Spacer(1, 6)]
    if document.purpose:
        story.extend(blocks.labelled("Propósito común", document.purpose, s))
    milestones = sum(1 for a in document.activities if a.is_milestone)
    story.append(Paragraph(markup("1. Actividades"), s.heading))
    story.append(
        Paragraph(
            markup(
                f"{len(document.activities)} actividades; {milestones} "
                f"{'hito' if milestones == 1 else 'hitos'} (marcados con {MILESTONE_MARK})."
            ),
            s.body,
        )
    )
    story.append(_activities_table(document, s, width))
    story.extend(_chart_section(document, s, width))
    story.append(CondPageBreak(3 * cm))
    story.append(Paragraph(markup("3. Intercambio de información"), s.heading))
    if document.flows:
        story.append(_flows_table(document, s, width))
    else:
        story.append(Paragraph(markup("No se definió."), s.body))
    story.append(CondPageBreak(3 * cm))
    story.append(Paragraph(markup("4. Roles en la coordinación"), s.heading))
    if document.roles:
        story.append(_roles_table(document, s, width))
        speaker = next((r for r in document.roles if r.is_spokesperson), None)
        if speaker is not None:
            who = " — ".join(p for p in (speaker.person, speaker.organization) if p)
            story.append(Spacer(1, 6))
            story.append(
                Paragraph(
                    f"<b>{markup('Habla en nombre de la alianza:')}</b> {markup(who)}", s.body
                )
            )
    else:
        story.append(Paragraph(markup("No se definió."), s.body))
    story.extend(_formalization(document, s, width))
    return story


def document_code(document: WorkplanDocument) -> str:
    return verification_code(DOCUMENT_KIND, document.content())


def _footer(document: WorkplanDocument) -> Footer:
    code = document_code(document)
    return Footer(
        name=document.alliance_name,
        document="Plan de trabajo",
        verification_code=code,
        qr_payload=qr_text("plan de trabajo", code, document.signature),
    )


def write_workplan_pdf(
    document: WorkplanDocument, target: str | BinaryIO, page_size: str = "letter"
) -> None:
    build_pdf(
        _story(document, page_size),
        target,
        _footer(document),
        page_size,
        title=f"Plan de trabajo - {document.alliance_name}",
        author=PROGRAMME,
        subject="Plan de trabajo de la alianza",
    )


def workplan_pdf_bytes(document: WorkplanDocument, page_size: str = "letter") -> bytes:
    """The plan de trabajo's PDF, in memory."""
    buffer = io.BytesIO()
    write_workplan_pdf(document, buffer, page_size)
    return buffer.getvalue()
