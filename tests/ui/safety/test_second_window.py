"""A second window on a database another Alianzas window holds is refused, in one Spanish line."""

from __future__ import annotations

from alianzas_desktop.services.alliances import list_alliances
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import startup_checks
from tests.ui.app.conftest import found


def test_a_second_window_on_a_held_database_is_refused(qapp, tmp_path, monkeypatch):
    path = tmp_path / "alianzas.sqlite"
    first = Database.open(path, exclusive=True)
    found(first, "Cacao para la Paz", "Tumaco", "Nariño")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        startup_checks, "show_critical", lambda title, text: shown.append((title, text))
    )
    try:
        outcome = startup_checks.open_checked(path)

        assert outcome.db is None and outcome.exit_code == 1
        [(_title, text)] = shown
        assert "está abierta en Alianzas" in text
        assert [a.name for a in list_alliances(first)] == ["Cacao para la Paz"]
    finally:
        first.close()

    # Once the first window closes, the file opens normally.
    outcome = startup_checks.open_checked(path)
    assert outcome.db is not None
    outcome.db.close()
