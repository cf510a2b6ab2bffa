"""Knowledge chunks for retrieval, with the database's own full-text index.

The table is described by `KnowledgeChunk`; the full-text objects are not (SQLAlchemy has no
words for them), so this migration creates them by hand, and the model comparison skips them
by name (tables and indexes `knowledge_chunks_fts*`, the column `knowledge_chunks.fts_document`):

- SQLite: an external-content FTS5 table over title, section, keywords and text (Porter stemmer
  on `unicode61`, diacritics folded), kept in step with `knowledge_chunks` by triggers, so any
  writer, not only the indexer, leaves the index right. FTS5 creates its shadow tables
  (`knowledge_chunks_fts_data`, `_idx`, `_docsize`, `_config`) itself.
- PostgreSQL: a stored generated `tsvector` column, `fts_document` (title weighted A, section
  and tags B, text D; English stemming and stop words), with a GIN index. Stored rather than an
  expression index because ranking reads the vector of every match: recomputing it from the
  text made one search cost ~80 ms on the shipped corpus.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = "title, section, keywords, text"
_NEW = "new.title, new.section, new.keywords, new.text"
_OLD = "old.title, old.section, old.keywords, old.text"
# Constant SQL assembled from the constants above: no input reaches it (hence the S608 noqa).
_SQLITE = [
    f"""CREATE VIRTUAL TABLE knowledge_chunks_fts USING fts5(
        {_COLUMNS}, content='knowledge_chunks', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER knowledge_chunks_fts_insert AFTER INSERT ON knowledge_chunks BEGIN
        INSERT INTO knowledge_chunks_fts(rowid, {_COLUMNS}) VALUES (new.rowid, {_NEW});
    END""",  # noqa: S608
    f"""CREATE TRIGGER knowledge_chunks_fts_delete AFTER DELETE ON knowledge_chunks BEGIN
        INSERT INTO knowledge_chunks_fts(knowledge_chunks_fts, rowid, {_COLUMNS})
        VALUES ('delete', old.rowid, {_OLD});
    END""",  # noqa: S608
    f"""CREATE TRIGGER knowledge_chunks_fts_update
    AFTER UPDATE OF {_COLUMNS} ON knowledge_chunks BEGIN
        INSERT INTO knowledge_chunks_fts(knowledge_chunks_fts, rowid, {_COLUMNS})
        VALUES ('delete', old.rowid, {_OLD});
        INSERT INTO knowledge_chunks_fts(rowid, {_COLUMNS}) VALUES (new.rowid, {_NEW});
    END""",  # noqa: S608
]
_POSTGRES = [
    """ALTER TABLE knowledge_chunks ADD COLUMN fts_document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, title), 'A')
        || setweight(to_tsvector('english'::regconfig, section || ' ' || keywords), 'B')
        || to_tsvector('english'::regconfig, text)
    ) STORED""",
    "CREATE INDEX knowledge_chunks_fts ON knowledge_chunks USING gin (fts_document)",
]


def upgrade() -> None:
    """Create the chunk table, its indexes and the dialect's full-text index."""
    op.create_table(
        "knowledge_chunks",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("document_id", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sport", sa.String(20), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("section", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("keywords", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("embedding", sa.LargeBinary(), nullable=True),
        sa.Column("embedding_model", sa.String(100), nullable=True),
        sa.Column("indexed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_knowledge_chunks_document_id", "knowledge_chunks", ["document_id"])
    op.create_index("ix_knowledge_chunks_indexed_at", "knowledge_chunks", ["indexed_at"])
    dialect = op.get_bind().dialect.name
    for statement in (
        _SQLITE if dialect == "sqlite" else _POSTGRES if dialect == "postgresql" else []
    ):
        op.execute(statement)


def downgrade() -> None:
    """Drop the full-text objects, then the table (its triggers, column and indexes go with it)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS knowledge_chunks_fts")
    op.drop_table("knowledge_chunks")
