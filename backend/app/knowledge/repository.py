"""Every read and write of `knowledge_chunks` except the full-text query (see `fulltext`).

The functions take a session and never commit: the indexer or the request owns the
transaction.
"""

from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict
from datetime import datetime
from typing import NamedTuple, cast

from sqlalchemy import (
    ColumnElement,
    Row,
    Table,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from app.database.models import KnowledgeChunk
from app.database.types import utcnow
from app.knowledge.documents import Chunk, embedding_text

_table = cast(Table, KnowledgeChunk.__table__)  # a declarative model always maps a Table


class Candidate(NamedTuple):
    """A chunk as the rankers see it: enough to fuse, boost by sport and spread documents."""

    id: str
    document_id: str
    sport: str


class PendingEmbedding(NamedTuple):
    """A chunk that has no vector from the current model yet, with what the model reads."""

    id: str
    content_hash: str
    text: str


class StoredVector(NamedTuple):
    """A chunk's vector as stored: float32 bytes."""

    candidate: Candidate
    embedding: bytes


def stored_hashes(db: Session) -> dict[str, set[str]]:
    """The content hashes of each indexed document (one, unless a write was torn)."""
    hashes: dict[str, set[str]] = {}
    rows = db.execute(select(KnowledgeChunk.document_id, KnowledgeChunk.content_hash).distinct())
    for document_id, content_hash in rows:
        hashes.setdefault(document_id, set()).add(content_hash)
    return hashes


def delete_documents(db: Session, document_ids: Collection[str]) -> None:
    """Remove every chunk of these documents (the full-text triggers follow on SQLite)."""
    if document_ids:
        db.execute(delete(KnowledgeChunk).where(KnowledgeChunk.document_id.in_(document_ids)))


def add_chunks(db: Session, chunks: Sequence[Chunk]) -> None:
    """Insert chunks without vectors; `embed_pending` adds those."""
    if chunks:
        db.execute(insert(KnowledgeChunk), [asdict(chunk) for chunk in chunks])


def _needs_vector(model_id: str) -> ColumnElement[bool]:
    """The condition for a chunk without a vector from `model_id`."""
    return or_(KnowledgeChunk.embedding_model.is_(None), KnowledgeChunk.embedding_model != model_id)


def count_pending(db: Session, model_id: str) -> int:
    """How many chunks still need a vector from `model_id`."""
    query = select(func.count()).select_from(KnowledgeChunk).where(_needs_vector(model_id))
    return db.scalar(query) or 0


def pending_embeddings(db: Session, model_id: str) -> list[PendingEmbedding]:
    """The chunks still needing a vector, shortest first so that batches pad little."""
    query = (
        select(
            KnowledgeChunk.id,
            KnowledgeChunk.content_hash,
            KnowledgeChunk.title,
            KnowledgeChunk.section,
            KnowledgeChunk.text,
        )
        .where(_needs_vector(model_id))
        .order_by(func.length(KnowledgeChunk.text), KnowledgeChunk.id)
    )
    return [
        PendingEmbedding(row.id, row.content_hash, embedding_text(row.title, row.section, row.text))
        for row in db.execute(query)
    ]


def store_embeddings(
    db: Session, chunks: Iterable[PendingEmbedding], vectors: Iterable[bytes], model_id: str
) -> None:
    """Save vectors, each only if its chunk still has the content it was computed from."""
    now = utcnow()
    rows = [
        {"b_id": chunk.id, "b_hash": chunk.content_hash, "b_vector": vector}
        for chunk, vector in zip(chunks, vectors, strict=True)
    ]
    statement = (
        update(_table)
        .where(_table.c.id == bindparam("b_id"), _table.c.content_hash == bindparam("b_hash"))
        .values(embedding=bindparam("b_vector"), embedding_model=model_id, indexed_at=now)
    )
    if rows:
        db.connection().execute(statement, rows)


def index_state(db: Session) -> datetime | None:
    """When the chunks last changed: any write moves it, so cached vectors can tell staleness."""
    return db.scalar(select(func.max(KnowledgeChunk.indexed_at)))


def stored_vectors(db: Session, model_id: str) -> list[StoredVector]:
    """Every chunk's vector from `model_id`, in a stable order."""
    query = (
        select(
            KnowledgeChunk.id,
            KnowledgeChunk.document_id,
            KnowledgeChunk.sport,
            KnowledgeChunk.embedding,
        )
        .where(KnowledgeChunk.embedding_model == model_id, KnowledgeChunk.embedding.is_not(None))
        .order_by(KnowledgeChunk.id)
    )
    return [
        StoredVector(Candidate(row.id, row.document_id, row.sport), row.embedding)
        for row in db.execute(query)
    ]


def passages_by_id(
    db: Session, ids: Collection[str]
) -> dict[str, Row[str, str, str, str, str, str, str]]:
    """What a search returns of the chunks with these ids (missing ones are simply absent).

    Plain rows rather than ORM objects: this is on every search's path and only reads.
    """
    if not ids:
        return {}
    query = select(
        KnowledgeChunk.id,
        KnowledgeChunk.document_id,
        KnowledgeChunk.title,
        KnowledgeChunk.section,
        KnowledgeChunk.text,
        KnowledgeChunk.sport,
        KnowledgeChunk.source,
    ).where(KnowledgeChunk.id.in_(ids))
    return {row.id: row for row in db.execute(query)}


def document_chunk_ids(db: Session, document_id: str) -> list[str]:
    """The ids of one document's chunks, in reading order."""
    query = (
        select(KnowledgeChunk.id)
        .where(KnowledgeChunk.document_id == document_id)
        .order_by(KnowledgeChunk.position)
    )
    return list(db.scalars(query))
