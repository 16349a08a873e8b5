"""Frozen documents are never overwritten by a bundle; erasures stay and travel."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from alianzas_desktop.services import bundles, meetings, personal_data
from alianzas_desktop.services.bundles import ChangeAction
from alianzas_desktop.services.mentions import ERASED_NAME
from alianzas_desktop.storage.models import (
    Addendum,
    AgendaItem,
    AgreementVersion,
    Meeting,
    Person,
)
from tests.meeting_factories import convened_meeting, hold_meeting
from tests.sync.bundle_tools import edit_record, members_of, rebuild


def _exchange(source, target, path):
    bundles.export_bundle(source, path)
    return bundles.import_bundle(target, path)


def _one(db, model, record_id):
    with db.reading() as session:
        return session.get(model, record_id)


def _record(data: bytes, table: str) -> dict:
    return json.loads(members_of(data)[f"records/{table}.json"])["records"][0]


def test_a_different_frozen_document_under_the_same_id_is_reported(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    first = tmp_path / "1.alianzas"
    _exchange(laptop_a, laptop_b, first)
    data = first.read_bytes()
    meeting = _record(data, "meetings")
    version = _record(data, "agreement_versions")
    assert meeting["fields"]["status"] == "cerrada" and version["fields"]["status"] == "emitido"

    def change(members, manifest):
        edit_record("meetings", meeting["key"], {"place": "Otro lugar", "content": "{}"})(
            members, manifest
        )
        edit_record("agreement_versions", version["key"], {"content": '{"otro": 1}'})(
            members, manifest
        )

    forged = tmp_path / "distinto.alianzas"
    forged.write_bytes(rebuild(data, change))
    result = bundles.import_bundle(laptop_b, forged)

    assert result.frozen_different == 2
    assert {
        (c.table, c.id) for c in result.changes if c.action == ChangeAction.FROZEN_DIFFERENT
    } == {
        ("meetings", meeting["key"]),
        ("agreement_versions", version["key"]),
    }
    assert (result.updated, result.conflicts) == (0, 0)
    assert _one(laptop_b, Meeting, meeting["key"]).place == meeting["fields"]["place"]
    assert _one(laptop_b, AgreementVersion, version["key"]).content == version["fields"]["content"]


def test_a_new_agenda_item_for_an_acta_closed_here_is_not_added(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    first = tmp_path / "1.alianzas"
    _exchange(laptop_a, laptop_b, first)
    item = _record(first.read_bytes(), "agenda_items")

    def change(members, manifest):
        document = json.loads(members["records/agenda_items.json"])
        extra = json.loads(json.dumps(item))
        extra["key"] = extra["fields"]["id"] = "0" * 8 + "-0000-4000-8000-" + "0" * 12
        extra["fields"]["title"] = "Punto agregado después del cierre"
        from alianzas_desktop.sync.records import content_hash

        extra["hash"] = content_hash("agenda_items", extra["fields"])
        document["records"].append(extra)
        members["records/agenda_items.json"] = json.dumps(document).encode()
        manifest["counts"]["agenda_items"] += 1

    forged = tmp_path / "punto.alianzas"
    forged.write_bytes(rebuild(first.read_bytes(), change))
    result = bundles.import_bundle(laptop_b, forged)
    assert (result.added, result.frozen_different) == (0, 1)
    with laptop_b.reading() as session:
        titles = session.scalars(select(AgendaItem.title)).all()
    assert "Punto agregado después del cierre" not in titles


def test_an_acta_closed_on_the_other_laptop_arrives_closed_with_its_annexes(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    data = convened_meeting(laptop_a, alliance_on_a)
    data.place = "Escuela de La Loma"
    meeting_id = meetings.save_convocation(laptop_a, data)
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    assert _one(laptop_b, Meeting, meeting_id).status == "convocada"

    data = meetings.meeting_data(laptop_a, meeting_id)
    hold_meeting(data, meetings.alliance_partners(laptop_a, alliance_on_a))
    meetings.close_meeting(laptop_a, data, meeting_id)
    meetings.add_addendum(laptop_a, meeting_id, "Se corrige la hora de inicio: 9:15.")
    result = _exchange(laptop_a, laptop_b, tmp_path / "2.alianzas")
    assert result.conflicts == 0 and result.updated >= 1 and result.added >= 1

    closed_a, closed_b = _one(laptop_a, Meeting, meeting_id), _one(laptop_b, Meeting, meeting_id)
    assert closed_b.status == "cerrada"
    assert (closed_b.number, closed_b.content, closed_b.verification_code) == (
        closed_a.number,
        closed_a.content,
        closed_a.verification_code,
    )
    with laptop_b.reading() as session:
        texts = session.scalars(select(Addendum.text).where(Addendum.meeting_id == meeting_id))
        assert list(texts) == ["Se corrige la hora de inicio: 9:15."]

    # A later addendum on A reaches B's closed acta (annexes are only added).
    meetings.add_addendum(laptop_a, meeting_id, "Se corrige el lugar: Escuela de La Loma.")
    later = _exchange(laptop_a, laptop_b, tmp_path / "3.alianzas")
    assert (later.added, later.updated, later.conflicts) == (1, 0, 0)
    with laptop_b.reading() as session:
        count = select(func.count()).where(Addendum.meeting_id == meeting_id)
        assert session.execute(count).scalar_one() == 2


def _person_named(db, name: str) -> Person:
    with db.reading() as session:
        return session.scalars(select(Person).where(Person.full_name == name)).one()


def test_an_erasure_travels(laptop_a, laptop_b, alliance_on_a, tmp_path):
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    person = _person_named(laptop_a, "Jorge Iván Cardona")
    personal_data.erase_person(laptop_a, person.id)

    result = _exchange(laptop_a, laptop_b, tmp_path / "2.alianzas")

    assert result.erasures == 1 and result.conflicts == 0
    erased = _one(laptop_b, Person, person.id)
    assert erased.full_name == ERASED_NAME and erased.erased_at is not None
    with laptop_b.reading() as session:
        assert not session.scalars(
            select(Person).where(Person.full_name == "Jorge Iván Cardona")
        ).all()


def test_a_person_erased_here_stays_erased(laptop_a, laptop_b, alliance_on_a, tmp_path):
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    person = _person_named(laptop_b, "María Eugenia Ríos")
    personal_data.erase_person(laptop_b, person.id)
    with laptop_a.transaction() as session:
        session.get(Person, person.id).phone = "3209998877"

    result = _exchange(laptop_a, laptop_b, tmp_path / "2.alianzas")

    assert result.kept_erased >= 1 and result.conflicts == 0
    kept = _one(laptop_b, Person, person.id)
    assert kept.full_name == ERASED_NAME and kept.phone == "" and kept.erased_at is not None
    # …and the erasure goes back to A with B's next bundle.
    back = _exchange(laptop_b, laptop_a, tmp_path / "3.alianzas")
    assert back.erasures == 1
    assert _one(laptop_a, Person, person.id).full_name == ERASED_NAME


def test_a_signed_scan_travels_as_an_attachment(laptop_a, laptop_b, alliance_on_a, tmp_path):
    from datetime import date

    from alianzas_desktop.services import agreements

    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    [version] = agreements.list_versions(laptop_a, alliance_on_a)
    scan = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF"
    agreements.sign_version(laptop_a, version.id, date.today(), scan, "acuerdo-firmado.pdf")
    second = tmp_path / "2.alianzas"
    result = _exchange(laptop_a, laptop_b, second)

    assert (result.updated, result.conflicts, result.frozen_different) == (1, 0, 0)
    signed = _one(laptop_b, AgreementVersion, version.id)
    assert (signed.status, signed.signed_on) == ("firmado", date.today())
    assert signed.signed_scan == scan and signed.signed_scan_name == "acuerdo-firmado.pdf"
    assert bundles.inspect_bundle(second)["attachments"] == 1


def test_a_conflict_over_a_scan_keeps_the_other_sides_bytes_until_chosen(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    from datetime import date

    from alianzas_desktop.services import agreements
    from alianzas_desktop.storage.sync_models import ConflictSide

    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    [version] = agreements.list_versions(laptop_a, alliance_on_a)
    scan_a, scan_b = b"%PDF-1.4 escaneo de A", b"%PDF-1.4 foto de B"
    agreements.sign_version(laptop_a, version.id, date.today(), scan_a, "a.pdf")
    agreements.sign_version(laptop_b, version.id, date.today(), scan_b, "b.pdf")
    result = _exchange(laptop_a, laptop_b, tmp_path / "2.alianzas")
    assert result.conflicts == 1

    [conflict] = bundles.list_conflicts(laptop_b)
    assert set(conflict.fields) == {"signed_scan", "signed_scan_name"}
    choice = {name: ConflictSide.REMOTE.value for name in conflict.fields}
    bundles.resolve_conflict(laptop_b, conflict.id, choice)
    chosen = _one(laptop_b, AgreementVersion, version.id)
    assert (chosen.signed_scan, chosen.signed_scan_name) == (scan_a, "a.pdf")
    back = _exchange(laptop_b, laptop_a, tmp_path / "3.alianzas")
    assert back.conflicts == 0
