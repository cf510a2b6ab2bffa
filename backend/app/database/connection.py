"""Database engine and session management.

One engine per process, built from `settings.DATABASE_URL`. On SQLite every connection turns on
foreign keys (so `ON DELETE CASCADE` holds even for raw SQL), uses WAL with `synchronous=NORMAL`
(readers never block the writer) and waits on a busy database instead of failing with
"database is locked". Transactions start with `BEGIN IMMEDIATE`: a deferred transaction that
reads and then writes can fail at once under concurrent writers (SQLite cannot wait there without
risking a deadlock), while an immediate one simply queues behind the busy timeout.
"""

import logging
from collections.abc import Generator
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.config import settings

logger = logging.getLogger(__name__)


def _prepare_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    """Apply CoachX's SQLite pragmas to a new DBAPI connection.

    Args:
        dbapi_connection: The raw `sqlite3` connection SQLAlchemy just opened.
        _record: SQLAlchemy's pool record (unused).
    """
    # Let SQLAlchemy's `begin` hook emit BEGIN itself rather than the driver's implicit one.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(settings.SQLITE_BUSY_TIMEOUT_MS)}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _begin_immediate(connection: Any) -> None:
    """Start SQLite transactions as `BEGIN IMMEDIATE` (see the module docstring).

    A connection that only reads can ask for `execution_options(sqlite_begin="DEFERRED")` so
    that it never queues behind a writer.
    """
    mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    connection.exec_driver_sql(f"BEGIN {'DEFERRED' if mode == 'DEFERRED' else 'IMMEDIATE'}")


def build_engine(url: str, echo: bool = False) -> Engine:
    """Create an engine with CoachX's per-dialect connection settings.

    Args:
        url: A SQLAlchemy database URL (`sqlite:///...` or `postgresql+psycopg://...`).
        echo: Log every SQL statement (development only; statements may carry personal data).

    Returns:
        The configured engine; no connection is opened yet.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, echo=echo, pool_pre_ping=True)
    engine = create_engine(parsed, echo=echo, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _prepare_sqlite_connection)
    event.listen(engine, "begin", _begin_immediate)
    return engine


engine = build_engine(settings.DATABASE_URL, echo=settings.DATABASE_ECHO)

SessionLocal = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)


def get_db() -> Generator[Session, None, None]:
    """Yield a session for one request and close it afterwards.

    The request handler owns the transaction: domain services flush but never commit, and the
    handler commits once its work is complete, so a failure half-way stores nothing.

    Yields:
        A session bound to the application's engine.
    """
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def get_engine() -> Engine:
    """The application's engine, as a dependency that tests can point elsewhere."""
    return engine
