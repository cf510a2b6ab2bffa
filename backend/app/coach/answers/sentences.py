"""Sentence vectors for choosing what to quote: computed once per sentence and kept.

The knowledge base is small (a few thousand sentences), so every sentence's MiniLM vector is
kept in memory after its first use; `warm` computes them all on a background thread at start-up
so a reply only pays for a matrix product. While that warming runs, a reply whose sentences are
not all embedded yet gets no vectors (its sentences are chosen by shared words), the way search
stays lexical until the knowledge vectors are ready: the first replies after a start stay fast.
"""

import re
import threading

import numpy as np
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.database.models import KnowledgeChunk
from app.knowledge.embedding import Vectors, get_encoder
from app.knowledge.indexer import EncoderSource
from app.knowledge.vector_cache import VectorCache

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"“])")
_vectors: dict[str, Vectors] = {}
_lock = threading.Lock()
_warming = threading.Event()


def split(text: str) -> list[str]:
    """A passage cut into sentences."""
    return [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]


def vectors_for(sentences: list[str]) -> Vectors | None:
    """Each sentence's unit vector (rows in order).

    None without the encoder, and None while the start-up warming runs if some sentence is not
    embedded yet.
    """
    encoder = get_encoder()
    if encoder is None or not sentences:
        return None
    with _lock:
        missing = [s for s in dict.fromkeys(sentences) if s not in _vectors]
    if missing and _warming.is_set():
        return None
    if missing:
        fresh = encoder.encode(missing)
        with _lock:
            _vectors.update(zip(missing, fresh, strict=True))
    with _lock:
        return np.stack([_vectors[s] for s in sentences])


def warm(engine: Engine, cache: VectorCache | None = None) -> None:
    """Compute every stored passage's sentence vectors (call on a background thread).

    With `cache`, vectors already on disk are read instead of computed, and new ones are kept
    there (the test suite uses it, as it does for the knowledge vectors).
    """
    encoder = get_encoder()
    if encoder is None:
        return
    source = EncoderSource(encoder, cache)
    with Session(engine) as db:
        texts = db.scalars(select(KnowledgeChunk.text)).all()
    for text in texts:
        fresh = [s for s in dict.fromkeys(split(text)) if s not in _vectors]
        vectors = source.vectors(fresh) if fresh else None
        if vectors:
            with _lock:
                _vectors.update(zip(fresh, vectors, strict=True))


def pause_on_demand() -> None:
    """Until `resume_on_demand`, replies do not embed missing sentences (warming is on)."""
    _warming.set()


def resume_on_demand() -> None:
    """Replies embed the sentences they miss again."""
    _warming.clear()
