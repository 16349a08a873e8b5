"""The Nacimiento wizard's data: its draft round trip, its checks and its warnings."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.nacimiento import (
    MONEY_MAX,
    CommitmentDraft,
    ConditionCheck,
    NacimientoData,
    PartnerDraft,
    Representative,
    contribution_shares,
    inactive_partners,
    missing_sectors,
    validate_all,
    validate_basics,
    validate_commitment,
    validate_commitments,
    validate_partner,
    validate_partners,
    validate_purpose,
    validate_structure,
)
from alianzas_desktop.domain.vocabulary import Condition, Sector
from tests.factories import nacimiento_data

TODAY = date(2026, 11, 25)
FAR_TODAY = date(2040, 6, 1)  # far from the real clock: shows that ``today`` is the one used
TOO_LONG_200 = "El texto es demasiado largo: máximo 200 caracteres."
TOO_LONG_20000 = "El texto es demasiado largo: máximo 20.000 caracteres."
UNREASONABLE = "La fecha no es razonable: debe estar entre 1990 y 2056."
CONDITION_CODES = [
    "relaciones_abiertas",
    "socios_activos",
    "complementariedad",
    "proposito_comun",
]


# -- draft round trip ------------------------------------------------------------------


def test_new_data_has_every_condition_unmet_in_order():
    data = NacimientoData()
    assert [c.condition for c in data.conditions] == CONDITION_CODES
    assert all(not c.met and c.note == "" for c in data.conditions)
    # Each new draft gets its own list.
    assert data.conditions is not NacimientoData().conditions


def test_to_dict_writes_dates_as_iso_text():
    data = nacimiento_data()
    as_dict = data.to_dict()
    assert as_dict["start_date"] == "2026-03-02"
    assert as_dict["partners"][0]["representative"]["consent_date"] == "2026-03-02"
    assert as_dict["commitments"][0]["deadline"] == "2026-12-15"
    assert as_dict["conditions"][0] == {
        "condition": "relaciones_abiertas",
        "met": True,
        "note": "Revisado en la reunión de lanzamiento",
    }


def test_round_trip_keeps_everything():
    data = nacimiento_data()
    data.partners[0].name = "<b>&amp; 😀 ÁÉÍÓÚÑÜ¿¡"
    assert NacimientoData.from_dict(data.to_dict()) == data


def test_from_dict_of_an_older_or_newer_draft():
    data = NacimientoData.from_dict(
        {
            "name": "Alianza",
            "unknown_field": 1,
            "start_date": "2026-03-02",
            "partners": [
                {
                    "key": "p1",
                    "name": "Cooperativa",
                    "future_field": "x",
                    "representative": {
                        "name": "Luz",
                        "consent_date": "2026-01-31",
                        "future": True,
                    },
                },
                {"key": "p2"},
            ],
            "commitments": [
                {"key": "c1", "partner_key": "p1", "estimated_value": "1500", "extra": 0},
                {"key": "c2", "estimated_value": "mil"},
                {"key": "c3", "estimated_value": [1]},
                {"key": "c4", "deadline": "2027-06-30"},
            ],
            "conditions": [
                {"condition": "socios_activos", "met": 1, "note": None},
                {"condition": "proposito_comun", "note": "Claro"},
                {"condition": "retirada", "met": True},
                "no es un dict",
            ],
        }
    )
    assert data.name == "Alianza"
    assert data.start_date == date(2026, 3, 2)
    first, second = data.partners
    assert (first.key, first.name) == ("p1", "Cooperativa")
    assert first.representative == Representative(name="Luz", consent_date=date(2026, 1, 31))
    assert second.key == "p2" and second.representative == Representative()
    values = {c.key: c.estimated_value for c in data.commitments}
    assert values == {"c1": 1500, "c2": None, "c3": None, "c4": None}
    assert data.commitments[0].partner_key == "p1"
    assert data.commitments[3].deadline == date(2027, 6, 30)
    assert data.commitments[0].deadline is None
    assert data.conditions == [
        ConditionCheck("relaciones_abiertas", False, ""),
        ConditionCheck("socios_activos", True, ""),
        ConditionCheck("complementariedad", False, ""),
        ConditionCheck("proposito_comun", False, "Claro"),
    ]


def test_from_dict_of_an_empty_draft():
    data = NacimientoData.from_dict({"partners": None, "commitments": None, "conditions": None})
    assert data == NacimientoData(conditions=data.conditions)
    assert data.partners == [] and data.commitments == []
    assert [c.condition for c in data.conditions] == CONDITION_CODES
    assert NacimientoData.from_dict({}).start_date is None


def test_partner_commitments_and_condition_lookups():
    data = nacimiento_data()
    first = data.partners[0]
    assert data.partner(first.key) is first
    assert data.partner("no-such-key") is None
    assert data.commitments_of(first.key) == [data.commitments[0]]
    assert data.commitments_of("no-such-key") == []
    assert data.condition("socios_activos") is data.conditions[1]
    added = data.condition("nueva")
    assert added == ConditionCheck(condition="nueva")
    assert data.conditions[-1] is added
    assert len(data.conditions) == 5


# -- basics ------------------------------------------------------------------------------


def test_empty_basics_ask_for_every_required_field():
    assert validate_basics(NacimientoData(), TODAY) == {
        "name": "Escriba el nombre de la alianza.",
        "departamento": "Escriba el departamento.",
        "municipio": "Escriba el municipio.",
        "facilitator": "Escriba el nombre de quien facilita.",
        "area": "Elija el área de aplicación.",
        "start_date": "Indique la fecha de inicio.",
    }


@pytest.mark.parametrize("name", ["name", "departamento", "municipio", "vereda", "facilitator"])
def test_short_basics_allow_200_characters(name):
    data = nacimiento_data()
    setattr(data, name, "ñ" * 200)
    assert validate_basics(data, TODAY) == {}
    setattr(data, name, "ñ" * 201)
    assert validate_basics(data, TODAY) == {name: TOO_LONG_200}


def test_area_must_be_one_of_the_methodology():
    data = nacimiento_data()
    data.area = "cultura"
    assert validate_basics(data, TODAY) == {"area": "Elija el área de aplicación."}


def test_start_date_limits():
    data = nacimiento_data()
    data.start_date = date(1989, 12, 31)
    assert validate_basics(data, TODAY) == {"start_date": UNREASONABLE}
    data.start_date = date(1990, 1, 1)
    assert validate_basics(data, TODAY) == {}
    data.start_date = date(2031, 12, 31)  # five years ahead
    assert validate_basics(data, TODAY) == {}
    data.start_date = date(2032, 1, 1)
    assert validate_basics(data, TODAY) == {
        "start_date": "La fecha de inicio está demasiado lejos en el futuro."
    }


def test_start_date_is_judged_against_the_given_today():
    data = nacimiento_data()
    data.start_date = date(2045, 12, 31)
    assert validate_basics(data, FAR_TODAY) == {}
    data.start_date = date(2046, 1, 1)
    assert "start_date" in validate_basics(data, FAR_TODAY)
    # Without a date, today is the machine's.
    data.start_date = date(date.today().year + 5, 12, 31)
    assert validate_basics(data) == {}
    data.start_date = date(date.today().year + 6, 1, 1)
    assert validate_basics(data) == {
        "start_date": "La fecha de inicio está demasiado lejos en el futuro."
    }


# -- partners ----------------------------------------------------------------------------


def _partner(**values) -> PartnerDraft:
    partner = PartnerDraft(key="p", name="Alcaldía", sector="publico")
    for name, value in values.items():
        setattr(partner, name, value)
    return partner


def test_a_minimal_partner_is_valid():
    assert validate_partner(_partner()) == {}


def test_an_empty_partner():
    assert validate_partner(PartnerDraft(key="k", influence="")) == {
        "partners.k.name": "Escriba el nombre de la organización.",
        "partners.k.sector": "Elija el sector de la organización.",
        "partners.k.influence": "Elija el nivel de influencia.",
    }


@pytest.mark.parametrize(
    ("attr", "limit"),
    [("name", 200), ("identifier", 40), ("interests", 20_000), ("contribution", 20_000)],
)
def test_partner_text_limits(attr, limit):
    assert validate_partner(_partner(**{attr: "a" * limit})) == {}
    message = f"El texto es demasiado largo: máximo {limit:,} caracteres.".replace(",", ".")
    errors = validate_partner(_partner(**{attr: "a" * (limit + 1)}))
    assert errors == {f"partners.p.{attr}": message}


@pytest.mark.parametrize(
    ("attr", "limit"), [("name", 200), ("cargo", 200), ("document_number", 30), ("phone", 40)]
)
def test_representative_text_limits(attr, limit):
    # Contact data needs consent; it is given so only the length is judged.
    rep = Representative(consent=True, **{attr: "1" * limit})
    assert validate_partner(_partner(representative=rep)) == {}
    rep = Representative(consent=True, **{attr: "1" * (limit + 1)})
    message = f"El texto es demasiado largo: máximo {limit} caracteres."
    errors = validate_partner(_partner(representative=rep))
    assert errors == {f"partners.p.representative.{attr}": message}


@pytest.mark.parametrize(
    "email", ["a@b.co", "agricultura@sonson.gov.co", "  luz.dary+coop@correo.com.co  "]
)
def test_valid_emails(email):
    rep = Representative(email=email, consent=True)
    assert validate_partner(_partner(representative=rep)) == {}


@pytest.mark.parametrize(
    "email", ["ab.co", "a@b", "a@bco", "@b.co", "a@.co", "a@b.", "a b@c.co", "a@b.co x", "a@@b.co"]
)
def test_invalid_emails(email):
    rep = Representative(email=email, consent=True)
    assert validate_partner(_partner(representative=rep)) == {
        "partners.p.representative.email": "El correo electrónico no es válido."
    }


@pytest.mark.parametrize(
    "contact", [{"phone": "3001234567"}, {"email": "a@b.co"}, {"document_number": "43.123.456"}]
)
def test_each_kind_of_contact_data_needs_consent(contact):
    rep = Representative(name="Luz", **contact)
    assert validate_partner(_partner(representative=rep)) == {
        "partners.p.representative.consent": (
            "Para guardar documento, teléfono o correo, marque la autorización de "
            "tratamiento de datos personales."
        )
    }
    rep.consent = True
    assert validate_partner(_partner(representative=rep)) == {}


def test_blank_contact_data_needs_no_consent():
    rep = Representative(name="Luz", cargo="Gerente", phone="  ", document_number="\x00")
    assert validate_partner(_partner(representative=rep)) == {}


@pytest.mark.parametrize("influence", ["alta", "media", "baja"])
def test_influence_levels(influence):
    assert validate_partner(_partner(influence=influence)) == {}
    assert validate_partner(_partner(influence="enorme")) == {
        "partners.p.influence": "Elija el nivel de influencia."
    }


def test_an_alliance_needs_two_partners():
    message = {"partners": "Una alianza necesita al menos dos socios."}
    data = NacimientoData()
    assert validate_partners(data) == message
    data.partners = [_partner(key="a")]
    assert validate_partners(data) == message
    data.partners.append(_partner(key="b", name="Cooperativa"))
    assert validate_partners(data) == {}


def test_partner_errors_are_gathered_for_each_partner():
    data = NacimientoData(partners=[_partner(key="a"), _partner(key="b", name="", sector="x")])
    assert validate_partners(data) == {
        "partners.b.name": "Escriba el nombre de la organización.",
        "partners.b.sector": "Elija el sector de la organización.",
    }


def test_the_same_organization_twice_is_refused_ignoring_case_and_blanks():
    data = NacimientoData(
        partners=[
            _partner(key="a", name="Alcaldía de Sonsón"),
            _partner(key="b", name="Cooperativa"),
            _partner(key="c", name=" alcaldía DE SONSÓN "),
        ]
    )
    assert validate_partners(data) == {
        "partners.c.name": "Esta organización ya está en la lista.",
    }


def test_two_unnamed_partners_are_not_called_duplicates():
    data = NacimientoData(partners=[_partner(key="a", name=""), _partner(key="b", name="")])
    errors = validate_partners(data)
    assert errors["partners.a.name"] == "Escriba el nombre de la organización."
    assert errors["partners.b.name"] == "Escriba el nombre de la organización."


# -- purpose -----------------------------------------------------------------------------


def test_purpose_is_required():
    assert validate_purpose(NacimientoData()) == {"purpose": "Escriba el propósito común."}
    assert validate_purpose(NacimientoData(purpose="Mejorar los ingresos")) == {}


def test_purpose_objectives_and_notes_limits():
    data = NacimientoData(purpose="p" * 20_000, objectives="o" * 20_000)
    data.conditions[2].note = "n" * 20_000
    assert validate_purpose(data) == {}
    data = NacimientoData(purpose="p" * 20_001, objectives="o" * 20_001)
    data.conditions[2].note = "n" * 20_001
    assert validate_purpose(data) == {
        "purpose": TOO_LONG_20000,
        "objectives": TOO_LONG_20000,
        "conditions.complementariedad": TOO_LONG_20000,
    }


# -- commitments -------------------------------------------------------------------------


def _commitment(**values) -> CommitmentDraft:
    commitment = CommitmentDraft(
        key="c",
        partner_key="a",
        description="Dos técnicos",
        kind="talento_humano",
        deadline=date(2026, 12, 15),
        logic="tecnica",
    )
    for name, value in values.items():
        setattr(commitment, name, value)
    return commitment


def test_a_complete_commitment_is_valid():
    assert validate_commitment(_commitment(), date(2026, 3, 2), TODAY) == {}


def test_an_empty_commitment():
    assert validate_commitment(CommitmentDraft(key="k", kind="", logic=""), None, TODAY) == {
        "commitments.k.description": "Escriba en qué consiste el compromiso.",
        "commitments.k.kind": "Elija el tipo de aporte.",
        "commitments.k.logic": "Elija la lógica del compromiso.",
        "commitments.k.deadline": "Indique la fecha límite.",
    }


def test_commitment_description_limit():
    assert validate_commitment(_commitment(description="d" * 20_000), None, TODAY) == {}
    assert validate_commitment(_commitment(description="d" * 20_001), None, TODAY) == {
        "commitments.c.description": TOO_LONG_20000
    }


@pytest.mark.parametrize("value", [None, 0, 1, 850_000_000, MONEY_MAX])
def test_reasonable_estimated_values(value):
    assert validate_commitment(_commitment(estimated_value=value), None, TODAY) == {}


@pytest.mark.parametrize("value", [-1, MONEY_MAX + 1])
def test_unreasonable_estimated_values(value):
    assert MONEY_MAX == 10**15
    assert validate_commitment(_commitment(estimated_value=value), None, TODAY) == {
        "commitments.c.estimated_value": "El valor estimado no es razonable."
    }


def test_deadline_and_the_start_of_the_alliance():
    start = date(2026, 3, 2)
    assert validate_commitment(_commitment(deadline=start), start, TODAY) == {}
    assert validate_commitment(_commitment(deadline=date(2026, 3, 1)), start, TODAY) == {
        "commitments.c.deadline": "La fecha límite es anterior al inicio de la alianza."
    }
    # Without a start date nothing is compared.
    assert validate_commitment(_commitment(deadline=date(2026, 3, 1)), None, TODAY) == {}


def test_an_absurd_deadline_says_so_rather_than_comparing_with_the_start():
    errors = validate_commitment(_commitment(deadline=date(1989, 12, 31)), date(2026, 3, 2), TODAY)
    assert errors == {"commitments.c.deadline": UNREASONABLE}


def test_deadline_range_follows_the_given_today():
    assert validate_commitment(_commitment(deadline=date(2070, 12, 31)), None, FAR_TODAY) == {}
    assert validate_commitment(_commitment(deadline=date(2070, 12, 31)), None) == {
        "commitments.c.deadline": (
            f"La fecha no es razonable: debe estar entre 1990 y {date.today().year + 30}."
        )
    }


def test_commitments_need_a_known_partner_and_at_least_one():
    data = NacimientoData(partners=[_partner(key="a")], start_date=date(2026, 3, 2))
    assert validate_commitments(data, TODAY) == {"commitments": "Registre al menos un compromiso."}
    data.commitments = [_commitment(), _commitment(key="d", partner_key="zz")]
    assert validate_commitments(data, TODAY) == {
        "commitments.d.partner_key": "Elija el socio responsable."
    }


def test_commitments_are_checked_against_the_start_and_today_given():
    data = NacimientoData(partners=[_partner(key="a")], start_date=date(2027, 1, 1))
    data.commitments = [_commitment(deadline=date(2026, 12, 31))]
    assert validate_commitments(data, TODAY) == {
        "commitments.c.deadline": "La fecha límite es anterior al inicio de la alianza."
    }
    data.start_date = None
    data.commitments = [_commitment(deadline=date(2070, 1, 1))]
    assert validate_commitments(data, FAR_TODAY) == {}


# -- structure ---------------------------------------------------------------------------


def test_empty_structure_asks_for_what_is_required():
    assert validate_structure(NacimientoData()) == {
        "coordination_body": "Escriba la instancia de coordinación.",
        "decision_rules": "Escriba cómo se toman las decisiones.",
        "meeting_rhythm": "Escriba cada cuánto se reúnen.",
        "duration": "Escriba la duración.",
    }


def test_formality_and_complexity_codes():
    data = nacimiento_data()
    data.formality = "secreta"
    data.complexity = "enorme"
    assert validate_structure(data) == {
        "formality": "Indique si la alianza es formal o informal.",
        "complexity": "Indique si la organización es simple o compleja.",
    }
    data.formality, data.complexity = "informal", "compleja"
    assert validate_structure(data) == {}


def test_only_a_formal_alliance_needs_its_legal_figure():
    data = nacimiento_data()
    data.formality = "formal"
    assert validate_structure(data) == {
        "legal_figure": "Escriba la figura jurídica (por ejemplo, convenio de asociación)."
    }
    data.legal_figure = "Convenio de asociación"
    assert validate_structure(data) == {}
    data.formality = "informal"
    data.legal_figure = ""
    assert validate_structure(data) == {}


@pytest.mark.parametrize(
    ("attr", "limit"),
    [
        ("legal_figure", 200),
        ("coordination_body", 200),
        ("coordination_members", 20_000),
        ("decision_rules", 20_000),
        ("meeting_rhythm", 200),
        ("duration", 200),
    ],
)
def test_structure_limits(attr, limit):
    data = nacimiento_data()
    setattr(data, attr, "s" * limit)
    assert validate_structure(data) == {}
    setattr(data, attr, "s" * (limit + 1))
    message = f"El texto es demasiado largo: máximo {limit:,} caracteres.".replace(",", ".")
    assert validate_structure(data) == {attr: message}


# -- all together ------------------------------------------------------------------------


def test_validate_all_gathers_every_step():
    data = nacimiento_data()
    assert validate_all(data, TODAY) == {}
    data.name = ""
    data.partners = data.partners[:1]
    data.purpose = ""
    data.commitments[0].description = ""
    data.duration = ""
    key = data.commitments[0].key
    assert validate_all(data, TODAY) == {
        "name": "Escriba el nombre de la alianza.",
        "partners": "Una alianza necesita al menos dos socios.",
        "purpose": "Escriba el propósito común.",
        f"commitments.{key}.description": "Escriba en qué consiste el compromiso.",
        f"commitments.{data.commitments[1].key}.partner_key": "Elija el socio responsable.",
        f"commitments.{data.commitments[2].key}.partner_key": "Elija el socio responsable.",
        "duration": "Escriba la duración.",
    }


def test_validate_all_passes_today_on():
    data = nacimiento_data()
    data.start_date = date(2045, 1, 1)
    data.commitments = [c for c in data.commitments if c.deadline]
    for commitment in data.commitments:
        commitment.deadline = date(2070, 1, 1)
    assert validate_all(data, FAR_TODAY) == {}
    errors = validate_all(data, TODAY)
    assert errors["start_date"] == "La fecha de inicio está demasiado lejos en el futuro."
    assert errors[f"commitments.{data.commitments[0].key}.deadline"] == UNREASONABLE


# -- warnings ----------------------------------------------------------------------------


def test_missing_sectors_in_methodology_order():
    assert missing_sectors([]) == [Sector.PUBLIC, Sector.PRIVATE, Sector.CIVIL_SOCIETY]
    partners = [_partner(sector="sociedad_civil"), _partner(sector="publico")]
    assert missing_sectors(partners) == [Sector.PRIVATE]
    partners.append(_partner(sector="privado"))
    assert missing_sectors(partners) == []


def test_inactive_partners_are_those_without_commitments():
    data = nacimiento_data()
    assert inactive_partners(data) == []
    data.commitments = data.commitments[1:]
    assert inactive_partners(data) == [data.partners[0]]
    data.commitments = []
    assert inactive_partners(data) == data.partners


def _shares_data(*commitments: tuple[str, int | None]) -> NacimientoData:
    data = NacimientoData(partners=[_partner(key="a"), _partner(key="b"), _partner(key="c")])
    data.commitments = [
        _commitment(key=str(n), partner_key=p, estimated_value=v)
        for n, (p, v) in enumerate(commitments)
    ]
    return data


def test_contribution_shares_by_estimated_value():
    data = _shares_data(("a", 30), ("b", 10), ("a", 60), ("b", None), ("zz", 1_000))
    assert contribution_shares(data) == {"a": 0.9, "b": 0.1, "c": 0.0}


def test_contribution_shares_by_count_when_nothing_has_a_value():
    data = _shares_data(("a", None), ("b", 0), ("a", None), ("a", None), ("zz", None))
    assert contribution_shares(data) == {"a": 0.75, "b": 0.25, "c": 0.0}


def test_contribution_shares_without_commitments_are_zero():
    assert contribution_shares(_shares_data()) == {"a": 0.0, "b": 0.0, "c": 0.0}
    assert contribution_shares(NacimientoData()) == {}


def test_conditions_cover_the_methodology():
    assert [c.value for c in Condition] == CONDITION_CODES


def test_an_absurd_start_date_is_called_absurd_not_just_far_away():
    data = nacimiento_data()
    data.start_date = date(2057, 1, 1)  # beyond both limits: the first message stands
    assert validate_basics(data, TODAY) == {"start_date": UNREASONABLE}
