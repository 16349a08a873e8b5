"""Benchmark: the coordinator's dashboard and its XLSX export with thousands of alliances.

Builds the demo, then copies its alliances — with partners, commitments, conflicts,
evaluations and their scores — spread over several departamentos, until there are N.
With ``office [SCALE]`` it reads instead a copy of bench/office_db.py's office-size
database (5,000 alliances and 200,000 commitments at scale 1, no evaluations nor conflicts).
Prints figures; asserts nothing. Usage:
    python bench/dashboard.py [N]              (default 5000)
    python bench/dashboard.py office [SCALE]   (default 1)
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import func, insert, select

from alianzas_desktop.services import dashboard, health
from alianzas_desktop.services.demo import build_demo
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance, Commitment, Membership
from alianzas_desktop.storage.work_models import Conflict, Evaluation, EvaluationScore

logger = logging.getLogger(__name__)

DEPARTAMENTOS = ("Antioquia", "Bolívar", "Caldas", "Cauca", "Nariño", "Boyacá", "Huila")


def _columns(row) -> dict:
    return {c.name: getattr(row, c.name) for c in type(row).__table__.columns}


def _clone(db: Database, count: int) -> None:
    """Copy the demo alliances and their records until there are ``count`` alliances."""
    with db.transaction() as session:
        templates = list(session.scalars(select(Alliance)))
        rows: dict[type, list[dict]] = {
            m: [] for m in (Alliance, Membership, Commitment, Conflict, Evaluation, EvaluationScore)
        }
        per_alliance = {
            a.id: {
                m: [_columns(r) for r in session.scalars(select(m).where(m.alliance_id == a.id))]
                for m in (Membership, Commitment, Conflict, Evaluation)
            }
            for a in templates
        }
        scores = {}
        for score in session.scalars(select(EvaluationScore)):
            scores.setdefault(score.evaluation_id, []).append(_columns(score))
        for i in range(count - len(templates)):
            template = templates[i % len(templates)]
            ids: dict[str, str] = {}

            def fresh(old: str, ids: dict[str, str] = ids) -> str:
                return ids.setdefault(old, str(uuid.uuid4()))

            alliance = dict(
                _columns(template),
                id=str(uuid.uuid4()),
                name=f"{template.name} {i + 2}",
                departamento=DEPARTAMENTOS[i % len(DEPARTAMENTOS)],
            )
            rows[Alliance].append(alliance)
            records = per_alliance[template.id]
            for m in records[Membership]:
                rows[Membership].append(dict(m, id=fresh(m["id"]), alliance_id=alliance["id"]))
            for c in records[Commitment]:
                rows[Commitment].append(
                    dict(
                        c,
                        id=str(uuid.uuid4()),
                        alliance_id=alliance["id"],
                        membership_id=fresh(c["membership_id"]),
                        meeting_id=None,
                        responsible_person_id=None,
                    )
                )
            for c in records[Conflict]:
                rows[Conflict].append(dict(c, id=str(uuid.uuid4()), alliance_id=alliance["id"]))
            for e in records[Evaluation]:
                new_id = str(uuid.uuid4())
                rows[Evaluation].append(
                    dict(e, id=new_id, alliance_id=alliance["id"], meeting_id=None)
                )
                for s in scores.get(e["id"], []):
                    membership = s["membership_id"]
                    rows[EvaluationScore].append(
                        dict(
                            s,
                            id=str(uuid.uuid4()),
                            evaluation_id=new_id,
                            membership_id=fresh(membership) if membership else None,
                        )
                    )
        for model, values in rows.items():
            if values:
                session.execute(insert(model), values)


def _timed(label: str, work, repeat: int = 3):
    timings, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        timings.append(time.perf_counter() - start)
    print(f"{label}: mejor {min(timings) * 1000:.0f} ms, peor {max(timings) * 1000:.0f} ms")
    return result


def _office(scale: float) -> None:
    """The dashboard over a copy of the office-size database (the cached file stays as built)."""
    import shutil

    sys.path.insert(0, str(Path(__file__).parent))
    import office_db

    source = office_db.build(scale)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ALIANZAS_DATA_DIR"] = folder
        copy = Path(folder) / "oficina.sqlite"
        shutil.copyfile(source, copy)
        db = Database.open(copy)
        with db.reading() as session:
            for model in (Alliance, Commitment):
                n = session.scalar(select(func.count()).select_from(model))
                print(f"  {model.__tablename__}: {n}")
        board = _timed("build_dashboard (oficina, todo)", lambda: dashboard.build_dashboard(db))
        print(f"  alianzas en el tablero: {board.alliances}")
        _timed("  de ello, health_of_all", lambda: health.health_of_all(db))
        target = Path(folder) / "tablero.xlsx"
        _timed("export_dashboard (oficina, XLSX)", lambda: dashboard.export_dashboard(db, target))
        db.close()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "office":
        _office(float(sys.argv[2]) if len(sys.argv) > 2 else 1.0)
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ALIANZAS_DATA_DIR"] = folder
        db = Database.open(Path(folder) / "bench.sqlite")
        build_demo(db)
        start = time.perf_counter()
        _clone(db, count)
        print(f"base construida en {time.perf_counter() - start:.1f} s")
        with db.reading() as session:
            for model in (Alliance, Commitment, Conflict, Evaluation, EvaluationScore):
                n = session.scalar(select(func.count()).select_from(model))
                print(f"  {model.__tablename__}: {n}")
        board = _timed("build_dashboard (todo)", lambda: dashboard.build_dashboard(db))
        print(f"  alianzas en el tablero: {board.alliances}")
        # The health reading is services/health.py's (its rules are Python, per alliance):
        # timed alone, so the SQL tables' share is the difference.
        _timed("  de ello, health_of_all", lambda: health.health_of_all(db))
        filters = dashboard.DashboardFilters(
            period_from=date(2024, 1, 1), period_to=date(2026, 12, 31), departamento="Caldas"
        )
        _timed(
            "build_dashboard (Caldas, 2024–2026)", lambda: dashboard.build_dashboard(db, filters)
        )
        target = Path(folder) / "tablero.xlsx"
        _timed("export_dashboard (XLSX)", lambda: dashboard.export_dashboard(db, target))
        print(f"  XLSX: {target.stat().st_size / 1024:.0f} KB")
        db.close()


if __name__ == "__main__":
    main()
