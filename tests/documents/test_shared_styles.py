"""The documents' paragraph styles are made once per process: printing never changes them."""

from __future__ import annotations

import dataclasses

from alianzas_desktop.documents.acta_pdf import kicker_style
from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
from alianzas_desktop.documents.page import make_styles
from alianzas_desktop.services import agreements, nacimiento
from tests.factories import nacimiento_data


def _described(style) -> dict:
    return {k: (v.name if k == "parent" and v is not None else v) for k, v in vars(style).items()}


def test_printing_leaves_the_shared_styles_as_made(db):
    shared = make_styles()
    assert make_styles() is shared
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    agreement_pdf_bytes(agreements.agreement_document(db, alliance_id), lang="es")
    agreement_pdf_bytes(agreements.agreement_document(db, alliance_id), lang="en")
    fresh = make_styles.__wrapped__()
    for field in dataclasses.fields(fresh):
        assert _described(getattr(shared, field.name)) == _described(getattr(fresh, field.name))
    assert _described(kicker_style(shared)) == _described(kicker_style.__wrapped__(fresh))
