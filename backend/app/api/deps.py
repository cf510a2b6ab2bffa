"""Dependencies shared by the routers, typed so that routes read like sentences.

`SessionDep` is the request's database session; `CurrentUser` is the person the request proves
to be, and every private route depends on it. Proof is a bearer token (API clients) or the web
app's HttpOnly session cookie; a cookie-authenticated request that changes anything must also
carry the session's CSRF token in `X-CSRF-Token`.
"""

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from limits.storage import Storage
from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.accounts import tokens
from app.accounts.errors import CsrfError, NotAuthenticatedError
from app.accounts.throttle import LoginThrottle
from app.config import settings
from app.database.connection import get_db
from app.database.models import User
from app.ratelimit import SlidingWindowLimiter

SessionDep = Annotated[Session, Depends(get_db)]

SESSION_COOKIE = "coachx_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

bearer_token = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


def new_login_throttle(storage: Storage | None = None) -> LoginThrottle:
    """The login limits as configured, counted in `storage` (the shared store by default)."""
    window = settings.LOGIN_LOCKOUT_SECONDS
    reason = "Too many failed logins."
    return LoginThrottle(
        per_client=SlidingWindowLimiter(
            "login", settings.LOGIN_MAX_FAILURES, window, reason, storage
        ),
        per_account=SlidingWindowLimiter(
            "login-account", settings.LOGIN_MAX_FAILURES_PER_ACCOUNT, window, reason, storage
        ),
    )


def new_signup_limiter(storage: Storage | None = None) -> SlidingWindowLimiter:
    """Sign-ups per client address per hour, as configured."""
    return SlidingWindowLimiter(
        "signup", settings.SIGNUP_RATE_LIMIT_PER_HOUR, 3600, "Too many sign-ups.", storage
    )


def new_plan_limiter(storage: Storage | None = None) -> SlidingWindowLimiter:
    """Plans built per person per hour, as configured."""
    return SlidingWindowLimiter(
        "plans", settings.PLAN_RATE_LIMIT_PER_HOUR, 3600, "Too many new plans.", storage
    )


_login_throttle = new_login_throttle()
_signup_limiter = new_signup_limiter()
_plan_limiter = new_plan_limiter()


def get_login_throttle() -> LoginThrottle:
    """The process-wide login limits."""
    return _login_throttle


def get_signup_limiter() -> SlidingWindowLimiter:
    """The process-wide sign-up limit."""
    return _signup_limiter


def get_plan_limiter() -> SlidingWindowLimiter:
    """The process-wide limit on new plans."""
    return _plan_limiter


def client_address(request: Request) -> str:
    """The client's network address, as the server saw it.

    `X-Forwarded-For` is never read here: uvicorn rewrites the address from it only for the
    proxies listed in `FORWARDED_ALLOW_IPS`, so a client cannot choose its own address.
    """
    return request.client.host if request.client else "unknown"


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
LoginThrottleDep = Annotated[LoginThrottle, Depends(get_login_throttle)]
SignupLimiterDep = Annotated[SlidingWindowLimiter, Depends(get_signup_limiter)]
PlanLimiterDep = Annotated[SlidingWindowLimiter, Depends(get_plan_limiter)]
ClientAddress = Annotated[str, Depends(client_address)]
