"""A table's repeated header row prints only at the top of each part of the table.

reportlab splits a table between rows first; when the next row does not fit whole, the
rest of the table (its header repeated) is asked to split again in what is left of the
page, and a row allowed to split inside began there, under a second header in the middle
of the page (blocks.SplittingTable splits inside that row instead). Read back with pypdf:
the line above each header is the table's heading, or nothing (the top of the page).
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
from alianzas_desktop.domain.meeting import AttendeeEntry
from alianzas_desktop.services import meetings, nacimiento
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting

HEADER = "Organización / sector"
HEADINGS = {"Asistentes", "Invitados"}
CARGO_WORDS = 60  # a cargo of one word a line: a row about a page tall
LONG_CARGO = " ".join(f"renglon{i:02d}" for i in range(CARGO_WORDS))


def _lines(page) -> list[tuple[float, str]]:
    """Each piece of text with its height on the page, from the top of the page down."""
    found = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            found.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text.strip()))

    page.extract_text(visitor_text=visit)
    return sorted(found, key=lambda line: -line[0])


def _headers_not_at_the_top(pdf: bytes) -> list[tuple[int, str]]:
    """Each header row with text above it other than its table's heading: (page, that text)."""
    misplaced = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        lines = _lines(page)
        for height, text in lines:
            if text != HEADER:
                continue
            above = [line for line in lines if line[0] > height + 1]
            if above and above[-1][1] not in HEADINGS:
                misplaced.append((number, above[-1][1]))
    return misplaced


def _pages_with(pdf: bytes, text: str) -> list[int]:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [n for n, page in enumerate(pages, start=1) if any(t == text for _, t in _lines(page))]


@pytest.fixture
def acta(db):
    """Members with organisations of one to three lines, and one whose cargo fills a page."""
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    for index in range(16):
        data.attendees.append(
            AttendeeEntry(
                name=f"Asociado {index:02d}",
                organization="Cooperativa de Productores de La Loma " * (1 + index % 3),
                sector="sociedad_civil",
                cargo=LONG_CARGO if index == 9 else "Asociado",
                status="asistio",
            )
        )
    meetings.close_meeting(db, data, meeting_id)
    return meetings.acta_document(db, meeting_id)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_attendance_header_prints_only_at_the_top_of_each_part(acta, paper):
    pdf = acta_pdf_bytes(acta, page_size=paper)
    # The long cargo's row splits across pages (so the test tests what it says).
    first, last = _pages_with(pdf, "renglon00"), _pages_with(pdf, f"renglon{CARGO_WORDS - 1}")
    assert first and last and first[0] < last[0]
    assert len(_pages_with(pdf, HEADER)) >= 3
    assert _headers_not_at_the_top(pdf) == []
    # The rest of the split row goes on under the header at the top of the next page.
    top = _lines(PdfReader(io.BytesIO(pdf)).pages[last[0] - 1])
    assert HEADER in [text for _, text in top[:8]]
