"""The main window's list paints what its data() says, though it answers a cell at once.

The table's delegate asks each cell for its roles in one multiData call, which the list's
proxy passes to the list (Qt's identity proxy would ask data() role by role); the texts are
kept per row. What the delegate is given — text, alignment, icon, colour, font — must be
what a plain identity proxy, asking data() for each role, gives it; an archived alliance
(muted), a past deadline (red, «vencido») and the health icons included.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QIdentityProxyModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from alianzas_desktop.services import alliance_changes
from alianzas_desktop.ui.models.alliance_list_model import AllianceListModel, AllianceListProxy
from alianzas_desktop.ui.models.alliance_table_model import AllianceTableModel
from alianzas_desktop.ui.models.roles import ID_ROLE, SEARCH_ROLE, SORT_ROLE
from tests.ui.app.conftest import found

# One delegate for every cell, as a view has: it keeps the roles' span from cell to cell.
_DELEGATE = QStyledItemDelegate()


def _what_is_painted(model, row: int, column: int) -> tuple:
    option = QStyleOptionViewItem()
    _DELEGATE.initStyleOption(option, model.index(row, column))
    return (
        option.text,
        int(option.displayAlignment.value),
        option.icon.cacheKey() if not option.icon.isNull() else None,
        option.palette.color(QPalette.ColorRole.Text).name(),
        option.font.toString(),
        option.backgroundBrush.style(),
    )


def test_the_list_paints_what_its_data_says(db, qtbot, qtmodeltester):
    for name, municipio in (("Cacao para la Paz", "Tumaco"), ("Miel del Cauca", "Inzá")):
        found(db, name, municipio, "Nariño")
    archived = found(db, "Agua Limpia Veredal", "Sonsón", "Antioquia")
    alliance_changes.archive_alliance(db, archived)
    model = AllianceListModel()
    model.load(db, include_archived=True)
    qtmodeltester.check(model)
    # Their first commitments' deadline already past: «(vencido)» in red.
    model.today = model.row_at(0).nearest_deadline + timedelta(days=1)
    proxy, plain = AllianceListProxy(), QIdentityProxyModel()
    proxy.setSourceModel(model)
    plain.setSourceModel(model)

    assert model.rowCount() == 3
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            assert _what_is_painted(proxy, row, column) == _what_is_painted(plain, row, column)
            assert _what_is_painted(model, row, column) == _what_is_painted(plain, row, column)
            for role in (ID_ROLE, SORT_ROLE, SEARCH_ROLE, Qt.ItemDataRole.ToolTipRole):
                assert proxy.index(row, column).data(role) == model.index(row, column).data(role)
    # What the comparison went through: muted, overdue, icons, right-aligned figures.
    texts = [_what_is_painted(proxy, row, AllianceTableModel.NAME)[0] for row in range(3)]
    assert "Agua Limpia Veredal (archivada)" in texts
    deadlines = [
        _what_is_painted(proxy, row, AllianceTableModel.NEAREST_DEADLINE) for row in range(3)
    ]
    assert all(text.endswith("(vencido)") for text, *_ in deadlines)
    assert len({colour for _, _, _, colour, *_ in deadlines}) == 2  # muted, and red
    health = _what_is_painted(proxy, 0, AllianceTableModel.HEALTH)
    assert health[0] in ("Verde", "Amarillo", "Rojo") and health[2] is not None
    assert _what_is_painted(proxy, 0, AllianceTableModel.PARTNERS)[1] & int(
        Qt.AlignmentFlag.AlignRight.value
    )


def test_a_new_day_says_the_rows_anew(db):
    found(db, "Cacao para la Paz", "Tumaco", "Nariño")
    model = AllianceListModel()
    model.load(db)
    cell = model.index(0, AllianceTableModel.NEAREST_DEADLINE)
    model.today = model.row_at(0).nearest_deadline - timedelta(days=1)
    assert not cell.data().endswith("(vencido)")
    model.today = model.row_at(0).nearest_deadline + timedelta(days=1)
    assert cell.data().endswith("(vencido)")
