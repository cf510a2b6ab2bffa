"""Getting the coach's vectors ready at start-up, off the request path.

The intent exemplars and the knowledge sentences are embedded once; doing it on a background
thread at start-up keeps the first replies as fast as the rest, and keeps start-up itself
quick (the server answers while this runs; a reply that comes first embeds what it needs).
"""

import logging
import threading
from collections.abc import Callable

from sqlalchemy import Engine

from app.coach.answers import sentences
from app.coach.understanding import meaning

logger = logging.getLogger(__name__)


def _warm(engine: Engine, before_sentences: Callable[[], None]) -> None:
    """Embed the exemplars, wait, then embed every stored sentence; failures only cost speed."""
    try:
        meaning.warm()
        before_sentences()
        sentences.warm(engine)
    except Exception:  # a cold cache is slower, never wrong
        logger.exception("Warming the coach's vectors failed; they are computed on demand")
    finally:
        sentences.resume_on_demand()


def start_warming(engine: Engine, before_sentences: Callable[[], None]) -> threading.Thread:
    """Start warming on a daemon thread and return it.

    Args:
        engine: Where the knowledge sentences are read from.
        before_sentences: Waited for between the exemplars (needed by every message) and the
            sentences, e.g. the knowledge vectors' own embedding, so the two do not compete for
            the same cores at start-up.
    """
    sentences.pause_on_demand()
    thread = threading.Thread(
        target=_warm, args=(engine, before_sentences), name="coach-warm", daemon=True
    )
    thread.start()
    return thread
