"""A whole periodic review typed into the real widgets, closed mid-way and resumed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from alianzas_desktop.domain.vocabulary import ActivityStatus, CommitmentStatus, DraftKind
from alianzas_desktop.services import drafts, evaluations
from alianzas_desktop.storage.models import Commitment, CommitmentUpdate
from alianzas_desktop.storage.work_models import Evaluation, EvaluationScore, PlanActivity
from alianzas_desktop.ui.wizards.review.base import PAGE_FOLLOW_UP, PAGE_REFLECTION, PAGE_SCORES
from alianzas_desktop.ui.wizards.review.models import ScoreModel
from tests.ui.nacimiento.conftest import type_date, type_into
from tests.ui.review.conftest import click_wizard_button
from tests.ui.user_events import choose, choose_text, click_button, click_row

HELD_ON = date.today() - timedelta(days=3)
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton


def follow_up(qtbot, wizard) -> str:
    page = wizard.page_widget(PAGE_FOLLOW_UP)
    type_date(qtbot, page.date_edit, HELD_ON)
    click_row(qtbot, page.commitment_table, 1)
    choose(qtbot, page.commitment_editor.status_combo, CommitmentStatus.DONE.value)
    type_into(qtbot, page.commitment_editor.note_edit, "Los técnicos visitaron 60 fincas")
    click_row(qtbot, page.activity_table, 0)
    choose(qtbot, page.activity_editor.status_combo, ActivityStatus.DONE.value)
    return wizard.data.follow_ups[1].commitment_id


def type_scores(qtbot, page, first_row: int, digits: str) -> None:
    click_row(qtbot, page.table, first_row, ScoreModel.SCORE)
    qtbot.keyClicks(page.table, digits)


def test_whole_review_closed_mid_way_resumed_and_stored(
    qtbot, db, alliance_id, make_wizard, answers, previews
):
    wizard = make_wizard(alliance_id)
    done_id = follow_up(qtbot, wizard)
    click_wizard_button(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_SCORES
    page = wizard.page_widget(PAGE_SCORES)
    assert "Lo que dice la ficha" in page.seed_label.text()
    type_scores(qtbot, page, 0, "43524")  # five rows, the cursor going down
    assert [s.score for s in wizard.data.scores[:6]] == [4, 3, 5, 2, 4, None]
    # Leaving with dimensions unscored is refused, with the message on the page.
    click_wizard_button(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_SCORES
    assert page.scores_message.message != ""

    # Close mid-way: the draft is kept on the scoring page.
    click_wizard_button(qtbot, wizard, CANCEL)
    assert answers.asked_keep == 1 and not wizard.isVisible()
    [draft] = drafts.list_drafts(db, DraftKind.REVIEW.value)
    assert draft.page == PAGE_SCORES and draft.subject_id == alliance_id
    with db.reading() as session:
        assert session.scalars(select(Evaluation)).all() == []

    # Resume: the scores typed are there, and the follow-up too.
    wizard = make_wizard(alliance_id, draft_id=draft.id)
    assert wizard.currentId() == PAGE_SCORES
    page = wizard.page_widget(PAGE_SCORES)
    assert page.model.index(2, ScoreModel.SCORE).data() == "5"
    assert wizard.data.held_on == HELD_ON
    assert wizard.data.follow_ups[1].status == CommitmentStatus.DONE.value
    type_scores(qtbot, page, 5, "34543213453")  # the other eleven dimensions
    assert all(s.score for s in wizard.data.scores)
    click_row(qtbot, page.table, 0, ScoreModel.SCORE)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is page.comment_edit, wizard.focusWidget()
    type_into(qtbot, page.comment_edit, "Hablamos con franqueza <siempre> & 🌱")
    # Each partner's score too: the first two far apart on «Relaciones abiertas».
    page.by_partner_check.setFocus()
    qtbot.keyClick(page.by_partner_check, Qt.Key.Key_Space)
    assert wizard.data.by_partner
    partner_column = ScoreModel.PREVIOUS + 1
    click_row(qtbot, page.table, 0, partner_column)
    qtbot.keyClicks(page.table, "1")
    click_row(qtbot, page.table, 0, partner_column + 1)
    qtbot.keyClicks(page.table, "4")
    assert page.model.index(0, page.model.agreement_column).data() == "No: conversar"
    click_wizard_button(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_REFLECTION

    page = wizard.page_widget(PAGE_REFLECTION)
    type_into(qtbot, page.changes_edit, "Llegó una nueva administración municipal")
    type_into(qtbot, page.learnings_edit, "Reunirnos en la vereda convoca a más familias")
    click_button(qtbot, page.add_button)
    type_into(qtbot, page.editor.text_edit, "Publicar cada mes los precios de compra")
    choose(qtbot, page.editor.outcome_combo, "compromiso")
    choose_text(qtbot, page.editor.organization_combo, "Comercializadora El Páramo S.A.S.")
    type_date(qtbot, page.editor.deadline_edit, HELD_ON + timedelta(days=60))
    click_button(qtbot, page.add_button)
    type_into(qtbot, page.editor.text_edit, "Escuela de campo sobre manejo de plagas")
    choose(qtbot, page.editor.outcome_combo, "actividad")
    choose_text(qtbot, page.editor.organization_combo, "Alcaldía de Sonsón")
    type_date(qtbot, page.editor.deadline_edit, HELD_ON + timedelta(days=90))
    click_button(qtbot, page.add_button)
    type_into(qtbot, page.editor.text_edit, "Rotar la sede de las reuniones")

    with qtbot.waitSignal(wizard.evaluation_saved) as saved:
        click_wizard_button(qtbot, wizard, FINISH)
    evaluation_id = saved.args[0]
    qtbot.waitUntil(lambda: len(previews) == 1)
    assert not wizard.isVisible()
    assert drafts.list_drafts(db, DraftKind.REVIEW.value) == []

    with db.reading() as session:
        evaluation = session.get(Evaluation, evaluation_id)
        assert evaluation.held_on == HELD_ON
        assert evaluation.context_changes == "Llegó una nueva administración municipal"
        group = {
            f"{s.group}:{s.dimension}": s for s in evaluation.scores if s.membership_id is None
        }
        assert len(group) == 16
        assert [s.score for s in sorted(group.values(), key=lambda s: s.position)] == [
            int(d) for d in "4352434543213453"
        ]
        assert group["condicion:relaciones_abiertas"].comment == (
            "Hablamos con franqueza <siempre> & 🌱"
        )
        partners = session.scalars(
            select(EvaluationScore.score).where(
                EvaluationScore.evaluation_id == evaluation_id,
                EvaluationScore.membership_id.is_not(None),
            )
        ).all()
        assert sorted(partners) == [1, 4]
        done = session.get(Commitment, done_id)
        assert done.status == CommitmentStatus.DONE.value
        [update] = session.scalars(
            select(CommitmentUpdate).where(CommitmentUpdate.commitment_id == done_id)
        ).all()
        assert "Los técnicos visitaron 60 fincas" in update.note and update.on == HELD_ON
        new = session.scalars(
            select(Commitment).where(
                Commitment.description == "Publicar cada mes los precios de compra"
            )
        ).one()
        assert new.status == CommitmentStatus.PENDING.value
        assert new.deadline == HELD_ON + timedelta(days=60)
        activities = session.scalars(select(PlanActivity).order_by(PlanActivity.position)).all()
        assert activities[0].status == ActivityStatus.DONE.value
        assert activities[1].title == "Escuela de campo sobre manejo de plagas"
        assert activities[1].evaluation_id == evaluation_id
        assert len(evaluation.decisions) == 3
    [listed] = evaluations.list_evaluations(db, alliance_id)
    assert listed.scores["condicion:socios_activos"] == 3


def test_bad_decision_sends_back_with_message_and_stores_nothing(
    qtbot, db, alliance_id, make_wizard
):
    wizard = make_wizard(alliance_id)
    type_date(qtbot, wizard.page_widget(PAGE_FOLLOW_UP).date_edit, HELD_ON)
    click_wizard_button(qtbot, wizard, NEXT)
    type_scores(qtbot, wizard.page_widget(PAGE_SCORES), 0, "3" * 16)
    click_wizard_button(qtbot, wizard, NEXT)
    page = wizard.page_widget(PAGE_REFLECTION)
    click_button(qtbot, page.add_button)
    choose(qtbot, page.editor.outcome_combo, "compromiso")
    click_wizard_button(qtbot, wizard, FINISH)
    assert wizard.currentId() == PAGE_REFLECTION and wizard.isVisible()
    assert page.editor.messages["text"].message == "Escriba la decisión."
    assert page.editor.messages["membership_id"].message == "Elija el socio responsable."
    assert page.editor.messages["deadline"].message == "Indique la fecha límite."
    assert evaluations.list_evaluations(db, alliance_id) == []
