"""Database engine and session management.

One engine per process, built from `settings.DATABASE_URL`. On SQLite every connection turns on
foreign keys (so `ON DELETE CASCADE` holds even for raw SQL), uses WAL with `synchronous=NORMAL`
(readers never block the writer) and waits on a busy database instead of failing with
"database is locked".

SQLite allows one writer at a time, and a transaction that reads first and writes later cannot
wait for the write lock (SQLite refuses at once to avoid a deadlock). So CoachX opens SQLite
transactions itself: reads run without holding any lock, and the first statement that writes
opens the transaction with `BEGIN IMMEDIATE`, which queues behind the busy timeout. Reads after
that first write see the transaction's own changes; reads before it see the latest committed
data. Nobody holds the write lock while merely authenticating, reading context or waiting for a
language model, so many concurrent requests queue briefly instead of failing.
"""

import logging
from collections.abc import Generator
from typing import Any

from pydantic_core import from_json, to_json
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.config import settings

logger = logging.getLogger(__name__)


_READ_ONLY = ("SELECT", "PRAGMA", "EXPLAIN", "WITH")
_BEGUN = "coachx_sqlite_begun"


def _prepare_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    """Apply CoachX's SQLite pragmas to a new DBAPI connection.

    Args:
        dbapi_connection: The raw `sqlite3` connection SQLAlchemy just opened.
        _record: SQLAlchemy's pool record (unused).
    """
    # Take transaction control away from the driver; `_begin_before_first_write` does it.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(settings.SQLITE_BUSY_TIMEOUT_MS)}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _begin_before_first_write(connection: Any, cursor: Any, statement: str, *_args: Any) -> None:
    """Open the SQLite transaction with `BEGIN IMMEDIATE` just before its first write."""
    if connection.info.get(_BEGUN) or statement.lstrip()[:7].upper().startswith(_READ_ONLY):
        return
    cursor.execute("BEGIN IMMEDIATE")
    connection.info[_BEGUN] = True


def _transaction_ended(connection: Any) -> None:
    """Forget that a transaction was opened, after its COMMIT or ROLLBACK."""
    connection.info.pop(_BEGUN, None)


def _to_json(value: Any) -> str:
    """Encode a JSON column's value."""
    return to_json(value).decode()


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
    # Plans are JSON documents of up to ~350 KB: pydantic-core's Rust codec reads and writes
    # them several times faster than the standard library's.
    # hide_parameters: a failed statement's error (and so its logged traceback) must not carry
    # the values, which may be a chat message or a whole reply.
    codec: dict[str, Any] = {
        "json_serializer": _to_json,
        "json_deserializer": from_json,
        "hide_parameters": True,
    }
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, echo=echo, pool_pre_ping=True, **codec)
    engine = create_engine(parsed, echo=echo, connect_args={"check_same_thread": False}, **codec)
    event.listen(engine, "connect", _prepare_sqlite_connection)
    event.listen(engine, "before_cursor_execute", _begin_before_first_write)
    for ending in ("commit", "rollback"):
        event.listen(engine, ending, _transaction_ended)
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
