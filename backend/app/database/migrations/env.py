"""Alembic environment: runs migrations on the application's own engine.

When the application migrates itself (start-up, `make migrate`), it passes an open connection in
`config.attributes["connection"]`; the `alembic` command line falls back to the settings' URL.
"""

import logging.config

from alembic import context
from sqlalchemy import Connection

from app.database.connection import build_engine
from app.database.models import Base
from app.database.schema import include_name

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    """Run the pending migrations on `connection` inside one transaction."""
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate through the connection the application handed over, or a new engine."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    if config.config_file_name is not None:
        logging.config.fileConfig(config.config_file_name, disable_existing_loggers=False)
    from app.config import settings

    engine = build_engine(settings.DATABASE_URL)
    with engine.connect() as new_connection:
        _run(new_connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("CoachX migrations run online only: use `make migrate`.")
run_migrations_online()
