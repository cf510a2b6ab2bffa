"""Dependencies shared by the routers, typed so that routes read like sentences.

`SessionDep` is the request's database session; `CurrentUser` is the person the request proves
to be, and every private route depends on it.
"""

from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.accounts.errors import NotAuthenticatedError
from app.accounts.throttle import LoginThrottle
from app.config import settings
from app.database.connection import get_db
from app.database.models import User

SessionDep = Annotated[Session, Depends(get_db)]

bearer_token = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)

_login_throttle = LoginThrottle(settings.LOGIN_MAX_FAILURES, settings.LOGIN_LOCKOUT_SECONDS)


def get_login_throttle() -> LoginThrottle:
    """The process-wide failed-login throttle."""
    return _login_throttle


def get_current_user(db: SessionDep, token: Annotated[str | None, Depends(bearer_token)]) -> User:
    """The person behind the request's bearer token.

    Raises:
        NotAuthenticatedError: When the token is missing, malformed, forged, expired or revoked
            (mapped to 401 with `WWW-Authenticate: Bearer`).
    """
    if not token:
        raise NotAuthenticatedError("Not authenticated")
    return accounts.user_for_token(db, token)


CurrentUser = Annotated[User, Depends(get_current_user)]
LoginThrottleDep = Annotated[LoginThrottle, Depends(get_login_throttle)]
