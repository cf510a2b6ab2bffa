"""Dependencies shared by the routers, typed so that routes read like sentences.

`SessionDep` is the request's database session; `CurrentUser` is the person the request proves
to be, and every private route depends on it. Proof is a bearer token (API clients) or the web
app's HttpOnly session cookie; a cookie-authenticated request that changes anything must also
carry the session's CSRF token in `X-CSRF-Token`.
"""

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.accounts import tokens
from app.accounts.errors import CsrfError, NotAuthenticatedError
from app.config import settings
from app.database.connection import get_db
from app.database.models import User
from app.ratelimit import SlidingWindowLimiter

SessionDep = Annotated[Session, Depends(get_db)]

SESSION_COOKIE = "coachx_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

bearer_token = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


def new_login_throttle() -> SlidingWindowLimiter:
    """A limiter of failed logins per email, as configured."""
    return SlidingWindowLimiter(
        settings.LOGIN_MAX_FAILURES, settings.LOGIN_LOCKOUT_SECONDS, "Too many failed logins."
    )


_login_throttle = new_login_throttle()


def get_login_throttle() -> SlidingWindowLimiter:
    """The process-wide failed-login throttle."""
    return _login_throttle


def get_current_user(
    request: Request, db: SessionDep, token: Annotated[str | None, Depends(bearer_token)]
) -> User:
    """The person behind the request's bearer token or session cookie.

    Raises:
        NotAuthenticatedError: When no token is present, or it is malformed, forged, expired or
            revoked (mapped to 401 with `WWW-Authenticate: Bearer`).
        CsrfError: When a cookie-authenticated request changes state without the CSRF token.
    """
    if token:
        return accounts.user_for_token(db, token)
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        raise NotAuthenticatedError("Not authenticated")
    user = accounts.user_for_token(db, cookie)
    if request.method not in SAFE_METHODS and not tokens.csrf_token_matches(
        cookie, request.headers.get(CSRF_HEADER)
    ):
        raise CsrfError
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
LoginThrottleDep = Annotated[SlidingWindowLimiter, Depends(get_login_throttle)]
