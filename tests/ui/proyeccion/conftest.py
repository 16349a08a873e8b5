"""Fixtures and helpers that drive the Proyección wizard through its real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from alianzas_desktop.services import nacimiento, projection
from alianzas_desktop.ui.wizards.proyeccion.wizard import ProyeccionWizard
from tests.factories import nacimiento_data
from tests.ui.nacimiento.conftest import tick, type_date, type_into
from tests.ui.user_events import choose

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

    monkeypatch.setattr(ProyeccionWizard, "_ask_keep_draft", keep)
    return given


@pytest.fixture
def make_wizard(qtbot, db, answers):
    def make(alliance_id: str, draft_id=None) -> ProyeccionWizard:
        widget = ProyeccionWizard(db, alliance_id, draft_id=draft_id)
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
    setup = projection.load_setup(db, alliance_id)
    return next(p.membership_id for p in setup.partners if p.organization == organization)
