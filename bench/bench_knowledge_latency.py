"""Knowledge search latency: shipped corpus, 100,000 synthetic chunks, and start-up cost.

Run from `backend/`: `../.venv/bin/python ../bench/bench_knowledge_latency.py [--chunks N]`.
Everything happens in temporary SQLite files. Targets (PRODUCT.md): search p50 < 5 ms on the
shipped corpus and < 50 ms at 100k chunks, in-process, query encoding included; the start-up
sync of an unchanged corpus adds < 200 ms.

- shipped: the real documents indexed with real vectors; every eval question is searched
  once with a cold query-vector cache ("cold": the ONNX encode is paid) and again ("warm").
- synthetic: N chunks whose text is drawn from the real corpus' own word stream (so word
  frequencies, and hence full-text match counts, look like real ones) and whose vectors are
  random unit vectors (the ranking cost does not depend on their values); queries are the
  eval questions, encoded by the real model.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
WORK = Path(tempfile.mkdtemp(prefix="coachx-knowledge-bench-"))
os.environ["DATABASE_URL"] = f"sqlite:///{WORK / 'shipped.db'}"

import numpy as np  # noqa: E402
from sqlalchemy import insert  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app.database.connection import build_engine, engine  # noqa: E402
from app.database.models import KnowledgeChunk  # noqa: E402
from app.database.schema import upgrade_to_head  # noqa: E402
from app.knowledge import embedding, vectors  # noqa: E402
from app.knowledge.documents import parse_document, scan_documents  # noqa: E402
from app.knowledge.indexer import sync_knowledge  # noqa: E402
from app.knowledge.search import SearchMode, search  # noqa: E402

QUESTIONS = [
    q["question"]
    for name in ("knowledge_eval_general.json", "knowledge_eval_sports.json")
    for q in json.loads((DATA / name).read_text())
]


def percentiles(samples: list[float]) -> str:
    """The median and 95th percentile of `samples` (seconds), in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"p50 {statistics.median(ordered) * 1000:6.2f} ms  p95 {p95 * 1000:6.2f} ms"


def timed(run: Callable[[str], object], queries: list[str]) -> list[float]:
    """How long `run` took for each query, in seconds."""
    samples = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        samples.append(time.perf_counter() - started)
    return samples


def measure_searches(db: Session, label: str) -> None:
    """Print search latency per mode, with a cold and a warm query-vector cache."""
    encoder = embedding.get_encoder()
    if encoder is None:
        raise SystemExit("the model packages are needed for this benchmark")
    search(db, "warm up the caches", mode=SearchMode.HYBRID)
    for mode in (SearchMode.LEXICAL, SearchMode.DENSE, SearchMode.HYBRID):
        encoder.encode_query.cache_clear()
        cold = timed(lambda q, m=mode: search(db, q, sport="running", mode=m), QUESTIONS)
        warm = timed(lambda q, m=mode: search(db, q, sport="running", mode=m), QUESTIONS * 3)
        print(f"{label:<10} {mode.value:<8} cold {percentiles(cold)} | warm {percentiles(warm)}")
    encoder.encode_query.cache_clear()
    encode = timed(lambda q: encoder.encode_query(q), QUESTIONS)
    print(f"{label:<10} query encode alone (ONNX, uncached)  {percentiles(encode)}")


def startup_cost() -> None:
    """What the start-up sync adds to a fresh process that already imported the app."""
    probe = (
        "import time, app.main; t0 = time.perf_counter();"
        "from app.knowledge.indexer import sync_knowledge; t1 = time.perf_counter();"
        "from app.database.connection import engine; r = sync_knowledge(engine, embed=False);"
        "t2 = time.perf_counter(); assert not r.changed, r;"
        "print(f'{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f}')"
    )
    runs = [
        subprocess.run(  # noqa: S603 - this interpreter running a constant probe
            [sys.executable, "-c", probe],
            capture_output=True,
            text=True,
            check=True,
            env=os.environ,
        ).stdout.split()
        for _ in range(5)
    ]
    imports = statistics.median(float(r[0]) for r in runs)
    syncs = statistics.median(float(r[1]) for r in runs)
    print(
        f"start-up, unchanged corpus: import {imports:.1f} ms + sync {syncs:.1f} ms (median of 5)"
    )


def synthetic_rows(count: int) -> list[dict[str, object]]:
    """`count` chunk rows with realistic word frequencies and random unit vectors."""
    chunks = [c for f in scan_documents().values() for c in parse_document(f)]
    stream = " ".join(c.text for c in chunks).split()
    rng = random.Random(5)  # noqa: S311 - reproducible test data, not secrets
    vectors_ = np.random.default_rng(5).standard_normal((count, embedding.DIMENSIONS))
    vectors_ = (vectors_ / np.linalg.norm(vectors_, axis=1, keepdims=True)).astype("<f4")
    rows = []
    for n in range(count):
        model = chunks[n % len(chunks)]
        start = rng.randrange(len(stream) - 200)
        rows.append(
            {
                "id": f"synthetic-{n // 5}#{n % 5}",
                "document_id": f"synthetic-{n // 5}",
                "position": n % 5,
                "sport": model.sport,
                "title": model.title,
                "section": model.section,
                "text": " ".join(stream[start : start + rng.randrange(80, 200)]),
                "keywords": model.keywords,
                "source": model.source,
                "content_hash": "0" * 64,
                "embedding": vectors_[n].tobytes(),
                "embedding_model": embedding.MODEL_ID,
            }
        )
    return rows


def synthetic(count: int) -> None:
    """Build a synthetic corpus in its own SQLite file and measure search on it."""
    big = build_engine(f"sqlite:///{WORK / 'synthetic.db'}")
    upgrade_to_head(big)
    started = time.perf_counter()
    rows = synthetic_rows(count)
    with Session(big) as db, db.begin():
        for start in range(0, count, 5000):
            db.execute(insert(KnowledgeChunk), rows[start : start + 5000])
    seconds = time.perf_counter() - started
    print(f"synthetic: {count} chunks inserted and full-text indexed in {seconds:.1f} s")
    vectors.invalidate()
    with Session(big) as db:
        started = time.perf_counter()
        vectors.current(db, embedding.MODEL_ID)
        print(f"synthetic: vector matrix loaded in {time.perf_counter() - started:.2f} s")
        measure_searches(db, f"{count // 1000}k")
    big.dispose()


def main() -> int:
    """Shipped corpus, start-up cost, then the synthetic corpus (skipped with `--chunks 0`)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    count = parser.parse_args().chunks
    upgrade_to_head(engine)
    started = time.perf_counter()
    report = sync_knowledge(engine)
    print(f"shipped: indexed in {time.perf_counter() - started:.1f} s ({report})")
    startup_cost()
    with Session(engine) as db:
        measure_searches(db, "shipped")
    if count:
        synthetic(count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
