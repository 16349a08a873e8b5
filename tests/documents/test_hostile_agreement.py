"""Hostile content: markup, emoji, very long texts and 40 partners never break the acuerdo."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
from alianzas_desktop.documents.escaping import REPLACEMENT
from alianzas_desktop.domain.nacimiento import (
    CommitmentDraft,
    NacimientoData,
    PartnerDraft,
    Representative,
)
from alianzas_desktop.services import agreements, nacimiento
from tests.documents.readback import read_pdf
from tests.factories import nacimiento_data

MARKUP = ["<b>", "&amp;", "</para>", '<a href="x">', '<img src="x"/>']
ACCENTS = "ÁÉÍÓÚÑÜ¿¡"
EMOJI = "🤝 😀"
HOSTILE = " ".join([*MARKUP, ACCENTS])
PARTNERS = 40
SECTORS = ("publico", "privado", "sociedad_civil")


def _long_purpose() -> str:
    sentence = f"Las familias de la vereda {HOSTILE} mejoran sus ingresos {EMOJI}. "
    paragraph = sentence * 12
    text = "\n".join([paragraph] * 20)
    return text[:5000]


def hostile_data() -> NacimientoData:
    data = nacimiento_data()
    data.name = f"Alianza {HOSTILE}"
    data.facilitator = f"Facilitadora {ACCENTS} & <i>"
    data.purpose = _long_purpose()
    data.objectives = f"1. Objetivo {HOSTILE}\n2. Otro {EMOJI}"
    data.decision_rules = f"Por consenso {HOSTILE}"
    data.coordination_body = f"Comité <b>central</b> & {ACCENTS}"
    for check in data.conditions:
        check.note = f"Nota {HOSTILE} {EMOJI}"
    for index in range(len(data.partners), PARTNERS):
        partner = PartnerDraft(
            name=f"Socio {index:02d} {HOSTILE}",
            sector=SECTORS[index % 3],
            identifier=f"900.{index:03d}.000-{index % 10}",
            representative=Representative(
                name=f'Representante {index:02d} <a href="x">Ñandú</a>',
                cargo=f'Cargo <img src="x"/> {index}',
            ),
        )
        data.partners.append(partner)
        data.commitments.append(
            CommitmentDraft(
                partner_key=partner.key,
                description=f"Compromiso {index:02d} {HOSTILE} {EMOJI}",
                kind="especie",
                estimated_value=index * 1_000_000,
                deadline=date(2027, 1, 1 + index % 28),
                logic="etica",
            )
        )
    # One commitment longer than a whole page: the table row must split, not fail.
    data.commitments[0].description = ("Descripción muy larga del compromiso. " * 300).strip()
    return data


@pytest.fixture
def hostile_document(db):
    alliance_id = nacimiento.found_alliance(db, hostile_data())
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    return agreements.agreement_document(db, alliance_id)


def test_hostile_content_prints_literally(hostile_document):
    printed = read_pdf(agreement_pdf_bytes(hostile_document))
    reader = printed.reader
    assert len(reader.pages) > 10
    text = printed.text

    for token in MARKUP:
        assert token in text
    assert HOSTILE in text
    assert f"Alianza {HOSTILE}" in text
    for index in range(3, PARTNERS):
        assert f"Socio {index:02d} {HOSTILE}" in text
        assert f"Compromiso {index:02d} {HOSTILE}" in text
        assert f'Representante {index:02d} <a href="x">Ñandú</a>' in text
    assert "$ 39.000.000" in text
    # Emoji the font cannot print (or reportlab cannot map back) are cleanly replaced.
    assert f"{REPLACEMENT} {REPLACEMENT}" in text
    assert "🤝" not in text and "\x00" not in text
    # The whole 5,000-character purpose is there, paragraph after paragraph.
    purpose = _long_purpose()
    sentence = purpose.split(". ")[0].replace(EMOJI, f"{REPLACEMENT} {REPLACEMENT}")
    assert printed.body.count(sentence) == purpose.count("Las familias de la vereda") - 1
    assert " ".join(purpose.split()[-6:]) in text  # the last sentence is cut short

    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        for annotation in page.get("/Annots") or []:
            assert annotation.get_object().get("/Subtype") != "/Link"
        flat = " ".join(printed.pages[number - 1].split())
        assert f"Página {number} de {total}" in flat
        # The long alliance name is shortened in the footer, never the version.
        assert "Acuerdo de compromisos · Versión 1" in flat

    last = " ".join(printed.pages[-1].split())
    assert "testigo" in last
    assert f"Facilitadora {ACCENTS} & <i>" in last


def test_hostile_commitment_tables_repeat_their_header(hostile_document):
    printed = read_pdf(agreement_pdf_bytes(hostile_document, page_size="a4"))
    # The very long commitment splits across pages; its table header comes back on each.
    pages_with_long_text = [
        page for page in printed.pages if "Descripción muy larga del compromiso" in page
    ]
    assert len(pages_with_long_text) >= 2
    for page in pages_with_long_text:
        assert "Valor estimado" in " ".join(page.split())
