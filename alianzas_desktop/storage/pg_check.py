"""`alianzas check` and the refusals of file-only commands for the office's PostgreSQL.

SQLite's checks read a file (quick_check, foreign_key_check, copies with the backup
API); a PostgreSQL server keeps its own pages sound and its foreign keys enforced. What
can still go wrong is ours: the schema revision, the guard triggers, and issued
documents edited beneath the app. This module checks those, read-only, and says in one
Spanish line that copies of a server are made with pg_dump.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from alianzas_desktop.storage import integrity, pg_guards
from alianzas_desktop.storage.backup import CheckResult

logger = logging.getLogger(__name__)

USE_PG_DUMP = (
    "Una base de datos PostgreSQL no se respalda ni se restaura con Alianzas: use pg_dump "
    "para respaldarla y pg_restore para restaurarla (vea «PostgreSQL en la oficina» en el "
    "README). No se modificó nada."
)


def is_server(target: str | URL | None) -> bool:
    """Whether ``target`` names a PostgreSQL database (other URLs are no server of ours)."""
    if target is None:
        return False
    if isinstance(target, URL):
        return target.get_backend_name() == "postgresql"
    text = str(target)
    if "://" not in text:
        return False
    try:
        return make_url(text).get_backend_name() == "postgresql"
    except Exception:  # not a URL SQLAlchemy reads: not a server either
        return False


class _QmarkConnection:
    """A DBAPI connection that takes SQLite's ``?`` placeholders, for storage.integrity."""

    def __init__(self, connection: Any):
        self._connection = connection

    def execute(self, sql: str, params: tuple = ()) -> Any:
        cursor = self._connection.connection.driver_connection.cursor()
        cursor.execute(sql.replace("?", "%s"), params)
        return cursor

    def table_names(self) -> set[str]:
        return {
            row[0]
            for row in self.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        }


def look_before_opening_server(url: URL) -> None:
    """Refuse, before any migration runs, a server database Alianzas must not touch.

    The twin of database.look_before_opening for files: a database holding another
    program's tables, or whose schema was left half made, is never migrated into.
    An empty database (no tables) is a new one.
    """
    from sqlalchemy import create_engine

    from alianzas_desktop.storage.database import FIRST_TABLES, DatabaseError

    where = url.render_as_string(hide_password=True)
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            rows = (
                connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
                if "alembic_version" in tables
                else None
            )
    except SQLAlchemyError as exc:
        raise DatabaseError(
            f"No se pudo conectar con la base de datos {where}: revise la dirección, el "
            f"usuario y que el servidor esté en marcha ({exc.orig or exc})."
        ) from exc
    finally:
        engine.dispose()
    if not tables:
        return
    if rows is None:
        raise DatabaseError(
            f"La base de datos {where} no es de Alianzas: tiene tablas de otro programa. "
            "Elija otra base de datos; esta no se ha modificado."
        )
    if not rows or rows[0][0] is None or not FIRST_TABLES <= tables:
        raise DatabaseError(
            f"La base de datos {where} quedó a medio crear: no es una base de datos de Alianzas "
            "utilizable. Elija otra, o vacíela para empezar una nueva; no se ha modificado."
        )


def check_server(target: str | URL) -> CheckResult:
    """Schema revision, guard triggers and issued documents of a PostgreSQL database."""
    from sqlalchemy import create_engine

    from alianzas_desktop.storage.database import (
        SCHEMA_HEAD,
        DatabaseError,
        check_revision,
        database_url,
    )

    url = database_url(target)
    where = url.render_as_string(hide_password=True)
    try:
        engine = create_engine(url, poolclass=NullPool)
    except (ImportError, SQLAlchemyError):
        return CheckResult(
            False,
            "Esta instalación de Alianzas no trae lo necesario para abrir una base de datos "
            'PostgreSQL: instale el extra postgresql (pip install -e ".[postgresql]").',
        )
    try:
        with engine.connect() as connection:
            # Nothing here writes; the server enforces it too.
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
            if not inspect(connection).has_table("alembic_version"):
                return CheckResult(
                    False, f"{where} no es una base de datos de Alianzas.", not_alianzas=True
                )
            revision = connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version"
            ).scalar()
            if revision is None:
                return CheckResult(
                    False,
                    "La base de datos quedó a medio crear: no es una base de datos de Alianzas "
                    "utilizable.",
                    not_alianzas=True,
                )
            try:
                check_revision(revision, where)
            except DatabaseError as exc:
                return CheckResult(False, str(exc))
            if revision != SCHEMA_HEAD:
                return CheckResult(
                    False,
                    f"La base de datos tiene el esquema {revision}; esta versión de Alianzas usa "
                    f"el {SCHEMA_HEAD}. Ábrala una vez con Alianzas para actualizarla.",
                )
            altered = tuple(
                d.describe() for d in integrity.altered_documents(_QmarkConnection(connection))
            )
            missing = tuple(pg_guards.missing_guards(connection))
    except SQLAlchemyError as exc:
        logger.warning("No se pudo revisar %s: %s", where, exc)
        return CheckResult(False, f"No se pudo leer la base de datos {where}: {exc.orig or exc}")
    finally:
        engine.dispose()
    return CheckResult(True, "ok", altered=altered, missing_guards=missing)
