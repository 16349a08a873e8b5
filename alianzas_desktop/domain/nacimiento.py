"""What the Nacimiento wizard gathers, and the rules that check it.

These plain dataclasses travel between the wizard, its saved draft (as JSON),
the service that founds the alliance and the agreement snapshot. Validation
returns Spanish messages keyed by field name so the UI can show each one next
to its field.
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field, fields
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
    new_key,
    parse_date,
)
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.vocabulary import (
    ApplicationArea,
    AuthorizationMethod,
    Complexity,
    Condition,
    ContributionKind,
    Formality,
    Influence,
    Logic,
    Sector,
)

logger = logging.getLogger(__name__)

MONEY_MAX = 10**15  # a thousand billion pesos: anything above is a typing slip
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class Representative:
    name: str = ""
    cargo: str = ""
    document_number: str = ""
    phone: str = ""
    email: str = ""
    consent: bool = False
    consent_date: date | None = None
    consent_method: str = AuthorizationMethod.ON_SCREEN.value
    consent_witness: str = ""


@dataclass
class PartnerDraft:
    key: str = field(default_factory=new_key)
    organization_id: str | None = None
    name: str = ""
    sector: str = ""
    identifier: str = ""
    representative: Representative = field(default_factory=Representative)
    interests: str = ""
    contribution: str = ""
    influence: str = Influence.MEDIUM.value


@dataclass
class CommitmentDraft:
    key: str = field(default_factory=new_key)
    partner_key: str = ""
    description: str = ""
    kind: str = ContributionKind.IN_KIND.value
    estimated_value: int | None = None
    deadline: date | None = None
    logic: str = Logic.TECHNICAL.value


@dataclass
class ConditionCheck:
    condition: str = ""
    met: bool = False
    note: str = ""


def _default_conditions() -> list[ConditionCheck]:
    return [ConditionCheck(condition=c.value) for c in Condition]


@dataclass
class NacimientoData:
    name: str = ""
    departamento: str = ""
    municipio: str = ""
    vereda: str = ""
    area: str = ""
    start_date: date | None = None
    facilitator: str = ""
    partners: list[PartnerDraft] = field(default_factory=list)
    purpose: str = ""
    objectives: str = ""
    conditions: list[ConditionCheck] = field(default_factory=_default_conditions)
    commitments: list[CommitmentDraft] = field(default_factory=list)
    formality: str = Formality.INFORMAL.value
    legal_figure: str = ""
    complexity: str = Complexity.SIMPLE.value
    coordination_body: str = ""
    coordination_members: str = ""
    decision_rules: str = ""
    meeting_rhythm: str = ""
    duration: str = ""

    # -- JSON round trip, for drafts and snapshots -------------------------

    def to_dict(self) -> dict[str, Any]:
        return jsonable(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NacimientoData:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["start_date"] = parse_date(values.get("start_date"))
        values["partners"] = [_partner_from_dict(p) for p in values.get("partners") or []]
        values["commitments"] = [_commitment_from_dict(c) for c in values.get("commitments") or []]
        conditions = {
            c.get("condition"): c for c in values.get("conditions") or [] if isinstance(c, dict)
        }
        values["conditions"] = [
            ConditionCheck(
                condition=code.value,
                met=bool(conditions.get(code.value, {}).get("met", False)),
                note=str(conditions.get(code.value, {}).get("note", "") or ""),
            )
            for code in Condition
        ]
        return cls(**values)

    # -- convenience --------------------------------------------------------

    def partner(self, key: str) -> PartnerDraft | None:
        return next((p for p in self.partners if p.key == key), None)

    def commitments_of(self, partner_key: str) -> list[CommitmentDraft]:
        return [c for c in self.commitments if c.partner_key == partner_key]

    def condition(self, code: str) -> ConditionCheck:
        for check in self.conditions:
            if check.condition == code:
                return check
        check = ConditionCheck(condition=code)
        self.conditions.append(check)
        return check


def _partner_from_dict(data: dict[str, Any]) -> PartnerDraft:
    rep_data = dict(data.get("representative") or {})
    rep_known = {f.name for f in fields(Representative)}
    rep_values = {k: v for k, v in rep_data.items() if k in rep_known}
    rep_values["consent_date"] = parse_date(rep_values.get("consent_date"))
    known = {f.name for f in fields(PartnerDraft)} - {"representative"}
    values = {k: v for k, v in data.items() if k in known}
    return PartnerDraft(representative=Representative(**rep_values), **values)


def _commitment_from_dict(data: dict[str, Any]) -> CommitmentDraft:
    known = {f.name for f in fields(CommitmentDraft)}
    values = {k: v for k, v in data.items() if k in known}
    values["deadline"] = parse_date(values.get("deadline"))
    if values.get("estimated_value") is not None:
        try:
            values["estimated_value"] = int(values["estimated_value"])
        except (TypeError, ValueError):
            values["estimated_value"] = None
    return CommitmentDraft(**values)


# -- validation ----------------------------------------------------------------
#
# Every function returns {field: message}. Partner and commitment fields are
# keyed "partners.<key>.<field>" and "commitments.<key>.<field>".


def validate_basics(data: NacimientoData, today: date | None = None) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    check_text(
        errors,
        "name",
        data.name,
        required=True,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "el nombre de la alianza"),
    )
    check_text(
        errors,
        "departamento",
        data.departamento,
        required=True,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "el departamento"),
    )
    check_text(
        errors,
        "municipio",
        data.municipio,
        required=True,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "el municipio"),
    )
    check_text(
        errors,
        "vereda",
        data.vereda,
        required=False,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "la vereda o corregimiento"),
    )
    check_text(
        errors,
        "facilitator",
        data.facilitator,
        required=True,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "el nombre de quien facilita"),
    )
    if data.area not in {a.value for a in ApplicationArea}:
        errors["area"] = QT_TRANSLATE_NOOP("errores", "Elija el área de aplicación.")
    check_date(
        errors,
        "start_date",
        data.start_date,
        required=True,
        today=today,
        what=QT_TRANSLATE_NOOP("errores", "la fecha de inicio"),
    )
    if "start_date" not in errors and data.start_date and data.start_date.year > today.year + 5:
        errors["start_date"] = QT_TRANSLATE_NOOP(
            "errores", "La fecha de inicio está demasiado lejos en el futuro."
        )
    return errors


def validate_partner(partner: PartnerDraft) -> Errors:
    errors: Errors = {}
    prefix = f"partners.{partner.key}."
    check_text(
        errors,
        prefix + "name",
        partner.name,
        required=True,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "el nombre de la organización"),
    )
    if partner.sector not in {s.value for s in Sector}:
        errors[prefix + "sector"] = QT_TRANSLATE_NOOP(
            "errores", "Elija el sector de la organización."
        )
    check_text(
        errors,
        prefix + "identifier",
        partner.identifier,
        required=False,
        limit=40,
        what=QT_TRANSLATE_NOOP("errores", "el NIT"),
    )
    rep = partner.representative
    for attr, what in (
        ("name", QT_TRANSLATE_NOOP("errores", "el nombre")),
        ("cargo", QT_TRANSLATE_NOOP("errores", "el cargo")),
    ):
        check_text(
            errors,
            prefix + f"representative.{attr}",
            getattr(rep, attr),
            required=False,
            limit=SHORT_TEXT_MAX,
            what=what,
        )
    check_text(
        errors,
        prefix + "representative.document_number",
        rep.document_number,
        required=False,
        limit=30,
        what=QT_TRANSLATE_NOOP("errores", "el documento"),
    )
    check_text(
        errors,
        prefix + "representative.phone",
        rep.phone,
        required=False,
        limit=40,
        what=QT_TRANSLATE_NOOP("errores", "el teléfono"),
    )
    email = clean_text(rep.email)
    if email and not _EMAIL.match(email):
        errors[prefix + "representative.email"] = QT_TRANSLATE_NOOP(
            "errores", "El correo electrónico no es válido."
        )
    has_contact = bool(clean_text(rep.phone) or email or clean_text(rep.document_number))
    if has_contact and not rep.consent:
        errors[prefix + "representative.consent"] = QT_TRANSLATE_NOOP(
            "errores",
            "Para guardar documento, teléfono o correo, marque la autorización de "
            "tratamiento de datos personales.",
        )
    for attr in ("interests", "contribution"):
        check_text(
            errors,
            prefix + attr,
            getattr(partner, attr),
            required=False,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "el texto"),
        )
    if partner.influence not in {i.value for i in Influence}:
        errors[prefix + "influence"] = QT_TRANSLATE_NOOP("errores", "Elija el nivel de influencia.")
    return errors


def validate_partners(data: NacimientoData) -> Errors:
    errors: Errors = {}
    if len(data.partners) < 2:
        errors["partners"] = QT_TRANSLATE_NOOP(
            "errores", "Una alianza necesita al menos dos socios."
        )
    names: set[str] = set()
    for partner in data.partners:
        errors.update(validate_partner(partner))
        normal = clean_text(partner.name).casefold()
        if normal and normal in names:
            errors[f"partners.{partner.key}.name"] = QT_TRANSLATE_NOOP(
                "errores", "Esta organización ya está en la lista."
            )
        names.add(normal)
    return errors


def validate_purpose(data: NacimientoData) -> Errors:
    errors: Errors = {}
    check_text(
        errors,
        "purpose",
        data.purpose,
        required=True,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "el propósito común"),
    )
    check_text(
        errors,
        "objectives",
        data.objectives,
        required=False,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "los objetivos"),
    )
    for check in data.conditions:
        check_text(
            errors,
            f"conditions.{check.condition}",
            check.note,
            required=False,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "la nota"),
        )
    return errors


def validate_commitment(
    commitment: CommitmentDraft, start: date | None = None, today: date | None = None
) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    prefix = f"commitments.{commitment.key}."
    check_text(
        errors,
        prefix + "description",
        commitment.description,
        required=True,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "en qué consiste el compromiso"),
    )
    if commitment.kind not in {k.value for k in ContributionKind}:
        errors[prefix + "kind"] = QT_TRANSLATE_NOOP("errores", "Elija el tipo de aporte.")
    if commitment.logic not in {k.value for k in Logic}:
        errors[prefix + "logic"] = QT_TRANSLATE_NOOP("errores", "Elija la lógica del compromiso.")
    value = commitment.estimated_value
    if value is not None and (value < 0 or value > MONEY_MAX):
        errors[prefix + "estimated_value"] = QT_TRANSLATE_NOOP(
            "errores", "El valor estimado no es razonable."
        )
    check_date(
        errors,
        prefix + "deadline",
        commitment.deadline,
        required=True,
        today=today,
        what=QT_TRANSLATE_NOOP("errores", "la fecha límite"),
    )
    if (
        prefix + "deadline" not in errors
        and start is not None
        and commitment.deadline is not None
        and commitment.deadline < start
    ):
        errors[prefix + "deadline"] = QT_TRANSLATE_NOOP(
            "errores", "La fecha límite es anterior al inicio de la alianza."
        )
    return errors


def validate_commitments(data: NacimientoData, today: date | None = None) -> Errors:
    errors: Errors = {}
    keys = {p.key for p in data.partners}
    for commitment in data.commitments:
        if commitment.partner_key not in keys:
            errors[f"commitments.{commitment.key}.partner_key"] = QT_TRANSLATE_NOOP(
                "errores", "Elija el socio responsable."
            )
        errors.update(validate_commitment(commitment, data.start_date, today))
    if not data.commitments:
        errors["commitments"] = QT_TRANSLATE_NOOP("errores", "Registre al menos un compromiso.")
    return errors


def validate_structure(data: NacimientoData) -> Errors:
    errors: Errors = {}
    if data.formality not in {f.value for f in Formality}:
        errors["formality"] = QT_TRANSLATE_NOOP(
            "errores", "Indique si la alianza es formal o informal."
        )
    if data.complexity not in {c.value for c in Complexity}:
        errors["complexity"] = QT_TRANSLATE_NOOP(
            "errores", "Indique si la organización es simple o compleja."
        )
    check_text(
        errors,
        "legal_figure",
        data.legal_figure,
        required=data.formality == Formality.FORMAL.value,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP(
            "errores", "la figura jurídica (por ejemplo, convenio de asociación)"
        ),
    )
    check_text(
        errors,
        "coordination_body",
        data.coordination_body,
        required=True,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "la instancia de coordinación"),
    )
    for attr in ("coordination_members", "decision_rules"):
        check_text(
            errors,
            attr,
            getattr(data, attr),
            required=False,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "el texto"),
        )
    check_text(
        errors,
        "decision_rules",
        data.decision_rules,
        required=True,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "cómo se toman las decisiones"),
    )
    check_text(
        errors,
        "meeting_rhythm",
        data.meeting_rhythm,
        required=True,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "cada cuánto se reúnen"),
    )
    check_text(
        errors,
        "duration",
        data.duration,
        required=True,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "la duración"),
    )
    return errors


def validate_all(data: NacimientoData, today: date | None = None) -> Errors:
    errors: Errors = {}
    errors.update(validate_basics(data, today))
    errors.update(validate_partners(data))
    errors.update(validate_purpose(data))
    errors.update(validate_commitments(data, today))
    errors.update(validate_structure(data))
    return errors


# -- warnings (never block) ------------------------------------------------------


def missing_sectors(partners: list[PartnerDraft]) -> list[Sector]:
    present = {p.sector for p in partners}
    return [s for s in Sector if s.value not in present]


def inactive_partners(data: NacimientoData) -> list[PartnerDraft]:
    """Partners without any commitment: by the methodology, not active partners."""
    committed = {c.partner_key for c in data.commitments}
    return [p for p in data.partners if p.key not in committed]


def contribution_shares(data: NacimientoData) -> dict[str, float]:
    """Each partner's share of the estimated value committed (0..1).

    When no commitment carries a value, the share counts commitments instead,
    so the facilitator still sees how the effort is spread.
    """
    totals = {p.key: 0 for p in data.partners}
    valued = [c for c in data.commitments if c.estimated_value and c.partner_key in totals]
    if valued:
        for c in valued:
            totals[c.partner_key] += c.estimated_value or 0
    else:
        for c in data.commitments:
            if c.partner_key in totals:
                totals[c.partner_key] += 1
    whole = sum(totals.values())
    return {k: (v / whole if whole else 0.0) for k, v in totals.items()}
