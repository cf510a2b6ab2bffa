"""What `python -m app.main` does: check the settings and the database, then serve.

It runs before the application module is imported for serving, so that an unusable setting or
database ends in one clear log line and exit code 1, not a traceback wall from deep in an import.
"""

import logging

from pydantic import ValidationError
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from app.logs import configure_logging

logger = logging.getLogger("app.main")


def _first_line(error: BaseException) -> str:
    """The first line of an error's message, with the driver's own words where available."""
    original = getattr(error, "orig", None)
    text = str(original if original is not None else error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def serve() -> int:
    """Validate the settings, migrate the database and run uvicorn on `HOST:PORT`.

    Returns:
        0 after a clean shutdown; 1 when the settings or the database cannot be used.
    """
    configure_logging()
    try:
        from app.config import settings
    except ValidationError as error:
        problems = "; ".join(str(e["msg"]) for e in error.errors())
        logger.error("Invalid settings: %s", problems)
        return 1
    try:
        from app.database.connection import engine
        from app.database.schema import upgrade_to_head

        upgrade_to_head(engine)
    except (SQLAlchemyError, ArgumentError, OSError) as error:
        logger.error("Cannot use the database at DATABASE_URL: %s", _first_line(error))
        return 1
    import uvicorn

    uvicorn.run(
        "app.main:app",
        host=settings.HOST,
        port=settings.PORT,
        reload=settings.DEBUG,
        log_config=None,
    )
    return 0
