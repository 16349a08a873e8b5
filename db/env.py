"""Alembic environment: runs on the app's own connection when given one."""

from __future__ import annotations

import logging

from alembic import context
from sqlalchemy import create_engine

from alianzas_desktop.storage.models import Base

logger = logging.getLogger(__name__)

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    engine = create_engine(url)
    with engine.begin() as connection:
        _run(connection)


if context.is_offline_mode():
    raise SystemExit("Alianzas no usa migraciones fuera de línea.")
run_migrations_online()
