"""Fixtures and helpers that drive the Puesta en marcha wizard through its real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from alianzas_desktop.services import nacimiento, workplan
from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog
from alianzas_desktop.ui.wizards.puesta_en_marcha.base import (
    PAGE_ACTIVITIES,
    PAGE_FLOWS,
    PAGE_FORMALIZATION,
    PAGE_ROLES,
)
from alianzas_desktop.ui.wizards.puesta_en_marcha.wizard import PuestaEnMarchaWizard
from tests.factories import nacimiento_data
from tests.ui.nacimiento.conftest import tick, type_date, type_into
from tests.ui.user_events import choose, click_check_in_view

__all__ = ["choose", "tick", "type_date", "type_into"]


@pytest.fixture
def alliance_id(db) -> str:
    return nacimiento.found_alliance(db, nacimiento_data())


class Answers:
    """Stands in for the keep-draft question; records each time it is asked."""

    def __init__(self):
        self.keep = "keep"
        self.asked_keep = 0


@pytest.fixture
def answers(monkeypatch):
    given = Answers()

    def keep(_self):
        given.asked_keep += 1
        return given.keep

    monkeypatch.setattr(PuestaEnMarchaWizard, "_ask_keep_draft", keep)
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
def make_wizard(qtbot, db, answers, previews):
    def make(alliance_id: str, draft_id=None) -> PuestaEnMarchaWizard:
        widget = PuestaEnMarchaWizard(db, alliance_id, draft_id=draft_id)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_next(qtbot, wizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def click_finish(qtbot, wizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def click_cancel(qtbot, wizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))


def partner_id(db, alliance_id: str, organization: str) -> str:
    setup = workplan.load_setup(db, alliance_id)
    return next(p.membership_id for p in setup.partners if p.organization == organization)


def add_activity(
    qtbot,
    wizard,
    title: str,
    membership_id: str,
    start: date,
    end: date,
    result: str,
    *,
    person_row: int = 0,
    commitment_rows: tuple[int, ...] = (),
    milestone: bool = False,
) -> None:
    page = wizard.page_widget(PAGE_ACTIVITIES)
    click(qtbot, page.add_button)
    editor = page.editor
    type_into(qtbot, editor.title_edit, title)
    choose(qtbot, editor.partner_combo, membership_id)
    if person_row:
        editor.person_combo.setFocus()
        for _ in range(person_row):
            qtbot.keyClick(editor.person_combo, Qt.Key.Key_Down)
    type_date(qtbot, editor.start_edit, start)
    type_date(qtbot, editor.end_edit, end)
    type_into(qtbot, editor.result_edit, result)
    for row in commitment_rows:
        click_check_in_view(qtbot, editor.commitments_view, row)
    if milestone:
        tick(qtbot, editor.milestone_check)


def add_flow(qtbot, wizard, channel: str, frequency: str, informs: str, informed: str, kept=""):
    page = wizard.page_widget(PAGE_FLOWS)
    click(qtbot, page.add_button)
    editor = page.editor
    choose(qtbot, editor.channel_combo, channel)
    type_into(qtbot, editor.frequency_edit, frequency)
    type_into(qtbot, editor.informs_combo.lineEdit(), informs)
    type_into(qtbot, editor.informed_combo.lineEdit(), informed)
    if kept:
        type_into(qtbot, editor.records_edit, kept)


def add_role(qtbot, wizard, role: str, membership_id: str, person_row: int = 0) -> None:
    page = wizard.page_widget(PAGE_ROLES)
    click(qtbot, page.add_button)
    editor = page.editor
    choose(qtbot, editor.role_combo, role)
    choose(qtbot, editor.partner_combo, membership_id)
    if person_row:
        editor.person_combo.setFocus()
        for _ in range(person_row):
            qtbot.keyClick(editor.person_combo, Qt.Key.Key_Down)


def fill_formalization(qtbot, wizard, decisions: str) -> None:
    page = wizard.page_widget(PAGE_FORMALIZATION)
    type_into(qtbot, page.decisions_edit, decisions)
