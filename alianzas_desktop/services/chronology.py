"""The chronology of an alliance, built from what the app holds, with the facilitator's touches.

Every record that marks a moment becomes a ``ChronologyEvent`` with a stable key
("meeting:<id>:closed", "commitment:<id>:made"…): the founding, agreement versions
issued and signed, phase changes, the formalization, meetings convened or held
with their decisions, commitments made, fulfilled or unmet, partners retired,
evaluations with their scores, conflicts opened and resolved, sustainability
items and benefits observed. ``ChronologyNote`` rows lay notes over events, hide
them (never deleting: they can be shown again) or add milestones of one's own.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from alianzas_desktop.domain.evaluation import group_average
from alianzas_desktop.domain.fields import SHORT_TEXT_MAX, Errors, check_date, clean_text
from alianzas_desktop.domain.formatting import local_moment
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message
from alianzas_desktop.domain.systematization import (
    MILESTONE_PREFIX,
    ChronologyEvent,
    ChronologyKind,
    NoteEntry,
    merge_chronology,
    sorted_events,
)
from alianzas_desktop.domain.vocabulary import (
    Benefit,
    CommitmentStatus,
    ConflictLevel,
    DimensionGroup,
    MeetingStatus,
    Phase,
    PolicyPath,
    label_of,
)
from alianzas_desktop.services.errors import NotFoundError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.learning_models import (
    ChronologyNote,
    ObservedBenefit,
    SustainabilityItem,
)
from alianzas_desktop.storage.models import (
    Agreement,
    AgreementVersion,
    Alliance,
    Commitment,
    CommitmentUpdate,
    Decision,
    Meeting,
    Membership,
)
from alianzas_desktop.storage.work_models import Conflict, Evaluation, Formalization, PhaseChange

logger = logging.getLogger(__name__)

TITLE_MAX = 120


def _short(text: str, limit: int = TITLE_MAX) -> str:
    first = clean_text(text).splitlines()[0] if clean_text(text) else ""
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def _alliance(session: Session, alliance_id: str) -> Alliance:
    alliance = session.get(Alliance, alliance_id)
    if alliance is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
    return alliance


def commitment_made_on(commitment: Commitment, alliance: Alliance, meeting_days: dict) -> date:
    """A commitment is made at its meeting; one written with the founding, on the founding
    date; one added later (a review's decision, an edit), on the day it was recorded."""
    if commitment.meeting_id and commitment.meeting_id in meeting_days:
        return meeting_days[commitment.meeting_id]
    if commitment.created_at.date() == alliance.created_at.date():
        return alliance.start_date
    return commitment.created_at.date()


def _score_detail(evaluation: Evaluation) -> str:
    scores = {
        f"{s.group}:{s.dimension}": s.score for s in evaluation.scores if s.membership_id is None
    }
    parts = []
    for group in DimensionGroup:
        average = group_average(scores, group)
        if average is not None:
            parts.append(f"{group.label}: {average:.1f}".replace(".", ","))
    return " · ".join(parts)


def automatic_events(session: Session, alliance: Alliance) -> list[ChronologyEvent]:
    """Every recorded moment of ``alliance``, in date order (no notes applied)."""
    aid = alliance.id
    events: list[ChronologyEvent] = []
    add = events.append
    add(
        ChronologyEvent(
            f"alliance:{aid}:founded",
            alliance.start_date,
            ChronologyKind.FOUNDED.value,
            f"Nace la alianza «{alliance.name}»",
            _short(alliance.purpose, 300),
        )
    )
    versions = session.scalars(
        select(AgreementVersion)
        .join(Agreement, AgreementVersion.agreement_id == Agreement.id)
        .where(Agreement.alliance_id == aid)
    ).all()
    for version in versions:
        if version.issued_at is not None:
            add(
                ChronologyEvent(
                    f"agreement:{version.id}:issued",
                    local_moment(version.issued_at).date(),
                    ChronologyKind.AGREEMENT_ISSUED.value,
                    f"Se emite el acuerdo de compromisos, versión {version.number}",
                )
            )
        if version.signed_on is not None:
            add(
                ChronologyEvent(
                    f"agreement:{version.id}:signed",
                    version.signed_on,
                    ChronologyKind.AGREEMENT_SIGNED.value,
                    f"Los socios firman el acuerdo de compromisos, versión {version.number}",
                )
            )
    for change in session.scalars(select(PhaseChange).where(PhaseChange.alliance_id == aid)):
        add(
            ChronologyEvent(
                f"phase:{change.id}",
                change.on,
                ChronologyKind.PHASE_CHANGE.value,
                f"Pasa de {label_of(Phase, change.from_phase)} "
                f"a {label_of(Phase, change.to_phase)}",
                _short(change.reason, 300),
            )
        )
    formalization = session.scalars(
        select(Formalization).where(Formalization.alliance_id == aid)
    ).first()
    if formalization is not None and formalization.convenio_date is not None:
        number = f" n.º {formalization.convenio_number}" if formalization.convenio_number else ""
        add(
            ChronologyEvent(
                f"formalization:{formalization.id}",
                formalization.convenio_date,
                ChronologyKind.FORMALIZATION.value,
                f"Se firma el convenio{number}",
                _short(formalization.legal_figure),
            )
        )
    meetings = session.scalars(select(Meeting).where(Meeting.alliance_id == aid)).all()
    meeting_days = {m.id: m.date for m in meetings}
    decisions: dict[str, list[str]] = defaultdict(list)
    for decision in session.scalars(
        select(Decision)
        .join(Meeting, Decision.meeting_id == Meeting.id)
        .where(Meeting.alliance_id == aid)
        .order_by(Decision.position)
    ):
        decisions[decision.meeting_id].append(_short(decision.text, 200))
    for meeting in meetings:
        if meeting.status == MeetingStatus.CLOSED.value:
            number = f" n.º {meeting.number}" if meeting.number else ""
            said = decisions.get(meeting.id, [])
            detail = (
                "Decisiones: " + "; ".join(d.rstrip(".") for d in said) + "."
                if said
                else "Sin decisiones registradas."
            )
            add(
                ChronologyEvent(
                    f"meeting:{meeting.id}:closed",
                    meeting.date,
                    ChronologyKind.MEETING_CLOSED.value,
                    f"Sesión{number} en {_short(meeting.place, 80)}",
                    detail,
                )
            )
        else:
            add(
                ChronologyEvent(
                    f"meeting:{meeting.id}:convened",
                    meeting.date,
                    ChronologyKind.MEETING_CONVENED.value,
                    f"Sesión convocada en {_short(meeting.place, 80)}",
                    _short(meeting.objective, 300),
                )
            )
    memberships = session.scalars(select(Membership).where(Membership.alliance_id == aid)).all()
    names = {m.id: m.organization.name for m in memberships}
    commitments = session.scalars(select(Commitment).where(Commitment.alliance_id == aid)).all()
    by_id = {c.id: c for c in commitments}
    for commitment in commitments:
        add(
            ChronologyEvent(
                f"commitment:{commitment.id}:made",
                commitment_made_on(commitment, alliance, meeting_days),
                ChronologyKind.COMMITMENT_MADE.value,
                f"{names.get(commitment.membership_id, '')} se compromete: "
                f"{_short(commitment.description, 90)}",
            )
        )
    if by_id:
        updates = session.scalars(
            select(CommitmentUpdate).where(CommitmentUpdate.commitment_id.in_(list(by_id)))
        ).all()
        for update in updates:
            if update.status == update.previous_status:
                continue
            kind = {
                CommitmentStatus.DONE.value: ChronologyKind.COMMITMENT_FULFILLED,
                CommitmentStatus.UNMET.value: ChronologyKind.COMMITMENT_UNMET,
            }.get(update.status)
            if kind is None:
                continue
            commitment = by_id[update.commitment_id]
            verb = "cumple" if kind is ChronologyKind.COMMITMENT_FULFILLED else "no cumple"
            add(
                ChronologyEvent(
                    f"commitment_update:{update.id}",
                    update.on,
                    kind.value,
                    f"{names.get(commitment.membership_id, '')} {verb}: "
                    f"{_short(commitment.description, 90)}",
                    _short(update.note, 300),
                )
            )
    for membership in memberships:
        if membership.retired_on is not None:
            add(
                ChronologyEvent(
                    f"membership:{membership.id}:retired",
                    membership.retired_on,
                    ChronologyKind.PARTNER_RETIRED.value,
                    f"Se retira {names.get(membership.id, '')}",
                    _short(membership.retired_reason, 300),
                )
            )
    for evaluation in session.scalars(select(Evaluation).where(Evaluation.alliance_id == aid)):
        add(
            ChronologyEvent(
                f"evaluation:{evaluation.id}",
                evaluation.held_on,
                ChronologyKind.EVALUATION.value,
                "Revisión periódica con los socios",
                _score_detail(evaluation),
            )
        )
    for conflict in session.scalars(select(Conflict).where(Conflict.alliance_id == aid)):
        level = label_of(ConflictLevel, conflict.level)
        add(
            ChronologyEvent(
                f"conflict:{conflict.id}:opened",
                conflict.occurred_on,
                ChronologyKind.CONFLICT_OPENED.value,
                f"Conflicto ({level}): {_short(conflict.description, 90)}",
            )
        )
        if conflict.resolved_on is not None:
            add(
                ChronologyEvent(
                    f"conflict:{conflict.id}:resolved",
                    conflict.resolved_on,
                    ChronologyKind.CONFLICT_RESOLVED.value,
                    f"Se resuelve el conflicto: {_short(conflict.description, 90)}",
                    _short(conflict.resolution, 300),
                )
            )
    for item in session.scalars(
        select(SustainabilityItem).where(SustainabilityItem.alliance_id == aid)
    ):
        if item.due_on is not None:
            add(
                ChronologyEvent(
                    f"sustainability:{item.id}",
                    item.due_on,
                    ChronologyKind.SUSTAINABILITY.value,
                    f"Sostenibilidad: {_short(item.what, 90)}",
                    label_of(PolicyPath, item.policy_path),
                )
            )
    for benefit in session.scalars(
        select(ObservedBenefit).where(ObservedBenefit.alliance_id == aid)
    ):
        if benefit.observed_on is not None:
            add(
                ChronologyEvent(
                    f"benefit:{benefit.id}",
                    benefit.observed_on,
                    ChronologyKind.BENEFIT.value,
                    f"Beneficio observado: {label_of(Benefit, benefit.benefit)}",
                    _short(benefit.evidence, 300),
                )
            )
    return sorted_events(events)


def _note_entry(row: ChronologyNote) -> NoteEntry:
    return NoteEntry(
        key=row.id,
        event_key=row.event_key,
        note=row.note,
        hidden=row.hidden,
        milestone_on=row.milestone_on,
        milestone_title=row.milestone_title,
    )


def stored_notes(session: Session, alliance_id: str) -> list[NoteEntry]:
    rows = session.scalars(
        select(ChronologyNote)
        .where(ChronologyNote.alliance_id == alliance_id)
        .order_by(ChronologyNote.created_at, ChronologyNote.id)
    )
    return [_note_entry(row) for row in rows]


def chronology_of(session: Session, alliance: Alliance) -> list[ChronologyEvent]:
    return merge_chronology(automatic_events(session, alliance), stored_notes(session, alliance.id))


def chronology(
    db: Database, alliance_id: str, *, include_hidden: bool = True
) -> list[ChronologyEvent]:
    """The alliance's chronology in date order, notes applied; hidden events marked (or left
    out when ``include_hidden`` is False)."""
    with db.reading() as session:
        events = chronology_of(session, _alliance(session, alliance_id))
    return [e for e in events if include_hidden or not e.hidden]


def chronology_json(db: Database, alliance_id: str, *, include_hidden: bool = False) -> list[dict]:
    """For ``alianzas chronology --json``: the visible events as plain dicts, in date order."""
    return [e.to_dict() for e in chronology(db, alliance_id, include_hidden=include_hidden)]


# -- the facilitator's touches --------------------------------------------------------------------


def _touch(session: Session, alliance_id: str, event_key: str) -> ChronologyNote:
    if not event_key or event_key.startswith(MILESTONE_PREFIX):
        milestone_id = event_key[len(MILESTONE_PREFIX) :]
        row = session.get(ChronologyNote, milestone_id)
        if row is None or row.alliance_id != alliance_id or row.event_key:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe ese hito."))
        return row
    keys = {e.key for e in automatic_events(session, _alliance(session, alliance_id))}
    if event_key not in keys:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errores", "Ese momento no está en la cronología de la alianza.")
        )
    row = session.scalars(
        select(ChronologyNote).where(
            ChronologyNote.alliance_id == alliance_id, ChronologyNote.event_key == event_key
        )
    ).first()
    if row is None:
        row = ChronologyNote(alliance_id=alliance_id, event_key=event_key)
        session.add(row)
    return row


def annotate(db: Database, alliance_id: str, event_key: str, note: str) -> None:
    """Write (or clear, with an empty text) the note on one event or milestone."""
    text = clean_text(note)
    errors: Errors = {}
    if len(text) > 20_000:
        errors["note"] = message(
            QT_TRANSLATE_NOOP("errores", "El texto es demasiado largo: máximo {limit} caracteres."),
            limit=20_000,
        )
        raise ValidationFailed(errors)
    with db.transaction() as session:
        _touch(session, alliance_id, event_key).note = text


def set_hidden(db: Database, alliance_id: str, event_key: str, hidden: bool) -> None:
    with db.transaction() as session:
        _touch(session, alliance_id, event_key).hidden = hidden


def hide(db: Database, alliance_id: str, event_key: str) -> None:
    """Leave an event out of the informe; it is kept, and can be shown again."""
    set_hidden(db, alliance_id, event_key, True)


def show(db: Database, alliance_id: str, event_key: str) -> None:
    set_hidden(db, alliance_id, event_key, False)


def add_milestone(
    db: Database, alliance_id: str, on: date | None, title: str, note: str = ""
) -> str:
    """A milestone of one's own; returns its event key ("hito:<id>")."""
    errors: Errors = {}
    check_date(
        errors,
        "milestone_on",
        on,
        required=True,
        today=date.today(),
        what=QT_TRANSLATE_NOOP("errores", "la fecha"),
    )
    title = clean_text(title)
    if not title:
        errors["milestone_title"] = QT_TRANSLATE_NOOP("errores", "Escriba el nombre del hito.")
    elif len(title) > SHORT_TEXT_MAX:
        errors["milestone_title"] = message(
            QT_TRANSLATE_NOOP("errores", "El texto es demasiado largo: máximo {limit} caracteres."),
            limit=SHORT_TEXT_MAX,
        )
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        _alliance(session, alliance_id)
        row = ChronologyNote(
            alliance_id=alliance_id, milestone_on=on, milestone_title=title, note=clean_text(note)
        )
        session.add(row)
        session.flush()
        return MILESTONE_PREFIX + row.id


def remove_milestone(db: Database, alliance_id: str, event_key: str) -> None:
    """Remove a milestone one added (automatic events are only hidden, never removed)."""
    if not event_key.startswith(MILESTONE_PREFIX):
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "errores", "Solo se quitan los hitos agregados; los demás momentos se ocultan."
            )
        )
    with db.transaction() as session:
        session.delete(_touch(session, alliance_id, event_key))


def replace_notes(session: Session, alliance_id: str, notes: list[NoteEntry]) -> None:
    """Store the wizard's notes as the alliance's notes (inside the caller's transaction).
    Notes on events that no longer exist are kept as they were written."""
    existing = {
        row.id: row
        for row in session.scalars(
            select(ChronologyNote).where(ChronologyNote.alliance_id == alliance_id)
        )
    }
    kept: set[str] = set()
    by_event = {row.event_key: row for row in existing.values() if row.event_key}
    for note in notes:
        if note.event_key:
            row = by_event.get(note.event_key)
        else:
            row = existing.get(note.key)
        if row is None:
            row = ChronologyNote(alliance_id=alliance_id, event_key=note.event_key)
            if not note.event_key:
                row.id = note.key
            session.add(row)
        row.note = clean_text(note.note)
        row.hidden = bool(note.hidden)
        row.milestone_on = note.milestone_on if not note.event_key else None
        row.milestone_title = clean_text(note.milestone_title) if not note.event_key else ""
        if row.id:
            kept.add(row.id)
    for row_id, row in existing.items():
        if row_id not in kept:
            session.delete(row)
