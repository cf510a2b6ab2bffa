"""Retrieval on questions nobody tuned on: recall@5 and MRR on the dev and held-out sets.

Run from `backend/`: `../.venv/bin/python ../bench/bench_retrieval_unseen.py [--heldout]`.
The sets (`bench/data/retrieval_dev.yaml`, `retrieval_heldout.yaml`) were written for issue 15
from scratch; the held-out part is only run with `--heldout`, for the final report. The shipped
documents are indexed (vectors included) into a temporary SQLite file first.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"
ARGUMENTS = argparse.ArgumentParser(description=__doc__.split("\n")[0])
ARGUMENTS.add_argument("--heldout", action="store_true", help="also run the held-out set")
ARGUMENTS.add_argument("--misses", action="store_true", help="print the misses")
OPTIONS = ARGUMENTS.parse_args()
os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='coachx-unseen-')}/eval.db"

from sqlalchemy.orm import Session  # noqa: E402

from app.database.connection import engine  # noqa: E402
from app.database.schema import upgrade_to_head  # noqa: E402
from app.knowledge.indexer import sync_knowledge  # noqa: E402
from app.knowledge.search import SearchMode, search  # noqa: E402

K = 5


def evaluate(db: Session, questions: list[dict], mode: SearchMode) -> tuple[float, float]:
    """Recall@5 and MRR@5 of one mode."""
    hits, reciprocal = 0, 0.0
    for item in questions:
        found = [p.document_id for p in search(db, item["q"], k=K, sport=item["sport"], mode=mode)]
        ranks = [n for n, doc in enumerate(found, 1) if doc in item["relevant"]]
        hits += bool(ranks)
        reciprocal += 1 / ranks[0] if ranks else 0.0
        if OPTIONS.misses and not ranks and mode is SearchMode.HYBRID:
            print(f"  miss: {item['q']!r} -> {found}")
    return hits / len(questions), reciprocal / len(questions)


def main() -> int:
    """Index, then report every mode on each set."""
    upgrade_to_head(engine)
    sync_knowledge(engine)
    names = ["retrieval_dev.yaml"] + (["retrieval_heldout.yaml"] if OPTIONS.heldout else [])
    print(f"| set | mode | recall@{K} | MRR |\n|---|---|---|---|")
    with Session(engine) as db:
        for name in names:
            questions = yaml.safe_load((DATA / name).read_text())
            for mode in SearchMode:
                recall, mrr = evaluate(db, questions, mode)
                print(f"| {name} ({len(questions)}) | {mode.value} | {recall:.3f} | {mrr:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
