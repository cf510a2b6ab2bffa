"""`python -m app.knowledge`: index the documents or try a search, from `backend/`.

    python -m app.knowledge index            # changed documents only, then missing vectors
    python -m app.knowledge index --full     # forget everything and index from scratch
    python -m app.knowledge index --no-embed # text only; vectors later
    python -m app.knowledge search "how long should I rest between sets" --sport gym

The database is `DATABASE_URL`'s, brought to the current schema first, as the server does.
"""

import argparse
import logging
import sys
import time
from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.config import settings
from app.database.connection import engine
from app.database.schema import upgrade_to_head
from app.knowledge import indexer, search
from app.knowledge.documents import SPORTS
from app.logs import configure_logging

logger = logging.getLogger("app.knowledge")


class ProgressBar:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, label: str, width: int = 30) -> None:
        """Prepare a bar named `label`, `width` characters wide."""
        self._label, self._width = label, width
        self._started = time.perf_counter()
        self._live = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        """Redraw the bar for `done` of `total` items."""
        if not self._live or total <= 0:
            return
        filled = self._width * done // total
        elapsed = time.perf_counter() - self._started
        bar = "#" * filled + "." * (self._width - filled)
        sys.stderr.write(f"\r{self._label} [{bar}] {done}/{total} {elapsed:.1f}s")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _index(arguments: argparse.Namespace) -> int:
    """Run `index`: sync the text, then compute the vectors with a progress bar."""
    if arguments.full:
        indexer.reset_knowledge(engine)
    report = indexer.sync_knowledge(engine, embed=False)
    logger.info("Knowledge text indexed: %s", report)
    if not arguments.no_embed:
        started = time.perf_counter()
        count = indexer.embed_pending(engine, progress=ProgressBar("vectors"))
        logger.info(
            "Knowledge vectors: %d computed in %.1f s", count, time.perf_counter() - started
        )
    return 0


def _search(arguments: argparse.Namespace) -> int:
    """Run `search`: print the passages found for a question."""
    with Session(engine) as db:
        passages = search.search(
            db, arguments.query, k=arguments.k, sport=arguments.sport, mode=arguments.mode
        )
    for number, passage in enumerate(passages, start=1):
        sys.stdout.write(
            f"{number}. [{passage.score:.4f}] {passage.title} — {passage.section} ({passage.id})\n"
        )
    return 0


def _parser() -> argparse.ArgumentParser:
    """The command line's grammar."""
    parser = argparse.ArgumentParser(
        prog="python -m app.knowledge", description=__doc__.split("\n")[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    index = commands.add_parser("index", help="index changed documents and compute vectors")
    index.add_argument("--full", action="store_true", help="forget the index and rebuild it")
    index.add_argument("--no-embed", action="store_true", help="index the text only")
    index.set_defaults(run=_index)
    query = commands.add_parser("search", help="print the passages found for a question")
    query.add_argument("query")
    query.add_argument("-k", type=int, default=5, choices=range(1, search.MAX_K + 1), metavar="K")
    query.add_argument("--sport", choices=sorted(SPORTS))
    query.add_argument("--mode", type=search.SearchMode, default=search.SearchMode.HYBRID)
    query.set_defaults(run=_search)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line, migrate the database and run the command.

    Args:
        argv: The arguments (without the program name); `sys.argv[1:]` by default.

    Returns:
        The process exit code.
    """
    arguments = _parser().parse_args(argv)
    configure_logging(settings.LOG_LEVEL)
    upgrade_to_head(engine)
    code: int = arguments.run(arguments)
    return code


if __name__ == "__main__":
    sys.exit(main())
