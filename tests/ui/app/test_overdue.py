"""Deadlines already past are said in words and marked in colour, in the list and on the page."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from alianzas_desktop.services import alliances
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.alliance_table_model import AllianceTableModel
from alianzas_desktop.ui.models.detail_models import CommitmentTableModel
from tests.ui.app.conftest import found


def test_a_past_deadline_is_marked_overdue_in_the_list(db, qtmodeltester):
    alliance_id = found(db, "Cacao para la Paz", "Tumaco", "Nariño")
    model = AllianceTableModel()
    model.set_rows(alliances.list_alliances(db))
    qtmodeltester.check(model)
    [summary] = model.rows
    cell = model.index(0, AllianceTableModel.NEAREST_DEADLINE)

    model.today = summary.nearest_deadline - timedelta(days=1)
    assert cell.data() == summary.nearest_deadline.strftime("%d/%m/%Y")
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is None

    model.today = summary.nearest_deadline + timedelta(days=1)
    assert cell.data() == summary.nearest_deadline.strftime("%d/%m/%Y") + " (vencido)"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == palette.overdue()
    assert alliance_id == summary.id


def test_only_open_commitments_are_overdue_on_the_page(db, qtmodeltester):
    alliance_id = found(db, "Cacao para la Paz", "Tumaco", "Nariño")
    detail = alliances.alliance_detail(db, alliance_id)
    model = CommitmentTableModel()
    model.set_rows(detail.commitments)
    qtmodeltester.check(model)
    model.today = max(c.deadline for c in detail.commitments) + timedelta(days=1)

    texts = [model.index(r, CommitmentTableModel.DEADLINE).data() for r in range(model.rowCount())]
    assert all(text.endswith("(vencido)") for text in texts)  # all pending after founding

    done = [c for c in detail.commitments]
    from dataclasses import replace

    model.set_rows([replace(done[0], status="cumplido")] + done[1:])
    model.today = max(c.deadline for c in detail.commitments) + timedelta(days=1)
    first = model.index(0, CommitmentTableModel.DEADLINE)
    assert not first.data().endswith("(vencido)")
    assert first.data(Qt.ItemDataRole.ForegroundRole) is None
