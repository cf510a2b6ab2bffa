"""Hybrid retrieval over the knowledge chunks: what the coach and the search API call.

Two rankers look at every question:

- lexical: the database's full-text index (BM25 on SQLite, `ts_rank` on PostgreSQL) on
  the question's content words with slang expanded, good at exact terms ("EMOM", "Fran");
- dense: cosine similarity of MiniLM sentence vectors, good at paraphrases ("my legs are
  killing me" for muscle soreness).

Their rankings are fused with reciprocal rank fusion (k = 60), which needs no score
calibration between two very different scorers, at the level of documents (see `fuse`). A
person's sport multiplies the fused score of that sport's chunks instead of filtering: general
advice (protein, sleep) stays in reach of a boxer. Each document contributes its best chunk
before any document contributes a second, so one long document cannot crowd out a second
relevant one.

Without the model packages the dense ranker is simply absent and search is lexical.
"""

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from sqlalchemy.orm import Session

from app.knowledge import fulltext, repository, vectors, vocabulary
from app.knowledge.embedding import get_encoder
from app.knowledge.repository import Candidate

Item = TypeVar("Item", bound=Hashable)

CANDIDATES = 50  # how deep each ranker's list goes into the fusion
RRF_K = 60
SPORT_BOOST = 1.2  # enough to settle close calls, not to bury a clearly better general passage
MAX_QUERY_CHARS = 1000
MAX_K = 20


class SearchMode(StrEnum):
    """Which rankers to use; the evaluation compares them, callers want `HYBRID`."""

    HYBRID = "hybrid"
    LEXICAL = "lexical"
    DENSE = "dense"


@dataclass(frozen=True, slots=True)
class Passage:
    """A retrieved chunk, self-contained enough to quote and cite.

    `score` is the fused rank score: higher is better, comparable within one answer only.
    `source` is the document's references; `document_id` names the document file.
    """

    id: str
    document_id: str
    title: str
    section: str
    text: str
    sport: str
    score: float
    source: str


def _rrf(ranking: Iterable[Item]) -> dict[Item, float]:
    """Each item's reciprocal rank fusion term in one ranking (distinct items, best first)."""
    return {item: 1.0 / (RRF_K + rank) for rank, item in enumerate(ranking, start=1)}


def fuse(
    rankings: Sequence[Sequence[Candidate]], sport: str | None
) -> list[tuple[Candidate, float]]:
    """Fuse rankings by document, with the person's sport boosted.

    Each ranker ranks documents by their best chunk; reciprocal rank fusion of those document
    rankings orders the documents, so a document that one ranker finds through one section
    and the other through another still rises. Within a document, chunks are ordered by their
    own fused score.

    Args:
        rankings: Each ranker's candidates, best first.
        sport: The person's sport (any case), or None for no boost.

    Returns:
        Every candidate once with its document's score, best first (ties by id, for stable
        output).
    """
    documents: dict[str, float] = defaultdict(float)
    chunks: dict[Candidate, float] = defaultdict(float)
    for ranking in rankings:
        for candidate, score in _rrf(ranking).items():
            chunks[candidate] += score
        for document_id, score in _rrf(dict.fromkeys(c.document_id for c in ranking)).items():
            documents[document_id] += score
    wanted = sport.strip().lower() if sport else None
    scored = [
        (c, documents[c.document_id] * (SPORT_BOOST if c.sport == wanted else 1.0), chunks[c])
        for c in chunks
    ]
    scored.sort(key=lambda item: (-item[1], -item[2], item[0].id))
    return [(candidate, score) for candidate, score, _ in scored]


def _spread(fused: list[tuple[Candidate, float]], k: int) -> list[tuple[Candidate, float]]:
    """The best `k`: each document's best chunk first, further chunks only to fill up.

    Whole-document diversity finds more relevant documents for the same `k`; a document's
    second chunk is only worth a slot when fewer than `k` documents matched at all.
    """
    firsts: list[tuple[Candidate, float]] = []
    rest: list[tuple[Candidate, float]] = []
    seen: set[str] = set()
    for candidate, score in fused:
        (rest if candidate.document_id in seen else firsts).append((candidate, score))
        seen.add(candidate.document_id)
    return (firsts + rest)[:k]


def rankings(db: Session, query: str, mode: SearchMode) -> list[list[Candidate]]:
    """Each available ranker's candidates for `query` under `mode`.

    (Encoding the question on a worker thread while the database ranks was tried: on two
    cores onnxruntime already uses both, and it saved nothing measurable.)
    """
    found: list[list[Candidate]] = []
    if mode is not SearchMode.DENSE:
        found.append(fulltext.rank(db, vocabulary.search_terms(query), CANDIDATES))
    encoder = get_encoder() if mode is not SearchMode.LEXICAL else None
    if encoder is not None:
        index = vectors.current(db, encoder.model_id)
        if index.candidates:
            vector = encoder.encode_query(" ".join(query.lower().split()))
            found.append(index.top(vector, CANDIDATES))
    return found


def search(
    db: Session,
    query: str,
    k: int = 5,
    sport: str | None = None,
    *,
    mode: SearchMode = SearchMode.HYBRID,
) -> list[Passage]:
    """The passages that best answer `query`.

    Args:
        db: A session; search only reads.
        query: The question, as typed (any characters; blank finds nothing).
        k: How many passages at most, 1 to `MAX_K`.
        sport: The person's sport, boosted but not exclusive; None boosts nothing.
        mode: Hybrid by default; lexical or dense alone for comparisons.

    Returns:
        Up to `k` passages, best first.

    Raises:
        ValueError: When `k` is out of range.
    """
    if not 1 <= k <= MAX_K:
        raise ValueError(f"k must be between 1 and {MAX_K}")
    query = query.strip()[:MAX_QUERY_CHARS]
    if not query:
        return []
    chosen = _spread(fuse(rankings(db, query, mode), sport), k)
    rows = repository.passages_by_id(db, [candidate.id for candidate, _ in chosen])
    if len(rows) < len(chosen):
        vectors.invalidate()  # a cached vector pointed at a chunk deleted since
    return [
        Passage(
            row.id, row.document_id, row.title, row.section, row.text, row.sport, score, row.source
        )
        for candidate, score in chosen
        if (row := rows.get(candidate.id)) is not None
    ]


def sections_of(db: Session, passage: Passage) -> list[Passage]:
    """Every section of the document `passage` came from, in reading order.

    Search spreads its first results over documents, so the one section that answers a question
    may rank below other documents' best chunks; a reader quoting the best document wants all of
    it. Each section keeps the score of `passage`.
    """
    ids = repository.document_chunk_ids(db, passage.document_id)
    rows = repository.passages_by_id(db, ids)
    return [
        Passage(
            row.id,
            row.document_id,
            row.title,
            row.section,
            row.text,
            row.sport,
            passage.score,
            row.source,
        )
        for chunk_id in ids
        if (row := rows.get(chunk_id)) is not None
    ]
