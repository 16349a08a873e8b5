"""What the Proyección wizard gathers (sustainability, replication, partners moving on or
joining, benefits observed) and the rules that check it.

The dataclasses travel between the wizard, its draft (JSON) and the projection service.
Validation returns Spanish messages keyed by field: "sustainability",
"sustainability.<key>.what", "replications.<key>.place", "retirements.<key>.reason",
"joinings.<key>.name", "benefits.<code>.evidence", "closing_reason"…
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
    Benefit,
    ContributionKind,
    Logic,
    PolicyPath,
    ReplicationKind,
    Sector,
)

logger = logging.getLogger(__name__)

MAX_SUSTAINABILITY = 100
MAX_REPLICATIONS = 50
MAX_PARTNER_CHANGES = 50
# What continues, and who funds it, are a few sentences: a commitment's description.
WHAT_MAX = 1_000

__all__ = ["Errors", "clean_text"]


@dataclass
class SustainabilityEntry:
    """What continues after the initial resources; with a date and a responsible partner it
    becomes that partner's commitment (``commitment_id`` once stored)."""

    key: str = field(default_factory=new_key)
    what: str = ""
    funding: str = ""
    policy_path: str = PolicyPath.PARTNER_ORGANISATIONS.value
    due_on: date | None = None
    responsible_membership_id: str = ""
    logic: str = Logic.POLITICAL.value
    kind: str = ContributionKind.IN_KIND.value
    commitment_id: str = ""

    @property
    def becomes_commitment(self) -> bool:
        return bool(self.due_on and self.responsible_membership_id)


@dataclass
class ReplicationEntry:
    """Where the experience could be replicated or scaled, with whom, what must adapt."""

    key: str = field(default_factory=new_key)
    kind: str = ReplicationKind.REPLICATION.value
    place: str = ""
    with_whom: str = ""
    adaptations: str = ""


@dataclass
class RetirementEntry:
    """A partner moving on: which one, since when, why."""

    key: str = field(default_factory=new_key)
    membership_id: str = ""
    on: date | None = None
    reason: str = ""


@dataclass
class JoiningEntry:
    """An organisation joining the alliance (it opens an otrosí of the agreement)."""

    key: str = field(default_factory=new_key)
    name: str = ""
    sector: str = ""
    interests: str = ""
    contribution: str = ""


@dataclass
class BenefitEntry:
    """One of the seed's five benefits: observed or not, and the evidence of it."""

    benefit: str = Benefit.SOCIAL_FABRIC.value
    observed: bool = False
    evidence: str = ""
    observed_on: date | None = None


def all_benefits() -> list[BenefitEntry]:
    return [BenefitEntry(benefit=b.value) for b in Benefit]


@dataclass
class ProjectionData:
    alliance_id: str = ""
    sustainability: list[SustainabilityEntry] = field(default_factory=list)
    replications: list[ReplicationEntry] = field(default_factory=list)
    retirements: list[RetirementEntry] = field(default_factory=list)
    joinings: list[JoiningEntry] = field(default_factory=list)
    # The alliance closes: the wizard then offers the closing meeting and its acta.
    closes: bool = False
    closing_reason: str = ""
    benefits: list[BenefitEntry] = field(default_factory=all_benefits)

    def benefit(self, code: str) -> BenefitEntry:
        return next(b for b in self.benefits if b.benefit == code)

    def to_dict(self) -> dict[str, Any]:
        return jsonable(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProjectionData:
        values = known_fields(cls, data)
        items = []
        for raw in data.get("sustainability") or []:
            entry = SustainabilityEntry(**known_fields(SustainabilityEntry, raw))
            entry.due_on = parse_date(entry.due_on)
            items.append(entry)
        values["sustainability"] = items
        values["replications"] = [
            ReplicationEntry(**known_fields(ReplicationEntry, r))
            for r in data.get("replications") or []
        ]
        retirements = []
        for raw in data.get("retirements") or []:
            entry = RetirementEntry(**known_fields(RetirementEntry, raw))
            entry.on = parse_date(entry.on)
            retirements.append(entry)
        values["retirements"] = retirements
        values["joinings"] = [
            JoiningEntry(**known_fields(JoiningEntry, j)) for j in data.get("joinings") or []
        ]
        stored = {}
        for raw in data.get("benefits") or []:
            entry = BenefitEntry(**known_fields(BenefitEntry, raw))
            entry.observed_on = parse_date(entry.observed_on)
            entry.observed = bool(entry.observed)
            stored[entry.benefit] = entry
        # Always the five, in the seed's order, whatever the draft held.
        values["benefits"] = [stored.get(b.value, BenefitEntry(benefit=b.value)) for b in Benefit]
        values["closes"] = bool(values.get("closes", False))
        return cls(**values)


# -- rules ----------------------------------------------------------------------------------


def validate_sustainability(data: ProjectionData, today: date | None = None) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    if not data.sustainability:
        errors["sustainability"] = QT_TRANSLATE_NOOP(
            "errores",
            "Agregue al menos una acción que continúe después de los recursos iniciales.",
        )
    elif len(data.sustainability) > MAX_SUSTAINABILITY:
        errors["sustainability"] = message(
            QT_TRANSLATE_NOOP("errores", "El plan admite hasta {count} acciones."),
            count=MAX_SUSTAINABILITY,
        )
    for item in data.sustainability:
        prefix = f"sustainability.{item.key}."
        check_text(
            errors,
            prefix + "what",
            item.what,
            required=True,
            limit=WHAT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "qué continúa"),
        )
        check_text(
            errors,
            prefix + "funding",
            item.funding,
            required=False,
            limit=WHAT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "quién lo financia"),
        )
        if item.policy_path not in {p.value for p in PolicyPath}:
            errors[prefix + "policy_path"] = QT_TRANSLATE_NOOP(
                "errores", "Elija dónde se inscribe."
            )
        check_date(
            errors,
            prefix + "due_on",
            item.due_on,
            required=False,
            today=today,
            what=QT_TRANSLATE_NOOP("errores", "la fecha"),
        )
        if item.due_on and not item.responsible_membership_id and prefix + "due_on" not in errors:
            errors[prefix + "responsible_membership_id"] = QT_TRANSLATE_NOOP(
                "errores",
                "Con fecha, elija el socio responsable: así queda como su compromiso.",
            )
        if item.responsible_membership_id and not item.due_on and prefix + "due_on" not in errors:
            errors[prefix + "due_on"] = QT_TRANSLATE_NOOP(
                "errores",
                "Con socio responsable, escriba la fecha: así queda como su compromiso.",
            )
        if item.logic not in {lg.value for lg in Logic}:
            errors[prefix + "logic"] = QT_TRANSLATE_NOOP(
                "errores", "Elija la lógica del compromiso."
            )
        if item.kind not in {k.value for k in ContributionKind}:
            errors[prefix + "kind"] = QT_TRANSLATE_NOOP("errores", "Elija el tipo de aporte.")
    return errors


def validate_replications(data: ProjectionData) -> Errors:
    errors: Errors = {}
    if len(data.replications) > MAX_REPLICATIONS:
        errors["replications"] = message(
            QT_TRANSLATE_NOOP("errores", "Se admiten hasta {count} réplicas o escalamientos."),
            count=MAX_REPLICATIONS,
        )
    for item in data.replications:
        prefix = f"replications.{item.key}."
        if item.kind not in {k.value for k in ReplicationKind}:
            errors[prefix + "kind"] = QT_TRANSLATE_NOOP(
                "errores", "Elija si es réplica o escalamiento."
            )
        check_text(
            errors,
            prefix + "place",
            item.place,
            required=True,
            limit=SHORT_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "dónde"),
        )
        check_text(
            errors,
            prefix + "with_whom",
            item.with_whom,
            required=True,
            limit=WHAT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "con quién"),
        )
        check_text(
            errors,
            prefix + "adaptations",
            item.adaptations,
            required=False,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "qué se debe adaptar"),
        )
    return errors


def validate_partners(
    data: ProjectionData, start: date | None = None, today: date | None = None
) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    if len(data.retirements) + len(data.joinings) > MAX_PARTNER_CHANGES:
        errors["retirements"] = QT_TRANSLATE_NOOP(
            "errores", "Demasiados cambios de socios para una sola vez."
        )
    seen: set[str] = set()
    for item in data.retirements:
        prefix = f"retirements.{item.key}."
        if not item.membership_id:
            errors[prefix + "membership_id"] = QT_TRANSLATE_NOOP(
                "errores", "Elija el socio que se retira."
            )
        elif item.membership_id in seen:
            errors[prefix + "membership_id"] = QT_TRANSLATE_NOOP(
                "errores", "Ese socio ya está en la lista de retiros."
            )
        seen.add(item.membership_id)
        check_date(
            errors,
            prefix + "on",
            item.on,
            required=True,
            today=today,
            what=QT_TRANSLATE_NOOP("errores", "la fecha de retiro"),
        )
        if prefix + "on" not in errors and item.on is not None:
            if item.on > today:
                errors[prefix + "on"] = QT_TRANSLATE_NOOP(
                    "errores", "La fecha de retiro no puede estar en el futuro."
                )
            elif start is not None and item.on < start:
                errors[prefix + "on"] = QT_TRANSLATE_NOOP(
                    "errores", "La fecha de retiro es anterior al inicio de la alianza."
                )
        check_text(
            errors,
            prefix + "reason",
            item.reason,
            required=True,
            limit=2000,
            what=QT_TRANSLATE_NOOP("errores", "el motivo del retiro"),
        )
    names: set[str] = set()
    for item in data.joinings:
        prefix = f"joinings.{item.key}."
        check_text(
            errors,
            prefix + "name",
            item.name,
            required=True,
            limit=SHORT_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "el nombre de la organización"),
        )
        normal = clean_text(item.name).casefold()
        if normal and normal in names:
            errors[prefix + "name"] = QT_TRANSLATE_NOOP(
                "errores", "Esta organización ya está en la lista."
            )
        names.add(normal)
        if item.sector not in {s.value for s in Sector}:
            errors[prefix + "sector"] = QT_TRANSLATE_NOOP(
                "errores", "Elija el sector de la organización."
            )
        for attr, what in (
            ("interests", QT_TRANSLATE_NOOP("errores", "sus intereses")),
            ("contribution", QT_TRANSLATE_NOOP("errores", "lo que aporta")),
        ):
            check_text(
                errors,
                prefix + attr,
                getattr(item, attr),
                required=False,
                limit=WHAT_MAX,
                what=what,
            )
    if data.closes:
        check_text(
            errors,
            "closing_reason",
            data.closing_reason,
            required=True,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "por qué se cierra la alianza"),
        )
    return errors


def validate_benefits(data: ProjectionData, today: date | None = None) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    for item in data.benefits:
        prefix = f"benefits.{item.benefit}."
        if item.benefit not in {b.value for b in Benefit}:
            errors[prefix + "benefit"] = QT_TRANSLATE_NOOP("errores", "Beneficio desconocido.")
            continue
        check_text(
            errors,
            prefix + "evidence",
            item.evidence,
            required=item.observed,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "la evidencia del beneficio observado"),
        )
        check_date(
            errors,
            prefix + "observed_on",
            item.observed_on,
            required=False,
            today=today,
            what=QT_TRANSLATE_NOOP("errores", "la fecha"),
        )
        if item.observed_on and item.observed_on > today and prefix + "observed_on" not in errors:
            errors[prefix + "observed_on"] = QT_TRANSLATE_NOOP(
                "errores", "Un beneficio observado no puede tener fecha futura."
            )
    return errors


def validate_projection(
    data: ProjectionData, start: date | None = None, today: date | None = None
) -> Errors:
    errors: Errors = {}
    errors.update(validate_sustainability(data, today))
    errors.update(validate_replications(data))
    errors.update(validate_partners(data, start, today))
    errors.update(validate_benefits(data, today))
    return errors
