"""Keeping `knowledge_chunks` in step with the documents on disk.

`sync_knowledge` compares each file's content hash with the stored one and rewrites only the
documents that changed; documents whose file is gone are deleted. On an unchanged corpus it
reads 66 small files, hashes them and runs one query, so it can run at every start-up.

Vectors are a second, slower step (`embed_pending`): about 35 ms per chunk on a laptop core,
so a fresh corpus takes seconds. Start-up therefore indexes the text at once (lexical search
works immediately) and leaves the vectors to `BackgroundEmbedding`; the CLI does both in the
foreground. Vectors are computed outside any transaction and each batch is written in a short
transaction of its own, and only onto chunks whose content is still what was embedded.

Given an `Engine`, these functions own their transactions and commit. Given a `Session`, they
work inside the caller's transaction and only flush, as domain services do.
"""

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.knowledge import repository, vectors
from app.knowledge.documents import (
    DOCUMENTS_DIR,
    DocumentError,
    DocumentFile,
    parse_document,
    scan_documents,
)
from app.knowledge.embedding import (
    MODEL_ID,
    Encoder,
    Vectors,
    dense_available,
    get_encoder,
    release_freed_memory,
)
from app.knowledge.vector_cache import VectorCache

logger = logging.getLogger(__name__)

Bind = Engine | Session
Progress = Callable[[int, int], None]
BATCH_SIZE = 16  # chunks per write transaction
# Several workers starting at once index one after another (PostgreSQL advisory lock key).
_INDEX_LOCK_KEY = 0x0C0AC5


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What a synchronisation changed, for the log line and the tests."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: int = 0
    chunks_written: int = 0
    embedded: int = 0
    seconds: float = field(default=0.0, compare=False)

    @property
    def changed(self) -> bool:
        """Whether any document was added, updated or removed."""
        return bool(self.added or self.updated or self.removed)

    def __str__(self) -> str:
        """One line for the log."""
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed, "
            f"{self.unchanged} unchanged; {self.chunks_written} chunks written, "
            f"{self.embedded} embedded in {self.seconds * 1000:.0f} ms"
        )


@contextmanager
def _unit(bind: Bind, write: bool) -> Iterator[Session]:
    """A session for one step: the caller's (flushed, never committed) or a transaction.

    Writing steps on PostgreSQL take the indexing lock first; on SQLite the engine opens the
    transaction with BEGIN IMMEDIATE at the first write, so writers queue there.
    """
    if isinstance(bind, Session):
        yield bind
        bind.flush()
        return
    with Session(bind) as db, db.begin():
        if write and bind.dialect.name == "postgresql":
            db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _INDEX_LOCK_KEY})
        yield db


def _plan(files: dict[str, DocumentFile], stored: dict[str, set[str]]) -> SyncReport:
    """Which documents are new, changed, gone or unchanged."""
    added = tuple(sorted(set(files) - set(stored)))
    removed = tuple(sorted(set(stored) - set(files)))
    updated = tuple(
        sorted(d for d in set(files) & set(stored) if stored[d] != {files[d].content_hash})
    )
    return SyncReport(added, updated, removed, len(files) - len(added) - len(updated))


def sync_knowledge(
    bind: Bind,
    directory: Path = DOCUMENTS_DIR,
    *,
    embed: bool = True,
    cache: VectorCache | None = None,
) -> SyncReport:
    """Bring the stored chunks in line with the documents, rewriting only what changed.

    Args:
        bind: The application's engine (commits) or a session (the caller commits).
        directory: Where the documents are.
        embed: Also compute missing vectors now (slow on a fresh corpus); False leaves them
            to `embed_pending` or `BackgroundEmbedding`.
        cache: Vectors kept on disk by content hash, read before the model is run.

    Returns:
        What changed.

    Raises:
        DocumentError: When a changed document cannot be parsed; nothing is written then.
    """
    started = time.perf_counter()
    files = scan_documents(directory)
    with _unit(bind, write=False) as db:
        plan = _plan(files, repository.stored_hashes(db))
    written = 0
    if plan.changed:
        with _unit(bind, write=True) as db:
            plan = _plan(files, repository.stored_hashes(db))  # another process may have won
            chunks = [c for d in (*plan.added, *plan.updated) for c in parse_document(files[d])]
            # Also the "added" ones: another process may have added them since we looked.
            repository.delete_documents(db, {*plan.added, *plan.updated, *plan.removed})
            repository.add_chunks(db, chunks)
            written = len(chunks)
        vectors.invalidate()
    embedded = embed_pending(bind, cache=cache) if embed else 0
    seconds = time.perf_counter() - started
    return SyncReport(
        plan.added, plan.updated, plan.removed, plan.unchanged, written, embedded, seconds
    )


def embed_pending(
    bind: Bind,
    encoder: Encoder | None = None,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
    cache: VectorCache | None = None,
) -> int:
    """Compute and store a vector for every chunk that has none from the current model.

    Args:
        bind: The application's engine (one short transaction per batch) or a session.
        encoder: The model to use; by default the process's, loaded only if a vector is missing.
        progress: Called with `(done, total)` after each batch, e.g. to draw a progress bar.
        stop: When set, the work ends after the current batch (what is stored stays).
        cache: Vectors kept on disk by content hash; the model runs only for the others.

    Returns:
        How many vectors were stored; 0 when the model packages are not installed.
    """
    if encoder is None and not dense_available():
        return 0
    model_id = encoder.model_id if encoder else MODEL_ID
    with _unit(bind, write=False) as db:
        pending = repository.pending_embeddings(db, model_id)
    source = EncoderSource(encoder, cache)
    done = 0
    for start in range(0, len(pending), BATCH_SIZE):
        if stop is not None and stop.is_set():
            break
        batch = pending[start : start + BATCH_SIZE]
        found = source.vectors([chunk.text for chunk in batch])
        if found is None:
            break
        with _unit(bind, write=True) as db:
            repository.store_embeddings(db, batch, [v.tobytes() for v in found], model_id)
        done += len(batch)
        if progress is not None:
            progress(done, len(pending))
    if done:
        vectors.invalidate()
        release_freed_memory()
    return done


class EncoderSource:
    """Vectors from the disk cache when it has them, else from the model (loaded on demand)."""

    def __init__(self, encoder: Encoder | None, cache: VectorCache | None) -> None:
        self._encoder = encoder
        self._cache = cache

    def vectors(self, texts: list[str]) -> list[Vectors] | None:
        """One vector per text; None when some are missing and no model is available."""
        known = [self._cache.get(t) if self._cache else None for t in texts]
        missing = [i for i, vector in enumerate(known) if vector is None]
        if missing:
            self._encoder = self._encoder or get_encoder()
            if self._encoder is None:
                return None
            fresh = self._encoder.encode([texts[i] for i in missing])
            if self._cache is not None:
                self._cache.put([texts[i] for i in missing], fresh)
            for i, vector in zip(missing, fresh, strict=True):
                known[i] = vector
        return [vector for vector in known if vector is not None]


class BackgroundEmbedding:
    """Computes missing vectors in a daemon thread, so start-up never waits for the model."""

    def __init__(self, engine: Engine) -> None:
        """Prepare (but do not start) the work for `engine`'s database."""
        self._engine = engine
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="knowledge-embedding", daemon=True)

    def start(self) -> None:
        """Start computing in the background; returns at once."""
        self._thread.start()

    def join(self, timeout: float | None = None) -> None:
        """Wait for the work to finish by itself (at most `timeout` seconds)."""
        self._thread.join(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the work to end after its current batch and wait up to `timeout` seconds."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        """Embed everything pending; a failure is logged, never raised into the server."""
        try:
            count = embed_pending(self._engine, stop=self._stop)
        except Exception:
            logger.exception("Computing knowledge vectors failed; search stays lexical for now")
            return
        if count:
            logger.info("Knowledge vectors computed for %d chunks", count)


def reset_knowledge(bind: Bind) -> None:
    """Delete every chunk and rebuild the full-text index from scratch.

    The repair path: afterwards `sync_knowledge` indexes everything again. On SQLite the FTS5
    index is rebuilt from the (now empty) table, which also mends an index that drifted from
    its table, for example after a tool rewrote rowids.

    Args:
        bind: The application's engine (commits) or a session (the caller commits).
    """
    with _unit(bind, write=True) as db:
        repository.delete_documents(db, set(repository.stored_hashes(db)))
        if db.get_bind().dialect.name == "sqlite":
            db.execute(
                text("INSERT INTO knowledge_chunks_fts(knowledge_chunks_fts) VALUES ('rebuild')")
            )
    vectors.invalidate()


def start_knowledge(engine: Engine) -> BackgroundEmbedding:
    """What the server does at start-up: index changed text now, vectors in the background.

    An invalid document is logged and skipped over (the previous index keeps serving) rather
    than keeping the server from starting.

    Args:
        engine: The application's engine.

    Returns:
        The background work, to `stop()` at shutdown.
    """
    try:
        logger.info("Knowledge base synchronised: %s", sync_knowledge(engine, embed=False))
    except DocumentError as error:
        logger.error("Knowledge base not re-indexed, a document is invalid: %s", error)
    worker = BackgroundEmbedding(engine)
    worker.start()
    return worker
