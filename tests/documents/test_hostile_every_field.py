"""Every free-text field of the acuerdo and the acta prints literally, markup and all.

The fields are found by walking the content dataclasses (tests/documents/free_text.py),
so a field added later is filled and checked here without editing this test.
"""

from __future__ import annotations

from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
from alianzas_desktop.services import agreements, meetings, nacimiento
from tests.documents.free_text import HOSTILE, fill_hostile, free_text_fields
from tests.documents.readback import read_pdf
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting

# Personal data the acuerdo does not print, on purpose (habeas data: Ley 1581 de 2012).
PERSONAL = {"document_number", "phone", "email", "consent_witness"}
# Kept in the agreement's content (and checked there) but not printed in the acuerdo.
STORED_ONLY = {"interests", "contribution"}


def _flat(text: str) -> str:
    """Without whitespace: a narrow table cell wraps a value, extraction then adds spaces."""
    return "".join(text.split())


def _not_literal(written: dict[str, str], text: str) -> list[str]:
    """Fields missing from ``text``, or printed somewhere other than literally."""
    flat = _flat(text)
    wrong = []
    for where, value in written.items():
        printed = flat.count(_flat(value))
        if printed == 0 or printed != flat.count(value.split()[0]):
            wrong.append(where)
    return wrong


def test_the_walk_finds_the_free_text_and_leaves_codes_and_keys():
    found = {where for _owner, _name, where in free_text_fields(nacimiento_data())}
    assert {"duration", "meeting_rhythm", "coordination_members", "partners[1].interests"} <= found
    assert "partners[0].contribution" in found and "partners[0].identifier" in found
    assert not any(where.endswith((".sector", ".key", "area", ".logic")) for where in found)


def test_every_free_text_field_of_the_agreement_prints_literally(db):
    data = nacimiento_data()
    data.formality = "formal"  # so the legal figure is printed too
    written = fill_hostile(data, skip=PERSONAL)
    assert len(written) > 30
    alliance_id = nacimiento.found_alliance(db, data)
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    document = agreements.agreement_document(db, alliance_id)
    text = read_pdf(agreement_pdf_bytes(document)).text

    printed = {k: v for k, v in written.items() if k.rsplit(".", 1)[-1] not in STORED_ONLY}
    assert _not_literal(printed, text) == [], "no impresos literalmente"
    assert "<b>x</b>" in text and "&amp;" in text and HOSTILE in text
    stored = [p[key] for p in document.content["parties"] for key in sorted(STORED_ONLY)]
    assert stored == [
        written[f"partners[{i}].{key}"] for i in range(3) for key in sorted(STORED_ONLY)
    ]


def _from_a_record(owner, name: str) -> bool:
    return (name == "name" and getattr(owner, "person_id", None) is not None) or (
        name == "organization" and getattr(owner, "organization_id", None) is not None
    )


def test_every_free_text_field_of_the_acta_prints_literally(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    # A known person's or partner's name prints from their record, not from the entry;
    # a guardian prints only for a minor (tests/documents/test_acta_pdf.py).
    written = fill_hostile(data, skip=PERSONAL | {"guardian"}, fixed=_from_a_record)
    assert len(written) > 15
    meetings.close_meeting(db, data, meeting_id)
    text = read_pdf(acta_pdf_bytes(meetings.acta_document(db, meeting_id))).text

    assert _not_literal(written, text) == [], "no impresos literalmente"
    assert "<b>x</b>" in text and "&amp;" in text
