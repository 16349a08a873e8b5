"""Erasure reaches a conflict from an exchange that still holds the person's values."""

from __future__ import annotations

import json

from alianzas_desktop.services import personal_data
from alianzas_desktop.storage.sync_models import SyncConflict
from tests.services.test_personal_data import (
    UNIQUE_NAME,
    UNIQUE_PHONE,
    _found_with_unique_person,
    _tables_holding,
)


def test_a_pending_conflict_loses_the_erased_persons_values(db):
    _, person_id = _found_with_unique_person(db)
    # What an import writes when both laptops changed this person since they last met.
    with db.transaction() as session:
        session.add(
            SyncConflict(
                exchange_id="intercambio",
                table_name="people",
                record_id=person_id,
                device_id="otro-equipo",
                remote_hash="0" * 64,
                local_fields=json.dumps(
                    {"full_name": UNIQUE_NAME, "phone": UNIQUE_PHONE}, ensure_ascii=False
                ),
                remote_fields=json.dumps(
                    {"full_name": UNIQUE_NAME, "phone": "3001112233"}, ensure_ascii=False
                ),
                status="pendiente",
            )
        )
    assert "sync_conflicts" in _tables_holding(db, UNIQUE_NAME)

    personal_data.erase_person(db, person_id)

    # The conflict over the person's own record is decided by the erasure: both sides go,
    # the other laptop's phone too.
    assert "sync_conflicts" not in _tables_holding(db, UNIQUE_NAME)
    assert "sync_conflicts" not in _tables_holding(db, "3001112233")
    with db.reading() as session:
        assert session.query(SyncConflict).count() == 0


def test_a_conflict_elsewhere_keeps_its_fields_without_the_persons_values(db):
    _, person_id = _found_with_unique_person(db)
    with db.transaction() as session:
        session.add(
            SyncConflict(
                exchange_id="intercambio",
                table_name="alliances",
                record_id="otra",
                device_id="otro-equipo",
                remote_hash="0" * 64,
                local_fields=json.dumps({"purpose": f"Con {UNIQUE_NAME}"}, ensure_ascii=False),
                remote_fields=json.dumps({"purpose": "Otro propósito"}, ensure_ascii=False),
                status="pendiente",
            )
        )
    personal_data.erase_person(db, person_id)
    with db.reading() as session:
        [conflict] = session.query(SyncConflict).all()
        assert UNIQUE_NAME not in conflict.local_fields
        assert json.loads(conflict.remote_fields) == {"purpose": "Otro propósito"}
