"""Proyección rules, field by field: exact messages, limits at the limit and one past it,
dates at their edges, and the draft's dict with every field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from alianzas_desktop.domain.projection import (
    MAX_PARTNER_CHANGES,
    MAX_REPLICATIONS,
    MAX_SUSTAINABILITY,
    WHAT_MAX,
    BenefitEntry,
    JoiningEntry,
    ProjectionData,
    ReplicationEntry,
    RetirementEntry,
    SustainabilityEntry,
    all_benefits,
    validate_benefits,
    validate_partners,
    validate_projection,
    validate_replications,
    validate_sustainability,
)

TODAY = date(2027, 3, 1)
START = date(2026, 3, 2)
# A "today" far from the real one: a rule that ignored the given day would judge differently.
FAR = date(2070, 6, 1)
UNREASONABLE = "La fecha no es razonable: debe estar entre 1990 y 2057."
FIVE = [
    "tejido_social",
    "recursos_respuesta_institucional",
    "garantias_sostenibilidad",
    "aprendizaje_social",
    "valorar_diversidad",
]


def _long(limit: int) -> str:
    return f"El texto es demasiado largo: máximo {limit:,} caracteres.".replace(",", ".")


def _plan(**values) -> ProjectionData:
    item = SustainabilityEntry(key="s", what="Mantener el centro de acopio", **values)
    return ProjectionData(alliance_id="a", sustainability=[item])


# -- defaults and the dict of a draft ----------------------------------------------------------


def test_defaults():
    item = SustainabilityEntry()
    assert (item.what, item.funding, item.due_on) == ("", "", None)
    assert item.policy_path == "organizaciones_socias"
    assert (item.logic, item.kind) == ("politica", "especie")
    assert (item.responsible_membership_id, item.commitment_id) == ("", "")
    assert len(item.key) == 36 and item.key != SustainabilityEntry().key
    rep = ReplicationEntry()
    assert (rep.kind, rep.place, rep.with_whom, rep.adaptations) == ("replica", "", "", "")
    assert RetirementEntry().on is None and RetirementEntry().reason == ""
    joining = JoiningEntry()
    assert (joining.name, joining.sector, joining.interests, joining.contribution) == ("",) * 4
    benefit = BenefitEntry()
    assert (benefit.benefit, benefit.observed, benefit.evidence, benefit.observed_on) == (
        "tejido_social",
        False,
        "",
        None,
    )
    data = ProjectionData()
    assert (data.alliance_id, data.closes, data.closing_reason) == ("", False, "")
    assert data.sustainability == data.replications == data.retirements == data.joinings == []
    assert [b.benefit for b in data.benefits] == FIVE
    assert [b.benefit for b in all_benefits()] == FIVE
    assert not any(b.observed for b in all_benefits())


def test_becomes_commitment_needs_both_date_and_partner():
    assert not SustainabilityEntry().becomes_commitment
    assert not SustainabilityEntry(due_on=TODAY).becomes_commitment
    assert not SustainabilityEntry(responsible_membership_id="m").becomes_commitment
    assert SustainabilityEntry(due_on=TODAY, responsible_membership_id="m").becomes_commitment


def test_benefit_finds_by_code():
    data = ProjectionData()
    assert data.benefit("aprendizaje_social") is data.benefits[3]
    with pytest.raises(StopIteration):
        data.benefit("otro")


def _full() -> ProjectionData:
    return ProjectionData(
        alliance_id="a1",
        sustainability=[
            SustainabilityEntry(
                key="s1",
                what="Centro de acopio",
                funding="Alcaldía",
                policy_path="plan_municipal",
                due_on=date(2027, 5, 4),
                responsible_membership_id="m1",
                logic="tecnica",
                kind="dinero",
                commitment_id="c1",
            )
        ],
        replications=[
            ReplicationEntry(
                key="r1", kind="escalamiento", place="Abejorral", with_whom="JAC", adaptations="x"
            )
        ],
        retirements=[
            RetirementEntry(key="t1", membership_id="m2", on=date(2027, 1, 2), reason="r")
        ],
        joinings=[
            JoiningEntry(
                key="j1", name="Fundación Ñ", sector="privado", interests="i", contribution="c"
            )
        ],
        closes=True,
        closing_reason="Cumplió",
        benefits=[
            BenefitEntry(
                benefit=code, observed=True, evidence=f"e{n}", observed_on=date(2027, 2, n)
            )
            for n, code in enumerate(FIVE, start=1)
        ],
    )


FULL_DICT = {
    "alliance_id": "a1",
    "sustainability": [
        {
            "key": "s1",
            "what": "Centro de acopio",
            "funding": "Alcaldía",
            "policy_path": "plan_municipal",
            "due_on": "2027-05-04",
            "responsible_membership_id": "m1",
            "logic": "tecnica",
            "kind": "dinero",
            "commitment_id": "c1",
        }
    ],
    "replications": [
        {
            "key": "r1",
            "kind": "escalamiento",
            "place": "Abejorral",
            "with_whom": "JAC",
            "adaptations": "x",
        }
    ],
    "retirements": [{"key": "t1", "membership_id": "m2", "on": "2027-01-02", "reason": "r"}],
    "joinings": [
        {
            "key": "j1",
            "name": "Fundación Ñ",
            "sector": "privado",
            "interests": "i",
            "contribution": "c",
        }
    ],
    "closes": True,
    "closing_reason": "Cumplió",
    "benefits": [
        {"benefit": code, "observed": True, "evidence": f"e{n}", "observed_on": f"2027-02-0{n}"}
        for n, code in enumerate(FIVE, start=1)
    ],
}


def test_to_dict_has_every_field_with_iso_dates():
    assert _full().to_dict() == FULL_DICT


def test_from_dict_restores_every_field():
    again = ProjectionData.from_dict(FULL_DICT)
    assert again == _full()
    assert again.sustainability[0].due_on == date(2027, 5, 4)
    assert again.retirements[0].on == date(2027, 1, 2)
    assert again.benefits[4].observed_on == date(2027, 2, 5)


def test_from_dict_of_an_odd_draft():
    again = ProjectionData.from_dict(
        {
            "alliance_id": "a",
            "unknown": 1,
            "closes": 1,
            "sustainability": [{"key": "s", "due_on": "4/5/2027", "old": 2}],
            "retirements": [{"key": "t", "on": "", "old": 3}],
            "replications": [{"key": "r", "old": 4}],
            "joinings": [{"key": "j", "old": 5}],
            # Out of order, one repeated code missing: always the five, in the seed's order.
            "benefits": [
                {"benefit": "valorar_diversidad", "observed": 1, "old": 6},
                {"benefit": "tejido_social", "observed": 0, "observed_on": "2027-01-31"},
            ],
        }
    )
    assert again.alliance_id == "a" and again.closes is True
    assert again.sustainability == [SustainabilityEntry(key="s")]
    assert again.retirements == [RetirementEntry(key="t")]
    assert again.replications == [ReplicationEntry(key="r")]
    assert again.joinings == [JoiningEntry(key="j")]
    assert [b.benefit for b in again.benefits] == FIVE
    assert again.benefits[4].observed is True
    assert again.benefits[0] == BenefitEntry(observed_on=date(2027, 1, 31))
    assert again.benefits[0].observed is False
    assert again.benefits[1:4] == [BenefitEntry(benefit=c) for c in FIVE[1:4]]


def test_from_dict_of_an_empty_draft():
    again = ProjectionData.from_dict({"sustainability": None, "benefits": None})
    assert again == ProjectionData()
    assert again.closes is False


# -- sustainability ----------------------------------------------------------------------------


def test_a_plain_plan_is_valid():
    assert validate_sustainability(_plan(), TODAY) == {}
    assert validate_projection(_plan(), START, TODAY) == {}


def test_the_plan_needs_an_action_and_at_most_a_hundred():
    assert validate_sustainability(ProjectionData(), TODAY) == {
        "sustainability": (
            "Agregue al menos una acción que continúe después de los recursos iniciales."
        )
    }
    data = ProjectionData(
        sustainability=[SustainabilityEntry(what="x") for _ in range(MAX_SUSTAINABILITY)]
    )
    assert MAX_SUSTAINABILITY == 100
    assert validate_sustainability(data, TODAY) == {}
    data.sustainability.append(SustainabilityEntry(what="x"))
    assert validate_sustainability(data, TODAY) == {
        "sustainability": "El plan admite hasta 100 acciones."
    }


def test_what_and_funding_texts():
    assert WHAT_MAX == 1000
    data = _plan()
    item = data.sustainability[0]
    item.what = "  \x00 "
    assert validate_sustainability(data, TODAY) == {
        "sustainability.s.what": "Escriba qué continúa."
    }
    item.what, item.funding = "x" * 1000, "y" * 1000
    assert validate_sustainability(data, TODAY) == {}
    item.what, item.funding = "x" * 1001, "y" * 1001
    assert validate_sustainability(data, TODAY) == {
        "sustainability.s.what": _long(1000),
        "sustainability.s.funding": _long(1000),
    }


@pytest.mark.parametrize(
    "path", ["politica_publica", "plan_municipal", "presupuesto_publico", "otro"]
)
def test_every_policy_path_is_accepted(path):
    assert validate_sustainability(_plan(policy_path=path), TODAY) == {}


def test_unknown_choices():
    data = _plan(policy_path="x", logic="", kind="nada")
    assert validate_sustainability(data, TODAY) == {
        "sustainability.s.policy_path": "Elija dónde se inscribe.",
        "sustainability.s.logic": "Elija la lógica del compromiso.",
        "sustainability.s.kind": "Elija el tipo de aporte.",
    }


@pytest.mark.parametrize("logic", ["tecnica", "politica", "etica"])
def test_every_logic_is_accepted(logic):
    assert validate_sustainability(_plan(logic=logic), TODAY) == {}


def test_date_and_partner_go_together():
    assert validate_sustainability(_plan(due_on=TODAY), TODAY) == {
        "sustainability.s.responsible_membership_id": (
            "Con fecha, elija el socio responsable: así queda como su compromiso."
        )
    }
    assert validate_sustainability(_plan(responsible_membership_id="m"), TODAY) == {
        "sustainability.s.due_on": (
            "Con socio responsable, escriba la fecha: así queda como su compromiso."
        )
    }
    both = _plan(due_on=TODAY, responsible_membership_id="m")
    assert validate_sustainability(both, TODAY) == {}


def test_due_date_edges():
    # A commitment may fall due in the future, up to the end of the thirtieth year ahead.
    for day in (date(1990, 1, 1), date(2057, 12, 31)):
        data = _plan(due_on=day, responsible_membership_id="m")
        assert validate_sustainability(data, TODAY) == {}
    for day in (date(1989, 12, 31), date(2058, 1, 1)):
        data = _plan(due_on=day, responsible_membership_id="m")
        assert validate_sustainability(data, TODAY) == {"sustainability.s.due_on": UNREASONABLE}
        # An unreasonable date is the only complaint: no call for a partner as well.
        data = _plan(due_on=day)
        assert validate_sustainability(data, TODAY) == {"sustainability.s.due_on": UNREASONABLE}


def test_sustainability_is_judged_against_the_given_today():
    data = _plan(due_on=date(2100, 1, 1), responsible_membership_id="m")
    assert validate_sustainability(data, FAR) == {}
    assert validate_projection(data, None, FAR) == {}
    assert validate_sustainability(data) == {
        "sustainability.s.due_on": (
            f"La fecha no es razonable: debe estar entre 1990 y {date.today().year + 30}."
        )
    }


# -- replications ------------------------------------------------------------------------------


def _replication(**values) -> ReplicationEntry:
    return ReplicationEntry(key="r", **({"place": "Sonsón", "with_whom": "JAC"} | values))


def test_replication_texts():
    data = ProjectionData(replications=[_replication()])
    assert validate_replications(data) == {}
    data.replications[0] = _replication(place=" ", with_whom="", adaptations="")
    assert validate_replications(data) == {
        "replications.r.place": "Escriba dónde.",
        "replications.r.with_whom": "Escriba con quién.",
    }
    data.replications[0] = _replication(
        place="p" * 200, with_whom="w" * 1000, adaptations="a" * 20_000
    )
    assert validate_replications(data) == {}
    data.replications[0] = _replication(
        place="p" * 201, with_whom="w" * 1001, adaptations="a" * 20_001
    )
    assert validate_replications(data) == {
        "replications.r.place": _long(200),
        "replications.r.with_whom": _long(1000),
        "replications.r.adaptations": _long(20_000),
    }


def test_replication_kind():
    data = ProjectionData(replications=[_replication(kind="escalamiento")])
    assert validate_replications(data) == {}
    data.replications[0].kind = "copia"
    assert validate_replications(data) == {
        "replications.r.kind": "Elija si es réplica o escalamiento."
    }


def test_at_most_fifty_replications():
    assert MAX_REPLICATIONS == 50
    data = ProjectionData(replications=[_replication() for _ in range(50)])
    assert validate_replications(data) == {}
    data.replications.append(_replication())
    assert validate_replications(data) == {
        "replications": "Se admiten hasta 50 réplicas o escalamientos."
    }


# -- partners moving on and joining ------------------------------------------------------------


def _retirement(key: str = "t", **values) -> RetirementEntry:
    return RetirementEntry(
        **({"key": key, "membership_id": "m1", "on": TODAY, "reason": "Se fue"} | values)
    )


def _joining(key: str = "j", **values) -> JoiningEntry:
    return JoiningEntry(**({"key": key, "name": "Fundación Ñ", "sector": "privado"} | values))


def test_plain_partner_changes_are_valid():
    data = ProjectionData(retirements=[_retirement()], joinings=[_joining()])
    assert validate_partners(data, START, TODAY) == {}


def test_a_retirement_needs_partner_date_and_reason():
    data = ProjectionData(retirements=[_retirement(membership_id="", on=None, reason="")])
    assert validate_partners(data, START, TODAY) == {
        "retirements.t.membership_id": "Elija el socio que se retira.",
        "retirements.t.on": "Indique la fecha de retiro.",
        "retirements.t.reason": "Escriba el motivo del retiro.",
    }


def test_a_partner_retires_once():
    data = ProjectionData(
        retirements=[_retirement("t1"), _retirement("t2"), _retirement("t3", membership_id="m2")]
    )
    assert validate_partners(data, START, TODAY) == {
        "retirements.t2.membership_id": "Ese socio ya está en la lista de retiros."
    }


def test_retirement_date_edges():
    def errors(day, start=START, today=TODAY):
        data = ProjectionData(retirements=[_retirement(on=day)])
        return validate_partners(data, start, today)

    assert errors(TODAY) == {}
    assert errors(START) == {}
    assert errors(TODAY + timedelta(days=1)) == {
        "retirements.t.on": "La fecha de retiro no puede estar en el futuro."
    }
    assert errors(START - timedelta(days=1)) == {
        "retirements.t.on": "La fecha de retiro es anterior al inicio de la alianza."
    }
    assert errors(date(1989, 12, 31)) == {"retirements.t.on": UNREASONABLE}
    assert errors(date(1989, 12, 31), start=None) == {"retirements.t.on": UNREASONABLE}
    assert errors(date(2058, 1, 1)) == {"retirements.t.on": UNREASONABLE}
    assert errors(date(1990, 1, 1), start=None) == {}
    # Judged against the given today, not the clock's.
    assert errors(date(2070, 1, 1), start=None, today=FAR) == {}
    assert validate_partners(ProjectionData(retirements=[_retirement(on=date.today())])) == {}
    tomorrow = date.today() + timedelta(days=1)
    assert validate_partners(ProjectionData(retirements=[_retirement(on=tomorrow)])) == {
        "retirements.t.on": "La fecha de retiro no puede estar en el futuro."
    }


def test_retirement_reason_limit():
    data = ProjectionData(retirements=[_retirement(reason="r" * 2000)])
    assert validate_partners(data, START, TODAY) == {}
    data.retirements[0].reason = "r" * 2001
    assert validate_partners(data, START, TODAY) == {"retirements.t.reason": _long(2000)}


def test_a_joining_needs_name_and_sector():
    data = ProjectionData(joinings=[_joining(name=" ", sector="")])
    assert validate_partners(data, START, TODAY) == {
        "joinings.j.name": "Escriba el nombre de la organización.",
        "joinings.j.sector": "Elija el sector de la organización.",
    }


@pytest.mark.parametrize("sector", ["publico", "privado", "sociedad_civil"])
def test_every_sector_is_accepted(sector):
    data = ProjectionData(joinings=[_joining(sector=sector)])
    assert validate_partners(data, START, TODAY) == {}


def test_joining_text_limits():
    data = ProjectionData(
        joinings=[_joining(name="n" * 200, interests="i" * 1000, contribution="c" * 1000)]
    )
    assert validate_partners(data, START, TODAY) == {}
    data.joinings[0] = _joining(name="n" * 201, interests="i" * 1001, contribution="c" * 1001)
    assert validate_partners(data, START, TODAY) == {
        "joinings.j.name": _long(200),
        "joinings.j.interests": _long(1000),
        "joinings.j.contribution": _long(1000),
    }


def test_an_organisation_joins_once_whatever_its_case_and_blanks():
    data = ProjectionData(
        joinings=[
            _joining("j1"),
            _joining("j2", name="  fundación ñ\x07 "),
            _joining("j3", name="Otra"),
        ]
    )
    assert validate_partners(data, START, TODAY) == {
        "joinings.j2.name": "Esta organización ya está en la lista."
    }
    # Two blank names are each missing, not repeated.
    data = ProjectionData(joinings=[_joining("j1", name=""), _joining("j2", name="")])
    assert validate_partners(data, START, TODAY) == {
        "joinings.j1.name": "Escriba el nombre de la organización.",
        "joinings.j2.name": "Escriba el nombre de la organización.",
    }


def test_at_most_fifty_partner_changes_in_all():
    assert MAX_PARTNER_CHANGES == 50
    retirements = [_retirement(f"t{n}", membership_id=f"m{n}") for n in range(25)]
    joinings = [_joining(f"j{n}", name=f"Org {n}") for n in range(25)]
    data = ProjectionData(retirements=retirements, joinings=joinings)
    assert validate_partners(data, START, TODAY) == {}
    data.joinings.append(_joining("j25", name="Org 25"))
    assert validate_partners(data, START, TODAY) == {
        "retirements": "Demasiados cambios de socios para una sola vez."
    }
    data = ProjectionData(retirements=retirements + [_retirement("t25", membership_id="m25")])
    data.joinings = joinings
    assert "retirements" in validate_partners(data, START, TODAY)


def test_closing_needs_its_reason():
    data = ProjectionData(closes=False, closing_reason="")
    assert validate_partners(data, START, TODAY) == {}
    data.closes = True
    assert validate_partners(data, START, TODAY) == {
        "closing_reason": "Escriba por qué se cierra la alianza."
    }
    data.closing_reason = "c" * 20_000
    assert validate_partners(data, START, TODAY) == {}
    data.closing_reason = "c" * 20_001
    assert validate_partners(data, START, TODAY) == {"closing_reason": _long(20_000)}
    data.closes = False
    assert validate_partners(data, START, TODAY) == {}


# -- benefits ----------------------------------------------------------------------------------


def test_unobserved_benefits_need_nothing():
    assert validate_benefits(ProjectionData(), TODAY) == {}


def test_an_observed_benefit_needs_evidence():
    data = ProjectionData()
    benefit = data.benefit("valorar_diversidad")
    benefit.observed = True
    assert validate_benefits(data, TODAY) == {
        "benefits.valorar_diversidad.evidence": "Escriba la evidencia del beneficio observado."
    }
    benefit.evidence = "e" * 20_000
    assert validate_benefits(data, TODAY) == {}
    benefit.evidence = "e" * 20_001
    assert validate_benefits(data, TODAY) == {"benefits.valorar_diversidad.evidence": _long(20_000)}
    # Evidence written for a benefit not observed is still held to the limit.
    benefit.observed = False
    assert validate_benefits(data, TODAY) == {"benefits.valorar_diversidad.evidence": _long(20_000)}


def test_observed_date_edges():
    data = ProjectionData()
    benefit = data.benefit("tejido_social")
    for day in (TODAY, date(1990, 1, 1)):
        benefit.observed_on = day
        assert validate_benefits(data, TODAY) == {}
    benefit.observed_on = TODAY + timedelta(days=1)
    assert validate_benefits(data, TODAY) == {
        "benefits.tejido_social.observed_on": "Un beneficio observado no puede tener fecha futura."
    }
    for day in (date(1989, 12, 31), date(2058, 1, 1)):
        benefit.observed_on = day
        assert validate_benefits(data, TODAY) == {
            "benefits.tejido_social.observed_on": UNREASONABLE
        }
    benefit.observed_on = date(2070, 1, 1)
    assert validate_benefits(data, FAR) == {}
    assert validate_projection(data, None, FAR) == {
        "sustainability": (
            "Agregue al menos una acción que continúe después de los recursos iniciales."
        )
    }
    benefit.observed_on = date.today()
    assert validate_benefits(data) == {}
    benefit.observed_on = date.today() + timedelta(days=1)
    assert validate_benefits(data) == {
        "benefits.tejido_social.observed_on": "Un beneficio observado no puede tener fecha futura."
    }


def test_an_unknown_benefit_is_only_reported_as_unknown():
    data = ProjectionData(
        benefits=[
            BenefitEntry(benefit="inventado", observed=True, observed_on=date(1900, 1, 1)),
            BenefitEntry(benefit="tejido_social", observed=True),
        ]
    )
    assert validate_benefits(data, TODAY) == {
        "benefits.inventado.benefit": "Beneficio desconocido.",
        "benefits.tejido_social.evidence": "Escriba la evidencia del beneficio observado.",
    }


def test_validate_projection_gathers_every_step():
    data = ProjectionData(
        replications=[_replication(place="")],
        retirements=[_retirement(on=START - timedelta(days=1))],
        benefits=[BenefitEntry(observed=True)],
    )
    assert validate_projection(data, START, TODAY) == {
        "sustainability": (
            "Agregue al menos una acción que continúe después de los recursos iniciales."
        ),
        "replications.r.place": "Escriba dónde.",
        "retirements.t.on": "La fecha de retiro es anterior al inicio de la alianza.",
        "benefits.tejido_social.evidence": "Escriba la evidencia del beneficio observado.",
    }
    data.retirements[0].on = TODAY + timedelta(days=1)
    assert validate_projection(data, START, TODAY)["retirements.t.on"] == (
        "La fecha de retiro no puede estar en el futuro."
    )


def test_validate_projection_passes_start_and_today_to_the_partners_step():
    data = _plan(due_on=date(2070, 2, 1), responsible_membership_id="m")
    data.retirements = [_retirement(on=date(2070, 1, 1))]
    assert validate_projection(data, None, FAR) == {}
    assert validate_projection(data, date(2070, 1, 2), FAR) == {
        "retirements.t.on": "La fecha de retiro es anterior al inicio de la alianza."
    }
