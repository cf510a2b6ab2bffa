"""Alembic is the one source of the schema: the models and the migrations must agree."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.database.connection import engine
from app.database.models import Base
from app.database.schema import current_revision, head_revision, include_name, upgrade_to_head

pytestmark = pytest.mark.usefixtures("migrated_database")
"""These tests read the schema itself, so they need the migrated database first."""


def test_database_is_at_head() -> None:
    assert current_revision(engine) == head_revision()


def test_models_match_the_migrated_schema() -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_upgrading_twice_changes_nothing() -> None:
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
