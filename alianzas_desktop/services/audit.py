"""Reading the audit trail: who changed which record and how, in sentences. Read-only."""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alianzas_desktop.domain import history_text
from alianzas_desktop.domain.history_text import Change
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.storage.audit import PERSONAL_MASK
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import AuditEntry, Base

logger = logging.getLogger(__name__)

ACTION_LABELS = {
    history_text.CREATE: QT_TRANSLATE_NOOP("AuditTableModel", "Creó"),
    history_text.UPDATE: QT_TRANSLATE_NOOP("AuditTableModel", "Modificó"),
    history_text.DELETE: QT_TRANSLATE_NOOP("AuditTableModel", "Borró"),
}
# Bodies and images: never needed to name a record, and heavy to read.
_BULKY = {"content", "signed_scan", "image", "payload"}
TABLE_LABELS = {table: label for table, (label, _feminine) in history_text.TABLES.items()}


@dataclass(frozen=True)
class FieldChange:
    """One field as the log keeps it (codes, ISO dates) and as people read it.

    ``label`` and ``text`` are empty for what is never shown (keys, order, bodies).
    """

    field: str
    label: str
    before: object
    after: object
    text: str = ""


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    actor: str
    action: str
    action_label: str
    table: str
    table_label: str
    record_id: str
    changes: list[FieldChange]
    record_name: str = ""
    summary: str = ""
    details: tuple[str, ...] = field(default=())

    @property
    def when(self) -> str:
        """'30 de noviembre de 2026, 5:21 p. m.', in the laptop's time."""
        return history_text.when(self.at)


def _parsed(entry: AuditEntry) -> dict[str, list[Any]]:
    try:
        raw = json.loads(entry.changes)
    except ValueError:
        logger.warning("Entrada del historial ilegible: %s", entry.id)
        return {}
    if not isinstance(raw, dict):
        return {}
    return {k: v for k, v in raw.items() if isinstance(v, list) and len(v) == 2}


def _models() -> dict[str, type]:
    return {
        mapper.class_.__tablename__: mapper.class_
        for mapper in Base.registry.mappers
        if hasattr(mapper.class_, "__tablename__")
    }


class _Names:
    """Names of records as they are now, or as the log last knew them if deleted.

    Looked up in batches per table; a person's name is only ever read from the
    database (the log keeps personal data masked), so an erased person stays erased.
    """

    def __init__(self, session: Session):
        self._session = session
        self._models = _models()
        self._values: dict[str, dict[str, Any]] = {}

    def values(self, record_id: str) -> dict[str, Any]:
        return self._values.get(record_id, {})

    def load(self, wanted: Iterable[tuple[str, str]]) -> None:
        by_table: dict[str, set[str]] = defaultdict(set)
        for table, record_id in wanted:
            if record_id and record_id not in self._values:
                by_table[table].add(record_id)
        missing: set[str] = set()
        for table, ids in by_table.items():
            model = self._models.get(table)
            found = self._current(model, ids) if model is not None else {}
            self._values.update(found)
            missing |= ids - set(found)
        if missing:
            logged = self._logged(missing)
            # Unknown everywhere (a record from a newer app): asked once, named by its kind.
            self._values.update({record_id: logged.get(record_id, {}) for record_id in missing})

    def _current(self, model: type, ids: set[str]) -> dict[str, dict[str, Any]]:
        columns = [c.key for c in model.__mapper__.column_attrs if c.key not in _BULKY]
        result = {}
        id_list = sorted(ids)
        for start in range(0, len(id_list), 500):
            chunk = id_list[start : start + 500]
            query = select(*[getattr(model, c) for c in columns]).where(model.id.in_(chunk))
            for row in self._session.execute(query):
                values = dict(zip(columns, row, strict=True))
                result[values["id"]] = values
        return result

    def _logged(self, ids: set[str]) -> dict[str, dict[str, Any]]:
        """A deleted record's last values: its creation, changes and deletion in the log."""
        known: dict[str, dict[str, Any]] = defaultdict(dict)
        query = (
            select(AuditEntry.record_id, AuditEntry.action, AuditEntry.changes)
            .where(AuditEntry.record_id.in_(sorted(ids)))
            .order_by(AuditEntry.at)
        )
        for record_id, action, changes in self._session.execute(query):
            try:
                raw = json.loads(changes)
            except ValueError:
                continue
            side = 0 if action == history_text.DELETE else 1
            for key, pair in raw.items():
                if isinstance(pair, list) and len(pair) == 2 and pair[side] is not None:
                    if pair[side] != PERSONAL_MASK:
                        known[record_id][key] = pair[side]
        return dict(known)

    def ref(self, table: str, record_id: str) -> str:
        """The bare name of a linked record: 'Cooperativa …', 'María Eugenia Ríos'."""
        if not record_id:
            return ""
        self.load([(table, record_id)])
        values = self.values(record_id)
        if table == "meeting_signatures":
            return self.ref("attendances", values.get("attendance_id") or "")
        return history_text.name_only(table, values, self.ref)

    def prefetch_links(self, records: Iterable[tuple[str, str]]) -> None:
        """Load in one query per table the records that names point to."""
        links: list[tuple[str, str]] = []
        for _table, record_id in records:
            values = self.values(record_id)
            for key, target in (
                ("organization_id", "organizations"),
                ("person_id", "people"),
                ("commitment_id", "commitments"),
                ("attendance_id", "attendances"),
                ("membership_id", "memberships"),
                ("responsible_person_id", "people"),
                ("representative_id", "people"),
            ):
                if values.get(key):
                    links.append((target, values[key]))
        self.load(links)

    def name(self, table: str, record_id: str) -> str:
        return history_text.record_name(table, self.values(record_id), self.ref)


def _records(session: Session, entries: list[AuditEntry]) -> list[AuditRecord]:
    names = _Names(session)
    wanted = [(e.table_name, e.record_id) for e in entries]
    names.load(wanted)
    names.prefetch_links(wanted)
    parsed = [_parsed(e) for e in entries]
    links = [
        (history_text.REFERENCES[key], value)
        for raw in parsed
        for key, pair in raw.items()
        if key in history_text.REFERENCES
        for value in pair
        if isinstance(value, str)
    ]
    names.load(links)
    names.prefetch_links(links)
    return [_record(entry, raw, names) for entry, raw in zip(entries, parsed, strict=True)]


def _record(entry: AuditEntry, raw: dict[str, list[Any]], names: _Names) -> AuditRecord:
    table = entry.table_name
    changes = [Change(key, pair[0], pair[1]) for key, pair in raw.items()]
    name = names.name(table, entry.record_id)
    summary, details = history_text.describe(table, entry.action, name, changes, names.ref)
    field_changes = []
    for c in changes:
        shown = history_text.is_shown(table, c.field)
        field_changes.append(
            FieldChange(
                c.field,
                history_text.field_label(table, c.field) if shown else "",
                c.before,
                c.after,
                history_text.change_text(table, c, names.ref) if shown else "",
            )
        )
    return AuditRecord(
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        action_label=ACTION_LABELS.get(entry.action, entry.action),
        table=table,
        table_label=TABLE_LABELS.get(table, QT_TRANSLATE_NOOP("AuditTableModel", "Registro")),
        record_id=entry.record_id,
        changes=field_changes,
        record_name=name,
        summary=summary,
        details=tuple(details),
    )


def history_of_alliance(db: Database, alliance_id: str, limit: int = 2000) -> list[AuditRecord]:
    query = (
        select(AuditEntry)
        .where(AuditEntry.alliance_id == alliance_id)
        .order_by(AuditEntry.at.desc())
        .limit(limit)
    )
    with db.reading() as session:
        return _records(session, list(session.scalars(query)))


def history_of_record(db: Database, record_id: str) -> list[AuditRecord]:
    query = select(AuditEntry).where(AuditEntry.record_id == record_id).order_by(AuditEntry.at)
    with db.reading() as session:
        return _records(session, list(session.scalars(query)))
