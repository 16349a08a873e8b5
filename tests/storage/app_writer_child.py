"""Child process standing in for the window: holds the database open and writes on request.

Run as: python -m tests.storage.app_writer_child DB_PATH
Commands on stdin, one per line; each answers one line on stdout:
  draft TEXT   saves a wizard draft (a real service write) -> "saved <id>"
  peek         opens the database file with plain open(), reads its header and
               closes it, as a file dialog guessing the file's type does -> "peeked"
"""

from __future__ import annotations

import sys

from alianzas_desktop.services import drafts
from alianzas_desktop.storage.database import Database


def main() -> None:
    path = sys.argv[1]
    db = Database.open(path, exclusive=True)
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "draft":
            draft_id = drafts.save_draft(db, "nacimiento", {"name": argument}, page=1)
            print(f"saved {draft_id}", flush=True)
        elif command == "peek":
            with open(path, "rb") as handle:
                handle.read(100)
            print("peeked", flush=True)


if __name__ == "__main__":
    main()
