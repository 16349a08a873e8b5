"""Verificar documento at office scale: how long a code takes to look up, before and after
the index of printed codes (``document_signatures``, migration 0012).

On the office database of ``office_db.py`` (a copy, with one plan de trabajo activity and one
evaluation added per alliance through Core inserts), it times:
- a code nobody printed, with nothing indexed: every plan and informe rebuilt, which is what
  each unknown code cost before the index (and what a database upgraded to 0012 pays once);
- the same code once everything is indexed;
- a plan's, an informe's and an acta's code, found through the index or their column;
- checking a signed QR text without the record (``verify`` on an empty database).
Prints figures and asserts nothing. Usage (from the repository root):
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/verify_lookup.py [SCALE]   (default 0.05)
"""

from __future__ import annotations

import logging
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("ALIANZAS_DATA_DIR", tempfile.mkdtemp(prefix="alianzas-bench-datos-"))

from office_db import build  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from alianzas_desktop.domain.verification import qr_text  # noqa: E402
from alianzas_desktop.domain.vocabulary import MeetingStatus  # noqa: E402
from alianzas_desktop.services import evaluations, meetings, workplan  # noqa: E402
from alianzas_desktop.services.verification import find_document, verify  # noqa: E402
from alianzas_desktop.storage.database import Database  # noqa: E402
from alianzas_desktop.storage.models import Alliance, Meeting  # noqa: E402
from alianzas_desktop.storage.work_models import Evaluation, PlanActivity  # noqa: E402

logger = logging.getLogger(__name__)

NOBODY_PRINTED = "ZZZZ-ZZZZ-ZZZZ"


def timed(work) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def add_plans_and_evaluations(db: Database) -> int:
    rng = random.Random(12)
    now = datetime(2026, 11, 30, 12, 0)
    with db.transaction() as session:
        alliance_ids = list(session.scalars(select(Alliance.id)))
        plans, reviews = [], []
        for alliance_id in alliance_ids:
            stamp = {"created_at": now, "updated_at": now}
            plans.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "alliance_id": alliance_id,
                    "title": "Escuela de campo sobre manejo del frijol",
                    "expected_result": "Ocho sesiones con 60 familias",
                    "start_date": date(2026, 5, 1),
                    "end_date": date(2026, 11, 30),
                    "is_milestone": False,
                    "status": "pendiente",
                    "position": 0,
                    **stamp,
                }
            )
            reviews.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "alliance_id": alliance_id,
                    "held_on": date(2026, 11, 20),
                    "context_changes": "Llegó el invierno antes de lo previsto.",
                    "learnings": "Las visitas en finca funcionan mejor que los talleres.",
                    **stamp,
                }
            )
        session.execute(insert(PlanActivity), plans)
        session.execute(insert(Evaluation), reviews)
    return len(alliance_ids)


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 0.05
    source = build(scale)
    folder = Path(tempfile.mkdtemp(prefix="alianzas-bench-verificar-"))
    path = folder / "oficina.sqlite"
    shutil.copyfile(source, path)
    db = Database.open(path)
    try:
        alliances = add_plans_and_evaluations(db)
        with db.reading() as session:
            alliance_id = session.scalars(select(PlanActivity.alliance_id).limit(1)).one()
            evaluation_id = session.scalars(select(Evaluation.id).limit(1)).one()
            meeting_id = session.scalars(
                select(Meeting.id).where(Meeting.status == MeetingStatus.CLOSED.value).limit(1)
            ).one()
        print(f"Oficina a escala {scale:g}: {alliances} alianzas, cada una con plan e informe")

        before, _ = timed(lambda: find_document(db, NOBODY_PRINTED))
        print(f"código que nadie imprimió, sin índice (antes de 0012; una vez): {before:8.3f} s")
        after, _ = timed(lambda: find_document(db, NOBODY_PRINTED))
        print(f"código que nadie imprimió, con índice:                         {after:8.3f} s")
        plan_code = workplan.plan_code(workplan.plan_document(db, alliance_id))
        plan, found = timed(lambda: find_document(db, plan_code))
        assert found is not None
        print(f"código de un plan de trabajo:                                  {plan:8.3f} s")
        informe_code = evaluations.evaluation_document(db, evaluation_id).verification_code
        informe, found = timed(lambda: find_document(db, informe_code))
        assert found is not None
        print(f"código de un informe de evaluación:                            {informe:8.3f} s")
        acta = meetings.acta_document(db, meeting_id)
        acta_time, found = timed(lambda: find_document(db, acta.verification_code))
        assert found is not None
        print(f"código de un acta:                                             {acta_time:8.3f} s")
        print(f"razón sin índice / con índice, para un código desconocido: {before / after:.0f}×")

        empty = Database.open(folder / "vacia.sqlite")
        text = qr_text("acta", acta.verification_code, acta.signature)
        offline, result = timed(lambda: verify(empty, text))
        print(f"texto del QR firmado, sin el registro ({result.outcome}):         {offline:8.3f} s")
        empty.close()
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
