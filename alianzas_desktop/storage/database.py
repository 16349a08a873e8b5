"""The database: engine with SQLite pragmas, sessions, and schema upgrades at start-up.

Alembic is imported only when the schema is behind, so a normal start pays
nothing for it. Before any upgrade of an existing file, a copy is taken with
SQLite's online backup API.
"""

from __future__ import annotations

import gc
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from alianzas_desktop import paths
from alianzas_desktop.storage.instance_lock import DatabaseLock, LockHeldError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

logger = logging.getLogger(__name__)

# The newest migration in db/versions; a test checks it matches Alembic's head.
SCHEMA_HEAD = "0015"
# PostgreSQL advisory lock held while migrating («ALIANZAS» as a number).
SCHEMA_LOCK_KEY = 0x414C49414E5A4153


class DatabaseError(Exception):
    """A database that cannot be opened or upgraded; the message is Spanish."""


class NewerSchemaError(DatabaseError):
    """The file was written by a newer version of Alianzas."""


class DatabaseInUseError(DatabaseError):
    """Another Alianzas process holds the database open for writing."""


def ensure_not_empty_file(target: str | Path | URL | None) -> None:
    """An existing zero-byte file is not an Alianzas database: never turn it into one.

    Such a file (a failed copy, a file made by mistake) would otherwise become an
    empty database, and then the source of empty backups.
    """
    url = database_url(target)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    try:
        empty = path.is_file() and path.stat().st_size == 0
    except OSError:
        return
    if empty:
        raise DatabaseError(
            f"El archivo {path} está vacío: no es una base de datos de Alianzas. "
            "Elija otro archivo; este no se ha modificado."
        )


class SchemaBehindError(DatabaseError):
    """A read-only database whose schema is older than this version's."""


class ReadOnlyDatabaseError(DatabaseError):
    """A write was asked of a database opened only to read."""


class DatabaseDamagedError(DatabaseError):
    """SQLite found the file damaged while working: nothing more is read from or written to it."""


# SQLite's primary result codes for a damaged file (extended codes keep them in the low byte).
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


def is_damage(error: BaseException) -> bool:
    """Whether a DBAPI error (or SQLAlchemy's wrapper of one) says the file is damaged."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text_error = str(original).lower()
    return "database disk image is malformed" in text_error or "not a database" in text_error


def damaged_message(error: BaseException, path: Path | None) -> str:
    """«La base de datos está dañada: …», one line for the CLI and the window."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", 0) or 0
    if code & 0xFF == SQLITE_NOTADB or "not a database" in str(original).lower():
        what = "el archivo ya no tiene el formato de una base de datos"
    else:
        what = "SQLite no pudo leer una parte del archivo"
    where = f" ({path})" if path is not None else ""
    return (
        f"La base de datos está dañada: {what}{where}. No se escribió nada más en ella; "
        "restaure el respaldo más reciente (al abrir Alianzas se ofrece)."
    )


NEWER_SCHEMA_MESSAGE = (
    "Esta base de datos fue creada por una versión más reciente de Alianzas. "
    "Actualice el programa para abrirla; el archivo no se ha modificado."
)
IN_USE_MESSAGE = (
    "Esta base de datos está abierta en Alianzas (otra ventana o programa). "
    "Ciérrela allí antes de continuar; así no se pierde nada de lo que se guarda."
)
WAL_LOST_MESSAGE = (
    "Otro programa cerró el archivo de la base de datos mientras Alianzas lo usaba. "
    "Alianzas volvió a abrirlo; revise que el último cambio aparezca y, si no, hágalo de nuevo."
)


NOT_ALIANZAS_MESSAGE = (
    "El archivo {path} no es una base de datos de Alianzas: tiene tablas de otro programa. "
    "Elija otro archivo; este no se ha modificado."
)
HALF_CREATED_MESSAGE = (
    "La base de datos {path} quedó a medio crear (se interrumpió la primera vez que se abrió): "
    "no es una base de datos de Alianzas utilizable. Elija otro archivo o borre este para "
    "empezar una nueva; no se ha modificado."
)
UNKNOWN_SCHEMA_MESSAGE = (
    "La base de datos {path} tiene una versión de esquema desconocida («{revision}»): no la "
    "creó esta versión de Alianzas ni una anterior. El archivo no se ha modificado."
)


def known_revisions() -> set[str]:
    """The schema revisions this version knows (db/versions), empty when they cannot be read."""
    try:
        return {
            p.name.split("_", 1)[0] for p in (paths.migrations_path() / "versions").glob("*_*.py")
        }
    except OSError:
        return set()


def check_revision(revision: str, path: Path | str) -> None:
    """A stored revision this version can open as it is or upgrade; else a Spanish refusal."""
    if revision == SCHEMA_HEAD:
        return
    if revision.isdigit() and len(revision) == len(SCHEMA_HEAD) and revision > SCHEMA_HEAD:
        raise NewerSchemaError(NEWER_SCHEMA_MESSAGE)
    known = known_revisions()
    if known and revision not in known:
        raise DatabaseError(UNKNOWN_SCHEMA_MESSAGE.format(path=path, revision=revision))


def look_before_opening(path: Path) -> None:
    """Refuse, before any connection that could write, a file Alianzas must not touch.

    Opening for work sets WAL mode and creates missing tables: on another program's
    SQLite file, a half-created schema or one of an unknown revision that would change
    the file before the refusal. An empty SQLite file (no tables) is a new database.
    """
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return  # reported by the opening itself, in its own words
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        rows = (
            connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if "alembic_version" in tables
            else None
        )
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise DatabaseDamagedError(damaged_message(exc, path)) from exc
        return
    finally:
        connection.close()
    if not tables:
        return
    if rows is None:
        raise DatabaseError(NOT_ALIANZAS_MESSAGE.format(path=path))
    if not rows or rows[0][0] is None or not FIRST_TABLES <= tables:
        raise DatabaseError(HALF_CREATED_MESSAGE.format(path=path))
    check_revision(str(rows[0][0]), path)


# What the first migration creates: a file with a revision and without these is half made.
FIRST_TABLES = frozenset(
    {
        "alliances",
        "drafts",
        "organizations",
        "agreements",
        "alliance_conditions",
        "people",
        "agreement_versions",
        "memberships",
        "commitments",
    }
)


def database_url(target: str | Path | URL | None) -> URL:
    """Turn a path, a URL or nothing (the default file) into a SQLAlchemy URL.

    A path is a path: only text holding ``://`` is read as a URL. The file name
    goes into the URL as it is, so ``copia?v2.sqlite`` or ``%41.sqlite`` name
    exactly that file (parsing them as URL text would cut or decode them).
    """
    if isinstance(target, URL):
        return target
    if target is None:
        return URL.create("sqlite", database=str(paths.default_database_path()))
    text_target = str(target)
    if "://" in text_target:
        try:
            url = make_url(text_target)
        except ArgumentError as exc:
            raise DatabaseError(
                "La dirección de la base de datos no es válida: escriba la ruta de un archivo "
                "o una URL completa (postgresql://usuario@servidor/base)."
            ) from exc
        # A bare postgresql:// means the driver Alianzas installs (the postgresql extra).
        return url.set(drivername="postgresql+psycopg") if url.drivername == "postgresql" else url
    return URL.create("sqlite", database=str(Path(text_target).expanduser().resolve()))


def storage_failure_message(exc: Exception) -> str:
    text_error = str(exc).lower()
    if "disk is full" in text_error or "database or disk is full" in text_error:
        return "El disco está lleno: no se guardó el cambio. Libere espacio e intente de nuevo."
    if "readonly" in text_error or "read-only" in text_error:
        return (
            "No se puede escribir en la base de datos (archivo o carpeta de solo lectura): "
            "no se guardó el cambio."
        )
    if "locked" in text_error:
        return "La base de datos está ocupada por otro programa; intente de nuevo en un momento."
    return "No se pudo guardar el cambio en la base de datos; no se modificó nada."


REMOVABLE_PREFIXES = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def is_removable(path: Path) -> bool:
    """Whether the file seems to live on a USB stick or other removable drive."""
    resolved = str(path.expanduser().resolve())
    if resolved.startswith(REMOVABLE_PREFIXES):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = resolved[:3]
        DRIVE_REMOVABLE = 2
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOVABLE
    return False


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The sqlite3 module commits on its own before DDL, so a schema creation or
    # upgrade killed half-way left half a schema; SQLAlchemy opens every
    # transaction itself instead (see _sqlite_begin) and DDL is transactional.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Deleted content is overwritten with zeros: erased personal data stays erased.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _sqlite_begin(connection) -> None:
    """BEGIN for every transaction SQLAlchemy starts (not in autocommit mode)."""
    if connection.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
        connection.exec_driver_sql("BEGIN")


def _read_only_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str | URL, *, read_only: bool = False) -> Engine:
    parsed = make_url(url)
    if read_only and parsed.get_backend_name() == "sqlite" and parsed.database:
        # mode=ro: such a connection never checkpoints or deletes the WAL when it
        # closes, so a read can never pull the file from under a running window.
        uri = Path(parsed.database).resolve().as_uri() + "?mode=ro"
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
        )
        event.listen(engine, "connect", _read_only_pragmas)
        return engine
    if read_only and parsed.get_backend_name() == "postgresql":
        # The server refuses every write of these sessions too, not only Database.transaction.
        return create_engine(url, execution_options={"postgresql_readonly": True})
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


class WalWatch:
    """Notices when the database's ``-wal`` file is removed or replaced under the app.

    SQLite keeps its locks as POSIX record locks, which the kernel drops as soon
    as the process closes *any* descriptor of the file. Another program that
    then reads the database believes it is alone and deletes the WAL when it
    closes, while this process goes on writing into the deleted file. While any
    of our connections is open the WAL must stay the same file; when it does
    not, the engine is reopened before anything more is written.
    """

    def __init__(self, database: Path):
        self.wal = database.with_name(database.name + "-wal")
        self._open = 0
        self._identity: tuple[int, int] | None = None
        self._guard = threading.Lock()

    def _stat(self) -> tuple[int, int] | None:
        try:
            info = os.stat(self.wal)
        except OSError:
            return None
        return (info.st_dev, info.st_ino)

    def connected(self, _dbapi_connection, _record) -> None:
        with self._guard:
            self._open += 1
            if self._identity is None:
                self._identity = self._stat()

    def closed(self, _dbapi_connection, _record=None) -> None:  # close_detached: one arg
        with self._guard:
            self._open = max(0, self._open - 1)
            if self._open == 0:
                self._identity = None

    def intact(self) -> bool:
        """False when the WAL our open connections use is no longer the file on disk."""
        with self._guard:
            if self._open == 0 or self._identity is None:
                return True
            return self._stat() == self._identity

    def install(self, engine: Engine) -> None:
        event.listen(engine, "connect", self.connected)
        event.listen(engine, "close", self.closed)
        event.listen(engine, "close_detached", self.closed)


# Told (database, error) once when SQLite first reports a database damaged, in the thread that
# met it: the window sends it on to its damaged-database dialog. Nothing here waits on them.
damage_handlers: list[Callable[[Database, DatabaseDamagedError], None]] = []


def hold_database(path: Path) -> DatabaseLock:
    """Take the lock beside ``path``: DatabaseInUseError while another Alianzas holds it."""
    lock = DatabaseLock(path)
    try:
        lock.acquire()
    except LockHeldError as exc:
        raise DatabaseInUseError(IN_USE_MESSAGE) from exc
    except OSError as exc:
        raise DatabaseError(
            f"No se puede escribir en la carpeta de la base de datos: {path.parent}"
        ) from exc
    return lock


class Database:
    """An open database: the engine and its session factory.

    A read-only database has no audit pass: it cannot write (SQLite opens its file with
    ``mode=ro``, PostgreSQL's sessions are read-only, ``transaction`` refuses), so nothing
    it does needs recording. Its sessions (and the ORM) are only loaded when asked for: a
    command that lists through ``reading_rows`` never imports them.
    """

    def __init__(
        self,
        url: str | URL,
        actor: Callable[[], str] | None = None,
        *,
        read_only: bool = False,
    ):
        from alianzas_desktop.profile import actor_name

        self.url = make_url(url)
        self.read_only = read_only
        self.engine = make_engine(url, read_only=read_only)
        self._sessions: sessionmaker | None = None
        self.lock: DatabaseLock | None = None
        self.wal_watch: WalWatch | None = None
        # Set once SQLite reports the file damaged: from then on nothing reaches the file.
        self.damaged: DatabaseDamagedError | None = None
        self._pin: sqlite3.Connection | None = None
        if self.path is not None and not read_only:
            self.wal_watch = WalWatch(self.path)
            self.wal_watch.install(self.engine)
        event.listen(self.engine, "handle_error", self._on_error)
        # Who the history names: the audit pass and the writes that bypass it (a bundle's
        # added records, ``storage.audit.added_entries``) ask the same.
        self.actor: Callable[[], str] = actor or actor_name
        if not read_only:
            from alianzas_desktop.storage import audit

            audit.install(self.sessions, self.actor)

    @property
    def sessions(self) -> sessionmaker:
        """The session factory; a writable database's has the audit pass (see __init__)."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @classmethod
    def open(
        cls,
        target: str | Path | URL | None = None,
        *,
        upgrade: bool = True,
        read_only: bool = False,
        exclusive: bool = False,
    ) -> Database:
        """Open (creating when new) and bring the schema up to date.

        ``exclusive`` takes the lock beside the file (the window and the commands
        that write): DatabaseInUseError when another Alianzas process holds it.
        ``read_only`` opens without ever writing, checkpointing or locking out
        anybody: the commands that only read.
        """
        url = database_url(target)
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            candidate = Path(parsed.database)
            if candidate.exists() and not candidate.is_file():
                raise DatabaseError(f"{candidate} no es un archivo de base de datos.")
            look_before_opening(candidate)
        if parsed.get_backend_name() != "sqlite":
            try:
                parsed.get_dialect().import_dbapi()
            except (ImportError, NoSuchModuleError) as exc:
                raise DatabaseError(
                    "Esta instalación de Alianzas no trae lo necesario para abrir una base de "
                    f"datos «{parsed.get_backend_name()}»."
                ) from exc
        if parsed.get_backend_name() == "postgresql":
            from alianzas_desktop.storage.pg_check import look_before_opening_server

            look_before_opening_server(parsed)
        if read_only:
            database = cls(url, read_only=True)
            if upgrade:
                database.require_current_schema()
            return database
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            folder = Path(parsed.database).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    f"No se puede crear la carpeta de la base de datos: {folder}"
                ) from exc
            if not os.access(folder, os.W_OK):
                raise DatabaseError(
                    f"La carpeta {folder} es de solo lectura: Alianzas necesita escribir "
                    "allí su base de datos. Elija otra carpeta."
                )
        lock = None
        if exclusive and parsed.get_backend_name() == "sqlite" and parsed.database:
            lock = hold_database(Path(parsed.database))
        try:
            database = cls(url)
            database.lock = lock
            if upgrade:
                database.ensure_schema()
                from alianzas_desktop.storage.guards import restore_missing_guards

                restore_missing_guards(database.engine)  # before any write: see storage.guards
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return database

    @property
    def path(self) -> Path | None:
        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            return Path(parsed.database)
        return None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error.

        Storage failures (disk full, read-only file) become a DatabaseError with a
        Spanish message; the rollback guarantees no half-written record.
        """
        if self.read_only:
            raise ReadOnlyDatabaseError(
                "La base de datos se abrió solo para consulta: no se guardó ningún cambio."
            )
        self._refuse_when_damaged()
        self._ensure_wal_intact()
        try:
            with self.sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise DatabaseError(storage_failure_message(exc)) from exc
        if not self._ensure_wal_intact():
            raise DatabaseError(WAL_LOST_MESSAGE)

    def _ensure_wal_intact(self) -> bool:
        """Reopen the engine when another program removed our WAL; False when it did."""
        if self.wal_watch is None or self.wal_watch.intact():
            return True
        logger.error(
            "El archivo %s fue borrado o reemplazado por otro programa; se reabre la base",
            self.wal_watch.wal,
        )
        # Closing our connections folds what they wrote into the database file when no
        # other process has it open; new connections take fresh locks and a new WAL.
        self.engine.dispose()
        return False

    @contextmanager
    def reading(self) -> Iterator[Session]:
        self._refuse_when_damaged()
        with self.sessions() as session:
            yield session

    @contextmanager
    def reading_rows(self) -> Iterator[Connection]:
        """A Core connection for long reads of plain rows (``services.listings``), without
        the ORM's session: only to read, as ``reading``; what it began is rolled back."""
        self._refuse_when_damaged()
        with self.engine.connect() as connection:
            yield connection

    # -- damage found while working ------------------------------------------------

    def _refuse_when_damaged(self) -> None:
        if self.damaged is not None:
            raise DatabaseDamagedError(str(self.damaged))

    def _on_error(self, context) -> DatabaseDamagedError | None:
        """SQLAlchemy's handle_error: damage becomes DatabaseDamagedError, and the file is let go.

        Runs in the thread that met the error, before SQLAlchemy raises it. The failing
        connection is closed (``is_disconnect``) and the idle ones with it, while a
        read-only connection holds the file: the last of ours to close would otherwise
        fold the WAL into the damaged file, and what is set aside would not be what was
        found.
        """
        if not is_damage(context.original_exception):
            return None
        first = self.damaged is None
        if first:
            self.damaged = DatabaseDamagedError(
                damaged_message(context.original_exception, self.path)
            )
            # The text only: a record holding the exception would keep its connection open.
            logger.error(
                "SQLite informa daño en %s: %s",
                self.path or self.url,
                str(context.original_exception),
            )
            self._hold_files()
        cursor = getattr(context, "cursor", None)  # unset when the connection itself failed
        if cursor is not None:
            # Its statement would keep the connection alive past its close (SQLite's
            # "zombie"), to close for good, and checkpoint, once the pin is gone.
            cursor.close()
        context.is_disconnect = True
        self.engine.dispose()
        if first:
            for handler in list(damage_handlers):
                try:
                    handler(self, self.damaged)
                except Exception:  # one screen's failure must not hide the damage from the rest
                    logger.exception("Falló un aviso de base dañada")
        return DatabaseDamagedError(str(self.damaged))

    def _hold_files(self) -> None:
        """A read-only connection kept open: while it is, closing ours never checkpoints."""
        if self.path is None or self.read_only or self._pin is not None:
            return
        try:
            # Made in whatever thread met the damage, closed by the one that closes the database.
            pin = sqlite3.connect(
                self.path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False
            )
            pin.execute("PRAGMA schema_version").fetchone()
        except (sqlite3.Error, OSError) as exc:
            # A header SQLite no longer reads: no connection of ours can checkpoint into it.
            logger.warning("No se pudo retener %s: %s", self.path, exc)
            return
        self._pin = pin

    def purge_free_space(self) -> None:
        """Rewrite the file and empty the WAL so deleted data leaves no trace on disk."""
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("VACUUM")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()
        if self._pin is not None:
            # A connection still referenced by an error's traceback closes when collected:
            # before the pin goes, so it cannot fold the WAL into the damaged file.
            gc.collect()
            self._pin.close()  # read-only: closing it writes nothing
            self._pin = None
        if self.lock is not None:
            self.lock.release()

    def require_current_schema(self) -> None:
        """For read-only use: the schema must be this version's, since it cannot be upgraded."""
        revision = self.schema_revision()
        if revision == SCHEMA_HEAD:
            return
        if revision is not None:
            check_revision(revision, self.path or self.url)
        raise SchemaBehindError(
            "Esta base de datos debe actualizarse antes de consultarla: ábrala una vez con "
            "Alianzas. El archivo no se ha modificado."
        )

    # -- schema ------------------------------------------------------------------

    def schema_revision(self) -> str | None:
        try:
            with self.engine.connect() as connection:
                if not inspect(connection).has_table("alembic_version"):
                    return None
                return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except SQLAlchemyError as exc:
            raise DatabaseError(
                "No se puede leer la base de datos: el archivo está dañado o no es una "
                "base de datos de Alianzas."
            ) from exc

    def ensure_schema(self) -> None:
        revision = self.schema_revision()
        if revision == SCHEMA_HEAD:
            return
        if revision is not None:
            check_revision(revision, self.path or self.url)
        copy = self.backup_before_upgrade() if revision is not None else None
        self.upgrade(copy)
        if copy is not None and self.path is not None:
            # Only now is the copy one of several clean ones: rotation may consider it.
            from alianzas_desktop.storage.backup import rotate

            rotate(self.path.stem)

    def upgrade(self, copy: Path | None = None) -> None:
        from alianzas_desktop.storage.migrate import upgrade_to_head

        logger.info("Actualizando el esquema de %s", self.url)
        try:
            with self.engine.connect() as connection:
                # A batch migration rebuilds a table (copy, DROP, rename); with foreign keys
                # on, the DROP deletes its rows first and ON DELETE SET NULL/CASCADE empty
                # the rows pointing at them. The pragma is a no-op inside a transaction, so
                # it is set on the DBAPI connection before SQLAlchemy begins one.
                raw = connection.connection.dbapi_connection
                sqlite = connection.dialect.name == "sqlite"
                if sqlite:
                    raw.execute("PRAGMA foreign_keys=OFF")
                try:
                    with connection.begin():
                        if connection.dialect.name == "postgresql":
                            # Two office computers opening an older schema at once: the
                            # second waits, then finds it at head and changes nothing.
                            connection.exec_driver_sql(
                                f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK_KEY})"
                            )
                        upgrade_to_head(connection)
                finally:
                    if sqlite:
                        raw.execute("PRAGMA foreign_keys=ON")
        except Exception as exc:  # Alembic raises several kinds; all mean the same here
            logger.exception("Falló la actualización del esquema")
            message = (
                "No se pudo actualizar la base de datos a esta versión de Alianzas; "
                "el archivo quedó como estaba."
            )
            if copy is not None:
                message += f" Hay una copia de antes del intento en {copy}."
            raise DatabaseError(message) from exc

    def backup_before_upgrade(self) -> Path | None:
        from alianzas_desktop.storage.backup import automatic_backup

        if self.path is None:
            return None
        return automatic_backup(self.path, "antes-de-actualizar", rotate_after=False)

    def daily_backup(self) -> Path | None:
        """The first start of each day leaves a copy in the backups folder."""
        from alianzas_desktop.storage.backup import BackupError, daily_backup_if_due

        if self.path is None:
            return None
        try:
            return daily_backup_if_due(self.path)
        except BackupError:
            logger.exception("No se pudo hacer el respaldo diario")
            return None
