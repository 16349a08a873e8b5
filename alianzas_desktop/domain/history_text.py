"""How the change history reads: record names, labels and sentences a facilitator would write."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from babel.dates import format_time

from alianzas_desktop.domain.formatting import (
    LOCALE,
    local_date_time,
    local_moment,
    pesos,
)
from alianzas_desktop.domain.history_labels import FIELDS, FIELDS_BY_TABLE
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, phrase
from alianzas_desktop.domain.vocabulary import (
    ActivityStatus,
    ApplicationArea,
    AttendanceStatus,
    AuthorizationMethod,
    Benefit,
    CommitmentStatus,
    Complexity,
    Condition,
    ConflictHandling,
    ConflictLevel,
    ConflictStatus,
    ContributionKind,
    CoordinationRole,
    Formality,
    Influence,
    InformationChannel,
    Logic,
    MeetingKind,
    MeetingStatus,
    Phase,
    PolicyPath,
    ReplicationKind,
    RequestKind,
    Sector,
    SuccessFactor,
    Value,
    VersionStatus,
    label_of,
)

logger = logging.getLogger(__name__)

# What the log records an entry did (stored codes).
CREATE, UPDATE, DELETE = "crear", "modificar", "borrar"
ARROW = "→"
EMPTY = QT_TRANSLATE_NOOP("history", "(vacío)")
# The history's sentences are Messages of this context: Spanish as they always read, and
# worded again at the edge (the windows in English) from their template and values.
HISTORY = "history"
NAME_LENGTH = 48
VALUE_LENGTH = 60
UNNAMED_PERSON = "Persona sin nombre registrado"

# (label, feminine?) of each table's records.
TABLES: dict[str, tuple[str, bool]] = {
    "alliances": (QT_TRANSLATE_NOOP("AuditTableModel", "Alianza"), True),
    "organizations": (QT_TRANSLATE_NOOP("AuditTableModel", "Organización"), True),
    "people": (QT_TRANSLATE_NOOP("AuditTableModel", "Persona"), True),
    "memberships": (QT_TRANSLATE_NOOP("AuditTableModel", "Socio"), False),
    "alliance_conditions": (QT_TRANSLATE_NOOP("AuditTableModel", "Condición"), True),
    "commitments": (QT_TRANSLATE_NOOP("AuditTableModel", "Compromiso"), False),
    "agreements": (QT_TRANSLATE_NOOP("AuditTableModel", "Acuerdo de compromisos"), False),
    "agreement_versions": (QT_TRANSLATE_NOOP("AuditTableModel", "Acuerdo de compromisos"), False),
    "meetings": (QT_TRANSLATE_NOOP("AuditTableModel", "Sesión"), True),
    "agenda_items": (QT_TRANSLATE_NOOP("AuditTableModel", "Punto del orden del día"), False),
    "attendances": (QT_TRANSLATE_NOOP("AuditTableModel", "Asistencia"), True),
    "decisions": (QT_TRANSLATE_NOOP("AuditTableModel", "Decisión"), True),
    "commitment_updates": (
        QT_TRANSLATE_NOOP("AuditTableModel", "Seguimiento de compromiso"),
        False,
    ),
    "meeting_signatures": (QT_TRANSLATE_NOOP("AuditTableModel", "Firma en pantalla"), True),
    "addenda": (QT_TRANSLATE_NOOP("AuditTableModel", "Fe de erratas"), True),
    "data_authorizations": (QT_TRANSLATE_NOOP("AuditTableModel", "Autorización de datos"), True),
    "data_requests": (QT_TRANSLATE_NOOP("AuditTableModel", "Solicitud de datos personales"), True),
    # Puesta en marcha (services/workplan.py)
    "plan_activities": (
        QT_TRANSLATE_NOOP("AuditTableModel", "Actividad del plan de trabajo"),
        True,
    ),
    "information_flows": (
        QT_TRANSLATE_NOOP("AuditTableModel", "Intercambio de información"),
        False,
    ),
    "coordination_members": (
        QT_TRANSLATE_NOOP("AuditTableModel", "Miembro de la coordinación"),
        False,
    ),
    "formalizations": (QT_TRANSLATE_NOOP("AuditTableModel", "Formalización"), True),
    # Cambios de fase, conflictos y evidencias (issue 10)
    "phase_changes": (QT_TRANSLATE_NOOP("AuditTableModel", "Cambio de fase"), False),
    "conflicts": (QT_TRANSLATE_NOOP("AuditTableModel", "Conflicto"), False),
    "commitment_evidence": (QT_TRANSLATE_NOOP("AuditTableModel", "Evidencia de compromiso"), True),
    # Revisión periódica (services/evaluations.py)
    "evaluations": (QT_TRANSLATE_NOOP("AuditTableModel", "Evaluación"), True),
    "evaluation_scores": (QT_TRANSLATE_NOOP("AuditTableModel", "Calificación"), True),
    "evaluation_decisions": (QT_TRANSLATE_NOOP("AuditTableModel", "Decisión para adaptar"), True),
    # Sistematización (services/systematization.py, services/chronology.py)
    "systematizations": (QT_TRANSLATE_NOOP("AuditTableModel", "Sistematización"), True),
    "chronology_notes": (QT_TRANSLATE_NOOP("AuditTableModel", "Nota de la cronología"), True),
    "lessons": (QT_TRANSLATE_NOOP("AuditTableModel", "Lección aprendida"), True),
    # Proyección (services/projection.py)
    "sustainability_items": (
        QT_TRANSLATE_NOOP("AuditTableModel", "Acción de sostenibilidad"),
        True,
    ),
    "replications": (QT_TRANSLATE_NOOP("AuditTableModel", "Réplica o escalamiento"), True),
    "observed_benefits": (QT_TRANSLATE_NOOP("AuditTableModel", "Beneficio observado"), False),
}

# Coded values and the enum that says them, per table (a "kind" or "status" means
# something different in each table).
CODED: dict[str, type[StrEnum]] = {
    "phase": Phase,
    "sector": Sector,
    "logic": Logic,
    "condition": Condition,
    "area": ApplicationArea,
    "influence": Influence,
    "formality": Formality,
    "complexity": Complexity,
    "method": AuthorizationMethod,
}
CODED_BY_TABLE: dict[tuple[str, str], type[StrEnum]] = {
    ("commitments", "status"): CommitmentStatus,
    ("commitments", "kind"): ContributionKind,
    ("commitment_updates", "status"): CommitmentStatus,
    ("commitment_updates", "previous_status"): CommitmentStatus,
    ("agreement_versions", "status"): VersionStatus,
    ("meetings", "status"): MeetingStatus,
    ("meetings", "kind"): MeetingKind,
    ("attendances", "status"): AttendanceStatus,
    ("data_requests", "kind"): RequestKind,
    ("plan_activities", "status"): ActivityStatus,
    ("information_flows", "channel"): InformationChannel,
    ("coordination_members", "role"): CoordinationRole,
    ("phase_changes", "from_phase"): Phase,
    ("phase_changes", "to_phase"): Phase,
    ("conflicts", "level"): ConflictLevel,
    ("conflicts", "status"): ConflictStatus,
    ("conflicts", "handling"): ConflictHandling,
    ("lessons", "success_factor"): SuccessFactor,
    ("sustainability_items", "policy_path"): PolicyPath,
    ("replications", "kind"): ReplicationKind,
    ("observed_benefits", "benefit"): Benefit,
}

# Links to another record, said with that record's name (table it points to).
REFERENCES: dict[str, str] = {
    "membership_id": "memberships",
    "responsible_person_id": "people",
    "representative_id": "people",
    "organization_id": "organizations",
    "responsible_membership_id": "memberships",
}
# Never shown: keys, order, document bodies and codes, images, and fields that the
# sentence already says (a meeting's number is in its name, its closing time in «cerrada»).
HIDDEN = {
    "id",
    "created_at",
    "updated_at",
    "position",
    "content",
    "verification_code",
    "signed_scan",
    "image",
    "issued_at",
    "closed_at",
    "text_version",
    "number",
}
HIDDEN_BY_TABLE = {
    ("phase_changes", "checklist"),
    ("commitment_evidence", "media_type"),
    ("commitment_evidence", "update_id"),
    ("alliance_conditions", "condition"),
    ("attendances", "person_id"),
    ("evaluation_scores", "group"),
    ("evaluation_scores", "dimension"),
    ("evaluation_scores", "evaluation_id"),
    ("evaluation_decisions", "evaluation_id"),
    ("evaluation_decisions", "commitment_id"),
    ("evaluation_decisions", "activity_id"),
    ("sustainability_items", "commitment_id"),
}
MONEY = {"estimated_value"}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_ISO_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")

# A name of another record, without its kind: ref(table, record_id) -> "Cooperativa …".
Lookup = Callable[[str, str], str]


def _no_lookup(_table: str, _record_id: str) -> str:
    return ""


def shorten(text: str, length: int = VALUE_LENGTH) -> str:
    """One line, at most ``length`` characters, cut at a word and ended with «…»."""
    text = " ".join(str(text).split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut[length // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:") + "…"


def when(moment: datetime) -> str:
    """'30 de noviembre de 2026, 5:21 p. m.' in local time."""
    return local_date_time(moment)


def field_label(table: str, field: str) -> str:
    return FIELDS_BY_TABLE.get((table, field)) or FIELDS.get(field, "")


def is_shown(table: str, field: str) -> bool:
    if field in HIDDEN or (table, field) in HIDDEN_BY_TABLE:
        return False
    if field.endswith("_id") and field not in REFERENCES:
        return False
    return bool(field_label(table, field))


def coded(table: str, field: str) -> type[StrEnum] | None:
    return CODED_BY_TABLE.get((table, field)) or CODED.get(field)


def value_text(table: str, field: str, value: Any, ref: Lookup = _no_lookup) -> str:
    """A stored value as people write it: labels, dd/mm/aaaa, pesos, sí/no, «…»."""
    return _said(value_argument(table, field, value, ref))


def _said(argument: Any) -> str:
    """A value argument as Spanish says it (a Message whose one value is ``argument``)."""
    return str(Message(HISTORY, "{value}", {"value": argument}))


def value_argument(table: str, field: str, value: Any, ref: Lookup = _no_lookup) -> Any:
    """A stored value as a Message argument: a vocabulary member, a date, a marked phrase
    or text, so each language says it its own way (Spanish as value_text)."""
    if value is None or value == "":
        return phrase(EMPTY, HISTORY)
    if isinstance(value, bool):
        return phrase(
            QT_TRANSLATE_NOOP("history", "sí") if value else QT_TRANSLATE_NOOP("history", "no"),
            HISTORY,
        )
    if field in MONEY and isinstance(value, int | float):
        return pesos(int(value))
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime):
        return local_moment(value)
    if isinstance(value, date):
        return value
    if isinstance(value, time):
        return format_time(value, "h:mm a", locale=LOCALE)
    text = str(value)
    if field in REFERENCES:
        name = ref(REFERENCES[field], text)
        return f"«{shorten(name, NAME_LENGTH)}»" if name else phrase(EMPTY, HISTORY)
    enum = coded(table, field)
    if enum is not None:
        try:
            return enum(text)
        except ValueError:  # a code written by a newer version of the app
            return text
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    if _ISO_DATETIME.match(text):
        try:
            return local_moment(datetime.fromisoformat(text))
        except ValueError:
            pass
    if _ISO_TIME.match(text):
        try:
            return format_time(time.fromisoformat(text), "h:mm a", locale=LOCALE)
        except ValueError:
            pass
    return shorten(text)


# -- naming a record ------------------------------------------------------------------


def _quoted(text: Any) -> str:
    return f"«{shorten(str(text), NAME_LENGTH)}»" if text else ""


# The record behind an automatic chronology event's key ("meeting:<id>:closed").
_EVENT_TABLES = {
    "alliance": "alliances",
    "agreement": "agreement_versions",
    "meeting": "meetings",
    "commitment": "commitments",
    "membership": "memberships",
    "phase": "phase_changes",
    "evaluation": "evaluations",
    "conflict": "conflicts",
    "formalization": "formalizations",
    "sustainability": "sustainability_items",
    "benefit": "observed_benefits",
}


def _event_record(event_key: str, ref: Lookup) -> str:
    """The name of the record a chronology note touches, or "" when it cannot be told."""
    prefix, _, rest = event_key.partition(":")
    table = _EVENT_TABLES.get(prefix)
    return ref(table, rest.split(":", 1)[0]) if table and rest else ""


def record_name(table: str, values: Mapping[str, Any], ref: Lookup = _no_lookup) -> str:
    """'Compromiso «Entregar los predios…»', 'Acta No. 3', 'Socio «Cooperativa …»'.

    ``values`` are the record's fields as known now (the database) or, for a
    deleted record, as its log entries kept them.
    """
    label = TABLES.get(table, ("Registro", False))[0]
    get = values.get
    name = ""
    if table in ("alliances", "organizations"):
        name = _quoted(get("name"))
    elif table == "people":
        name = _quoted(get("full_name") or UNNAMED_PERSON)
    elif table == "memberships":
        name = _quoted(ref("organizations", get("organization_id") or ""))
    elif table == "alliance_conditions":
        name = _quoted_label(Condition, get("condition"))
    elif table == "commitments":
        name = _quoted(get("description"))
    elif table == "agreement_versions":
        if get("number"):
            return Message(
                HISTORY,
                QT_TRANSLATE_NOOP("history", "{label}, versión {number}"),
                {"label": phrase(label, "AuditTableModel"), "number": str(get("number"))},
            )
        return phrase(label, "AuditTableModel")
    elif table == "meetings":
        return meeting_name(values)
    elif table in ("agenda_items", "plan_activities"):
        name = _quoted(get("title"))
    elif table == "decisions":
        name = _quoted(get("text"))
    elif table == "attendances":
        person = ref("people", get("person_id") or "")
        return _of(QT_TRANSLATE_NOOP("history", "Asistencia de {name}"), person, label)
    elif table == "meeting_signatures":
        person = ref("attendances", get("attendance_id") or "")
        return _of(QT_TRANSLATE_NOOP("history", "Firma en pantalla de {name}"), person, label)
    elif table == "commitment_updates":
        commitment = ref("commitments", get("commitment_id") or "")
        sentence = QT_TRANSLATE_NOOP("history", "Seguimiento del compromiso {name}")
        return _of(sentence, commitment, label)
    elif table == "addenda":
        sentence = QT_TRANSLATE_NOOP("history", "Fe de erratas No. {name}")
        return Message(HISTORY, sentence, {"name": str(get("number"))}) if get("number") else label
    elif table == "phase_changes":
        to_phase = value_argument(table, "to_phase", get("to_phase")) if get("to_phase") else ""
        on = get("on")
        if isinstance(on, str) and _ISO_DATE.match(on):
            on = date.fromisoformat(on)
        if not to_phase:
            return label
        values = {"label": phrase(label, "AuditTableModel"), "phase": to_phase, "on": on}
        if isinstance(on, date):
            return Message(
                HISTORY, QT_TRANSLATE_NOOP("history", "{label} a «{phase}» del {on}"), values
            )
        return Message(HISTORY, QT_TRANSLATE_NOOP("history", "{label} a «{phase}»"), values)
    elif table == "formalizations":
        number = get("convenio_number")
        name = _quoted(
            f"convenio No. {number}" if number else get("legal_figure") or "alianza informal"
        )
    elif table == "information_flows":
        channel = label_of(InformationChannel, get("channel") or "") if get("channel") else ""
        frequency = get("frequency")
        name = _quoted(f"{channel}, {frequency}" if channel and frequency else channel or frequency)
    elif table == "coordination_members":
        person = ref("people", get("person_id") or "") if get("person_id") else ""
        role = label_of(CoordinationRole, get("role") or "") if get("role") else ""
        name = _quoted(", ".join(part for part in (person, role) if part))
    elif table == "conflicts":
        name = _quoted(get("description"))
    elif table == "commitment_evidence":
        name = _quoted(get("file_name"))
    elif table == "evaluations":
        on = get("held_on")
        if isinstance(on, str) and _ISO_DATE.match(on):
            on = date.fromisoformat(on)
        if isinstance(on, date):
            values = {"label": phrase(label, "AuditTableModel"), "on": on}
            return Message(HISTORY, QT_TRANSLATE_NOOP("history", "{label} del {on}"), values)
        return label
    elif table == "evaluation_scores":
        dimension = _dimension_label(get("group"), get("dimension"))
        return f"{label} de {_quoted(dimension)}" if dimension else label
    elif table == "evaluation_decisions":
        name = _quoted(get("text"))
    elif table == "lessons":
        name = _quoted(get("what_happened"))
    elif table == "systematizations":
        name = _quoted(get("central_axis") or get("purpose") or get("place"))
    elif table == "chronology_notes":
        name = _quoted(
            get("milestone_title") or get("note") or _event_record(get("event_key") or "", ref)
        )
    elif table == "sustainability_items":
        name = _quoted(get("what"))
    elif table == "replications":
        name = _quoted(get("place"))
    elif table == "observed_benefits":
        name = _quoted_label(Benefit, get("benefit"))
    elif table in ("data_authorizations", "data_requests"):
        person = ref("people", get("person_id") or "")
        if person:
            values = {"label": phrase(label, "AuditTableModel"), "name": _quoted(person)}
            return Message(HISTORY, QT_TRANSLATE_NOOP("history", "{label} de {name}"), values)
        return label
    if name:
        return Message(
            HISTORY, "{label} {name}", {"label": phrase(label, "AuditTableModel"), "name": name}
        )
    return phrase(label, "AuditTableModel")


def _quoted_label(enum: type[StrEnum], code: Any) -> str:
    """«Propósito común»: a vocabulary label quoted, worded in each language."""
    try:
        return Message(HISTORY, "«{value}»", {"value": enum(code)}) if code else ""
    except ValueError:  # a code written by a newer version of the app
        return _quoted(code)


def _of(template: str, name: str, label: str) -> str:
    """'Asistencia de «Ana»' (``template`` with the quoted name), or the kind when unnamed."""
    return Message(HISTORY, template, {"name": _quoted(name)}) if name else label


def _dimension_label(group: Any, code: Any) -> str:
    """The label of an evaluated dimension ("valor", "confianza" -> "Confianza")."""
    enums = {"condicion": Condition, "valor": Value, "factor": SuccessFactor}
    enum = enums.get(str(group or ""))
    return label_of(enum, str(code)) if enum and code else ""


# A meeting before its acta has a number, by kind: (undated, dated).
_SESSIONS = {
    "": (QT_TRANSLATE_NOOP("history", "Sesión"), QT_TRANSLATE_NOOP("history", "Sesión del {on}")),
    MeetingKind.ORDINARY.value: (
        QT_TRANSLATE_NOOP("history", "Sesión ordinaria"),
        QT_TRANSLATE_NOOP("history", "Sesión ordinaria del {on}"),
    ),
    MeetingKind.EXTRAORDINARY.value: (
        QT_TRANSLATE_NOOP("history", "Sesión extraordinaria"),
        QT_TRANSLATE_NOOP("history", "Sesión extraordinaria del {on}"),
    ),
}


def meeting_name(values: Mapping[str, Any]) -> str:
    """'Acta No. 3' once numbered; before, 'Sesión ordinaria del 20/11/2026'."""
    if values.get("number"):
        return Message(
            HISTORY,
            QT_TRANSLATE_NOOP("history", "Acta No. {number}"),
            {"number": str(values["number"])},
        )
    kind = values.get("kind") or ""
    on = values.get("date")
    if kind in _SESSIONS:
        plain, dated = _SESSIONS[kind]
        if on:
            return Message(HISTORY, dated, {"on": value_argument("meetings", "date", on)})
        return Message(HISTORY, plain)
    text = "Sesión"  # a kind written by a newer version of the app
    if kind:
        text += " " + label_of(MeetingKind, kind).lower()
    if on:
        text += " del " + value_text("meetings", "date", on)
    return text


def name_only(table: str, values: Mapping[str, Any], ref: Lookup = _no_lookup) -> str:
    """The bare name another entry quotes: 'Cooperativa …', 'Entregar los predios'."""
    get = values.get
    if table in ("alliances", "organizations"):
        return get("name") or ""
    if table == "people":
        return get("full_name") or UNNAMED_PERSON
    if table == "memberships":
        return ref("organizations", get("organization_id") or "")
    if table == "commitments":
        return get("description") or ""
    if table == "attendances":
        return ref("people", get("person_id") or "")
    if table in _EVENT_TABLES.values() and values:
        # What a chronology note touches: «Acta No. 3», «Cambio de fase a «Proyección»…».
        return record_name(table, values, ref)
    return ""


# -- sentences ------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One field before → after, as the log keeps it (stored codes and ISO dates)."""

    field: str
    before: Any
    after: Any


def change_text(table: str, change: Change, ref: Lookup = _no_lookup) -> str:
    """'fecha límite: 15/06/2027 → 30/06/2027'; a status reads 'Pendiente → Cumplido'."""
    before = value_argument(table, change.field, change.before, ref)
    after = value_argument(table, change.field, change.after, ref)
    values = {"before": before, "after": after}
    if change.field == "status":
        return Message(HISTORY, "{before} → {after}", values)
    if change.field == "phase":
        return Message(HISTORY, QT_TRANSLATE_NOOP("history", "fase {before} → {after}"), values)
    values["label"] = phrase(field_label(table, change.field), HISTORY)
    if _said(before) == EMPTY:
        return Message(HISTORY, "{label}: {after}", values)
    return Message(HISTORY, "{label}: {before} → {after}", values)


def value_line(table: str, field: str, value: Any, ref: Lookup = _no_lookup) -> str:
    """'fecha límite: 15/06/2027', for a record's values when it was created or deleted."""
    return Message(
        HISTORY,
        "{label}: {value}",
        {
            "label": phrase(field_label(table, field), HISTORY),
            "value": value_argument(table, field, value, ref),
        },
    )


def _joined(parts: list[Any]) -> Any:
    """Change sentences said one after the other, separated by «; »."""
    said = parts[0]
    for part in parts[1:]:
        said = Message(HISTORY, "{head}; {tail}", {"head": said, "tail": part})
    return said


def _event(table: str, changes: Mapping[str, Change]) -> tuple[str, dict[str, Any], set[str]]:
    """A change said in its own words ('{name} cerrada'), its values and the fields it says."""
    status = changes.get("status")
    after = status.after if status else None
    if table == "meetings" and after == MeetingStatus.CLOSED.value:
        said = {"status", "number", "closed_at", "content"}
        return QT_TRANSLATE_NOOP("history", "{name} cerrada"), {}, said
    if table == "agreement_versions" and after == VersionStatus.ISSUED.value:
        said = {"status", "issued_at", "verification_code", "content"}
        return QT_TRANSLATE_NOOP("history", "{name} emitido"), {}, said
    signed = changes.get("signed_on")
    if table == "agreement_versions" and after == VersionStatus.SIGNED.value:
        if signed and signed.after:
            on = {"on": value_argument(table, "signed_on", signed.after)}
            return (
                QT_TRANSLATE_NOOP("history", "{name} firmado el {on}"),
                on,
                {"status", "signed_on"},
            )
        return QT_TRANSLATE_NOOP("history", "{name} firmado"), {}, {"status"}
    if table == "meetings" and signed and signed.after:
        on = {"on": value_argument(table, "signed_on", signed.after)}
        return QT_TRANSLATE_NOOP("history", "{name} firmada el {on}"), on, {"signed_on"}
    if table == "memberships" and "retired_on" in changes:
        retired = changes["retired_on"].after
        said = {"retired_on", "retired_reason"}
        if not retired:
            return QT_TRANSLATE_NOOP("history", "{name} vuelve a la alianza"), {}, said
        on = {"on": value_argument(table, "retired_on", retired)}
        reason = changes.get("retired_reason")
        if reason and reason.after:
            on["reason"] = value_argument(table, "retired_reason", reason.after)
            return (
                QT_TRANSLATE_NOOP("history", "{name} retirado el {on} (motivo: {reason})"),
                on,
                said,
            )
        return QT_TRANSLATE_NOOP("history", "{name} retirado el {on}"), on, said
    if table == "alliances" and "archived_at" in changes:
        if changes["archived_at"].after:
            return QT_TRANSLATE_NOOP("history", "{name} archivada"), {}, {"archived_at"}
        return QT_TRANSLATE_NOOP("history", "{name} restaurada"), {}, {"archived_at"}
    if table == "people" and "erased_at" in changes and changes["erased_at"].after:
        return QT_TRANSLATE_NOOP("history", "{name}: datos suprimidos"), {}, set(changes)
    if table == "agreement_versions" and set(changes) == {"content"}:
        return (
            QT_TRANSLATE_NOOP("history", "{name}: texto del borrador actualizado"),
            {},
            {"content"},
        )
    if table == "meetings" and set(changes) == {"content"}:
        return QT_TRANSLATE_NOOP("history", "{name}: texto del acta actualizado"), {}, {"content"}
    return "", {}, set()


# What happened to a record, by action and by the gender of its kind's name.
_VERBS = {
    (CREATE, False): QT_TRANSLATE_NOOP("history", "{name} creado"),
    (CREATE, True): QT_TRANSLATE_NOOP("history", "{name} creada"),
    (DELETE, False): QT_TRANSLATE_NOOP("history", "{name} borrado"),
    (DELETE, True): QT_TRANSLATE_NOOP("history", "{name} borrada"),
    (UPDATE, False): QT_TRANSLATE_NOOP("history", "{name} actualizado"),
    (UPDATE, True): QT_TRANSLATE_NOOP("history", "{name} actualizada"),
}


def describe(
    table: str,
    action: str,
    name: str,
    changes: list[Change],
    ref: Lookup = _no_lookup,
) -> tuple[str, list[str]]:
    """The entry's sentence, naming its record, and the detail lines behind it.

    'Compromiso «Entregar los predios…»: Pendiente → Cumplido',
    'Alianza «Cacao para la Paz»: fase Nacimiento → Puesta en marcha',
    'Socio «Cooperativa …» retirado', 'Acta No. 3 cerrada'.
    Both Messages (``history``): Spanish, worded again by the windows in their language.
    """
    feminine = TABLES.get(table, ("", False))[1]
    shown = [c for c in changes if is_shown(table, c.field)]
    named = {"name": name}
    if action == CREATE:
        details = [
            value_line(table, c.field, c.after, ref)
            for c in shown
            if c.after not in (None, "") and not (isinstance(c.after, bool) and not c.after)
        ]
        details = [line for line in details if not line.endswith(": 0")]
        verb = _VERBS[CREATE, feminine]
        if table == "meetings":
            # Convened before it had a number: say the session as it was, and its acta now.
            convened = meeting_name({c.field: c.after for c in changes if c.field != "number"})
            if convened != name and convened != "Sesión":
                sentence = QT_TRANSLATE_NOOP("history", "{convened} convocada ({name})")
                return Message(HISTORY, sentence, {"convened": convened, **named}), details
            verb = QT_TRANSLATE_NOOP("history", "{name} convocada")
        if table == "memberships":
            verb = QT_TRANSLATE_NOOP("history", "{name} agregado a la alianza")
            details = details[1:] if shown and shown[0].field == "organization_id" else details
        return Message(HISTORY, verb, named), details
    if action == DELETE:
        details = [value_line(table, c.field, c.before, ref) for c in shown if c.before]
        return Message(HISTORY, _VERBS[DELETE, feminine], named), details
    by_field = {c.field: c for c in changes}
    template, values, said = _event(table, by_field)
    rest = [change_text(table, c, ref) for c in shown if c.field not in said]
    if template:
        sentence = Message(HISTORY, template, {**named, **values})
        if rest:
            return Message(
                HISTORY, "{sentence}: {rest}", {"sentence": sentence, "rest": _joined(rest)}
            ), rest
        return sentence, rest
    if not rest:
        return Message(HISTORY, _VERBS[UPDATE, feminine], named), []
    return Message(HISTORY, "{name}: {rest}", {**named, "rest": _joined(rest)}), rest
