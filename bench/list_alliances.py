"""Benchmark: how long the main window's alliance list takes with thousands of alliances.

Prints figures; asserts nothing. Usage:
    python bench/list_alliances.py [N]      (default 5000)
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import insert, select

from alianzas_desktop.services import alliances
from alianzas_desktop.services.demo import build_demo
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance, Commitment, Membership

logger = logging.getLogger(__name__)


def _clone_rows(db: Database, count: int) -> None:
    """Copy the demo alliances (with partners and commitments) until there are ``count``."""
    with db.transaction() as session:
        templates = list(session.scalars(select(Alliance)))
        base = [
            (
                {c.name: getattr(a, c.name) for c in Alliance.__table__.columns},
                [
                    {c.name: getattr(m, c.name) for c in Membership.__table__.columns}
                    for m in a.memberships
                ],
                [
                    {c.name: getattr(k, c.name) for c in Commitment.__table__.columns}
                    for k in a.commitments
                ],
            )
            for a in templates
        ]
        alliance_rows, member_rows, commitment_rows = [], [], []
        for i in range(count - len(templates)):
            a, members, commitments = base[i % len(base)]
            new_alliance = dict(a, id=str(uuid.uuid4()), name=f"{a['name']} {i + 2}")
            alliance_rows.append(new_alliance)
            ids = {}
            for m in members:
                ids[m["id"]] = str(uuid.uuid4())
                member_rows.append(dict(m, id=ids[m["id"]], alliance_id=new_alliance["id"]))
            for k in commitments:
                commitment_rows.append(
                    dict(
                        k,
                        id=str(uuid.uuid4()),
                        alliance_id=new_alliance["id"],
                        membership_id=ids[k["membership_id"]],
                    )
                )
        session.execute(insert(Alliance), alliance_rows)
        session.execute(insert(Membership), member_rows)
        session.execute(insert(Commitment), commitment_rows)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ALIANZAS_DATA_DIR"] = folder
        db = Database.open(Path(folder) / "bench.sqlite")
        build_demo(db)
        _clone_rows(db, count)
        timings = []
        for _ in range(5):
            start = time.perf_counter()
            rows = alliances.list_alliances(db)
            timings.append(time.perf_counter() - start)
        print(f"alianzas: {len(rows)}")
        print(
            f"list_alliances: mejor {min(timings) * 1000:.1f} ms, "
            f"peor {max(timings) * 1000:.1f} ms (5 repeticiones)"
        )
        db.close()


if __name__ == "__main__":
    main()
