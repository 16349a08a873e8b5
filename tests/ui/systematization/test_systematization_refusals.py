"""Bad input in the sistematización wizard: a message beside the field, nothing stored, and a
refusal at the end sends the facilitator back to the page holding the bad field."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from alianzas_desktop.domain.systematization import LessonEntry, NoteEntry
from alianzas_desktop.storage.learning_models import Systematization
from alianzas_desktop.ui.wizards.systematization.base import (
    PAGE_ARRIVAL,
    PAGE_CHRONOLOGY,
    PAGE_QUESTIONS,
)
from tests.ui.nacimiento.conftest import type_date, type_into
from tests.ui.systematization.test_systematization_flow import click_wizard_button

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


def test_period_ending_before_it_starts_is_said_beside_the_field(qtbot, alliance_id, make_wizard):
    wizard = make_wizard(alliance_id)
    type_into(qtbot, wizard.page_widget(0).participants_edit, "Socios")
    click_wizard_button(qtbot, wizard, NEXT)
    page = wizard.page_widget(PAGE_QUESTIONS)
    type_into(qtbot, page.purpose_edit, "Aprender")
    type_into(qtbot, page.axis_edit, "Eje")
    type_date(qtbot, page.from_edit, date(2026, 5, 1))
    type_date(qtbot, page.to_edit, date(2026, 4, 1))
    click_wizard_button(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_QUESTIONS
    assert page.messages["period_to"].message == "El periodo termina antes de empezar."
    type_date(qtbot, page.to_edit, date(2026, 6, 1))
    assert page.messages["period_to"].message == ""  # cleared as soon as it is typed again
    click_wizard_button(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_CHRONOLOGY


def test_a_refusal_at_the_end_goes_back_to_the_milestone(qtbot, db, alliance_id, make_wizard):
    wizard = make_wizard(alliance_id)
    data = wizard.data
    data.participants, data.purpose, data.central_axis = "Socios", "Aprender", "Eje"
    data.period_to = date(2026, 11, 30)
    data.reflection = {"valor:confianza": "Sí"}
    data.conclusions = "x" * 20_001  # too long
    data.lessons = [LessonEntry(what_happened="Algo <b>&</b> 🌱")]
    bad = NoteEntry(milestone_on=date(2026, 6, 1), milestone_title="Feria")
    data.notes.append(bad)
    for page in wizard.pages.values():
        page.load()
    for _ in range(PAGE_ARRIVAL):
        click_wizard_button(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_ARRIVAL
    # The conclusions are too long: refused on this page, beside the field.
    click_wizard_button(qtbot, wizard, FINISH)
    assert wizard.currentId() == PAGE_ARRIVAL
    page = wizard.page_widget(PAGE_ARRIVAL)
    assert "demasiado largo" in page.messages["conclusions"].message
    page.conclusions_edit.setPlainText("Bien")
    # A milestone left without a name (say, by an older draft) sends the wizard back to it.
    bad.milestone_title = ""
    click_wizard_button(qtbot, wizard, FINISH)
    assert wizard.currentId() == PAGE_CHRONOLOGY
    chronology_page = wizard.page_widget(PAGE_CHRONOLOGY)
    assert chronology_page.selected_key() == bad.milestone_key
    assert chronology_page.milestone_message.message == "Escriba el nombre del hito."
    with db.reading() as s:
        assert s.scalars(select(Systematization)).all() == []
