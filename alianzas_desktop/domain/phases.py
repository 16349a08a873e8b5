"""Changing phase as an explicit act: the seed's checklist for leaving each phase, and the
checks on the act's date and reason.

The checklist is evaluated on plain facts gathered by the service; an unmet item does not
forbid the change (the partners may have good reasons), but the facilitator is told why and
asked to confirm.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from alianzas_desktop.domain.fields import (
    LONG_TEXT_MAX,
    Errors,
    check_date,
    check_text,
)
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message
from alianzas_desktop.domain.vocabulary import Phase

logger = logging.getLogger(__name__)

PHASE_ORDER = tuple(Phase)


@dataclass(frozen=True)
class PhaseFacts:
    """What the checklist reads about one alliance."""

    purpose: str = ""
    agreement_issued: bool = False
    agreement_signed: bool = False
    active_partners: int = 0
    partners_without_commitments: tuple[str, ...] = ()
    conditions_met: int = 0
    conditions_total: int = 4
    plan_activities: int = 0
    coordination_members: int = 0
    information_flows: int = 0
    formal: bool = False
    convenio_recorded: bool = False
    evaluations: int = 0
    overdue_commitments: int = 0
    open_critical_incidents: int = 0


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    phase: str  # the phase being left
    text: str  # what the seed asks, as a statement
    met: bool
    why: str = ""  # when unmet: what is missing, in a sentence


def _item(code: str, phase: Phase, text: str, met: bool, why: str) -> ChecklistItem:
    return ChecklistItem(code, phase.value, text, met, "" if met else why)


def _birth(f: PhaseFacts) -> list[ChecklistItem]:
    if f.agreement_signed:
        agreement_why = ""
    elif f.agreement_issued:
        agreement_why = QT_TRANSLATE_NOOP(
            "errores",
            "El acuerdo de compromisos está emitido, pero no se ha registrado firmado.",
        )
    else:
        agreement_why = QT_TRANSLATE_NOOP(
            "errores", "El acuerdo de compromisos no se ha emitido ni firmado."
        )
    missing = ", ".join(f.partners_without_commitments)
    return [
        _item(
            "acuerdo_firmado",
            Phase.BIRTH,
            QT_TRANSLATE_NOOP(
                "errores", "El acuerdo de compromisos está emitido y firmado por los socios."
            ),
            f.agreement_signed,
            agreement_why,
        ),
        _item(
            "socios_con_compromisos",
            Phase.BIRTH,
            QT_TRANSLATE_NOOP(
                "errores", "Cada socio tiene al menos un compromiso (socios activos)."
            ),
            f.active_partners > 0 and not f.partners_without_commitments,
            message(QT_TRANSLATE_NOOP("errores", "Sin compromisos: {names}."), names=missing)
            if missing
            else QT_TRANSLATE_NOOP("errores", "La alianza no tiene socios activos."),
        ),
        _item(
            "proposito_comun",
            Phase.BIRTH,
            QT_TRANSLATE_NOOP("errores", "El propósito común está escrito y acordado."),
            bool(f.purpose.strip()),
            QT_TRANSLATE_NOOP("errores", "No se ha escrito el propósito común."),
        ),
        _item(
            "condiciones",
            Phase.BIRTH,
            QT_TRANSLATE_NOOP("errores", "Se revisaron las cuatro condiciones de una alianza."),
            f.conditions_met >= f.conditions_total,
            message(
                QT_TRANSLATE_NOOP("errores", "Se cumplen {met} de las {total} condiciones."),
                met=f.conditions_met,
                total=f.conditions_total,
            ),
        ),
    ]


def _start_up(f: PhaseFacts) -> list[ChecklistItem]:
    return [
        _item(
            "plan_de_trabajo",
            Phase.START_UP,
            QT_TRANSLATE_NOOP(
                "errores", "Hay un plan de trabajo con actividades, responsables y fechas."
            ),
            f.plan_activities > 0,
            QT_TRANSLATE_NOOP("errores", "No hay actividades en el plan de trabajo."),
        ),
        _item(
            "roles_coordinacion",
            Phase.START_UP,
            QT_TRANSLATE_NOOP("errores", "Están definidos los papeles de coordinación."),
            f.coordination_members > 0,
            QT_TRANSLATE_NOOP("errores", "No se han definido los papeles de coordinación."),
        ),
        _item(
            "intercambio_informacion",
            Phase.START_UP,
            QT_TRANSLATE_NOOP("errores", "Está acordado cómo se intercambia la información."),
            f.information_flows > 0,
            QT_TRANSLATE_NOOP(
                "errores", "No se ha acordado cómo circula la información entre los socios."
            ),
        ),
        _item(
            "formalizacion",
            Phase.START_UP,
            QT_TRANSLATE_NOOP("errores", "Si la alianza es formal, su convenio está registrado."),
            not f.formal or f.convenio_recorded,
            QT_TRANSLATE_NOOP("errores", "La alianza es formal y su convenio no está registrado."),
        ),
    ]


def _consolidation(f: PhaseFacts) -> list[ChecklistItem]:
    return [
        _item(
            "evaluacion",
            Phase.CONSOLIDATION,
            QT_TRANSLATE_NOOP("errores", "Los socios hicieron al menos una evaluación periódica."),
            f.evaluations > 0,
            QT_TRANSLATE_NOOP("errores", "No se ha registrado ninguna evaluación periódica."),
        ),
        _item(
            "seguimiento",
            Phase.CONSOLIDATION,
            QT_TRANSLATE_NOOP("errores", "Ningún compromiso vencido sin seguimiento."),
            f.overdue_commitments == 0,
            QT_TRANSLATE_NOOP("errores", "Hay un compromiso vencido sin cumplir.")
            if f.overdue_commitments == 1
            else message(
                QT_TRANSLATE_NOOP("errores", "Hay {count} compromisos vencidos sin cumplir."),
                count=f.overdue_commitments,
            ),
        ),
        _item(
            "conflictos",
            Phase.CONSOLIDATION,
            QT_TRANSLATE_NOOP("errores", "Ningún incidente crítico abierto."),
            f.open_critical_incidents == 0,
            QT_TRANSLATE_NOOP("errores", "Hay un incidente crítico abierto.")
            if f.open_critical_incidents == 1
            else message(
                QT_TRANSLATE_NOOP("errores", "Hay {count} incidentes críticos abiertos."),
                count=f.open_critical_incidents,
            ),
        ),
    ]


_CHECKS = {
    Phase.BIRTH.value: _birth,
    Phase.START_UP.value: _start_up,
    Phase.CONSOLIDATION.value: _consolidation,
}


def is_forward(from_phase: str, to_phase: str) -> bool:
    codes = [p.value for p in PHASE_ORDER]
    return codes.index(to_phase) > codes.index(from_phase)


def checklist(from_phase: str, to_phase: str, facts: PhaseFacts) -> list[ChecklistItem]:
    """The items for every phase left on the way forward; none when going back."""
    codes = [p.value for p in PHASE_ORDER]
    if from_phase not in codes or to_phase not in codes or not is_forward(from_phase, to_phase):
        return []
    items: list[ChecklistItem] = []
    for code in codes[codes.index(from_phase) : codes.index(to_phase)]:
        check = _CHECKS.get(code)
        if check is not None:
            items.extend(check(facts))
    return items


def unmet(items: list[ChecklistItem]) -> list[ChecklistItem]:
    return [item for item in items if not item.met]


def validate_phase_change(
    from_phase: str,
    to_phase: str,
    on: date | None,
    reason: str,
    *,
    today: date,
    start_date: date | None = None,
    last_change_on: date | None = None,
    reason_required: bool = True,
) -> Errors:
    """Spanish messages by field: a real phase other than the current one, a date that is
    not in the future nor before the alliance began (or its last phase change), a reason."""
    errors: Errors = {}
    codes = [p.value for p in PHASE_ORDER]
    if to_phase not in codes:
        errors["phase"] = QT_TRANSLATE_NOOP("errores", "Esa fase no existe.")
    elif to_phase == from_phase:
        errors["phase"] = QT_TRANSLATE_NOOP("errores", "La alianza ya está en esa fase.")
    check_date(
        errors,
        "on",
        on,
        required=True,
        today=today,
        what=QT_TRANSLATE_NOOP("errores", "la fecha del cambio"),
    )
    if "on" not in errors and on is not None:
        if on > today:
            errors["on"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha del cambio no puede estar en el futuro."
            )
        elif start_date is not None and on < start_date:
            errors["on"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha es anterior al inicio de la alianza."
            )
        elif last_change_on is not None and on < last_change_on:
            errors["on"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha es anterior al último cambio de fase registrado."
            )
    check_text(
        errors,
        "reason",
        reason,
        required=reason_required,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "por qué cambia de fase"),
    )
    return errors
