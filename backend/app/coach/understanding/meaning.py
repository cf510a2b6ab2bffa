"""Matching a message's meaning against the exemplars of each intent with the MiniLM encoder.

The exemplars are embedded once per encoder and kept; a message costs one encoding (shared
with knowledge search, which normalises the text the same way and so hits the same cache) and
one matrix product. An intent's score is the cosine similarity of its closest exemplar.
"""

import threading
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from app.coach.understanding.exemplars import EXEMPLARS
from app.coach.understanding.intents_vocabulary import Intent
from app.knowledge.documents import parse_document, scan_documents
from app.knowledge.embedding import Encoder, Vectors, get_encoder

_lock = threading.Lock()


@dataclass(frozen=True)
class ExemplarIndex:
    """Every exemplar's vector and the intent it stands for."""

    vectors: Vectors
    intents: tuple[Intent, ...]

    def scores(self, vector: Vectors) -> dict[Intent, float]:
        """Each intent's best similarity to `vector`."""
        similarities = self.vectors @ vector
        best: dict[Intent, float] = {}
        for intent, similarity in zip(self.intents, similarities.tolist(), strict=True):
            best[intent] = max(best.get(intent, -1.0), similarity)
        return best


@lru_cache(maxsize=1)
def _topics() -> tuple[str, ...]:
    """The knowledge documents' titles: every topic the knowledge base can answer about."""
    titles = {chunk.title for file in scan_documents().values() for chunk in parse_document(file)}
    return tuple(sorted(titles))


@lru_cache(maxsize=2)
def _index(encoder: Encoder) -> ExemplarIndex:
    """The exemplars (and the knowledge topics) embedded by `encoder`, computed on first use."""
    pairs = [(intent, text) for intent, texts in EXEMPLARS.items() for text in texts]
    pairs += [(Intent.KNOWLEDGE, title) for title in _topics()]
    vectors = encoder.encode([text.lower() for _, text in pairs])
    return ExemplarIndex(vectors, tuple(intent for intent, _ in pairs))


def query_text(message: str) -> str:
    """The form a message is encoded in: the same as knowledge search's, to share its cache."""
    return " ".join(message.lower().split())


def rank(message: str) -> list[tuple[Intent, float]]:
    """Intents by their similarity to the message, best first; empty without the encoder."""
    encoder = get_encoder()
    if encoder is None:
        return []
    with _lock:
        index = _index(encoder)
    vector = encoder.encode_query(query_text(message))
    scores = index.scores(np.asarray(vector))
    return sorted(scores.items(), key=lambda item: -item[1])


def warm() -> None:
    """Embed the exemplars now (at start-up, off the request path)."""
    encoder = get_encoder()
    if encoder is not None:
        with _lock:
            _index(encoder)
