"""The PostgreSQL server of the tests: a migrated template, and a fresh database per test.

CREATE DATABASE … TEMPLATE copies the migrated template in about half a second on a
busy 2-core machine; the next test's database is copied in a background thread while
the current test runs, so a test rarely waits for it. Dropping happens there too.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from alianzas_desktop.storage.database import Database

logger = logging.getLogger(__name__)


class PostgresServer:
    def __init__(self, url: str):
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        # The process id keeps two test runs on one server apart.
        self.prefix = f"alianzas_prueba_{os.getpid()}"
        self.template = f"{self.prefix}_plantilla"
        self._numbers = itertools.count(1)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-plantilla")
        # The next copy of each template, made while the current test runs.
        self._next: dict[str, Future[URL]] = {}
        self._built: list[str] = []
        with self.admin.connect() as connection:
            version = int(connection.exec_driver_sql("SHOW server_version_num").scalar())
        # FILE_COPY (PostgreSQL 15+): for a few megabytes, copying files beats WAL_LOG's pages.
        self._strategy = " STRATEGY FILE_COPY" if version >= 150000 else ""
        self._execute(f"DROP DATABASE IF EXISTS {self.template}")
        self._execute(f"CREATE DATABASE {self.template}")
        Database.open(self.database_url(self.template)).close()

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(sql)

    def database_url(self, name: str) -> URL:
        return self.url.set(database=name)

    def _copy(self, name: str, template: str | None = None) -> URL:
        self._execute(f"DROP DATABASE IF EXISTS {name}")
        self._execute(
            f"CREATE DATABASE {name} TEMPLATE {template or self.template}{self._strategy}"
        )
        return self.database_url(name)

    def create_empty(self) -> URL:
        """A database with no tables at all, as an office's administrator creates it."""
        return self._copy(f"{self.prefix}_{next(self._numbers)}", "template0")

    def _submit(self, template: str) -> Future[URL]:
        return self._worker.submit(self._copy, f"{self.prefix}_{next(self._numbers)}", template)

    def create(self, template: str | None = None) -> URL:
        """A database of its own, migrated to head, for one test; returns its URL.

        ``template`` names one made by build_template: the copy holds its records too.
        """
        name = template or self.template
        ready = self._next.pop(name, None) or self._submit(name)
        self._next[name] = self._submit(name)
        return ready.result()

    def build_template(self, name: str, fill: Callable[[Database], object]) -> str:
        """A migrated template that ``fill`` puts records in, for create(template=…)."""
        built = f"{self.prefix}_{name}"
        database = Database.open(self._copy(built))
        try:
            fill(database)
        finally:
            database.close()
        self._built.append(built)
        return built

    def drop(self, url: URL) -> None:
        """Dropped in the background, after the copy under way."""
        self._worker.submit(self._execute, f"DROP DATABASE IF EXISTS {url.database} WITH (FORCE)")

    def close(self) -> None:
        for ready in self._next.values():
            try:
                self.drop(ready.result())
            except Exception:  # a copy that failed leaves nothing to drop
                logger.exception("Falló la copia de la plantilla")
        self._worker.shutdown(wait=True)
        for template in [*self._built, self.template]:
            self._execute(f"DROP DATABASE IF EXISTS {template} WITH (FORCE)")
        self.admin.dispose()


def server_url(db: Database) -> str:
    """The database's URL with its password, for tools that connect on their own."""
    return db.url.render_as_string(hide_password=False)
