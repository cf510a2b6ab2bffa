"""Fixtures for the knowledge tests, shared with `tests/api/test_knowledge_search.py`.

The shipped corpus is indexed once per run, vectors included, and committed through the
engine (`indexed_corpus`): embedding 327 chunks takes ~12 s, far too slow to repeat per test,
and searching needs the committed rows to be visible to every test's rolled-back session.
Tests that change the index (re-indexing, removal) do so on a small corpus of their own inside
the `db` fixture's transaction, so the rollback restores the shipped index afterwards.
"""

import hashlib
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from app.database.connection import engine
from app.knowledge import embedding
from app.knowledge.embedding import DIMENSIONS, Vectors
from app.knowledge.indexer import SyncReport, sync_knowledge
from tests.conftest import VECTORS


@pytest.fixture(scope="session")
def indexed_corpus(migrated_database: None) -> SyncReport:
    """The shipped documents, indexed with vectors and committed, once per test run."""
    return sync_knowledge(engine, cache=VECTORS)


def write_document(
    directory: Path,
    document_id: str,
    sections: dict[str, str],
    *,
    title: str = "A Test Document",
    sport: str = "general",
    intro: str = "What this document is about.",
) -> Path:
    """Write a knowledge document with front matter, an intro and `##` sections."""
    body = "\n\n".join(f"## {heading}\n{text}" for heading, text in sections.items())
    path = directory / f"{document_id}.md"
    path.write_text(
        f"---\ntitle: {title}\nsport: {sport}\ntags: [test]\nsources:\n  - A source\n---\n"
        f"# {title}\n\n{intro}\n\n{body}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small corpus of three documents with distinctive words, in a directory of its own."""
    write_document(
        tmp_path,
        "zebra-sprints",
        {"Stripes": "Zebra sprints build quokka speed.", "Rest": "Walk back slowly."},
        title="Zebra Sprints",
        sport="running",
    )
    write_document(tmp_path, "wombat-lifts", {"Setup": "Wombat lifts start from the floor."})
    write_document(tmp_path, "ocelot-jabs", {"Jab": "The ocelot jab is fast."}, sport="boxing")
    return tmp_path


class FakeEncoder:
    """A deterministic stand-in for the model: a vector seeded by each text's hash."""

    model_id = "fake-encoder"

    def __init__(self) -> None:
        self.calls = 0

    def encode(self, texts: Sequence[str], batch_size: int = 1) -> Vectors:
        self.calls += 1
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
            row = np.random.default_rng(seed).standard_normal(DIMENSIONS).astype(np.float32)
            rows.append(row / np.linalg.norm(row))
        return np.array(rows, dtype=np.float32).reshape(len(texts), DIMENSIONS)


@pytest.fixture
def without_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Behave as an install without the model packages (the real ones stay installed)."""
    monkeypatch.setattr(embedding, "MODEL_PACKAGES", (*embedding.MODEL_PACKAGES, "no_such_pkg"))
    embedding.reset_encoder()
    yield
    embedding.reset_encoder()
