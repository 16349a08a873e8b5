"""The bundle screens' models, checked by Qt's model tester over real service rows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from alianzas_desktop.services import alliances, bundles
from alianzas_desktop.ui.dialogs.bundle_export_dialog import AllianceChoiceModel, FoldedFilter
from alianzas_desktop.ui.dialogs.bundle_import_dialog import KindCountModel, kind_counts
from alianzas_desktop.ui.dialogs.exchanges_dialog import ExchangeModel


def test_models_pass_the_model_tester(db, alliances_on_a, laptop_b, tmp_path, qtmodeltester):
    path = tmp_path / "a.alianzas"
    bundles.export_bundle(db, path)
    summary = bundles.import_bundle(laptop_b, path)

    kinds = KindCountModel()
    kinds.set_rows(kind_counts(summary))
    qtmodeltester.check(kinds)
    assert sum(row.added for row in kinds.rows) == summary.added

    history = ExchangeModel()
    history.set_rows(bundles.list_exchanges(laptop_b))
    qtmodeltester.check(history)
    assert history.index(0, ExchangeModel.DIRECTION).data() == "Importado"

    choices = AllianceChoiceModel()
    choices.set_rows(alliances.list_alliances(db))
    qtmodeltester.check(choices)
    index = choices.index(0, 0)
    assert choices.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert choices.checked_ids == [index.data(Qt.ItemDataRole.UserRole + 1)]
    folded = FoldedFilter()
    folded.setSourceModel(choices)
    folded.set_search("PARAMO")  # «Páramo» without its accent, in capitals
    qtmodeltester.check(folded)
    assert folded.rowCount() == 1
