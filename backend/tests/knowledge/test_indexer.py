"""Keeping the stored chunks in step with the documents: only what changed is rewritten."""

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.database.connection import build_engine
from app.database.models import KnowledgeChunk
from app.database.schema import upgrade_to_head
from app.knowledge import repository
from app.knowledge.documents import DocumentError, scan_documents
from app.knowledge.embedding import MODEL_ID
from app.knowledge.indexer import (
    BackgroundEmbedding,
    SyncReport,
    embed_pending,
    reset_knowledge,
    sync_knowledge,
)
from app.knowledge.search import SearchMode, search
from tests.knowledge.fixtures import FakeEncoder, write_document


def _stamps(db: Session, document_id: str) -> list[tuple[str, object]]:
    query = select(KnowledgeChunk.id, KnowledgeChunk.indexed_at).where(
        KnowledgeChunk.document_id == document_id
    )
    return sorted((row.id, row.indexed_at) for row in db.execute(query))


def _lexical_ids(db: Session, query: str) -> set[str]:
    return {p.document_id for p in search(db, query, k=20, mode=SearchMode.LEXICAL)}


def test_the_shipped_corpus_is_indexed_with_vectors(
    db: Session, indexed_corpus: SyncReport
) -> None:
    assert set(repository.stored_hashes(db)) == set(scan_documents())
    assert repository.count_pending(db, MODEL_ID) == 0
    again = sync_knowledge(db)
    assert not again.changed
    assert (again.chunks_written, again.embedded) == (0, 0)


def test_a_first_sync_adds_every_document(db: Session, corpus: Path) -> None:
    report = sync_knowledge(db, corpus, embed=False)
    assert report.added == ("ocelot-jabs", "wombat-lifts", "zebra-sprints")
    assert report.chunks_written == 7
    assert set(repository.stored_hashes(db)) == {"ocelot-jabs", "wombat-lifts", "zebra-sprints"}


def test_only_the_changed_document_is_rewritten(db: Session, corpus: Path) -> None:
    sync_knowledge(db, corpus, embed=False)
    untouched = _stamps(db, "wombat-lifts")
    write_document(corpus, "zebra-sprints", {"Stripes": "Now about capybara drills."})
    report = sync_knowledge(db, corpus, embed=False)
    assert (report.added, report.updated, report.removed) == ((), ("zebra-sprints",), ())
    assert (report.unchanged, report.chunks_written) == (2, 2)
    assert _stamps(db, "wombat-lifts") == untouched
    assert "zebra-sprints" in _lexical_ids(db, "capybara")
    assert "zebra-sprints" not in _lexical_ids(db, "quokka")


def test_an_unchanged_corpus_writes_nothing(db: Session, corpus: Path) -> None:
    sync_knowledge(db, corpus, embed=False)
    before = _stamps(db, "zebra-sprints")
    report = sync_knowledge(db, corpus, embed=False)
    assert not report.changed
    assert (report.unchanged, report.chunks_written) == (3, 0)
    assert _stamps(db, "zebra-sprints") == before


def test_a_removed_document_disappears_from_table_and_index(db: Session, corpus: Path) -> None:
    sync_knowledge(db, corpus, embed=False)
    assert "ocelot-jabs" in _lexical_ids(db, "ocelot")
    (corpus / "ocelot-jabs.md").unlink()
    report = sync_knowledge(db, corpus, embed=False)
    assert report.removed == ("ocelot-jabs",)
    assert _stamps(db, "ocelot-jabs") == []
    assert _lexical_ids(db, "ocelot") == set()


def test_a_broken_document_stops_the_sync_before_anything_is_written(
    db: Session, corpus: Path
) -> None:
    sync_knowledge(db, corpus, embed=False)
    before = _stamps(db, "wombat-lifts")
    (corpus / "wombat-lifts.md").write_text("no front matter", encoding="utf-8")
    write_document(corpus, "new-document", {"A": "Fresh text."})
    with pytest.raises(DocumentError):
        sync_knowledge(db, corpus, embed=False)
    assert _stamps(db, "wombat-lifts") == before
    assert _stamps(db, "new-document") == []


def test_vectors_are_computed_once_and_again_only_for_changed_chunks(
    db: Session, corpus: Path
) -> None:
    sync_knowledge(db, corpus, embed=False)
    encoder = FakeEncoder()
    assert embed_pending(db, encoder) == 7
    assert repository.count_pending(db, encoder.model_id) == 0
    assert embed_pending(db, encoder) == 0
    write_document(corpus, "wombat-lifts", {"Setup": "Changed.", "Lockout": "Stand tall."})
    sync_knowledge(db, corpus, embed=False)
    assert repository.count_pending(db, encoder.model_id) == 3
    progress: list[tuple[int, int]] = []
    assert embed_pending(db, encoder, progress=lambda done, total: progress.append((done, total)))
    assert progress[-1] == (3, 3)


def test_a_vector_is_not_stored_onto_a_chunk_that_changed_meanwhile(
    db: Session, corpus: Path
) -> None:
    sync_knowledge(db, corpus, embed=False)
    pending = repository.pending_embeddings(db, "fake-encoder")
    write_document(corpus, "zebra-sprints", {"Stripes": "Rewritten meanwhile."})
    sync_knowledge(db, corpus, embed=False)
    vectors = [bytes(4 * 384)] * len(pending)
    repository.store_embeddings(db, pending, vectors, "fake-encoder")
    stale = [c.id for c in pending if c.id.startswith("zebra-sprints#")]
    assert stale
    stored = db.scalars(
        select(KnowledgeChunk.id).where(KnowledgeChunk.embedding_model == "fake-encoder")
    ).all()
    assert not set(stale) & set(stored)
    assert len(stored) == len(pending) - len(stale)


def test_a_stop_request_ends_the_work_after_the_current_batch(db: Session, corpus: Path) -> None:
    sync_knowledge(db, corpus, embed=False)
    stop = threading.Event()
    stop.set()
    assert embed_pending(db, FakeEncoder(), stop=stop) == 0


def test_without_the_model_sync_indexes_text_only(
    db: Session, corpus: Path, without_model: None
) -> None:
    report = sync_knowledge(db, corpus)
    assert (report.chunks_written, report.embedded) == (7, 0)
    assert "wombat-lifts" in _lexical_ids(db, "wombat")


def test_reset_forgets_everything_and_sync_brings_it_back(db: Session, corpus: Path) -> None:
    sync_knowledge(db, corpus, embed=False)
    reset_knowledge(db)
    assert db.scalar(select(func.count()).select_from(KnowledgeChunk)) == 0
    assert _lexical_ids(db, "zebra") == set()
    assert len(sync_knowledge(db, corpus, embed=False).added) == 3
    assert _lexical_ids(db, "zebra") == {"zebra-sprints"}


def test_background_embedding_fills_in_vectors_and_commits(tmp_path: Path, corpus: Path) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'background.db'}")
    try:
        upgrade_to_head(engine)
        sync_knowledge(engine, corpus, embed=False)
        worker = BackgroundEmbedding(engine)
        worker.start()
        worker.join(timeout=60)
        with engine.connect() as connection:
            missing = connection.scalar(
                text("SELECT count(*) FROM knowledge_chunks WHERE embedding IS NULL")
            )
        assert missing == 0
    finally:
        engine.dispose()
