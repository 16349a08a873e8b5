"""Fixtures that drive the periodic review wizard through its real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from alianzas_desktop.services import nacimiento
from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog
from alianzas_desktop.ui.wizards.review.wizard import ReviewWizard
from tests.factories import nacimiento_data
from tests.review_factories import add_plan_activity


@pytest.fixture
def alliance_id(db) -> str:
    alliance = nacimiento.found_alliance(db, nacimiento_data())
    add_plan_activity(db, alliance)
    return alliance


class Answers:
    def __init__(self):
        self.keep = "keep"
        self.asked_keep = 0


@pytest.fixture
def answers(monkeypatch):
    given = Answers()

    def keep(_self):
        given.asked_keep += 1
        return given.keep

    monkeypatch.setattr(ReviewWizard, "_ask_keep_draft", keep)
    return given


@pytest.fixture
def previews(monkeypatch) -> list[DocumentPreviewDialog]:
    opened: list[DocumentPreviewDialog] = []

    def fake_exec(self):
        opened.append(self)
        return 0

    monkeypatch.setattr(DocumentPreviewDialog, "exec", fake_exec)
    return opened


@pytest.fixture
def make_wizard(qtbot, db, answers, previews):
    def make(alliance_id: str, draft_id=None) -> ReviewWizard:
        widget = ReviewWizard(db, alliance_id, draft_id=draft_id)
        qtbot.addWidget(widget)
        # The size it takes on a 1366×768 laptop (the offscreen screen is 800×600).
        widget.resize(1300, 700)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


def click_wizard_button(qtbot, wizard: QWizard, which) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
