"""The projection service: one transaction, commitments from the plan, partner changes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from alianzas_desktop.domain.projection import (
    JoiningEntry,
    ReplicationEntry,
    RetirementEntry,
    SustainabilityEntry,
)
from alianzas_desktop.domain.vocabulary import (
    Benefit,
    CommitmentStatus,
    ContributionKind,
    Logic,
    PolicyPath,
    VersionStatus,
)
from alianzas_desktop.services import agreements, nacimiento, projection
from alianzas_desktop.services.errors import ValidationFailed
from alianzas_desktop.storage.learning_models import (
    ObservedBenefit,
    Replication,
    SustainabilityItem,
)
from alianzas_desktop.storage.models import Commitment, Membership
from tests.factories import nacimiento_data

TODAY = date(2027, 3, 1)


@pytest.fixture
def alliance_id(db) -> str:
    return nacimiento.found_alliance(db, nacimiento_data(), today=date(2026, 3, 2))


def _counts(db) -> tuple[int, ...]:
    with db.reading() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(m))
            for m in (SustainabilityItem, Replication, ObservedBenefit, Commitment, Membership)
        )


def test_items_with_date_and_partner_become_commitments(db, alliance_id):
    setup = projection.load_setup(db, alliance_id)
    assert not setup.has_projection
    alcaldia = setup.partners[0].membership_id
    data = setup.data
    data.sustainability = [
        SustainabilityEntry(
            what="Incluir el acopio en el plan de desarrollo",
            funding="Presupuesto municipal 2028",
            policy_path=PolicyPath.MUNICIPAL_PLAN.value,
            due_on=date(2027, 12, 1),
            responsible_membership_id=alcaldia,
            logic=Logic.POLITICAL.value,
            kind=ContributionKind.POLITICAL_BACKING.value,
        ),
        SustainabilityEntry(what="La cooperativa asume la asistencia técnica"),
    ]
    data.replications = [ReplicationEntry(place="Abejorral", with_whom="JAC de El Guaico")]
    benefit = data.benefit(Benefit.SOCIAL_FABRIC.value)
    benefit.observed, benefit.evidence = True, "Tres veredas organizadas"
    before = _counts(db)
    saved = projection.save_projection(db, data, today=TODAY)
    assert saved.new_commitments == 1
    assert _counts(db) == (before[0] + 2, before[1] + 1, before[2] + 1, before[3] + 1, before[4])
    with db.reading() as session:
        commitment = session.get(Commitment, saved.commitment_ids[0])
        assert commitment.membership_id == alcaldia
        assert commitment.deadline == date(2027, 12, 1)
        assert commitment.logic == Logic.POLITICAL.value
        assert commitment.status == CommitmentStatus.PENDING.value
        item = session.scalars(
            select(SustainabilityItem).where(SustainabilityItem.commitment_id == commitment.id)
        ).one()
        assert item.policy_path == PolicyPath.MUNICIPAL_PLAN.value

    # Saving again keeps the same commitment, refreshed, and makes no new one.
    again = projection.load_setup(db, alliance_id)
    assert again.has_projection
    again.data.sustainability[0].due_on = date(2028, 1, 15)
    saved2 = projection.save_projection(db, again.data, today=TODAY)
    assert saved2.new_commitments == 0
    assert _counts(db)[3] == before[3] + 1
    with db.reading() as session:
        assert session.get(Commitment, saved.commitment_ids[0]).deadline == date(2028, 1, 15)
    exported = projection.projection_as_dict(db, alliance_id)
    assert exported["benefits"][0]["evidence"] == "Tres veredas organizadas"


def test_a_refusal_changes_nothing(db, alliance_id):
    data = projection.load_setup(db, alliance_id).data
    data.sustainability = [SustainabilityEntry(what="Algo")]
    data.replications = [ReplicationEntry(place="", with_whom="")]
    before = _counts(db)
    with pytest.raises(ValidationFailed) as failed:
        projection.save_projection(db, data, today=TODAY)
    assert f"replications.{data.replications[0].key}.place" in failed.value.errors
    assert _counts(db) == before


def test_partners_moving_on_and_joining_open_an_otrosi(db, alliance_id):
    setup = projection.load_setup(db, alliance_id)
    versions = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, versions[-1].id)
    empresa = setup.partners[1].membership_id
    data = setup.data
    data.sustainability = [SustainabilityEntry(what="Fondo rotatorio")]
    data.retirements = [
        RetirementEntry(membership_id=empresa, on=date(2027, 2, 1), reason="Cierre")
    ]
    data.joinings = [JoiningEntry(name="Fundación Ñandú", sector="sociedad_civil")]
    saved = projection.save_projection(db, data, today=TODAY)
    assert (saved.retired, saved.joined) == (1, 1)
    assert saved.opened_otrosi and saved.agreement_version == 2
    after = agreements.list_versions(db, alliance_id)
    assert after[-1].number == 2 and after[-1].status == VersionStatus.DRAFT.value
    with db.reading() as session:
        gone = session.get(Membership, empresa)
        assert gone.retired_on == date(2027, 2, 1)
        assert all(c.status == CommitmentStatus.CANCELLED.value for c in gone.commitments)
    names = [p.organization for p in projection.load_setup(db, alliance_id).partners]
    assert "Fundación Ñandú" in names


def test_a_leaving_partner_cannot_be_responsible(db, alliance_id):
    setup = projection.load_setup(db, alliance_id)
    m = setup.partners[0].membership_id
    data = setup.data
    item = SustainabilityEntry(what="x", due_on=date(2027, 5, 1), responsible_membership_id=m)
    data.sustainability = [item]
    data.retirements = [RetirementEntry(membership_id=m, on=date(2027, 2, 1), reason="r")]
    with pytest.raises(ValidationFailed) as failed:
        projection.save_projection(db, data, today=TODAY)
    assert "retira" in failed.value.errors[f"sustainability.{item.key}.responsible_membership_id"]


def test_the_demo_alliance_in_proyeccion_gets_its_plan(db):
    from alianzas_desktop.services import demo
    from alianzas_desktop.services.demo_projection import ALLIANCE, add_demo_projection

    today = date(2026, 11, 30)
    demo.build_demo(db, today)
    add_demo_projection(db, today)
    with db.reading() as session:
        [alliance_id] = session.scalars(select(SustainabilityItem.alliance_id).distinct()).all()
    stored = projection.projection_as_dict(db, alliance_id)
    assert stored["alliance_name"] == ALLIANCE
    assert len(stored["sustainability"]) == 4
    with_commitment = [i for i in stored["sustainability"] if i["commitment_id"]]
    assert len(with_commitment) == 3
    assert len(stored["replications"]) == 2
    assert {b["benefit"] for b in stored["benefits"]} == {
        Benefit.SOCIAL_FABRIC.value,
        Benefit.RESOURCES.value,
        Benefit.DIVERSITY.value,
    }
    assert all(b["evidence"] for b in stored["benefits"])
