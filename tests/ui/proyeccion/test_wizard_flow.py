"""The Proyección wizard driven through its widgets: the whole projection typed and stored
(with the commitments it makes and the otrosí), a close mid-way that keeps the draft and
resumes it, refusals said beside their fields."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from alianzas_desktop.domain.vocabulary import (
    Benefit,
    CommitmentStatus,
    DraftKind,
    Logic,
    PolicyPath,
    ReplicationKind,
    VersionStatus,
)
from alianzas_desktop.services import agreements, drafts, projection
from alianzas_desktop.storage.learning_models import ObservedBenefit, SustainabilityItem
from alianzas_desktop.storage.models import Commitment, Membership
from alianzas_desktop.ui.wizards.proyeccion.base import (
    PAGE_BENEFITS,
    PAGE_PARTNERS,
    PAGE_REPLICATION,
    PAGE_SUSTAINABILITY,
)
from tests.ui.proyeccion.conftest import (
    choose,
    click,
    click_cancel,
    click_finish,
    click_next,
    partner_id,
    tick,
    type_date,
    type_into,
)

ALCALDIA = "Alcaldía de Sonsón"
EMPRESA = "Comercializadora El Páramo S.A.S."
WHAT = "Centro de acopio <La Loma> & secado 🌱"


def _sustainability(qtbot, db, alliance_id, wizard) -> None:
    page = wizard.page_widget(PAGE_SUSTAINABILITY)
    click(qtbot, page.list.add_button)
    editor = page.editor
    type_into(qtbot, editor.what_edit, WHAT)
    type_into(qtbot, editor.funding_edit, "Presupuesto municipal de 2028")
    choose(qtbot, editor.path_combo, PolicyPath.MUNICIPAL_PLAN.value)
    choose(qtbot, editor.partner_combo, partner_id(db, alliance_id, ALCALDIA))
    type_date(qtbot, editor.due_edit, date(2027, 12, 1))
    choose(qtbot, editor.logic_combo, Logic.POLITICAL.value)
    click(qtbot, page.list.add_button)
    type_into(qtbot, editor.what_edit, "La cooperativa asume la asistencia técnica")


def _replication(qtbot, wizard) -> None:
    page = wizard.page_widget(PAGE_REPLICATION)
    click(qtbot, page.list.add_button)
    editor = page.editor
    type_into(qtbot, editor.place_edit, "Abejorral, vereda El Guaico")
    choose(qtbot, editor.kind_combo, ReplicationKind.SCALING.value)
    type_into(qtbot, editor.whom_edit, "JAC de El Guaico y la Umata")
    type_into(qtbot, editor.adapt_edit, "Otra variedad de fríjol; más distancia al mercado")


def _partners(qtbot, db, alliance_id, wizard) -> None:
    page = wizard.page_widget(PAGE_PARTNERS)
    click(qtbot, page.retirements.add_button)
    choose(qtbot, page.retire_editor.partner_combo, partner_id(db, alliance_id, EMPRESA))
    type_date(qtbot, page.retire_editor.on_edit, date(2026, 10, 1))
    type_into(qtbot, page.retire_editor.reason_edit, "Cambió de línea de negocio")
    click(qtbot, page.joinings.add_button)
    type_into(qtbot, page.join_editor.name_edit, "Fundación Ñandú")
    choose(qtbot, page.join_editor.sector_combo, "sociedad_civil")
    type_into(qtbot, page.join_editor.contribution_edit, "Mercados campesinos")


def _benefits(qtbot, wizard) -> None:
    page = wizard.page_widget(PAGE_BENEFITS)
    row = page.row(Benefit.SOCIAL_FABRIC.value)
    tick(qtbot, row.check)
    type_into(qtbot, row.evidence, "Tres veredas con comité propio")
    type_date(qtbot, row.day, date(2026, 9, 15))


def test_the_whole_projection_is_typed_and_stored(qtbot, db, alliance_id, make_wizard):
    version = agreements.list_versions(db, alliance_id)[-1]
    agreements.issue_version(db, version.id)
    wizard = make_wizard(alliance_id)
    _sustainability(qtbot, db, alliance_id, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_REPLICATION
    _replication(qtbot, wizard)
    click_next(qtbot, wizard)
    _partners(qtbot, db, alliance_id, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_BENEFITS
    _benefits(qtbot, wizard)
    with qtbot.waitSignal(wizard.projection_saved) as saved:
        click_finish(qtbot, wizard)
    result = saved.args[0]
    assert result.new_commitments == 1 and result.opened_otrosi

    with db.reading() as session:
        items = session.scalars(
            select(SustainabilityItem)
            .where(SustainabilityItem.alliance_id == alliance_id)
            .order_by(SustainabilityItem.position)
        ).all()
        assert [i.what for i in items] == [WHAT, "La cooperativa asume la asistencia técnica"]
        commitment = session.get(Commitment, items[0].commitment_id)
        assert commitment.description == WHAT
        assert commitment.deadline == date(2027, 12, 1)
        assert commitment.logic == Logic.POLITICAL.value
        assert commitment.membership_id == partner_id(db, alliance_id, ALCALDIA)
        assert commitment.status == CommitmentStatus.PENDING.value
        assert items[1].commitment_id is None
        benefit = session.scalars(
            select(ObservedBenefit).where(ObservedBenefit.alliance_id == alliance_id)
        ).one()
        assert benefit.evidence == "Tres veredas con comité propio"
        assert benefit.observed_on == date(2026, 9, 15)
        gone = session.get(Membership, partner_id(db, alliance_id, EMPRESA))
        assert gone.retired_on == date(2026, 10, 1)
    stored = projection.projection_as_dict(db, alliance_id)
    assert stored["replications"][0]["kind"] == ReplicationKind.SCALING.value
    assert stored["replications"][0]["place"] == "Abejorral, vereda El Guaico"
    versions = agreements.list_versions(db, alliance_id)
    assert versions[-1].status == VersionStatus.DRAFT.value and versions[-1].number == 2
    assert drafts.list_drafts(db, DraftKind.PROYECCION) == []


def test_closing_mid_way_keeps_a_draft_that_resumes(qtbot, db, alliance_id, make_wizard, answers):
    wizard = make_wizard(alliance_id)
    _sustainability(qtbot, db, alliance_id, wizard)
    click_next(qtbot, wizard)
    _replication(qtbot, wizard)
    click_cancel(qtbot, wizard)
    assert answers.asked_keep == 1
    [draft] = drafts.list_drafts(db, DraftKind.PROYECCION)
    assert draft.subject_id == alliance_id
    with db.reading() as session:
        assert session.scalars(select(SustainabilityItem)).first() is None

    again = make_wizard(alliance_id, draft_id=draft.id)
    assert again.currentId() == PAGE_REPLICATION
    assert again.page_widget(PAGE_REPLICATION).editor.place_edit.text() == (
        "Abejorral, vereda El Guaico"
    )
    assert again.data.sustainability[0].what == WHAT
    click_next(qtbot, again)
    click_next(qtbot, again)
    _benefits(qtbot, again)
    with qtbot.waitSignal(again.projection_saved):
        click_finish(qtbot, again)
    assert len(projection.load_setup(db, alliance_id).data.sustainability) == 2
    assert drafts.list_drafts(db, DraftKind.PROYECCION) == []


def test_refusals_are_said_beside_their_fields(qtbot, db, alliance_id, make_wizard):
    wizard = make_wizard(alliance_id)
    click_next(qtbot, wizard)  # no item at all
    page = wizard.page_widget(PAGE_SUSTAINABILITY)
    assert wizard.currentId() == PAGE_SUSTAINABILITY
    assert "al menos una" in page.list.list_message.message
    click(qtbot, page.list.add_button)
    type_date(qtbot, page.editor.due_edit, date(2027, 5, 1))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUSTAINABILITY
    assert page.editor.message("what").message == "Escriba qué continúa."
    assert "responsable" in page.editor.message("responsible_membership_id").message
    type_into(qtbot, page.editor.what_edit, "Vivero comunitario")
    choose(qtbot, page.editor.partner_combo, partner_id(db, alliance_id, ALCALDIA))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    benefits = wizard.page_widget(PAGE_BENEFITS)
    tick(qtbot, benefits.row(Benefit.DIVERSITY.value).check)
    click_finish(qtbot, wizard)
    assert wizard.isVisible()
    assert "evidencia" in benefits.messages["benefits.valorar_diversidad.evidence"].message
    assert not projection.has_projection(db, alliance_id)
