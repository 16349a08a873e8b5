"""The informe de evaluación read back: every dimension with its score, escaping, vector charts."""

from __future__ import annotations

import re
from datetime import date

import pytest

from alianzas_desktop.documents.evaluation_pdf import evaluation_pdf_bytes
from alianzas_desktop.domain.evaluation import dimensions
from alianzas_desktop.services import evaluations, nacimiento
from tests.documents.readback import embedded_font_names, read_pdf
from tests.factories import nacimiento_data
from tests.review_factories import add_plan_activity, filled_review

TODAY = date(2026, 11, 30)
HOSTILE = "Aprendimos <b>nada</b> & <img src='x'> 🌱 fin"


@pytest.fixture
def documents(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    add_plan_activity(db, alliance_id)
    first = evaluations.record_review(
        db, filled_review(db, alliance_id, date(2026, 5, 10), base=2), TODAY
    )
    data = filled_review(db, alliance_id, date(2026, 11, 20), base=3, by_partner=True)
    data.learnings = HOSTILE
    data.follow_ups[0].status = "cumplido"
    second = evaluations.record_review(db, data, TODAY)
    return (
        evaluations.evaluation_document(db, first),
        evaluations.evaluation_document(db, second),
    )


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_every_dimension_prints_with_its_score_and_previous(documents, paper):
    _first, latest = documents
    body = read_pdf(evaluation_pdf_bytes(latest, paper)).body
    table = body[body.index("Calificación de cada dimensión") :]
    labels = [d.label for d in dimensions()]
    for n, result in enumerate(latest.dimensions):
        start = table.index(result.label)
        end = table.index(labels[n + 1], start) if n + 1 < len(labels) else len(table)
        row = table[start:end]
        assert f"{result.score}/5" in row, result.label
        assert f"{result.previous}/5" in row, result.label
        assert f"Comentario {n + 1}" in row
    assert "los socios no coinciden" in table
    assert "INFORME DE EVALUACIÓN" in body
    assert "Publicar cada mes los precios de compra" in body and "Nuevo compromiso" in body
    assert "Escuela de campo en La Loma" in body


def test_user_text_is_printed_literally(documents):
    _first, latest = documents
    text = read_pdf(evaluation_pdf_bytes(latest)).body
    assert "<b>nada</b> &" in text and "<img src='x'>" in text


def test_first_evaluation_says_so(documents):
    first, _latest = documents
    text = read_pdf(evaluation_pdf_bytes(first)).body
    assert "Es la primera" in text
    assert "la evolución se verá desde la próxima" in text


def _path_ops(page) -> tuple[int, int]:
    """(lineto count, filled-path count) in a page's content stream."""
    content = page.get_contents().get_data().decode("latin-1")
    return len(re.findall(r"\sl\s", content)), len(re.findall(r"\s(?:b|B|f|b\*|f\*)\s", content))


def test_charts_are_vector_drawings_not_images(documents):
    _first, latest = documents
    data = evaluation_pdf_bytes(latest)
    readback = read_pdf(data)
    reader = readback.reader
    # Page 1 holds the conditions' radar: 5 rings and the two shapes of 4 points, 4 spokes.
    assert "La alianza de un vistazo" in readback.pages[0]
    lines, fills = _path_ops(reader.pages[0])
    assert lines >= 4 * 5 + 4 and fills >= 1
    trend_page = next(i for i, text in enumerate(readback.pages) if "Evolución" in text)
    lines, _fills = _path_ops(reader.pages[trend_page])
    assert lines >= 3 * 5  # the grid lines of three trend charts, and their polylines
    for each in reader.pages:
        xobjects = each["/Resources"].get("/XObject") or {}
        images = [
            name for name, ref in xobjects.items() if ref.get_object().get("/Subtype") == "/Image"
        ]
        assert images == []
    # Three radars, three trend charts and the bars: well over a hundred line segments.
    assert sum(_path_ops(p)[0] for p in reader.pages) > 150


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_every_font_of_the_informe_is_embedded(documents, paper):
    # The charts' drawings started in Helvetica, which reportlab leaves unembedded.
    _first, latest = documents
    fonts = embedded_font_names(evaluation_pdf_bytes(latest, page_size=paper))
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts
