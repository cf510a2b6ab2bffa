"""Mapping failures to HTTP, in one place.

Domain packages raise their own exceptions and know nothing of HTTP; this module turns them into
status codes. Anything unexpected becomes a bare 500 whose body never carries a stack trace or
exception text (the traceback goes to the log instead).
"""

import logging

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

logger = logging.getLogger(__name__)


async def _unexpected_error(request: Request, error: Exception) -> JSONResponse:
    """Log an unhandled error and answer a 500 that reveals nothing internal."""
    logger.exception("Unhandled error on %s %s", request.method, request.url.path)
    return JSONResponse(
        status_code=status.HTTP_500_INTERNAL_SERVER_ERROR,
        content={"detail": "Internal server error"},
    )


def install_error_handlers(app: FastAPI) -> None:
    """Register the exception handlers on `app`.

    Args:
        app: The application being built.
    """
    app.add_exception_handler(Exception, _unexpected_error)
