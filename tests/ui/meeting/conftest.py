"""Fixtures and helpers that drive the meeting wizard through its real widgets."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from alianzas_desktop.domain.vocabulary import AttendanceStatus
from alianzas_desktop.services import nacimiento
from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog
from alianzas_desktop.ui.wizards.meeting.attendee_dialog import AttendeeDialog
from alianzas_desktop.ui.wizards.meeting.base import (
    PAGE_ATTENDANCE,
    PAGE_CLOSING,
    PAGE_COMMITMENTS,
    PAGE_CONVOCATION,
    PAGE_DEVELOPMENT,
)
from alianzas_desktop.ui.wizards.meeting.wizard import MeetingWizard
from tests.factories import nacimiento_data
from tests.ui.nacimiento.conftest import tick, type_date, type_into
from tests.ui.user_events import (
    choose,
    choose_text,
    click_button,
    click_check_in_view,
    click_row,
    type_number,
    type_time,
)

__all__ = ["choose", "tick", "type_date", "type_into"]

AGENDA = (
    "Verificación del quórum",
    "Informe de la asistencia técnica",
    "Plan de comercialización de la cosecha",
)


@pytest.fixture
def alliance_id(db) -> str:
    return nacimiento.found_alliance(db, nacimiento_data())


class Answers:
    """Stands in for the wizard's questions; records each time one is asked."""

    def __init__(self):
        self.keep = "keep"
        self.confirm = True
        self.asked_keep = 0
        self.asked_confirm = 0


@pytest.fixture
def answers(monkeypatch):
    given = Answers()

    def keep(_self):
        given.asked_keep += 1
        return given.keep

    def confirm(_self):
        given.asked_confirm += 1
        return given.confirm

    monkeypatch.setattr(MeetingWizard, "_ask_keep_draft", keep)
    monkeypatch.setattr(MeetingWizard, "_confirm_close", confirm)
    return given


@pytest.fixture
def previews(monkeypatch) -> list[DocumentPreviewDialog]:
    """Preview dialogs open without blocking; the ones opened are collected."""
    opened: list[DocumentPreviewDialog] = []

    def fake_exec(self):
        opened.append(self)
        return 0

    monkeypatch.setattr(DocumentPreviewDialog, "exec", fake_exec)
    return opened


@pytest.fixture
def person_dialog(monkeypatch, qtbot):
    """The "add a person" dialog, filled through its widgets from a queue of people."""
    queue: list[dict] = []

    def fake_exec(self):
        person = queue.pop(0)
        self.show()  # as exec() would: events sent to a hidden dialog are lost
        qtbot.waitExposed(self)
        type_into(qtbot, self.name_edit, person["name"])
        type_into(qtbot, self.organization_combo.lineEdit(), person["organization"])
        assert self.organization_combo.currentText() == person["organization"]
        type_into(qtbot, self.cargo_edit, person.get("cargo", ""))
        if person.get("sector"):
            choose(qtbot, self.sector_combo, person["sector"])
        if person.get("guest"):
            tick(qtbot, self.guest_check)
        if person.get("consent"):
            tick(qtbot, self.consent_check)
            type_into(qtbot, self.document_edit, person.get("document", ""))
            type_into(qtbot, self.phone_edit, person.get("phone", ""))
        qtbot.mouseClick(
            self.buttons.button(self.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        assert not self.isVisible(), "the dialog refused its OK"
        return self.result()

    monkeypatch.setattr(AttendeeDialog, "exec", fake_exec)
    return queue


@pytest.fixture
def make_wizard(qtbot, db, answers, previews):
    """Open wizards on the test database; pytest-qt closes them after the test."""

    def make(alliance_id: str, meeting_id=None, draft_id=None) -> MeetingWizard:
        widget = MeetingWizard(db, alliance_id, meeting_id=meeting_id, draft_id=draft_id)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


def click_next(qtbot, wizard: MeetingWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def click_finish(qtbot, wizard: MeetingWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_convocation(qtbot, wizard: MeetingWizard, person_dialog) -> None:
    page = wizard.page_widget(PAGE_CONVOCATION)
    type_date(qtbot, page.date_edit, date(2026, 11, 20))
    type_time(qtbot, page.time_edit, time(9, 0))
    type_into(qtbot, page.place_edit, "Caseta comunal de La Loma")
    type_into(qtbot, page.objective_edit, "Revisar el avance de la asistencia técnica")
    for title in AGENDA:
        type_into(qtbot, page.agenda_edit, title)
        click(qtbot, page.agenda_add_button)
    person_dialog.extend(
        [
            {
                "name": "Pedro Nel Ospina",
                "organization": "Comercializadora El Páramo S.A.S.",
                "cargo": "Jefe de compras",
            },
            {
                "name": "Gloria Amparo Henao",
                "organization": "Universidad de Antioquia",
                "cargo": "Profesora",
                "sector": "publico",
                "guest": True,
            },
        ]
    )
    click(qtbot, page.invited_add_button)
    click(qtbot, page.invited_add_button)


def take_attendance(qtbot, wizard: MeetingWizard, person_dialog) -> None:
    page = wizard.page_widget(PAGE_ATTENDANCE)
    click(qtbot, page.all_present_button)
    person_dialog.append(
        {
            "name": "Aurelio Cañas Muñoz",
            "organization": "Cooperativa de Productores de La Loma",
            "cargo": "Tesorero",
            "consent": True,
            "document": "71.222.333",
            "phone": "3111234567",
        }
    )
    click(qtbot, page.add_button)


def develop(qtbot, wizard: MeetingWizard) -> None:
    page = wizard.page_widget(PAGE_DEVELOPMENT)
    click_row(qtbot, page.agenda_table, 1)
    type_into(qtbot, page.notes_edit, "El técnico informó visitas a 45 de las 60 fincas.")
    click(qtbot, page.add_decision_button)
    type_into(qtbot, page.decision_text_edit, "Priorizar las 15 fincas sin visita")
    click_row(qtbot, page.agenda_table, 2)
    type_into(qtbot, page.notes_edit, "Se discutió el precio de compra.")
    click(qtbot, page.add_decision_button)
    type_into(qtbot, page.decision_text_edit, "Fijar el precio en $ 4.200 por kilo")
    tick(qtbot, page.consensus_check)
    type_number(qtbot, page.votes_for_spin, 5)
    type_number(qtbot, page.votes_against_spin, 1)


NEW_COMMITMENTS = (
    (
        "Visitar las 15 fincas pendientes",
        "Alcaldía de Sonsón",
        "María Eugenia Ríos",
        date(2026, 12, 20),
    ),
    (
        "Enviar el contrato de compra",
        "Comercializadora El Páramo S.A.S.",
        "(solo la organización)",
        date(2026, 12, 5),
    ),
    (
        "Organizar el acopio de la cosecha",
        "Cooperativa de Productores de La Loma",
        "Aurelio Cañas Muñoz",
        date(2027, 1, 15),
    ),
)


def add_commitments(qtbot, wizard: MeetingWizard) -> None:
    page = wizard.page_widget(PAGE_COMMITMENTS)
    for what, organization, responsible, deadline in NEW_COMMITMENTS:
        click(qtbot, page.add_button)
        editor = page.new_editor
        type_into(qtbot, editor.description_edit, what)
        choose_text(qtbot, editor.organization_combo, organization)
        choose_text(qtbot, editor.responsible_combo, responsible)
        type_date(qtbot, editor.deadline_edit, deadline)
        choose(qtbot, editor.kind_combo, "talento_humano")
    click_row(qtbot, page.follow_table, 0)
    choose(qtbot, page.follow_editor.status_combo, "cumplido")
    type_into(qtbot, page.follow_editor.note_edit, "Las familias quedaron en 4 grupos")
    click_row(qtbot, page.follow_table, 1)
    choose(qtbot, page.follow_editor.status_combo, "en_curso")


def mark_attendance(qtbot, wizard: MeetingWizard, row: int, status: str) -> None:
    """Click a person's row on the attendance page, then the button for ``status``."""
    page = wizard.page_widget(PAGE_ATTENDANCE)
    buttons = {
        AttendanceStatus.PRESENT.value: page.present_button,
        AttendanceStatus.EXCUSED.value: page.excused_button,
        AttendanceStatus.ABSENT.value: page.absent_button,
    }
    click_row(qtbot, page.table, row)
    click_button(qtbot, buttons[status])
    assert wizard.data.attendees[row].status == status


def tick_signer(qtbot, wizard: MeetingWizard, row: int) -> None:
    """Click the check box of a person in the closing page's list of who signs."""
    click_check_in_view(qtbot, wizard.page_widget(PAGE_CLOSING).signer_table, row)
