"""Child process for the crash test: commits records one by one and reports each commit.

Run as: python -m tests.storage.crash_child DB_PATH
Prints "draft <id>" or "alliance <id>" only after the transaction has committed.
"""

from __future__ import annotations

import sys
from datetime import date

from alianzas_desktop.services import drafts, nacimiento
from alianzas_desktop.storage.database import Database
from tests.factories import nacimiento_data


def main() -> None:
    db = Database.open(sys.argv[1])
    counter = 0
    while True:
        counter += 1
        if counter % 5 == 0:
            data = nacimiento_data()
            data.name = f"Alianza de prueba {counter}"
            alliance_id = nacimiento.found_alliance(db, data, today=date(2026, 11, 25))
            print(f"alliance {alliance_id}", flush=True)
        else:
            payload = {"name": f"Borrador {counter}", "purpose": "ñ" * 2000}
            draft_id = drafts.save_draft(db, "nacimiento", payload, page=counter % 6)
            print(f"draft {draft_id}", flush=True)


if __name__ == "__main__":
    main()
