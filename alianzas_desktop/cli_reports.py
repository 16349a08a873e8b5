"""The later phases on the command line: `list commitments|evaluations|conflicts|lessons`,
`export evaluation|workplan|systematization|profile|dashboard`, `chronology`, and the health of each
alliance in `list alliances`.

``cli.py`` adds these kinds to its `list` and `export` choices and hands them here; the
services do the work, this module only reads arguments and prints.
"""

from __future__ import annotations

import argparse
import json
import logging
from datetime import date
from typing import Any

from alianzas_desktop.cli_language import label, line, worded
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

LIST_KINDS = ("commitments", "evaluations", "conflicts", "lessons")
EXPORT_KINDS = ("evaluation", "workplan", "systematization", "profile", "dashboard")


def add_list_options(listing: argparse.ArgumentParser) -> None:
    listing.add_argument(
        "--overdue", action="store_true", help="solo los compromisos vencidos (commitments)"
    )
    listing.add_argument("--search", metavar="TEXTO", help="buscar en las lecciones (lessons)")


def add_chronology_command(commands, common: argparse.ArgumentParser) -> None:
    chronology = commands.add_parser(
        "chronology",
        parents=[common],
        help="la cronología de una alianza, armada de lo que registra la aplicación",
    )
    chronology.add_argument("--alliance", required=True, metavar="ID")
    chronology.add_argument(
        "--hidden", action="store_true", help="incluye los hitos ocultos en la sistematización"
    )
    chronology.add_argument("--json", action="store_true", help="salida en JSON")


def run_chronology(args: argparse.Namespace) -> int:
    from alianzas_desktop.cli import _open_database
    from alianzas_desktop.services.chronology import chronology_json

    db = _open_database(args.db)
    _alliance_ids(db, args.alliance)
    events = chronology_json(db, args.alliance, include_hidden=args.hidden)
    return _print(
        events,
        args,
        lambda e: f"{e['date']}  {e['title']}",
        QT_TRANSLATE_NOOP("cli", "La cronología está vacía."),
    )


def add_export_options(export: argparse.ArgumentParser) -> None:
    export.add_argument("--evaluation", metavar="ID", help="evaluación (para evaluation)")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _print(rows: list[dict[str, Any]], args: argparse.Namespace, row_line, empty: str) -> int:
    """Rows as JSON, or one line each; a plain listing with nothing to list says so."""
    from alianzas_desktop.cli import EXIT_OK

    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print(worded(getattr(args, "lang", None), line(empty)))
    else:
        for row in rows:
            print(row_line(row))
    return EXIT_OK


def _alliance_ids(db, alliance_id: str | None) -> list[str]:
    """The alliance asked for (NotFoundError when unknown), or every alliance."""
    from alianzas_desktop.services.alliances import alliance_detail, list_alliances

    if alliance_id:
        alliance_detail(db, alliance_id)
        return [alliance_id]
    return [a.id for a in list_alliances(db)]


def run_list(args: argparse.Namespace) -> int:
    from alianzas_desktop.cli import _open_database

    db = _open_database(args.db)
    lang = getattr(args, "lang", None)
    if args.what == "commitments":
        from alianzas_desktop.services.commitment_board import BoardFilter, board_rows

        if args.alliance:
            _alliance_ids(db, args.alliance)
        rows = board_rows(db, BoardFilter(alliance_id=args.alliance, overdue=args.overdue))
        payload = [
            {
                "id": r.id,
                "alliance_id": r.alliance_id,
                "alliance": r.alliance_name,
                "organization": r.organization,
                "description": r.description,
                "deadline": _iso(r.deadline),
                "status": r.status,
                "status_label": r.status_label,
                "overdue": r.overdue,
                "estimated_value": r.estimated_value,
            }
            for r in rows
        ]
        return _print(
            payload,
            args,
            lambda r: (
                f"{r['id']}  {r['deadline'] or '—'}  {r['organization']}: "
                f"{r['description'][:60]} — {label(lang, r['status_label'])}"
            ),
            QT_TRANSLATE_NOOP("cli", "No hay compromisos que mostrar."),
        )
    if args.what == "lessons":
        from alianzas_desktop.services.lessons import lessons_json

        if args.alliance:
            _alliance_ids(db, args.alliance)
        payload = lessons_json(db, alliance_id=args.alliance, search=args.search)
        return _print(
            payload,
            args,
            lambda x: f"{x['id']}  {x['text'][:80]}",
            QT_TRANSLATE_NOOP("cli", "No hay lecciones que coincidan."),
        )
    if args.what == "evaluations":
        from alianzas_desktop.services.evaluations import list_evaluations

        payload = [
            e.to_dict()
            for alliance_id in _alliance_ids(db, args.alliance)
            for e in list_evaluations(db, alliance_id)
        ]
        return _print(
            payload,
            args,
            lambda e: f"{e['id']}  {e['date']}  {e['alliance_id']}",
            QT_TRANSLATE_NOOP("cli", "No hay evaluaciones registradas."),
        )
    from alianzas_desktop.services.conflicts import list_conflicts

    payload = [
        {
            "id": c.id,
            "alliance_id": c.alliance_id,
            "level": c.level,
            "level_label": c.level_label,
            "status": c.status,
            "status_label": c.status_label,
            "date": _iso(c.occurred_on),
            "description": c.description,
            "resolved_on": _iso(c.resolved_on),
        }
        for alliance_id in _alliance_ids(db, args.alliance)
        for c in list_conflicts(db, alliance_id)
    ]
    return _print(
        payload,
        args,
        lambda c: (
            f"{c['id']}  {c['date']}  {label(lang, c['level_label'])} — "
            f"{label(lang, c['status_label'])}"
        ),
        QT_TRANSLATE_NOOP("cli", "No hay conflictos registrados."),
    )


def health_fields(db, alliance_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Alliance id → {"health": …, "health_reasons": […]} for `list alliances --json`."""
    from alianzas_desktop.services.health import health_of_all

    readings = health_of_all(db, alliance_ids=alliance_ids)
    return {
        alliance_id: {"health": info.health, "health_reasons": list(info.reasons)}
        for alliance_id, info in readings.items()
    }


def run_export(args: argparse.Namespace) -> int:
    from alianzas_desktop.cli import (
        EXIT_OK,
        CommandError,
        _open_database,
        _output_path,
        _write_output,
    )

    lang = getattr(args, "lang", None)

    def saved(template: str, path: object) -> None:
        print(worded(lang, line(template, path=path)))

    db = _open_database(args.db)
    if args.document == "dashboard":
        from alianzas_desktop.cli import _refuse_non_file
        from alianzas_desktop.services.dashboard import export_dashboard

        output = _output_path(args.output)
        if output.suffix.lower() not in (".xlsx", ".csv"):
            raise CommandError(
                line(QT_TRANSLATE_NOOP("cli", "El tablero se exporta a un archivo .xlsx o .csv."))
            )
        from alianzas_desktop.cli_bundle import NOT_A_FILE

        _refuse_non_file(output, NOT_A_FILE)
        written = export_dashboard(db, output)
        saved(QT_TRANSLATE_NOOP("cli", "Tablero del programa guardado en {path}."), written)
        return EXIT_OK
    if args.document == "evaluation":
        if not args.evaluation:
            raise CommandError(
                line(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "Indique la evaluación con --evaluation (vea «alianzas list evaluations»).",
                    )
                )
            )
        from alianzas_desktop.documents.evaluation_pdf import evaluation_pdf_bytes
        from alianzas_desktop.services.evaluations import evaluation_document

        document = evaluation_document(db, args.evaluation)
        output = _output_path(args.output)
        _write_output(output, evaluation_pdf_bytes(document, args.page_size, lang))
        saved(QT_TRANSLATE_NOOP("cli", "Informe de evaluación guardado en {path}."), output)
        return EXIT_OK
    if not args.alliance:
        from alianzas_desktop.cli import NO_ALLIANCE

        raise CommandError(line(NO_ALLIANCE))
    output = _output_path(args.output)
    if args.document == "systematization":
        from alianzas_desktop.documents.systematization_pdf import systematization_pdf_bytes
        from alianzas_desktop.services.systematization import alliance_systematization_document

        document = alliance_systematization_document(db, args.alliance)
        _write_output(output, systematization_pdf_bytes(document, args.page_size, lang))
        saved(QT_TRANSLATE_NOOP("cli", "Informe de sistematización guardado en {path}."), output)
        return EXIT_OK
    if args.document == "profile":
        from alianzas_desktop.documents.profile_pdf import profile_pdf_bytes
        from alianzas_desktop.services.systematization import profile_document

        document = profile_document(db, args.alliance)
        _write_output(output, profile_pdf_bytes(document, args.page_size, lang))
        saved(QT_TRANSLATE_NOOP("cli", "Ficha de la alianza guardada en {path}."), output)
        return EXIT_OK
    from alianzas_desktop.documents.workplan_pdf import workplan_pdf_bytes
    from alianzas_desktop.services.workplan import plan_document

    document = plan_document(db, args.alliance)
    _write_output(output, workplan_pdf_bytes(document, args.page_size, lang))
    saved(QT_TRANSLATE_NOOP("cli", "Plan de trabajo guardado en {path}."), output)
    return EXIT_OK
