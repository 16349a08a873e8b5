"""The alliance list's and its search's queries read the large tables through indexes.

Every statement the list runs — its own columns, a page's figures and health (and the
page's rows read at once, ``page_rows``), sorting by
figures or health, the search's exact and alliance-by-alliance links, the tablero's health
distribution — is recorded while it runs, then SQLite's EXPLAIN QUERY PLAN must show no
full scan of people, attendances, commitments, meetings, organisations or the audit log.
The one read of all names (once per change of the database, behind the window) may walk
the name indexes of people and organisations, never the tables.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import event, select

from alianzas_desktop.services import alliance_list, health, meetings, nacimiento, search
from alianzas_desktop.storage.models import Alliance
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting

pytestmark = pytest.mark.sqlite_only(reason="EXPLAIN QUERY PLAN is SQLite's")

# The brief's large tables, and meetings and organisations (60,000 and 40,000 in an office).
LARGE = ("people", "attendances", "commitments", "audit_log", "meetings", "organizations")
FULL_SCAN = re.compile(r"^SCAN (\w+)( USING (COVERING )?INDEX (\w+))?")
NAME_INDEXES = ("ix_people_full_name", "ix_organizations_name")


def _record(db):
    statements: list[tuple[str, object]] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", before)
    return statements, lambda: event.remove(db.engine, "before_cursor_execute", before)


def _scans(db, statement: str, parameters) -> list[str]:
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        rows = raw.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
    found = []
    for *_ids, detail in rows:
        match = FULL_SCAN.match(detail)
        if match and match.group(1) in LARGE:
            found.append(detail)
    return found


@pytest.fixture
def office(db) -> list[str]:
    ids = []
    for name in ("Cacao para la Paz", "Miel del Cauca"):
        data = nacimiento_data()
        data.name = name
        ids.append(nacimiento.found_alliance(db, data))
    meetings.save_convocation(db, convened_meeting(db, ids[1]))
    return ids


def test_list_and_search_queries_use_indexes_on_large_tables(db, office, monkeypatch):
    statements, stop = _record(db)
    try:
        rows = alliance_list.light_alliances(db)
        page = [row.id for row in rows]
        alliance_list.alliance_figures(db, page)
        alliance_list.alliance_figures(db, None)  # sorting by partners or deadline
        health.health_of_all(db, alliance_ids=page, today=date(2026, 6, 15))
        alliance_list.page_rows(db, page, today=date(2026, 6, 15))  # a page, as the list reads it
        health.health_levels(db, today=date(2026, 6, 15))  # sorting by health
        with db.reading() as session:
            health.health_distribution(session, select(Alliance.id))  # the tablero
        names_from = len(statements)
        search.forget_names(db)
        search.name_index(db)
        names_statements = statements[names_from:]
        own = {row.id: search.fold(row.name) for row in rows}
        for budget in (search.EXACT_BUDGET, 0):  # by names, then alliance by alliance
            monkeypatch.setattr(search, "EXACT_BUDGET", budget)
            finder = search.AllianceSearch(db, own)
            for text in ("luz dary", "cooperativa", "pedro nel", "sonson"):
                finder.matches(search.words_of(text), page)
    finally:
        stop()
    kinds = " ".join(s for s, _ in statements)
    assert "attendances" in kinds and "representative_id" in kinds  # the search ran its joins
    assert len(statements) > 12

    for statement, parameters in statements:
        scans = _scans(db, statement, parameters)
        if (statement, parameters) in names_statements:
            # The names are read once per change, from people's name index only.
            assert all(scan.endswith(NAME_INDEXES) for scan in scans), (scans, statement)
            continue
        assert scans == [], (scans, statement)


def test_the_check_sees_a_full_scan(db, office):
    """The test above would notice: a search by name without its index scans people."""
    statement = "SELECT id FROM people WHERE full_name LIKE ?"
    assert _scans(db, statement, ("%luz%",)) != []
