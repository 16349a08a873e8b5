"""Table models for personal data: people, their authorisations and the request log."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.services import people_list, search
from alianzas_desktop.services.people_list import Key, Showing
from alianzas_desktop.services.personal_data import PersonInfo, RequestInfo
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.base import SORT_ROLE, RowTableModel, fold, vocabulary

logger = logging.getLogger(__name__)

# Kept for callers that compare with it; the models ask the palette when they paint.
OVERDUE_COLOR = palette.overdue()


class SearchProxy(QSortFilterProxyModel):
    """Keeps rows where every typed word appears (accents ignored); sorting is the source
    model's (``RowTableModel.sort_rows``).

    Both run in Python over lists instead of a call into Python per comparison and per
    column of every row: an office's 100,000 people opened in 14 s and took 4–5 s per
    keystroke.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_search_text(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().search_text(source_row)
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks: the source model puts its rows in order, and the proxy
        keeps the source's order (it never sorts itself)."""
        self.sourceModel().sort_rows(column, order)


class PersonTableModel(RowTableModel[PersonInfo]):
    """Everyone whose data the database holds; erased people stay, anonymised."""

    CONTEXT = "PersonTableModel"
    NAME, ORGANIZATION, AUTHORIZATION, STATE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("PersonTableModel", "Nombre"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Organización"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Autorización"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Estado"),
    )

    def display(self, item: PersonInfo, column: int) -> str:
        if column == self.NAME:
            return item.name
        if column == self.ORGANIZATION:
            return item.organization
        if column == self.AUTHORIZATION:
            return (
                QCoreApplication.translate("PersonTableModel", "Sí")
                if item.has_authorization
                else QCoreApplication.translate("PersonTableModel", "No")
            )
        if column == self.STATE:
            if item.erased:
                return QCoreApplication.translate("PersonTableModel", "Suprimida")
            if item.is_minor:
                return QCoreApplication.translate("PersonTableModel", "Menor de edad")
            return ""
        return ""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if 0 <= index.row() < self.rowCount() and self.row_at(index.row()).erased:
                return palette.muted()
            return None
        return super().data(index, role)


@dataclass(frozen=True)
class _Asked:
    """What a search was asked for: its words, whom it shows, and in which order."""

    words: tuple[str, ...]
    showing: Showing
    descending: bool


@dataclass(frozen=True)
class _Answer:
    """A search's answer: the ids found (None when found person by person, as the list is
    scrolled), its first page, where its look along the list stopped, whether it reached
    the end, and how many people it finds when known."""

    ids: list[str] | None
    first: list[PersonInfo]
    last: Key | None
    done: bool
    found: int | None


def _answer(db: Database, asked: _Asked, page_size: int) -> tuple[_Asked, _Answer]:
    """Worked out in a worker: an office's names take a moment to read the first time, and
    a common name's people a moment to check. Returned with the question it answers."""
    words = list(asked.words)
    if words:
        ids = people_list.find(
            db,
            words,
            search.name_index(db),
            descending=asked.descending,
            showing=asked.showing,
        )
        if ids is not None:
            first = people_list.people(db, ids[:page_size])
            return asked, _Answer(ids, first, None, True, len(ids))
    first, last, done = _scan_page(db, asked, None, page_size)
    found = None
    if not words:  # a choice of «Mostrar» alone: counted in SQL
        found = people_list.count(db, asked.showing)
    return asked, _Answer(None, first, last, done, found)


def _scan_page(
    db: Database, asked: _Asked, last: Key | None, wanted: int, until: float | None = None
) -> tuple[list[PersonInfo], Key | None, bool]:
    """Up to ``wanted`` people found person by person after ``last``, a slice at a time:
    until the page, the end, or (with one found at least) the clock passes ``until``."""
    found: list[PersonInfo] = []
    done = False
    while len(found) < wanted and not done:
        scanned = people_list.scan(
            db,
            asked.words,
            last,
            limit=wanted - len(found),
            descending=asked.descending,
            showing=asked.showing,
        )
        found += scanned.people
        last, done = scanned.last, scanned.done
        if found and until is not None and time.perf_counter() > until:
            break
    return found, last, done


class PersonListModel(PersonTableModel):
    """Everyone on record, a page at a time in name order (services/people_list): an office
    holds a hundred thousand people. The search and the «Mostrar» choice are worked out in
    a worker; the rows shown stay until the answer comes (``searching`` meanwhile), and only
    the latest question is answered."""

    answered = Signal()  # the rows shown are the answer to the latest question

    # A scroll to the end of a list found person by person looks this long at most.
    FETCH_SECONDS = 0.05

    def __init__(self, parent=None):
        super().__init__(parent)
        self._db: Database | None = None
        self._asked = _Asked((), Showing.EVERYONE, False)
        self._shown_for: _Asked | None = None  # the question the rows answer
        self._ids: list[str] | None = None  # every match, when the search found them at once
        self._last: Key | None = None  # the last person looked at along the list
        self._done = True
        self._total = 0
        self._found: int | None = None
        self._job = None
        self._warming = None  # the job reading the names (once per list)
        self.page_size = people_list.PAGE

    # -- loading ----------------------------------------------------------------------

    def load(self, db: Database, *, keep: int = 0) -> None:
        """Read the list again (after any change), at least ``keep`` rows of it when they
        were shown. Everyone, unsearched, is read at once (a page is milliseconds); a
        question is answered in a worker."""
        self._db = db
        self._total = people_list.count(db)
        self._shown_for = None
        self._ask(max(self.page_size, keep))
        if self._total >= WARM_FROM and self._warming is None:
            # An office's names take a moment to read: behind the window, so that the first
            # keystroke finds them (a no-op when the main window read them already).
            from alianzas_desktop.ui import workers

            self._warming = workers.start(
                lambda: search.name_index(db), name="nombres de las personas", cursor=False
            )

    def _ask(self, rows: int | None = None) -> None:
        db, asked = self._db, self._asked
        if db is None:
            return
        size = rows or self.page_size
        if not asked.words and asked.showing is Showing.EVERYONE:
            first = people_list.page(db, limit=size, descending=asked.descending)
            answer = _Answer(None, first.people, first.last, first.done, self._total)
            self._show(asked, answer)
            return
        if self._job is not None:  # one question at a time: the latest is asked once it ends
            return
        from alianzas_desktop.ui import workers

        # Bound methods: a list closed meanwhile is not told (workers._call).
        self._job = workers.start(
            lambda: _answer(db, asked, size),
            name="búsqueda de personas",
            on_finished=self._answered,
            on_failed=self._failed,
        )

    def _answered(self, answered: tuple[_Asked, _Answer]) -> None:
        asked, answer = answered
        self._job = None
        if asked != self._asked:  # typed further meanwhile: ask again (unless answered)
            if self.searching:
                self._ask()
            return
        self._show(asked, answer)

    def _failed(self, error: BaseException) -> None:
        self._job = None
        logger.warning("No se pudo buscar entre las personas: %s", error)
        self._show(self._asked, _Answer(None, [], None, True, 0))

    def _show(self, asked: _Asked, answer: _Answer) -> None:
        self._shown_for = asked
        self._ids, self._last, self._done = answer.ids, answer.last, answer.done
        self._found = answer.found
        self.set_rows(answer.first)
        self.answered.emit()

    @property
    def searching(self) -> bool:
        """A question is being answered: the rows shown answer an earlier one."""
        return self._shown_for != self._asked

    # -- questions --------------------------------------------------------------------

    def set_search_text(self, text: str) -> None:
        self._change(words=tuple(search.words_of(text)))

    def set_showing(self, showing: Showing) -> None:
        self._change(showing=showing)

    @property
    def showing(self) -> Showing:
        return self._asked.showing

    @property
    def descending(self) -> bool:
        return self._asked.descending

    def _change(self, **changes) -> None:
        asked = _Asked(**{**self._asked.__dict__, **changes})
        if asked == self._asked:
            return
        self._asked = asked
        self._ask()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By name, either way: the list is read in the order of the name's index (another
        column's order would read the whole office first). Other columns keep the order."""
        if column == self.NAME:
            self._change(descending=order == Qt.SortOrder.DescendingOrder)

    # -- counts -----------------------------------------------------------------------

    def total_count(self) -> int:
        """Everyone on record."""
        return self._total

    def matching_count(self) -> int:
        """People the question finds: all of them when ``count_is_exact``, else so far."""
        return self._found if self._found is not None else len(self._rows)

    def count_is_exact(self) -> bool:
        return self._found is not None or self._done

    # -- lazy rows (Qt) ---------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._db is None or self.searching:
            return False
        if self._ids is not None:
            return len(self._rows) < len(self._ids)
        return not self._done

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        db, asked, start = self._db, self._asked, len(self._rows)
        if self._ids is not None:
            more = people_list.people(db, self._ids[start : start + self.page_size])
        else:  # found person by person: a page, the end, or its time (one row at least)
            until = time.perf_counter() + self.FETCH_SECONDS
            more, self._last, self._done = _scan_page(db, asked, self._last, self.page_size, until)
        if not more:
            self.layoutAboutToBeChanged.emit()  # the count is now known: views hear of it
            self.layoutChanged.emit()
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def row_of_id(self, row_id: str) -> int:
        """The row of a person, reading pages until they are shown; -1 when not listed."""
        found = super().row_of_id(row_id)
        if found >= 0 or self._db is None or self.searching:
            return found
        if self._ids is not None:
            if row_id not in self._ids:
                return -1
            position = self._ids.index(row_id)
            while len(self._rows) <= position and self.canFetchMore():
                self.fetchMore()
            return super().row_of_id(row_id)
        for _page in range(ROW_OF_ID_PAGES):
            if not self.canFetchMore():
                break
            before = len(self._rows)
            self.fetchMore()
            found = self._row_from(row_id, before)
            if found >= 0:
                return found
        return -1

    def _row_from(self, row_id: str, start: int) -> int:
        for position in range(start, len(self._rows)):
            if self._rows[position].id == row_id:
                return position
        return -1


# From this many people on, the names a search looks in are read when the list opens.
WARM_FROM = 5000
# Pages a search for a person not shown yet reads, at most, in a list read page by page.
ROW_OF_ID_PAGES = 40


class AuthorizationTableModel(RowTableModel[dict]):
    """The authorisations of one person, as ``person_report`` lists them."""

    CONTEXT = "AuthorizationTableModel"
    DATE, METHOD, TEXT_VERSION, RECORDED_BY, WITNESS, GUARDIAN, REVOKED = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuthorizationTableModel", "Fecha"),
        QT_TRANSLATE_NOOP("AuthorizationTableModel", "Forma"),
        QT_TRANSLATE_NOOP("AuthorizationTableModel", "Texto"),
        QT_TRANSLATE_NOOP("AuthorizationTableModel", "Registrada por"),
        QT_TRANSLATE_NOOP("AuthorizationTableModel", "Testigo"),
        QT_TRANSLATE_NOOP("AuthorizationTableModel", "Representante legal"),
        QT_TRANSLATE_NOOP("AuthorizationTableModel", "Revocada"),
    )

    def row_id(self, item: dict) -> str:
        return f"{item.get('fecha', '')}-{item.get('registrada_por', '')}"

    def display(self, item: dict, column: int) -> str:
        if column == self.DATE:
            return short_date(iso_day(item.get("fecha")))
        if column == self.METHOD:
            return vocabulary(item.get("forma", ""))
        if column == self.TEXT_VERSION:
            return item.get("version_del_texto", "")
        if column == self.RECORDED_BY:
            return item.get("registrada_por", "")
        if column == self.WITNESS:
            return item.get("testigo", "")
        if column == self.GUARDIAN:
            return item.get("representante_legal", "")
        if column == self.REVOKED:
            return short_date(iso_day(item.get("revocada")))
        return ""

    def sort_value(self, item: dict, column: int) -> Any:
        if column in (self.DATE, self.REVOKED):
            key = "fecha" if column == self.DATE else "revocada"
            return item.get(key) or ""
        return super().sort_value(item, column)


class RequestTableModel(RowTableModel[RequestInfo]):
    """The request log, with the legal deadline and «vencida» in red when overdue."""

    CONTEXT = "RequestTableModel"
    PERSON, KIND, RECEIVED, DUE, ANSWERED = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("RequestTableModel", "Persona"),
        QT_TRANSLATE_NOOP("RequestTableModel", "Tipo"),
        QT_TRANSLATE_NOOP("RequestTableModel", "Recibida"),
        QT_TRANSLATE_NOOP("RequestTableModel", "Vence"),
        QT_TRANSLATE_NOOP("RequestTableModel", "Respondida"),
    )

    def __init__(self, parent=None, today: date | None = None):
        super().__init__(parent)
        self.today = today

    def display(self, item: RequestInfo, column: int) -> str:
        if column == self.PERSON:
            return item.person_name
        if column == self.KIND:
            return vocabulary(item.kind_label)
        if column == self.RECEIVED:
            return short_date(item.received_on)
        if column == self.DUE:
            due = short_date(item.due_on)
            if item.is_overdue(self.today):
                return QCoreApplication.translate("RequestTableModel", "{date} — vencida").format(
                    date=due
                )
            return due
        if column == self.ANSWERED:
            return (
                short_date(item.answered_on)
                if item.answered_on
                else QCoreApplication.translate("RequestTableModel", "No")
            )
        return ""

    def sort_value(self, item: RequestInfo, column: int) -> Any:
        if column == self.RECEIVED:
            return item.received_on.isoformat()
        if column == self.DUE:
            return item.due_on.isoformat()
        if column == self.ANSWERED:
            return item.answered_on.isoformat() if item.answered_on else ""
        return super().sort_value(item, column)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if index.column() == self.DUE and 0 <= index.row() < self.rowCount():
                if self.row_at(index.row()).is_overdue(self.today):
                    return palette.overdue()
            return None
        return super().data(index, role)


def iso_day(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
