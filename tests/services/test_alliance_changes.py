"""Correcting a founded alliance: data, partners joining and retiring, archiving."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from alianzas_desktop.domain.nacimiento import PartnerDraft, Representative
from alianzas_desktop.domain.vocabulary import CommitmentStatus, VersionStatus
from alianzas_desktop.profile import Profile, save_profile
from alianzas_desktop.services import agenda, agreements, alliance_changes, alliances, meetings
from alianzas_desktop.services.alliance_changes import AllianceArchivedError
from alianzas_desktop.services.errors import ValidationFailed
from alianzas_desktop.storage.models import AuditEntry, CommitmentUpdate
from tests.factories import nacimiento_data


@pytest.fixture
def alliance_id(db) -> str:
    from alianzas_desktop.services import nacimiento

    save_profile(Profile(name="Ana Milena Zapata"))
    return nacimiento.found_alliance(db, nacimiento_data())


def _issue_latest(db, alliance_id: str) -> str:
    version = alliances.alliance_detail(db, alliance_id).versions[-1]
    agreements.issue_version(db, version.id)
    return version.id


def _content(db, version_id: str) -> dict:
    return agreements.document_for_version(db, version_id).content


def _partner(name: str = "Fundación Semillas del Oriente", sector: str = "sociedad_civil"):
    return PartnerDraft(
        name=name,
        sector=sector,
        representative=Representative(name="Óscar Ñáñez", cargo="Director"),
        interests="Semillas certificadas",
        contribution="Semilla mejorada para 60 familias",
        influence="media",
    )


# -- editing the alliance's data ---------------------------------------------------------


def test_editing_a_draft_agreement_updates_the_draft(db, alliance_id):
    data = alliance_changes.editable_data(db, alliance_id)
    data.name = "Alianza Frijol y Maíz del Páramo"
    data.vereda = "El Roble"
    data.meeting_rhythm = "Cada dos meses"

    change = alliance_changes.update_alliance(db, alliance_id, data)

    assert change is not None and not change.new_version and change.version_number == 1
    detail = alliances.alliance_detail(db, alliance_id)
    assert detail.name == "Alianza Frijol y Maíz del Páramo"
    assert detail.vereda == "El Roble"
    assert [v.number for v in detail.versions] == [1]
    content = _content(db, change.version_id)["alliance"]
    assert content["name"] == "Alianza Frijol y Maíz del Páramo"
    assert content["meeting_rhythm"] == "Cada dos meses"


def test_editing_after_issue_opens_an_otrosi_and_the_issued_version_stays(db, alliance_id):
    issued = _issue_latest(db, alliance_id)
    before = _content(db, issued)
    data = alliance_changes.editable_data(db, alliance_id)
    data.purpose = "Mejorar los ingresos de 80 familias productoras."

    change = alliance_changes.update_alliance(db, alliance_id, data)

    assert change.new_version and change.version_number == 2
    assert _content(db, issued) == before
    assert _content(db, change.version_id)["alliance"]["purpose"] == data.purpose
    versions = alliances.alliance_detail(db, alliance_id).versions
    assert [(v.number, v.status) for v in versions] == [
        (1, VersionStatus.ISSUED.value),
        (2, VersionStatus.DRAFT.value),
    ]


def test_nothing_changed_writes_nothing(db, alliance_id):
    _issue_latest(db, alliance_id)
    data = alliance_changes.editable_data(db, alliance_id)
    assert alliance_changes.update_alliance(db, alliance_id, data) is None
    assert len(alliances.alliance_detail(db, alliance_id).versions) == 1


def test_the_wizard_rules_refuse_bad_data_and_nothing_is_saved(db, alliance_id):
    data = alliance_changes.editable_data(db, alliance_id)
    data.name = "  "
    data.formality = "formal"
    data.legal_figure = ""
    with pytest.raises(ValidationFailed) as failed:
        alliance_changes.update_alliance(db, alliance_id, data)
    assert set(failed.value.errors) == {"name", "legal_figure"}
    assert alliances.alliance_detail(db, alliance_id).name == "Alianza Frijol del Páramo"


def test_every_correction_is_in_the_audit_trail_with_the_facilitator(db, alliance_id):
    data = alliance_changes.editable_data(db, alliance_id)
    data.municipio = "Argelia"
    alliance_changes.update_alliance(db, alliance_id, data)
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.record_id == alliance_id, AuditEntry.action == "modificar"
            )
        ).all()
    assert [json.loads(e.changes).get("municipio") for e in entries] == [["Sonsón", "Argelia"]]
    assert {e.actor for e in entries} == {"Ana Milena Zapata"}


# -- partners ----------------------------------------------------------------------------


def test_adding_a_partner_after_issue_opens_an_otrosi_naming_it(db, alliance_id):
    issued = _issue_latest(db, alliance_id)

    change = alliance_changes.add_partner(db, alliance_id, _partner())

    assert change.new_version and change.version_number == 2
    detail = alliances.alliance_detail(db, alliance_id)
    assert [p.organization for p in detail.partners][-1] == "Fundación Semillas del Oriente"
    assert detail.partners[-1].representative == "Óscar Ñáñez"
    parties = [p["organization"] for p in _content(db, change.version_id)["parties"]]
    assert "Fundación Semillas del Oriente" in parties
    assert len(_content(db, issued)["parties"]) == 3


def test_adding_an_organisation_already_in_the_alliance_is_refused(db, alliance_id):
    partner = _partner("alcaldía de sonsón", "publico")
    with pytest.raises(ValidationFailed) as failed:
        alliance_changes.add_partner(db, alliance_id, partner)
    assert failed.value.errors == {
        f"partners.{partner.key}.name": "Esta organización ya es socia de la alianza."
    }


def test_a_partner_is_checked_with_the_wizard_rules(db, alliance_id):
    partner = _partner()
    partner.sector = ""
    partner.representative.phone = "3001234567"
    with pytest.raises(ValidationFailed) as failed:
        alliance_changes.add_partner(db, alliance_id, partner)
    assert set(failed.value.errors) == {
        f"partners.{partner.key}.sector",
        f"partners.{partner.key}.representative.consent",
    }


def test_retiring_keeps_the_history_and_opens_an_otrosi(db, alliance_id):
    issued = _issue_latest(db, alliance_id)
    detail = alliances.alliance_detail(db, alliance_id)
    empresa = next(p for p in detail.partners if p.sector == "privado")
    commitment = next(c for c in detail.commitments if c.membership_id == empresa.membership_id)

    change = alliance_changes.retire_partner(
        db, empresa.membership_id, date(2026, 9, 1), "Vendió la planta de acopio"
    )

    assert change.new_version and change.version_number == 2
    detail = alliances.alliance_detail(db, alliance_id)
    assert empresa.membership_id not in {p.membership_id for p in detail.partners}
    [retired] = detail.retired_partners
    assert retired.organization == "Comercializadora El Páramo S.A.S."
    assert retired.retired_on == date(2026, 9, 1)
    assert retired.retired_reason == "Vendió la planta de acopio"
    # Its commitment stays in the record, cancelled with a note saying why.
    kept = next(c for c in detail.commitments if c.id == commitment.id)
    assert kept.status == CommitmentStatus.CANCELLED.value
    assert kept.organization == "Comercializadora El Páramo S.A.S."
    with db.reading() as session:
        [update] = session.scalars(
            select(CommitmentUpdate).where(CommitmentUpdate.commitment_id == commitment.id)
        ).all()
    assert update.previous_status == CommitmentStatus.PENDING.value
    assert "Vendió la planta de acopio" in update.note
    # The issued version still names it; the otrosí does not.
    old = _content(db, issued)
    assert "Comercializadora El Páramo S.A.S." in [p["organization"] for p in old["parties"]]
    assert commitment.id in [c["id"] for c in old["commitments"]]
    new = _content(db, change.version_id)
    assert "Comercializadora El Páramo S.A.S." not in [p["organization"] for p in new["parties"]]
    assert commitment.id not in [c["id"] for c in new["commitments"]]
    assert {c["party"] for c in new["commitments"]} <= {0, 1}
    # Nor is it a partner to convene any more, and the list counts the active ones.
    assert len(meetings.alliance_partners(db, alliance_id)) == 2
    [summary] = alliances.list_alliances(db)
    assert summary.partner_count == 2


def test_a_fulfilled_commitment_of_a_retired_partner_keeps_its_status(db, alliance_id):
    detail = alliances.alliance_detail(db, alliance_id)
    coop = next(p for p in detail.partners if p.sector == "sociedad_civil")
    mine = next(c for c in detail.commitments if c.membership_id == coop.membership_id)
    with db.transaction() as session:
        from alianzas_desktop.storage.models import Commitment

        session.get(Commitment, mine.id).status = CommitmentStatus.DONE.value

    alliance_changes.retire_partner(db, coop.membership_id, date(2026, 8, 1), "Se disolvió")

    detail = alliances.alliance_detail(db, alliance_id)
    assert next(c for c in detail.commitments if c.id == mine.id).status == "cumplido"
    # Editing the commitments afterwards leaves the retired partner's as they are.
    drafts = [
        agreements_draft(c)
        for c in detail.commitments
        if c.membership_id in {p.membership_id for p in detail.partners}
    ]
    agreements.replace_commitments(db, alliance_id, drafts)
    detail = alliances.alliance_detail(db, alliance_id)
    assert next(c for c in detail.commitments if c.id == mine.id).status == "cumplido"


def agreements_draft(c):
    from alianzas_desktop.domain.nacimiento import CommitmentDraft

    return CommitmentDraft(
        key=c.id,
        partner_key=c.membership_id,
        description=c.description,
        kind=c.kind,
        estimated_value=c.estimated_value,
        deadline=c.deadline,
        logic=c.logic,
    )


def test_retiring_needs_a_reason_and_a_sensible_date(db, alliance_id):
    partner = alliances.alliance_detail(db, alliance_id).partners[0]
    with pytest.raises(ValidationFailed) as failed:
        alliance_changes.retire_partner(db, partner.membership_id, date(2020, 1, 1), " ")
    assert set(failed.value.errors) == {"retired_on", "retired_reason"}
    assert len(alliances.alliance_detail(db, alliance_id).partners) == 3


def test_an_alliance_keeps_at_least_two_partners(db, alliance_id):
    partners = alliances.alliance_detail(db, alliance_id).partners
    alliance_changes.retire_partner(db, partners[0].membership_id, date(2026, 8, 1), "Se fue")
    with pytest.raises(ValidationFailed) as failed:
        alliance_changes.retire_partner(db, partners[1].membership_id, date(2026, 8, 1), "Se fue")
    assert "al menos dos socios" in str(failed.value)


def test_a_retired_organisation_can_join_again(db, alliance_id):
    partner = alliances.alliance_detail(db, alliance_id).partners[1]
    alliance_changes.retire_partner(db, partner.membership_id, date(2026, 8, 1), "Pausa")

    alliance_changes.add_partner(db, alliance_id, _partner(partner.organization, partner.sector))

    detail = alliances.alliance_detail(db, alliance_id)
    assert partner.membership_id in {p.membership_id for p in detail.partners}
    assert detail.retired_partners == []


# -- archiving ---------------------------------------------------------------------------


def test_archive_hides_from_the_list_and_restore_brings_it_back(db, alliance_id):
    alliance_changes.archive_alliance(db, alliance_id)

    assert alliances.list_alliances(db) == []
    [archived] = alliances.list_alliances(db, include_archived=True)
    assert archived.archived and archived.id == alliance_id
    assert alliances.alliance_detail(db, alliance_id).archived_at is not None
    assert alliance_changes.archived_count(db) == 1
    with pytest.raises(AllianceArchivedError):
        alliance_changes.add_partner(db, alliance_id, _partner())

    alliance_changes.restore_alliance(db, alliance_id)

    [back] = alliances.list_alliances(db)
    assert back.id == alliance_id and not back.archived
    assert alliance_changes.archived_count(db) == 0


def test_the_history_tells_who_retired_a_partner_and_why(db, alliance_id):
    from alianzas_desktop.services import audit

    partner = alliances.alliance_detail(db, alliance_id).partners[1]
    alliance_changes.retire_partner(db, partner.membership_id, date(2026, 8, 1), "Se fue")
    alliance_changes.archive_alliance(db, alliance_id)

    records = audit.history_of_alliance(db, alliance_id)
    retired = next(r for r in records if r.record_id == partner.membership_id)
    labels = {c.label: c.after for c in retired.changes}
    assert labels["fecha de retiro"] == "2026-08-01"
    assert labels["motivo del retiro"] == "Se fue"
    assert retired.actor == "Ana Milena Zapata"
    archived = next(r for r in records if r.table == "alliances" and r.action == "modificar")
    assert [c.label for c in archived.changes] == ["archivada"]


def test_an_archived_alliance_leaves_the_agenda(db, alliance_id):
    from tests.meeting_factories import convened_meeting

    meetings.save_convocation(db, convened_meeting(db, alliance_id))
    today, before_meeting = date(2027, 12, 31), date(2026, 11, 1)
    assert len(agenda.overdue_commitments(db, today)) == 3
    assert len(agenda.upcoming_meetings(db, before_meeting)) == 1

    alliance_changes.archive_alliance(db, alliance_id)

    assert agenda.overdue_commitments(db, today) == []
    assert agenda.upcoming_meetings(db, before_meeting) == []
    alliance_changes.restore_alliance(db, alliance_id)
    assert len(agenda.overdue_commitments(db, today)) == 3
    assert len(agenda.upcoming_meetings(db, before_meeting)) == 1
