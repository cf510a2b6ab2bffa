"""The seed's backend as written in `backend-structure-prp.md` (step 7), the /health baseline.

Only what serving `/health` touches: the FastAPI app with the seed's CORS middleware and its two
routes, on the project's pinned versions. Start-up hooks are a lifespan (FastAPI's current form
of the seed's `on_event`); there is no database work on the request path.
"""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

logging.basicConfig(level=logging.INFO, format="%(asctime)s - %(name)s - %(levelname)s - %(message)s")
logger = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    """Log start and stop, as the seed's start-up and shutdown events do."""
    logger.info("Starting CoachX API...")
    yield
    logger.info("Shutting down...")


app = FastAPI(
    title="CoachX API",
    version="1.0.0",
    description="AI-powered personal training assistant",
    docs_url="/docs",
    redoc_url="/redoc",
    lifespan=lifespan,
)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["http://localhost:3000", "http://127.0.0.1:3000"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.get("/health")
async def health_check() -> dict[str, str]:
    """The seed's health check."""
    return {"status": "healthy"}


@app.get("/")
async def root() -> dict[str, str]:
    """The seed's welcome document."""
    return {"message": "Welcome to CoachX API", "version": "1.0.0", "docs": "/docs"}
