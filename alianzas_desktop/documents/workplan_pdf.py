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
from alianzas_desktop.documents.acta_pdf import details_table, kicker_style
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
from alianzas_desktop.documents.strings import Words
from alianzas_desktop.domain.formatting import SPANISH
from alianzas_desktop.domain.verification import qr_text, verification_code
from alianzas_desktop.domain.vocabulary import CoordinationRole, Formality, InformationChannel
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
    "number",
    "activity",
    "responsible",
    "dates",
    "expected_result",
    "commitments",
    "milestone",
)
ACTIVITY_FRACTIONS = (0.8, 3.3, 2.8, 2.1, 3.4, 3.6, 1.0)


def _fit(text: str, size: float, width: float) -> str:
    """``text`` shortened with «…» to ``width`` points (drawn text does not wrap)."""
    if stringWidth(text, fonts.REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def month_label(month: date, lang: str = SPANISH) -> str:
    """'ene', 'feb'… (English 'Jan', 'Feb'…, Babel's abbreviations)."""
    if lang != SPANISH:
        from babel.dates import format_date

        from alianzas_desktop.domain.formatting import LOCALES

        return format_date(month, "LLL", locale=LOCALES.get(lang, lang))
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
        words: Words | None = None,
    ):
        height = HEADER_HEIGHT + ROW_HEIGHT * len(activities)
        super().__init__(width, height, initialFontName=fonts.REGULAR)
        month_width = (width - LABEL_WIDTH) / len(months)
        top = height - HEADER_HEIGHT
        self._header(months, month_width, height, words or Words(SPANISH))
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

    def _header(
        self, months: Sequence[date], month_width: float, height: float, words: Words
    ) -> None:
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
                    month_label(month, words.lang),
                    fontName=fonts.REGULAR,
                    fontSize=6.5,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
        activity = words("workplan.col.activity")
        self.add(String(2, month_y, activity, fontName=fonts.BOLD, fontSize=7.5, fillColor=INK))

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


def _legend(palette: dict[str, colors.Color], width: float, w: Words) -> Drawing:
    """Which colour is which partner, and the milestone's diamond."""
    nobody = w("workplan.nobody")
    entries = [(printable(name) or nobody, colour) for name, colour in palette.items()]
    entries.append((w("workplan.col.milestone"), None))
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
    activities: Sequence[PlanActivityLine], width: float, words: Words | None = None
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
            GanttChart(shown[i : i + ROWS_PER_CHART], window, width, palette, words)
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


def _activities_table(document: WorkplanDocument, s: Styles, width: float, w: Words) -> Flowable:
    rows = []
    for number, activity in enumerate(document.activities, start=1):
        commitments = "\n".join(f"• {c}" for c in activity.commitments) or NO_VALUE
        rows.append(
            [
                str(number),
                activity.title,
                _responsible(activity),
                w(
                    "workplan.from_to",
                    start=w.short_date(activity.start_date),
                    end=w.short_date(activity.end_date),
                ),
                activity.expected_result or NO_VALUE,
                commitments,
                MILESTONE_MARK if activity.is_milestone else "",
            ]
        )
    header = [w(f"workplan.col.{column}") for column in ACTIVITY_COLUMNS]
    return blocks.data_table(header, rows, blocks.widths(width, ACTIVITY_FRACTIONS), s)


def _chart_section(document: WorkplanDocument, s: Styles, width: float, w: Words) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(HEADER_HEIGHT + 6 * ROW_HEIGHT + 2 * cm),
        Paragraph(markup(w("workplan.chart")), s.heading),
    ]
    windows = gantt_charts(document.activities, width, w)
    for window, charts in windows:
        first, *rest = charts
        if len(windows) > 1:
            title = Paragraph(
                markup(
                    w(
                        "workplan.window",
                        first=f"{month_label(window[0], w.lang)} {window[0].year}",
                        last=f"{month_label(window[-1], w.lang)} {window[-1].year}",
                    )
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
    story.append(_legend(partner_colours(document.activities), width, w))
    return story


def _flows_table(document: WorkplanDocument, s: Styles, width: float, w: Words) -> Flowable:
    rows = [
        [
            w.label(InformationChannel, None, flow.channel_label),
            flow.frequency,
            flow.informs,
            flow.informed,
            flow.records_kept_at or NO_VALUE,
        ]
        for flow in document.flows
    ]
    return blocks.data_table(
        [
            w(f"workplan.col.{column}")
            for column in ("channel", "frequency", "informs", "informed", "records")
        ],
        rows,
        blocks.widths(width, (2.2, 2.6, 3.2, 3.2, 3.8)),
        s,
    )


def _roles_table(document: WorkplanDocument, s: Styles, width: float, w: Words) -> Flowable:
    rows = []
    for role in document.roles:
        label = w.label(CoordinationRole, None, role.role_label)
        if role.role_note:
            label = f"{label}: {role.role_note}"
        rows.append(
            [
                label,
                role.organization or NO_VALUE,
                role.person or NO_VALUE,
                w("yes") if role.is_spokesperson else "",
            ]
        )
    return blocks.data_table(
        [w(f"workplan.col.{column}") for column in ("role", "partner", "person", "spokesperson")],
        rows,
        blocks.widths(width, (4.4, 5.2, 4.6, 1.6)),
        s,
    )


def _formalization(document: WorkplanDocument, s: Styles, width: float, w: Words) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(4 * cm),
        Paragraph(markup(w("workplan.formalization")), s.heading),
    ]
    recording = w("workplan.decision_recording")
    if document.is_formal:
        story.append(
            details_table(
                [
                    [(w("workplan.legal_figure"), document.legal_figure)],
                    [(w("workplan.convenio_number"), document.convenio_number)],
                    [(w("workplan.convenio_date"), w.long_date(document.convenio_date))],
                    [
                        (
                            w("workplan.convenio_signed"),
                            document.scan_name or w("workplan.no_scan"),
                        )
                    ],
                ],
                s,
                width,
            )
        )
        if document.decision_recording:
            story.append(Spacer(1, 8))
            story.extend(
                blocks.labelled(recording, document.decision_recording, s, w("not_defined"))
            )
    else:
        story.append(Paragraph(markup(w("workplan.informal")), s.body))
        story.extend(blocks.labelled(recording, document.decision_recording, s, w("not_defined")))
    return story


def _story(document: WorkplanDocument, paper: str, w: Words) -> list[Flowable]:
    s = make_styles()
    width = frame_width(paper)
    header: list[Flowable] = [
        Paragraph(markup(w("programme")), kicker_style(s)),
        Paragraph(markup(w("workplan.title")), s.title),
        Paragraph(markup(document.alliance_name), s.subtitle),
    ]
    formality = w.label(Formality, document.formality, document.formality_label)
    facts = " · ".join(
        f for f in (document.territory, w("workplan.formality", kind=formality.lower())) if f
    )
    header.append(Paragraph(markup(facts), s.centered))
    story: list[Flowable] = [KeepTogether(header), Spacer(1, 6)]
    if document.purpose:
        story.extend(blocks.labelled(w("agreement.purpose"), document.purpose, s))
    milestones = sum(1 for a in document.activities if a.is_milestone)
    story.append(Paragraph(markup(w("workplan.activities")), s.heading))
    story.append(
        Paragraph(
            markup(
                w(
                    "workplan.count_one" if milestones == 1 else "workplan.count",
                    activities=len(document.activities),
                    milestones=milestones,
                    mark=MILESTONE_MARK,
                )
            ),
            s.body,
        )
    )
    story.append(_activities_table(document, s, width, w))
    story.extend(_chart_section(document, s, width, w))
    story.append(CondPageBreak(3 * cm))
    story.append(Paragraph(markup(w("workplan.flows")), s.heading))
    if document.flows:
        story.append(_flows_table(document, s, width, w))
    else:
        story.append(Paragraph(markup(w("not_defined")), s.body))
    story.append(CondPageBreak(3 * cm))
    story.append(Paragraph(markup(w("workplan.roles")), s.heading))
    if document.roles:
        story.append(_roles_table(document, s, width, w))
        speaker = next((r for r in document.roles if r.is_spokesperson), None)
        if speaker is not None:
            who = " — ".join(p for p in (speaker.person, speaker.organization) if p)
            story.append(Spacer(1, 6))
            story.append(
                Paragraph(f"<b>{markup(w('workplan.speaks_for'))}</b> {markup(who)}", s.body)
            )
    else:
        story.append(Paragraph(markup(w("not_defined")), s.body))
    story.extend(_formalization(document, s, width, w))
    return story


def document_code(document: WorkplanDocument) -> str:
    return verification_code(DOCUMENT_KIND, document.content())


def _footer(document: WorkplanDocument, w: Words) -> Footer:
    code = document_code(document)
    return Footer(
        name=document.alliance_name,
        document=w("workplan.footer"),
        verification_code=code,
        qr_payload=qr_text("plan de trabajo", code, document.signature),
        code_label=w.code_label(),
        page_label=w.page_label(),
    )


def write_workplan_pdf(
    document: WorkplanDocument,
    target: str | BinaryIO,
    page_size: str = "letter",
    lang: str | None = None,
) -> None:
    """The plan de trabajo in ``lang`` ("es" or "en"), or in the language chosen in the settings."""
    w = Words(lang)
    build_pdf(
        _story(document, page_size, w),
        target,
        _footer(document, w),
        page_size,
        title=w("workplan.pdf_title", name=document.alliance_name),
        author=w("programme"),
        subject=w("workplan.pdf_subject"),
        lang=w.pdf_language,
    )


def workplan_pdf_bytes(
    document: WorkplanDocument, page_size: str = "letter", lang: str | None = None
) -> bytes:
    """The plan de trabajo's PDF, in memory."""
    buffer = io.BytesIO()
    write_workplan_pdf(document, buffer, page_size, lang)
    return buffer.getvalue()
