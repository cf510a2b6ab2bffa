"""Bringing a database to the current schema with Alembic, the schema's one source."""

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.environment import NameFilterParentNames, NameFilterType
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

logger = logging.getLogger(__name__)

_BACKEND_DIR = Path(__file__).resolve().parents[2]
# An arbitrary constant key for PostgreSQL's advisory lock, so that several workers starting at
# once migrate one after another instead of racing to create the same tables.
_MIGRATION_LOCK_KEY = 0x0C0AC4


def include_name(
    name: str | None, type_: NameFilterType, parent_names: NameFilterParentNames
) -> bool:
    """Leave out the full-text objects that migration 0003 creates by hand.

    No model describes the SQLite FTS5 table (and its shadow tables) or PostgreSQL's generated
    `tsvector` column and its index, so comparing models with the database must skip them.
    """
    if type_ == "column":
        return not (parent_names.get("table_name") == "knowledge_chunks" and name == "fts_document")
    return not (type_ in {"table", "index"} and (name or "").startswith("knowledge_chunks_fts"))


def alembic_config() -> Config:
    """The Alembic configuration of the backend, independent of the working directory."""
    config = Config(str(_BACKEND_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return config


def head_revision() -> str | None:
    """The newest revision the code knows of."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Apply every pending migration to the database behind `engine`.

    Args:
        engine: The application's engine; the same pragmas apply to the migration run.

    Raises:
        sqlalchemy.exc.SQLAlchemyError: When the database cannot be reached or migrated.
    """
    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY}
            )
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    logger.info("Database schema is at revision %s", head_revision())
