"""Knowledge vectors on disk by content hash: reused across runs, harmless when damaged."""

from pathlib import Path

import numpy as np
from sqlalchemy.orm import Session

from app.knowledge import repository
from app.knowledge.indexer import embed_pending, sync_knowledge
from app.knowledge.vector_cache import VectorCache
from tests.knowledge.fixtures import FakeEncoder

TEXT = "Brace, then pull the slack out of the bar."


def _stored_files(directory: Path) -> list[Path]:
    return sorted(path for path in directory.rglob("*.f32"))


def test_a_vector_comes_back_as_it_was_stored(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path / "missing" / "yet", "model-a")
    vector = FakeEncoder().encode([TEXT])
    assert cache.get(TEXT) is None
    cache.put([TEXT], vector)
    stored = cache.get(TEXT)
    assert stored is not None
    assert np.array_equal(stored, vector[0])


def test_another_model_or_text_is_a_miss(tmp_path: Path) -> None:
    VectorCache(tmp_path, "model-a").put([TEXT], FakeEncoder().encode([TEXT]))
    assert VectorCache(tmp_path, "model-b").get(TEXT) is None
    assert VectorCache(tmp_path, "model-a").get(TEXT + " ") is None


def test_a_truncated_or_corrupt_file_is_a_miss(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path, "model-a")
    cache.put([TEXT], FakeEncoder().encode([TEXT]))
    (path,) = _stored_files(tmp_path)
    path.write_bytes(path.read_bytes()[:-4])
    assert cache.get(TEXT) is None
    path.write_bytes(np.full(384, np.nan, dtype=np.float32).tobytes())
    assert cache.get(TEXT) is None


def test_an_unwritable_cache_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = VectorCache(blocker, "model-a")
    cache.put([TEXT], FakeEncoder().encode([TEXT]))
    assert cache.get(TEXT) is None


def test_embedding_reads_the_cache_before_running_the_model(
    db: Session, corpus: Path, tmp_path: Path
) -> None:
    encoder = FakeEncoder()
    cache = VectorCache(tmp_path / "vectors", encoder.model_id)
    sync_knowledge(db, corpus, embed=False)
    assert embed_pending(db, encoder, cache=cache) == 7
    calls = encoder.calls
    assert _stored_files(tmp_path / "vectors")  # one file per distinct text
    sync_knowledge(db, corpus, embed=False)
    repository.delete_documents(db, set(repository.stored_hashes(db)))
    sync_knowledge(db, corpus, embed=False)
    assert embed_pending(db, encoder, cache=cache) == 7
    assert encoder.calls == calls
    assert repository.count_pending(db, encoder.model_id) == 0
