"""FastAPI application for CoachX.

The factory wires settings → logging → database → routers → docs. `python -m app.main` hands
over to `app.serve` before anything else is imported, so that a wrong setting or `DATABASE_URL`
ends in one clear log line and a non-zero exit instead of a traceback.
"""

import sys

if __name__ == "__main__":
    from app.serve import serve

    sys.exit(serve())

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi_offline import FastAPIOffline

from app.api import (
    accounts,
    baselines,
    calendar,
    chat,
    health,
    knowledge,
    logs,
    metrics,
    plan_revisions,
    plans,
    progress,
    web,
)
from app.api.errors import install_error_handlers
from app.api.middleware import ServingMiddleware
from app.coach.warm import start_warming
from app.config import Environment, settings
from app.database.connection import engine
from app.database.schema import upgrade_to_head
from app.knowledge.indexer import start_knowledge
from app.logs import configure_logging

configure_logging(settings.LOG_LEVEL, settings.LOG_FORMAT)
logger = logging.getLogger(__name__)


def prepare_database() -> None:
    """Bring the configured database to the current schema (idempotent)."""
    logger.info("Creating database tables...")
    upgrade_to_head(engine)
    logger.info("✅ Database tables created")


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    """Migrate the database and index the knowledge base on start-up; clean up on shutdown.

    The knowledge text is indexed before serving (milliseconds when nothing changed); its
    vectors are computed on a background thread, and search is lexical until they are ready.
    """
    logger.info("🚀 Starting %s...", settings.APP_NAME)
    prepare_database()
    knowledge_vectors = start_knowledge(engine)
    start_warming(engine, knowledge_vectors.join)
    gc.freeze()  # start-up objects live forever: keep them out of every later GC pass
    logger.info("✅ Application ready")
    yield
    logger.info("👋 Shutting down...")
    knowledge_vectors.stop()
    engine.dispose()


def create_app() -> FastAPI:
    """Build the CoachX application.

    Swagger UI and ReDoc are served from files shipped in `fastapi-offline`, so `/docs` and
    `/redoc` work on machines with no internet access (`DOCS_ENABLED=false` turns them off).
    Bodies over `MAX_REQUEST_BODY_BYTES` are refused with 413 by FastAPI's own limit, before any
    parsing, also when sent chunked. `ServingMiddleware` is outermost, so every answer (errors
    and CORS preflights included) carries its request id and security headers.

    Returns:
        The configured FastAPI application.
    """
    application = FastAPIOffline(
        title=settings.APP_NAME,
        version=settings.APP_VERSION,
        description="AI-powered personal training assistant",
        docs_url="/docs" if settings.DOCS_ENABLED else None,
        redoc_url="/redoc" if settings.DOCS_ENABLED else None,
        lifespan=lifespan,
        max_body_size=settings.MAX_REQUEST_BODY_BYTES,
    )
    application.add_middleware(
        CORSMiddleware,
        allow_origins=settings.CORS_ORIGINS,
        allow_credentials=settings.CORS_ALLOW_CREDENTIALS,
        allow_methods=settings.CORS_ALLOW_METHODS,
        allow_headers=settings.CORS_ALLOW_HEADERS,
    )
    application.add_middleware(
        ServingMiddleware,
        max_header_bytes=settings.MAX_REQUEST_HEADER_BYTES,
        hsts=settings.ENVIRONMENT is Environment.PRODUCTION,
    )
    install_error_handlers(application)
    application.include_router(health.router)
    application.include_router(metrics.router)
    application.include_router(accounts.router)
    application.include_router(baselines.router)
    application.include_router(plans.router)
    application.include_router(plan_revisions.router)
    application.include_router(calendar.router)
    application.include_router(logs.router)
    application.include_router(progress.router)
    application.include_router(chat.router)
    application.include_router(knowledge.router)
    application.include_router(web.router)
    application.mount("/app/static", web.static_files, name="web-static")
    return application


app = create_app()
