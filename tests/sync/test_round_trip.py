"""Two laptops exchange bundles: every change arrives once, double edits become conflicts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from alianzas_desktop.domain.vocabulary import ConflictLevel, InformationChannel
from alianzas_desktop.services import bundles
from alianzas_desktop.services.errors import ValidationFailed
from alianzas_desktop.storage.models import Alliance, Commitment, Organization
from alianzas_desktop.storage.sync_models import ConflictSide
from alianzas_desktop.storage.work_models import Conflict, InformationFlow
from tests.sync.conftest import stored_state, table_counts


def _first(db, model, **where):
    with db.reading() as session:
        query = select(model).filter_by(**where).order_by(model.id)
        return session.scalars(query).first()


def _edit(db, model, record_id, **values):
    with db.transaction() as session:
        record = session.get(model, record_id)
        for name, value in values.items():
            setattr(record, name, value)


def _exchange(source, target, path):
    bundles.export_bundle(source, path)
    return bundles.import_bundle(target, path)


def test_first_exchange_adds_everything_and_twice_changes_nothing(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    bundle = tmp_path / "a.alianzas"
    bundles.export_bundle(laptop_a, bundle)
    preview = bundles.preview_import(laptop_b, bundle)
    assert preview.dry_run and not preview.applied
    assert table_counts(laptop_b)["alliances"] == 0  # the dry run wrote nothing

    result = bundles.import_bundle(laptop_b, bundle)

    counts = table_counts(laptop_a)
    assert result.added == preview.added == sum(counts.values())
    assert (result.updated, result.conflicts) == (0, 0)
    # A file is copied first; a server is backed up with pg_dump, outside the app.
    assert (result.backup is not None) == (laptop_b.path is not None)
    assert table_counts(laptop_b) == counts
    before = stored_state(laptop_b)
    again = bundles.import_bundle(laptop_b, bundle)
    assert (again.added, again.updated, again.conflicts, again.applied) == (0, 0, 0, False)
    assert stored_state(laptop_b) == before
    assert table_counts(laptop_b) == counts
    history = bundles.list_exchanges(laptop_b)
    assert [h.direction for h in history] == ["importado"]
    assert history[0].added == result.added


def test_both_sides_edit_then_exchange(laptop_a, laptop_b, alliance_on_a, tmp_path):
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    organization = _first(laptop_a, Organization, name="Alcaldía de Sonsón")
    commitment = _first(laptop_a, Commitment, alliance_id=alliance_on_a)

    # Laptop A: the purpose (A only), the organization (both), a new conflict entry.
    _edit(laptop_a, Alliance, alliance_on_a, purpose="Propósito reescrito en la oficina")
    _edit(laptop_a, Organization, organization.id, name="Alcaldía Municipal de Sonsón")
    with laptop_a.transaction() as session:
        entry = Conflict(
            alliance_id=alliance_on_a,
            level=ConflictLevel.EXTERNAL.value,
            occurred_on=date(2026, 11, 2),
            description="Derrumbe en la vía a La Loma",
        )
        session.add(entry)
    # Laptop B: a commitment (B only), the same organization, a new information flow.
    _edit(laptop_b, Commitment, commitment.id, description="Visitar las 60 fincas")
    _edit(laptop_b, Organization, organization.id, name="Alcaldía de Sonsón (Antioquia)")
    with laptop_b.transaction() as session:
        flow = InformationFlow(alliance_id=alliance_on_a, channel=InformationChannel.WHATSAPP.value)
        session.add(flow)

    on_b = _exchange(laptop_a, laptop_b, tmp_path / "2.alianzas")
    assert (on_b.added, on_b.updated, on_b.conflicts) == (1, 1, 1)
    assert on_b.pending_conflicts == 1
    on_a = _exchange(laptop_b, laptop_a, tmp_path / "3.alianzas")
    assert (on_a.added, on_a.updated, on_a.conflicts) == (1, 1, 1)

    for db in (laptop_a, laptop_b):
        assert _first(db, Alliance, id=alliance_on_a).purpose == "Propósito reescrito en la oficina"
        assert _first(db, Commitment, id=commitment.id).description == "Visitar las 60 fincas"
        assert _first(db, Conflict, id=entry.id) is not None
        assert _first(db, InformationFlow, id=flow.id) is not None
    assert table_counts(laptop_a) == table_counts(laptop_b)  # nothing duplicated
    # Each side kept its own value until someone chooses.
    assert _first(laptop_a, Organization, id=organization.id).name == "Alcaldía Municipal de Sonsón"
    assert (
        _first(laptop_b, Organization, id=organization.id).name == "Alcaldía de Sonsón (Antioquia)"
    )

    [conflict_b] = bundles.list_conflicts(laptop_b)
    assert conflict_b.table == "organizations" and conflict_b.record_id == organization.id
    assert conflict_b.fields == {
        "name": {
            "local": "Alcaldía de Sonsón (Antioquia)",
            "remoto": "Alcaldía Municipal de Sonsón",
        }
    }
    with pytest.raises(ValidationFailed):
        bundles.resolve_conflict(laptop_b, conflict_b.id, {})
    bundles.resolve_conflict(laptop_b, conflict_b.id, {"name": ConflictSide.REMOTE.value})
    [conflict_a] = bundles.list_conflicts(laptop_a)
    bundles.resolve_conflict(laptop_a, conflict_a.id, {"name": ConflictSide.LOCAL.value})
    assert bundles.list_conflicts(laptop_a) == bundles.list_conflicts(laptop_b) == []

    # Both chose the same name: the next exchanges agree without a new conflict.
    again_a = _exchange(laptop_b, laptop_a, tmp_path / "4.alianzas")
    again_b = _exchange(laptop_a, laptop_b, tmp_path / "5.alianzas")
    assert again_a.conflicts == again_b.conflicts == 0
    for db in (laptop_a, laptop_b):
        assert _first(db, Organization, id=organization.id).name == "Alcaldía Municipal de Sonsón"

    # A later edit on one side after the resolution travels as a plain update.
    _edit(laptop_b, Organization, organization.id, name="Municipio de Sonsón")
    later = _exchange(laptop_b, laptop_a, tmp_path / "6.alianzas")
    assert (later.updated, later.conflicts) == (1, 0)
    assert _first(laptop_a, Organization, id=organization.id).name == "Municipio de Sonsón"


def test_an_older_copy_does_not_undo_a_newer_edit(laptop_a, laptop_b, alliance_on_a, tmp_path):
    old = tmp_path / "viejo.alianzas"
    bundles.export_bundle(laptop_a, old)
    bundles.import_bundle(laptop_b, old)
    _edit(laptop_b, Alliance, alliance_on_a, purpose="Propósito nuevo en B")
    result = bundles.import_bundle(laptop_b, old)
    assert (result.added, result.updated, result.conflicts) == (0, 0, 0)
    assert _first(laptop_b, Alliance, id=alliance_on_a).purpose == "Propósito nuevo en B"
    # …and B's newer edit reaches A, which had not changed it.
    result = _exchange(laptop_b, laptop_a, tmp_path / "b.alianzas")
    assert (result.updated, result.conflicts) == (1, 0)
    assert _first(laptop_a, Alliance, id=alliance_on_a).purpose == "Propósito nuevo en B"


def test_chosen_alliances_only(laptop_a, laptop_b, alliance_on_a, tmp_path):
    from alianzas_desktop.services import nacimiento
    from tests.factories import nacimiento_data

    other = nacimiento_data()
    other.name = "Alianza Café de Jardín"
    other.partners = other.partners[:2]
    kept = {p.key for p in other.partners}
    other.commitments = [c for c in other.commitments if c.partner_key in kept]
    other_id = nacimiento.found_alliance(laptop_a, other)
    bundle = tmp_path / "una.alianzas"
    summary = bundles.export_bundle(laptop_a, bundle, [other_id])
    assert summary.counts["alliances"] == 1
    bundles.import_bundle(laptop_b, bundle)
    with laptop_b.reading() as session:
        assert session.scalars(select(Alliance.id)).all() == [other_id]
        # The organizations the chosen alliance names came along, not the other ones.
        names = set(session.scalars(select(Organization.name)))
    assert "Cooperativa de Productores de La Loma" not in names
    assert "Alcaldía de Sonsón" in names
    inspected = bundles.inspect_bundle(bundle)
    assert inspected["alliances"] == [other_id]
    assert inspected["counts"]["alliances"] == 1


def test_a_conflict_waiting_is_not_stored_twice(laptop_a, laptop_b, alliance_on_a, tmp_path):
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    _edit(laptop_a, Alliance, alliance_on_a, objectives="Objetivos según A")
    _edit(laptop_b, Alliance, alliance_on_a, objectives="Objetivos según B")
    second = tmp_path / "2.alianzas"
    first = _exchange(laptop_a, laptop_b, second)
    assert first.new_conflicts == 1
    before = stored_state(laptop_b)
    again = bundles.import_bundle(laptop_b, second)
    assert (again.conflicts, again.new_conflicts, again.pending_conflicts) == (1, 0, 1)
    assert not again.applied
    assert stored_state(laptop_b) == before
    assert len(bundles.list_conflicts(laptop_b)) == 1


def test_two_actas_with_the_same_number_refuse_the_bundle(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    import json
    import uuid

    from alianzas_desktop.services.bundles import BundleRefused
    from alianzas_desktop.sync.records import content_hash
    from tests.sync.bundle_tools import members_of, rebuild

    first = tmp_path / "1.alianzas"
    _exchange(laptop_a, laptop_b, first)
    meeting = json.loads(members_of(first.read_bytes())["records/meetings.json"])["records"][0]

    def change(members, manifest):
        document = json.loads(members["records/meetings.json"])
        twin = json.loads(json.dumps(meeting))
        twin["key"] = twin["fields"]["id"] = str(uuid.uuid4())
        twin["fields"]["verification_code"] = None
        twin["hash"] = content_hash("meetings", twin["fields"])
        document["records"].append(twin)
        members["records/meetings.json"] = json.dumps(document).encode()
        manifest["counts"]["meetings"] += 1

    forged = tmp_path / "gemela.alianzas"
    forged.write_bytes(rebuild(first.read_bytes(), change))
    before = stored_state(laptop_b)
    with pytest.raises(BundleRefused, match="mismo alliance_id, number"):
        bundles.import_bundle(laptop_b, forged)
    assert stored_state(laptop_b) == before
