"""Knowledge vectors kept on disk by content hash, so a corpus is embedded once per machine.

Embedding the shipped knowledge base takes tens of seconds of model time; its vectors depend only
on the model and the text. With `KNOWLEDGE_VECTOR_CACHE` set to a directory, each vector is
stored there under the sha256 of (model id, text), and later runs (a test suite's setup, a
fresh database, CI on the same machine) read it back instead of running the model. The cache is
an optimisation only: a missing directory, an unreadable or truncated file is a miss, and
writes that fail are skipped, so the vectors are simply computed again.
"""

import hashlib
import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from app.knowledge.embedding import DIMENSIONS, Vectors

logger = logging.getLogger(__name__)

_BYTES = DIMENSIONS * np.dtype(np.float32).itemsize


class VectorCache:
    """Vectors of one model, one small file each, named by the hash of the text they embed."""

    def __init__(self, directory: Path, model_id: str) -> None:
        """Use `directory` (created on first write) for `model_id`'s vectors."""
        self._directory = directory
        self._model_id = model_id

    def _path(self, text: str) -> Path:
        digest = hashlib.sha256(f"{self._model_id}\0{text}".encode()).hexdigest()
        return self._directory / digest[:2] / f"{digest}.f32"

    def get(self, text: str) -> Vectors | None:
        """The stored vector for `text`, or None when there is none or it is damaged."""
        try:
            raw = self._path(text).read_bytes()
        except OSError:
            return None
        if len(raw) != _BYTES:
            return None
        vector = np.frombuffer(raw, dtype=np.float32).copy()
        return vector if bool(np.isfinite(vector).all()) else None

    def put(self, texts: Sequence[str], vectors: Vectors) -> None:
        """Store each text's vector; a failure to write is logged and otherwise ignored."""
        try:
            for text, vector in zip(texts, vectors, strict=True):
                path = self._path(text)
                path.parent.mkdir(parents=True, exist_ok=True)
                with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
                    handle.write(np.asarray(vector, dtype=np.float32).tobytes())
                os.replace(handle.name, path)
        except OSError as error:
            logger.warning("Knowledge vector cache not written: %s", error)
