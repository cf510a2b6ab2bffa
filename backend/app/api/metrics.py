"""`GET /metrics`: Prometheus' text format, open unless `METRICS_TOKEN` is set."""

import hmac
from typing import Annotated

from fastapi import APIRouter, Header, Response

from app.accounts.errors import NotAuthenticatedError
from app.config import settings
from app.metrics import exposition

router = APIRouter(tags=["operations"])


@router.get(
    "/metrics",
    response_class=Response,
    responses={
        200: {"content": {"text/plain": {}}, "description": "Prometheus text format"},
        401: {"description": "METRICS_TOKEN is set and the bearer token is not it"},
    },
)
def read_metrics(authorization: Annotated[str | None, Header()] = None) -> Response:
    """Request counts and latency by route, plans built, LLM latency and chat fallbacks.

    Raises:
        NotAuthenticatedError: When `METRICS_TOKEN` is set and not presented as a bearer token.
    """
    if settings.METRICS_TOKEN is not None:
        expected = f"Bearer {settings.METRICS_TOKEN.get_secret_value()}".encode()
        if not hmac.compare_digest(expected, (authorization or "").encode()):
            raise NotAuthenticatedError("Not authenticated")
    body, content_type = exposition()
    return Response(body, media_type=content_type)
