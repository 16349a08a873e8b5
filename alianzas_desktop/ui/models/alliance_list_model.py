"""The main window's alliance list, loaded a page at a time and searched without a proxy scan.

An office follows thousands of alliances. A refresh reads every alliance's own short
columns (services/alliance_list.light_alliances) and shows the first page; the partner
count, the nearest deadline and the health of a row are read only when the row is about
to be shown (``canFetchMore``/``fetchMore``, a page at a time). The search checks each
alliance's own fields in memory and its partners and people through services/search, in
the list's order, only as far as the rows shown need; the count says «al menos» while
the rest is not checked yet. Sorting happens here (the proxy in front only forwards it):
by text columns in memory, by figures or health after reading them for all once.
"""

from __future__ import annotations

import logging
import time
from datetime import date

from PySide6.QtCore import (
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from alianzas_desktop.domain.vocabulary import ApplicationArea, label_of
from alianzas_desktop.services import alliance_list, health, search
from alianzas_desktop.services.alliances import AllianceSummary
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.models.alliance_table_model import _HEALTH_ORDER, AllianceTableModel
from alianzas_desktop.ui.models.base import vocabulary
from alianzas_desktop.ui.models.roles import SEARCH_ROLE

logger = logging.getLogger(__name__)

__all__ = ["AllianceListModel", "AllianceListProxy"]

# Rows read per fetch: a screenful and some; alliances checked per search step.
PAGE = 24
BATCH = 40
# Time an idle slice may spend looking alliance by alliance for the rest of the page.
SLICE_SECONDS = 0.015
# Time a keystroke itself may spend on its words' plans (names), and again at most on
# looking alliance by alliance (with the names' links in memory, plans take up to about
# 5 ms on an office): its new rows are then read in full (about 5 ms for a page) and drawn
# (about 6 ms), and the whole keystroke must stay within 30 ms on an office.
KEYSTROKE_SECONDS = 0.008
# What looking at one alliance's partners and people costs at worst (their names read
# from the database: about 0.5 ms on an office), until a batch says otherwise.
ALLIANCE_SECONDS = 0.0006
# From this many alliances on, the search's names are read in the background after a load.
WARM_FROM = 1000
# Folded own texts kept across refreshes (a refresh folds only what changed).
_FOLD_CACHE_LIMIT = 50_000


class AllianceListModel(AllianceTableModel):
    """``AllianceTableModel``'s columns over the lazily read list of ``load(db)``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._db: Database | None = None
        self._light: dict[str, alliance_list.ListedAlliance] = {}
        self._order: list[str] = []  # every alliance's id, in the list's order
        self._full: dict[str, AllianceSummary] = {}  # rows read with figures and health
        self._own: dict[str, str] = {}  # id → folded name, territory and area
        self._fold_cache: dict[str, str] = {}
        self._search: search.AllianceSearch | None = None
        self._words: list[str] = []
        self._matched: list[str] = []  # ids found so far, in order
        # The words and the order ``_matched`` was found for.
        self._matched_words: list[str] = []
        self._matched_order: list[str] | None = None
        # The alliances the search looks at, in order: every one, or those the words already
        # resolved exactly let through; ``_cursor`` says how far along it has looked.
        self._walk: list[str] = []
        self._cursor = 0
        self._sort = (self.NAME, Qt.SortOrder.AscendingOrder)
        self._sort_values: dict[int, dict[str, object]] = {}
        self._search_keys: list[str] = []
        self.page_size = PAGE
        self._warming = None  # the job reading the search's names, kept alive while it runs
        self.slice_seconds: float | None = SLICE_SECONDS  # None: fill the first page at once
        self.keystroke_seconds = KEYSTROKE_SECONDS
        self._alliance_seconds = ALLIANCE_SECONDS  # one alliance's cost, as lately seen
        self._generation = 0  # bumped by each new search: pending slices of an old one stop
        self.batch_size = BATCH
        self.today = date.today()

    # -- loading ------------------------------------------------------------------------

    def load(self, db: Database, *, include_archived: bool = False) -> None:
        """Read the list again (after any change) and show its first page."""
        self._db = db
        self.today = date.today()
        rows = alliance_list.light_alliances(db, include_archived=include_archived)
        self._light = {row.id: row for row in rows}
        self._full = {}
        self._sort_values = {}
        if len(self._fold_cache) > _FOLD_CACHE_LIMIT:
            self._fold_cache = {}
        areas = {row.area for row in rows}
        self._area_texts = {code: vocabulary(label_of(ApplicationArea, code)) for code in areas}
        self._own = {row.id: self._folded_own(row) for row in rows}
        self._search = search.AllianceSearch(db, self._own)
        if len(rows) >= WARM_FROM:
            # An office's names take a moment to fold, and their links (which alliances each
            # name reaches) about a second to read: read them behind the window, so the
            # first keystroke finds them ready (a no-op when nothing changed since).
            # Work nobody asked for: handed to the pool when the window's loop is idle (its
            # first drawing done), one such job at a time beside the agenda and the warm-up
            # (a thread running Python beside the first refresh made each of its queries
            # wait for the GIL, and the three at once raised the start's peak memory).
            from alianzas_desktop.ui import workers

            self._warming = workers.start(
                lambda: search.warm(db), name="nombres para la búsqueda", cursor=False
            )
        self._order = self._ordered([row.id for row in rows])
        self._restart()

    def set_rows(self, rows) -> None:  # noqa: ARG002
        raise TypeError("AllianceListModel reads its rows itself: use load(db)")

    def _folded_own(self, row: alliance_list.ListedAlliance) -> str:
        return self._fold(f"{row.name}\n{row.territory}\n{self._area_texts[row.area]}")

    def _fold(self, text: str) -> str:
        folded = self._fold_cache.get(text)
        if folded is None:
            folded = self._fold_cache[text] = search.fold(text)
        return folded

    def _restart(self) -> None:
        """Search again from the top of the order and show the first page."""
        # The keystroke's time counts from here: its words' plans are part of it.
        until = self._deadline(self.keystroke_seconds)
        # Typed further, a search finds a part of what it found a key before (each word it
        # had is inside one it has now): only those, and those it had not looked at yet,
        # need checking again.
        candidates = self._order
        if (
            self._order
            and self._matched_order is self._order
            and _narrows(self._words, self._matched_words)
        ):
            candidates = self._matched + self._walk[self._cursor :]
        self.beginResetModel()
        self._rows = []
        self._search_keys = []
        self._sort_keys = {}
        self._matched = []
        self._cursor = 0
        self._matched_words, self._matched_order = self._words, self._order
        self._walk = candidates
        if not self._words:
            self._walk = self._order
            self._matched = list(self._order)
            self._cursor = len(self._walk)
        elif self._search is not None:
            if self._search.is_cheap(self._words):  # every alliance checked now, in memory
                self._matched = self._search.matches(self._words, candidates)
                self._cursor = len(self._walk)
            else:  # the words resolved exactly pick the candidates of the rest (a set each)
                self._walk = self._search.narrowed(self._words, candidates)
        # A word checked alliance by alliance gets a slice of time per keystroke, counted
        # from here when its words' plans took it all (with the names' links in memory an
        # alliance takes some 20 µs: a page found now spares a slice, a page read and a
        # repaint when idle); the rest of the first page is looked for when idle
        # (``_continue``).
        if until is not None:
            until = max(until, self._deadline(self.keystroke_seconds))
        self._generation += 1
        self._append(self.page_size, until)
        self.endResetModel()
        if len(self._rows) < self.page_size and self._cursor < len(self._walk):
            generation = self._generation
            QTimer.singleShot(0, self, lambda: self._continue(generation))

    def _continue(self, generation: int) -> None:
        """Another slice of looking for the first page (dropped when the search changed)."""
        if generation != self._generation or len(self._rows) >= self.page_size:
            return
        start = len(self._rows)
        self._advance(self.page_size, self._deadline(self.slice_seconds))
        self._insert(self._matched[start : self.page_size])
        if len(self._rows) < self.page_size and self._cursor < len(self._walk):
            QTimer.singleShot(0, self, lambda: self._continue(generation))

    def _deadline(self, seconds: float | None) -> float | None:
        if self.slice_seconds is None or seconds is None:
            return None
        return time.perf_counter() + min(seconds, self.slice_seconds)

    def _insert(self, ids: list[str]) -> None:
        """Read ``ids`` in full and add them as rows the views hear about."""
        if not ids:
            # Nothing more matched, but the search now knows its count: say so to the views
            # (a layout change with no row moved), so the window's count stops saying «+».
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            return
        start = len(self._rows)
        self._read_full(ids)
        self.beginInsertRows(QModelIndex(), start, start + len(ids) - 1)
        self._rows.extend(self._full[aid] for aid in ids)
        self._search_keys.extend(self._own[aid] for aid in ids)
        self.endInsertRows()

    def _advance(self, wanted: int, until: float | None = None) -> None:
        """Look further along the order until ``wanted`` matches are known, the end, or
        the clock passes ``until`` (one alliance at least).

        Against the clock, each batch is sized to the time left at what an alliance cost
        lately: a whole batch of alliances whose names must be read took about 20 ms on an
        office, more than a keystroke can spend besides its plans, rows and repaint.
        """
        size = self.batch_size
        while len(self._matched) < wanted and self._cursor < len(self._walk):
            if until is not None:
                left = until - time.perf_counter()
                size = max(1, min(self.batch_size, int(left / self._alliance_seconds)))
            batch = self._walk[self._cursor : self._cursor + size]
            self._cursor += len(batch)
            started = time.perf_counter()
            self._matched += self._search.matches(self._words, batch) if self._search else []
            if until is None:
                continue
            now = time.perf_counter()
            # A dear batch (a pause, a plan's query) weighs on the next few, not for good.
            self._alliance_seconds = max(
                ALLIANCE_SECONDS, (now - started) / len(batch), self._alliance_seconds * 0.9
            )
            if now > until:
                return

    def _append(self, count: int, until: float | None = None) -> list[AllianceSummary]:
        """The next ``count`` matches, read in full and added to ``_rows`` (no signals)."""
        start = len(self._rows)
        self._advance(start + count, until)
        ids = self._matched[start : start + count]
        self._read_full(ids)
        new = [self._full[aid] for aid in ids]
        self._rows.extend(new)
        self._search_keys.extend(self._own[aid] for aid in ids)
        return new

    def _read_full(self, ids: list[str]) -> None:
        missing = [aid for aid in ids if aid not in self._full]
        if not missing or self._db is None:
            return
        found = alliance_list.page_rows(self._db, missing, today=self.today)
        for aid in missing:
            row = found.get(aid)
            self._full[aid] = (
                alliance_list.summary(
                    self._light[aid], row.partner_count, row.nearest_deadline, row.health
                )
                if row is not None
                else alliance_list.summary(self._light[aid])
            )

    # -- lazy rows (Qt) -------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return len(self._rows) < len(self._matched) or self._cursor < len(self._walk)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = len(self._rows)
        self._advance(start + self.page_size)
        self._insert(self._matched[start : start + self.page_size])

    def _rows_changed(self) -> None:
        self.today = date.today()

    # -- search ---------------------------------------------------------------------------

    def set_search_text(self, text: str) -> None:
        words = search.words_of(text)
        if words == self._words:
            return
        self._words = words
        self._restart()

    def search_text(self) -> str:
        return " ".join(self._words)

    def total_count(self) -> int:
        """Alliances in the list, searched or not."""
        return len(self._order)

    def matching_count(self) -> int:
        """Alliances found so far (all of them once ``count_is_exact``)."""
        return len(self._matched)

    def count_is_exact(self) -> bool:
        return self._cursor >= len(self._walk)

    def row_of_id(self, row_id: str) -> int:
        """The row of an alliance, reading pages until it is shown; -1 when not listed."""
        if row_id not in self._light:
            return -1
        found = super().row_of_id(row_id)
        if found >= 0:
            return found
        # Not shown yet: is it found at all? (One alliance checked, not the office.)
        if self._words and self._search and not self._search.matches(self._words, [row_id]):
            return -1
        # The rows up to its page read in one go (one set of queries for all of them), not a
        # page at a time: an alliance far down the office's list, opened from the agenda,
        # read 176 pages and their health one by one (3.4 s under the profiler).
        while row_id not in self._matched and self._cursor < len(self._walk):
            self._advance(len(self._matched) + 1)
        if row_id not in self._matched:
            return -1
        start = len(self._rows)
        pages = -(-(self._matched.index(row_id) + 1 - start) // self.page_size)
        end = start + pages * self.page_size
        self._advance(end)
        self._insert(self._matched[start:end])
        return super().row_of_id(row_id)

    # -- sorting --------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        if (column, order) == self._sort:
            return
        self._sort = (column, order)
        if self._order:
            self._order = self._ordered(self._order)
            self._restart()

    def _ordered(self, ids: list[str]) -> list[str]:
        column, order = self._sort
        values = self._values_for_sort(column)
        by_name = {aid: self._own[aid] for aid in ids}
        ordered = sorted(ids, key=lambda aid: (values[aid], by_name[aid], aid))
        if order == Qt.SortOrder.DescendingOrder:
            ordered.reverse()
        return ordered

    def _values_for_sort(self, column: int) -> dict[str, object]:
        found = self._sort_values.get(column)
        if found is not None and set(found) >= set(self._light):
            return found
        if column in (self.PARTNERS, self.NEAREST_DEADLINE) and self._db is not None:
            figures = alliance_list.alliance_figures(self._db, None)
            found = {}
            for aid, row in self._light.items():
                partners, nearest = figures.get(aid, (0, None))
                found[aid] = self.sort_value(alliance_list.summary(row, partners, nearest), column)
        elif column == self.HEALTH and self._db is not None:
            levels = health.health_levels(self._db, today=self.today)
            # As AllianceTableModel.sort_value: worst first descending, then critical count.
            found = {
                aid: _HEALTH_ORDER[levels[aid][0].value] * 100 + levels[aid][1]
                if aid in levels
                else -100
                for aid in self._light
            }
        elif column == self.PHASE:
            found = {aid: row.phase for aid, row in self._light.items()}
        elif column == self.AREA:
            found = {
                aid: self._fold(self._area_texts[row.area]) for aid, row in self._light.items()
            }
        elif column == self.TERRITORY:
            found = {aid: self._fold(row.territory) for aid, row in self._light.items()}
        else:  # the name as shown («(archivada)» included), as AllianceTableModel sorts it
            found = {
                aid: self._fold(self.display(alliance_list.summary(row), self.NAME))
                if row.archived
                else self._own[aid].split("\n", 1)[0]
                for aid, row in self._light.items()
            }
        self._sort_values[column] = found
        return found

    def role_answers(self):
        answers = super().role_answers()
        answers[SEARCH_ROLE] = self._search_key_at
        return answers

    def _search_key_at(self, row: int, _column: int) -> str:
        return self._search_keys[row]


def _narrows(words: list[str], before: list[str]) -> bool:
    """Whether every alliance ``words`` find was found by ``before`` too: each word of
    ``before`` is inside one of ``words`` (the search looks for words inside texts)."""
    return all(any(old in word for word in words) for old in before)


class AllianceListProxy(QIdentityProxyModel):
    """What the main window's table shows: the list as it is; search and sort go to the list."""

    _list: AllianceListModel | None = None

    def setSourceModel(self, sourceModel) -> None:  # noqa: N803 (Qt's name)
        super().setSourceModel(sourceModel)
        self._list = sourceModel if isinstance(sourceModel, AllianceListModel) else None

    def multiData(self, index, roleDataSpan) -> None:  # noqa: N803 (Qt's name)
        """A cell's roles asked of the list at once (Qt's identity proxy asks role by role)."""
        if self._list is None:
            super().multiData(index, roleDataSpan)
        else:
            self._list.multiData(self.mapToSource(index), roleDataSpan)

    def set_search_text(self, text: str) -> None:
        source = self.sourceModel()
        if isinstance(source, AllianceListModel):
            source.set_search_text(text)

    def search_text(self) -> str:
        source = self.sourceModel()
        return source.search_text() if isinstance(source, AllianceListModel) else ""
