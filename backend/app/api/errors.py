"""Mapping failures to HTTP, in one place.

Domain packages raise their own exceptions and know nothing of HTTP; this module turns them into
status codes. Validation errors keep FastAPI's `{"detail": [...]}` shape (each naming its field)
but never echo the rejected input back, since it may be a password. Anything unexpected becomes a
bare 500 whose body carries no stack trace or exception text; the traceback goes to the log.
A plan that breaks a coaching rule is refused with a 503 (the service's fault, not the input's).
"""

import logging
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.responses import Response

from app.accounts.errors import (
    CsrfError,
    EmailAlreadyRegisteredError,
    InvalidCredentialsError,
    NotAuthenticatedError,
    ProfileRuleError,
)
from app.logbook.errors import (
    ImportFormatError,
    LogConflictError,
    LogNotFoundError,
    LogRuleError,
)
from app.plans.errors import (
    NothingToUndoError,
    PlanBreaksRulesError,
    PlanNotFoundError,
    PlanOptionsError,
)
from app.ratelimit import RateLimitedError, ServiceBusyError

logger = logging.getLogger(__name__)

Handler = Callable[[Request, Exception], Awaitable[Response]]
_BEARER = {"WWW-Authenticate": "Bearer"}
PLAN_REFUSED = (
    "The plan could not be written safely, so nothing was stored. This is our fault, not your "
    "request's: please try again later."
)
"""503, not 422: the request was valid; the engine wrote a plan that broke a coaching rule."""


def _answer(status_code: int, detail: str, headers: dict[str, str] | None = None) -> Handler:
    """A handler that answers every exception of one kind with a fixed status and message."""

    async def handle(_request: Request, _error: Exception) -> Response:
        return JSONResponse({"detail": detail}, status_code=status_code, headers=headers)

    return handle


async def _throttled(_request: Request, error: Exception) -> Response:
    """429 with the seconds to wait, in the body and in `Retry-After`."""
    assert isinstance(error, RateLimitedError)  # noqa: S101 - registered for this type
    return JSONResponse(
        {"detail": f"{error.reason} Try again in {error.retry_after} seconds."},
        status_code=status.HTTP_429_TOO_MANY_REQUESTS,
        headers={"Retry-After": str(error.retry_after)},
    )


async def _busy(_request: Request, error: Exception) -> Response:
    """503 with `Retry-After`: the server is saturated or its limit store is unreachable."""
    assert isinstance(error, ServiceBusyError)  # noqa: S101 - registered for this type
    return JSONResponse(
        {"detail": "The server is busy; try again shortly."},
        status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
        headers={"Retry-After": str(error.retry_after)},
    )


async def _invalid_request(_request: Request, error: Exception) -> Response:
    """422 listing each problem with its location, without the rejected input."""
    assert isinstance(error, RequestValidationError)  # noqa: S101 - registered for this type
    problems = [
        {key: value for key, value in problem.items() if key not in {"input", "url"}}
        for problem in error.errors()
    ]
    return JSONResponse(
        {"detail": jsonable_encoder(problems)},
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
    )


def _named(status_code: int) -> Handler:
    """A handler answering with `status_code` and the exception's own (our) message."""

    async def handle(_request: Request, error: Exception) -> Response:
        return JSONResponse({"detail": str(error)}, status_code=status_code)

    return handle


_rule_broken = _named(status.HTTP_422_UNPROCESSABLE_CONTENT)
"""422 naming the rule between fields that a request broke."""


async def _unexpected_error(request: Request, _error: Exception) -> Response:
    """Log an unhandled error and answer a 500 that reveals nothing internal."""
    logger.exception("Unhandled error on %s %s", request.method, request.url.path)
    return JSONResponse(
        {"detail": "Internal server error"},
        status_code=status.HTTP_500_INTERNAL_SERVER_ERROR,
    )


def install_error_handlers(app: FastAPI) -> None:
    """Register the exception handlers on `app`.

    Args:
        app: The application being built.
    """
    handlers: dict[type[Exception], Handler] = {
        RequestValidationError: _invalid_request,
        EmailAlreadyRegisteredError: _answer(409, "This email is already registered"),
        InvalidCredentialsError: _answer(401, "Incorrect email or password", _BEARER),
        NotAuthenticatedError: _answer(401, "Not authenticated", _BEARER),
        CsrfError: _answer(403, "Missing or invalid CSRF token"),
        ProfileRuleError: _rule_broken,
        RateLimitedError: _throttled,
        ServiceBusyError: _busy,
        PlanNotFoundError: _answer(404, "Plan not found"),
        PlanBreaksRulesError: _answer(503, PLAN_REFUSED),
        PlanOptionsError: _rule_broken,
        NothingToUndoError: _named(409),
        LogNotFoundError: _named(404),
        LogConflictError: _answer(409, "This session already has its log: change that one"),
        LogRuleError: _rule_broken,
        ImportFormatError: _named(415),
        Exception: _unexpected_error,
    }
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)
