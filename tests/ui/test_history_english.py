"""The «Historial» tab in English: the history's sentences worded in the windows' language.

domain/history_text.py says each change as a ``domain.i18n.Message`` (context ``history``):
the Spanish sentence, carrying its template, its field labels and its values (vocabulary
members, dates). With English installed the alliance page's history tab reads English;
with Spanish it reads as always (tests/ui/safety/test_audit_view.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from alianzas_desktop.domain.formatting import local_date_time
from alianzas_desktop.services import alliances, audit
from tests.ui.app import conftest as app
from tests.ui.app.conftest import ALLIANCES, found

window = app.window


def _open_history_tab(qtbot, page) -> None:
    bar = page.tabs.tabBar()
    with qtbot.waitSignal(page.audit_view.history_loaded):  # read in a worker
        qtbot.mouseClick(
            bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.history_tab_index).center()
        )
    assert page.tabs.currentIndex() == page.history_tab_index


def _sentences(model) -> list[str]:
    return [model.index(r, model.CHANGES).data() for r in range(model.rowCount())]


def test_the_history_tab_reads_english_with_the_windows_in_english(db, window, qtbot, english):
    alliance_id = found(db, *ALLIANCES[0])
    alliances.move_to_phase(db, alliance_id, "puesta_en_marcha")
    window.refresh()
    window.open_alliance(alliance_id)
    page = window.alliance_page

    _open_history_tab(qtbot, page)

    model = page.audit_view.model
    sentences = _sentences(model)
    assert "Alliance «Alianza Frijol del Páramo»: phase Birth → Start-up" in sentences
    assert "Alliance «Alianza Frijol del Páramo» created" in sentences
    assert "Partner «Comercializadora El Páramo S.A.S.» added to the alliance" in sentences
    # The date column and the tooltip's detail lines are English too.
    [record] = [r for r in audit.history_of_record(db, alliance_id) if r.action == "modificar"]
    row = sentences.index("Alliance «Alianza Frijol del Páramo»: phase Birth → Start-up")
    assert model.index(row, model.WHEN).data() == local_date_time(record.at, "en")
    created = sentences.index("Alliance «Alianza Frijol del Páramo» created")
    tooltip = model.index(created, model.CHANGES).data(Qt.ItemDataRole.ToolTipRole)
    assert "• name: Alianza Frijol del Páramo" in tooltip.splitlines()
    assert "• phase: Birth" in tooltip.splitlines()
    # Changes made without a profile are said so in English.
    assert model.index(row, model.WHO).data() == "No profile"
    # The filter reads what is shown.
    page.audit_view.filter_edit.setText("phase Birth")
    assert page.audit_view.proxy.rowCount() >= 1


def test_a_commitments_history_dialog_reads_english(db, qtbot, english):
    from alianzas_desktop.ui.dialogs.record_history_dialog import RecordHistoryDialog
    from tests.ui.history.test_record_history_dialog import _followed_commitment

    commitment_id = _followed_commitment(db)
    dialog = RecordHistoryDialog(
        db, commitment_id, "Cooperativa: Convocar y organizar", is_commitment=True
    )
    qtbot.addWidget(dialog)

    changes = dialog.changes_model
    sentences = [changes.index(r, changes.CHANGES).data() for r in range(changes.rowCount())]
    commitment = "Commitment «Convocar y organizar a las familias productoras»"
    assert sentences == [f"{commitment} created", f"{commitment}: Pending → Fulfilled"]
    follow = dialog.follow_model
    assert follow.index(0, follow.CHANGE).data() == "Pending → Fulfilled"
    assert follow.index(0, follow.WHEN).data()[:3].isalpha()  # 'Nov 30, 2026', not 30/11/2026
