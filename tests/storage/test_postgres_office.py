"""The office's PostgreSQL gathers the laptops' bundles and sends its changes back out.

The laptops are SQLite files, the office a PostgreSQL database: what travels must arrive
whole in both directions, a second import must change nothing, and an edit made on both
sides must become a conflict on the server as it does between two files.
Runs when ALIANZAS_TEST_POSTGRES names a server (scripts/pg_throwaway.sh start).
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from alianzas_desktop.services import bundles
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance
from tests.sync.conftest import found_alliance_with_documents, table_counts

pytest.importorskip("psycopg")


def _rename(db: Database, alliance_id: str, name: str) -> None:
    with db.transaction() as session:
        session.get(Alliance, alliance_id).name = name


def test_a_laptops_bundle_gathers_in_the_office_and_comes_back(pg, tmp_path):
    office = pg  # the office's PostgreSQL database (tests/storage/conftest.py)
    laptop = Database.open(tmp_path / "laptop.sqlite")
    alliance_id = found_alliance_with_documents(laptop)
    bundles.export_bundle(laptop, tmp_path / "laptop.alianzas")

    result = bundles.import_bundle(office, tmp_path / "laptop.alianzas")
    counts = table_counts(laptop)
    assert result.added == sum(counts.values()) and result.conflicts == 0
    assert table_counts(office) == counts
    again = bundles.import_bundle(office, tmp_path / "laptop.alianzas")
    assert (again.added, again.updated, again.conflicts, again.applied) == (0, 0, 0, False)

    # Both sides rename the alliance: the office keeps its own and records the conflict.
    _rename(office, alliance_id, "Alianza Frijol del Páramo (oficina)")
    _rename(laptop, alliance_id, "Alianza Frijol del Páramo (vereda)")
    bundles.export_bundle(laptop, tmp_path / "laptop-2.alianzas")
    assert bundles.import_bundle(office, tmp_path / "laptop-2.alianzas").conflicts == 1
    with office.reading() as session:
        assert session.scalar(select(Alliance.name)) == "Alianza Frijol del Páramo (oficina)"

    bundles.export_bundle(office, tmp_path / "oficina.alianzas")
    other = Database.open(tmp_path / "otro.sqlite")
    back = bundles.import_bundle(other, tmp_path / "oficina.alianzas")
    assert back.conflicts == 0 and table_counts(other) == table_counts(office)
    laptop.close()
    other.close()
