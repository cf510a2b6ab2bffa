"""Lexical (BM25-style) ranking through the database's own full-text engine.

SQLite ranks with FTS5's `bm25()`; PostgreSQL with `ts_rank` over the stored, GIN-indexed,
weighted `tsvector` column that migration 0003 created. Both get the same input: the content
words of the question (stop words dropped, slang expanded by `vocabulary`) joined with OR,
because a long question almost never has all its words in one passage.

User text never reaches either query language as syntax. Every term is made of letters and
digits only, and on SQLite is also quoted as an FTS5 string, so quotes, `*`, `NEAR`, `-`,
parentheses or column filters in a question are just words or nothing. Title matches weigh
most, then section and tags, then the text.
"""

from collections.abc import Sequence

from sqlalchemy import TextClause, text
from sqlalchemy.orm import Session

from app.knowledge.repository import Candidate

# BM25 is computed for every chunk that matches any term, so a search costs in proportion to
# its matches: about 3 us each. At 100,000 chunks a few common words match most of them, so
# the most common terms are left out beyond this many matches (they weigh least in BM25).
MATCH_BUDGET = 5000

# Columns: title, section, keywords, text (FTS5 weights are per column, in order). Only the
# best `limit` matches are joined to their rows.
_SQLITE = text(
    """
    SELECT c.id, c.document_id, c.sport
    FROM (
        SELECT rowid, bm25(knowledge_chunks_fts, 4.0, 2.0, 1.5, 1.0) AS score
        FROM knowledge_chunks_fts
        WHERE knowledge_chunks_fts MATCH :query
        ORDER BY score
        LIMIT :limit
    ) AS best
    JOIN knowledge_chunks AS c ON c.rowid = best.rowid
    ORDER BY best.score, c.id
    """
)


def _sqlite_counts(terms: Sequence[str]) -> tuple[TextClause, dict[str, str]]:
    """One statement counting the chunks each term matches, with its parameters."""
    count = "(SELECT count(*) FROM knowledge_chunks_fts WHERE knowledge_chunks_fts MATCH :t{})"
    statement = text("SELECT " + ", ".join(count.format(i) for i in range(len(terms))))
    return statement, {f"t{i}": fts5_query([term]) for i, term in enumerate(terms)}


# Weights for D (text), C (unused), B (section, tags), A (title): the same 1 : 2 : 4 ladder as
# SQLite's. `ts_rank` rather than `ts_rank_cd`: cover density suits phrase queries, and on these
# OR queries it ranked worse (recall@5 0.92 against 0.96 on the evaluation questions).
_POSTGRES = text(
    """
    SELECT c.id, c.document_id, c.sport
    FROM knowledge_chunks AS c, websearch_to_tsquery('english'::regconfig, :query) AS q
    WHERE c.fts_document @@ q
    ORDER BY ts_rank('{0.25, 0.4, 0.5, 1.0}', c.fts_document, q) DESC, c.id
    LIMIT :limit
    """
)


def fts5_query(terms: Sequence[str]) -> str:
    """An FTS5 query matching any of `terms`, each quoted as a string (never as syntax)."""
    return " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)


def websearch_query(terms: Sequence[str]) -> str:
    """A `websearch_to_tsquery` input matching any of `terms` (a function that never raises)."""
    return " or ".join(term.replace('"', " ") for term in terms)


def _selective_terms(db: Session, terms: Sequence[str]) -> list[str]:
    """The terms to search for on SQLite: the rarest ones, within `MATCH_BUDGET` matches.

    One document-frequency query per search (cheap: FTS5 counts from its index). Terms that
    match nothing are dropped; when the terms together would match more than `MATCH_BUDGET`
    chunks, the most common ones go, rarest kept first (at least one always stays). On the
    shipped corpus the budget never binds, so this changes nothing there.
    """
    frequencies = dict(zip(terms, db.execute(*_sqlite_counts(terms)).one(), strict=True))
    kept: set[str] = set()
    total = 0
    for term in sorted((t for t in terms if frequencies[t]), key=frequencies.__getitem__):
        if kept and total + frequencies[term] > MATCH_BUDGET:
            break
        kept.add(term)
        total += frequencies[term]
    return [term for term in terms if term in kept]


def rank(db: Session, terms: Sequence[str], limit: int) -> list[Candidate]:
    """The best-matching chunks for any of the search terms, best first.

    Args:
        db: A session on SQLite or PostgreSQL (other databases have no full-text index here
            and get no lexical results).
        terms: Content words from `vocabulary.search_terms`.
        limit: How many chunks to return at most.

    Returns:
        Up to `limit` candidates in rank order.
    """
    if not terms:
        return []
    dialect = db.get_bind().dialect.name
    if dialect == "sqlite":
        statement, query = _SQLITE, fts5_query(_selective_terms(db, terms))
        if not query:
            return []
    elif dialect == "postgresql":
        statement, query = _POSTGRES, websearch_query(terms)
    else:
        return []
    rows = db.execute(statement, {"query": query, "limit": limit})
    return [Candidate(row.id, row.document_id, row.sport) for row in rows]
