"""The coordinator's view across alliances, the way the programme compared its 41 cases:
counts by phase, area and departamento; commitments fulfilled by sector and by logic;
contributions by sector and kind; health; conflicts by level; evaluation averages.

Every table is one GROUP BY in SQL over the alliances the filters keep, so the view stays
fast with thousands of alliances. Exported as XLSX (one sheet per table) or CSV (one table).

Filters: ``departamento`` and ``area`` choose alliances; the period keeps the alliances
founded by its end and, of their dated records, those inside it (commitments by deadline,
conflicts by the day they occurred, evaluations by the day they were held). Archived
alliances are left out.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, case, func, select

from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.vocabulary import (
    ApplicationArea,
    CommitmentStatus,
    Condition,
    ConflictLevel,
    ConflictStatus,
    ContributionKind,
    DimensionGroup,
    Health,
    Logic,
    Phase,
    Sector,
    SuccessFactor,
    Value,
    label_of,
)
from alianzas_desktop.files import write_durably
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance, Commitment, Membership, Organization
from alianzas_desktop.storage.work_models import Conflict, Evaluation, EvaluationScore

logger = logging.getLogger(__name__)

_DIMENSIONS = {
    DimensionGroup.CONDITION.value: Condition,
    DimensionGroup.VALUE.value: Value,
    DimensionGroup.SUCCESS_FACTOR.value: SuccessFactor,
}
# Table keys in the order they are shown and exported; the first is "Alianzas por fase".
TABLE_KEYS = (
    "phase",
    "area",
    "departamento",
    "commitments_sector",
    "commitments_logic",
    "contributions",
    "health",
    "conflicts",
    "evaluations",
)


class ExportError(ServiceError):
    """The dashboard could not be written where asked."""


@dataclass(frozen=True)
class DashboardFilters:
    period_from: date | None = None
    period_to: date | None = None
    departamento: str = ""
    area: str = ""


@dataclass(frozen=True)
class DashboardTable:
    """One table: Spanish title and headers, rows of plain values (str, int, float, date)."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    # The column drawn as bars on screen (a count or an amount).
    chart_column: int = 1
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "columns": list(self.columns),
            "rows": [[_jsonable(v) for v in row] for row in self.rows],
            "note": self.note,
        }


@dataclass(frozen=True)
class Dashboard:
    filters: DashboardFilters
    alliances: int
    tables: tuple[DashboardTable, ...] = field(default_factory=tuple)

    def table(self, key: str) -> DashboardTable:
        return next(t for t in self.tables if t.key == key)

    def as_dict(self) -> dict[str, Any]:
        return {
            "filters": {k: _jsonable(v) for k, v in self.filters.__dict__.items()},
            "alliances": self.alliances,
            "tables": [t.as_dict() for t in self.tables],
        }


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _percent(done: int, total: int) -> float:
    return round(100.0 * done / total, 1) if total else 0.0


# -- the scope the filters keep ---------------------------------------------------------------


def _scope(filters: DashboardFilters) -> Select:
    """The ids of the alliances the filters keep."""
    query = select(Alliance.id).where(Alliance.archived_at.is_(None))
    if filters.departamento:
        query = query.where(Alliance.departamento == filters.departamento)
    if filters.area:
        query = query.where(Alliance.area == filters.area)
    if filters.period_to:
        query = query.where(Alliance.start_date <= filters.period_to)
    return query


def _in_period(query: Select, column, filters: DashboardFilters) -> Select:
    if filters.period_from:
        query = query.where(column >= filters.period_from)
    if filters.period_to:
        query = query.where(column <= filters.period_to)
    return query


def _every(enum_cls, counted: dict[str, Sequence[Any]], width: int) -> list[tuple[Any, ...]]:
    """A row for every member of the vocabulary (zeros included), then unknown codes."""
    rows = [(m.label, *counted.get(m.value, (0,) * width)) for m in enum_cls]
    known = {m.value for m in enum_cls}
    rows += [(code, *values) for code, values in counted.items() if code not in known]
    return rows


# -- the tables -----------------------------------------------------------------------------


def _count_by(session, column, scope: Select) -> dict[str, tuple[int]]:
    query = select(column, func.count(Alliance.id)).where(Alliance.id.in_(scope)).group_by(column)
    return {code: (count,) for code, count in session.execute(query)}


def _departamentos(session, scope: Select) -> list[tuple[Any, ...]]:
    query = (
        select(
            Alliance.departamento,
            func.count(Alliance.id),
            func.min(Alliance.start_date),
            func.max(Alliance.start_date),
        )
        .where(Alliance.id.in_(scope))
        .group_by(Alliance.departamento)
        .order_by(func.count(Alliance.id).desc(), Alliance.departamento)
    )
    return [tuple(row) for row in session.execute(query)]


def _commitment_groups(session, scope: Select, filters: DashboardFilters) -> list[tuple]:
    """One GROUP BY for the three commitment tables: (sector, logic, kind, count, fulfilled,
    pesos) — at most 3 × 3 × 6 rows, whatever the number of commitments."""
    done = func.sum(case((Commitment.status == CommitmentStatus.DONE.value, 1), else_=0))
    query = (
        select(
            Organization.sector,
            Commitment.logic,
            Commitment.kind,
            func.count(Commitment.id),
            done,
            func.coalesce(func.sum(Commitment.estimated_value), 0),
        )
        .join(Alliance, Alliance.id == Commitment.alliance_id)
        .join(Membership, Membership.id == Commitment.membership_id)
        .join(Organization, Organization.id == Membership.organization_id)
        .where(
            Alliance.id.in_(scope),
            Commitment.status != CommitmentStatus.CANCELLED.value,
        )
        .group_by(Organization.sector, Commitment.logic, Commitment.kind)
    )
    query = _in_period(query, Commitment.deadline, filters)
    return [
        (sector, logic, kind, int(n), int(fulfilled or 0), int(pesos or 0))
        for sector, logic, kind, n, fulfilled, pesos in session.execute(query)
    ]


def _fulfilled_by(groups: list[tuple], position: int) -> dict[str, tuple[int, int, float]]:
    """Sum the already aggregated groups by sector (0) or logic (1)."""
    sums: dict[str, list[int]] = {}
    for group in groups:
        total = sums.setdefault(group[position], [0, 0])
        total[0] += group[3]
        total[1] += group[4]
    return {code: (n, done, _percent(done, n)) for code, (n, done) in sums.items()}


def _contributions(groups: list[tuple]) -> list[tuple[Any, ...]]:
    """Sector × kind: commitments and their estimated value in pesos."""
    sums: dict[tuple[str, str], list[int]] = {}
    for sector, _logic, kind, n, _done, pesos in groups:
        total = sums.setdefault((sector, kind), [0, 0])
        total[0] += n
        total[1] += pesos
    order = {s.value: i for i, s in enumerate(Sector)}
    kinds = {k.value: i for i, k in enumerate(ContributionKind)}
    return [
        (label_of(Sector, sector), label_of(ContributionKind, kind), n, pesos)
        for (sector, kind), (n, pesos) in sorted(
            sums.items(), key=lambda item: (order.get(item[0][0], 9), kinds.get(item[0][1], 9))
        )
    ]


def _conflicts(session, scope: Select, filters: DashboardFilters) -> dict:
    resolved = func.sum(case((Conflict.status == ConflictStatus.RESOLVED.value, 1), else_=0))
    query = (
        select(Conflict.level, func.count(Conflict.id), resolved)
        .where(Conflict.alliance_id.in_(scope))
        .group_by(Conflict.level)
    )
    query = _in_period(query, Conflict.occurred_on, filters)
    return {
        level: (int(total), int(done or 0), int(total) - int(done or 0))
        for level, total, done in session.execute(query)
    }


def _evaluations(session, scope: Select, filters: DashboardFilters) -> list[tuple[Any, ...]]:
    """Averages of the scores the partners agreed together (not each partner's own)."""
    query = (
        select(
            EvaluationScore.group,
            EvaluationScore.dimension,
            func.count(EvaluationScore.id),
            func.avg(EvaluationScore.score),
            func.max(Evaluation.held_on),
        )
        .join(Evaluation, Evaluation.id == EvaluationScore.evaluation_id)
        .where(Evaluation.alliance_id.in_(scope), EvaluationScore.membership_id.is_(None))
        .group_by(EvaluationScore.group, EvaluationScore.dimension)
    )
    query = _in_period(query, Evaluation.held_on, filters)
    found = {
        (g, d): (int(n), round(float(avg), 2), last)
        for g, d, n, avg, last in session.execute(query)
    }
    rows = []
    for group, enum_cls in _DIMENSIONS.items():
        for member in enum_cls:
            n, avg, last = found.pop((group, member.value), (0, None, None))
            rows.append((label_of(DimensionGroup, group), member.label, n, avg, last))
    for (group, dimension), (n, avg, last) in found.items():
        rows.append((label_of(DimensionGroup, group), dimension, n, avg, last))
    return rows


def _health(session, scope: Select) -> tuple[list[tuple[Any, ...]], str]:
    """Alliances by health: domain/health's rules as one aggregate query (services/health)."""
    from alianzas_desktop.services import health

    counted = {code: (n,) for code, n in health.health_distribution(session, scope).items()}
    return _every(Health, counted, 1), "Leída hoy con las reglas de salud de la alianza."


def build_dashboard(db: Database, filters: DashboardFilters | None = None) -> Dashboard:
    """Every table of the coordinator's view for the alliances the filters keep."""
    filters = filters or DashboardFilters()
    scope = _scope(filters)
    with db.reading() as session:
        total = session.scalar(select(func.count()).select_from(scope.subquery())) or 0
        by_phase = _count_by(session, Alliance.phase, scope)
        by_area = _count_by(session, Alliance.area, scope)
        departamentos = _departamentos(session, scope)
        groups = _commitment_groups(session, scope, filters)
        health_rows, health_note = _health(session, scope)
        conflicts = _conflicts(session, scope, filters)
        evaluations = _evaluations(session, scope, filters)
    by_sector, by_logic = _fulfilled_by(groups, 0), _fulfilled_by(groups, 1)
    contributions = _contributions(groups)
    commitment_columns = ("Compromisos", "Cumplidos", "% cumplidos")
    tables = (
        DashboardTable(
            "phase", "Alianzas por fase", ("Fase", "Alianzas"), tuple(_every(Phase, by_phase, 1))
        ),
        DashboardTable(
            "area",
            "Alianzas por área",
            ("Área de aplicación", "Alianzas"),
            tuple(_every(ApplicationArea, by_area, 1)),
        ),
        DashboardTable(
            "departamento",
            "Alianzas por departamento",
            ("Departamento", "Alianzas", "Primera fundada", "Última fundada"),
            tuple(departamentos),
        ),
        DashboardTable(
            "commitments_sector",
            "Compromisos por sector",
            ("Sector", *commitment_columns),
            tuple(_every(Sector, by_sector, 3)),
            chart_column=3,
        ),
        DashboardTable(
            "commitments_logic",
            "Compromisos por lógica",
            ("Lógica", *commitment_columns),
            tuple(_every(Logic, by_logic, 3)),
            chart_column=3,
        ),
        DashboardTable(
            "contributions",
            "Aportes por sector y tipo",
            ("Sector", "Tipo de aporte", "Compromisos", "Valor estimado (pesos)"),
            tuple(contributions),
            chart_column=3,
        ),
        DashboardTable(
            "health",
            "Salud de las alianzas",
            ("Salud", "Alianzas"),
            tuple(health_rows),
            note=health_note,
        ),
        DashboardTable(
            "conflicts",
            "Conflictos por nivel",
            ("Nivel", "Conflictos", "Resueltos", "Sin resolver"),
            tuple(_every(ConflictLevel, conflicts, 3)),
        ),
        DashboardTable(
            "evaluations",
            "Evaluaciones por dimensión",
            ("Grupo", "Dimensión", "Calificaciones", "Promedio (1 a 5)", "Última evaluación"),
            tuple(evaluations),
            chart_column=3,
        ),
    )
    return Dashboard(filters=filters, alliances=int(total), tables=tables)


def departamentos(db: Database) -> list[str]:
    """The departamentos that have alliances, for the territory filter."""
    with db.reading() as session:
        return list(
            session.scalars(
                select(Alliance.departamento)
                .where(Alliance.archived_at.is_(None))
                .distinct()
                .order_by(Alliance.departamento)
            )
        )


# -- export ----------------------------------------------------------------------------------


def _filters_rows(dashboard: Dashboard) -> list[tuple[str, Any]]:
    f = dashboard.filters
    return [
        ("Generado", datetime.now().replace(microsecond=0)),
        ("Desde", f.period_from or "Todo"),
        ("Hasta", f.period_to or "Todo"),
        ("Departamento", f.departamento or "Todos"),
        ("Área de aplicación", label_of(ApplicationArea, f.area) if f.area else "Todas"),
        ("Alianzas", dashboard.alliances),
    ]


def xlsx_bytes(dashboard: Dashboard) -> bytes:
    """One sheet per table (the first, «Alianzas por fase»), a header row, frozen panes,
    numbers and dates as real cells; a last sheet says which filters made it."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)

    def sheet(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        ws = book.create_sheet(title[:31])
        ws.append(list(columns))
        for cell in ws[1]:
            cell.font = bold
        for row in rows:
            ws.append(["" if v is None else v for v in row])
        ws.freeze_panes = "A2"
        for index, name in enumerate(columns, start=1):
            width = max([len(str(name))] + [len(str(r[index - 1])) for r in rows[:200]])
            ws.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 10), 60)
            for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                if isinstance(cell.value, datetime):
                    cell.number_format = "DD/MM/YYYY HH:MM"
                elif isinstance(cell.value, date):
                    cell.number_format = "DD/MM/YYYY"
                elif isinstance(cell.value, float):
                    cell.number_format = "0.0#"
                elif isinstance(cell.value, int) and "pesos" in name:
                    cell.number_format = '"$ "#,##0'

    for table in dashboard.tables:
        sheet(table.title, table.columns, table.rows)
    sheet("Filtros", ("Filtro", "Valor"), _filters_rows(dashboard))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(table: DashboardTable) -> bytes:
    """One table as CSV: UTF-8 with BOM (Excel reads the accents), header row, ISO dates."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow(["" if v is None else _jsonable(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def export_dashboard(
    db: Database,
    path: Path | str,
    filters: DashboardFilters | None = None,
    *,
    table: str = "phase",
) -> Path:
    """Write the dashboard to ``path``: ``.xlsx`` holds every table, one sheet each;
    ``.csv`` holds one table (``table``, by default «Alianzas por fase»), since a CSV file
    has no sheets. Written through a temporary file: never half a file."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in {".xlsx", ".csv"}:
        raise ExportError(
            QT_TRANSLATE_NOOP("errores", "Elija un archivo .xlsx o .csv para exportar el tablero.")
        )
    if table not in TABLE_KEYS:
        raise ExportError(QT_TRANSLATE_NOOP("errores", "Esa tabla no está en el tablero."))
    dashboard = build_dashboard(db, filters)
    data = xlsx_bytes(dashboard) if suffix == ".xlsx" else csv_bytes(dashboard.table(table))
    try:
        write_durably(target, data)
    except OSError as exc:
        from alianzas_desktop.storage.os_errors import spanish_os_error

        raise ExportError(spanish_os_error(exc, target)) from exc
    logger.info("Tablero exportado a %s (%d alianzas)", target, dashboard.alliances)
    return target
