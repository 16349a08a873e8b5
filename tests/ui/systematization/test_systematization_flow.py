"""A whole systematization typed into the real widgets, closed mid-way and resumed, stored with
its notes and lessons; the informe offered at the end."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import select

from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.services import chronology, drafts
from alianzas_desktop.storage.learning_models import ChronologyNote, Lesson, Systematization
from alianzas_desktop.ui.wizards.systematization.base import (
    PAGE_ARRIVAL,
    PAGE_CHRONOLOGY,
    PAGE_QUESTIONS,
    PAGE_REFLECTION,
    PAGE_START,
)
from alianzas_desktop.ui.wizards.systematization.reflection_page import QuestionModel
from tests.documents.readback import read_pdf
from tests.ui.nacimiento.conftest import type_date, type_into
from tests.ui.user_events import choose, click_button, click_row

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton
PERIOD_TO = date(2026, 11, 30)
MILESTONE = date(2026, 6, 15)


def click_wizard_button(qtbot, wizard: QWizard, which) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_whole_systematization_closed_mid_way_resumed_and_stored(
    qtbot, db, alliance_id, make_wizard, answers, previews
):
    events = chronology.chronology(db, alliance_id)
    wizard = make_wizard(alliance_id)
    assert wizard.currentId() == PAGE_START
    # Leaving the first page empty is refused, with the message beside the field.
    page = wizard.page_widget(PAGE_START)
    click_wizard_button(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_START
    assert page.messages["participants"].message != ""
    type_into(qtbot, page.participants_edit, "Las 60 familias, la alcaldía y la comercializadora")
    assert "actas de sesión" in page.records_edit.toPlainText()  # suggested from the records
    click_wizard_button(qtbot, wizard, NEXT)

    page = wizard.page_widget(PAGE_QUESTIONS)
    assert wizard.currentId() == PAGE_QUESTIONS
    assert page.from_edit.value() == events[0].date  # from the founding
    type_into(qtbot, page.purpose_edit, "Contar a otras veredas cómo vendimos juntos")
    type_date(qtbot, page.to_edit, PERIOD_TO)
    type_into(qtbot, page.axis_edit, "La comercialización <asociativa> & 🌱")
    click_wizard_button(qtbot, wizard, NEXT)

    page = wizard.page_widget(PAGE_CHRONOLOGY)
    assert wizard.currentId() == PAGE_CHRONOLOGY
    assert page.model.rowCount() == len(events)
    click_row(qtbot, page.table, 0)
    type_into(qtbot, page.note_edit, "Fue en la caseta comunal")
    click_row(qtbot, page.table, 1)
    page.hidden_check.setFocus()
    qtbot.keyClick(page.hidden_check, Qt.Key.Key_Space)
    assert page.model.index(1, page.model.SHOWN).data() == "Oculto"
    # Alt+H adds a milestone: its name typed over the proposed one, then its date.
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.focusWidget() is page.milestone_title)  # after the click
    qtbot.keyClicks(page.milestone_title, "Primera feria del frijol")
    type_date(qtbot, page.milestone_date, MILESTONE)
    assert any(
        n.milestone_title == "Primera feria del frijol" and n.milestone_on == MILESTONE
        for n in wizard.data.notes
    )

    # Close mid-way: the draft is kept on the chronology page; nothing stored yet.
    click_wizard_button(qtbot, wizard, CANCEL)
    assert answers.asked_keep == 1 and not wizard.isVisible()
    [draft] = drafts.list_drafts(db, DraftKind.SYSTEMATIZATION.value)
    assert draft.page == PAGE_CHRONOLOGY and draft.subject_id == alliance_id
    with db.reading() as s:
        assert s.scalars(select(Systematization)).all() == []
        assert s.scalars(select(ChronologyNote)).all() == []

    # Resume: everything typed is there.
    wizard = make_wizard(alliance_id, draft_id=draft.id)
    assert wizard.currentId() == PAGE_CHRONOLOGY
    page = wizard.page_widget(PAGE_CHRONOLOGY)
    assert page.model.index(0, page.model.NOTE).data() == "Fue en la caseta comunal"
    assert page.model.index(1, page.model.SHOWN).data() == "Oculto"
    titles = [page.model.index(r, page.model.TITLE).data() for r in range(page.model.rowCount())]
    assert "Primera feria del frijol" in titles
    assert wizard.data.period_to == PERIOD_TO
    # Shown again: hidden was never deleted.
    click_row(qtbot, page.table, 1)
    qtbot.keyClick(page.hidden_check, Qt.Key.Key_Space)
    assert page.model.index(1, page.model.SHOWN).data() == "Sí"
    qtbot.keyClick(page.hidden_check, Qt.Key.Key_Space)
    click_wizard_button(qtbot, wizard, NEXT)

    page = wizard.page_widget(PAGE_REFLECTION)
    assert wizard.currentId() == PAGE_REFLECTION
    click_wizard_button(qtbot, wizard, NEXT)  # no answer yet: refused
    assert wizard.currentId() == PAGE_REFLECTION
    assert page.messages["reflection"].message != ""
    click_row(qtbot, page.table, 4)  # Confianza
    assert "Confianza" in page.question_label.text()
    type_into(qtbot, page.answer_edit, "Creció cuando se pagó a tiempo la primera cosecha")
    assert page.model.index(4, QuestionModel.ANSWERED).data() == "Sí"
    click_wizard_button(qtbot, wizard, NEXT)

    page = wizard.page_widget(PAGE_ARRIVAL)
    assert wizard.currentId() == PAGE_ARRIVAL
    type_into(qtbot, page.conclusions_edit, "Vender juntos mejoró el precio para todas")
    click_button(qtbot, page.add_button)
    assert wizard.focusWidget() is page.editor.what_edit
    type_into(qtbot, page.editor.what_edit, "El precio pactado antes de la cosecha evitó peleas")
    type_into(qtbot, page.editor.recommendation_edit, "Fijar el precio en la primera sesión")
    choose(qtbot, page.editor.phase_combo, "nacimiento")
    choose(qtbot, page.editor.factor_combo, "intercambio_informacion")
    type_into(qtbot, page.editor.tags_edit, "precios, comercialización")
    click_wizard_button(qtbot, wizard, FINISH)
    qtbot.waitUntil(lambda: len(previews) == 1)

    assert wizard.saved_id is not None
    assert drafts.list_drafts(db, DraftKind.SYSTEMATIZATION.value) == []
    with db.reading() as s:
        [row] = s.scalars(select(Systematization)).all()
        assert row.participants == "Las 60 familias, la alcaldía y la comercializadora"
        assert row.central_axis == "La comercialización <asociativa> & 🌱"
        assert row.period_to == PERIOD_TO
        assert json.loads(row.reflection) == {
            "valor:confianza": "Creció cuando se pagó a tiempo la primera cosecha"
        }
        [lesson] = s.scalars(select(Lesson)).all()
        assert lesson.phase == "nacimiento" and lesson.success_factor == "intercambio_informacion"
        assert lesson.tags == "precios, comercialización"
        assert lesson.systematization_id == row.id
        notes = s.scalars(select(ChronologyNote)).all()
        assert {n.event_key for n in notes if n.event_key} == {events[0].key, events[1].key}
        assert [n.milestone_title for n in notes if not n.event_key] == ["Primera feria del frijol"]
    hidden = {e.key for e in chronology.chronology(db, alliance_id) if e.hidden}
    assert hidden == {events[1].key}
    text = read_pdf(previews[0].pdf_bytes).text
    assert "Primera feria del frijol" in text and "El precio pactado" in text
