"""Opening the event store: where the database is, checking it before touching it, migrating it, and
transactions that serialise writers (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL advisory lock)."""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

DB_FILE = "guetteur.db"
TIMEOUT_SECONDS = 30.0
SQLITE_HEADER = b"SQLite format 3\x00"
WRITE_LOCK_KEY = 0x6775_6574   # any constant: PostgreSQL writers of this store queue on it
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(RuntimeError):
    """The store cannot be used; the message says why and what to do."""


@dataclass
class Store:
    """An open store. Use ``write()`` for a serialised read-write transaction, ``read()`` for queries."""
    engine: Engine
    url: str
    timeout: float = TIMEOUT_SECONDS

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction that no other writer of this store runs alongside; committed on success."""
        with _translated_errors(self.url), self.engine.connect() as conn:
            conn = conn.execution_options(immediate=True)
            with conn.begin():
                if not self.is_sqlite:
                    conn.execute(text(f"SET LOCAL lock_timeout = '{int(self.timeout * 1000)}ms'"))
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with _translated_errors(self.url), self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def default_url() -> str:
    """SQLite file under $GUETTEUR_DATA, else $XDG_DATA_HOME/guetteur, else ~/.local/share/guetteur."""
    folder = os.environ.get("GUETTEUR_DATA")
    if not folder:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        folder = str(Path(base) / "guetteur")
    return f"sqlite:///{Path(folder) / DB_FILE}"


def normalised_url(url: str | None) -> str:
    """A SQLAlchemy URL: a bare path is a SQLite file; ``postgresql://`` uses the psycopg 3 driver."""
    if not url:
        return default_url()
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def open_store(url: str | None = None, timeout: float = TIMEOUT_SECONDS, create: bool = True) -> Store:
    """Open (creating and migrating when needed) the store at ``url`` (default: see ``default_url``).

    A file that is not a healthy SQLite database raises StoreError before anything is written to it; with
    ``create=False`` (commands that only read) a missing SQLite file is an error rather than a new empty store.
    """
    url = normalised_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise StoreError(f"not a database URL: {url} ({error})") from None
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(url, parsed.database, timeout, create)
    else:
        engine = _server_engine(url)
    store = Store(engine=engine, url=parsed.render_as_string(hide_password=True), timeout=timeout)
    try:
        migrate(store)
    except BaseException:
        store.close()
        raise
    return store


def migrate(store: Store) -> None:
    """Bring the schema to the newest migration (alembic, configured in code: no alembic.ini)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.write() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _sqlite_engine(url: str, database: str | None, timeout: float, create: bool) -> Engine:
    if database and database != ":memory:":
        path = Path(database)
        if not create and not path.exists():
            raise StoreError(f"no store at {path}: run `guetteur ingest` first, or point --db at an existing one")
        check_sqlite_file(path, timeout)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": timeout})
    event.listen(engine, "connect", _sqlite_pragmas(timeout))
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _server_engine(url: str) -> Engine:
    try:
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ImportError) as error:
        raise StoreError(f"cannot use {url}: {error}") from None


def check_sqlite_file(path: Path, timeout: float = TIMEOUT_SECONDS) -> None:
    """Raise StoreError when an existing file is not a SQLite database or fails ``PRAGMA quick_check``.

    The check reads through a read-only connection: the file itself is never written.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file: pass a file path with --db")
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StoreError(f"{path} is not a SQLite database (or is encrypted or damaged); it was not modified. "
                         "Point --db at another file, or move this one away to start a new store.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout)
        try:
            verdict = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.OperationalError as error:
        raise StoreError(_fault_message(path, error)) from None
    except sqlite3.DatabaseError as error:
        verdict = [str(error)]
    if verdict != ["ok"]:
        raise StoreError(f"{path} is damaged ({'; '.join(verdict[:3])}); it was not modified. Restore a backup, "
                         "or try `sqlite3 FILE .recover`, or move it away to start a new store.")


def _fault_message(path: Path | str, error: Exception) -> str:
    if any(word in str(error) for word in ("locked", "busy", "lock timeout")):
        return (f"{path} is locked by another process (still busy after the timeout); nothing was changed. "
                "Wait for the other guetteur run to finish, or stop it, then run again.")
    return f"cannot open {path}: {error}"


def _sqlite_pragmas(timeout: float):
    def on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None   # transactions are begun by _sqlite_begin, not the driver
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        cursor.execute("PRAGMA journal_mode = WAL")   # readers never wait for the writer
        cursor.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: a killed process loses no commit
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()
    return on_connect


def _sqlite_begin(conn: Connection) -> None:
    """Writers take the write lock at BEGIN, so two processes never both read stale candidates then write."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")


@contextmanager
def _translated_errors(url: str) -> Iterator[None]:
    """Database faults become StoreError with a message a user can act on."""
    try:
        yield
    except OperationalError as error:
        raise StoreError(_fault_message(url, error.orig or error)) from error
    except DBAPIError as error:
        if error.connection_invalidated:
            raise StoreError(f"lost the connection to {url}: {error.orig}") from error
        raise
