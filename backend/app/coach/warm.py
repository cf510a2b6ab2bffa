"""Getting the coach's vectors ready at start-up, off the request path.

The intent exemplars and the knowledge sentences are embedded once; doing it on a background
thread at start-up keeps the first replies as fast as the rest, and keeps start-up itself
quick (the server answers while this runs; a reply that comes first embeds what it needs).
"""

import logging
import threading

from sqlalchemy import Engine

from app.coach.answers import sentences
from app.coach.understanding import meaning

logger = logging.getLogger(__name__)


def _warm(engine: Engine) -> None:
    """Embed the exemplars, then every stored sentence; failures only cost speed."""
    try:
        meaning.warm()
        sentences.warm(engine)
    except Exception:  # a cold cache is slower, never wrong
        logger.exception("Warming the coach's vectors failed; they are computed on demand")


def start_warming(engine: Engine) -> threading.Thread:
    """Start warming on a daemon thread and return it."""
    thread = threading.Thread(target=_warm, args=(engine,), name="coach-warm", daemon=True)
    thread.start()
    return thread
