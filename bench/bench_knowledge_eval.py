"""Retrieval quality: recall@5 and MRR of lexical, dense and hybrid search on the eval sets.

Run from `backend/`: `../.venv/bin/python ../bench/bench_knowledge_eval.py [--database URL]`.
By default it indexes the shipped documents (vectors included, ~15 s) into a temporary SQLite
file; `--database` reuses a database instead (e.g. a PostgreSQL one, or a kept SQLite file).

A question is a hit at 5 when any of the first 5 passages belongs to one of its relevant
documents; its reciprocal rank is 1 / the rank of the first such passage (0 beyond 5).
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
EVAL_FILES = ("knowledge_eval_general.json", "knowledge_eval_sports.json")


def _arguments() -> argparse.Namespace:
    """The command line (read before `app` is imported, which reads `DATABASE_URL`)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", help="database URL to index into and search")
    parser.add_argument("-k", type=int, default=5)
    parser.add_argument("--misses", action="store_true", help="print the hybrid misses")
    return parser.parse_args()


ARGUMENTS = _arguments()
os.environ["DATABASE_URL"] = (
    ARGUMENTS.database or f"sqlite:///{tempfile.mkdtemp(prefix='coachx-eval-')}/eval.db"
)

from sqlalchemy.orm import Session  # noqa: E402

from app.database.connection import engine  # noqa: E402
from app.database.schema import upgrade_to_head  # noqa: E402
from app.knowledge.indexer import sync_knowledge  # noqa: E402
from app.knowledge.search import SearchMode, search  # noqa: E402


def evaluate(db: Session, questions: list[dict], mode: SearchMode, k: int) -> dict[str, float]:
    """Recall@k and MRR@k of one mode over `questions`."""
    hits, reciprocal, misses = 0, 0.0, []
    for item in questions:
        passages = search(db, item["question"], k=k, sport=item["sport"], mode=mode)
        ranks = [n for n, p in enumerate(passages, 1) if p.document_id in item["relevant"]]
        hits += bool(ranks)
        reciprocal += 1 / ranks[0] if ranks else 0.0
        if not ranks:
            misses.append((item["question"], [p.document_id for p in passages]))
    if ARGUMENTS.misses and mode is SearchMode.HYBRID:
        for question, found in misses:
            print(f"  miss: {question!r} -> {found}")
    return {"recall": hits / len(questions), "mrr": reciprocal / len(questions)}


def main() -> int:
    """Index the documents, then evaluate every mode on each eval set and on both together."""
    upgrade_to_head(engine)
    started = time.perf_counter()
    report = sync_knowledge(engine)
    print(f"indexed: {report} ({time.perf_counter() - started:.1f} s)")
    sets = {name: json.loads((DATA / name).read_text()) for name in EVAL_FILES}
    sets["all"] = [q for name in EVAL_FILES for q in sets[name]]
    print(f"{'set':<30} {'mode':<8} {'recall@' + str(ARGUMENTS.k):>9} {'MRR':>6}")
    with Session(engine) as db:
        for name, questions in sets.items():
            for mode in SearchMode:
                result = evaluate(db, questions, mode, ARGUMENTS.k)
                print(
                    f"{name + f' ({len(questions)})':<30} {mode.value:<8} "
                    f"{result['recall']:>9.3f} {result['mrr']:>6.3f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
