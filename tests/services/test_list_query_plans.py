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


def test_the_people_list_reads_its_pages_through_the_sort_key_index(db, office):
    """The people window's pages start where the last ended (a search of the index, not a
    walk from its start); its first page and a look person by person walk the index in
    order only as far as their LIMIT; a search by names goes through the name indexes.
    Counting those «Mostrar» shows is the one walk of every person, in a worker."""
    from alianzas_desktop.services import people_list
    from alianzas_desktop.services.people_list import Showing

    names = search.name_index(db)
    statements, stop = _record(db)
    try:
        first = people_list.page(db, limit=2)
        following = len(statements)
        for descending in (False, True):
            for showing in Showing:
                people_list.page(db, first.last, descending=descending, showing=showing)
            people_list.scan(db, ["luz"], first.last, descending=descending)
        # Their rows are read by id afterwards: those are not walks.
        following = [(s, p) for s, p in statements[following:] if "people.id IN" not in s]
        people_list.scan(db, ["luz"])
        people_list.find(db, search.words_of("luz cooperativa"), names)
        people_list.people(db, [p.id for p in first.people])
        counted_from = len(statements)
        for showing in Showing:
            people_list.count(db, showing)
        counts = statements[counted_from:]
    finally:
        stop()
    assert len(following) == 2 * (len(Showing) + 1)
    for statement, parameters in statements:
        if (statement, parameters) in counts:
            continue
        scans = _scans(db, statement, parameters)
        if " LIMIT " in statement:  # a walk in order that stops at the page
            scans = [s for s in scans if not s.endswith("USING INDEX ix_people_sort_key")]
        assert scans == [], (scans, statement)
    for statement, parameters in following:  # from where the last page ended
        plan = " ".join(row[-1] for row in _plan(db, statement, parameters))
        assert "SEARCH people USING INDEX ix_people_sort_key (<expr>" in plan, plan


def _plan(db, statement: str, parameters) -> list:
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        return raw.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()


def test_the_board_of_every_alliance_reads_its_pages_along_the_deadline_index(db, office):
    """«Seguimiento de compromisos» at the office: a page walks the commitments by their
    deadline's index and stops at its LIMIT (it read and sorted all 200,000, twice, in 32 s);
    the next page starts at the last deadline shown. «Vencidos» too: it read and sorted all
    the overdue ones along the status index (240 ms for 15,700 at the office). Its count
    and each partner's fulfilment are one pass over the commitments, in a worker (not
    checked here)."""
    from alianzas_desktop.services import commitment_board
    from alianzas_desktop.services.commitment_board import BoardFilter

    first = commitment_board.board_rows(db, limit=1)
    assert first
    statements, stop = _record(db)
    try:
        for filters in (
            BoardFilter(),
            BoardFilter(sector="publico"),
            BoardFilter(kind="dinero"),
            BoardFilter(overdue=True),
        ):
            commitment_board.board_rows(db, filters, limit=100)
            commitment_board.board_rows(db, filters, after=first[0], limit=100)
    finally:
        stop()
    assert len(statements) == 8
    for statement, parameters in statements:
        plan = " ".join(row[-1] for row in _plan(db, statement, parameters))
        assert "commitments USING INDEX ix_commitments_deadline" in plan, plan
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan  # only its right part
        walks = [
            scan
            for scan in _scans(db, statement, parameters)
            if not scan.endswith("USING INDEX ix_commitments_deadline")  # stops at LIMIT
        ]
        assert walks == [], plan


def test_an_alliance_s_board_lists_its_partners_by_index(db, office):
    """An alliance's «Seguimiento» tab lists the partners with commitments: each of its
    memberships is looked up in the commitments' index, never every commitment read
    (35 ms for eight partners at the office)."""
    from alianzas_desktop.services import commitment_board

    statements, stop = _record(db)
    try:
        partners = commitment_board.board_partners(db, office[0])
    finally:
        stop()
    assert partners
    assert len(statements) == 1
    [(statement, parameters)] = statements
    assert _scans(db, statement, parameters) == []
