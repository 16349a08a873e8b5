"""The informe de evaluación's pictures as reportlab vector drawings.

A radar of one group of dimensions (the latest scores, the previous ones
overlaid), each dimension's trend over the evaluations, and each partner's
fulfilment of commitments as bars. Labels are plain strings drawn on the
canvas (never parsed as markup); they pass through ``printable``.
"""

from __future__ import annotations

import logging
import math
import textwrap
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from alianzas_desktop.documents import fonts
from alianzas_desktop.documents.escaping import printable
from alianzas_desktop.domain.evaluation import MAX_SCORE, MIN_SCORE
from alianzas_desktop.domain.formatting import short_date

logger = logging.getLogger(__name__)

LATEST = colors.HexColor("#1F4E79")
LATEST_FILL = colors.Color(0.12, 0.31, 0.47, alpha=0.25)
PREVIOUS = colors.HexColor("#C0711A")
GRID = colors.HexColor("#9AA5B1")
TEXT = colors.HexColor("#1F2933")
DONE = colors.HexColor("#2F7D4F")
OWED = colors.HexColor("#E4E7EB")
# Distinct, printable in grey too: one per dimension of a group (at most seven).
SERIES = (
    colors.HexColor("#1F4E79"),
    colors.HexColor("#C0711A"),
    colors.HexColor("#2F7D4F"),
    colors.HexColor("#8E3B8E"),
    colors.HexColor("#B22222"),
    colors.HexColor("#5F6B7A"),
    colors.HexColor("#0E8C8C"),
)
LABEL_SIZE = 7.5


def _label(x: float, y: float, text: str, anchor: str = "middle", size: float = LABEL_SIZE):
    return String(
        x,
        y,
        printable(text),
        fontName=fonts.REGULAR,
        fontSize=size,
        fillColor=TEXT,
        textAnchor=anchor,
    )


def _wrapped(text: str, width: int) -> list[str]:
    return textwrap.wrap(printable(text), width) or [""]


def radar_drawing(
    labels: Sequence[str],
    latest: Sequence[int | None],
    previous: Sequence[int | None] | None,
    width: float,
    height: float,
    legend: tuple[str, str] = ("Esta evaluación", "Evaluación anterior"),
) -> Drawing:
    """A radar of scores 1–5: rings per point, one spoke per label, the previous overlaid."""
    fonts.register_fonts()
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)  # not unembedded Helvetica
    count = max(len(labels), 3)
    cx, cy = width / 2, (height - 14) / 2
    radius = min(width / 2 - 80, cy - 30)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / count
        r = radius * value / MAX_SCORE
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    for ring in range(MIN_SCORE, MAX_SCORE + 1):
        ring_points = [c for i in range(count) for c in point(i, ring)]
        drawing.add(Polygon(ring_points, strokeColor=GRID, strokeWidth=0.4, fillColor=None))
        x, y = point(0, ring)
        drawing.add(_label(x + 3, y - 2.5, str(ring), "start", 6))
    for i, text in enumerate(labels):
        x, y = point(i, MAX_SCORE)
        drawing.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.4))
        lx, ly = point(i, MAX_SCORE + 0.45)
        anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
        lines = _wrapped(text, 22)
        step = LABEL_SIZE + 1
        if abs(lx - cx) < 8:  # above or below the radar: the block grows away from it
            top = ly + (len(lines) - 1) * step if ly > cy else ly - LABEL_SIZE / 2
        else:
            top = ly + (len(lines) - 1) * step / 2 - LABEL_SIZE / 3
        for n, line in enumerate(lines):
            drawing.add(_label(lx, top - n * step, line, anchor))

    def shape(values: Sequence[int | None], stroke, fill, dash=None) -> None:
        found = [point(i, v if v else 0) for i, v in enumerate(values)]
        flat = [c for p in found for c in p]
        drawing.add(
            Polygon(flat, strokeColor=stroke, strokeWidth=1.6, fillColor=fill, strokeDashArray=dash)
        )
        for (x, y), value in zip(found, values, strict=False):
            if value:
                drawing.add(Circle(x, y, 2.2, fillColor=stroke, strokeColor=None))

    if previous and any(previous):
        shape(previous, PREVIOUS, None, dash=[3, 2])
    shape(latest, LATEST, LATEST_FILL)
    _legend(drawing, width, height, legend, with_previous=bool(previous and any(previous)))
    return drawing


def _legend(drawing: Drawing, width: float, height: float, texts, with_previous: bool) -> None:
    y = height - 8
    x = 4
    entries = [(texts[0], LATEST, None)]
    if with_previous:
        entries.append((texts[1], PREVIOUS, [3, 2]))
    for text, color, dash in entries:
        drawing.add(
            Line(
                x,
                y + 2.5,
                x + 18,
                y + 2.5,
                strokeColor=color,
                strokeWidth=1.6,
                strokeDashArray=dash,
            )
        )
        drawing.add(_label(x + 22, y, text, "start"))
        x += 30 + stringWidth(printable(text), fonts.REGULAR, LABEL_SIZE)


def trend_drawing(
    dates: Sequence[date],
    series: Sequence[tuple[str, Sequence[int | None]]],
    width: float,
    height: float,
    lang: str = "es",
) -> Drawing:
    """One line per dimension over the evaluations' dates (scores 1–5), with a legend below."""
    fonts.register_fonts()
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)  # not unembedded Helvetica
    legend_rows = math.ceil(len(series) / 2)
    left, right = 22, 12
    bottom = 22 + legend_rows * 11
    top = height - 8
    plot_w, plot_h = width - left - right, top - bottom
    count = len(dates)

    def xy(i: int, value: float) -> tuple[float, float]:
        x = left + (plot_w * i / (count - 1) if count > 1 else plot_w / 2)
        return x, bottom + plot_h * (value - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)

    for value in range(MIN_SCORE, MAX_SCORE + 1):
        _x, y = xy(0, value)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.3))
        drawing.add(_label(left - 4, y - 2.5, str(value), "end", 6.5))
    for i, day in enumerate(dates):
        x, _y = xy(i, MIN_SCORE)
        drawing.add(_label(x, bottom - 10, short_date(day, lang), "middle", 6.5))
    for n, (name, values) in enumerate(series):
        color = SERIES[n % len(SERIES)]
        points = [xy(i, v) for i, v in enumerate(values) if v]
        if len(points) > 1:
            drawing.add(
                PolyLine([c for p in points for c in p], strokeColor=color, strokeWidth=1.4)
            )
        for x, y in points:
            drawing.add(Circle(x, y, 2, fillColor=color, strokeColor=None))
        column, row = n % 2, n // 2
        lx = left + column * (plot_w / 2)
        ly = bottom - 24 - row * 11
        drawing.add(Line(lx, ly + 2.5, lx + 14, ly + 2.5, strokeColor=color, strokeWidth=1.6))
        text = printable(name)
        room = plot_w / 2 - 22
        while text and stringWidth(text, fonts.REGULAR, LABEL_SIZE) > room:
            text = text[:-2] + "…"
        drawing.add(_label(lx + 18, ly, text, "start"))
    return drawing


def fulfilment_drawing(
    rows: Sequence[tuple[str, int, int]],
    width: float,
    bar_height: float = 14,
    share_text: str = "{fulfilled} de {total} ({percent} %)",
) -> Drawing:
    """One horizontal bar per partner: fulfilled commitments out of its total."""
    fonts.register_fonts()
    gap = 8
    height = max(1, len(rows)) * (bar_height + gap) + 6
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)  # not unembedded Helvetica
    label_w = width * 0.38
    bar_w = width - label_w - 70
    for n, (organization, fulfilled, total) in enumerate(rows):
        y = height - (n + 1) * (bar_height + gap)
        text = printable(organization)
        while text and stringWidth(text, fonts.REGULAR, LABEL_SIZE + 0.5) > label_w - 8:
            text = text[:-2] + "…"
        drawing.add(_label(label_w - 6, y + bar_height / 2 - 3, text, "end", LABEL_SIZE + 0.5))
        drawing.add(
            Rect(label_w, y, bar_w, bar_height, fillColor=OWED, strokeColor=GRID, strokeWidth=0.4)
        )
        share = fulfilled / total if total else 0
        if share:
            drawing.add(
                Rect(label_w, y, bar_w * share, bar_height, fillColor=DONE, strokeColor=None)
            )
        drawing.add(
            _label(
                label_w + bar_w + 6,
                y + bar_height / 2 - 3,
                share_text.format(fulfilled=fulfilled, total=total, percent=round(share * 100)),
                "start",
            )
        )
    return drawing
