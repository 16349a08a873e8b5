"""The coordinator's dashboard: its tables and its XLSX/CSV agree with the database, counted
independently here with plain SQL."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from alianzas_desktop.domain.vocabulary import Phase, Sector
from alianzas_desktop.services import dashboard, demo
from alianzas_desktop.services.dashboard import DashboardFilters, ExportError

TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    import os

    from alianzas_desktop.storage.database import Database

    folder = tmp_path_factory.mktemp("tablero")
    previous = os.environ.get("ALIANZAS_DATA_DIR")
    os.environ["ALIANZAS_DATA_DIR"] = str(folder / "datos")
    database = Database.open(folder / "alianzas.sqlite")
    demo.build_demo(database, TODAY)
    yield database
    database.close()
    if previous is None:
        os.environ.pop("ALIANZAS_DATA_DIR", None)
    else:
        os.environ["ALIANZAS_DATA_DIR"] = previous


def _sql(db, query: str, **params):
    with db.reading() as session:
        return session.execute(text(query), params).all()


def test_the_xlsx_totals_equal_the_database(demo_db, tmp_path):
    target = dashboard.export_dashboard(demo_db, tmp_path / "tablero.xlsx")
    book = load_workbook(target)
    assert book.sheetnames[0] == "Alianzas por fase"

    phases = book["Alianzas por fase"]
    assert [c.value for c in phases[1]] == ["Fase", "Alianzas"]
    assert phases.freeze_panes == "A2"
    by_label = {row[0]: row[1] for row in phases.iter_rows(min_row=2, values_only=True)}
    expected = dict(
        _sql(
            demo_db,
            "SELECT phase, COUNT(*) FROM alliances WHERE archived_at IS NULL GROUP BY phase",
        )
    )
    assert by_label == {p.label: expected.get(p.value, 0) for p in Phase}
    assert all(isinstance(v, int) for v in by_label.values())
    assert sum(by_label.values()) == _sql(demo_db, "SELECT COUNT(*) FROM alliances")[0][0]

    sectors = book["Compromisos por sector"]
    rows = {r[0]: r[1:] for r in sectors.iter_rows(min_row=2, values_only=True)}
    counted = _sql(
        demo_db,
        "SELECT o.sector, COUNT(*), SUM(c.status = 'cumplido') FROM commitments c "
        "JOIN memberships m ON m.id = c.membership_id "
        "JOIN organizations o ON o.id = m.organization_id "
        "WHERE c.status != 'cancelado' GROUP BY o.sector",
    )
    for sector, total, done in counted:
        assert rows[Sector(sector).label][:2] == (total, done)

    money = book["Aportes por sector y tipo"]
    pesos = sum(r[3] for r in money.iter_rows(min_row=2, values_only=True))
    assert (
        pesos
        == _sql(
            demo_db,
            "SELECT SUM(estimated_value) FROM commitments WHERE status != 'cancelado'",
        )[0][0]
    )
    assert money.cell(row=2, column=4).number_format.startswith('"$ "')

    conflicts = book["Conflictos por nivel"]
    total_conflicts = sum(r[1] for r in conflicts.iter_rows(min_row=2, values_only=True))
    assert total_conflicts == _sql(demo_db, "SELECT COUNT(*) FROM conflicts")[0][0] > 0

    evaluations = book["Evaluaciones por dimensión"]
    scored = [r for r in evaluations.iter_rows(min_row=2, values_only=True) if r[2]]
    expected_avg = dict(
        _sql(
            demo_db,
            "SELECT dimension, AVG(score) FROM evaluation_scores "
            "WHERE membership_id IS NULL GROUP BY dimension",
        )
    )
    assert len(scored) == len(expected_avg) > 0
    for row in scored:
        assert isinstance(row[4], datetime)  # a real date cell
    deps = book["Alianzas por departamento"]
    assert isinstance(deps.cell(row=2, column=3).value, datetime)
    assert sum(r[1] for r in deps.iter_rows(min_row=2, values_only=True)) == sum(by_label.values())

    health = book["Salud de las alianzas"]
    assert sum(r[1] for r in health.iter_rows(min_row=2, values_only=True)) == sum(
        by_label.values()
    )


def test_filters_narrow_every_table(demo_db):
    [(departamento, count)] = _sql(
        demo_db,
        "SELECT departamento, COUNT(*) FROM alliances GROUP BY departamento "
        "ORDER BY COUNT(*) DESC, departamento LIMIT 1",
    )
    board = dashboard.build_dashboard(demo_db, DashboardFilters(departamento=departamento))
    assert board.alliances == count
    assert sum(r[1] for r in board.table("phase").rows) == count
    [(commitments,)] = _sql(
        demo_db,
        "SELECT COUNT(*) FROM commitments c JOIN alliances a ON a.id = c.alliance_id "
        "WHERE a.departamento = :d AND c.status != 'cancelado'",
        d=departamento,
    )
    assert sum(r[1] for r in board.table("commitments_logic").rows) == commitments

    period = DashboardFilters(period_from=date(2026, 1, 1), period_to=date(2026, 6, 30))
    board = dashboard.build_dashboard(demo_db, period)
    [(founded,)] = _sql(demo_db, "SELECT COUNT(*) FROM alliances WHERE start_date <= '2026-06-30'")
    assert board.alliances == founded
    [(due,)] = _sql(
        demo_db,
        "SELECT COUNT(*) FROM commitments c JOIN alliances a ON a.id = c.alliance_id "
        "WHERE a.start_date <= '2026-06-30' AND c.status != 'cancelado' "
        "AND c.deadline BETWEEN '2026-01-01' AND '2026-06-30'",
    )
    assert sum(r[1] for r in board.table("commitments_sector").rows) == due
    assert board.as_dict()["filters"]["period_to"] == "2026-06-30"


def test_csv_holds_one_table(demo_db, tmp_path):
    target = dashboard.export_dashboard(demo_db, tmp_path / "fases.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Fase", "Alianzas"]
    assert [r[0] for r in rows[1:]] == [p.label for p in Phase]
    other = dashboard.export_dashboard(demo_db, tmp_path / "areas.csv", table="conflicts")
    assert other.read_text(encoding="utf-8-sig").startswith("Nivel,Conflictos")


def test_a_bad_target_is_said_in_spanish(demo_db, tmp_path):
    with pytest.raises(ExportError, match="xlsx o .csv"):
        dashboard.export_dashboard(demo_db, tmp_path / "tablero.pdf")
    with pytest.raises(ExportError, match="No se pudo usar .*tablero.xlsx"):
        dashboard.export_dashboard(demo_db, tmp_path / "no-existe" / "tablero.xlsx")
    assert not (tmp_path / "no-existe").exists()
