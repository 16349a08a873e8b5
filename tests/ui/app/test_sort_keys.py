"""Table models fold each text once: sort keys computed per column, dropped on every change."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt

from alianzas_desktop.ui.models.base import SORT_ROLE, RowTableModel, fold


@dataclass
class Item:
    id: str
    name: str


class CountingModel(RowTableModel[Item]):
    HEADERS = ("Nombre",)

    def __init__(self):
        super().__init__()
        self.displayed = 0

    def display(self, item: Item, column: int) -> str:
        self.displayed += 1
        return item.name


def _slow_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_fold_gives_what_decomposing_the_whole_text_gave():
    rng = random.Random(13)
    samples = ["Sonsón", "ÑANDÚ Zúñiga", "İstanbul ﬁ ß Σίσυφος", "a\u0301\u0327b", "😀 <&> ǅ ᾈ"]
    samples += [
        "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randrange(1, 12)))
        for _ in range(3000)
    ]
    assert [fold(s) for s in samples] == [_slow_fold(s) for s in samples]
    assert fold("Sonsón") == "sonson"


def test_sorting_folds_each_row_once_and_follows_changes(qtmodeltester):
    model = CountingModel()
    names = ["Úrsula", "ana", "Bernardo", "álvaro", "Carmen"] * 40
    model.set_rows([Item(str(i), n) for i, n in enumerate(names)])
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    model.displayed = 0

    proxy.sort(0, Qt.SortOrder.AscendingOrder)

    assert model.displayed == len(names)  # not once per comparison
    first = [proxy.index(r, 0).data() for r in range(5)]
    assert first == ["álvaro"] * 5  # accents and case do not matter
    assert proxy.index(40, 0).data() == "ana"
    assert proxy.index(199, 0).data() == "Úrsula"

    model.set_rows([Item("1", "Zoila"), Item("2", "Ángela")])
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["Ángela", "Zoila"]

    model._rows[1] = Item("2", "Zacarías")  # a subclass changing a row says so
    model.dataChanged.emit(model.index(1, 0), model.index(1, 0))
    proxy.invalidate()
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["Zacarías", "Zoila"]
