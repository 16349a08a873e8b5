"""Bad input in the review wizard: a Spanish message beside the field, nothing else changes."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from alianzas_desktop.services import evaluations
from alianzas_desktop.ui.wizards.review.base import PAGE_FOLLOW_UP, PAGE_REFLECTION, PAGE_SCORES
from alianzas_desktop.ui.wizards.review.models import ScoreModel
from tests.ui.nacimiento.conftest import type_date, type_into
from tests.ui.review.conftest import click_wizard_button
from tests.ui.user_events import click_row

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


def paste(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_future_date_is_refused_beside_the_field(qtbot, alliance_id, make_wizard):
    wizard = make_wizard(alliance_id)
    page = wizard.page_widget(PAGE_FOLLOW_UP)
    type_date(qtbot, page.date_edit, date.today() + timedelta(days=2))
    click_wizard_button(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_FOLLOW_UP
    assert page.messages["held_on"].message == (
        "La fecha de la revisión no puede ser posterior a hoy."
    )
    type_date(qtbot, page.date_edit, date.today())
    click_wizard_button(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_SCORES


def test_huge_learnings_and_hostile_text(qtbot, db, alliance_id, make_wizard, previews):
    wizard = make_wizard(alliance_id)
    click_wizard_button(qtbot, wizard, NEXT)
    scores = wizard.page_widget(PAGE_SCORES)
    click_row(qtbot, scores.table, 0, ScoreModel.SCORE)
    qtbot.keyClicks(scores.table, "7")  # not a score: nothing happens
    assert wizard.data.scores[0].score is None
    qtbot.keyClicks(scores.table, "4" * 16)
    click_wizard_button(qtbot, wizard, NEXT)
    page = wizard.page_widget(PAGE_REFLECTION)
    paste(qtbot, page.learnings_edit, "a" * 20_001)
    type_into(qtbot, page.changes_edit, "<script>alert(1)</script> & 🌱")
    click_wizard_button(qtbot, wizard, FINISH)
    assert wizard.isVisible() and wizard.currentId() == PAGE_REFLECTION
    assert page.messages["learnings"].message.startswith("El texto es demasiado largo")
    assert page.messages["context_changes"].message == ""
    assert evaluations.list_evaluations(db, alliance_id) == []
    page.learnings_edit.setFocus()
    qtbot.keyClick(page.learnings_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, page.learnings_edit, "Menos es más")
    with qtbot.waitSignal(wizard.evaluation_saved):
        click_wizard_button(qtbot, wizard, FINISH)
    [stored] = evaluations.list_evaluations(db, alliance_id)
    document = evaluations.evaluation_document(db, stored.id)
    assert document.context_changes == "<script>alert(1)</script> & 🌱"
    assert document.learnings == "Menos es más"
