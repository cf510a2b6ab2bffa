"""Liveness, readiness and the welcome document of the founding spec."""

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from app.api.health_schemas import Health, Readiness, Welcome
from app.config import settings
from app.database.connection import get_engine

logger = logging.getLogger(__name__)

router = APIRouter(tags=["health"])


@router.get("/health")
async def health_check() -> Health:
    """Liveness probe: answers as long as the process serves HTTP.

    Returns:
        `{"status": "healthy"}`.
    """
    return Health()


@router.get(
    "/health/ready",
    responses={503: {"model": Readiness, "description": "The database cannot be reached"}},
)
def readiness_check(
    response: Response, engine: Annotated[Engine, Depends(get_engine)]
) -> Readiness:
    """Readiness probe: 200 when the database answers a trivial query, 503 when it does not.

    Args:
        response: Lets the route set 503 while keeping the same JSON shape.
        engine: The application's database engine.

    Returns:
        The readiness document.
    """
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        logger.warning("Readiness check failed: database unreachable (%s)", type(error).__name__)
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return Readiness(status="unavailable", database="unreachable")
    return Readiness(status="ready", database="ok")


@router.get("/")
async def root() -> Welcome:
    """The API's name, version and where its documentation lives.

    Returns:
        The seed's welcome JSON.
    """
    return Welcome(message="Welcome to CoachX API", version=settings.APP_VERSION, docs="/docs")
