"""What the Puesta en marcha wizard gathers (plan de trabajo, information, roles, convenio),
the rules that check it, and the plan as a document.

Like the Nacimiento and meeting data, these dataclasses travel between the wizard,
its draft (JSON) and the workplan service. Validation returns Spanish messages keyed
by field: "activities", "activities.<key>.title", "flows.<key>.frequency",
"roles.<key>.membership_id", "spokesperson", "legal_figure", "decision_recording"…
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from alianzas_desktop.domain.fields import (
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    Errors,
    check_date,
    check_text,
    clean_text,
    jsonable,
    known_fields,
    new_key,
    parse_date,
)
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message
from alianzas_desktop.domain.vocabulary import (
    ActivityStatus,
    CoordinationRole,
    Formality,
    InformationChannel,
)

logger = logging.getLogger(__name__)

MAX_ACTIVITIES = 300
MAX_FLOWS = 50
MAX_ROLES = 50
MAX_COMMITMENTS_PER_ACTIVITY = 100
# An activity longer than this is a programme, not a line of a plan.
MAX_ACTIVITY_YEARS = 10
CONVENIO_NUMBER_MAX = 60
SCAN_NAME_MAX = 255
DOCUMENT_KIND = "plan de trabajo"

__all__ = ["Errors", "clean_text"]


@dataclass
class ActivityEntry:
    """One line of the plan: what, who answers (partner and person), when, for which result."""

    key: str = field(default_factory=new_key)
    title: str = ""
    responsible_membership_id: str = ""
    responsible_person_id: str = ""
    start_date: date | None = None
    end_date: date | None = None
    expected_result: str = ""
    commitment_ids: list[str] = field(default_factory=list)
    is_milestone: bool = False
    status: str = ActivityStatus.PENDING.value


@dataclass
class FlowEntry:
    """How information moves: by which channel, how often, who informs whom, where it is kept."""

    key: str = field(default_factory=new_key)
    channel: str = InformationChannel.MEETING.value
    frequency: str = ""
    informs: str = ""
    informed: str = ""
    records_kept_at: str = ""


@dataclass
class RoleEntry:
    """A member of the coordination body: which partner, which person, which role."""

    key: str = field(default_factory=new_key)
    role: str = CoordinationRole.COORDINATION.value
    membership_id: str = ""
    person_id: str = ""
    role_note: str = ""
    is_spokesperson: bool = False


@dataclass
class WorkplanData:
    alliance_id: str = ""
    # The alliance's structure, agreed at Nacimiento: decides what page 4 asks.
    formality: str = Formality.INFORMAL.value
    activities: list[ActivityEntry] = field(default_factory=list)
    flows: list[FlowEntry] = field(default_factory=list)
    roles: list[RoleEntry] = field(default_factory=list)
    legal_figure: str = ""
    convenio_number: str = ""
    convenio_date: date | None = None
    # The scan already stored is kept unless a new file is chosen or it is removed.
    scan_name: str = ""
    scan_path: str = ""  # a file chosen in this wizard, read when the plan is stored
    has_stored_scan: bool = False
    remove_scan: bool = False
    decision_recording: str = ""

    @property
    def is_formal(self) -> bool:
        return self.formality == Formality.FORMAL.value

    def to_dict(self) -> dict[str, Any]:
        return jsonable(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WorkplanData:
        values = known_fields(cls, data)
        values["convenio_date"] = parse_date(values.get("convenio_date"))
        activities = []
        for item in data.get("activities") or []:
            entry = ActivityEntry(**known_fields(ActivityEntry, item))
            entry.start_date = parse_date(entry.start_date)
            entry.end_date = parse_date(entry.end_date)
            entry.commitment_ids = [str(c) for c in entry.commitment_ids or []]
            activities.append(entry)
        values["activities"] = activities
        values["flows"] = [FlowEntry(**known_fields(FlowEntry, f)) for f in data.get("flows") or []]
        values["roles"] = [RoleEntry(**known_fields(RoleEntry, r)) for r in data.get("roles") or []]
        return cls(**values)


# -- rules ----------------------------------------------------------------------------------


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def validate_activities(data: WorkplanData, today: date | None = None) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    if not data.activities:
        errors["activities"] = QT_TRANSLATE_NOOP(
            "errores", "Agregue al menos una actividad al plan de trabajo."
        )
    elif len(data.activities) > MAX_ACTIVITIES:
        errors["activities"] = message(
            QT_TRANSLATE_NOOP("errores", "El plan admite hasta {count} actividades."),
            count=MAX_ACTIVITIES,
        )
    for item in data.activities:
        prefix = f"activities.{item.key}."
        check_text(
            errors,
            prefix + "title",
            item.title,
            required=True,
            limit=SHORT_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "la actividad"),
        )
        if not item.responsible_membership_id:
            errors[prefix + "responsible_membership_id"] = QT_TRANSLATE_NOOP(
                "errores", "Elija el socio responsable."
            )
        check_date(
            errors,
            prefix + "start_date",
            item.start_date,
            required=True,
            today=today,
            what=QT_TRANSLATE_NOOP("errores", "la fecha de inicio"),
        )
        check_date(
            errors,
            prefix + "end_date",
            item.end_date,
            required=True,
            today=today,
            what=QT_TRANSLATE_NOOP("errores", "la fecha de finalización"),
        )
        if (
            prefix + "start_date" not in errors
            and prefix + "end_date" not in errors
            and item.start_date
            and item.end_date
        ):
            if item.end_date < item.start_date:
                errors[prefix + "end_date"] = QT_TRANSLATE_NOOP(
                    "errores", "La actividad no puede terminar antes de empezar."
                )
            elif item.end_date > _years_later(item.start_date, MAX_ACTIVITY_YEARS):
                errors[prefix + "end_date"] = message(
                    QT_TRANSLATE_NOOP(
                        "errores",
                        "Una actividad no puede durar más de {count} años: divídala en etapas.",
                    ),
                    count=MAX_ACTIVITY_YEARS,
                )
        check_text(
            errors,
            prefix + "expected_result",
            item.expected_result,
            required=True,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "el resultado esperado"),
        )
        if len(item.commitment_ids) > MAX_COMMITMENTS_PER_ACTIVITY:
            errors[prefix + "commitment_ids"] = QT_TRANSLATE_NOOP(
                "errores", "Demasiados compromisos para una actividad."
            )
        if item.status not in {s.value for s in ActivityStatus}:
            errors[prefix + "status"] = QT_TRANSLATE_NOOP(
                "errores", "Elija el estado de la actividad."
            )
    return errors


def validate_flows(data: WorkplanData) -> Errors:
    errors: Errors = {}
    if not data.flows:
        errors["flows"] = QT_TRANSLATE_NOOP(
            "errores", "Agregue al menos una forma de intercambiar información."
        )
    elif len(data.flows) > MAX_FLOWS:
        errors["flows"] = message(
            QT_TRANSLATE_NOOP("errores", "Se admiten hasta {count} formas de intercambio."),
            count=MAX_FLOWS,
        )
    channels = {c.value for c in InformationChannel}
    for item in data.flows:
        prefix = f"flows.{item.key}."
        if item.channel not in channels:
            errors[prefix + "channel"] = QT_TRANSLATE_NOOP("errores", "Elija el canal.")
        check_text(
            errors,
            prefix + "frequency",
            item.frequency,
            required=True,
            limit=SHORT_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "con qué frecuencia"),
        )
        check_text(
            errors,
            prefix + "informs",
            item.informs,
            required=True,
            limit=SHORT_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "quién informa"),
        )
        check_text(
            errors,
            prefix + "informed",
            item.informed,
            required=True,
            limit=SHORT_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "a quién se informa"),
        )
        check_text(
            errors,
            prefix + "records_kept_at",
            item.records_kept_at,
            required=False,
            limit=SHORT_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "dónde se guardan los registros"),
        )
    return errors


def validate_roles(data: WorkplanData) -> Errors:
    errors: Errors = {}
    if not data.roles:
        errors["roles"] = QT_TRANSLATE_NOOP(
            "errores", "Agregue al menos un miembro de la instancia de coordinación."
        )
    elif len(data.roles) > MAX_ROLES:
        errors["roles"] = message(
            QT_TRANSLATE_NOOP("errores", "Se admiten hasta {count} miembros."), count=MAX_ROLES
        )
    roles = {r.value for r in CoordinationRole}
    for item in data.roles:
        prefix = f"roles.{item.key}."
        if item.role not in roles:
            errors[prefix + "role"] = QT_TRANSLATE_NOOP("errores", "Elija el rol.")
        if not item.membership_id:
            errors[prefix + "membership_id"] = QT_TRANSLATE_NOOP(
                "errores", "Elija el socio al que representa."
            )
        check_text(
            errors,
            prefix + "role_note",
            item.role_note,
            required=item.role == CoordinationRole.OTHER.value,
            limit=SHORT_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "cuál es el rol"),
        )
    speakers = [r for r in data.roles if r.is_spokesperson]
    if data.roles and not speakers:
        errors["spokesperson"] = QT_TRANSLATE_NOOP(
            "errores", "Marque quién habla en nombre de la alianza (vocería)."
        )
    elif len(speakers) > 1:
        errors["spokesperson"] = QT_TRANSLATE_NOOP(
            "errores", "Solo una persona lleva la vocería de la alianza."
        )
    return errors


def validate_formalization(data: WorkplanData, today: date | None = None) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    if data.is_formal:
        check_text(
            errors,
            "legal_figure",
            data.legal_figure,
            required=True,
            limit=SHORT_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "la figura jurídica"),
        )
        check_text(
            errors,
            "convenio_number",
            data.convenio_number,
            required=True,
            limit=CONVENIO_NUMBER_MAX,
            what=QT_TRANSLATE_NOOP("errores", "el número del convenio"),
        )
        check_date(
            errors,
            "convenio_date",
            data.convenio_date,
            required=True,
            today=today,
            what=QT_TRANSLATE_NOOP("errores", "la fecha del convenio"),
        )
        if "convenio_date" not in errors and data.convenio_date and data.convenio_date > today:
            errors["convenio_date"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha del convenio no puede ser posterior a hoy."
            )
        if len(data.scan_name) > SCAN_NAME_MAX:
            errors["scan"] = QT_TRANSLATE_NOOP(
                "errores", "El nombre del archivo es demasiado largo."
            )
    check_text(
        errors,
        "decision_recording",
        data.decision_recording,
        required=not data.is_formal,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "cómo se registran las decisiones"),
    )
    return errors


def validate_plan(data: WorkplanData, today: date | None = None) -> Errors:
    errors: Errors = {}
    errors.update(validate_activities(data, today))
    errors.update(validate_flows(data))
    errors.update(validate_roles(data))
    errors.update(validate_formalization(data, today))
    return errors


def plan_span(activities: list[ActivityEntry]) -> tuple[date, date] | None:
    """The first start and the last end among the dated activities."""
    starts = [a.start_date for a in activities if a.start_date]
    ends = [a.end_date for a in activities if a.end_date]
    if not starts or not ends:
        return None
    return min(starts), max(ends)


def months_between(first: date, last: date) -> list[date]:
    """The first day of every month from ``first``'s to ``last``'s, both included."""
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


# -- the plan as a document ----------------------------------------------------------------


@dataclass(frozen=True)
class PlanActivityLine:
    title: str
    organization: str
    person: str
    start_date: date
    end_date: date
    expected_result: str
    commitments: tuple[str, ...]
    is_milestone: bool
    status_label: str


@dataclass(frozen=True)
class PlanFlowLine:
    channel_label: str
    frequency: str
    informs: str
    informed: str
    records_kept_at: str


@dataclass(frozen=True)
class PlanRoleLine:
    role_label: str
    organization: str
    person: str
    role_note: str
    is_spokesperson: bool


@dataclass(frozen=True)
class WorkplanDocument:
    """The stored plan as the page and the PDF show it (names, labels, dates)."""

    alliance_id: str
    alliance_name: str
    territory: str
    purpose: str
    formality: str
    formality_label: str
    activities: tuple[PlanActivityLine, ...]
    flows: tuple[PlanFlowLine, ...]
    roles: tuple[PlanRoleLine, ...]
    legal_figure: str = ""
    convenio_number: str = ""
    convenio_date: date | None = None
    scan_name: str = ""
    decision_recording: str = ""
    # The printing device's ``firma:1.…`` over the content (services.document_signing), in
    # the QR; not part of the content the code and the signature cover.
    signature: str = ""

    @property
    def is_formal(self) -> bool:
        return self.formality == Formality.FORMAL.value

    def content(self) -> dict[str, Any]:
        """Everything printed, as JSON-ready values: the verification code is derived from it."""
        printed = asdict(self)
        del printed["signature"]
        return jsonable(_lists(printed))


def _lists(value: Any) -> Any:
    """Tuples as lists, recursively, so the content is plain JSON."""
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_lists(v) for v in value]
    return value
