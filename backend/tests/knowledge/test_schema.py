"""Migration 0003: the chunk table, and full-text objects that follow the table by themselves."""

from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from app.database.connection import build_engine, engine
from app.database.models import Base
from app.database.schema import alembic_config, upgrade_to_head
from app.knowledge import fulltext

sqlite_only = pytest.mark.skipif(engine.dialect.name != "sqlite", reason="SQLite's FTS5")
postgresql_only = pytest.mark.skipif(engine.dialect.name != "postgresql", reason="PostgreSQL")

_ROW = {
    "id": "raw#one",
    "document_id": "raw",
    "position": 0,
    "sport": "general",
    "title": "Raw",
    "section": "One",
    "text": "a platypus walks in",
    "keywords": "",
    "source": "raw",
    "content_hash": "0" * 64,
}


def _ids(db: Session, word: str) -> list[str]:
    return [c.id for c in fulltext.rank(db, [word], 10)]


def _named(difference: tuple[Any, ...]) -> tuple[str, str]:
    """An autogenerate difference as (kind, object name)."""
    kind = difference[0]
    unmodelled = difference[3] if kind.endswith("_column") else difference[1]
    return kind, unmodelled.name


def test_the_only_unmodelled_objects_are_the_full_text_ones() -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = [_named(d) for d in compare_metadata(context, Base.metadata)]
    assert differences
    for kind, name in differences:
        assert kind in {"remove_table", "remove_index", "remove_column"}, differences
        assert name.startswith("knowledge_chunks_fts") or name == "fts_document", differences


def test_any_writer_keeps_the_full_text_index_in_step(db: Session) -> None:
    columns = ", ".join(_ROW)
    values = ", ".join(f":{name}" for name in _ROW)
    db.execute(
        text(f"INSERT INTO knowledge_chunks ({columns}, indexed_at) VALUES ({values}, :at)"),  # noqa: S608
        {**_ROW, "at": "2026-01-01 00:00:00"},
    )
    assert _ids(db, "platypus") == ["raw#one"]
    db.execute(text("UPDATE knowledge_chunks SET text = 'an echidna' WHERE id = 'raw#one'"))
    assert _ids(db, "platypus") == []
    assert _ids(db, "echidna") == ["raw#one"]
    db.execute(text("DELETE FROM knowledge_chunks WHERE id = 'raw#one'"))
    assert _ids(db, "echidna") == []


@sqlite_only
def test_the_fts5_index_matches_its_table(db: Session) -> None:
    check = "INSERT INTO knowledge_chunks_fts(knowledge_chunks_fts, rank) VALUES (:command, 1)"
    db.execute(text(check), {"command": "integrity-check"})


@postgresql_only
def test_the_search_query_uses_the_gin_index(db: Session) -> None:
    db.execute(text("SET LOCAL enable_seqscan = off"))
    plan = db.execute(
        text(f"EXPLAIN {fulltext._POSTGRES.text}"), {"query": "squat or bench", "limit": 5}
    )
    assert "knowledge_chunks_fts" in "\n".join(row[0] for row in plan)


@sqlite_only
def test_downgrading_removes_the_table_and_its_index(tmp_path: Path) -> None:
    scratch = build_engine(f"sqlite:///{tmp_path / 'roundtrip.db'}")
    try:
        upgrade_to_head(scratch)
        config = alembic_config()
        with scratch.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
        leftovers = [t for t in inspect(scratch).get_table_names() if t.startswith("knowledge")]
        assert leftovers == []
        upgrade_to_head(scratch)
        assert "knowledge_chunks_fts" in inspect(scratch).get_table_names()
    finally:
        scratch.dispose()
