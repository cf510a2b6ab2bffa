"""The chunk vectors in memory, as one matrix, so dense ranking is a single dot product.

The matrix is read from the database once and kept until the chunks change. "Changed" is
checked on every search with one indexed query (the newest `indexed_at`), so a re-index by
another process (the CLI, another worker) or a rolled-back test transaction is noticed too;
the indexer also drops the cache at once when it writes. At 384 float32 per chunk, the shipped
corpus takes about 0.5 MB and 100,000 chunks about 150 MB.
"""

import threading
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from sqlalchemy.orm import Session

from app.knowledge import repository
from app.knowledge.embedding import DIMENSIONS, Vectors
from app.knowledge.repository import Candidate


@dataclass(frozen=True, slots=True)
class VectorIndex:
    """An immutable snapshot of every chunk vector of one model."""

    state: datetime | None
    model_id: str
    candidates: tuple[Candidate, ...]
    matrix: Vectors

    def top(self, query: Vectors, limit: int) -> list[Candidate]:
        """The `limit` chunks most similar to the unit vector `query`, most similar first."""
        if not self.candidates:
            return []
        scores = self.matrix @ query
        limit = min(limit, len(scores))
        best = np.argpartition(-scores, limit - 1)[:limit]
        ordered = best[np.argsort(-scores[best], kind="stable")]
        return [self.candidates[int(i)] for i in ordered]


def _load(db: Session, model_id: str, state: datetime | None) -> VectorIndex:
    """Read every stored vector of `model_id` into one matrix."""
    width = DIMENSIONS * 4
    stored = [v for v in repository.stored_vectors(db, model_id) if len(v.embedding) == width]
    matrix = np.frombuffer(b"".join(v.embedding for v in stored), dtype="<f4")
    return VectorIndex(
        state,
        model_id,
        tuple(v.candidate for v in stored),
        matrix.reshape(len(stored), DIMENSIONS).astype(np.float32, copy=False),
    )


_lock = threading.Lock()
_cached: VectorIndex | None = None


def current(db: Session, model_id: str) -> VectorIndex:
    """The vectors as the database holds them now, from the cache when nothing changed.

    Args:
        db: The request's session (its transaction decides what "now" is).
        model_id: Only vectors from this model are comparable with its query vectors.

    Returns:
        The snapshot to rank against.
    """
    global _cached
    state = repository.index_state(db)
    snapshot = _cached
    if snapshot is not None and snapshot.state == state and snapshot.model_id == model_id:
        return snapshot
    with _lock:
        snapshot = _load(db, model_id, state)
        _cached = snapshot
    return snapshot


def invalidate() -> None:
    """Forget the cached vectors; the next search reads them again."""
    global _cached
    with _lock:
        _cached = None
