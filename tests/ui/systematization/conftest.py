"""Fixtures that drive the sistematización wizard through its real widgets."""

from __future__ import annotations

import pytest

from alianzas_desktop.services import nacimiento
from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog
from alianzas_desktop.ui.wizards.systematization.wizard import SystematizationWizard
from tests.factories import nacimiento_data


@pytest.fixture
def alliance_id(db) -> str:
    return nacimiento.found_alliance(db, nacimiento_data())


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

    monkeypatch.setattr(SystematizationWizard, "_ask_keep_draft", keep)
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
    def make(alliance_id: str, draft_id=None) -> SystematizationWizard:
        widget = SystematizationWizard(db, alliance_id, draft_id=draft_id)
        qtbot.addWidget(widget)
        widget.resize(1300, 720)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make
