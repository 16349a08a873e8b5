"""Child process: creates the schema of a new database and kills itself half-way.

Run as: python -m tests.storage.schema_kill_child DB_PATH N
After the N-th CREATE TABLE the process SIGKILLs itself, as a power cut would stop it.
"""

from __future__ import annotations

import os
import signal
import sys

from sqlalchemy import event

from alianzas_desktop.storage.database import Database


def main() -> None:
    path, after = sys.argv[1], int(sys.argv[2])
    database = Database(f"sqlite:///{path}")
    created = 0

    def count(_conn, _cursor, statement, *_args) -> None:
        nonlocal created
        if statement.lstrip().upper().startswith("CREATE TABLE"):
            created += 1
            if created == after:
                os.kill(os.getpid(), signal.SIGKILL)

    event.listen(database.engine, "after_cursor_execute", count)
    database.ensure_schema()
    print("terminó sin morir", flush=True)


if __name__ == "__main__":
    main()
