"""The pure rules behind the wizard: validation, warnings, formats, codes."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain import formatting
from alianzas_desktop.domain.nacimiento import (
    NacimientoData,
    contribution_shares,
    inactive_partners,
    missing_sectors,
    validate_all,
    validate_basics,
    validate_partners,
    validate_structure,
)
from alianzas_desktop.domain.verification import normalize_code, verification_code
from alianzas_desktop.domain.vocabulary import Sector
from tests.factories import nacimiento_data

TODAY = date(2026, 11, 25)


def test_complete_data_has_no_errors():
    assert validate_all(nacimiento_data(), TODAY) == {}


def test_required_basics_have_spanish_messages():
    errors = validate_basics(NacimientoData(), TODAY)
    assert errors["name"] == "Escriba el nombre de la alianza."
    assert errors["area"] == "Elija el área de aplicación."
    assert errors["start_date"] == "Indique la fecha de inicio."


def test_absurd_dates_are_refused():
    data = nacimiento_data()
    data.start_date = date(1850, 1, 1)
    assert "no es razonable" in validate_basics(data, TODAY)["start_date"]
    data.start_date = date(2026, 3, 2)
    data.commitments[0].deadline = date(2025, 1, 1)
    errors = validate_all(data, TODAY)
    key = f"commitments.{data.commitments[0].key}.deadline"
    assert errors[key] == "La fecha límite es anterior al inicio de la alianza."


def test_huge_text_is_refused_but_long_text_is_fine():
    data = nacimiento_data()
    data.purpose = "á" * 5_000
    assert "purpose" not in validate_all(data, TODAY)
    data.name = "x" * 201
    assert "demasiado largo" in validate_all(data, TODAY)["name"]


def test_contact_data_needs_consent():
    data = nacimiento_data()
    partner = data.partners[2]
    partner.representative.phone = "3001234567"
    errors = validate_partners(data)
    assert "autorización" in errors[f"partners.{partner.key}.representative.consent"]


def test_duplicate_partner_names_are_refused():
    data = nacimiento_data()
    data.partners[1].name = " alcaldía de sonsón "
    assert f"partners.{data.partners[1].key}.name" in validate_partners(data)


def test_formal_structure_needs_its_legal_figure():
    data = nacimiento_data()
    data.formality = "formal"
    assert "legal_figure" in validate_structure(data)
    data.legal_figure = "Convenio de asociación"
    assert validate_structure(data) == {}


def test_warnings_missing_sector_and_inactive_partner():
    data = nacimiento_data()
    assert missing_sectors(data.partners) == []
    assert missing_sectors(data.partners[:2]) == [Sector.CIVIL_SOCIETY]
    data.commitments = data.commitments[:2]
    assert [p.name for p in inactive_partners(data)] == ["Cooperativa de Productores de La Loma"]


def test_contribution_shares_by_value():
    shares = contribution_shares(nacimiento_data())
    assert round(sum(shares.values()), 6) == 1
    assert sorted(round(v, 3) for v in shares.values()) == [0.0, 0.286, 0.714]


def test_draft_round_trip_keeps_everything():
    data = nacimiento_data()
    data.partners[0].name = "<b>&amp; 😀 ÁÉÍÓÚÑÜ¿¡"
    again = NacimientoData.from_dict(data.to_dict())
    assert again == data


def test_colombian_formats():
    assert formatting.pesos(1_234_567) == "$ 1.234.567"
    assert formatting.long_date(date(2026, 11, 5)) == "5 de noviembre de 2026"
    assert formatting.short_date(date(2026, 11, 5)) == "05/11/2026"


def test_verification_codes():
    code = verification_code("acuerdo", {"a": 1})
    assert code == verification_code("acuerdo", {"a": 1})
    assert code != verification_code("acuerdo", {"a": 2})
    assert len(code) == 14 and code.count("-") == 2
    assert normalize_code(code.lower().replace("-", " ")) == code
