"""The automatic chronology holds every recorded event of the demo alliances, in date order,
with the facilitator's notes, hidden events (kept) and own milestones laid over it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from alianzas_desktop.domain.vocabulary import CommitmentStatus, MeetingStatus
from alianzas_desktop.services import alliances, chronology, demo
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
    Meeting,
    Membership,
)
from alianzas_desktop.storage.work_models import (
    Conflict,
    Evaluation,
    Formalization,
    PhaseChange,
)

TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    database = Database.open(tmp_path_factory.mktemp("crono") / "demo.sqlite")
    demo.build_demo(database, TODAY)
    yield database
    database.close()


def _ids(db) -> dict[str, str]:
    return {a.name: a.id for a in alliances.list_alliances(db)}


def expected_events(db, alliance_id: str) -> list[tuple[date, str]]:
    """(date, key) of every record that marks a moment, read straight from the tables."""
    found: list[tuple[date, str]] = []
    with db.reading() as s:
        alliance = s.get(Alliance, alliance_id)
        found.append((alliance.start_date, f"alliance:{alliance_id}:founded"))
        for v in s.scalars(
            select(AgreementVersion).join(Agreement).where(Agreement.alliance_id == alliance_id)
        ):
            if v.issued_at:
                found.append((v.issued_at.date(), f"agreement:{v.id}:issued"))
            if v.signed_on:
                found.append((v.signed_on, f"agreement:{v.id}:signed"))
        for p in s.scalars(select(PhaseChange).where(PhaseChange.alliance_id == alliance_id)):
            found.append((p.on, f"phase:{p.id}"))
        meetings = {}
        for m in s.scalars(select(Meeting).where(Meeting.alliance_id == alliance_id)):
            meetings[m.id] = m.date
            state = "closed" if m.status == MeetingStatus.CLOSED.value else "convened"
            found.append((m.date, f"meeting:{m.id}:{state}"))
        commitments = s.scalars(
            select(Commitment).where(Commitment.alliance_id == alliance_id)
        ).all()
        for c in commitments:
            if c.meeting_id:
                made = meetings[c.meeting_id]
            elif c.created_at.date() == alliance.created_at.date():
                made = alliance.start_date
            else:
                made = c.created_at.date()
            found.append((made, f"commitment:{c.id}:made"))
            for u in s.scalars(
                select(CommitmentUpdate).where(CommitmentUpdate.commitment_id == c.id)
            ):
                if u.status != u.previous_status and u.status in (
                    CommitmentStatus.DONE.value,
                    CommitmentStatus.UNMET.value,
                ):
                    found.append((u.on, f"commitment_update:{u.id}"))
        for m in s.scalars(select(Membership).where(Membership.alliance_id == alliance_id)):
            if m.retired_on:
                found.append((m.retired_on, f"membership:{m.id}:retired"))
        for e in s.scalars(select(Evaluation).where(Evaluation.alliance_id == alliance_id)):
            found.append((e.held_on, f"evaluation:{e.id}"))
        for f in s.scalars(select(Formalization).where(Formalization.alliance_id == alliance_id)):
            if f.convenio_date:
                found.append((f.convenio_date, f"formalization:{f.id}"))
        for i in s.scalars(
            select(SustainabilityItem).where(SustainabilityItem.alliance_id == alliance_id)
        ):
            if i.due_on:
                found.append((i.due_on, f"sustainability:{i.id}"))
        for b in s.scalars(
            select(ObservedBenefit).where(ObservedBenefit.alliance_id == alliance_id)
        ):
            if b.observed_on:
                found.append((b.observed_on, f"benefit:{b.id}"))
        for c in s.scalars(select(Conflict).where(Conflict.alliance_id == alliance_id)):
            found.append((c.occurred_on, f"conflict:{c.id}:opened"))
            if c.resolved_on:
                found.append((c.resolved_on, f"conflict:{c.id}:resolved"))
        # The facilitator's own milestones join the list (hidden events stay in it, marked).
        notes = list(
            s.scalars(select(ChronologyNote).where(ChronologyNote.alliance_id == alliance_id))
        )
    found += [(n.milestone_on, f"hito:{n.id}") for n in notes if not n.event_key]
    return found


@pytest.mark.parametrize(
    "name",
    ["Tejedoras de San Jacinto", "Justicia Comunitaria en Toribío", "Alianza Frijol del Páramo"],
)
def test_every_recorded_event_in_date_order(demo_db, name):
    alliance_id = _ids(demo_db)[name]
    events = chronology.chronology(demo_db, alliance_id)
    expected = expected_events(demo_db, alliance_id)
    assert sorted(e.key for e in events) == sorted(key for _d, key in expected)
    by_key = {e.key: e.date for e in events}
    assert {key: day for day, key in expected} == by_key
    dates = [e.date for e in events]
    assert dates == sorted(dates)
    assert events[0].kind == "fundacion"
    # A second reading gives the same order (stable for events of one day).
    assert [e.key for e in chronology.chronology(demo_db, alliance_id)] == [e.key for e in events]
    assert all({"date", "kind", "title"} <= set(e.to_dict()) for e in events)


def test_the_consolidation_alliance_has_its_evaluations_conflicts_and_fulfilled_commitments(
    demo_db,
):
    alliance_id = _ids(demo_db)["Tejedoras de San Jacinto"]
    kinds = {e.kind for e in chronology.chronology(demo_db, alliance_id)}
    assert {
        "evaluacion",
        "conflicto_abierto",
        "sesion_realizada",
        "compromiso_cumplido",
        "acuerdo_firmado",
        "cambio_fase",
    } <= kinds
    evaluation = next(
        e for e in chronology.chronology(demo_db, alliance_id) if e.kind == "evaluacion"
    )
    assert "Condiciones" in evaluation.detail


def test_annotate_hide_show_and_own_milestones(db_with_alliance):
    db, alliance_id = db_with_alliance
    events = chronology.chronology(db, alliance_id)
    founded = events[0].key
    chronology.annotate(db, alliance_id, founded, "  Fue en la caseta <comunal> & 🌱 ")
    chronology.hide(db, alliance_id, events[1].key)
    milestone = chronology.add_milestone(db, alliance_id, date(2026, 3, 15), "Primera feria")
    after = {e.key: e for e in chronology.chronology(db, alliance_id)}
    assert after[founded].note == "Fue en la caseta <comunal> & 🌱"
    assert after[events[1].key].hidden  # hidden, not deleted
    assert after[milestone].added and after[milestone].title == "Primera feria"
    visible = chronology.chronology(db, alliance_id, include_hidden=False)
    assert events[1].key not in {e.key for e in visible}
    assert [e["key"] for e in chronology.chronology_json(db, alliance_id)] == [
        e.key for e in visible
    ]
    chronology.show(db, alliance_id, events[1].key)
    assert not {e.key: e for e in chronology.chronology(db, alliance_id)}[events[1].key].hidden
    chronology.remove_milestone(db, alliance_id, milestone)
    assert milestone not in {e.key for e in chronology.chronology(db, alliance_id)}
    with db.reading() as s:
        assert len(s.scalars(select(ChronologyNote)).all()) == 2  # the note and the shown mark


def test_bad_touches_are_refused(db_with_alliance):
    db, alliance_id = db_with_alliance
    with pytest.raises(ValidationFailed) as failed:
        chronology.add_milestone(db, alliance_id, date(1200, 1, 1), "")
    assert set(failed.value.errors) == {"milestone_on", "milestone_title"}
    with pytest.raises(NotFoundError):
        chronology.hide(db, alliance_id, "meeting:nada:closed")
    with pytest.raises(NotFoundError):
        chronology.remove_milestone(db, alliance_id, chronology.chronology(db, alliance_id)[0].key)


@pytest.fixture
def db_with_alliance(db):
    from alianzas_desktop.services import nacimiento
    from tests.factories import nacimiento_data

    return db, nacimiento.found_alliance(db, nacimiento_data())
