"""Founding an alliance through the service: what gets stored, what is refused."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from alianzas_desktop.domain.vocabulary import VersionStatus
from alianzas_desktop.services import agreements, alliances, nacimiento
from alianzas_desktop.services.errors import FrozenDocumentError, ValidationFailed
from alianzas_desktop.storage.models import Alliance, Person
from tests.factories import nacimiento_data


def test_found_alliance_stores_everything(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    detail = alliances.alliance_detail(db, alliance_id)
    assert detail.name == "Alianza Frijol del Páramo"
    assert detail.phase == "nacimiento"
    assert [p.sector for p in detail.partners] == ["publico", "privado", "sociedad_civil"]
    assert len(detail.commitments) == 3
    assert [v.number for v in detail.versions] == [1]
    assert detail.versions[0].status == VersionStatus.DRAFT.value


def test_contact_data_only_with_consent(db):
    nacimiento.found_alliance(db, nacimiento_data())
    with db.reading() as session:
        people = {p.full_name: p for p in session.scalars(select(Person))}
    assert people["María Eugenia Ríos"].phone == "3104567890"
    assert people["Luz Dary Ñustes"].phone == ""
    assert people["Luz Dary Ñustes"].consent_date is None


def test_invalid_data_changes_nothing(db):
    data = nacimiento_data()
    data.name = "   "
    data.commitments[0].deadline = data.commitments[0].deadline.replace(year=3026)
    with pytest.raises(ValidationFailed) as caught:
        nacimiento.found_alliance(db, data)
    assert "name" in caught.value.errors
    assert any(k.endswith(".deadline") for k in caught.value.errors)
    with db.reading() as session:
        assert session.scalars(select(Alliance)).first() is None


def test_existing_organization_is_reused(db):
    nacimiento.found_alliance(db, nacimiento_data())
    second = nacimiento_data()
    second.name = "Segunda alianza"
    nacimiento.found_alliance(db, second)
    found = alliances.search_organizations(db, "sonsón")
    assert [o.name for o in found] == ["Alcaldía de Sonsón"]


def test_list_alliances_summaries(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [summary] = alliances.list_alliances(db)
    assert summary.id == alliance_id
    assert summary.partner_count == 3
    assert summary.territory == "La Loma, Sonsón, Antioquia"
    assert summary.nearest_deadline.isoformat() == "2026-06-01"


def test_issued_version_cannot_change_through_any_service(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [version] = agreements.list_versions(db, alliance_id)
    code = agreements.issue_version(db, version.id)
    before = agreements.document_for_version(db, version.id)
    assert before.verification_code == code

    with pytest.raises(FrozenDocumentError):
        agreements.refresh_draft(db, version.id)

    # Changing commitments after issuing opens version 2 and leaves version 1 as it was.
    detail = alliances.alliance_detail(db, alliance_id)
    from alianzas_desktop.domain.nacimiento import CommitmentDraft

    changed = [
        CommitmentDraft(
            key=c.id,
            partner_key=c.membership_id,
            description=c.description + " (ajustado)",
            kind=c.kind,
            estimated_value=c.estimated_value,
            deadline=c.deadline,
            logic=c.logic,
        )
        for c in detail.commitments
    ]
    new_version_id = agreements.replace_commitments(db, alliance_id, changed)
    assert new_version_id != version.id
    after = agreements.document_for_version(db, version.id)
    assert after.content == before.content
    assert after.verification_code == code
    v2 = agreements.agreement_document(db, alliance_id)
    assert v2.number == 2
    assert "(ajustado)" in v2.content["commitments"][0]["description"]

    # Even a raw write beneath the services is refused by the database.
    with pytest.raises(sqlite3.DatabaseError):
        with sqlite3.connect(db.path) as raw:
            raw.execute("UPDATE agreement_versions SET content = '{}' WHERE id = ?", (version.id,))
    assert agreements.document_for_version(db, version.id).content == before.content


def test_verification_code_finds_the_version(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [version] = agreements.list_versions(db, alliance_id)
    code = agreements.issue_version(db, version.id)
    match = agreements.find_by_code(db, code.lower().replace("-", " "))
    assert match is not None
    assert match.version == 1
    assert match.alliance_name == "Alianza Frijol del Páramo"
    assert agreements.find_by_code(db, "AAAA-BBBB-CCCC") is None
