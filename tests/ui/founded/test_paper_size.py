"""Documents come out on the paper of the facilitator's profile (carta unless A4 is chosen)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from alianzas_desktop.profile import Profile, save_profile
from alianzas_desktop.services import meetings
from tests.meeting_factories import convened_meeting, hold_meeting
from tests.ui.app import conftest as app_fixtures
from tests.ui.user_events import click_tab_of

A4_WIDTH, LETTER_WIDTH = 595, 612
no_modal = app_fixtures.no_modal  # previews open without blocking; the ones opened are kept


def _width(pdf: bytes) -> int:
    """The paper's short side in points (the planilla is printed landscape)."""
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return round(min(float(box.width), float(box.height)))


@pytest.mark.parametrize(("paper", "width"), [("a4", A4_WIDTH), ("letter", LETTER_WIDTH)])
def test_agreement_acta_and_planilla_on_the_profile_paper(
    db,
    qtbot,
    page,
    issued_alliance,
    no_modal,
    paper,
    width,
):
    save_profile(Profile(name="Ana Milena Zapata", paper_size=paper))
    data = hold_meeting(
        convened_meeting(db, issued_alliance), meetings.alliance_partners(db, issued_alliance)
    )
    meeting_id = meetings.close_meeting(db, data, None)
    page.reload()

    page.preview_version()
    click_tab_of(qtbot, page.tabs, page.meetings_tab)  # its meetings are read when shown
    page.meetings_tab.show_acta(meeting_id)
    page.meetings_tab.show_attendance_sheet(meeting_id)

    assert [_width(dialog.pdf_bytes) for dialog in no_modal] == [width, width, width]
