"""The plan de trabajo PDF: every activity read back, the cronograma drawn as vectors,
escaping, letter and A4, and long plans split across pages and months."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from reportlab.lib.rl_accel import fp_str

from alianzas_desktop.documents.workplan_pdf import (
    BAR_COLOURS,
    MILESTONE_MARK,
    gantt_charts,
    workplan_pdf_bytes,
)
from alianzas_desktop.domain.workplan import (
    PlanActivityLine,
    PlanFlowLine,
    PlanRoleLine,
    WorkplanDocument,
)
from alianzas_desktop.services import nacimiento, workplan
from tests.documents.readback import read_pdf
from tests.factories import nacimiento_data
from tests.workplan_factories import ACTIVITIES, plan_data

ORGS = ("Alcaldía de Sonsón", "Comercializadora <El Páramo> & Cía", "Cooperativa La Loma")


def document(count: int, *, formal: bool = False, days: int = 17) -> WorkplanDocument:
    activities = []
    for i in range(count):
        start = date(2026, 1, 1) + timedelta(days=days * i)
        activities.append(
            PlanActivityLine(
                title=f"Actividad {i + 1:03d} <b>taller</b> & feria",
                organization=ORGS[i % 3],
                person="Ana Ríos" if i % 2 else "",
                start_date=start,
                end_date=start + timedelta(days=45),
                expected_result=f"Resultado {i + 1:03d}",
                commitments=("Alcaldía de Sonsón: dos técnicos",) if i % 2 else (),
                is_milestone=i % 10 == 0,
                status_label="Pendiente",
            )
        )
    return WorkplanDocument(
        alliance_id="a",
        alliance_name="Alianza <script>alert(1)</script> & Co",
        territory="La Loma, Sonsón, Antioquia",
        purpose="Mejorar ingresos",
        formality="formal" if formal else "informal",
        formality_label="Formal" if formal else "Informal",
        activities=tuple(activities),
        flows=(PlanFlowLine("Reunión", "Mensual", "Comité <secretaría>", "Socios", ""),),
        roles=(PlanRoleLine("Coordinación", ORGS[0], "Ana Ríos", "", True),),
        legal_figure="Asociación & convenio" if formal else "",
        convenio_number="CV-2026-014" if formal else "",
        convenio_date=date(2026, 4, 2) if formal else None,
        scan_name="convenio.pdf" if formal else "",
        decision_recording="Actas numeradas",
    )


def _colour_op(colour) -> str:
    """How reportlab writes a fill colour in a content stream: '.180392 .427451 .643137 rg'."""
    return fp_str(*colour.rgb()) + " rg"


def _filled_rectangles(stream: str, colour) -> int:
    """Rectangles filled in ``colour``: the colour set, then a path 'x y w h re' filled."""
    pattern = re.escape(_colour_op(colour)) + r"\n(?:[^\n]*\n){0,5}?n [-\d. ]+ re f\*"
    return len(re.findall(pattern, stream))


def _streams(pdf: bytes) -> list[str]:
    reader = read_pdf(pdf).reader
    return [page.get_contents().get_data().decode("latin-1") for page in reader.pages]


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_stored_plan_prints_every_activity_and_its_parts(db, paper):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    workplan.save_plan(db, plan_data(db, alliance_id), today=date(2026, 11, 30))
    pdf = workplan_pdf_bytes(workplan.plan_document(db, alliance_id), page_size=paper)
    back = read_pdf(pdf)
    text = back.text
    for number, title in enumerate(ACTIVITIES, start=1):
        assert title in back.body, title  # whole in the table
        assert f"{number}. {title[:20]}" in text, title  # its row of the chart
    for expected in (
        "Plan de trabajo",
        "Alianza Frijol del Páramo",
        "Cronograma por meses",
        "Intercambio de información",
        "Secretaría técnica",
        "Habla en nombre de la alianza: María Eugenia Ríos — Alcaldía de Sonsón",
        "En actas numeradas, firmadas por los asistentes",
        "Código de verificación",
        MILESTONE_MARK,
    ):
        assert expected in text, expected
    width = float(back.reader.pages[0].mediabox.width)
    assert round(width) == (612 if paper == "letter" else 595)


def test_the_chart_is_vector_bars_in_the_partners_colours():
    pdf = workplan_pdf_bytes(document(6))
    streams = "\n".join(_streams(pdf))
    # Each partner's bars are filled rectangles in its colour: two activities each, and
    # one square in the legend.
    for colour in BAR_COLOURS[:3]:
        assert _filled_rectangles(streams, colour) == 3, colour
    assert _filled_rectangles(streams, BAR_COLOURS[3]) == 0
    # The milestone is a drawn diamond: a closed path of four lines.
    assert re.search(r"[-\d.]+ [-\d.]+ m( [-\d.]+ [-\d.]+ l){3} h", streams)


def test_user_text_prints_literally():
    pdf = workplan_pdf_bytes(document(3, formal=True))
    text = read_pdf(pdf).text
    assert "Alianza <script>alert(1)</script> & Co" in text
    assert "Actividad 001 <b>taller</b> & feria" in text
    assert "Comercializadora <El Páramo> & Cía" in text
    assert "Comité <secretaría>" in text
    assert "Asociación & convenio" in text and "CV-2026-014" in text
    assert "2 de abril de 2026" in text


def test_a_long_plan_splits_by_rows_and_by_months():
    long = document(80, days=15)
    charts = gantt_charts(long.activities, 17 * 28.35)
    assert len(charts) >= 2  # more than three years: several runs of months
    pdf = workplan_pdf_bytes(long, page_size="a4")
    back = read_pdf(pdf)
    assert len(back.pages) > 4
    for i in range(1, 81):
        assert f"Resultado {i:03d}" in back.text, i
    chart_rows = re.findall(r"(\d+)\. Actividad (\d{3})", back.text)
    assert {int(n) for n, _ in chart_rows} == set(range(1, 81))


def test_emoji_and_invisible_characters_do_not_break_the_document():
    plan = document(2)
    plan = WorkplanDocument(
        **{
            **plan.__dict__,
            "activities": tuple(
                PlanActivityLine(**{**a.__dict__, "title": "Siembra 🌱\u200b fin"})
                for a in plan.activities
            ),
        }
    )
    text = read_pdf(workplan_pdf_bytes(plan)).text
    assert "Siembra □ fin" in text
