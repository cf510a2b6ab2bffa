"""What `python -m app.main` does: check the settings and the database, then serve.

It runs before the application module is imported for serving, so that an unusable setting or
database ends in one clear log line and exit code 1, not a traceback wall from deep in an import.
Everything that must happen once per run, not once per worker, happens here before uvicorn
starts: migrations, the development signing key, and the directory where the workers' metrics
meet. With `WORKERS` above 1 uvicorn's supervisor runs that many processes and replaces one
that dies; SIGTERM (or Ctrl-C) lets the requests in flight finish, for up to
`GRACEFUL_SHUTDOWN_S` seconds, before the server exits.
"""

import logging
import os
import tempfile
from typing import Any

from pydantic import ValidationError
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from app.logs import configure_logging

logger = logging.getLogger("app.main")


def _first_line(error: BaseException) -> str:
    """The first line of an error's message, with the driver's own words where available."""
    original = getattr(error, "orig", None)
    text = str(original if original is not None else error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _prepare_run() -> bool:
    """Migrate the database and create the development key once, before any worker starts.

    Returns:
        False (after logging why) when the database cannot be used.
    """
    try:
        from app.accounts.secret_key import signing_key
        from app.database.connection import engine
        from app.database.schema import upgrade_to_head

        upgrade_to_head(engine)
        engine.dispose()  # workers open their own connections
        signing_key()
    except (SQLAlchemyError, ArgumentError, OSError) as error:
        logger.error("Cannot use the database at DATABASE_URL: %s", _first_line(error))
        return False
    return True


def uvicorn_options(workers: int, debug: bool) -> dict[str, Any]:
    """The uvicorn settings for this run, from CoachX's settings.

    `X-Forwarded-For` is believed only from the proxies in `FORWARDED_ALLOW_IPS` (none by
    default), so a client cannot pick the address its login attempts are counted under.
    """
    from app.config import settings

    proxies = ",".join(settings.FORWARDED_ALLOW_IPS)
    return {
        "host": settings.HOST,
        "port": settings.PORT,
        "workers": workers,
        "reload": debug and workers == 1,
        "log_config": None,
        "access_log": False,  # app.api.middleware logs each request, without query strings
        "proxy_headers": bool(proxies),
        "forwarded_allow_ips": proxies or None,
        "timeout_graceful_shutdown": settings.GRACEFUL_SHUTDOWN_S,
        # A worker imports the app and indexes the knowledge base before it answers the
        # supervisor's ping; on a busy machine that takes longer than uvicorn's 5 s default,
        # and a worker killed for it is restarted only to be killed again.
        "timeout_worker_healthcheck": 60,
        "h11_max_incomplete_event_size": settings.MAX_REQUEST_HEADER_BYTES,
    }


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
    configure_logging(settings.LOG_LEVEL, settings.LOG_FORMAT)
    if not _prepare_run():
        return 1
    if settings.WORKERS > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="coachx-metrics-")
    import uvicorn

    uvicorn.run("app.main:app", **uvicorn_options(settings.WORKERS, settings.DEBUG))
    return 0
